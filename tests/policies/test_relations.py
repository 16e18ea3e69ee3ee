"""Replaces / amends links show on both documents."""

import pytest
import time_machine


@pytest.mark.django_db
@time_machine.travel("2026-06-01 09:00 +0700")
def test_amends_shows_both_ways(client, library):
    decree = client.get(library["decree"].url).content.decode()
    assert "Được sửa đổi, bổ sung bởi" in decree
    assert "235/2025/NĐ-CP" in decree
    assert "Còn hiệu lực, đã được sửa đổi một phần" in decree
    amending = client.get(library["amending"].url).content.decode()
    assert "Sửa đổi, bổ sung" in amending
    assert "45/2012/NĐ-CP" in amending
    assert library["decree"].url in amending


@pytest.mark.django_db
@time_machine.travel("2026-06-01 09:00 +0700")
def test_replaces_shows_both_ways(client, library):
    old = client.get(library["old_programme"].url).content.decode()
    assert "Bị thay thế bởi" in old
    assert library["programme"].url in old
    assert "Hết hiệu lực" in old
    new = client.get(library["programme"].url).content.decode()
    assert "Thay thế" in new
    assert library["old_programme"].url in new


@pytest.mark.django_db
def test_related_documents_groups(library):
    assert library["decree"].related_documents()["amended_by"] == [library["amending"]]
    assert library["amending"].related_documents()["amends"] == [library["decree"]]
    assert library["old_programme"].related_documents()["replaced_by"] == [library["programme"]]
    assert library["programme"].related_documents()["replaces"] == [library["old_programme"]]
