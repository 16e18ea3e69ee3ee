"""Turning a ``LegacyArticle`` into a news article, once.

The news app says where articles go through the ``kcqg_archive_target`` hook (its
article, category and author models, its index of a language, the "Khác" category);
this module imports no app. Each article is imported in its own transaction: one that
fails leaves nothing behind, not even its image files.
"""

import io
from dataclasses import dataclass, field
from html import escape

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail import hooks
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.utils.file import hash_filelike

from archive.models import ArchivedArticle
from website.models import PageViewTotal
from website.search import fold
from website.text import ascii_slug

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


class ImportFailed(Exception):
    """The article could not be imported; nothing of it was kept."""


@dataclass
class Outcome:
    status: str
    page: object
    notes: list = field(default_factory=list)


def target():
    """The news app's answer to ``kcqg_archive_target`` (ImportFailed when no app gives one)."""
    answers = [fn() for fn in hooks.get_hooks("kcqg_archive_target")]
    if not answers:
        raise ImportFailed(_("không có ứng dụng nào nhận bài lưu trữ (hook kcqg_archive_target)"))
    return answers[0]


def comments_open():
    return getattr(settings, "KCQG_ARCHIVE_COMMENTS_OPEN", False)


def category_for(name, locale, news):
    """The category the mapping table (``KCQG_ARCHIVE_CATEGORIES``: old name → slug) gives
    the old category ``name``; unknown ones go to "Khác". Returns (category, note)."""
    mapping = {
        fold(k).strip(): v for k, v in getattr(settings, "KCQG_ARCHIVE_CATEGORIES", {}).items()
    }
    slug = mapping.get(fold(name).strip())
    if slug:
        found = news["category_model"].objects.filter(locale=locale, slug=slug).first()
        if found is not None:
            return found, None
        note = _("chuyên mục “%(slug)s” của bảng ánh xạ không có; xếp vào “Khác”") % {"slug": slug}
    else:
        note = (
            _("chuyên mục cũ “%(name)s” không có trong bảng ánh xạ; xếp vào “Khác”")
            % {"name": name}
            if name
            else None
        )
    return news["other_category"](locale), note


def author_for(name, role, locale, news):
    """The Author snippet of this name and role, created once."""
    if not name:
        return None
    model = news["author_model"]
    found = model.objects.filter(locale=locale, name=name, role=role).first()
    return found or model.objects.create(locale=locale, name=name, role=role)


def max_image_bytes():
    return getattr(settings, "KCQG_ARCHIVE_MAX_IMAGE_BYTES", 10 * 1024 * 1024)


def image_for(photo, created_files):
    """The library image of a photo's file (reused by content hash) with its caption as
    title and description; (None, note) when the file is missing or unusable."""
    if photo.path is None:
        return None, _("ảnh “%(caption)s” không có tệp đi kèm; giữ lại chú thích") % {
            "caption": photo.caption or photo.name
        }
    data = photo.path.read_bytes()
    if len(data) > max_image_bytes():
        return None, _("ảnh %(name)s quá lớn; giữ lại chú thích") % {"name": photo.name}
    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            probe.verify()
    except Exception:  # Pillow raises many kinds for a broken file
        return None, _("ảnh %(name)s không đọc được; giữ lại chú thích") % {"name": photo.name}
    Image = get_image_model()
    file_hash = hash_filelike(io.BytesIO(data))
    existing = Image.objects.filter(file_hash=file_hash).first()
    if existing is not None:
        return existing, None
    description = (photo.caption or photo.alt or photo.name)[:255]
    image = Image(
        title=description,
        description=description,
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(data), name=photo.path.name),
    )
    image.save()
    created_files.append(image.file.name)
    return image, None


def _caption_paragraph(caption):
    return {"type": "paragraph", "value": f"<p><i>{escape(caption)}</i></p>"}


def build_body(blocks, created_files, notes):
    """StreamField data of the body: paragraphs and lists, photos (or their captions)."""
    body = []
    for kind, value in blocks:
        if kind == "caption":
            body.append(_caption_paragraph(value))
            continue
        if kind == "html":
            body.append({"type": "paragraph", "value": value})
            continue
        image, note = image_for(value, created_files)
        if note:
            notes.append(note)
        if image is None:
            if value.caption:
                body.append(_caption_paragraph(value.caption))
            continue
        body.append(
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": (value.alt or value.caption)[:255],
                        "decorative": False,
                    },
                    "caption": value.caption,
                    "credit": "",
                    "alignment": "full",
                },
            }
        )
    return body


def unique_slug(index, slug, page=None):
    base = slug or "bai-viet"
    candidate, n = base[:240], 2
    siblings = index.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    while siblings.filter(slug=candidate).exists():
        candidate = f"{base[:235]}-{n}"
        n += 1
    return candidate


def import_article(article, *, publish=True):
    """Create or update the news article of ``article``: an Outcome (created, updated or
    unchanged). Raises ImportFailed; then nothing of the article is kept."""
    created_files = []
    try:
        with transaction.atomic():
            return _import(article, publish, created_files)
    except ImportFailed:
        _remove(created_files)
        raise
    except Exception as error:
        _remove(created_files)
        raise ImportFailed(str(error)) from error


def _remove(names):
    for name in names:
        default_storage.delete(name)


def _import(article, publish, created_files):
    news = target()
    locale = Locale.objects.get(language_code="vi")
    index = news["index"](locale)
    if index is None:
        raise ImportFailed(_("chưa có trang Tin tức tiếng Việt để nhận bài"))
    notes = []
    content_hash = article.content_hash(extra=f"publish={publish}")
    record = ArchivedArticle.objects.select_for_update().filter(key=article.key).first()
    Article = news["article_model"]
    page = None
    if record is not None and record.page_id:
        page = Article.objects.filter(pk=record.page_id).first()
    if page is not None and record.content_hash == content_hash:
        return Outcome(UNCHANGED, page, [_("không đổi từ lần nhập trước")])

    category, note = category_for(article.category, locale, news)
    if note:
        notes.append(note)
    hero_image, hero_caption = None, ""
    blocks = list(article.blocks)
    if article.lead_photo is not None:
        hero_image, note = image_for(article.lead_photo, created_files)
        if note:
            notes.append(note)
        if hero_image is None:
            # No image: the caption stays, first in the body, until an editor adds one.
            if article.lead_photo.caption:
                blocks.insert(0, ("caption", article.lead_photo.caption))
        else:
            hero_caption = article.lead_photo.caption
    body = build_body(blocks, created_files, notes)

    fields = {
        "title": article.title[:255],
        "lead": article.lead or article.title,
        "publish_date": article.published,
        "hero_image": hero_image,
        "hero_caption": hero_caption[:500],
        "hero_alt": hero_caption[:255] if hero_image else "",
        "body": body,
        "author": author_for(article.author, article.author_role, locale, news),
        "category": category,
        "reader_comments_open": comments_open(),
    }
    if page is None:
        status = CREATED
        page = Article(locale=locale, live=False, **fields)
        page.slug = unique_slug(index, ascii_slug(article.title, max_length=200))
        index.add_child(instance=page)
    else:
        status = UPDATED
        for name, value in fields.items():
            setattr(page, name, value)
    # A new page was validated when it was added; an updated one is validated here.
    revision = page.save_revision(log_action=False, clean=status == UPDATED)
    if publish or page.live:
        revision.publish(log_action=False)

    # The old count is a baseline of the running total, never a day's reads: "most
    # read" sums the days (website.counter), so old articles do not flood it.
    old_baseline = record.view_baseline if record is not None else 0
    delta = article.views - old_baseline
    if not PageViewTotal.objects.filter(page_id=page.pk).update(views=F("views") + delta):
        PageViewTotal.objects.create(page_id=page.pk, views=max(article.views, 0))

    if article.old_url:
        old_path = Redirect.normalise_path(article.old_path or "/")
        Redirect.objects.update_or_create(
            old_path=old_path,
            site=None,
            defaults={"redirect_page": page, "is_permanent": True, "redirect_link": ""},
        )

    ArchivedArticle.objects.update_or_create(
        key=article.key,
        defaults={
            "old_url": article.old_url[:500],
            "page": page,
            "source_file": str(article.source)[:500],
            "content_hash": content_hash,
            "view_baseline": article.views,
        },
    )
    return Outcome(status, page, notes)
