"""website.pagination.ListPaginator: the one paginator of the listings."""

import pytest
from django.http import Http404

from website.pagination import ListPaginator, page_or_404


class CountedList(list):
    """A list that counts its count() calls and slices like a queryset."""

    counted = 0

    def count(self):
        CountedList.counted += 1
        return len(self)

    def __getitem__(self, key):
        found = super().__getitem__(key)
        return CountedList(found) if isinstance(key, slice) else found


def test_a_plain_list_pages_like_djangos_paginator():
    paginator = ListPaginator(list(range(45)), 20)
    assert paginator.count == 45
    assert paginator.num_pages == 3
    assert list(page_or_404(paginator, None).object_list) == list(range(20))
    assert not paginator.capped


def test_a_known_count_is_not_counted_again():
    rows = CountedList(range(45))
    CountedList.counted = 0
    paginator = ListPaginator(rows, 20, count=45)
    assert paginator.num_pages == 3
    assert CountedList.counted == 0


def test_the_count_stops_at_the_cap():
    paginator = ListPaginator(CountedList(range(500)), 20, max_pages=3)
    assert paginator.count == 60
    assert paginator.capped
    assert paginator.num_pages == 3


def test_under_the_cap_the_narrow_list_lists_the_page():
    walk, narrow = CountedList(range(30)), CountedList(range(100, 130))
    paginator = ListPaginator(walk, 20, max_pages=3, count_queryset=narrow, narrow_list=narrow)
    assert list(paginator.page(2).object_list) == list(range(120, 130))
    assert not paginator.capped


@pytest.mark.parametrize("number", ["0", "4", "abc"])
def test_no_such_page_is_a_404(number):
    with pytest.raises(Http404):
        page_or_404(ListPaginator(list(range(45)), 20), number)
