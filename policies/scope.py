"""Who and where a policy applies to (used by the demo loader and the factories)."""

from website.models import Province, Region, Sector

from .models import BeneficiaryKind, EnterpriseSize


def set_scope(
    page,
    *,
    kinds=(),
    sizes=(),
    sectors=(),
    regions=(),
    provinces=(),
    language="vi",
):
    """Set who and where ``page`` applies to, by slugs of the page's language."""
    page.beneficiary_kinds.set(BeneficiaryKind.objects.filter(code__in=kinds))
    page.enterprise_sizes.set(EnterpriseSize.objects.filter(code__in=sizes))
    page.sectors.set(Sector.objects.filter(slug__in=sectors, locale__language_code=language))
    page.regions.set(Region.objects.filter(slug__in=regions, locale__language_code=language))
    page.provinces.set(Province.objects.filter(slug__in=provinces, locale__language_code=language))
