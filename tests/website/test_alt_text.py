"""An image's alt text in the page's language (website.alt_text): never the library's
Vietnamese description on an English page."""

from types import SimpleNamespace

from website.alt_text import alt_text

IMAGE = SimpleNamespace(default_alt_text="Máy rang chè tự động")


def test_the_pages_own_alt_text_comes_first():
    assert alt_text(IMAGE, "Automatic tea roaster", "", "en") == "Automatic tea roaster"
    assert alt_text(IMAGE, "Máy rang", "", "vi") == "Máy rang"


def test_vietnamese_pages_fall_back_to_the_library_description():
    assert alt_text(IMAGE, "", "Chú thích", "vi") == "Máy rang chè tự động"


def test_other_languages_fall_back_to_the_caption_then_nothing():
    assert alt_text(IMAGE, "", "The roaster at work", "en") == "The roaster at work"
    assert alt_text(IMAGE, "", "", "en") == ""
    assert alt_text(None, "x", "y", "en") == ""
