"""website.querystring.QueryFilters, the listing filters of the showcase, the news and
the policy finder: what a bad value does, what is echoed back."""

from django.http import QueryDict

from website.querystring import IGNORE, SLUG, QueryFilters

OPTIONS = {"a": "Option A", "b": "Option B"}


def filters(query):
    return QueryFilters(QueryDict(query))


def test_a_known_choice_is_kept_and_echoed():
    f = filters("x=a&page=3")
    assert f.choice("x", OPTIONS, "x") == "Option A"
    assert f.values == {"x": "a"} and not f.messages and not f.no_match
    assert f.query_string(page=2) == "x=a&page=2"
    assert f.query_string(x=None) == ""


def test_an_unknown_choice_matches_nothing_or_is_ignored():
    f = filters("x=zz&y=zz&z=a%25")
    assert f.choice("x", OPTIONS, "lựa chọn") is None
    assert f.no_match and f.messages == ["Không có lựa chọn “zz”; không có kết quả nào phù hợp."]
    assert f.choice("y", OPTIONS.get, "y", unknown=IGNORE, message="no %(value)s") is None
    assert f.ignored == ["y"] and f.messages[-1] == "no zz"
    assert f.choice("z", {"a%": 1}, "z", pattern=SLUG) is None  # not a slug: not looked up
    assert f.values == {} and f.active()


def test_repeated_choices_keep_the_known_ones():
    f = filters("s=a&s=zz&s=b&s=a&s=")
    assert f.choices("s", OPTIONS, "s", limit=5) == ["Option A", "Option B"]
    # The unknown value and the repeated one are ignored (the finder says so).
    assert f.ignored == ["s", "s"] and f.values == {"s": ["a", "b"]}
    assert f.query_string() == "s=a&s=b"
    assert not f.messages and not f.no_match


def test_values_past_the_limit_are_ignored():
    f = filters("s=a&s=b&s=c")
    assert f.choices("s", {"a": 1, "b": 2, "c": 3}, limit=2) == [1, 2]
    assert f.ignored == ["s"] and f.refused == ["s"] and f.values == {"s": ["a", "b"]}


def test_refused_names_every_refused_parameter_whatever_it_does():
    f = filters("x=zz&year=abc&n=5")
    f.choice("x", OPTIONS)
    f.integer("year", None, 1900, 2100, invalid="no_match", message="bad year")
    f.integer("n", None, 0, 10)
    assert f.refused == ["x", "year"] and f.ignored == [] and f.no_match
    assert f.messages[-1] == "bad year"


def test_a_year_takes_no_digit_group_separators():
    assert filters("year=2.024").integer("year", "năm", 1900, 2100, grouped=False) is None
    assert filters("year=2.024").integer("year", "năm", 1900, 2100) == 2024


def test_numbers_bounds_ranges_and_page():
    f = filters("year=1.999&low=900&high=5&bad=12x&page=0")
    assert f.integer("year", "năm", 1990, 2100) == 1999
    assert f.integer("bad", "số", 0, 10) is None and f.messages == [
        "Bỏ qua số “12x”: cần một số từ 0 đến 10."
    ]
    assert f.integer_range("low", "high", ("từ", "đến"), 0, 1000, swapped_message="swap") == (
        5,
        900,
    )
    assert f.messages[-1] == "swap" and (f.values["low"], f.values["high"]) == (5, 900)
    assert f.page_number() == 1 and filters("page=7").page_number() == 7


def test_an_unknown_option_gives_the_default_with_a_message():
    f = filters("sort=zz")
    assert f.option("sort", {"new": 1}, "new", message="no %(value)s") == "new"
    assert f.messages == ["no zz"] and "sort" not in f.values
    g = filters("sort=new")
    assert g.option("sort", {"new": 1}, "old", message="") == "new"
    assert not g.active(ignore=("sort",)) and g.active()
    h = filters("sort=zz")
    assert h.option("sort", ("", "new"), "") == "" and not h.messages  # no message given
