"""What the apps' feeds share: a picture as an item's enclosure."""

from django.utils.feedgenerator import Enclosure

from website.origin import absolute
from website.structured_data import SOCIAL_SPEC

# The sharing picture (1200×630 JPEG, og:image): one rendition serves both.
ENCLOSURE_SPEC = SOCIAL_SPEC


def image_enclosures(image):
    """[the Enclosure of ``image``'s feed rendition], or [] (no image, or its file is
    missing: a feed never breaks for a picture)."""
    if image is None:
        return []
    try:
        rendition = image.get_rendition(ENCLOSURE_SPEC)
        length = rendition.file.size
    except Exception:  # noqa: BLE001 - a missing file must not break the feed
        return []
    return [Enclosure(absolute(rendition.url), str(length), "image/jpeg")]
