"""Admin wiring of the multimedia app: its structured data builders. The media library
itself (menu, chooser, collections and permissions) is wagtailmedia's."""

from . import structured_data  # noqa: F401  (registers the kcqg_structured_data builders)
