"""Admin views of Word documents: start a news article from one ("Tạo bài từ Word") under
the news index the editor chose, or fill an article's draft from one ("Nhập nội dung từ
Word") as a new revision."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page

from archive.forms import WordImportForm
from archive.importer import target, unique_slug
from archive.word import NotADocx, convert
from website.text import ascii_slug

TEMPLATE = "components/archive/admin/word_import.html"
NO_ADD = gettext_lazy("Bạn không có quyền thêm bài vào mục tin này.")


def is_news_index(page):
    """Whether news articles may be added under ``page`` (a news index of any language)."""
    return target()["article_model"] in page.specific_class.allowed_subpage_models()


def is_news_article(page):
    return page.specific_class is target()["article_model"]


def news_index_for(user):
    """The Vietnamese news index, when ``user`` may add articles to it; else None."""
    news = target()
    index = news["index"](Locale.objects.get(language_code="vi"))
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        return None
    return index


class EmptyDocument(Exception):
    """The Word document has nothing to import."""


def _convert(upload):
    """The converted document (NotADocx when unreadable, EmptyDocument when blank)."""
    document = convert(upload.read())
    if not (document.title or document.lead or document.body):
        raise EmptyDocument(_("Tài liệu Word này không có nội dung nào để nhập."))
    return document


def _form(request):
    if request.method == "POST":
        return WordImportForm(request.POST, request.FILES)
    return WordImportForm()


def _form_page(request, form, context, status):
    return TemplateResponse(request, TEMPLATE, {"form": form, **context}, status=status)


def _upload(request, action, context):
    """The upload form; on a valid POST, ``action(upload) -> (page, message, notes)`` in
    one transaction, then the page's editor with the message and the notes. An unreadable,
    blank or invalid document: the form again, with its reason, as a 400."""
    form = _form(request)
    if request.method != "POST":
        return _form_page(request, form, context, 200)
    if form.is_valid():
        try:
            with transaction.atomic():
                page, message, notes = action(form.cleaned_data["document"])
        except (NotADocx, EmptyDocument) as error:
            form.add_error("document", str(error))
        except ValidationError as error:
            form.add_error("document", "; ".join(error.messages))
        else:
            messages.success(request, message)
            for note in notes:
                messages.warning(request, note)
            return redirect("wagtailadmin_pages:edit", page.pk)
    return _form_page(request, form, context, 400)


def _forbidden(request, title, message):
    """403 with a sentence (Wagtail's admin turns a raised PermissionDenied into a
    redirect to the dashboard, which hides from the editor why)."""
    return _form_page(request, None, {"page_title": title, "intro": message}, 403)


def word_import(request, index_id=None):
    """Start a draft article from a .docx under the news index ``index_id`` (the Vietnamese
    one when not given); 403 when the user may not add pages there."""
    if index_id is None:
        index = news_index_for(request.user)
        if index is None:
            return _forbidden(request, _("Tạo bài từ Word"), NO_ADD)
    else:
        index = get_object_or_404(Page, pk=index_id).specific
        if not is_news_index(index):
            raise Http404
        if not index.permissions_for_user(request.user).can_add_subpage():
            return _forbidden(request, _("Tạo bài từ Word"), NO_ADD)

    def create(upload):
        page, notes = create_draft(index, upload, request.user)
        message = _("Đã tạo bài nháp “%(title)s” từ tài liệu Word; hãy chọn chuyên mục.") % {
            "title": page.title
        }
        return page, message, notes

    context = {
        "index": index,
        "page_title": _("Tạo bài từ Word"),
        "intro": _(
            "Bài mới được tạo ở dạng nháp trong mục “%(index)s”; sau đó bạn sửa và gửi duyệt "
            "như mọi bài khác."
        )
        % {"index": index.title},
        "submit": _("Tạo bài nháp"),
    }
    return _upload(request, create, context)


def create_draft(index, upload, user):
    news = target()
    document = _convert(upload)
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


def word_fill(request, page_id):
    """Fill a news article's draft from a .docx: its body (and its title and lead when
    empty) become a new revision on top of the latest one, which stays in the history."""
    page = get_object_or_404(Page, pk=page_id)
    if not is_news_article(page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        return _forbidden(request, _("Nhập nội dung từ Word"), _("Bạn không có quyền sửa bài này."))
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        return _forbidden(
            request, _("Nhập nội dung từ Word"), _("Bài đang bị khóa; không sửa được lúc này.")
        )

    def fill(upload):
        draft, notes = fill_draft(page, upload, request.user)
        message = _(
            "Đã nhập nội dung từ “%(file)s” vào “%(title)s” thành một phiên bản nháp mới. "
            "Phiên bản trước vẫn còn trong Lịch sử, có thể xem lại và khôi phục."
        ) % {"file": upload.name, "title": draft.title}
        return page, message, notes

    context = {
        "page": page,
        "page_title": _("Nhập nội dung từ Word"),
        "intro": _(
            "Nội dung của tài liệu thay phần thân bài “%(title)s” (tiêu đề và đoạn mở đầu "
            "chỉ được điền khi đang trống) và được lưu thành một phiên bản nháp mới; phiên "
            "bản hiện tại vẫn còn trong Lịch sử. Bài đang xuất bản không đổi cho đến khi "
            "bài được xuất bản lại."
        )
        % {"title": page.get_admin_display_title()},
        "submit": _("Nhập vào bản nháp"),
    }
    return _upload(request, fill, context)


def fill_draft(page, upload, user):
    """A new revision of ``page`` whose body is the document's; returns (draft, notes)."""
    document = _convert(upload)
    draft = page.get_latest_revision_as_object()
    draft.body = document.body
    if not draft.title.strip() and document.title:
        draft.title = document.title[:255]
    if not (draft.lead or "").strip():
        draft.lead = document.lead or document.title or draft.title
    draft.save_revision(user=user, log_action=True)
    return draft, document.messages
