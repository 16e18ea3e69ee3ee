"""Exact identifiers first: pinned pages, then the rest, through pagination and facets."""

from django.core.paginator import Paginator

from website.search import PinnedResults


class FakeResults:
    supports_facet = True

    def __init__(self, items):
        self.items = items

    def count(self):
        return len(self.items)

    def __getitem__(self, key):
        return self.items[key]

    def facet(self, field_name):
        counts = {}
        for item in self.items:
            counts[getattr(item, field_name)] = counts.get(getattr(item, field_name), 0) + 1
        return counts

    def __iter__(self):
        return iter(self.items)


class Item:
    def __init__(self, name, content_type_id):
        self.name = name
        self.content_type_id = content_type_id

    def __repr__(self):
        return self.name


def test_pinned_pages_come_first_on_every_page_slice():
    pinned = [Item("p1", 1), Item("p2", 1)]
    rest = FakeResults([Item(f"r{i}", 2) for i in range(7)])
    results = PinnedResults(pinned, rest)
    assert results.count() == 9
    assert [i.name for i in results[0:3]] == ["p1", "p2", "r0"]
    assert [i.name for i in results[3:6]] == ["r1", "r2", "r3"]
    assert results[1].name == "p2"
    assert results.facet("content_type_id") == {1: 2, 2: 7}
    paginator = Paginator(results, 4)
    assert [i.name for i in paginator.page(3)] == ["r6"]
    assert paginator.num_pages == 3
