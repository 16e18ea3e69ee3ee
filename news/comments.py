"""Reader comments: the form under an article, and what happens when it is sent.

The form posts to its own endpoint, ``POST /y-kien/<article id>/`` (``/en/comments/<id>/``),
not to the article, so that the article HTML holds no CSRF token and stays in the page
cache for everybody. The endpoint is ``csrf_exempt``; this is safe because

- it performs no action on behalf of a logged-in user: it reads no session and no
  cookie, so a forged cross-site POST can do nothing a stranger could not do directly;
- a post whose ``Origin`` (or, without it, ``Referer``) names another site is refused
  with 403 before anything is counted (``website.antispam.same_origin``): another site
  cannot make its visitors' browsers comment here. A post with neither header is let
  through: browsers send one of them on every cross-site form post, and a client that
  is not a browser could forge both;
- the form carries a signed timestamp (``website.antispam.sign_timestamp``, an HMAC with
  the SECRET_KEY) whose scope names the article, so a token works for that article only,
  for ``KCQG_FORM_MAX_AGE``, and not sooner than ``KCQG_FORM_MIN_SECONDS`` after the page
  was rendered; and once per client address (``claim_token``, recorded in the same
  transaction as the comment): a replay gets the form back with a fresh token;
- the honeypot, the per-IP rate limit (scope ``"comment"``), the link limit and the banned
  words and domains apply as on every public form; and nothing is published before a
  moderator approves it.

The rate limit and the used tokens are kept in the database (``website.limits``), like
the comment itself: they hold across workers, and a Redis outage changes nothing here.
If the database is down the post is answered 503 ("try again"), never acknowledged.

After a successful post the reader is sent back to the article with
``?binh-luan=cho-duyet`` (``?comment=pending`` in English), a different page-cache key, which
shows the "waiting for approval" message. Form errors come back as the article page with
status 400 (never cached), in the article's language, with the reader's text kept.
"""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from website.antispam import (
    AntiSpamFormMixin,
    client_ip,
    hash_ip,
    rate_limit_allows,
    rate_limited_response,
    same_origin,
)
from website.origin import absolute
from website.text import number

from .models.comments import BODY_MAX, BODY_MIN, USER_AGENT_MAX, CommentStatus, ReaderComment

logger = logging.getLogger(__name__)

RATE_SCOPE = "comment"
SENT_PARAMS = {"vi": ("binh-luan", "cho-duyet"), "en": ("comment", "pending")}


def token_scope(article_id):
    """The scope of the signed timestamp: it binds the form to one article."""
    return f"comment:{article_id}"


class ReaderCommentForm(AntiSpamFormMixin, forms.ModelForm):
    """Name, an optional e-mail address and the comment, with the shared anti-spam checks."""

    antispam_text_fields = ("body", "name")
    antispam_email_field = "email"

    class Meta:
        model = ReaderComment
        fields = ["name", "email", "body"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name", "maxlength": 80}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "body": forms.Textarea(attrs={"rows": 5, "maxlength": BODY_MAX}),
        }

    def __init__(self, *args, article, **kwargs):
        # Set before the mixin signs the timestamp.
        self.antispam_scope = token_scope(article.pk)
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _("Không bắt buộc; không công bố.")
        self.fields["body"].help_text = _("Từ %(min)s đến %(max)s ký tự, văn bản thuần.") % {
            "min": BODY_MIN,
            "max": number(BODY_MAX),
        }
        # Grouped the reader's way ("2.000" / "2,000"), not by the validator's %d.
        self.fields["body"].error_messages.update(
            {
                "max_length": _("Ý kiến dài tối đa %(limit)s ký tự.") % {"limit": number(BODY_MAX)},
            }
        )

    def clean_name(self):
        return " ".join(self.cleaned_data.get("name", "").split())

    def clean_body(self):
        body = self.cleaned_data.get("body", "")
        # Line breaks are kept; carriage returns and trailing blanks are not.
        lines = [
            line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        ]
        body = "\n".join(lines).strip()
        if len(body) < BODY_MIN:
            raise forms.ValidationError(
                _("Ý kiến cần ít nhất %(limit_value)d ký tự."),
                code="min_length",
                params={"limit_value": BODY_MIN},
            )
        return body


def sent_param(language):
    return SENT_PARAMS.get((language or "vi")[:2], SENT_PARAMS["vi"])


def comment_context(request, article, form=None):
    """What the article template needs for its "Ý kiến bạn đọc" section."""
    is_open = article.comments_open
    language = article.locale.language_code
    name, value = sent_param(language)
    context = {
        "reader_comments": article.approved_comments,
        "comments_open": is_open,
        "comment_sent": request is not None and request.GET.get(name) == value,
        "comment_form": None,
        "comment_action": "",
    }
    if is_open:
        context["comment_form"] = form or ReaderCommentForm(article=article)
        with translation.override(language):
            context["comment_action"] = reverse("news:comment", args=[article.pk])
    return context


def receive(request, article):
    """A comment posted to ``article``: checked, stored pending (or as spam), then back."""
    if not same_origin(request):
        return render(
            request,
            "errors/foreign_form.html",
            {"back_url": article.get_url(request), "page": article},
            status=403,
        )
    if not rate_limit_allows(request, RATE_SCOPE):
        return rate_limited_response(
            request,
            scope=RATE_SCOPE,
            context={"back_url": article.get_url(request), "page": article},
        )
    if not article.comments_open:
        response = article.serve(request, comment_form=ReaderCommentForm(article=article))
        response.status_code = 403
        return response
    form = ReaderCommentForm(request.POST, article=article)
    if not form.is_valid():
        response = article.serve(request, comment_form=form)
        response.status_code = 400
        return response
    comment = form.save(commit=False)
    comment.article = article
    comment.language = article.locale.language_code
    comment.ip_hash = hash_ip(client_ip(request))
    comment.user_agent = request.META.get("HTTP_USER_AGENT", "")[:USER_AGENT_MAX]
    reasons = form.spam_reasons()
    if reasons:
        comment.status = CommentStatus.SPAM
        comment.spam_reason = ", ".join(reasons)[:255]
    with transaction.atomic():
        # The token is used up only if the comment is stored, and the other way round.
        if not form.claim_token(request):
            response = article.serve(request, comment_form=form)
            response.status_code = 400
            return response
        comment.save()
    if not reasons and getattr(settings, "KCQG_COMMENT_NOTIFY", False):
        transaction.on_commit(lambda: notify_moderators(request, comment))
    # Spam gets the same answer as a real comment: nothing tells a bot what tripped it.
    name, value = sent_param(comment.language)
    return HttpResponseRedirect(
        f"{article.get_url(request)}?{name}={value}#y-kien-ban-doc", status=303
    )


def moderator_emails(request):
    emails = list(getattr(settings, "KCQG_COMMENT_MODERATOR_EMAILS", []))
    if not emails:
        from website.models import SiteSettings

        editors = SiteSettings.for_request(request).editors_email
        emails = [editors] if editors else []
    return emails


def notify_moderators(request, comment):
    """E-mail the moderators about a new comment (KCQG_COMMENT_NOTIFY)."""
    recipients = moderator_emails(request)
    if not recipients:
        logger.warning("No moderators' e-mail: reader comment %s not e-mailed", comment.pk)
        return False
    admin_url = absolute(reverse("wagtailsnippets_news_readercomment:edit", args=[comment.pk]))
    with translation.override("vi"):
        subject = gettext("Ý kiến bạn đọc mới: %(title)s") % {"title": comment.article.title}
        body = render_to_string(
            "components/news/comment_email.txt",
            {
                "comment": comment,
                "article_url": comment.article.get_full_url(request),
                "admin_url": admin_url,
            },
        )
    try:
        EmailMessage(subject=subject.replace("\n", " "), body=body, to=recipients).send()
    except Exception:  # noqa: BLE001 - a mail outage must not lose the comment
        logger.exception("Reader comment %s: e-mail to moderators failed", comment.pk)
        return False
    return True
