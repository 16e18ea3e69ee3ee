"""Bulk loads (the demo content, the archive import): many pages saved and published
in one command, with the work each publish triggers done once at the end.

Inside ``bulk_load()``:

- the search index and Wagtail's reference index ("usage" in the admin) are updated
  once per saved object on the way out, not at each of the three saves of a page
  (created, revision, published);
- no page is pre-rendered for its renditions (``website.renditions``);
- the page cache expires once, on the way out, not at every publish;
- ``loading()`` is true: apps whose signal handlers act on a publish for readers (the
  e-mail alerts) read it and stay quiet: ten thousand archive articles are not news.

It disconnects process-wide signal handlers: for management commands, never inside a
request. Deletions are not deferred (their handlers stay connected).
"""

import contextlib
import threading

from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save

from website import renditions
from website.page_cache import bump_version

_state = threading.local()


def loading():
    """True inside ``bulk_load()`` (in this thread)."""
    return getattr(_state, "depth", 0) > 0


@contextlib.contextmanager
def bulk_load(reason="bulk load"):
    """Inside, publishing is quiet and the follow-up work waits for the end (above).
    Nested blocks join the outermost one."""
    if loading():
        yield
        return
    _state.depth = 1
    try:
        with renditions.suspended(), indexes_updated_at_the_end():
            yield
    finally:
        _state.depth = 0
        bump_version(reason)


@contextlib.contextmanager
def indexes_updated_at_the_end():
    """Update the search index and Wagtail's reference index once per object, at the end.

    Saving a page, saving its revision and publishing it each save the page, and every
    save re-indexes it for search and for references: a demo load did that some 1,700
    times for a few hundred objects. Inside this block the two post_save handlers are
    disconnected and the saved objects noted; on the way out each noted object that
    still exists is indexed once, by the same functions the handlers call.
    """
    searched = [
        model for model in get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    referenced = list(ReferenceIndex.tracked_models)
    saved = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = None

    for model in searched:
        post_save.disconnect(search_post_save, sender=model)
    for model in referenced:
        post_save.disconnect(update_reference_index_on_save, sender=model)
    post_save.connect(note, weak=False, dispatch_uid="kcqg-bulk-indexes")
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid="kcqg-bulk-indexes")
        for model in searched:
            post_save.connect(search_post_save, sender=model)
        for model in referenced:
            post_save.connect(update_reference_index_on_save, sender=model)
    searched, referenced = set(searched), set(referenced)
    for model, pk in saved:
        if model not in searched and model not in referenced:
            continue
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if model in searched:
            search_index.insert_or_update_object(instance)
        if model in referenced:
            ReferenceIndex.create_or_update_for_object(instance)
