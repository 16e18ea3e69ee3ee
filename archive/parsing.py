"""Reading the old portal's saved pages: the text form and the HTML form.

Both give a ``LegacyArticle``; anything that cannot be one (no title, no or an
impossible date, a broken encoding) raises ``Malformed`` with the reason.

The HTML form's parts are found by CSS selectors (``KCQG_ARCHIVE_SELECTORS``), so a
portal of a similar build imports by configuration. The parser is BeautifulSoup 4 with
the standard library's ``html.parser`` and soupsieve for the selectors: both already
come with Wagtail (which uses them to read rich text), both maintained, and the
standard parser needs no C library.
"""

import datetime as dt
import hashlib
import re
import zoneinfo
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from django.conf import settings
from django.utils.translation import gettext as _

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

DATE_RE = re.compile(
    r"(?:Tin\s+đăng\s+lúc|Ngày\s+đăng)?\s*:?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"
    r"(?:\D{0,3}?(\d{1,2})[:hg](\d{2}))?",
    re.IGNORECASE,
)
VIEWS_RE = re.compile(r"Lượt\s+xem\s*:?\s*([\d.,\s]+)", re.IGNORECASE)
LIST_ITEM_RE = re.compile(r"^\s*(?:[-–•+*]|\d{1,2}[.)])\s+")
ORDERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+")
# A sentence ends with one of these; a photo's caption usually does not.
SENTENCE_END = tuple('.!?…:;"”»)')
# A subheading's number: "1. ", "II. ", "a) " (a lettered one is a level below).
HEADING_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|([a-zđ]))[.)]\s+\S")
# A photo's caption, not a subheading, although short: it names what the photo shows
# or who took it.
CAPTION_START_RE = re.compile(
    r"^(?:Ảnh|Hình|Toàn cảnh|Quang cảnh|Các đại biểu|Đại biểu|Đồng chí|Lãnh đạo|Ông|Bà)\b"
    r"|\(?Ảnh\s*:|Nguồn\s*:",
    re.IGNORECASE,
)
# A caption may end with its photographer: "… (Ảnh: Trung tâm Khuyến công)", "… - Ảnh: N.H."
PHOTO_CREDIT_RE = re.compile(r"[(\-–]\s*Ảnh\s*:\s*[^()]{1,60}\)?$", re.IGNORECASE)
# Text decoded with the wrong code page: "Ä‘" for "đ", "Æ°" for "ư", "á»" for "ố"…
MOJIBAKE_RE = re.compile(r"Ã[\x80-\xbf¡-ÿ]|Ä[\x80-\xbf‘’]|Æ[°¡]|á[º»][\x80-\xbf¡-ÿ]")
SPACE_RE = re.compile(r"\s+")

DEFAULT_SELECTORS = {
    # The old URL: a canonical link or og:url; Chrome's "saved from url" mark is read too.
    "old_url": "link[rel=canonical], meta[property='og:url']",
    "title": "h1.tieu-de, h1",
    "date": ".ngay-dang",
    "views": ".luot-xem",
    "lead": ".sapo",
    "lead_figure": ".anh-dai-dien",
    "body": ".noi-dung",
    "figure": "figure, table.anh, div.anh",
    "caption": "figcaption, .chu-thich",
    "author": ".tac-gia",
    "author_role": ".chuc-vu",
    "category": ".chuyen-muc",
    # Parts of the body that are the portal's furniture, not the article.
    "drop": "script, style, .quang-cao, .binh-luan, .ve-dau-trang",
}


class Malformed(Exception):
    """A saved page that is not an article we can import; the message says why."""


@dataclass
class Photo:
    caption: str
    path: Path | None = None  # the image file beside the saved page, when there is one
    name: str = ""  # the file name the page refers to (for the report)
    alt: str = ""


@dataclass
class LegacyArticle:
    source: Path
    title: str
    published: dt.datetime
    lead: str = ""
    views: int = 0
    category: str = ""
    author: str = ""
    author_role: str = ""
    old_url: str = ""
    lead_photo: Photo | None = None
    # ("html", "<p>…</p>") or ("photo", Photo), in reading order
    blocks: list = field(default_factory=list)

    @property
    def key(self):
        """What identifies the article across runs: the old URL, else title and date."""
        if self.old_url:
            return self.old_url
        digest = hashlib.sha256(f"{self.title}\n{self.published.isoformat()}".encode()).hexdigest()
        return f"sha256:{digest}"

    @property
    def old_path(self):
        return urlsplit(self.old_url).path if self.old_url else ""

    def content_hash(self, extra=""):
        """A hash of everything the import writes: an unchanged article is skipped."""
        parts = [
            self.title,
            self.published.isoformat(),
            self.lead,
            str(self.views),
            self.category,
            self.author,
            self.author_role,
            self.old_url,
            extra,
        ]
        for photo in [self.lead_photo] if self.lead_photo else []:
            parts += ["lead-photo", photo.caption, _file_hash(photo.path)]
        for kind, value in self.blocks:
            if kind == "photo":
                parts += ["photo", value.caption, _file_hash(value.path)]
            else:
                parts += [kind, value]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _file_hash(path):
    if path is None or not path.is_file():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def clean(text):
    """One line of text: non-breaking and repeated spaces as one space, trimmed."""
    return SPACE_RE.sub(" ", (text or "").replace("\xa0", " ")).strip()


def parse_date(text):
    """The publication date and time of "Tin đăng lúc 20-05-2019 [15:58]" (Hanoi time);
    Malformed when there is none or it cannot exist (31-02-2019)."""
    match = DATE_RE.search(text or "")
    if not match:
        raise Malformed(_("không có ngày đăng"))
    day, month, year, hour, minute = match.groups()
    try:
        return dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), tzinfo=HANOI
        )
    except ValueError:
        raise Malformed(
            _("ngày đăng không có thật: %(date)s") % {"date": match.group(0).strip()}
        ) from None


def parse_views(text):
    match = VIEWS_RE.search(text or "")
    if not match:
        return 0
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits) if digits else 0


def decode(data, declared=None):
    """The text of a saved page's bytes: UTF-8 (or the declared code page); a page
    that does not decode, or decodes to mojibake, is Malformed."""
    encodings = ["utf-8-sig"]
    if declared and declared.lower().replace("_", "-") not in {"utf-8", "utf8"}:
        encodings.insert(0, declared)
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\ufffd" in text or MOJIBAKE_RE.search(text):
            raise Malformed(_("mã hóa ký tự hỏng (chữ tiếng Việt bị lỗi)"))
        return text
    raise Malformed(_("mã hóa ký tự hỏng (không đọc được dưới dạng UTF-8)"))


def files_folder(path):
    """The folder a browser saves a page's images in: "<name>_files" beside it."""
    return path.with_name(f"{path.stem}_files")


def _is_caption(text):
    return 0 < len(text) <= 200 and (
        not text.endswith(SENTENCE_END) or bool(PHOTO_CREDIT_RE.search(text))
    )


def _is_list_item(line):
    return line is not None and bool(LIST_ITEM_RE.match(line))


def _heading_level(line, previous, following):
    """2 or 3 when a body line of the text form is a subheading, else None.

    The text form loses the portal's formatting, so a subheading is known by its shape:
    a short line that stands alone before more text, and that is numbered ("1. Kết quả
    đạt được", "II. Giải pháp", "a) Về vốn": not when its neighbours are list items too),
    all in capitals, ends with a colon (not when a list follows: then it introduces the
    list), or is a plain phrase of at most eight words without a number, a proper name
    or a photo's usual words ("Giải pháp trong thời gian tới"). A longer line without a
    full stop, or one naming people, places or years, stays a photo's caption.
    """
    if following is None or len(line) > 100:
        return None
    number = HEADING_NUMBER_RE.match(line)
    if number:
        if _is_list_item(previous) or _is_list_item(following) or line.endswith((".", ";")):
            return None
        return 3 if number.group(1) else 2
    if _is_list_item(line):
        return None
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return 2
    if line.endswith(":"):
        return None if _is_list_item(following) else 2
    words = line.split()
    if (
        _is_caption(line)
        and len(words) <= 8
        and not any(c.isdigit() for c in line)
        and not any(word[:1].isupper() for word in words[1:])
        and not CAPTION_START_RE.search(line)
    ):
        return 2
    return None


def _heading(line, level):
    return ("html", f"<h{level}>{escape(line.rstrip(':').strip())}</h{level}>")


def _paragraphs_to_blocks(lines):
    """Paragraph lines to ("html", …) blocks, consecutive list items to one list."""
    blocks, items, ordered = [], [], False

    def flush():
        nonlocal items
        if items:
            tag = "ol" if ordered else "ul"
            inner = "".join(f"<li>{escape(item)}</li>" for item in items)
            blocks.append(("html", f"<{tag}>{inner}</{tag}>"))
            items = []

    for line in lines:
        if LIST_ITEM_RE.match(line):
            if not items:
                ordered = bool(ORDERED_RE.match(line))
            items.append(LIST_ITEM_RE.sub("", line, count=1))
            continue
        flush()
        blocks.append(("html", f"<p>{escape(line)}</p>"))
    flush()
    return blocks


# The text form ----------------------------------------------------------------------


def parse_text(path, data=None):
    """A page saved as text: reading date, "Tin đăng lúc …", "Lượt xem: …", title,
    lead (with the lead photo's caption on the next line), body, author and role,
    "| <category>", then the portal's footer."""
    path = Path(path)
    text = decode(data if data is not None else path.read_bytes())
    groups, current = [], []
    for raw in text.splitlines():
        if raw.strip(" \t\r\n"):
            current.append(raw)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)

    published = views = None
    title = None
    rest = []
    for position, group in enumerate(groups):
        line = clean(group[0])
        if published is None and DATE_RE.search(line) and "đăng" in line.lower():
            published = parse_date(line)
            continue
        if views is None and VIEWS_RE.match(line):
            views = parse_views(line)
            continue
        if published is not None and title is None and clean(" ".join(group)):
            title = clean(group[0])
            rest = groups[position + 1 :]
            break
    if published is None:
        raise Malformed(_("không có ngày đăng (dòng “Tin đăng lúc …”)"))
    if not title:
        raise Malformed(_("không có tiêu đề"))

    # The category line "| Mã Khác" ends the article; the footer follows.
    category, end = "", len(rest)
    for position, group in enumerate(rest):
        line = clean(group[0])
        if line.startswith("|"):
            category, end = clean(line.lstrip("|")), position
            break
    content = [[clean(line) for line in group] for group in rest[:end]]
    content = [[line for line in group if line] for group in content]
    content = [group for group in content if group]

    lead, lead_photo = "", None
    if content:
        first = content.pop(0)
        lead = first[0]
        captions = [line for line in first[1:] if line != title]
        if captions:
            lead_photo = Photo(caption=" ".join(captions))

    # Author and role: the one or two short lines without a full stop before the
    # category line.
    author = role = ""
    tail = [group[0] for group in content[-2:] if len(group) == 1]
    if len(tail) == 2 and all(_is_caption(line) and len(line) <= 120 for line in tail):
        author, role = tail
        content = content[:-2]
    elif tail and _is_caption(tail[-1]) and len(tail[-1]) <= 60:
        author = tail[-1]
        content = content[:-1]

    blocks, pending = [], []
    lines = [line for group in content for line in group]
    for position, line in enumerate(lines):
        previous = lines[position - 1] if position else None
        following = lines[position + 1] if position + 1 < len(lines) else None
        level = _heading_level(line, previous, following)
        if level:
            blocks += _paragraphs_to_blocks(pending)
            pending = []
            blocks.append(_heading(line, level))
        elif _is_caption(line) and not _is_list_item(line):
            blocks += _paragraphs_to_blocks(pending)
            pending = []
            blocks.append(("photo", Photo(caption=line)))
        else:
            pending.append(line)
    blocks += _paragraphs_to_blocks(pending)

    # Images saved beside the page, in the order of the captions.
    folder = files_folder(path)
    images = (
        sorted(
            p
            for p in folder.glob("*")
            if p.suffix.lower() in {".jpg", ".jpeg", ".png", ".gif", ".webp"}
        )
        if folder.is_dir()
        else []
    )
    photos = ([lead_photo] if lead_photo else []) + [v for k, v in blocks if k == "photo"]
    for photo, image in zip(photos, images, strict=False):
        photo.path, photo.name = image, image.name

    return LegacyArticle(
        source=path,
        title=title,
        published=published,
        lead=lead,
        views=views or 0,
        category=category,
        author=author,
        author_role=role,
        lead_photo=lead_photo,
        blocks=blocks,
    )


# The HTML form ----------------------------------------------------------------------


def selectors():
    return {**DEFAULT_SELECTORS, **getattr(settings, "KCQG_ARCHIVE_SELECTORS", {})}


SAVED_FROM_RE = re.compile(r"saved from url=\(\d+\)(\S+)", re.IGNORECASE)
CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


def _text(node):
    return clean(node.get_text(" ")) if node is not None else ""


def _inline_html(node):
    """The inline content of a paragraph as rich text: text, bold, italic, links."""
    out = []
    for child in node.children:
        if isinstance(child, NavigableString):
            out.append(escape(str(child).replace("\xa0", " ")))
        elif isinstance(child, Tag):
            inner = _inline_html(child)
            if child.name in {"b", "strong"}:
                out.append(f"<b>{inner}</b>")
            elif child.name in {"i", "em"}:
                out.append(f"<i>{inner}</i>")
            elif child.name == "a" and child.get("href", "").startswith(("http://", "https://")):
                out.append(f'<a href="{escape(child["href"])}">{inner}</a>')
            elif child.name == "br":
                out.append("<br/>")
            else:
                out.append(inner)
    return SPACE_RE.sub(" ", "".join(out)).strip()


def _local_image(path, src):
    """The file a saved page's ``src`` points to, when it is beside the page."""
    if not src or src.startswith(("data:", "http://", "https://", "//")):
        # An absolute URL: a saved page points into its _files folder; try by name.
        name = Path(unquote(urlsplit(src).path)).name if src else ""
        candidate = files_folder(path) / name if name else None
        return (candidate if candidate and candidate.is_file() else None), name
    relative = Path(unquote(urlsplit(src).path))
    candidate = (path.parent / relative).resolve()
    folder = path.parent.resolve()
    if folder not in candidate.parents or not candidate.is_file():
        return None, relative.name
    return candidate, relative.name


def _photo(path, node, sel):
    img = node if node.name == "img" else node.find("img")
    caption_node = node.select_one(sel["caption"]) if node.name != "img" else None
    caption = _text(caption_node)
    alt = clean(img.get("alt", "")) if img is not None else ""
    file, name = _local_image(path, img.get("src", "") if img is not None else "")
    return Photo(caption=caption or alt, path=file, name=name, alt=alt)


def parse_html(path, data=None):
    path = Path(path)
    data = data if data is not None else path.read_bytes()
    declared = CHARSET_RE.search(data[:4096])
    text = decode(data, declared.group(1).decode("ascii") if declared else None)
    sel = selectors()
    soup = BeautifulSoup(text, "html.parser")
    for node in soup.select(sel["drop"]):
        node.decompose()

    title = _text(soup.select_one(sel["title"]))
    if not title:
        raise Malformed(_("không có tiêu đề"))
    date_node = soup.select_one(sel["date"])
    if date_node is None:
        raise Malformed(_("không có ngày đăng"))
    published = parse_date(_text(date_node))

    old_url = ""
    url_node = soup.select_one(sel["old_url"]) if sel.get("old_url") else None
    if url_node is not None:
        old_url = url_node.get("href") or url_node.get("content") or ""
    if not old_url:
        saved_from = SAVED_FROM_RE.search(text[:2048])
        old_url = saved_from.group(1) if saved_from else ""

    lead_photo = None
    lead_figure = soup.select_one(sel["lead_figure"]) if sel.get("lead_figure") else None
    if lead_figure is not None:
        lead_photo = _photo(path, lead_figure, sel)
        lead_figure.extract()

    author_node = soup.select_one(sel["author"]) if sel.get("author") else None
    role_node = soup.select_one(sel["author_role"]) if sel.get("author_role") else None
    author, role = _text(author_node), _text(role_node)
    for node in (author_node, role_node):
        if node is not None:
            node.extract()

    blocks = []
    body = soup.select_one(sel["body"])
    if body is not None:
        blocks = _html_blocks(path, body, sel)

    return LegacyArticle(
        source=path,
        title=title,
        published=published,
        lead=_text(soup.select_one(sel["lead"])),
        views=parse_views(_text(soup.select_one(sel["views"]))),
        category=clean(_text(soup.select_one(sel["category"])).lstrip("|")),
        author=author,
        author_role=role,
        old_url=old_url,
        lead_photo=lead_photo,
        blocks=blocks,
    )


def _html_blocks(path, body, sel):
    blocks = []
    for child in body.children:
        if not isinstance(child, Tag):
            if clean(str(child)):
                blocks.append(("html", f"<p>{escape(clean(str(child)))}</p>"))
            continue
        if child.css.match(sel["figure"]) or (child.find("img") and not _text(child)):
            blocks.append(("photo", _photo(path, child, sel)))
        elif child.name in {"ul", "ol"}:
            items = [f"<li>{_inline_html(li)}</li>" for li in child.find_all("li") if _text(li)]
            if items:
                blocks.append(("html", f"<{child.name}>{''.join(items)}</{child.name}>"))
        elif child.name in {"h2", "h3", "h4", "h5", "h6"}:
            level = "h2" if child.name == "h2" else "h3"
            if _text(child):
                blocks.append(("html", f"<{level}>{escape(_text(child))}</{level}>"))
        elif child.name in {"div", "section", "article"} and child.find(["p", "ul", "ol", "img"]):
            blocks += _html_blocks(path, child, sel)
        else:
            for img in child.find_all("img"):
                blocks.append(("photo", _photo(path, img, sel)))
            inline = _inline_html(child)
            if clean(re.sub(r"<[^>]+>", "", inline)):
                blocks.append(("html", f"<p>{inline}</p>"))
    return blocks


def parse(path, data=None):
    """A saved page by its kind: ``.htm``/``.html`` as HTML, anything else as text."""
    path = Path(path)
    if path.suffix.lower() in {".htm", ".html", ".xhtml"}:
        return parse_html(path, data)
    return parse_text(path, data)
