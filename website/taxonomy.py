"""Translatable snippets (the taxonomy: regions, provinces, sectors, support types) in a
page's language, translated on read.

A page keeps the rows it was saved with, whatever their language: the Vietnamese source
rows (a page copied for translation, a many-to-many field wagtail-localize copies as it
is), or their English translations (a foreign key wagtail-localize translated, the demo
loader). Nothing swaps them on save, so saving or translating a page never touches the
taxonomy; reading translates:

    in_language(objects, locale_id) -> [each row in that locale where translated, else itself]
    translate_relations(instances, "province", "province.region", "sector", locale_id=None)

``translate_relations`` puts the translated rows in the instances' relation caches (the
field's ``set_cached_value``, as ``select_related`` does): ``page.province`` reads the
English row on an English page while ``page.province_id`` keeps the stored one, so a
later ``save()`` writes what was stored. Each instance is translated into its own
locale unless ``locale_id`` is given.

Filters compare translation keys (``province__translation_key=row.translation_key``,
slugs are the same in every language too), so a page matches a filter row of any
language. Either function costs one query per model whose rows are not already in the
locale, and none when they all are.
"""

from collections import defaultdict


def in_language(objects, locale_id, select_related=()):
    """``objects`` (rows of translatable models, any language; None stays None) each in
    the locale ``locale_id`` when a translation exists, else as given; same order."""
    objects = list(objects)
    keys = defaultdict(set)
    for obj in objects:
        if obj is not None and obj.locale_id != locale_id:
            keys[obj._meta.concrete_model].add(obj.translation_key)
    if not keys:
        return objects
    found = {}
    for model, wanted in keys.items():
        rows = model.objects.filter(translation_key__in=wanted, locale_id=locale_id)
        for row in rows.select_related(*select_related):
            found[model, row.translation_key] = row
    return [
        obj if obj is None else found.get((obj._meta.concrete_model, obj.translation_key), obj)
        for obj in objects
    ]


def translate_relations(instances, *paths, locale_id=None):
    """Read the forward relations at ``paths`` ("province", then "province.region") of
    each instance as rows in the instance's locale (or ``locale_id``). In place; returns
    the instances as a list."""
    instances = [instance for instance in instances if instance is not None]
    for path in sorted(paths, key=lambda p: p.count(".")):
        *parents, name = path.split(".")
        nested = [p[len(path) + 1 :] for p in paths if p.startswith(path + ".")]
        nested = [p.replace(".", "__") for p in nested]
        by_locale = defaultdict(list)
        for instance in instances:
            holder = instance
            for parent in parents:
                holder = getattr(holder, parent, None) if holder is not None else None
            if holder is not None:
                target = instance.locale_id if locale_id is None else locale_id
                by_locale[target].append(holder)
        for target, holders in by_locale.items():
            current = [getattr(holder, name) for holder in holders]
            translated = in_language(current, target, select_related=nested)
            for holder, old, new in zip(holders, current, translated, strict=True):
                if new is not old:
                    holder._meta.get_field(name).set_cached_value(holder, new)
    return instances


def in_language_sorted(objects, locale_id):
    """``in_language``, ordered as the taxonomy is (sort order, then name)."""
    return sorted(in_language(objects, locale_id), key=lambda obj: (obj.sort_order, obj.name))
