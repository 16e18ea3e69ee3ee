"""The finder: facets that combine, their counts, bad input, drafts, query counts."""

import datetime
import re

import pytest
import time_machine
from django.http import QueryDict

from policies.factories import make_policy, support_item
from policies.listing import parse_query, run_finder

TODAY = datetime.date(2026, 6, 1)
pytestmark = pytest.mark.django_db


def find(locale, query_string=""):
    return run_finder(parse_query(QueryDict(query_string)), locale, today=TODAY)


def counts(result, facet):
    return {o.value: o.count for o in result.facets[facet] if o.count}


def numbers(result):
    return sorted(r["page"].document_number for r in result.results)


def test_counts_without_filters(library, locale_vi):
    result = find(locale_vi)
    assert result.total == 5
    assert counts(result, "support") == {
        "dao-tao": 1,
        "may-moc-thiet-bi": 3,
        "mo-hinh-trinh-dien": 2,
        "hoi-cho-trien-lam": 1,
    }
    # "Còn hiệu lực" counts the partly amended decree too.
    assert counts(result, "status") == {"con-hieu-luc": 4, "sua-doi-mot-phan": 1, "het-hieu-luc": 1}
    assert counts(result, "type") == {"nghi-dinh": 2, "quyet-dinh": 3}
    assert counts(result, "issuer") == {"chinh-phu": 2, "thu-tuong-chinh-phu": 2, "ubnd-ha-noi": 1}
    assert counts(result, "year") == {"2012": 1, "2014": 1, "2020": 1, "2022": 1, "2025": 1}
    # Nationwide documents apply to every province; the Hà Nội rule only to Hà Nội.
    provinces = counts(result, "province")
    assert provinces["ha-noi"] == 5
    assert provinces["thanh-hoa"] == 4
    regions = counts(result, "region")
    assert regions["dong-bang-song-hong"] == 5
    assert regions["tay-nguyen"] == 4
    # No sector / no beneficiary kinds = applies to all.
    assert counts(result, "sector")["che-bien-nong-lam-thuy-san"] == 5
    assert counts(result, "sector")["det-may-da-giay"] == 4
    assert counts(result, "beneficiary") == {
        "ho-kinh-doanh": 4,
        "to-hop-tac": 3,
        "hop-tac-xa": 5,
        "doanh-nghiep": 4,
        "don-vi-dich-vu": 3,
    }


@pytest.mark.parametrize(
    ("query_string", "expected"),
    [
        ("support=may-moc-thiet-bi", ["12/2022/QĐ-UBND", "1881/QĐ-TTg", "45/2012/NĐ-CP"]),
        (
            "beneficiary=doanh-nghiep",
            ["1288/QĐ-TTg", "1881/QĐ-TTg", "235/2025/NĐ-CP", "45/2012/NĐ-CP"],
        ),
        (
            "sector=det-may-da-giay",
            ["1288/QĐ-TTg", "1881/QĐ-TTg", "235/2025/NĐ-CP", "45/2012/NĐ-CP"],
        ),
        ("province=thanh-hoa", ["1288/QĐ-TTg", "1881/QĐ-TTg", "235/2025/NĐ-CP", "45/2012/NĐ-CP"]),
        ("region=tay-nguyen", ["1288/QĐ-TTg", "1881/QĐ-TTg", "235/2025/NĐ-CP", "45/2012/NĐ-CP"]),
        ("type=nghi-dinh", ["235/2025/NĐ-CP", "45/2012/NĐ-CP"]),
        ("issuer=ubnd-ha-noi", ["12/2022/QĐ-UBND"]),
        ("status=het-hieu-luc", ["1288/QĐ-TTg"]),
        ("status=sua-doi-mot-phan", ["45/2012/NĐ-CP"]),
        (
            "status=con-hieu-luc",
            ["12/2022/QĐ-UBND", "1881/QĐ-TTg", "235/2025/NĐ-CP", "45/2012/NĐ-CP"],
        ),
        ("year=2020", ["1881/QĐ-TTg"]),
        ("q=ch%C6%B0%C6%A1ng+tr%C3%ACnh", ["1288/QĐ-TTg", "1881/QĐ-TTg"]),
        ("q=1288%2FQĐ-TTg", ["1288/QĐ-TTg"]),
    ],
)
def test_each_facet_filters(library, locale_vi, query_string, expected):
    result = find(locale_vi, query_string)
    assert numbers(result) == sorted(expected)
    assert result.total == len(expected)


def test_facets_combine_and_count_the_others(library, locale_vi):
    result = find(locale_vi, "support=may-moc-thiet-bi&province=thanh-hoa")
    assert numbers(result) == ["1881/QĐ-TTg", "45/2012/NĐ-CP"]
    # Each facet counts with the other facets applied, not its own.
    assert counts(result, "support") == {
        "dao-tao": 1,
        "may-moc-thiet-bi": 2,
        "mo-hinh-trinh-dien": 2,
        "hoi-cho-trien-lam": 1,
    }
    assert counts(result, "province")["ha-noi"] == 3
    assert counts(result, "province")["thanh-hoa"] == 2
    assert counts(result, "status") == {"con-hieu-luc": 2, "sua-doi-mot-phan": 1}
    assert counts(result, "type") == {"nghi-dinh": 1, "quyet-dinh": 1}


def test_values_of_one_facet_are_alternatives(library, locale_vi):
    result = find(locale_vi, "status=het-hieu-luc&status=sua-doi-mot-phan")
    assert numbers(result) == ["1288/QĐ-TTg", "45/2012/NĐ-CP"]
    three = find(
        locale_vi,
        "support=may-moc-thiet-bi&sector=che-bien-nong-lam-thuy-san&province=ha-noi"
        "&beneficiary=hop-tac-xa&status=con-hieu-luc",
    )
    # The partly amended decree is in force, as the guided form says.
    assert numbers(three) == ["12/2022/QĐ-UBND", "1881/QĐ-TTg", "45/2012/NĐ-CP"]


@time_machine.travel("2026-06-01 09:00 +0700")
def test_in_force_documents_come_first(client, library):
    def listed(url):
        html = client.get(url).content.decode()
        return re.findall(r'policy-result__number">([^<]+)<', html)

    assert listed("/chinh-sach/") == [
        "235/2025/NĐ-CP",  # in force, newest first
        "12/2022/QĐ-UBND",
        "1881/QĐ-TTg",
        "45/2012/NĐ-CP",  # partly amended: still in force
        "1288/QĐ-TTg",  # expired: last
    ]
    assert listed("/chinh-sach/?sort=moi-nhat") == [
        "235/2025/NĐ-CP",
        "12/2022/QĐ-UBND",
        "1881/QĐ-TTg",
        "1288/QĐ-TTg",
        "45/2012/NĐ-CP",
    ]


@time_machine.travel("2026-06-01 09:00 +0700")
def test_finder_page_shows_results_counts_and_matched_items(client, library):
    response = client.get("/chinh-sach/?support=may-moc-thiet-bi&province=ha-noi")
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 văn bản" in html
    assert "Nội dung hỗ trợ phù hợp" in html
    assert "Máy chế biến thực phẩm" in html
    assert "tối đa 500.000.000 đ" in html
    # Only the matching items are listed: the decree's training item is not.
    assert 'support-items__what">Đào tạo nghề, truyền nghề<' not in html
    assert 'support-items__what">Ứng dụng máy móc tiên tiến<' in html
    assert 'name="support" value="may-moc-thiet-bi" checked' in html
    assert 'content="noindex, follow"' in html
    # Shareable: a chip removes its filter and keeps the other.
    assert 'href="/chinh-sach/?province=ha-noi"' in html


@time_machine.travel("2026-06-01 09:00 +0700")
def test_english_finder(client, library, home_en, locale_en):
    index_en = library["decree"].get_parent().copy_for_translation(locale_en)
    index_en.save_revision().publish()
    page = library["decree"].copy_for_translation(locale_en)
    page.title = "Decree on industrial promotion"
    page.save_revision().publish()
    response = client.get("/en/" + index_en.slug + "/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 document" in html
    assert "Decree on industrial promotion" in html
    assert "In force, partly amended" in html
    assert "21 May 2012" in html
    # The number in the English spelling, whatever the field holds.
    assert 'policy-result__number">45/2012/ND-CP<' in html
    assert "NĐ-CP" not in html
    # The guide's address is English; its Vietnamese form redirects there.
    guide = f"/en/{index_en.slug}/what-support-can-i-get/"
    assert f'href="{guide}"' in html
    assert client.get(guide).status_code == 200
    old = client.get(f"/en/{index_en.slug}/toi-duoc-ho-tro-gi/?needs=dao-tao")
    assert old.status_code == 301
    assert old["Location"] == guide + "?needs=dao-tao"
    assert client.get("/chinh-sach/what-support-can-i-get/")["Location"] == (
        "/chinh-sach/toi-duoc-ho-tro-gi/"
    )


@pytest.mark.parametrize(
    "query_string",
    [
        "province=khong-co&sector=%00&year=abc&status=zz&type=x&page=-1",
        "q=%22%2A%3A%00%5E(&support=may-moc-thiet-bi",
        "q=NEAR(a+b)&year=99999&page=999999999999",
        "support=" + "a" * 500,
        "issuer=%E2%80%8B&region=../../etc&sort=drop",
        "q=" + "x" * 5000,
        "page=2&page=abc",
    ],
)
@time_machine.travel("2026-06-01 09:00 +0700")
def test_bad_input_is_ignored_never_500(client, library, query_string):
    response = client.get("/chinh-sach/?" + query_string)
    assert response.status_code == 200
    assert "văn bản" in response.content.decode()


@time_machine.travel("2026-06-01 09:00 +0700")
def test_bad_values_are_reported(client, library):
    html = client.get("/chinh-sach/?province=khong-co").content.decode()
    assert "không hợp lệ nên đã được bỏ qua" in html
    assert "5 văn bản" in html


@time_machine.travel("2026-06-01 09:00 +0700")
def test_drafts_and_unpublished_are_never_shown(client, policy_index, library):
    make_policy(
        policy_index,
        title="Văn bản nháp bí mật",
        slug="nhap",
        document_number="77/2026/QĐ-TTg",
        items=[support_item("may-moc-thiet-bi", "Máy nháp")],
        live=False,
    )
    library["hanoi"].unpublish()
    result = find(library["decree"].locale)
    assert "77/2026/QĐ-TTg" not in numbers(result)
    assert "12/2022/QĐ-UBND" not in numbers(result)
    assert counts(result, "support")["may-moc-thiet-bi"] == 2
    html = client.get("/chinh-sach/?q=nh%C3%A1p").content.decode()
    assert "Văn bản nháp bí mật" not in html
    assert client.get("/chinh-sach/nhap/").status_code == 404


def _add_documents(policy_index, count, start):
    for n in range(start, start + count):
        make_policy(
            policy_index,
            title=f"Văn bản thêm {n}",
            slug=f"them-{n}",
            document_number=f"{n}/2021/QĐ-UBND",
            items=[
                support_item("may-moc-thiet-bi", f"Máy {n}", max_amount=100_000_000),
                support_item("dao-tao", f"Lớp {n}"),
            ],
            scope={"provinces": ["ha-noi"], "sectors": ["che-bien-nong-lam-thuy-san"]},
        )


def test_finder_queries_do_not_grow_with_documents(
    client, policy_index, library, django_assert_max_num_queries, django_assert_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = "/chinh-sach/?support=may-moc-thiet-bi&province=ha-noi&q=m%C3%A1y"

    def page_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    page_queries()  # the first request creates the site settings row
    few = page_queries()
    _add_documents(policy_index, 12, 100)
    many = page_queries()
    assert many == few
    # The finder's own work on a cold cache: a fixed, small number of queries (18 on
    # PostgreSQL: the search's highest index entry and the planner's guess of its
    # matches, its probe, and a round trip each way for the probe's planner settings,
    # website.search_backends.postgres).
    cache.clear()
    with django_assert_max_num_queries(18):
        find(library["decree"].locale, "support=may-moc-thiet-bi&province=ha-noi&q=m%C3%A1y")


@pytest.mark.parametrize("query_string", ["", "support=may-moc-thiet-bi", "sector=det-may-da-giay"])
def test_counts_agree_with_the_sql_rules_of_the_guide(library, locale_vi, query_string):
    """The finder counts with sets in Python; the guide (policies_for) filters with the
    same "applies to" rules in SQL. Both must admit the same documents."""
    from policies.applies import Geography
    from policies.models import Status, in_effect_condition, status_conditions
    from policies.queries import applies_q, base_queryset

    result = find(locale_vi, query_string)
    shown = {r["page"].pk for r in result.results}  # every match: the library is small
    assert len(shown) == result.total
    base = base_queryset(locale_vi).filter(pk__in=shown)
    options = result.options
    for option in result.facets["province"]:
        region = options.province_region[option.value]
        geography = Geography(province_region={option.value: region})
        expected = base.filter(applies_q("province", [option.value], geography)).count()
        assert option.count == expected, option.value
    statuses = status_conditions(TODAY)
    statuses[Status.IN_FORCE] = in_effect_condition(TODAY)  # in force, amended or not
    for option in result.facets["status"]:
        assert option.count == base.filter(statuses[Status(option.value)]).count(), option.value


def test_pages_of_results_hold_every_match_once_in_order(library, locale_vi, monkeypatch):
    import policies.listing

    monkeypatch.setattr(policies.listing, "PAGE_SIZE", 2)
    first = find(locale_vi)
    seen = []
    for page in range(1, first.num_pages + 1):
        seen += [r["page"] for r in find(locale_vi, f"page={page}").results]
    assert len(seen) == first.total == len({p.pk for p in seen})
    from policies.models import STATUS_RANK, Status

    keys = [(STATUS_RANK[Status(p.status_code)], -p.issue_date.toordinal(), p.pk) for p in seen]
    assert keys == sorted(keys)


def test_in_effect_is_in_force_or_amended(library, locale_vi):
    """The home page's short list filters with one simpler condition; it must admit the
    same documents as the statuses "in force" and "amended", on any day."""
    from policies.models import PolicyPage, Status, in_effect_condition, status_conditions
    from policies.queries import latest_in_force

    documents = PolicyPage.objects.all()
    # Also documents without an effective date, and one not yet in force.
    first = documents.order_by("pk").first()
    PolicyPage.objects.filter(pk=first.pk).update(effective_date=None)
    # And one whose programme period ends with a year (no expiry date): in effect until
    # that year is over, on the days around it too.
    ended = documents.filter(expiry_date=None).order_by("pk").last()
    PolicyPage.objects.filter(pk=ended.pk).update(period_end_year=2020)
    days = sorted(
        {datetime.date(2020, 12, 31), datetime.date(2021, 1, 1)}
        | {
            day + datetime.timedelta(days=shift)
            for page in documents
            for day in (
                page.issue_date,
                page.effective_date,
                page.expiry_date,
                page.replaced_from,
                page.amended_from,
            )
            if day is not None
            for shift in (-1, 0, 1)
        }
    )
    assert len(days) > 10
    seen_both = set()
    for day in days:
        statuses = status_conditions(day)
        expected = set(
            documents.filter(statuses[Status.IN_FORCE] | statuses[Status.AMENDED]).values_list(
                "pk", flat=True
            )
        )
        assert set(documents.filter(in_effect_condition(day)).values_list("pk", flat=True)) == (
            expected
        ), day
        seen_both.add(bool(expected))
        latest = latest_in_force(locale_vi, limit=10, today=day)
        assert {page.pk for page in latest} == {
            page.pk for page in documents.filter(pk__in=expected, live=True, locale=locale_vi)
        }
        assert [page.issue_date for page in latest] == sorted(
            (page.issue_date for page in latest), reverse=True
        )
    assert seen_both == {True, False}


def test_a_private_document_is_neither_listed_nor_counted(library, locale_vi):
    from wagtail.models import PageViewRestriction

    before = find(locale_vi)
    decree = library["decree"]
    PageViewRestriction.objects.create(page=decree, restriction_type="login")
    after = find(locale_vi)
    assert after.total == before.total - 1
    assert decree.pk not in {r["page"].pk for r in after.results}
    assert sum(o.count for o in after.facets["type"]) == after.total
    searched = find(locale_vi, "q=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh")  # "nghị định"
    assert searched.total >= 1
    assert decree.pk not in {r["page"].pk for r in searched.results}


def test_finder_queries_are_not_driven_by_the_locale_index(library, locale_vi):
    """Half of all pages are articles: a query that starts from the pages of the
    language reads every one of them to find a few dozen documents (190 ms at 100,000
    articles). Each of the finder's queries starts from the documents instead."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's plans (PostgreSQL plans by its statistics)")
    with CaptureQueriesContext(connection) as captured:
        find(locale_vi, "support=may-moc-thiet-bi&province=ha-noi")
    plans = []
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            if "wagtailcore_page" not in query["sql"]:
                continue
            cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
            plans.append(" | ".join(str(row[-1]) for row in cursor.fetchall()))
    assert plans
    for plan in plans:
        assert "wagtailcore_page_locale_id" not in plan, plan


def test_the_query_string_is_read_by_the_shared_filters():
    # website.querystring.QueryFilters: each facet's values trimmed, checked, at most 12;
    # a malformed, repeated or surplus value is dropped and noted (the "ignored" notice).
    query = parse_query(QueryDict("support=%20a-b%20&support=a-b&year=1999&year=20x&page=3"))
    assert query.support == ["a-b"] and query.year == [1999] and query.page == 3
    assert query.ignored == ["support", "year"]
    many = "&".join(f"sector=s{n}" for n in range(14))
    assert len(parse_query(QueryDict(many)).sector) == 12
    assert parse_query(QueryDict(many)).ignored == ["sector", "sector"]
    clean = parse_query(QueryDict("type=zz&status=zz&sort=zz&page=0"))
    assert clean.type == [] and clean.status == [] and clean.sort == "" and clean.page == 1
    assert clean.ignored == []  # as before: unknown types, statuses and sorts are not noted
    assert parse_query(QueryDict("q=%00%00")).ignored == ["q"]
