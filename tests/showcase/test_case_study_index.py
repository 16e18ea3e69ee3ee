"""The case-study index: filters alone and combined, bad values, sorting, summary and chart."""

import re

import pytest
from django.core.cache import cache
from django.db.models import Sum

from showcase.factories import CaseStudyImageFactory
from showcase.models import CaseStudyPage
from tests.showcase.conftest import make_case_study

pytestmark = pytest.mark.django_db


def titles(response):
    """The titles of the listed case studies, in order."""
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def get(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200, response.status_code
    return response


def test_lists_every_live_case_study_with_count_and_summary(client, index, case_studies):
    response = get(client, index)
    assert sorted(titles(response)) == sorted(p.title for p in case_studies.values())
    html = response.content.decode()
    assert "5 mô hình phù hợp" in html
    total = sum(p.state_support for p in case_studies.values())
    assert total == 3_750_000_000
    assert "3.750.000.000 đ" in html
    assert "<svg" in html and '<div class="visually-hidden">' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?region=dong-bang-song-hong", {"pottery", "wood"}),
        ("?region=tay-nguyen", {"coffee"}),
        ("?province=thai-nguyen", {"tea"}),
        ("?sector=che-bien-nong-lam-thuy-san", {"tea", "coffee", "shrimp"}),
        ("?support=mo-hinh-trinh-dien", {"tea", "wood"}),
        ("?support=may-moc-thiet-bi", {"tea", "coffee"}),
        ("?year=2023", {"tea", "pottery"}),  # tea runs 2022–2023
        ("?year=2022", {"tea", "wood"}),
        ("?min=900", {"pottery", "wood"}),  # millions of đồng
        ("?max=400", {"coffee", "shrimp"}),
        ("?min=400&max=900", {"tea", "coffee"}),
        # Combinations
        ("?region=dong-bang-song-hong&sector=go-noi-that", {"wood"}),
        ("?sector=che-bien-nong-lam-thuy-san&support=may-moc-thiet-bi&year=2024", {"coffee"}),
        ("?region=dong-bang-song-hong&province=thai-nguyen", set()),  # province outside region
        ("?sector=che-bien-nong-lam-thuy-san&min=500&max=1000&year=2022", {"tea"}),
    ],
)
def test_filters_alone_and_combined(client, index, case_studies, query, expected):
    response = get(client, index, query)
    assert set(titles(response)) == {case_studies[key].title for key in expected}
    assert f"{len(expected)} mô hình phù hợp" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "?region=khong-co",
        "?province=atlantis",
        "?sector=%3Cscript%3E",
        "?support=x" * 1,
        "?region=" + "a" * 5000,
    ],
)
def test_unknown_slugs_give_an_empty_list_and_a_message(client, index, case_studies, query):
    response = get(client, index, query)
    html = response.content.decode()
    assert titles(response) == []
    assert "không có kết quả nào phù hợp" in html
    assert "<script>" not in html.split("<main", 1)[1]
    assert 'name="robots" content="noindex, follow"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?year=abc", "Bỏ qua năm “abc”"),
        ("?year=1800", "Bỏ qua năm “1800”"),
        ("?min=-5", "Bỏ qua mức hỗ trợ từ “-5”"),
        ("?max=1e9", "Bỏ qua mức hỗ trợ đến “1e9”"),
        ("?min=99999999999", "Bỏ qua mức hỗ trợ từ"),
        ("?sort=random", "Không có cách sắp xếp “random”"),
        ("?page=abc", None),
        ("?page=999", None),
        ("?year=%00", "Bỏ qua năm"),
    ],
)
def test_malformed_values_are_ignored_with_a_message(client, index, case_studies, query, message):
    response = get(client, index, query)
    assert len(titles(response)) == 5
    if message:
        assert message in response.content.decode()


def test_min_larger_than_max_is_swapped(client, index, case_studies):
    response = get(client, index, "?min=900&max=400")
    assert set(titles(response)) == {case_studies["tea"].title, case_studies["coffee"].title}
    assert "đã đổi chỗ hai giá trị" in response.content.decode()


def test_grouped_numbers_are_understood(client, index, case_studies):
    response = get(client, index, "?min=1.000")
    assert titles(response) == [case_studies["wood"].title]


def test_english_page_messages_are_english(client, index, case_studies, home_en, locale_en):
    index_en = index.copy_for_translation(locale_en)
    index_en.save_revision().publish()
    index_en.refresh_from_db()
    response = client.get(index_en.url + "?region=nowhere&year=abc")
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is no region “nowhere”; nothing matches." in html
    assert "Ignored year “abc”" in html
    assert "0 matching models" in html


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("", ["coffee", "pottery", "tea", "wood", "shrimp"]),
        ("?sort=moi-nhat", ["coffee", "pottery", "tea", "wood", "shrimp"]),
        ("?sort=ho-tro-lon-nhat", ["wood", "pottery", "tea", "coffee", "shrimp"]),
        ("?sort=xem-nhieu", ["pottery", "wood", "tea", "coffee", "shrimp"]),
    ],
)
def test_sort_orders(client, index, case_studies, sort, order):
    response = get(client, index, sort)
    assert titles(response) == [case_studies[key].title for key in order]


def test_sort_keeps_filters(client, index, case_studies):
    response = get(client, index, "?sector=che-bien-nong-lam-thuy-san&sort=ho-tro-lon-nhat")
    assert titles(response) == [case_studies[k].title for k in ("tea", "coffee", "shrimp")]


def test_pagination_keeps_the_filters(client, index):
    for n in range(14):
        make_case_study(index, title=f"Mô hình {n:02d}", year_start=2000 + n)
    first = get(client, index, "?sector=thu-cong-my-nghe")
    assert len(titles(first)) == 12
    html = first.content.decode()
    assert "sector=thu-cong-my-nghe&amp;page=2" in html
    second = get(client, index, "?sector=thu-cong-my-nghe&page=2")
    assert len(titles(second)) == 2
    assert "14 mô hình phù hợp" in second.content.decode()


def test_province_options_follow_the_region(client, index, case_studies):
    html = get(client, index, "?region=tay-nguyen").content.decode()
    province_select = html.split('name="province"', 1)[1].split("</select>", 1)[0]
    assert 'value="dak-lak"' in province_select
    assert 'value="ha-noi"' not in province_select


def test_drafts_and_private_pages_are_never_listed(client, index, case_studies):
    make_case_study(index, title="Bản nháp chưa đăng", live=False, state_support=9_000_000_000)
    private = make_case_study(index, title="Trang riêng tư", state_support=7_000_000_000)
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = get(client, index).content.decode()
    assert "Bản nháp chưa đăng" not in html
    assert "Trang riêng tư" not in html
    assert "3.750.000.000 đ" in html  # neither counts in the summary


def _chart(html):
    """{region name: (count, total text)} from the screen-reader table of the chart."""
    table = html.split('<div class="visually-hidden">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<th scope="row">([^<]+)</th>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>', table)
    return {name: (count, total) for name, count, total in rows}


@pytest.mark.parametrize("query", ["", "?sector=che-bien-nong-lam-thuy-san", "?min=400"])
def test_chart_numbers_equal_the_database_sums(client, index, case_studies, query):
    from website.text import money_vnd

    html = get(client, index, query).content.decode()
    chart = _chart(html)
    assert len(chart) == 6  # every region, even with nothing in it
    queryset = CaseStudyPage.objects.live()
    if "sector" in query:
        queryset = queryset.filter(sector__slug="che-bien-nong-lam-thuy-san")
    if "min" in query:
        queryset = queryset.filter(state_support__gte=400_000_000)
    for region_name, (count, total) in chart.items():
        rows = queryset.filter(province__region__name=region_name)
        expected = rows.aggregate(s=Sum("state_support"))["s"] or 0
        assert count == str(rows.count())
        assert total == money_vnd(expected, "vi")
    assert f"{money_vnd(queryset.aggregate(s=Sum('state_support'))['s'], 'vi')}</dd>" in html


def test_chart_bars_are_proportional(client, index, case_studies):
    html = get(client, index).content.decode()
    widths = [
        float(w) for w in re.findall(r'class="sc-chart__bar" x="0" y="\d+" width="([\d.]+)"', html)
    ]
    assert len(widths) == 6
    from showcase.chart import VALUE_SPACE, WIDTH

    assert max(widths) == WIDTH - VALUE_SPACE  # the largest region fills the room
    assert sorted(widths)[0] == 0  # a region without models has no bar


# The site chrome (Wagtail's serve, language switcher, menu, breadcrumbs, settings) costs
# 17 queries on any page at this depth; the listing's own queries are at most 10.
CHROME_QUERIES = 17
LISTING_QUERIES = 10


def _render_index(
    client, index, django_assert_max_num_queries, budget=CHROME_QUERIES + LISTING_QUERIES
):
    client.get(index.url)  # renditions are made on the first view
    cache.clear()
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(index.url + "?sector=thu-cong-my-nghe&sort=xem-nhieu")
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_query_count_does_not_grow_with_the_number_of_case_studies(
    client, index, django_assert_max_num_queries
):
    for n in range(2):
        page = make_case_study(index, title=f"Mô hình {n}", supports=["dao-tao"])
        CaseStudyImageFactory(page=page, image__title=f"ảnh {n}")
    few = _render_index(client, index, django_assert_max_num_queries)
    for n in range(2, 12):
        page = make_case_study(index, title=f"Mô hình {n}", supports=["dao-tao"])
        CaseStudyImageFactory(page=page, image__title=f"ảnh {n}")
    many = _render_index(client, index, django_assert_max_num_queries)
    assert few == many
