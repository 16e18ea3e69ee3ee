"""Views of the news app beside the page tree: reader comments, POST /y-kien/<article_id>/
(see news.comments for why it is csrf_exempt). The view counter's beacon is
``website.counter``'s."""

from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from news import comments
from news.models import NewsArticlePage
from website.visibility import public_q


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
