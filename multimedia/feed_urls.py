"""The podcast feed, per language (inside the language prefixes: /podcast.xml,
/en/podcast.xml)."""

from django.urls import path

from .feeds import podcast

urlpatterns = [path("podcast.xml", podcast, name="multimedia_podcast")]
