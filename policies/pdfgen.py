"""Small PDFs with an extractable text layer, for demo content and tests (fpdf2).

Vietnamese needs a Unicode TrueType font. We look for DejaVu Sans (Debian's
fonts-dejavu-core, or the copy matplotlib ships) and Noto Sans; without any of
them the text is written with a built-in PDF font, folded to ASCII ("Quyết định"
→ "Quyet dinh"), so the PDF still has searchable words.
"""

import importlib.util
import os
from pathlib import Path

from anyascii import anyascii

FONT_ENV = "KCQG_PDF_FONT"
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]


def unicode_font():
    """Path of a TrueType font with Vietnamese letters, or None."""
    candidates = [os.environ.get(FONT_ENV, ""), *FONT_CANDIDATES]
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin:
        candidates.append(str(Path(spec.origin).parent / "mpl-data/fonts/ttf/DejaVuSans.ttf"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def make_pdf(lines, title="", font_path=None):
    """Bytes of an A4 PDF: ``title`` in bold-ish large type, then ``lines``."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(title or "")
    pdf.set_creator("KCQG demo")
    pdf.add_page()
    path = font_path if font_path is not None else unicode_font()
    if path:
        pdf.add_font("Body", "", path)
        family, fold = "Body", False
    else:
        family, fold = "Helvetica", True

    def text(value):
        return anyascii(value) if fold else value

    width = pdf.w - pdf.l_margin - pdf.r_margin
    if title:
        pdf.set_font(family, size=15)
        pdf.multi_cell(width, 8, text(title), align="C")
        pdf.ln(4)
    pdf.set_font(family, size=11)
    for line in lines:
        if line:
            pdf.multi_cell(width, 6, text(line))
        pdf.ln(2)
    return bytes(pdf.output())
