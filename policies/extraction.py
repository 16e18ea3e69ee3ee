"""Text of attached files (PDF with pypdf; DOCX with python-docx when installed).

``extract_text`` never raises for a bad file: a scanned PDF without a text layer,
a broken or encrypted file all give an empty text, and the outcome says why.
Work is bounded: at most ``MAX_PAGES`` pages and ``MAX_CHARS`` characters.
"""

import hashlib
import io
import logging
import re
import zipfile

from django.db import transaction
from wagtail.search import index

from .models import DocumentText, PolicyAttachment, PolicyPage

logger = logging.getLogger(__name__)

MAX_PAGES = 300
MAX_CHARS = 500_000
_SPACES = re.compile(r"[ \t\r\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text):
    text = _CONTROL.sub(" ", text or "")
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)[:MAX_CHARS]


def extract_pdf(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Many signed PDFs are "encrypted" with an empty user password.
        reader.decrypt("")
    parts, size = [], 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES or size >= MAX_CHARS:
            break
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
    return "\n".join(parts)


def extract_docx(data):
    try:
        import docx  # python-docx, optional
    except ImportError:
        return _docx_without_library(data)
    document = docx.Document(io.BytesIO(data))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def _docx_without_library(data):
    """The words of word/document.xml, good enough for search."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8", "replace")
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


EXTRACTORS = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "txt": lambda data: data.decode("utf-8", "replace"),
}


def extract_text(data, extension):
    """(text, outcome) for the bytes of a file with this extension."""
    extractor = EXTRACTORS.get((extension or "").lower().lstrip("."))
    if extractor is None:
        return "", DocumentText.Outcome.UNSUPPORTED
    try:
        text = clean_text(extractor(data))
    except Exception:  # noqa: BLE001 - any broken file: log it, keep the upload
        logger.warning("could not extract text from a .%s file", extension, exc_info=True)
        return "", DocumentText.Outcome.FAILED
    if not text:
        logger.info("a .%s file has no text layer (scanned?)", extension)
        return "", DocumentText.Outcome.EMPTY
    return text, DocumentText.Outcome.OK


def update_document_text(document, force=False):
    """Extract the document's text when its file changed; reindex the policies using it."""
    existing = DocumentText.objects.filter(document=document).first()
    try:
        with document.open_file() as handle:
            data = handle.read()
    except (OSError, ValueError):
        logger.warning("document %s: file missing", document.pk, exc_info=True)
        data = None
    file_hash = hashlib.sha1(data).hexdigest() if data is not None else ""  # noqa: S324
    if existing is not None and not force and file_hash and existing.file_hash == file_hash:
        return existing
    if data is None:
        text, outcome = "", DocumentText.Outcome.FAILED
    else:
        text, outcome = extract_text(data, document.file_extension)
    record, _created = DocumentText.objects.update_or_create(
        document=document,
        defaults={"text": text, "outcome": outcome, "file_hash": file_hash},
    )
    page_ids = list(
        PolicyAttachment.objects.filter(document=document).values_list("page_id", flat=True)
    )
    if page_ids:
        transaction.on_commit(lambda: reindex_policies(page_ids))
    return record


def reindex_policies(page_ids):
    for page in PolicyPage.objects.filter(pk__in=page_ids, live=True):
        index.insert_or_update_object(page)
