"""Page-tree rules, editor validation, the home section and the demo library."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from policies.factories import PolicyPageFactory
from policies.models import DocumentText, PolicyIndexPage, PolicyPage, PolicyRelation
from website.models import HomePage

pytestmark = pytest.mark.django_db


def test_page_tree_rules(home, policy_index):
    assert PolicyIndexPage.can_create_at(home) is False  # one per language
    assert PolicyPage.can_create_at(policy_index)
    assert not PolicyPage.can_create_at(home)
    assert PolicyIndexPage.parent_page_types == ["website.HomePage"]
    assert PolicyPage.subpage_types == []
    assert "policies.PolicyIndexPage" in {
        f"{m._meta.app_label}.{m.__name__}" for m in HomePage.allowed_subpage_models()
    }


def test_editor_can_create_a_policy_in_the_admin(client, policy_index, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(user)
    response = client.get(f"/admin/pages/add/policies/policypage/{policy_index.pk}/")
    assert response.status_code == 200
    assert "document_number" in response.content.decode()


def test_document_number_is_unique_per_language(policy_index, library):
    page = PolicyPageFactory.build(document_number=" 45/2012/NĐ-CP ", slug="trung")
    page.locale = policy_index.locale
    with pytest.raises(ValidationError) as error:
        policy_index.add_child(instance=page)
    assert "document_number" in error.value.message_dict


def test_dates_are_checked(policy_index):
    page = PolicyPageFactory.build(
        issue_date=datetime.date(2020, 1, 10), effective_date=datetime.date(2020, 1, 1)
    )
    with pytest.raises(ValidationError):
        policy_index.add_child(instance=page)


def test_a_document_cannot_relate_to_itself(library):
    relation = PolicyRelation(
        page=library["decree"], target=library["decree"], kind=PolicyRelation.Kind.AMENDS
    )
    with pytest.raises(ValidationError):
        relation.full_clean()


def test_home_page_leads_to_the_finder_and_the_guide(client, library):
    html = client.get("/").content.decode()
    assert 'href="/chinh-sach/"' in html
    assert 'href="/chinh-sach/toi-duoc-ho-tro-gi/"' in html


def test_demo_library(client):
    call_command("load_demo_content", verbosity=0)
    vi = PolicyPage.objects.live().filter(locale__language_code="vi")
    en = PolicyPage.objects.live().filter(locale__language_code="en")
    assert vi.count() >= 15
    assert en.count() * 3 >= vi.count()
    assert PolicyRelation.objects.filter(page__locale__language_code="vi").count() >= 5
    texts = DocumentText.objects.filter(outcome=DocumentText.Outcome.OK)
    assert texts.count() >= 3
    assert any("khuyến công" in t.text.lower() for t in texts)
    # The "done when" journey: machinery for a food-processing co-operative in Hà Nội.
    response = client.get(
        "/chinh-sach/?support=may-moc-thiet-bi&sector=che-bien-nong-lam-thuy-san"
        "&province=ha-noi&beneficiary=hop-tac-xa&status=con-hieu-luc&status=sua-doi-mot-phan"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "45/2012/NĐ-CP" in html
    assert "MH-10/2024/QĐ-UBND" in html
    assert "MH-15/2023/QĐ-UBND" not in html  # Thanh Hóa's rule
    page = client.get("/chinh-sach/quy-dinh-khuyen-cong-ha-noi/").content.decode()
    assert "Máy móc chế biến, bảo quản nông sản" in page
    assert "quy-dinh-khuyen-cong-ha-noi-minh-hoa.pdf" in page
    # English pages reference English snippets.
    english = en.get(document_number="45/2012/ND-CP")  # English spelling: no Đ
    assert {s.locale.language_code for s in english.support_types.all()} == {"en"}
    assert english.issuing_body.locale.language_code == "en"
    assert "Decree on industrial promotion" in client.get(english.url).content.decode()


def test_demo_documents_and_questions_agree(client):
    """In December 2026 the demo's 2021-2025 programme is over; the FAQ quotes the
    machinery shares the documents give; a handicraft household is offered no item
    written for food or farm-produce processors."""
    import re

    import time_machine

    from website.models import StandardPage

    call_command("load_demo_content", verbosity=0)
    with time_machine.travel("2026-12-04 09:00 +0700", tick=False):
        page = client.get("/chinh-sach/quyet-dinh-1881-qd-ttg/").content.decode()
        guide = client.get(
            "/chinh-sach/toi-duoc-ho-tro-gi/",
            {"kind": "ho-kinh-doanh", "sector": "thu-cong-my-nghe", "province": "ha-noi"},
        ).content.decode()
    assert "policy-status--het-hieu-luc" in page and "policy-status--con-hieu-luc" not in page
    items = [
        " ".join(re.sub(r"<[^>]+>", " ", item).split())
        for item in re.findall(r'<span class="support-items__what">(.*?)</span>', guide, re.S)
    ]
    assert items, "the guided form offers the household something"
    for text in items:
        assert not re.search(r"thực phẩm|thủy sản|cà phê|chè", text, re.I), text
    faq = StandardPage.objects.get(slug="hoi-dap", locale__language_code="vi")
    faq_text = " ".join(str(block.value) for block in faq.body)
    assert "một phần ba" not in faq_text
    quoted = {int(n) for n in re.findall(r"tới (\d+)%", faq_text)}
    decrees = PolicyPage.objects.filter(
        locale__language_code="vi", document_number__in=["45/2012/NĐ-CP", "235/2025/NĐ-CP"]
    )
    shares = {
        item["cost_share"]
        for policy in decrees
        for item in policy.support_item_values()
        if "máy móc" in item["what"].lower()
    }
    assert quoted == shares == {30, 50}
