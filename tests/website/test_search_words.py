"""Issue #21: spelling variants, filler words, English stems, the editors' synonyms,
highlights of what the ranking matched, and what pages index (readers' text, not
block settings)."""

import unicodedata

import pytest

from website.blocks import CalloutBlock, CaptionedImageBlock
from website.search import highlight, index_text, plan_search, query_words
from website.search_words import (
    canonical_word,
    english_index_text,
    synonym_groups,
)


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (["hoá", "hóa", "HOÁ", "Hóa"], "hóa"),
        (["thuỷ", "thủy"], "thủy"),
        (["khoẻ", "khỏe"], "khỏe"),
        (["kĩ", "kỹ"], "kĩ"),
        (["mĩ", "mỹ"], "mĩ"),
        (["lí", "lý"], "lí"),
        (["quý", "quí"], "quí"),
        (["tỉ", "tỷ"], "tỉ"),
        ([unicodedata.normalize("NFD", "Khánh"), "khánh"], "khánh"),
    ],
)
def test_spelling_variants_are_one_word(variants, canonical):
    assert {canonical_word(variant) for variant in variants} == {canonical}


@pytest.mark.parametrize("word", ["tuy", "túi", "y", "ý", "hoàng", "huyền", "khuya", "hòa"])
def test_other_words_keep_their_spelling(word):
    assert canonical_word(word) == word


def test_query_and_index_agree_on_variants():
    assert query_words("Kỹ thuật chuẩn hoá") == ["kĩ", "thuật", "chuẩn", "hóa"]
    assert (
        index_text("Kỹ thuật chuẩn hoá")
        == index_text("kĩ thuật chuẩn hóa")
        == ("ki thuat chuan hoa")
    )


def test_english_index_text_has_stems_and_joined_forms():
    words = english_index_text("Hydraulic presses for a co-operative").split()
    assert {"press", "cooper", "co", "oper", "hydraul"} <= set(words)


@pytest.mark.django_db
def test_filler_words_need_not_match():
    plan = plan_search("hồ sơ đề nghị hỗ trợ gồm những gì")
    kind, query = plan.tiers[-1]
    assert kind == "partial"
    # "những", "gì" are not units to match; "gồm" (a content word) is.
    assert [unit[0] for unit in plan.units] == [
        ("ho",),
        ("so",),
        ("de",),
        ("nghi",),
        ("ho",),
        ("tro",),
        ("gom",),
    ]


@pytest.mark.django_db
def test_synonyms_take_effect_when_saved_without_a_restart():
    from website.models import SearchSynonym

    assert (("dak", "lak"), ("daklak",), ("dac", "lac"), ("dak", "lac")) in synonym_groups()
    synonym = SearchSynonym.objects.create(terms="Bát Xát\nBatxat")
    assert (("bat", "xat"), ("batxat",)) in synonym_groups()
    synonym.terms = "Bát Xát, Bat-Xat, Batxat"
    synonym.save()
    assert (("bat", "xat"), ("batxat",)) in synonym_groups()  # "Bat-Xat" folds to "bat xat"
    plan = plan_search("Batxat")
    assert "bat xat" in repr(plan.tiers[0][1])
    synonym.delete()
    assert not any(("batxat",) in group for group in synonym_groups())


@pytest.mark.django_db
def test_a_lone_letter_is_no_prefix_but_the_last_of_several_words_is():
    assert [kind for kind, _query in plan_search("a").tiers] == ["all"]
    assert "prefix" in [kind for kind, _query in plan_search("mắc c").tiers]
    assert "prefix" in [kind for kind, _query in plan_search("qu").tiers]


@pytest.mark.django_db
def test_english_filler_words_and_the_title_tier():
    plan = plan_search("how do I apply for support", "en")
    kind, query = plan.tiers[0]
    assert kind == "all" and query.folded.query_string == "appli support"
    weights = {type(bonus).__name__: weight for bonus, weight in query.bonuses}
    # No as-typed tier for an inflection ("apply" / "appli"); the phrase and the title.
    assert weights == {"Phrase": 2.0, "InTitle": 1.0}
    # Diacritics typed: the as-typed tier, the phrase, the title.
    _kind, query = plan_search("hợp tác xã").tiers[0]
    assert [weight for _bonus, weight in query.bonuses] == [4.0, 2.0, 1.0]


@pytest.mark.django_db
def test_highlight_marks_only_what_the_ranking_matched():
    html = highlight("Khánh Hòa và tỉnh Thanh Hóa", "Thanh Hóa")
    assert "<mark>Thanh</mark> <mark>Hóa</mark>" in html
    assert "<mark>Hòa</mark>" not in html
    html = highlight("chế biến, sấy dẻo, bớt lo; lò sấy chè", "lò sấy chè")
    assert "<mark>chế</mark>" not in html and "<mark>lo</mark>" not in html
    assert "<mark>lò</mark> <mark>sấy</mark> <mark>chè</mark>" in html
    # Typed without diacritics: every spelling is a match.
    assert "<mark>Hòa</mark>" in highlight("Khánh Hòa", "khanh hoa")
    # A variant is the same word.
    assert "<mark>kỹ</mark>" in highlight("kỹ thuật", "kĩ thuật")


def test_block_settings_are_not_indexed_and_captions_are():
    block = CaptionedImageBlock()
    value = block.to_python(
        {"image": None, "caption": "Lò sấy chè", "credit": "Ảnh: TTKC", "alignment": "full"}
    )
    content = " ".join(block.get_searchable_content(value))
    assert "Lò sấy chè" in content and "Ảnh: TTKC" in content
    assert "toàn chiều rộng" not in content
    callout = CalloutBlock()
    value = callout.to_python({"title": "Lưu ý", "text": "<p>Hạn nộp</p>", "style": "important"})
    content = " ".join(callout.get_searchable_content(value))
    assert "Lưu ý" in content and "quan trọng" not in content


@pytest.mark.django_db
def test_the_lead_image_is_indexed_as_readers_see_it():
    from news.models import NewsArticlePage
    from website.search import searchable_text

    names = {getattr(field, "field_name", None) for field in NewsArticlePage.get_search_fields()}
    assert {"hero_caption", "hero_credit", "hero_alt_text"} <= names
    page = NewsArticlePage(
        title="Tin", hero_alt="Thợ gốm bên lò", hero_caption="Lò nung mới", hero_credit="Ảnh: TTKC"
    )
    text = searchable_text(page, related=False)
    # (The alt text is read with its image: none here.)
    assert "Lò nung mới" in text and "Ảnh: TTKC" in text
