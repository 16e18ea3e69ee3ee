"""fold(), query cleaning and snippets: pure functions, no database."""

import pytest
from wagtail.search.query import MATCH_NONE, And, Phrase, PlainText

from website.search import (
    FoldedQuery,
    build_query,
    clean_query,
    fold,
    fold_query,
    highlight,
    index_text,
    query_words,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Khuyến công", "khuyen cong"),
        ("Đề án", "de an"),
        ("QUỐC GIA", "quoc gia"),
        ("QĐ-TTg", "qd-ttg"),
        ("Nghị định 45/2012/NĐ-CP", "nghi dinh 45/2012/nd-cp"),
        ("ưu đãi", "uu dai"),
        # NFD input (marks as separate code points) folds the same.
        ("Khuye\u0302\u0301n", "khuyen"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_clean_query_removes_nul_controls_and_lone_surrogates_and_truncates():
    assert clean_query("a\x00b\x07c\ud800d") == "a b cd"
    cleaned = clean_query("khuyến\x00công\ud800")
    assert "\x00" not in cleaned and "\ud800" not in cleaned
    assert len(clean_query("x" * 10_000)) == 200
    assert clean_query(["not", "a", "string"]) == ""
    assert clean_query("  nhiều   khoảng   trắng ") == "nhiều khoảng trắng"


def test_query_words_drop_syntax():
    assert query_words("1288/QĐ-TTg") == ["1288", "qđ", "ttg"]
    assert query_words('"đề án" OR * : -x NEAR(a b)') == ["đề", "án", "or", "x", "near", "a", "b"]
    assert query_words("'; DROP TABLE wagtailcore_page; --") == [
        "drop",
        "table",
        "wagtailcore",
        "page",
    ]
    assert query_words("***") == []


def test_build_query_as_typed_or_folded():
    query = build_query("Đề án khuyến công")
    assert isinstance(query, FoldedQuery)
    assert query.exact.query_string == "đề án khuyến công"
    assert query.folded.query_string == "de an khuyen cong"
    plain = build_query("khuyen cong")
    assert isinstance(plain, PlainText) and plain.query_string == "khuyen cong"
    assert build_query('"*"') is None


def test_fold_query_rewrites_the_admin_parsed_query():
    query = fold_query(And([PlainText("Khuyến"), Phrase('công "nghiệp')]))
    assert isinstance(query, And)
    assert isinstance(query.subqueries[0], FoldedQuery)
    assert query.subqueries[1].folded.query_string == "cong nghiep"
    assert fold_query("!!!") is MATCH_NONE


def test_index_text_is_folded_words():
    assert index_text("<b>Quyết định</b> 1288/QĐ-TTg") == "b quyet dinh b 1288 qd ttg"


@pytest.mark.django_db  # the editors' synonyms
def test_highlight_marks_words_with_and_without_diacritics():
    html = highlight("Đề án khuyến công năm 2024 <script>", "de an khuyen")
    assert "<mark>Đề</mark> <mark>án</mark> <mark>khuyến</mark> công" in html
    assert "&lt;script&gt;" in html
    long = "mở đầu " * 100 + "Khuyến công" + " phần sau" * 100
    snippet = highlight(long, "khuyến công")
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>Khuyến</mark> <mark>công</mark>" in snippet
