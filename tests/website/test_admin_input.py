"""Numbers, money and dates typed in the admin the way Vietnamese editors type them."""

import datetime as dt
import json
import re
import zoneinfo
from decimal import Decimal

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from news.models import NewsArticlePage, NewsIndexPage
from policies.models import IssuingBody, PolicyIndexPage, PolicyPage
from showcase.models import CaseStudyIndexPage, CaseStudyPage
from tests.website.admin_forms import form_errors, make_editor, page_data, published_child
from website import text
from website.models import Province, Sector, SupportType

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


# -- Reading what was typed ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("450.000.000", 450_000_000),
        ("450000000", 450_000_000),
        ("450 triệu", 450_000_000),
        ("450 Triệu đồng", 450_000_000),
        ("1,2 tỷ", 1_200_000_000),
        ("1,2 tỉ", 1_200_000_000),
        ("1.250.000.000 đ", 1_250_000_000),
        ("1.250.000.000đ", 1_250_000_000),
        ("2 tỷ 300 triệu", 2_300_000_000),
        ("1 tỷ 250 triệu 500 nghìn đồng", 1_250_500_000),
        ("VND 1,250,000,000", 1_250_000_000),
        ("450.000", 450_000),
        ("450 000 000", 450_000_000),
        ("0", 0),
    ],
)
def test_money_is_read_as_vietnamese_editors_type_it(typed, amount):
    assert text.read_money(typed) == amount


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("1.5", "ambiguous"),  # 1,5 or a mistyped 1.500?
        ("1,250", "ambiguous"),  # 1,25 or 1250?
        ("1.250 tỷ", "ambiguous"),  # 1250 tỷ or 1,25 tỷ?
        ("2 tỷ 300", "ambiguous"),  # 300 what?
        ("1,5", "fraction"),  # half a đồng
        ("300 triệu 2 tỷ", "invalid"),
        ("450.000.00", "invalid"),
        ("-5", "invalid"),
        ("năm trăm", "invalid"),
        ("450 USD", "invalid"),
    ],
)
def test_money_that_reads_two_ways_or_none_is_refused(typed, code):
    with pytest.raises(text.NumberInputError) as error:
        text.read_money(typed)
    assert error.value.code == code


def test_numbers_round_trip_through_the_form_text():
    assert text.input_number(450_000_000) == "450.000.000"
    assert text.input_number(Decimal("1200.5"), 2) == "1.200,50"
    assert text.read_number("1.200,50") == Decimal("1200.50")
    assert text.read_number("1.200", whole=True) == 1200
    with pytest.raises(text.NumberInputError):
        text.read_number("1.200")  # where decimals are allowed: 1200 or 1,2?


# -- The admin -------------------------------------------------------------------


def taxonomy(model, slug, language="vi"):
    return model.objects.get(slug=slug, locale__language_code=language)


@pytest.fixture
def editor(client, django_user_model):
    user = make_editor(django_user_model)
    client.force_login(user)
    return user


@pytest.fixture
def showcase_index(home):
    return published_child(
        home, CaseStudyIndexPage(title="Mô hình trình diễn", slug="mo-hinh-trinh-dien")
    )


def case_study_data(**typed):
    fields = {
        "title": "Mô hình sấy chè bằng năng lượng mặt trời",
        "slug": "",
        "lead": "Hợp tác xã được hỗ trợ máy sấy chè.",
        "enterprise_name": "Hợp tác xã chè Tân Cương",
        "enterprise_kind": "hop-tac-xa",
        "province": taxonomy(Province, "thai-nguyen").pk,
        "sector": taxonomy(Sector, "che-bien-nong-lam-thuy-san").pk,
        "programme": "quoc-gia",
        "year_start": "2019",
        "year_end": "",
        "state_support": "450.000.000",
        "total_investment": "",
        "technology": "Máy sấy chè bằng năng lượng mặt trời.",
        "replications": "0",
        **typed,
    }
    return page_data(
        fields,
        streams=("outcomes", "body"),
        formsets=("gallery_images", "related_products"),
    )


def add_case_study(client, index, **typed):
    return client.post(
        f"/admin/pages/add/showcase/casestudypage/{index.pk}/", case_study_data(**typed)
    )


@pytest.mark.django_db
def test_editor_types_money_and_counts_with_dots(client, editor, showcase_index):
    response = add_case_study(
        client,
        showcase_index,
        state_support="450.000.000",
        total_investment="2 tỷ 300 triệu",
        replications="1.200",
        outcomes=streamfield(
            [
                (
                    "outcome",
                    {
                        "indicator": "Doanh thu",
                        "unit": "triệu đồng/năm",
                        "before": "1.200,5",
                        "after": "1850",
                    },
                )
            ]
        ),
    )
    assert response.status_code == 302, form_errors(response)
    page = CaseStudyPage.objects.get()
    assert page.state_support == 450_000_000
    assert page.total_investment == 2_300_000_000
    assert page.replications == 1200
    outcome = page.outcomes[0].value
    assert (outcome["before"], outcome["after"]) == (Decimal("1200.5"), Decimal("1850"))

    form = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="450.000.000"' in form
    assert 'value="2.300.000.000"' in form
    assert 'value="1.200"' in form
    assert "450 triệu, 1,2 tỷ" in form  # the hint under the money fields
    # Saved again unchanged, the amounts read back the same.
    response = add_case_study(
        client, showcase_index, slug="ban-sao", state_support="450.000.000", total_investment=""
    )
    assert CaseStudyPage.objects.get(slug="ban-sao").state_support == 450_000_000


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["1,250", "1.5", "2 tỷ 300", "bốn trăm"])
def test_money_that_reads_two_ways_is_refused_with_a_message(client, editor, showcase_index, typed):
    response = add_case_study(client, showcase_index, state_support=typed)
    assert response.status_code == 200
    errors = form_errors(response)["state_support"]
    assert f"“{typed}”" in errors[0]
    assert not CaseStudyPage.objects.exists()
    assert f'value="{typed}"' in response.content.decode()  # kept as typed, to correct


@pytest.mark.django_db
def test_ambiguous_money_message_says_how_to_write_it(client, editor, showcase_index):
    response = add_case_study(client, showcase_index, state_support="1,250")
    message = form_errors(response)["state_support"][0]
    assert "có thể hiểu theo hai cách" in message
    assert "1.200 là một nghìn hai trăm" in message


@pytest.fixture
def news_index(home):
    return published_child(home, NewsIndexPage(title="Tin tức", slug="tin-tuc"))


def article_data(**typed):
    fields = {
        "title": "Đào tạo nghề mây tre đan xuất khẩu",
        "slug": "",
        "lead": "Lớp đào tạo nghề cho 35 học viên.",
        "source": "",
        "author": "",
        "category": "",
        "tags": "",
        "publish_date": "",
        "reader_comments_open": "on",
        "hero_alt": "",
        "hero_caption": "",
        "hero_credit": "",
        **typed,
    }
    return page_data(fields, streams=("body",), formsets=("related_links",))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20-05-2019", dt.datetime(2019, 5, 20, tzinfo=HANOI)),
        ("20/05/2019", dt.datetime(2019, 5, 20, tzinfo=HANOI)),
        ("20-05-2019 08:00", dt.datetime(2019, 5, 20, 8, 0, tzinfo=HANOI)),
        ("20/05/2019 15:58", dt.datetime(2019, 5, 20, 15, 58, tzinfo=HANOI)),
        ("2019-05-20 08:00", dt.datetime(2019, 5, 20, 8, 0, tzinfo=HANOI)),
        ("05/06/2019", dt.datetime(2019, 6, 5, tzinfo=HANOI)),  # 5 June, never 6 May
    ],
)
def test_publish_date_typed_the_vietnamese_way(client, editor, news_index, typed, expected):
    response = client.post(
        f"/admin/pages/add/news/newsarticlepage/{news_index.pk}/",
        article_data(publish_date=typed),
    )
    assert response.status_code == 302, form_errors(response)
    article = NewsArticlePage.objects.get()
    assert article.publish_date == expected
    form = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert f'value="{expected.astimezone(HANOI):%d/%m/%Y %H:%M}"' in form
    assert "Ngày/tháng/năm giờ:phút" in form  # the format hint
    # The picker never rewrites what was typed, here and in "go live" / "expire".
    for field in ("publish_date", "go_live_at", "expire_at"):
        assert re.search(
            rf'initDateTimeChooser\("id_{field}", \{{[^}}]*"validateOnBlur": false', form
        )


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["32/05/2019", "20/13/2019", "hôm qua", "2019"])
def test_an_unreadable_date_is_an_error_not_today(client, editor, news_index, typed):
    response = client.post(
        f"/admin/pages/add/news/newsarticlepage/{news_index.pk}/",
        article_data(publish_date=typed),
    )
    assert response.status_code == 200
    assert "publish_date" in form_errors(response)
    assert not NewsArticlePage.objects.exists()


@pytest.fixture
def policy_index(home):
    return published_child(home, PolicyIndexPage(title="Chính sách hỗ trợ", slug="chinh-sach"))


def policy_data(**typed):
    fields = {
        "title": "Quyết định về Chương trình khuyến công quốc gia",
        "slug": "",
        "document_number": "1881/QĐ-TTg",
        "document_type": "quyet-dinh",
        "issuing_body": IssuingBody.objects.get(
            slug="thu-tuong-chinh-phu", locale__language_code="vi"
        ).pk,
        "signer": "",
        "issue_date": "",
        "effective_date": "",
        "expiry_date": "",
        "summary": rich_text("<p>Chương trình khuyến công giai đoạn 2021-2025.</p>"),
        **typed,
    }
    return page_data(
        fields,
        streams=("support_items", "body"),
        formsets=("attachments", "relations"),
    )


def support_item(max_amount, support_type=""):
    """One support item of a policy as the editor fills it: the amount as typed."""
    item = {
        "support_type": support_type,
        "what": "Xây dựng mô hình trình diễn kỹ thuật",
        "max_amount": max_amount,
        "cost_share": "50",
        "level_note": "",
    }
    return streamfield([("item", item)])


@pytest.mark.django_db
def test_policy_dates_and_support_amounts(client, editor, policy_index):
    support_type = taxonomy(SupportType, "mo-hinh-trinh-dien")
    response = client.post(
        f"/admin/pages/add/policies/policypage/{policy_index.pk}/",
        policy_data(
            issue_date="20/05/2019",
            effective_date="05-07-2019",
            expiry_date="31.12.2025",
            support_items=support_item("1,5 tỷ", support_type.pk),
        ),
    )
    assert response.status_code == 302, form_errors(response)
    page = PolicyPage.objects.get()
    assert (page.issue_date, page.effective_date, page.expiry_date) == (
        dt.date(2019, 5, 20),
        dt.date(2019, 7, 5),
        dt.date(2025, 12, 31),
    )
    assert page.support_item_values()[0]["max_amount"] == 1_500_000_000
    form = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="20/05/2019"' in form
    assert "Ngày/tháng/năm, ví dụ" in form
    assert "1.500.000.000" in form  # the support item's amount, in the block's state


@pytest.mark.django_db
def test_policy_support_amount_that_reads_two_ways_is_refused(client, editor, policy_index):
    response = client.post(
        f"/admin/pages/add/policies/policypage/{policy_index.pk}/",
        policy_data(
            issue_date="20/05/2019",
            support_items=support_item("1,250"),
        ),
    )
    assert response.status_code == 200
    # The block's error travels to the editor's JavaScript as JSON.
    assert json.dumps("“1,250” có thể hiểu theo hai cách")[1:-1] in response.content.decode()
    assert not PolicyPage.objects.exists()
