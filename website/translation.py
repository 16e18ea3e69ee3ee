"""Translation with wagtail-localize: which fields are copied, not translated.

A model lists the fields that must never differ between languages (numbers,
dates, money, choices, images, contacts, relations to pages) in
``override_translatable_fields = synchronized("year_start", ...)``; wagtail-localize
copies them from the Vietnamese source whenever the translation is synced, and
the translation editor shows them read-only unless the editor overrides one.
Foreign keys to translatable snippets (category, author, province, …) stay
translatable: the English page points at the English translation of the snippet.
"""

from wagtail_localize.fields import SynchronizedField


def synchronized(*names, base=()):
    """[SynchronizedField(name), …] after the fields of ``base`` (a parent's list)."""
    return [*base, *(SynchronizedField(name) for name in names)]
