"""Storage of the static files: WhiteNoise's hashed, compressed files, each URL worked
out once per process."""

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """``{% static %}`` asks the manifest for the hashed name and joins it to STATIC_URL
    on every call (~10 µs; a page has eight or more). The manifest does not change while
    the process runs, so each name's URL is kept after its first use. Names come from
    templates and code, a fixed set; a missing one raises as before and is not kept."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name, force=False):
        if force or settings.DEBUG:
            return super().url(name, force)
        try:
            return self._urls[name]
        except KeyError:
            url = self._urls[name] = super().url(name)
            return url
