"""Routes of the news app outside the page tree, per language.

Category pages and feeds are routes of the news index page (see news.models.pages).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from website import public_forms

app_name = "news"
urlpatterns = [
    # Reader comments: /y-kien/<id>/ in Vietnamese, /en/comments/<id>/ in English; the
    # public-form view (website.public_forms) with the form "comment" (news.views).
    path(
        _("y-kien/<int:page_id>/"),
        public_forms.post,
        {"form_name": "comment"},
        name="comment",
    ),
]
