"""Fixtures for the policies tests: a finder under the home page and a small library."""

import datetime

import pytest

from policies.factories import IssuingBodyFactory, PolicyIndexPageFactory, make_policy, support_item
from policies.models import DocumentType, IssuingBody, PolicyRelation


@pytest.fixture
def policy_index(home):
    index = PolicyIndexPageFactory.build(title="Chính sách hỗ trợ", slug="chinh-sach")
    home.add_child(instance=index)
    index.save_revision().publish()
    index.refresh_from_db()
    return index


@pytest.fixture
def issuers(db):
    return {
        "chinh-phu": IssuingBody.objects.get(slug="chinh-phu", locale__language_code="vi"),
        "ttg": IssuingBody.objects.get(slug="thu-tuong-chinh-phu", locale__language_code="vi"),
        "bct": IssuingBody.objects.get(slug="bo-cong-thuong", locale__language_code="vi"),
        "ha-noi": IssuingBodyFactory(name="UBND thành phố Hà Nội", slug="ubnd-ha-noi"),
    }


@pytest.fixture
def library(policy_index, issuers):
    """Five documents: a decree amended by another, a programme replaced by a newer one,
    and a Hà Nội regulation for food processing. Today is taken as 2026-06-01."""
    decree = make_policy(
        policy_index,
        title="Nghị định về khuyến công",
        slug="nghi-dinh-khuyen-cong",
        document_number="45/2012/NĐ-CP",
        document_type=DocumentType.DECREE,
        issuing_body=issuers["chinh-phu"],
        issue_date=datetime.date(2012, 5, 21),
        effective_date=datetime.date(2012, 7, 10),
        items=[
            support_item("dao-tao", "Đào tạo nghề, truyền nghề", cost_share=100),
            support_item(
                "may-moc-thiet-bi",
                "Ứng dụng máy móc tiên tiến",
                max_amount=300_000_000,
                cost_share=50,
            ),
        ],
    )
    amending = make_policy(
        policy_index,
        title="Nghị định sửa đổi Nghị định 45/2012/NĐ-CP",
        slug="nghi-dinh-sua-doi",
        document_number="235/2025/NĐ-CP",
        document_type=DocumentType.DECREE,
        issuing_body=issuers["chinh-phu"],
        issue_date=datetime.date(2025, 8, 28),
        effective_date=datetime.date(2025, 10, 15),
        items=[support_item("hoi-cho-trien-lam", "Hội chợ, triển lãm", cost_share=50)],
        relations=[(PolicyRelation.Kind.AMENDS, decree)],
    )
    old_programme = make_policy(
        policy_index,
        title="Chương trình khuyến công quốc gia 2014-2020",
        slug="chuong-trinh-2014-2020",
        document_number="1288/QĐ-TTg",
        issuing_body=issuers["ttg"],
        issue_date=datetime.date(2014, 8, 1),
        items=[support_item("mo-hinh-trinh-dien", "Mô hình trình diễn kỹ thuật")],
    )
    programme = make_policy(
        policy_index,
        title="Chương trình khuyến công quốc gia 2021-2025",
        slug="chuong-trinh-2021-2025",
        document_number="1881/QĐ-TTg",
        issuing_body=issuers["ttg"],
        issue_date=datetime.date(2020, 11, 24),
        expiry_date=datetime.date(2030, 1, 1),
        items=[
            support_item("may-moc-thiet-bi", "Máy móc thiết bị", max_amount=1_000_000_000),
            support_item("mo-hinh-trinh-dien", "Mô hình trình diễn kỹ thuật"),
        ],
        relations=[(PolicyRelation.Kind.REPLACES, old_programme)],
        scope={"kinds": ["hop-tac-xa", "doanh-nghiep"], "sizes": ["nho", "vua"]},
    )
    hanoi = make_policy(
        policy_index,
        title="Quy định mức chi khuyến công của Hà Nội",
        slug="quy-dinh-ha-noi",
        document_number="12/2022/QĐ-UBND",
        issuing_body=issuers["ha-noi"],
        issue_date=datetime.date(2022, 5, 5),
        items=[
            support_item(
                "may-moc-thiet-bi", "Máy chế biến thực phẩm", max_amount=500_000_000, cost_share=50
            )
        ],
        scope={
            "provinces": ["ha-noi"],
            "sectors": ["che-bien-nong-lam-thuy-san"],
            "kinds": ["hop-tac-xa", "ho-kinh-doanh"],
        },
    )
    return {
        "decree": decree,
        "amending": amending,
        "old_programme": old_programme,
        "programme": programme,
        "hanoi": hanoi,
    }
