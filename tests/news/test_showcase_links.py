"""News serves the showcase: case studies count their readers and show related news."""

import pytest

from tests.showcase.conftest import make_case_study


@pytest.fixture
def case_index(home):
    from showcase.factories import CaseStudyIndexPageFactory

    return CaseStudyIndexPageFactory(parent=home, title="Mô hình trình diễn", slug="mo-hinh")


@pytest.mark.django_db
def test_a_read_of_a_case_study_raises_its_view_count(client, case_index):
    case_study = make_case_study(case_index, title="Lò sấy chè", province="thai-nguyen")
    html = client.get(case_study.url).content.decode()
    assert f'data-view-beacon="/views/{case_study.pk}/"' in html
    response = client.post(f"/views/{case_study.pk}/", HTTP_USER_AGENT="Mozilla/5.0 Firefox")
    assert response.status_code == 204
    case_study.refresh_from_db()
    assert case_study.view_count == 1
    # Read again by the same browser within 30 minutes: still one.
    client.post(f"/views/{case_study.pk}/", HTTP_USER_AGENT="Mozilla/5.0 Firefox")
    case_study.refresh_from_db()
    assert case_study.view_count == 1


@pytest.mark.django_db
def test_case_study_lists_news_about_its_province(client, case_index, make_article):
    make_article(
        "Thái Nguyên: máy sao chè giúp giảm công lao động",
        lead="Tin từ Thái Nguyên.",
        provinces=["thai-nguyen"],
    )
    make_article("Hội chợ ở Cần Thơ", lead="Tin khác.", provinces=["can-tho"])
    case_study = make_case_study(case_index, title="Lò sấy chè", province="thai-nguyen")
    html = client.get(case_study.url).content.decode()
    assert "Tin tức liên quan" in html
    assert "máy sao chè giúp giảm công lao động" in html
    assert "Hội chợ ở Cần Thơ" not in html
