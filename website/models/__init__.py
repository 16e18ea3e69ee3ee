from .counter import PageViewDay, PageViewTotal
from .limits import LimitCounter
from .mixins import BasePage, ListingFields, LocaleSingletonMixin, SocialFields
from .pages import HomePage, StandardPage
from .search import SearchSynonym
from .settings import SiteSettings
from .taxonomy import Province, Region, Sector, SupportType

__all__ = [
    "BasePage",
    "HomePage",
    "LimitCounter",
    "ListingFields",
    "LocaleSingletonMixin",
    "PageViewDay",
    "PageViewTotal",
    "Province",
    "Region",
    "SearchSynonym",
    "Sector",
    "SiteSettings",
    "SocialFields",
    "StandardPage",
    "SupportType",
]
