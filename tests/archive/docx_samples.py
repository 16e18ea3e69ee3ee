"""Word documents for the tests, written with python-docx (a dev requirement)."""

import io
import re
import zipfile

from docx import Document
from docx.shared import Cm

from tests.archive.conftest import jpeg

# The body blocks article_docx() becomes: heading, paragraph, list, table, two images, paragraph.
ARTICLE_BLOCKS = ["paragraph", "paragraph", "paragraph", "table", "image", "image", "paragraph"]


def article_docx(images=True):
    """Title, lead, heading, bold and italic, a list, a table, two captioned images."""
    document = Document()
    document.add_heading("Hỗ trợ máy sấy nông sản cho hợp tác xã Tân Phú", level=1)
    document.add_paragraph("Năm 2025, đề án khuyến công hỗ trợ 3 hợp tác xã mua máy sấy.")
    document.add_heading("Kết quả sau một năm", level=2)
    paragraph = document.add_paragraph("Năng suất tăng ")
    paragraph.add_run("gấp đôi").bold = True
    paragraph.add_run(", chi phí giảm ")
    paragraph.add_run("một phần ba").italic = True
    paragraph.add_run(".")
    for item in ("Máy sấy 500 kg/mẻ", "Đào tạo vận hành", "Tư vấn tiêu thụ"):
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, values in zip(
        table.rows,
        [("Hạng mục", "Kinh phí"), ("Máy sấy", "450.000.000"), ("Đào tạo", "30.000.000")],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    if images:
        for colour, caption in (
            ((200, 60, 40), "Máy sấy tại hợp tác xã Tân Phú"),
            ((40, 120, 200), "Lớp đào tạo vận hành máy"),
        ):
            document.add_picture(io.BytesIO(jpeg(colour)), width=Cm(8))
            document.add_paragraph(caption, style="Caption")
    document.add_paragraph("Hợp tác xã dự kiến mở rộng sản xuất trong năm tới.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rewrite(data, changes):
    """A copy of the .docx package with parts changed ({name: fn(bytes) -> bytes}) or
    added ({name: bytes})."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            change = changes.get(name)
            if callable(change):
                content = change(content)
            target.writestr(name, content)
        for name, content in changes.items():
            if not callable(content) and name not in source.namelist():
                target.writestr(name, content)
    return out.getvalue()


def unsafe_docx():
    """The article with a macro part and its first image linked from outside."""
    data = article_docx()

    def content_types(xml):
        return xml.replace(
            b"</Types>",
            b'<Override PartName="/word/vbaProject.bin" '
            b'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )

    def relations(xml):
        return xml.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdExt1" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
            b'Target="http://tracker.example/anh.jpg" TargetMode="External"/></Relationships>',
        )

    def document(xml):
        return re.sub(rb'r:embed="rId\d+"', b'r:link="rIdExt1"', xml, count=1)

    return _rewrite(
        data,
        {
            "[Content_Types].xml": content_types,
            "word/_rels/document.xml.rels": relations,
            "word/document.xml": document,
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro",
        },
    )


def empty_docx():
    """A Word document with no text, no table and no image."""
    buffer = io.BytesIO()
    Document().save(buffer)
    return buffer.getvalue()
