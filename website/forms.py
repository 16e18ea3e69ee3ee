"""Admin forms shared by every page type."""

import re

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.slug import SlugInput

from website.text import ascii_slug

# Vietnamese letters → ASCII for the slug Wagtail's JavaScript makes as the editor
# types the title. Its own transliteration turns "Đ" into "dj" and drops "ổ", "ớ":
# "Đề án đổi mới" would become "dj-an-dji-mi". These run first, so it becomes
# "de-an-doi-moi", the same as ascii_slug() on the server.
VIETNAMESE_SLUG_FORMATTERS = [
    (re.compile(pattern, re.IGNORECASE), ascii_letter)
    for pattern, ascii_letter in (
        ("[\u0300-\u036f]", ""),  # combining accents (text pasted in decomposed form)
        ("[àáạảãâầấậẩẫăằắặẳẵ]", "a"),
        ("[èéẹẻẽêềếệểễ]", "e"),
        ("[ìíịỉĩ]", "i"),
        ("[òóọỏõôồốộổỗơờớợởỡ]", "o"),
        ("[ùúụủũưừứựửữ]", "u"),
        ("[ỳýỵỷỹ]", "y"),
        ("[đ]", "d"),
    )
]


class BasePageForm(WagtailAdminPageForm):
    """The page form with an ASCII slug made from the title when left empty.

    Wagtail's JavaScript fills the slug as the editor types (with our Vietnamese
    formatters); this does the same on the server, so a page saved without
    JavaScript (or with a Vietnamese slug pasted in) still gets
    "de-an-khuyen-cong" for "Đề án khuyến công".
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].widget = SlugInput(formatters=VIETNAMESE_SLUG_FORMATTERS)

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if not slug or not slug.isascii():
            slug = ascii_slug(slug or self.data.get("title", ""))
        return slug
