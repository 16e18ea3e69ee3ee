"""The guided form "Tôi được hỗ trợ gì?": matching profiles, partial and bad answers."""

import re

import pytest
import time_machine
from wagtail import hooks

from policies.listing import RELATED_CASE_STUDIES_HOOK

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel("2026-06-01 09:00 +0700"):
        yield


URL = "/chinh-sach/toi-duoc-ho-tro-gi/"


def listed(response):
    return re.findall(r'policy-result__number">([^<]+)<', response.content.decode())


def test_empty_form_asks_the_questions(client, library):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tôi được hỗ trợ gì?" in html
    assert 'name="province"' in html
    assert 'value="may-moc-thiet-bi"' in html
    assert listed(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # A food-processing co-operative in Hà Nội that needs machinery: the national
        # documents in force plus the city's own rule; not the expired 1288.
        (
            "kind=hop-tac-xa&size=nho&province=ha-noi&sector=che-bien-nong-lam-thuy-san"
            "&needs=may-moc-thiet-bi",
            ["12/2022/QĐ-UBND", "1881/QĐ-TTg", "45/2012/NĐ-CP"],
        ),
        # The same in Thanh Hóa: Hà Nội's rule does not apply there.
        (
            "kind=hop-tac-xa&size=nho&province=thanh-hoa&needs=may-moc-thiet-bi",
            ["1881/QĐ-TTg", "45/2012/NĐ-CP"],
        ),
        # A large enterprise: 1881 is for small and medium ones only.
        ("kind=doanh-nghiep&size=lon&needs=may-moc-thiet-bi", ["45/2012/NĐ-CP"]),
        # A household business wanting trade fairs.
        ("kind=ho-kinh-doanh&province=ha-noi&needs=hoi-cho-trien-lam", ["235/2025/NĐ-CP"]),
        # Two needs: documents with either.
        (
            "kind=ho-kinh-doanh&province=ha-noi&needs=hoi-cho-trien-lam&needs=dao-tao",
            ["235/2025/NĐ-CP", "45/2012/NĐ-CP"],
        ),
    ],
)
def test_profiles_get_the_documents_in_force_that_apply(client, library, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert sorted(listed(response)) == sorted(expected)


def test_results_show_matching_items_with_their_maximum(client, library):
    html = client.get(
        f"{URL}?kind=hop-tac-xa&province=ha-noi&needs=may-moc-thiet-bi"
    ).content.decode()
    assert "Máy chế biến thực phẩm" in html
    assert "tối đa 500.000.000 đ" in html
    assert "50% chi phí" in html
    assert "tối đa 300.000.000 đ" in html
    # Items of other kinds are left out.
    assert "Đào tạo nghề, truyền nghề<" not in html


def test_partial_answers_explain_what_is_missing(client, library):
    response = client.get(f"{URL}?needs=may-moc-thiet-bi")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bạn chưa chọn tỉnh, thành phố" in html
    assert "Bạn chưa chọn loại hình cơ sở" in html
    assert "Bạn chưa chọn nhu cầu hỗ trợ" not in html
    assert sorted(listed(response)) == ["12/2022/QĐ-UBND", "1881/QĐ-TTg", "45/2012/NĐ-CP"]


def test_no_answer_at_all(client, library):
    response = client.get(f"{URL}?go=1")
    assert response.status_code == 200
    assert "Hãy trả lời ít nhất một câu hỏi" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "kind=khong-ro",
        "province=atlantis&needs=may-moc-thiet-bi",
        "needs=%00",
        "size=" + "x" * 300,
        "sector=../../etc/passwd",
    ],
)
def test_bad_answers_get_a_clear_400(client, library, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Một số câu trả lời không hợp lệ" in html
    assert "Lựa chọn không hợp lệ" in html


def test_nothing_matches(client, library):
    response = client.get(f"{URL}?kind=doanh-nghiep&size=lon&needs=cum-cong-nghiep")
    assert response.status_code == 200
    assert "Chưa thấy văn bản còn hiệu lực" in response.content.decode()


def test_case_studies_come_from_the_hook(client, library, monkeypatch):
    """Other apps offer case studies through the "kcqg_related_case_studies" hook (the
    showcase app registers one): only its hooks are asked, with the page, the request,
    the limit and the guide's answers (the snippets chosen; None: any)."""
    calls = []

    def related(page, request, limit, *, province, sector, support_types):
        calls.append(
            (
                page.locale.language_code,
                province.slug,
                sector,
                [support.slug for support in support_types],
                limit,
            )
        )
        return [library["programme"]]  # any page will do as a stand-in

    monkeypatch.setitem(hooks._hooks, RELATED_CASE_STUDIES_HOOK, [])
    with hooks.register_temporarily(RELATED_CASE_STUDIES_HOOK, related):
        html = client.get(f"{URL}?province=ha-noi&needs=may-moc-thiet-bi").content.decode()
    assert calls == [("vi", "ha-noi", None, ["may-moc-thiet-bi"], 3)]
    assert "Mô hình đã được hỗ trợ" in html


def test_no_case_studies_without_a_hook(client, library, monkeypatch):
    monkeypatch.setitem(hooks._hooks, RELATED_CASE_STUDIES_HOOK, [])
    response = client.get(f"{URL}?province=ha-noi&needs=may-moc-thiet-bi")
    assert response.status_code == 200
    assert "Mô hình đã được hỗ trợ" not in response.content.decode()
