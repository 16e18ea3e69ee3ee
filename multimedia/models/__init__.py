"""Multimedia: the media library (video and audio files with captions) and the
"Video – Ảnh" section.

Page tree (one index per language, under the home page):

    HomePage
    └── MultimediaIndexPage → VideoPage, AudioPage, PhotoStoryPage, InfographicPage …

The models import nothing that lists or renders them: their pages call the functions
``multimedia.listing`` puts in ``HANDLERS``.
"""

from .media import CAPTION_LANGUAGES, MediaItem
from .pages import (
    HANDLERS,
    AudioPage,
    InfographicPage,
    MultimediaIndexPage,
    PhotoStoryPage,
    PhotoStoryPhoto,
    VideoPage,
    facebook_video_url,
    youtube_id,
)

__all__ = [
    "AudioPage",
    "InfographicPage",
    "PhotoStoryPage",
    "PhotoStoryPhoto",
    "CAPTION_LANGUAGES",
    "HANDLERS",
    "MediaItem",
    "MultimediaIndexPage",
    "VideoPage",
    "facebook_video_url",
    "youtube_id",
]
