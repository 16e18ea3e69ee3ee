"""Validity status from the dates and from the documents that replace or amend one."""

import datetime
import re

import pytest
import time_machine

from policies.factories import make_policy
from policies.models import PolicyPage, PolicyRelation, Status

D = datetime.date


def statuses(library, today):
    return {name: page.status(today) for name, page in library.items()}


@pytest.mark.django_db
def test_status_across_dates(library):
    # Before the decree took effect (issued 21/05/2012, in effect 10/07/2012).
    assert library["decree"].status(D(2012, 6, 1)) == Status.NOT_YET
    assert library["decree"].status(D(2012, 7, 10)) == Status.IN_FORCE
    # The amending decree takes effect on 15/10/2025: from then the decree is partly amended.
    assert library["decree"].status(D(2025, 10, 14)) == Status.IN_FORCE
    assert library["decree"].status(D(2025, 10, 15)) == Status.AMENDED
    assert library["amending"].status(D(2025, 9, 1)) == Status.NOT_YET
    # 1881 replaces 1288 from its issue date (no effective date given).
    assert library["old_programme"].status(D(2020, 11, 23)) == Status.IN_FORCE
    assert library["old_programme"].status(D(2020, 11, 24)) == Status.EXPIRED
    # An expiry date ends validity on that day.
    assert library["programme"].status(D(2029, 12, 31)) == Status.IN_FORCE
    assert library["programme"].status(D(2030, 1, 1)) == Status.EXPIRED


@pytest.mark.django_db
def test_status_follows_a_frozen_clock(library):
    with time_machine.travel(datetime.datetime(2013, 1, 1, 12, tzinfo=datetime.UTC)):
        page = PolicyPage.objects.get(pk=library["decree"].pk)
        assert page.current_status == Status.IN_FORCE
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)):
        page = PolicyPage.objects.get(pk=library["decree"].pk)
        assert page.current_status == Status.AMENDED
        assert page.is_in_force


@pytest.mark.django_db
def test_a_draft_that_replaces_changes_nothing(policy_index, library):
    make_policy(
        policy_index,
        title="Bản nháp thay thế",
        slug="ban-nhap",
        document_number="99/2026/NĐ-CP",
        issue_date=D(2026, 1, 1),
        relations=[(PolicyRelation.Kind.REPLACES, library["hanoi"])],
        live=False,
    )
    assert library["hanoi"].status(D(2026, 6, 1)) == Status.IN_FORCE


@pytest.mark.django_db
def test_replacement_in_another_language_counts(policy_index, library, home_en, locale_en):
    """Relations are matched by translation key: an English page has the same status."""
    english = library["old_programme"].copy_for_translation(locale_en, copy_parents=True)
    english.save_revision().publish()
    english.refresh_from_db()
    assert english.specific.status(D(2026, 6, 1)) == Status.EXPIRED


@pytest.mark.django_db
def test_status_follows_the_replacing_document_when_it_changes(library):
    """The relation dates behind the status are kept when the other document changes."""
    old, programme = library["old_programme"], library["programme"]
    assert old.status(D(2021, 6, 1)) == Status.EXPIRED

    # It takes effect later than issued: the old programme stays in force until then.
    programme = PolicyPage.objects.get(pk=programme.pk)
    programme.effective_date = D(2022, 1, 1)
    programme.save_revision().publish()
    assert old.status(D(2021, 6, 1)) == Status.IN_FORCE
    assert old.status(D(2022, 1, 1)) == Status.EXPIRED

    # Unpublished: it replaces nothing.
    programme.unpublish()
    assert old.status(D(2026, 6, 1)) == Status.IN_FORCE
    programme.save_revision().publish()
    assert old.status(D(2026, 6, 1)) == Status.EXPIRED

    # The relation removed and published: in force again.
    programme = PolicyPage.objects.get(pk=programme.pk)
    programme.relations = []
    programme.save_revision().publish()
    assert old.status(D(2026, 6, 1)) == Status.IN_FORCE


@pytest.mark.django_db
def test_deleting_the_amending_document_restores_the_status(library):
    decree = library["decree"]
    assert decree.status(D(2026, 6, 1)) == Status.AMENDED
    library["amending"].delete()
    assert decree.status(D(2026, 6, 1)) == Status.IN_FORCE
    assert PolicyPage.objects.get(pk=decree.pk).amended_from is None


# -- A programme past its last year (1881/QĐ-TTg, 2021-2025) --------------------------


@pytest.fixture
def programme_2021_2025(policy_index, issuers):
    from policies.factories import support_item

    return make_policy(
        policy_index,
        title="Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025",
        slug="quyet-dinh-1881",
        document_number="1881/QĐ-TTg",
        issuing_body=issuers["ttg"],
        issue_date=D(2020, 11, 24),
        period_end_year=2025,
        items=[support_item("may-moc-thiet-bi", "Máy móc thiết bị tiên tiến", cost_share=30)],
    )


def test_a_programme_ends_with_its_last_year(programme_2021_2025):
    from policies.models import status_conditions

    page = programme_2021_2025
    for day, expected in [
        (D(2020, 11, 23), Status.NOT_YET),
        (D(2020, 11, 24), Status.IN_FORCE),
        (D(2025, 12, 31), Status.IN_FORCE),
        (D(2026, 1, 1), Status.EXPIRED),
        (D(2026, 12, 4), Status.EXPIRED),
    ]:
        assert page.status(day) == expected, day
        # The rule in Python (search results, the page) agrees with the finder's SQL.
        assert page.status_from_row(day) == expected, day
        rows = PolicyPage.objects.filter(pk=page.pk)
        assert rows.filter(status_conditions(day)[expected]).exists(), day


DECEMBER_2026 = "2026-12-04 09:00 +0700"


def test_past_programme_is_expired_everywhere_and_amended_decree_in_force(client, library):
    """In December 2026, 1881/QĐ-TTg (2021-2025) is "Hết hiệu lực" on its page, in the
    finder, the guided form, search and the API; 45/2012/NĐ-CP, partly amended, stays
    under the finder's "Còn hiệu lực" filter as in the guided form."""
    programme_2021_2025 = library["programme"]  # 1881/QĐ-TTg
    programme_2021_2025.expiry_date = None
    programme_2021_2025.period_end_year = 2025
    programme_2021_2025.save_revision().publish()
    with time_machine.travel(DECEMBER_2026, tick=False):
        page = client.get(programme_2021_2025.url).content.decode()
        finder = client.get("/chinh-sach/", {"status": "con-hieu-luc"}).content.decode()
        guide = client.get(
            "/chinh-sach/toi-duoc-ho-tro-gi/", {"needs": "may-moc-thiet-bi"}
        ).content.decode()
        search = client.get("/tim-kiem/", {"q": "1881/QĐ-TTg"}).content.decode()
        api = client.get(
            f"/api/v2/pages/{programme_2021_2025.pk}/?fields=status,document_number"
        ).json()
    assert '<span class="policy-status policy-status--het-hieu-luc">Hết hiệu lực</span>' in page
    assert "policy-status--con-hieu-luc" not in page
    finder_numbers = re.findall(r'policy-result__number">([^<]+)<', finder)
    guide_numbers = re.findall(r'policy-result__number">([^<]+)<', guide)
    assert "1881/QĐ-TTg" not in finder_numbers and "1881/QĐ-TTg" not in guide_numbers
    assert "45/2012/NĐ-CP" in finder_numbers and "45/2012/NĐ-CP" in guide_numbers
    meta = re.search(r'<p class="search-result__meta">(.*?)</p>', search, re.S).group(1)
    assert "1881/QĐ-TTg" in meta and "Hết hiệu lực" in meta
    assert api["status"] == {"code": "het-hieu-luc", "label": "Hết hiệu lực"}
    with time_machine.travel("2025-12-31 09:00 +0700", tick=False):
        finder = client.get("/chinh-sach/", {"status": "con-hieu-luc"}).content.decode()
    assert "1881/QĐ-TTg" in re.findall(r'policy-result__number">([^<]+)<', finder)


def test_end_year_before_the_start_is_refused(policy_index):
    from django.core.exceptions import ValidationError

    page = PolicyPage(
        title="Kế hoạch", document_number="1/KH", issue_date=D(2024, 1, 1), period_end_year=2023
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "period_end_year" in error.value.message_dict
