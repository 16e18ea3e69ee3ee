"""The "applies to" rule is written once (policies.applies) and read three ways: in SQL
(queries.applies_q, the guide and other apps' helpers), as sets of ids (the finder's
Memberships) and on one document's links (applies.applies). All three must agree on
every document and value of a matrix."""

import datetime

import pytest

from policies.applies import RULES, Geography, applies
from policies.factories import make_policy, support_item
from policies.models import PolicyPage
from policies.queries import LINK_KINDS, Memberships, applies_q, load_options

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 1)
RED_RIVER = "dong-bang-song-hong"
NORTH = "trung-du-mien-nui-phia-bac"
FOOD = "che-bien-nong-lam-thuy-san"

VALUES = {
    "support": [
        ["may-moc-thiet-bi"],
        ["dao-tao"],
        ["hoi-cho-trien-lam"],
        ["dao-tao", "hoi-cho-trien-lam"],
    ],
    "beneficiary": [["doanh-nghiep"], ["hop-tac-xa"], ["ho-kinh-doanh"]],
    "sector": [[FOOD], ["det-may-da-giay"]],
    "size": [["nho"], ["lon"]],
    "province": [["ha-noi"], ["hai-phong"], ["cao-bang"], ["ha-noi", "cao-bang"]],
    "region": [[RED_RIVER], [NORTH], ["dong-bang-song-cuu-long"]],
}


@pytest.fixture
def matrix(library, policy_index, issuers):
    """The library and documents with the scopes it lacks: a region, a province of
    another region, sizes only, a region and a province together."""
    scopes = [
        {"regions": [RED_RIVER], "sizes": ["nho"]},
        {"provinces": ["cao-bang"], "sectors": ["det-may-da-giay"]},
        {"sizes": ["lon"], "kinds": ["doanh-nghiep"]},
        {"regions": [NORTH], "provinces": ["ha-noi"], "sectors": [FOOD, "det-may-da-giay"]},
    ]
    for number, scope in enumerate(scopes, start=1):
        make_policy(
            policy_index,
            title=f"Văn bản ma trận {number}",
            slug=f"van-ban-ma-tran-{number}",
            document_number=f"{number}/2024/QĐ-BCT",
            issuing_body=issuers["bct"],
            issue_date=datetime.date(2024, 1, number),
            items=[support_item("dao-tao", "Đào tạo")] if number % 2 else [],
            scope=scope,
        )
    return PolicyPage.objects.filter(locale=policy_index.locale)


def _links(page):
    return {
        "support": {s.slug for s in page.support_types.all()},
        "beneficiary": {b.code for b in page.beneficiary_kinds.all()},
        "sector": {s.slug for s in page.sectors.all()},
        "size": {s.code for s in page.enterprise_sizes.all()},
        "region": {r.slug for r in page.regions.all()},
        "province": {p.slug for p in page.provinces.all()},
    }


def test_every_facet_of_the_rule_is_tested():
    assert set(VALUES) == set(RULES)
    assert set(LINK_KINDS) == {"support", "beneficiary", "sector", "size", "region", "province"}


def test_sql_sets_and_one_document_agree(matrix, locale_vi):
    options = load_options(locale_vi)
    geography = options.geography
    members = Memberships(matrix, options, TODAY)
    links = {page.pk: _links(page) for page in matrix}
    assert len(links) == 9
    checked = 0
    for facet, cases in VALUES.items():
        for values in cases:
            in_sql = set(
                matrix.filter(applies_q(facet, values, geography)).values_list("pk", flat=True)
            )
            one_by_one = {
                pk for pk, linked in links.items() if applies(linked, facet, values, geography)
            }
            assert in_sql == one_by_one, (facet, values)
            if facet != "size":  # the finder has no size facet: Memberships reads no sizes
                assert members.applying(facet, values) == in_sql, (facet, values)
            checked += 1
    assert checked == sum(len(cases) for cases in VALUES.values())


def test_the_rule_reads_as_documented():
    geography = Geography(
        province_region={"ha-noi": RED_RIVER}, region_provinces={RED_RIVER: ["ha-noi"]}
    )
    nationwide = {}
    hanoi = {"province": {"ha-noi"}}
    red_river = {"region": {RED_RIVER}}
    assert applies(nationwide, "province", ["ha-noi"], geography)
    assert applies(red_river, "province", ["ha-noi"], geography)
    assert applies(hanoi, "region", [RED_RIVER], geography)
    assert not applies(hanoi, "province", ["hai-phong"], geography)
    assert applies({}, "sector", [FOOD])  # no sector: every sector
    assert not applies({}, "support", ["dao-tao"])  # support: only what it funds
    assert not applies({}, "sector", [])  # no value asked: nothing applies
