"""The admin side of ``website.localize_guard``: the translation editor's actions and the
"Sync translated pages" view, each saying in Vietnamese what it did and why.

The translation editor (wagtail-localize's React screen, shown on the edit URL of a
page or snippet that is a synced translation) posts ``action=publish`` to that URL. The
``before_edit_page`` / ``before_edit_snippet`` hooks below answer it before
wagtail-localize does:

- someone who may not publish, or a translation whose source is not live: refused with
  a message, nothing saved;
- untranslated segments: a confirmation page that lists every missing field with its
  Vietnamese text; publishing needs that exact list to be confirmed;
- otherwise the translation is published and the message names what stayed Vietnamese.

``action=kcqg-submit`` (the "Lưu nháp và gửi duyệt" button our template adds for people
who cannot publish) saves the translation as a draft revision and starts the page's
workflow, the same as "Submit for moderation" in the ordinary page editor.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page, TranslatableMixin, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.update_translations import UpdateTranslationsView

from website.localize_guard import (
    adopt_existing_translation,
    collect_refusals,
    confirmed,
    describe_missing,
    may_publish,
    missing_segments,
    missing_token,
    source_not_live,
)

SUBMIT_ACTION = "kcqg-submit"


def translation_of(instance, *, enabled=True):
    """The wagtail-localize translation whose target is ``instance``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=enabled,
        )
        .select_related("source", "target_locale")
        .first()
    )


def editor_action(request, instance):
    """Body of the ``before_edit_page`` / ``before_edit_snippet`` hooks."""
    if request.method != "POST" or not isinstance(instance, TranslatableMixin):
        return None  # only translatable pages and snippets have translations to guard
    if "localize-restart-translation" in request.POST:
        # Restarting a stopped translation re-syncs it: keep what the page says now.
        stopped = translation_of(instance, enabled=False)
        if stopped is not None:
            adopt_existing_translation(stopped.source, stopped.target_locale, request.user)
        return None
    translation = translation_of(instance)
    if translation is None:
        return None
    action = request.POST.get("action")
    if action == "publish":
        return publish(request, translation, instance)
    if action == SUBMIT_ACTION:
        return submit_for_review(request, translation, instance)
    return None


def _confirmation(request, translation, instance, segments, action):
    return TemplateResponse(
        request,
        "components/admin/translation_missing.html",
        {
            "instance": instance,
            "locale": translation.target_locale,
            "missing": describe_missing(translation, segments),
            "token": missing_token(segments),
            "action": action,
            "back_url": request.path,
        },
    )


def _missing_confirmed(request, segments):
    return not segments or request.POST.get("confirm_missing") == missing_token(segments)


def _target_name(instance, translation):
    return {"object": str(instance), "locale": translation.target_locale.get_display_name()}


def _invalid(request, message, instance, translation):
    """wagtail-localize marked the fields in error in the editor; say so and go back."""
    messages.error(request, message % _target_name(instance, translation))
    return redirect(request.path)


def publish(request, translation, instance):
    reason = may_publish(translation, request.user)
    if reason is not None:
        messages.error(request, reason)
        return redirect(request.path)
    segments = missing_segments(translation)
    if not _missing_confirmed(request, segments):
        return _confirmation(request, translation, instance, segments, "publish")
    try:
        with transaction.atomic(), confirmed(translation):
            translation.save_target(user=request.user, publish=True)
    except ValidationError:
        return _invalid(
            request,
            _("Chưa xuất bản được «%(object)s» bằng %(locale)s: có trường không hợp lệ."),
            instance,
            translation,
        )
    instance.refresh_from_db()
    if segments:
        fields = ", ".join(dict.fromkeys(label for label, _text in describe_missing(translation)))
        messages.warning(
            request,
            _(
                "Đã xuất bản «%(object)s» bằng %(locale)s; các mục sau vẫn hiện tiếng Việt: "
                "%(fields)s."
            )
            % {**_target_name(instance, translation), "fields": fields},
        )
    else:
        messages.success(
            request,
            _("Đã xuất bản «%(object)s» bằng %(locale)s.") % _target_name(instance, translation),
        )
    return redirect(request.path)


def submit_for_review(request, translation, instance):
    if not isinstance(instance, Page):
        messages.error(request, _("Chỉ trang mới có quy trình duyệt."))
        return redirect(request.path)
    if not translation.source.get_source_instance().live:
        messages.error(request, source_not_live())
        return redirect(request.path)
    page = instance.specific
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("Trang này không thuộc quy trình duyệt nào."))
        return redirect(request.path)
    segments = missing_segments(translation)
    if not _missing_confirmed(request, segments):
        return _confirmation(request, translation, instance, segments, SUBMIT_ACTION)
    try:
        with transaction.atomic():
            translation.save_target(user=request.user, publish=False)
            page.refresh_from_db()
            state = page.current_workflow_state
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(request.user)
            elif state is None:
                workflow.start(page, request.user)
    except ValidationError:
        return _invalid(
            request,
            _("Chưa gửi duyệt được «%(object)s» bằng %(locale)s: có trường không hợp lệ."),
            instance,
            translation,
        )
    messages.success(
        request,
        _("Đã lưu nháp «%(object)s» bằng %(locale)s và gửi người kiểm duyệt.")
        % _target_name(instance, translation),
    )
    return redirect(request.path)


def editor_status(translation, user):
    """What the translation editor's panel shows: progress, the missing fields and
    whether this person publishes or sends for review."""
    total = translation.source.stringsegment_set.count()
    missing = describe_missing(translation)
    target = translation.get_target_instance()
    is_page = isinstance(target, Page)
    refusal = may_publish(translation, user)
    source = translation.source.get_source_instance()
    source_live = getattr(source, "live", True)
    return {
        "translation": translation,
        "total": total,
        "translated": total - len(missing),
        "missing": missing,
        "can_publish": refusal is None,
        "source_live": source_live,
        "can_submit": is_page and target.specific.get_workflow() is not None,
        "in_review": is_page and target.workflow_in_progress,
        "submit_action": SUBMIT_ACTION,
    }


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": with "publish immediately", each translation this person
    may not publish (or whose source is not live, or that has untranslated segments) is
    saved as a draft instead, and the message says which and why."""

    def form_valid(self, form):
        with collect_refusals() as refusals:
            response = super().form_valid(form)
        for translation, reason in refusals:
            messages.warning(
                self.request,
                _("%(locale)s: chưa xuất bản. %(reason)s")
                % {"locale": translation.target_locale.get_display_name(), "reason": reason},
            )
        return response


def guarded_convert_to_alias(request, page_id):
    """ "Convert to alias" makes the translation mirror the live Vietnamese page at once
    (its text and its live state): a publish, so only for someone who may publish it."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            _("Chỉ người có quyền xuất bản mới chuyển được bản dịch thành bản sao của bản gốc."),
        )
        return redirect("wagtailadmin_pages:edit", page_id)
    return convert_to_alias(request, page_id)
