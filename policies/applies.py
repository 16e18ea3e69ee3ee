"""The "applies to" rule, written once.

A document applies to a value of a facet when it is linked to one of the value's
*targets*, or when it has no link at all of the facet's *open kinds* (it then applies
to every value):

- support type: only the documents that fund it (no open kind);
- beneficiary kind, sector, enterprise size: the documents linked to it, and those
  linked to no kind (no sector, no size) at all;
- province: the documents linked to it or to its region, and the nationwide ones
  (no region and no province);
- region: the documents linked to it or to one of its provinces, and the nationwide
  ones.

``RULES`` says this as data; ``policies.queries`` derives from it both the SQL
condition (``applies_q``, for the guide and the other apps' helpers) and the sets of
ids the finder counts with (``Memberships.option``); ``applies`` is the same rule on
one document's links, for tests and readers. tests/policies/test_applies.py checks
that the three agree.

Link kinds are the names of ``policies.queries``' link tables: "support",
"beneficiary", "sector", "size", "region", "province". A leaf module: it imports no
other module of the app.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

AREA = ("region", "province")


@dataclass(frozen=True)
class Geography:
    """Which region each province is in, and the provinces of each region (slugs)."""

    province_region: dict = field(default_factory=dict)
    region_provinces: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """``targets(values, geography)`` -> {link kind: [values]}: a document linked to
    one of them applies; so does one linked to nothing of ``open_kinds``."""

    targets: Callable
    open_kinds: tuple = ()


def _own(kind):
    return Rule(lambda values, geography: {kind: list(values)}, open_kinds=(kind,))


RULES = {
    "support": Rule(lambda values, geography: {"support": list(values)}),
    "beneficiary": _own("beneficiary"),
    "sector": _own("sector"),
    "size": _own("size"),
    "province": Rule(
        lambda values, geography: {
            "province": list(values),
            "region": [geography.province_region.get(value, "") for value in values],
        },
        open_kinds=AREA,
    ),
    "region": Rule(
        lambda values, geography: {
            "region": list(values),
            "province": [
                province
                for value in values
                for province in geography.region_provinces.get(value, [])
            ],
        },
        open_kinds=AREA,
    ),
}


def targets(facet, values, geography=None):
    """{link kind: [values]} a document may be linked to for ``values`` of ``facet``;
    kinds without a value left out."""
    found = RULES[facet].targets(values, geography or Geography())
    return {kind: wanted for kind, wanted in found.items() if wanted}


def open_kinds(facet):
    return RULES[facet].open_kinds


def applies(links, facet, values, geography=None):
    """Whether a document with ``links`` ({link kind: set of values}) applies to one of
    ``values`` of ``facet``. No values: it does not."""
    if not values:
        return False
    kinds = open_kinds(facet)
    if kinds and not any(links.get(kind) for kind in kinds):
        return True
    return any(
        set(links.get(kind, ())) & set(wanted)
        for kind, wanted in targets(facet, values, geography).items()
    )
