"""Storage of the static files (WhiteNoise's hashed, compressed files, each URL worked
out once per process) and of uploads (a failed write leaves no file behind; each URL
worked out once per process too)."""

import contextlib
import contextvars
import logging
import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

logger = logging.getLogger(__name__)

# The names MediaStorage saved in the current upload request (see record_saved_files).
_saved = contextvars.ContextVar("kcqg_saved_media", default=None)

UNIQUE_FOLDER = "original_images"  # Wagtail's folder of uploaded images


class MediaWriteError(OSError):
    """Writing an uploaded file (or a rendition) failed; nothing of it is left on disk.
    ``errno`` is the operating system's (ENOSPC for a full disk)."""


class MediaStorage(FileSystemStorage):
    """Django's file system storage, but a write that fails (a full disk, a quota, an
    I/O error) removes what it had written, instead of leaving a partial or empty file
    that keeps the disk full, and raises ``MediaWriteError``.

    An uploaded image never takes a name used before: its name gets a random suffix
    (``photo_a1B2c3D.jpg``), as Django gives one only when the name is taken *now*, and
    a deleted image's name would be free again. The renditions' names start with the
    original's, so every image URL under /media/ stands for one content for ever and is
    served as immutable, cached for a year (website/views.py, serve_media)."""

    URLS_KEPT = 20_000  # then forgotten and worked out again: a bounded memory

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name):
        """Django's URL of ``name``, kept after its first use (joining it to MEDIA_URL
        costs ~10 µs, and a page shows tens of renditions): a name stands for one
        content for ever (above), and the key holds MEDIA_URL as it is now."""
        key = (self.base_url, name)
        try:
            return self._urls[key]
        except KeyError:
            if len(self._urls) >= self.URLS_KEPT:
                self._urls.clear()
            url = self._urls[key] = super().url(name)
            return url

    def get_available_name(self, name, max_length=None):
        if name.startswith(f"{UNIQUE_FOLDER}/"):
            root, extension = os.path.splitext(name)
            name = self.get_alternative_name(root, extension)
        return super().get_available_name(name, max_length)

    def _save(self, name, content):
        path = self.path(name)
        existed = os.path.lexists(path)
        try:
            saved = super()._save(name, content)
        except FileExistsError:
            raise
        except OSError as error:
            if not existed:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(path)
            raise MediaWriteError(error.errno, f"cannot write {name}: {error.strerror}") from error
        names = _saved.get()
        if names is not None:
            names.append(saved)
        return saved


@contextlib.contextmanager
def record_saved_files():
    """Collect the names MediaStorage saves inside the block: yields the list."""
    names = []
    token = _saved.set(names)
    try:
        yield names
    finally:
        _saved.reset(token)


def remove_saved_files(storage, names):
    """Delete files saved earlier in a request that failed; errors are only logged."""
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("could not remove %s after a failed upload", name)


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
