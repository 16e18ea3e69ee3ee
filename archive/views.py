"""Admin view: start a news article from a Word document (a draft the editor goes on with)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from archive.forms import WordImportForm
from archive.importer import target, unique_slug
from archive.word import NotADocx, convert
from website.text import ascii_slug


def news_index_for(user):
    """The Vietnamese news index, when ``user`` may add articles to it; else None."""
    news = target()
    index = news["index"](Locale.objects.get(language_code="vi"))
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        return None
    return index


def word_import(request):
    index = news_index_for(request.user)
    if index is None:
        raise PermissionDenied
    form = WordImportForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data["document"]
            try:
                with transaction.atomic():
                    page, notes = create_draft(index, upload, request.user)
            except NotADocx as error:
                form.add_error("document", str(error))
            else:
                messages.success(
                    request,
                    _("Đã tạo bài nháp “%(title)s” từ tài liệu Word; hãy chọn chuyên mục.")
                    % {"title": page.title},
                )
                for note in notes:
                    messages.warning(request, note)
                return redirect("wagtailadmin_pages:edit", page.pk)
        status = 400
    return TemplateResponse(
        request,
        "components/archive/admin/word_import.html",
        {"form": form, "index": index, "page_title": _("Tạo bài từ Word")},
        status=status,
    )


def create_draft(index, upload, user):
    news = target()
    document = convert(upload.read())
    title = document.title or upload.name.rsplit(".", 1)[0]
    page = news["article_model"](
        title=title[:255],
        lead=document.lead or title,
        body=document.body,
        # A category is required; "Khác" stands in until the editor chooses one.
        category=news["other_category"](index.locale),
        locale=index.locale,
        live=False,
    )
    page.slug = unique_slug(index, ascii_slug(title, max_length=200))
    index.add_child(instance=page)
    page.save_revision(user=user)
    return page, document.messages
