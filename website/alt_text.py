"""The alt text of an image on a page, in the page's language.

The image library's description (``Image.default_alt_text``) is written once, in
Vietnamese, the source language. A page's own words for an image (an article's
``hero_alt``, a gallery row's ``alt_text``, an ImageBlock's alt text) are translated
with the page. So: the page's own alt text; on a Vietnamese page, else the library's
description; on a page in another language, else the image's caption in that
language, else "" (the image is then described by the text next to it: a card's
title, a link's hidden label) rather than in Vietnamese.
"""

from django.conf import settings

from website.locales import language_code


def alt_text(image, own="", caption="", language=None):
    if image is None:
        return ""
    if own:
        return own
    if language_code(language) == language_code(settings.LANGUAGE_CODE):
        return image.default_alt_text
    return caption or ""
