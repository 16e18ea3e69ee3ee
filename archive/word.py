"""A Word document (.docx) into the title, lead and body blocks of a news article.

Built on mammoth (pinned in requirements.txt): it turns a .docx into plain semantic
HTML (headings, paragraphs, bold, italic, lists, tables, images with their alt text)
and never follows an external link unless asked, which it is not here.
``wagtail-content-import`` was the first choice, but its newest release (0.13.3)
supports Wagtail 7 only.

Unsafe content is dropped and said so: macros (a ``vbaProject`` part or a
macro-enabled document type), images linked from outside the document, images larger
than ``KCQG_ARCHIVE_MAX_IMAGE_BYTES`` or ``KCQG_WORD_MAX_IMAGE_PIXELS``.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from html import escape

import mammoth
from bs4 import BeautifulSoup, Tag
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

STYLE_MAP = """
p[style-name='Caption'] => p.caption:fresh
p[style-name='Chú thích'] => p.caption:fresh
p[style-name='Title'] => h1:fresh
"""
MACRO_TYPES = ("macroEnabled", "vbaProject")
EXTERNAL_IMAGE_RE = re.compile(
    r'<Relationship[^>]+Type="[^"]+/image"[^>]+TargetMode="External"'
    r'|<Relationship[^>]+TargetMode="External"[^>]+Type="[^"]+/image"'
)


class NotADocx(Exception):
    """The upload is not a Word document we can read."""


@dataclass
class WordDocument:
    title: str = ""
    lead: str = ""
    body: list = field(default_factory=list)  # StreamField data
    messages: list = field(default_factory=list)  # what was dropped, in the editor's language
    images: list = field(default_factory=list)


def max_pixels():
    return getattr(settings, "KCQG_WORD_MAX_IMAGE_PIXELS", 40_000_000)


def _check_package(data, messages):
    """Read the .docx package; note macros and external images (mammoth drops both)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = package.namelist()
        content_types = package.read("[Content_Types].xml").decode("utf-8", "replace")
        relations = package.read("word/_rels/document.xml.rels").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError):
        raise NotADocx(_("Tệp này không phải tài liệu Word (.docx).")) from None
    if any("vbaProject" in name for name in names) or any(
        kind in content_types for kind in MACRO_TYPES
    ):
        messages.append(_("Tài liệu có macro; macro đã bị bỏ, không chạy."))
    external = len(EXTERNAL_IMAGE_RE.findall(relations))
    if external:
        messages.append(
            _("Đã bỏ %(n)s ảnh liên kết từ bên ngoài tài liệu (chỉ nhận ảnh nằm trong tệp).")
            % {"n": external}
        )


def _store_image(result, data, alt, content_type):
    if len(data) > getattr(settings, "KCQG_ARCHIVE_MAX_IMAGE_BYTES", 10 * 1024 * 1024):
        result.messages.append(_("Đã bỏ một ảnh quá lớn (dung lượng)."))
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            kind = (probe.format or "png").lower()
    except Exception:  # Pillow raises many kinds for a file it cannot read
        result.messages.append(_("Đã bỏ một ảnh không đọc được."))
        return None
    if width * height > max_pixels():
        result.messages.append(
            _("Đã bỏ một ảnh quá lớn (%(w)s × %(h)s điểm ảnh).") % {"w": width, "h": height}
        )
        return None
    description = (alt or _("Ảnh trong tài liệu Word"))[:255]
    image = get_image_model()(
        title=description,
        description=alt[:255],
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(data), name=f"word-{len(result.images) + 1}.{kind}"),
    )
    image.save()
    result.images.append(image)
    return image


def _rich(node):
    """An element's inner HTML as Wagtail rich text (<b>, <i>; no other attributes)."""
    html = node.decode_contents()
    html = re.sub(r"<(/?)strong>", r"<\1b>", html)
    html = re.sub(r"<(/?)em>", r"<\1i>", html)
    html = re.sub(r'<a id="[^"]*"></a>', "", html)
    html = re.sub(r'<a href="(?!https?://)[^"]*">(.*?)</a>', r"\1", html)
    return re.sub(r"<img[^>]*>", "", html).strip()


def _table(node):
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        for row in node.find_all("tr")
    ]
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    return {
        "type": "table",
        "value": {
            "caption": "",
            "table": {
                "data": rows,
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "",
            },
        },
    }


def convert(data):
    """A WordDocument from the bytes of a .docx (NotADocx when it is not one)."""
    result = WordDocument()
    _check_package(data, result.messages)
    images = {}

    def image_element(image):
        with image.open() as handle:
            stored = _store_image(result, handle.read(), image.alt_text or "", image.content_type)
        if stored is None:
            return {}
        images[str(stored.pk)] = stored
        return {"src": f"wagtail-image:{stored.pk}", "alt": image.alt_text or ""}

    try:
        converted = mammoth.convert_to_html(
            io.BytesIO(data),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(image_element),
        )
    except Exception:  # mammoth raises various errors on a damaged package
        raise NotADocx(_("Không đọc được tài liệu Word này.")) from None

    soup = BeautifulSoup(converted.value, "html.parser")
    body = []
    for node in soup.children:
        if not isinstance(node, Tag):
            continue
        text = node.get_text(" ", strip=True)
        pictures = [
            img for img in node.find_all("img") if img.get("src", "").startswith("wagtail-image:")
        ]
        if node.name == "p" and "caption" in (node.get("class") or []):
            if body and body[-1]["type"] == "image" and not body[-1]["value"]["caption"]:
                body[-1]["value"]["caption"] = text
                if not body[-1]["value"]["image"]["alt_text"]:
                    body[-1]["value"]["image"]["alt_text"] = text[:255]
                    image = images[str(body[-1]["value"]["image"]["image"])]
                    if not image.description:
                        image.description = image.title = text[:255]
                        image.save(update_fields=["description", "title"])
            elif text:
                body.append({"type": "paragraph", "value": f"<p><i>{escape(text)}</i></p>"})
            continue
        for img in pictures:
            image = images[img["src"].partition(":")[2]]
            body.append(
                {
                    "type": "image",
                    "value": {
                        "image": {
                            "image": image.pk,
                            "alt_text": img.get("alt", "")[:255],
                            "decorative": False,
                        },
                        "caption": "",
                        "credit": "",
                        "alignment": "full",
                    },
                }
            )
        if not text:
            continue
        if node.name == "h1" and not result.title:
            result.title = text
        elif node.name in {"h1", "h2"}:
            body.append({"type": "paragraph", "value": f"<h2>{escape(text)}</h2>"})
        elif node.name in {"h3", "h4", "h5", "h6"}:
            body.append({"type": "paragraph", "value": f"<h3>{escape(text)}</h3>"})
        elif node.name == "table":
            body.append(_table(node))
        elif node.name in {"ul", "ol"}:
            body.append({"type": "paragraph", "value": f"<{node.name}>{_rich(node)}</{node.name}>"})
        elif node.name == "p":
            if not result.lead and result.title:
                result.lead = text
            else:
                body.append({"type": "paragraph", "value": f"<p>{_rich(node)}</p>"})
    result.body = body
    return result
