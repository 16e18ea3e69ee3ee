from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Province, Region, Sector, SupportType


class TaxonomyViewSet(SnippetViewSet):
    # Small tables: search them with the ORM, no search index to keep in step.
    search_backend_name = None
    search_fields = ["name", "slug"]


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug", "sort_order"]


class ProvinceViewSet(TaxonomyViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "region", "is_city"]
    list_filter = ["region", "is_city"]


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "cogs"
    list_display = ["name", "slug", "sort_order"]


class SupportTypeViewSet(TaxonomyViewSet):
    model = SupportType
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Danh mục dùng chung")
    menu_icon = "list-ul"
    menu_order = 300
    items = (RegionViewSet, ProvinceViewSet, SectorViewSet, SupportTypeViewSet)


register_snippet(TaxonomyGroup)
