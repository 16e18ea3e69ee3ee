"""The section's feeds, per language (inside the language prefixes: /podcast.xml,
/en/podcast.xml; /video-anh.xml, /en/video-anh.xml)."""

from django.urls import path

from .feeds import podcast, section

urlpatterns = [
    path("podcast.xml", podcast, name="multimedia_podcast"),
    path("video-anh.xml", section, name="multimedia_feed"),
]
