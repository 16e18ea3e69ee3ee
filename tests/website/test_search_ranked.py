"""The compact list of ranked matches shared by the SQLite and PostgreSQL backends."""

import uuid

from website.search_backends.ranked import Ranked


def test_each_object_once_at_its_best_place_with_slices_and_type_counts():
    ranked = Ranked(iter([(7, 1), (3, 2), (7, 2), (5, 1), (3, 1), (9, 4)]))
    assert len(ranked) == 4
    assert ranked[:] == [(7, 1), (3, 2), (5, 1), (9, 4)]
    assert ranked[1:3] == [(3, 2), (5, 1)]
    assert ranked[10:] == []
    assert ranked.type_counts() == {1: 2, 2: 1, 4: 1}


def test_keys_that_are_not_integers_are_kept_too():
    first, second = uuid.uuid4(), uuid.uuid4()
    ranked = Ranked([(1, 3), (first, 3), (second, 5), (first, 5)])
    assert ranked[:] == [(1, 3), (first, 3), (second, 5)]
    assert ranked.type_counts() == {3: 2, 5: 1}


def test_no_matches():
    ranked = Ranked([])
    assert len(ranked) == 0 and ranked[0:20] == [] and not ranked.type_counts()


def test_bounded_slices_read_past_the_candidates_in_the_cheap_order():
    """The candidates (reranked with the bonuses) come first; a slice past them asks
    ``more(offset, limit)`` for the rest, and the counts are the database's."""
    from website.search_backends.ranked import BoundedRanked

    asked = []

    def more(offset, limit):
        asked.append((offset, limit))
        return [(100 + offset + n, 1) for n in range(limit)]

    ranked = BoundedRanked([(5, 1), (9, 2), (5, 2), (7, 1)], {1: 40, 2: 10, 3: 0}, more)
    assert len(ranked) == 50
    assert ranked.type_counts() == {1: 40, 2: 10}
    assert ranked[0:2] == [(5, 1), (9, 2)] and asked == []
    assert ranked[2:5] == [(7, 1), (103, 1), (104, 1)]
    assert asked == [(3, 2)]
    assert ranked[48:60] == [(148, 1), (149, 1)]
    assert BoundedRanked([], {})[0:10] == []
