"""Blocks only the showcase uses: outcome metrics and product specifications."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from showcase.text import percent_change
from website.blocks import GroupedDecimalBlock


class OutcomeValue(blocks.StructValue):
    def change(self):
        """The relative change from before to after, in per cent (None when undefined)."""
        before, after = self.get("before"), self.get("after")
        if before in (None, Decimal(0)) or after is None:
            return None
        return (Decimal(after) - Decimal(before)) / abs(Decimal(before)) * 100

    def change_text(self):
        """ "Doanh thu +20%" / "Revenue +20%": the indicator and its change."""
        return percent_change(self.get("indicator"), self.change())


class OutcomeBlock(blocks.StructBlock):
    indicator = blocks.CharBlock(
        label=_("chỉ tiêu"), max_length=80, help_text=_("Ví dụ: Doanh thu, Năng suất, Lao động")
    )
    unit = blocks.CharBlock(
        label=_("đơn vị"), max_length=40, required=False, help_text=_("Ví dụ: triệu đồng/năm")
    )
    before = GroupedDecimalBlock(label=_("trước khi hỗ trợ"), decimal_places=2)
    after = GroupedDecimalBlock(label=_("sau khi hỗ trợ"), decimal_places=2)

    class Meta:
        icon = "order"
        label = _("Chỉ tiêu trước và sau")
        value_class = OutcomeValue
        template = "components/showcase/outcome.html"


class OutcomeStreamBlock(blocks.StreamBlock):
    outcome = OutcomeBlock()


class SpecificationBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("thông số"), max_length=80)
    value = blocks.CharBlock(label=_("giá trị"), max_length=255)

    class Meta:
        icon = "list-ul"
        label = _("Thông số")


class SpecificationStreamBlock(blocks.StreamBlock):
    spec = SpecificationBlock()
