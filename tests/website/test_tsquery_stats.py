"""The estimate of a search's matches from the column's statistics
(website/search_backends/tsquery_stats.py), on PostgreSQL's text form of tsqueries."""

import pytest

from website.search_backends.tsquery_stats import estimate

# Shares as ANALYZE listed them at 100,000 articles (pg_stats.most_common_elems).
LISTED = {
    "tiết": 0.25,
    "kiệm": 0.26,
    "năng": 0.45,
    "lượng": 0.5,
    "tiet": 0.25,
    "kiem": 0.26,
    "nang": 0.45,
    "luong": 0.5,
    "tiet kiem": 0.196,
    "kiem nang": 0.2,
    "nang luong": 0.21,
    "may": 0.5,
    "say": 0.3,
    "may say": 0.207,
    "máy": 0.4,
    "sấy": 0.22,
    "khuyen cong": 0.997,
    "mo hinh": 0.997,
}


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # A phrase of words that go together: its rarest pair, where the planner's
        # independent product said 1.25 %.
        (
            "'lượng' & 'tiết' & 'kiệm' & 'năng' | 'tiet kiem' & 'kiem nang' & 'nang luong'"
            " & 'tiet' <-> 'kiem' <-> 'nang' <-> 'luong'",
            0.196,
        ),
        # The exact and the folded side of "máy sấy": the tighter one.
        ("'sấy' & 'máy' | 'may say'", 0.207),
        ("'khuyen cong'", 0.997),
        # A word the statistics do not list is rare: 0, the planner is asked.
        ("'mo hinh' & 'hinh trinh' & 'mo' <-> 'hinh' <-> 'trinh'", 0.0),
        ("'1288' & ( 'qd' | 'quyet dinh' ) & 'ttg'", 0.0),
        # A prefix or a negation: unknown, whatever the rest says.
        ("'xyzzy':*", None),
        ("'may' & 'sa':*", None),
        ("'may' & !'say'", None),
        ("( 'may' | 'say' ) <2> 'tiet kiem'", 0.196),
        ("'it''s' & 'a\\\\b':AB", 0.0),
        ("", 0.0),
    ],
)
def test_estimate(text, share):
    assert estimate(text, LISTED) == share


@pytest.mark.parametrize("text", ["'may' &", "( 'may'", "'may' )", "'may' 'say'", "&"])
def test_a_text_that_is_not_a_tsquery_is_refused(text):
    with pytest.raises(ValueError):
        estimate(text, LISTED)
