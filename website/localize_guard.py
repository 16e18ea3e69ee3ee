"""Guards around wagtail-localize: translations never destroy, never skip review, and
never put a half-translated page on the English site unannounced.

wagtail-localize is installed unchanged; ``website.patches.localize_guard`` (always on)
puts three rules, written here, in its way:

1. **An existing translation is never overwritten by a submission.** Submitting a page
   for translation also submits the snippets it links (category, author, province,
   sector, …). Upstream, a snippet that already has an English version made outside
   wagtail-localize (by a migration, by hand, by the demo loader) was rewritten from the
   Vietnamese source, as nothing in its translation memory says otherwise: "Training"
   became "Đào tạo, tập huấn". Here a submission only *creates* missing translations;
   an existing one is *adopted*: its current text is written into the translation
   memory (``adopt_existing_translation``), so a later sync reproduces it, and the
   object itself is not written at all (the patch's ``TranslationCreator``).
2. **Publishing a translation is publishing.** ``Translation.save_target(publish=True)``
   (the submit view, "Sync translated pages" with "publish immediately", the translation
   editor's "Publish" button, a subtree submitted in the background) publishes only when
   the user may publish the target page (or a draftable snippet) and the source is live;
   otherwise it saves a draft revision, which an editor then sends through the
   "Duyệt bài" workflow.
3. **No silent half-English page.** A page with untranslated segments goes live only in a
   request where the person confirmed the list of what is missing (``confirmed()``,
   used by the translation editor's confirmation step); otherwise a draft is saved.

A refused publish is noted (``collect_refusals()``) so a view can say why.
"""

import contextlib
import contextvars
from collections import defaultdict

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TemplateSegment,
)
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from website.text import ascii_slug

ADOPTED = "kcqg-adopted"  # tool_name of a memory entry read from an existing translation
DERIVED_SLUG = "kcqg-slug"  # tool_name of a slug derived from the translated title

_confirmed = contextvars.ContextVar("kcqg_confirmed_missing", default=frozenset())
_refusals = contextvars.ContextVar("kcqg_publish_refusals", default=None)


# 1. Existing translations become translation memory ------------------------------------


def _target_segments(instance):
    strings, templates = defaultdict(list), {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, TemplateSegmentValue):
            templates[segment.path] = segment.template
    return strings, templates


def adopt_existing_translation(source, locale, user=None):
    """Write what the existing translation of ``source`` in ``locale`` says into the
    translation memory; return how many segments were written.

    Segments are paired by field path and position; a field whose shape differs between
    the two languages (another number of paragraphs, other markup) is left untranslated.
    A value equal to the source text is not a translation and is not written.
    """
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return 0
    target_strings, target_templates = _target_segments(target)
    source_templates = {
        segment.context.path: segment.template.template
        for segment in TemplateSegment.objects.filter(source=source).select_related(
            "template", "context"
        )
    }
    by_path = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    ):
        by_path[segment.context.path].append(segment)
    written = 0
    for path, segments in by_path.items():
        values = target_strings.get(path, [])
        if len(values) != len(segments) or source_templates.get(path) != target_templates.get(path):
            continue
        for segment, data in zip(segments, values, strict=True):
            if data == segment.string.data:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": ADOPTED,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
            written += 1
    return written


# 2 and 3. Publishing -------------------------------------------------------------------


def missing_segments(translation):
    """The source's string segments without a usable translation in the target language."""
    return list(
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )


def describe_missing(translation, segments=None):
    """[(field label, source text excerpt)] of what is still in the source language."""
    model = translation.source.specific_content_type.model_class()
    described = []
    for segment in missing_segments(translation) if segments is None else segments:
        name = segment.context.path.split(".")[0]
        if name == "slug":
            label = _("Đường dẫn (slug)")
        else:
            try:
                label = capfirst(model._meta.get_field(name).verbose_name)
            except Exception:  # noqa: BLE001 - a child relation or a stream path
                label = name
        text = StringValue(segment.string.data).render_text()
        described.append((str(label), Truncator(strip_tags(text)).chars(80)))
    return described


def missing_token(segments):
    """What a confirmation names: the missing segments, so a new gap asks again."""
    return ",".join(str(segment.pk) for segment in segments)


@contextlib.contextmanager
def confirmed(translation):
    """Inside this block the person has confirmed publishing ``translation`` with the
    segments that are missing now."""
    token = _confirmed.set(_confirmed.get() | {translation.pk})
    try:
        yield
    finally:
        _confirmed.reset(token)


@contextlib.contextmanager
def collect_refusals():
    """Collect [(translation, reason)] of every publish turned into a draft inside."""
    refusals = []
    token = _refusals.set(refusals)
    try:
        yield refusals
    finally:
        _refusals.reset(token)


def _is_publishable(model):
    return issubclass(model, Page | DraftStateMixin)


def source_not_live():
    return _(
        "Bản tiếng Việt chưa được xuất bản, nên bản dịch chỉ được lưu nháp; "
        "hãy xuất bản bản gốc trước."
    )


def may_publish(translation, user):
    """None when ``user`` may make this translation live now (permission and a live
    source), else the reason in the editor's language. Missing segments are not checked."""
    model = translation.source.specific_content_type.model_class()
    if not _is_publishable(model):
        return None
    try:
        source = translation.source.get_source_instance()
    except ObjectDoesNotExist:
        return _("Bản gốc đã bị xóa.")
    if not source.live:
        return source_not_live()
    if user is None:  # the system itself (a command, a background task)
        return None
    if isinstance(user, AnonymousUser) or not user.is_active:
        return _("Bạn không có quyền xuất bản.")
    if issubclass(model, Page):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            target = source
        if not target.permissions_for_user(user).can_publish():
            return _(
                "Bạn không có quyền xuất bản trang này: bản dịch được lưu nháp; "
                "hãy gửi duyệt để người kiểm duyệt xuất bản."
            )
    elif not user.has_perm(get_permission_name("publish", model)):
        return _("Bạn không có quyền xuất bản mục này: bản dịch được lưu nháp.")
    return None


def publish_refusal(translation, user):
    """``may_publish`` plus the missing-segment rule."""
    reason = may_publish(translation, user)
    if reason is not None:
        return reason
    model = translation.source.specific_content_type.model_class()
    if not _is_publishable(model) or translation.pk in _confirmed.get():
        return None
    missing = describe_missing(translation)
    if missing:
        return _(
            "Còn %(count)d đoạn chưa dịch (%(fields)s): bản dịch được lưu nháp. "
            "Dịch nốt, hoặc xuất bản từ trình dịch và xác nhận danh sách còn thiếu."
        ) % {"count": len(missing), "fields": ", ".join(sorted({label for label, _t in missing}))}
    return None


def allowed_to_publish(translation, user):
    """Whether ``translation`` may go live now (``publish_refusal``); a refusal is noted
    for ``collect_refusals()``."""
    reason = publish_refusal(translation, user)
    if reason is None:
        return True
    refusals = _refusals.get()
    if refusals is not None:
        refusals.append((translation, reason))
    return False


# The slug follows the translated title -------------------------------------------------


def derive_slug(sender, instance, **kwargs):
    """When a page title gets its translation, give the untranslated slug an ASCII one
    made from it ("Hội thảo" → "workshop-…"); a slug a translator typed is kept."""
    context = instance.context
    if context is None or context.path != "title" or instance.has_error:
        return
    slug_segment = (
        StringSegment.objects.filter(context__object_id=context.object_id, context__path="slug")
        .exclude(source__locale_id=instance.locale_id)
        .select_related("context", "string")
        .first()
    )
    if slug_segment is None:
        return
    current = StringTranslation.objects.filter(
        translation_of=slug_segment.string,
        locale_id=instance.locale_id,
        context=slug_segment.context,
    ).first()
    if current is not None and current.tool_name != DERIVED_SLUG:
        return
    slug = ascii_slug(StringValue(instance.data).render_text())
    if not slug:
        return
    StringTranslation.objects.update_or_create(
        translation_of=slug_segment.string,
        locale_id=instance.locale_id,
        context=slug_segment.context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": DERIVED_SLUG,
            "last_translated_by": instance.last_translated_by,
            "has_error": False,
            "field_error": "",
        },
    )
