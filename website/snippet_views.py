"""The admin's snippet listings and pickers, for every app: Vietnamese search, a
language column and filter, one language per picker.

``KCQGSnippetViewSet`` is the base of every snippet viewset of the project:

- its listing and its picker search ``search_fields`` with and without diacritics
  ("ngo" finds "Ngô", "thanh hoa" finds "Thanh Hóa"), without a search index (the
  snippet tables are small, and the taxonomy rows made by migrations are in no
  index); any query, in any language filter, answers 200;
- a translatable snippet's listing and picker show a "Ngôn ngữ" column and filter
  (Wagtail's own is headed "Vùng miền" in its Vietnamese catalogue);
- ``chooser_form_fields`` lets an editor create a new item from the picker, in the
  picker's language (the page's language when opened from a page).
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin, SearchFilterMixin
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import TranslatableMixin
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from website.locales import resolve_locale
from website.search import fold, query_words

LANGUAGE_LABEL = _("Ngôn ngữ")


def folded_filter(queryset, query, fields):
    """``queryset`` narrowed to the rows whose ``fields`` contain every word of
    ``query``, compared folded (lower case, no diacritics, đ → d). One query reads
    the fields of the rows: meant for small tables (taxonomy, authors, issuers)."""
    words = [fold(word) for word in query_words(query)]
    if not words:
        return queryset
    matches = [
        pk
        for pk, *values in queryset.order_by().values_list("pk", *fields)
        if all(word in fold(" ".join(str(v) for v in values if v)) for word in words)
    ]
    return queryset.filter(pk__in=matches)


def language_column(**kwargs):
    return LocaleColumn(label=LANGUAGE_LABEL, **kwargs)


def with_language_column(columns, i18n_enabled, **kwargs):
    """``columns`` with Wagtail's locale column headed "Ngôn ngữ", added after the
    first column when a translatable model's listing has none."""
    columns = [
        language_column(**kwargs) if isinstance(column, LocaleColumn) else column
        for column in columns
    ]
    if i18n_enabled and not any(isinstance(column, LocaleColumn) for column in columns):
        columns.insert(1, language_column(**kwargs))
    return columns


# -- Listings --------------------------------------------------------------------


class LanguageFilterSet(WagtailFilterSet):
    def _add_locale_filter(self):
        super()._add_locale_filter()
        if "locale" in self.filters:
            self.filters["locale"].label = LANGUAGE_LABEL


class FoldedSearchIndexView(IndexView):
    base_filterset_class = LanguageFilterSet

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return folded_filter(queryset, self.search_query, self.search_fields)

    @property
    def columns(self):
        return with_language_column(super().columns, self.i18n_enabled)


# -- Pickers ---------------------------------------------------------------------


class FoldedSearchFilterMixin(SearchFilterMixin):
    """Wagtail's search box of a picker, searching the snippet viewset's
    ``search_fields`` folded, for indexed and unindexed models alike."""

    search_fields = ()

    def filter(self, objects):
        objects = super(SearchFilterMixin, self).filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = folded_filter(objects, query, self.search_fields)
            self.is_searching = True
            self.search_query = query
        return objects


class LanguageFilterMixin(LocaleFilterMixin):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "locale" in self.fields:
            self.fields["locale"].label = LANGUAGE_LABEL


class FoldedChooseViewMixin:
    def get_filter_form_class(self):
        bases = [FoldedSearchFilterMixin, BaseFilterForm]
        if self.i18n_enabled:
            bases.insert(0, LanguageFilterMixin)
        search_fields = self.model_class.snippet_viewset.search_fields
        return type("FilterForm", tuple(bases), {"search_fields": search_fields})

    @property
    def columns(self):
        return with_language_column(super().columns, self.i18n_enabled, sort_key=None)


class FoldedChooseView(FoldedChooseViewMixin, ChooseView):
    pass


class FoldedChooseResultsView(FoldedChooseViewMixin, ChooseResultsView):
    pass


class LocalizedCreateView(SnippetCreateView):
    """Creates the new item in the picker's language (``?locale=``, which the page
    editor passes with its own language), else the default language."""

    def get_creation_form_kwargs(self):
        kwargs = super().get_creation_form_kwargs()
        model = self.model_class
        if issubclass(model, TranslatableMixin):
            code = self.request.GET.get("locale")
            kwargs["instance"] = model(locale=resolve_locale(code or settings.LANGUAGE_CODE))
        return kwargs


class KCQGSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = FoldedChooseView
    choose_results_view_class = FoldedChooseResultsView
    create_view_class = LocalizedCreateView
    # The page's language travels to the results and to the "create" form.
    preserve_url_parameters = ["multiple", "locale"]


class KCQGSnippetViewSet(SnippetViewSet):
    """The base of every snippet viewset (see the module's docstring)."""

    index_view_class = FoldedSearchIndexView
    chooser_viewset_class = KCQGSnippetChooserViewSet
    search_backend_name = None
    search_fields = ["name"]
    #: Fields of the "create" tab of the picker; None: no such tab.
    chooser_form_fields = None

    @property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        if self.chooser_form_fields:
            viewset.form_fields = self.chooser_form_fields
        return viewset
