"""Admin forms and form fields shared by every page type and snippet."""

import re
from decimal import Decimal

from django import forms
from django.core import validators
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import PublishingPanel
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import Page, TranslatableMixin

from website.taxonomy import in_language
from website.text import NumberInputError, ascii_slug, input_number, read_money, read_number

# Vietnamese letters → ASCII for the slug Wagtail's JavaScript makes as the editor
# types the title. Its own transliteration turns "Đ" into "dj" and drops "ổ", "ớ":
# "Đề án đổi mới" would become "dj-an-dji-mi". These run first, so it becomes
# "de-an-doi-moi", the same as ascii_slug() on the server.
VIETNAMESE_SLUG_FORMATTERS = [
    (re.compile(pattern, re.IGNORECASE), ascii_letter)
    for pattern, ascii_letter in (
        ("[\u0300-\u036f]", ""),  # combining accents (text pasted in decomposed form)
        ("[àáạảãâầấậẩẫăằắặẳẵ]", "a"),
        ("[èéẹẻẽêềếệểễ]", "e"),
        ("[ìíịỉĩ]", "i"),
        ("[òóọỏõôồốộổỗơờớợởỡ]", "o"),
        ("[ùúụủũưừứựửữ]", "u"),
        ("[ỳýỵỷỹ]", "y"),
        ("[đ]", "d"),
    )
]


IMAGE_DESCRIPTION_MISSING = _(
    "Ảnh “%(title)s” chưa có mô tả (văn bản thay thế). Hãy thêm mô tả cho ảnh trong "
    "thư viện ảnh trước khi gửi duyệt hoặc xuất bản; bản nháp thì vẫn lưu được."
)


class BasePageForm(WagtailAdminPageForm):
    """The page form of every page type.

    - An ASCII slug made from the title when left empty. Wagtail's JavaScript fills
      the slug as the editor types (with our Vietnamese formatters); this does the
      same on the server, so a page saved without JavaScript (or with a Vietnamese
      slug pasted in) still gets "de-an-khuyen-cong" for "Đề án khuyến công".
    - Translatable snippets (taxonomy, categories, authors, issuers) are offered and
      accepted only in the page's own language: the case study's "Loại hình hỗ trợ"
      lists the 10 Vietnamese kinds of support, not 20 in two languages. A page that
      holds rows of another language (an English copy keeps the Vietnamese ones:
      ``website.taxonomy``) shows them as their translations, so that saving the form
      keeps them instead of emptying the field; the rows themselves are not written.
    - Images of an inline list whose model says ``image_description_required``
      must have a description in the image library before the page is submitted
      or published (a draft may be saved without).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].widget = SlugInput(formatters=VIETNAMESE_SLUG_FORMATTERS)
        self.keep_to_page_language()

    def page_locale_id(self):
        return self.instance.locale_id or getattr(self.parent_page, "locale_id", None)

    def keep_to_page_language(self):
        locale_id = self.page_locale_id()
        if not locale_id:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if (
                model is not None
                and issubclass(model, TranslatableMixin)
                and not issubclass(model, Page)
            ):
                field.queryset = queryset.filter(locale_id=locale_id)
                self.initial_in_language(name, model, locale_id)

    def initial_in_language(self, name, model, locale_id):
        value = self.initial.get(name)
        # One row (its pk) or several (a list, a queryset, modelcluster's FakeQuerySet).
        many = hasattr(value, "__iter__") and not isinstance(value, str)
        pks = [getattr(item, "pk", item) for item in (value if many else [value])]
        pks = [pk for pk in pks if pk not in (None, "")]
        if not pks:
            return
        rows = list(model.objects.filter(pk__in=pks).exclude(locale_id=locale_id))
        if not rows:
            return
        found = in_language(rows, locale_id)
        translated = {row.pk: new.pk for row, new in zip(rows, found, strict=True)}
        pks = [translated.get(pk, pk) for pk in pks]
        self.initial[name] = pks if many else pks[0]

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if not slug or not slug.isascii():
            slug = ascii_slug(slug or self.data.get("title", ""))
        return slug

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            self.require_image_descriptions()
        return cleaned_data

    def require_image_descriptions(self):
        for formset in self.formsets.values():
            if not getattr(formset.model, "image_description_required", False):
                continue
            for form in formset.forms:
                # The inline forms are validated after the page's own clean(): run theirs.
                if not form.is_valid():
                    continue
                data = form.cleaned_data
                image = data.get("image")
                if data.get("DELETE") or image is None:
                    continue
                if not (getattr(image, "description", "") or "").strip():
                    form.add_error("image", IMAGE_DESCRIPTION_MISSING % {"title": image.title})


# -- Numbers and money typed the Vietnamese way ----------------------------------
#
# Widget templates live in website/templates/website/widgets/: Django's form renderer
# looks in the apps' template folders, not in the project's templates/.


class GroupedNumberInput(forms.TextInput):
    """A text box that shows a number the way editors write it ("450.000.000",
    "1.200,50") with a hint under it. A number box (``type=number``) would not do:
    the browser drops "450.000.000" or reads it as 450."""

    template_name = "website/widgets/hinted_input.html"

    def __init__(self, attrs=None, places=0, hint=""):
        super().__init__(attrs={"autocomplete": "off", **(attrs or {})})
        self.places = places
        self.hint = hint

    def format_value(self, value):
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return input_number(value, self.places)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["hint"] = self.hint
        return context


NUMBER_MESSAGES = {
    "invalid": _("Không đọc được “%(value)s” thành số. Ví dụ cách viết: %(example)s."),
    "ambiguous": _(
        "“%(value)s” có thể hiểu theo hai cách. Dấu chấm chỉ dùng để tách hàng nghìn "
        "(1.200 là một nghìn hai trăm), dấu phẩy để ghi phần lẻ (1,2 là một phẩy hai); "
        "hãy viết lại cho rõ, ví dụ: %(example)s."
    ),
    "fraction": _("Số tiền tính bằng đồng chẵn: “%(value)s” có phần lẻ dưới một đồng."),
    "whole": _("“%(value)s” phải là số nguyên, không có phần lẻ."),
    "decimal_places": _("“%(value)s” có quá %(places)s chữ số sau dấu phẩy."),
}
MONEY_HINT = _("Ví dụ: 450.000.000, 450 triệu, 1,2 tỷ hoặc 2 tỷ 300 triệu.")
MONEY_EXAMPLE = "450.000.000; 450 triệu; 1,2 tỷ"
NUMBER_HINT = _("Dấu chấm tách hàng nghìn, dấu phẩy ghi phần lẻ: 1.200 hoặc 12,5.")
WHOLE_NUMBER_HINT = _("Số nguyên; dấu chấm tách hàng nghìn, ví dụ: 1.200.")


class VietnameseNumberField(forms.Field):
    """A whole number, decimal or amount of đồng typed as Vietnamese editors type it.

    ``money=True``: đồng, with units ("450 triệu", "1,2 tỷ", "2 tỷ 300 triệu").
    ``places``: digits allowed after the decimal comma (0: a whole number).
    What cannot be read as exactly one number is refused with a message in the
    editor's language (website.text.read_number, read_money); nothing is scaled.
    The one form field of every money and grouped number field of the admin
    (website.fields, website.blocks).
    """

    def __init__(
        self,
        *,
        money=False,
        places=0,
        max_digits=None,
        min_value=None,
        max_value=None,
        widget=None,
        **kwargs,
    ):
        self.money = money
        self.places = 0 if money else places
        hint = MONEY_HINT if money else (NUMBER_HINT if self.places else WHOLE_NUMBER_HINT)
        if not isinstance(widget, GroupedNumberInput):
            widget = GroupedNumberInput(places=self.places, hint=hint)
        kwargs.pop("step_size", None)
        super().__init__(widget=widget, **kwargs)
        if min_value is not None:
            self.validators.append(validators.MinValueValidator(min_value))
        if max_value is not None:
            self.validators.append(validators.MaxValueValidator(max_value))
        if self.places and max_digits is not None:
            self.validators.append(validators.DecimalValidator(max_digits, self.places))

    def _error(self, code, value):
        example = MONEY_EXAMPLE if self.money else ("1.200" if not self.places else "1200; 1,2")
        return ValidationError(
            NUMBER_MESSAGES[code],
            code=code,
            params={"value": value, "example": example, "places": self.places},
        )

    def to_python(self, value):
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            number = Decimal(value)
        else:
            value = str(value or "").strip()
            if not value:
                return None
            try:
                if self.money:
                    return read_money(value)
                number = read_number(value, whole=not self.places)
            except NumberInputError as error:
                raise self._error(error.code, value) from None
        if not self.places:
            if number != number.to_integral_value():
                raise self._error("whole", value)
            return int(number)
        if -number.as_tuple().exponent > self.places:
            raise self._error("decimal_places", value)
        return number


# -- Dates typed the Vietnamese way ----------------------------------------------
#
# The admin shows and reads dates as dd/mm/yyyy (WAGTAIL_DATE_FORMAT, and the input
# formats of website/formats/): "20/05/2019", "20-05-2019", "20/05/2019 08:00".
# Wagtail's date picker rewrites, when the field loses focus, any text it cannot
# read in its own format with the current date and time ("validateOnBlur"): with
# its default yyyy-mm-dd format, "20-05-2019" silently became today. Here the
# picker never rewrites what was typed; the server reads it or says it cannot.

DATE_HINT = _("Ngày/tháng/năm, ví dụ: 20/05/2019 hoặc 20-05-2019.")
DATETIME_HINT = _("Ngày/tháng/năm giờ:phút, ví dụ: 20/05/2019 08:00 hoặc 20-05-2019 08:00.")


class HintMixin:
    hint = ""

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["hint"] = self.hint
        return context


class VietnameseDateInput(HintMixin, AdminDateInput):
    template_name = "website/widgets/date_input.html"
    hint = DATE_HINT

    def __init__(self, attrs=None, format=None):
        super().__init__(attrs={"placeholder": "dd/mm/yyyy", **(attrs or {})}, format=format)


class VietnameseDateTimeInput(HintMixin, AdminDateTimeInput):
    template_name = "website/widgets/datetime_input.html"
    hint = DATETIME_HINT

    def __init__(self, attrs=None, **kwargs):
        super().__init__(attrs={"placeholder": "dd/mm/yyyy hh:mm", **(attrs or {})}, **kwargs)


class VietnamesePublishingPanel(PublishingPanel):
    """The page's "go live" and "expire" dates with the Vietnamese date input."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for child in self.children:
            child.widget = VietnameseDateTimeInput(
                attrs=child.widget.attrs, js_overlay_parent_selector="#schedule-publishing-dialog"
            )
