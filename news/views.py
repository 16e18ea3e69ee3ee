"""Views of the news app beside the page tree: reader comments, posted to
``/y-kien/<article id>/`` through ``website.public_forms`` (see news.comments for the
form and why the address is csrf_exempt). The view counter's beacon is
``website.counter``'s."""

from website import public_forms

from .comments import SENT_PARAMS, receive
from .models import NewsArticlePage

public_forms.register(
    "comment",
    pages=NewsArticlePage,
    handler=receive,
    rate_scope="comment",
    sent=SENT_PARAMS,
    fragment="y-kien-ban-doc",
    form_kwarg="comment_form",
    url_name="news:comment",
)
