"""Admin forms shared by every page type."""

from wagtail.admin.forms import WagtailAdminPageForm

from website.text import ascii_slug


class BasePageForm(WagtailAdminPageForm):
    """The page form with an ASCII slug made from the title when left empty.

    Wagtail's JavaScript fills the slug as the editor types; this does the same
    on the server, so a page saved without JavaScript (or with a Vietnamese
    slug pasted in) still gets "de-an-khuyen-cong" for "Đề án khuyến công".
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if not slug or not slug.isascii():
            slug = ascii_slug(slug or self.data.get("title", ""))
        return slug
