"""Validity status from the dates and from the documents that replace or amend one."""

import datetime

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
