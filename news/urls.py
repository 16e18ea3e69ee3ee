"""Routes of the news app outside the page tree, per language.

Category pages and feeds are routes of the news index page (see news.models.pages).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from news import views

app_name = "news"
urlpatterns = [
    # Reader comments: /y-kien/<id>/ in Vietnamese, /en/comments/<id>/ in English.
    path(_("y-kien/<int:article_id>/"), views.post_comment, name="comment"),
]
