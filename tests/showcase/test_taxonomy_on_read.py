"""website.taxonomy (used by showcase and policies): taxonomy rows read in a page's
language, never rewritten."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from showcase.models import CaseStudyPage
from tests.showcase.conftest import make_case_study
from website.models import Province, Sector, SupportType
from website.taxonomy import in_language, in_language_sorted, translate_relations


def row(model, slug, locale):
    return model.objects.get(slug=slug, locale=locale)


@pytest.mark.django_db
def test_rows_of_any_language_read_in_the_asked_one(locale_vi, locale_en):
    rows = [row(Sector, "do-uong", locale_vi), None, row(Sector, "thu-cong-my-nghe", locale_en)]
    rows.append(row(SupportType, "dao-tao", locale_vi))
    with CaptureQueriesContext(connection) as queries:
        english = in_language(rows, locale_en.pk)
    assert len(queries) == 2  # one per model with rows to translate
    assert [r and r.name for r in english] == [
        "Beverages",
        None,
        "Handicrafts",
        "Vocational training and skills",
    ]
    assert english[2] is rows[2]
    with CaptureQueriesContext(connection) as queries:
        assert in_language(english, locale_en.pk) == english
    assert len(queries) == 0
    sorted_rows = in_language_sorted(
        [row(Sector, "thu-cong-my-nghe", locale_vi), row(Sector, "do-uong", locale_vi)],
        locale_en.pk,
    )
    assert [r.locale_id for r in sorted_rows] == [locale_en.pk, locale_en.pk]
    keys = [(r.sort_order, r.name) for r in sorted_rows]
    assert keys == sorted(keys)


@pytest.mark.django_db
def test_relations_read_translated_but_the_stored_keys_stay(index, locale_en):
    """A page holding Vietnamese rows reads English ones; saving it writes the stored
    ones back, and the English snippets keep their names."""
    page = make_case_study(index, province="dak-lak", sector="do-uong")
    vi_province = page.province
    page = CaseStudyPage.objects.select_related("province__region", "sector").get(pk=page.pk)
    with CaptureQueriesContext(connection) as queries:
        translate_relations([page], "province", "province.region", "sector", locale_id=locale_en.pk)
    assert len(queries) == 2  # provinces (with their regions), sectors
    assert (page.province.name, page.province.region.name) == ("Dak Lak", "Central Highlands")
    assert page.sector.name == "Beverages"
    assert page.province_id == vi_province.pk
    page.save()
    page.refresh_from_db()
    assert page.province_id == vi_province.pk and page.province.name == "Đắk Lắk"
    assert row(Province, "dak-lak", locale_en).name == "Dak Lak"


def test_the_editor_shows_an_english_copy_its_english_rows(index, home_en, locale_en):
    """An English copy holds the Vietnamese rows; its form offers English rows only, so
    it shows (and saves) their translations instead of an empty province and no kinds
    of support."""
    page = make_case_study(index, province="dak-lak", sector="do-uong", supports=["tu-van"])
    index.copy_for_translation(locale_en).save_revision().publish()
    english = CaseStudyPage.objects.get(pk=page.copy_for_translation(locale_en).pk)
    assert english.province.locale_id == page.locale_id  # the stored, Vietnamese row
    form_class = CaseStudyPage.get_edit_handler().get_form_class()
    form = form_class(instance=english, parent_page=english.get_parent(), for_user=None)
    assert form.initial["province"] == row(Province, "dak-lak", locale_en).pk
    assert form.initial["sector"] == row(Sector, "do-uong", locale_en).pk
    assert form.initial["support_types"] == [row(SupportType, "tu-van", locale_en).pk]
    assert form["province"].value() in {p.pk for p in form.fields["province"].queryset}
