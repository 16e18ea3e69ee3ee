"""Routes of the news app outside the page tree, per language.

Category pages and feeds are routes of the news index page (see news.models.pages).
"""

from django.urls import path

from news import views

app_name = "news"
urlpatterns = [
    path("views/<int:page_id>/", views.beacon, name="view_beacon"),
    path("views/<int:page_id>/pixel.gif", views.pixel, name="view_pixel"),
]
