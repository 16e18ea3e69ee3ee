"""Reader comments: the form under an article, and what happens when it is sent.

The form is a public form of ``website.public_forms`` (registered in ``news.views``): it
posts to ``POST /y-kien/<article id>/`` (``/en/comments/<id>/``), not to the article, so that the article HTML holds no CSRF token and stays in the page
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

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from news.forms import ReaderCommentForm
from news.models import CommentStatus
from news.models.comments import USER_AGENT_MAX
from website import public_forms
from website.antispam import client_ip, hash_ip
from website.models import SiteSettings
from website.origin import absolute

logger = logging.getLogger(__name__)

SENT_PARAMS = {"vi": ("binh-luan", "cho-duyet"), "en": ("comment", "pending")}


def comment_context(request, article, form=None):
    """What the article template needs for its "Ý kiến bạn đọc" section."""
    is_open = article.comments_open
    context = {
        "reader_comments": article.approved_comments,
        "comments_open": is_open,
        "comment_sent": public_forms.was_sent(request, "comment", article),
        "comment_form": None,
        "comment_action": "",
    }
    if is_open:
        context["comment_form"] = form or ReaderCommentForm(article=article)
        context["comment_action"] = public_forms.action_url("comment", article)
    return context


def receive(request, article):
    """A comment posted to ``article`` (after the origin check and the rate limit of
    ``website.public_forms``): the bound form and how to store it pending (or as spam)."""
    if not article.comments_open:
        return public_forms.render_page(
            request, article, "comment", ReaderCommentForm(article=article), 403
        )
    form = ReaderCommentForm(request.POST, article=article)

    def save():
        comment = form.save(commit=False)
        comment.article = article
        comment.language = article.locale.language_code
        comment.ip_hash = hash_ip(client_ip(request))
        comment.user_agent = request.META.get("HTTP_USER_AGENT", "")[:USER_AGENT_MAX]
        reasons = form.spam_reasons()
        if reasons:
            comment.status = CommentStatus.SPAM
            comment.spam_reason = ", ".join(reasons)[:255]
        comment.save()
        if not reasons and getattr(settings, "KCQG_COMMENT_NOTIFY", False):
            transaction.on_commit(lambda: notify_moderators(request, comment))
        # Spam gets the same answer as a real comment: nothing tells a bot what tripped it.
        return comment

    return public_forms.Submission(form, save)


def moderator_emails(request):
    emails = list(getattr(settings, "KCQG_COMMENT_MODERATOR_EMAILS", []))
    if not emails:
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
