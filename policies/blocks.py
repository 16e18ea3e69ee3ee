"""Blocks of the policies app: one support item of a legal document."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from website.blocks import MoneyBlock


class SupportItemBlock(blocks.StructBlock):
    """What a document funds: the kind of support, what exactly, up to how much."""

    support_type = SnippetChooserBlock("website.SupportType", label=_("loại hình hỗ trợ"))
    what = blocks.TextBlock(
        label=_("nội dung được hỗ trợ"),
        help_text=_("Ví dụ: Chi phí mua máy móc, thiết bị tiên tiến để sản xuất."),
    )
    max_amount = MoneyBlock(
        label=_("mức tối đa (đồng)"),
        required=False,
        min_value=0,
        help_text=_("Số tiền tối đa cho một cơ sở hoặc một đề án, tính bằng đồng."),
    )
    cost_share = blocks.IntegerBlock(
        label=_("tỷ lệ hỗ trợ (%)"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_("Phần trăm chi phí được hỗ trợ, ví dụ 50."),
    )
    level_note = blocks.CharBlock(
        label=_("ghi chú về mức hỗ trợ"),
        required=False,
        help_text=_("Ví dụ: không quá 300 triệu đồng một mô hình; áp dụng cho địa bàn khó khăn."),
    )

    class Meta:
        icon = "tick-inverse"
        template = "components/policies/support_item.html"
        label = _("Nội dung hỗ trợ")
        description = _("Một loại hỗ trợ: nội dung, mức tối đa và tỷ lệ chi phí.")


class SupportItemsBlock(blocks.StreamBlock):
    item = SupportItemBlock()

    class Meta:
        template = "components/policies/support_items.html"
