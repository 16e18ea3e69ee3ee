"""Endpoints beside the page tree.

- The view-counter beacon: POST /views/<page_id>/ (and a GET pixel for readers without JS).
  The page HTML may be served from a cache; the count happens here, per read.
- Reader comments: POST /y-kien/<article_id>/ (see news.comments for why it is csrf_exempt).
"""

import base64

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from news import comments
from news.counter import first_read, is_bot
from news.models import NewsArticlePage
from news.queries import record_view
from website.visibility import public_q

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def _countable(page_id):
    """The content type id of a live, public page (0 when it is not one to count);
    the answer is cached for a minute."""
    key = f"news:countable:{page_id}"
    content_type_id = cache.get(key)
    if content_type_id is None:
        content_type_id = (
            Page.objects.live()
            .filter(public_q())
            .filter(pk=page_id)
            .values_list("content_type_id", flat=True)
            .first()
        ) or 0
        cache.set(key, content_type_id, 60)
    return content_type_id


def _count(request, page_id):
    content_type_id = _countable(page_id)
    if not content_type_id:
        raise Http404
    if not is_bot(request) and first_read(request, page_id):
        # Page types with a view_count field of their own (case studies sort on
        # it) get it raised in the same transaction.
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        record_view(page_id, model=model)


@csrf_exempt
@require_POST
@never_cache
def beacon(request, page_id):
    _count(request, page_id)
    return HttpResponse(status=204)


@require_safe
@never_cache
def pixel(request, page_id):
    if request.method == "GET":  # HEAD answers like GET, but reads nothing
        _count(request, page_id)
    return HttpResponse(PIXEL, content_type="image/gif")


@csrf_exempt
@require_POST
@never_cache
def post_comment(request, article_id):
    article = get_object_or_404(
        NewsArticlePage.objects.live().filter(public_q()).select_related("locale"),
        pk=article_id,
    )
    request.is_preview = False
    # Errors and messages in the article's language, whatever the address it was sent to.
    with translation.override(article.locale.language_code):
        response = comments.receive(request, article)
        if hasattr(response, "render"):
            response.render()
    return response
