"""The one StreamBlock library every page type shares. Block templates use ``value``."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from website.forms import VietnameseNumberField

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class ReadersTextOnly:
    """A StructBlock's searchable content: what readers read (texts, captions, the
    image's alt text), never its settings (alignment, style: a ChoiceBlock's label such
    as "toàn chiều rộng" is layout, not content)."""

    SETTINGS_BLOCKS = (blocks.ChoiceBlock, blocks.BooleanBlock)

    def get_searchable_content(self, value):
        content = []
        for name, block in self.child_blocks.items():
            if isinstance(block, self.SETTINGS_BLOCKS):
                continue
            child = value.get(name)
            alt = getattr(child, "contextual_alt_text", None)
            if alt:
                content.append(str(alt))
                continue
            content.extend(block.get_searchable_content(child))
        return content


class CaptionedImageBlock(ReadersTextOnly, blocks.StructBlock):
    image = ImageBlock(label=_("ảnh"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False, help_text=_("Hiện dưới ảnh."))
    credit = blocks.CharBlock(
        label=_("nguồn ảnh"), required=False, help_text=_("Ví dụ: Ảnh: Trung tâm Khuyến công")
    )
    alignment = blocks.ChoiceBlock(
        label=_("căn lề"),
        choices=[("full", _("toàn chiều rộng")), ("left", _("trái")), ("right", _("phải"))],
        default="full",
    )

    class Meta:
        icon = "image"
        template = "components/blocks/captioned_image.html"
        label = _("Ảnh có chú thích")
        description = _("Một ảnh với chú thích, nguồn ảnh và căn lề.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("trích dẫn"))
    attribution = blocks.CharBlock(label=_("người nói"), required=False)
    role = blocks.CharBlock(label=_("chức vụ"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Trích dẫn")
        description = _("Một câu trích dẫn nổi bật, có người nói và chức vụ.")
        preview_value = {
            "text": "Khuyến công là cầu nối giữa cơ sở sản xuất và công nghệ mới.",
            "attribution": "Nguyễn Văn A",
            "role": "Giám đốc Trung tâm Khuyến công",
        }


class CalloutBlock(ReadersTextOnly, blocks.StructBlock):
    title = blocks.CharBlock(label=_("tiêu đề"), required=False)
    text = blocks.RichTextBlock(label=_("nội dung"), features=["bold", "italic", "link", "ul"])
    style = blocks.ChoiceBlock(
        label=_("kiểu"),
        choices=[("info", _("thông tin")), ("important", _("quan trọng"))],
        default="info",
    )

    class Meta:
        icon = "help"
        template = "components/blocks/callout.html"
        label = _("Hộp lưu ý")
        description = _("Một khung nổi bật cho thông tin cần chú ý.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("tài liệu"))
    title = blocks.CharBlock(
        label=_("tên hiển thị"), required=False, help_text=_("Để trống để dùng tên tài liệu.")
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"
        label = _("Tài liệu tải về")
        description = _("Liên kết tải một tài liệu, kèm định dạng và dung lượng.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("địa chỉ video"), help_text=_("Ví dụ: đường dẫn YouTube."))
    caption = blocks.CharBlock(label=_("chú thích"), required=False)

    class Meta:
        icon = "media"
        template = "components/blocks/video.html"
        label = _("Video")
        description = _("Video nhúng từ YouTube hoặc dịch vụ tương tự.")


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("tiêu đề bảng"), required=False)
    table = TableBlock(label=_("bảng"))

    class Meta:
        icon = "table"
        template = "components/blocks/table.html"
        label = _("Bảng")
        description = _("Bảng số liệu với hàng tiêu đề.")


class BodyStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="components/blocks/paragraph.html",
        description=_("Văn bản có định dạng."),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = TableWithCaptionBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()


# Numbers typed the Vietnamese way (website.forms.VietnameseNumberField). Each stores
# what its Wagtail parent stores and deconstructs as that parent: a migration sees
# no change, only the admin's form field differs.


class MoneyBlock(blocks.IntegerBlock):
    """An amount in đồng: "300.000.000", "300 triệu", "1,2 tỷ"."""

    canonical_module_path = "wagtail.blocks.IntegerBlock"

    def __init__(self, required=True, help_text=None, min_value=0, max_value=None, **kwargs):
        super().__init__(required=required, help_text=help_text, **kwargs)
        self.field = VietnameseNumberField(
            money=True,
            required=required,
            help_text=help_text,
            min_value=min_value,
            max_value=max_value,
        )


class GroupedDecimalBlock(blocks.DecimalBlock):
    """A figure with thousands dots and a decimal comma: "1.200", "12,5"."""

    canonical_module_path = "wagtail.blocks.DecimalBlock"

    def __init__(
        self,
        required=True,
        help_text=None,
        max_value=None,
        min_value=None,
        max_digits=None,
        decimal_places=None,
        **kwargs,
    ):
        super().__init__(required=required, help_text=help_text, **kwargs)
        self.field = VietnameseNumberField(
            places=decimal_places or 0,
            required=required,
            help_text=help_text,
            min_value=min_value,
            max_value=max_value,
            max_digits=max_digits,
        )
