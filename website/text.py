"""Text helpers shared by every app: ASCII slugs, Vietnamese dates and money."""

import re
from decimal import Decimal

from anyascii import anyascii
from django.utils import timezone
from django.utils.text import slugify as django_slugify

from website.locales import language_code

WEEKDAYS_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def ascii_slug(text, max_length=255):
    """An ASCII slug from Vietnamese text: "Đề án khuyến công" → "de-an-khuyen-cong"."""
    return django_slugify(anyascii(text or ""))[:max_length].strip("-")


def _lang(language):
    return language_code(language)


def _local(value):
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        return timezone.localtime(value)
    return value


def long_date(value, language=None):
    """ "Thứ Hai, 30/11/2026" in Vietnamese, "Monday, 30 November 2026" in English."""
    if not value:
        return ""
    value = _local(value)
    if _lang(language) == "en":
        return (
            f"{WEEKDAYS_EN[value.weekday()]}, {value.day} {MONTHS_EN[value.month - 1]} {value.year}"
        )
    return f"{WEEKDAYS_VI[value.weekday()]}, {value:%d/%m/%Y}"


def short_date(value, language=None):
    """ "20/05/2019" in Vietnamese, "20 May 2019" in English."""
    if not value:
        return ""
    value = _local(value)
    if _lang(language) == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value:%d/%m/%Y}"


def date_time(value, language=None):
    """ "20/05/2019 15:58" in Vietnamese, "20 May 2019" in English."""
    if not value:
        return ""
    value = _local(value)
    if _lang(language) == "en":
        return short_date(value, "en")
    return f"{value:%d/%m/%Y %H:%M}"


def iso_datetime(value):
    """A machine-readable date for ``<time datetime>``: "2026-05-20T15:58:07+07:00" in
    local time, whole seconds (HTML allows at most three digits of a fraction; Python
    writes six), or "2026-05-20" for a date. "" for nothing."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        return _local(value).replace(microsecond=0).isoformat()
    return value.isoformat()


def group_digits(number, separator):
    sign = "-" if number < 0 else ""
    digits = f"{abs(int(round(number))):,}".replace(",", separator)
    return sign + digits


def money_vnd(amount, language=None):
    """ "1.250.000.000 đ" in Vietnamese, "VND 1,250,000,000" in English."""
    if amount is None or amount == "":
        return ""
    if _lang(language) == "en":
        return f"VND {group_digits(amount, ',')}"
    return f"{group_digits(amount, '.')} đ"


def number(value, language=None):
    """Grouped digits: "1.731" in Vietnamese, "1,731" in English."""
    if value is None or value == "":
        return ""
    return group_digits(value, "," if _lang(language) == "en" else ".")


# Parts of a document number's symbol that stand for a word with Đ: NĐ (nghị định),
# QĐ (quyết định), HĐND (hội đồng nhân dân). "HD" is left alone: it is also
# "hướng dẫn" (guidance), written without Đ.
_SYMBOL_D = {"ND": "NĐ", "QD": "QĐ", "HDND": "HĐND"}
_SYMBOL_PART = re.compile(r"[A-Za-zĐđ]+")


def document_number(value, language=None):
    """A legal document's number as each language writes it: "45/2012/NĐ-CP" in
    Vietnamese (whether typed with Đ or D), "45/2012/ND-CP" in English, the form of
    the official English translations (symbols in ASCII: NĐ → ND, QĐ → QD)."""
    value = " ".join((value or "").split())
    if _lang(language) == "en":
        return value.replace("Đ", "D").replace("đ", "d")
    head, slash, symbol = value.rpartition("/")
    symbol = _SYMBOL_PART.sub(lambda m: _SYMBOL_D.get(m.group(0), m.group(0)), symbol)
    return head + slash + symbol


# -- Reading numbers and money as Vietnamese editors type them -----------------
#
# Vietnamese groups thousands with dots and writes decimals with a comma
# ("1.250.000.000", "1,2 tỷ"); English does the reverse. A number is read only
# when the way it is written leaves one reading: "450.000.000", "1,250,000,000"
# and "1.250,5" are clear; "1,250" (1,25 or 1250?) and "1.5" (1,5 or a
# mistyped 1.500?) are not, and are refused rather than guessed.


class NumberInputError(ValueError):
    """What was typed cannot be read as one number. ``code`` says why:
    "invalid" (not a number), "ambiguous" (two readings), "fraction" (đồng are whole)."""

    def __init__(self, code, text):
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


# Units a Vietnamese editor writes after an amount, in ASCII ("tỷ" → "ty").
MONEY_UNITS = {
    "ty": 10**9,
    "ti": 10**9,
    "trieu": 10**6,
    "tr": 10**6,
    "nghin": 10**3,
    "ngan": 10**3,
    "k": 10**3,
}
# Currency marks around an amount, in ASCII: "đ", "đồng", "VND", "VNĐ".
CURRENCY_WORDS = {"d", "dong", "vnd"}
_NUMBER_RE = re.compile(r"\d+(?:[.,\s]\d+)*")
_SPACE_GROUPS_RE = re.compile(r"\d{1,3}(?:\s\d{3})+")


def _valid_groups(groups):
    """["1", "250", "000"]: a leading group of 1-3 digits, then groups of exactly 3."""
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def read_number(text, whole=False):
    """A number typed the Vietnamese (or unambiguous English) way, as a Decimal.

    "1.250.000" → 1250000, "12,5" → 12.5, "1.250,5" → 1250.5, "1,250,000" →
    1250000, "1 250 000" → 1250000. Raises NumberInputError for "1,250" and "1.5"
    (ambiguous) and for anything that is not a number. "1.731" is 1731 when the
    number is ``whole`` (a count, đồng); where decimals are allowed it could be
    1,731 too, and is refused.
    """
    raw = " ".join(str(text).replace("\u00a0", " ").split())
    if _SPACE_GROUPS_RE.fullmatch(raw):
        raw = raw.replace(" ", "")
    if not re.fullmatch(r"\d[\d.,]*", raw) or raw[-1] in ".,":
        raise NumberInputError("invalid", text)
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        # Both: the last one is the decimal mark, used once; the other groups thousands.
        point = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if point == "," else ","
        head, _, fraction = raw.partition(point)
        if point in fraction or thousands in fraction or not _valid_groups(head.split(thousands)):
            raise NumberInputError("invalid", text)
        return Decimal(head.replace(thousands, "") + "." + fraction)
    if not dots and not commas:
        return Decimal(raw)
    mark = "." if dots else ","
    groups = raw.split(mark)
    if len(groups) > 2:
        # Used twice or more, a mark can only group thousands.
        if not _valid_groups(groups):
            raise NumberInputError("invalid", text)
        return Decimal("".join(groups))
    head, fraction = groups
    if mark == ".":
        # The Vietnamese thousands mark: "450.000" (đồng). A dot before anything but
        # three digits ("1.5"), or in a number that may have decimals ("1.200" tấn:
        # 1200 or 1,2?), may be an English decimal point: refused, not guessed.
        if whole and len(fraction) == 3 and _valid_groups(groups):
            return Decimal(head + fraction)
        raise NumberInputError("ambiguous", text)
    # The Vietnamese decimal comma: "12,5". Before exactly three digits ("1,250") it
    # could as well be an English thousands separator.
    if len(fraction) == 3:
        raise NumberInputError("ambiguous", text)
    return Decimal(head + "." + fraction)


def read_money(text):
    """An amount of đồng typed the Vietnamese way, as an int.

    "450.000.000", "450000000", "450 triệu", "1,2 tỷ", "1.250.000.000 đ",
    "2 tỷ 300 triệu", "VND 1,250,000,000" are all read; "1,250", "1.5",
    "2 tỷ 300" (300 what?) and "1,5" (half a đồng) raise NumberInputError.
    """
    folded = anyascii(str(text)).lower().strip()
    words = re.findall(r"[a-z]+", folded)
    if any(word not in MONEY_UNITS and word not in CURRENCY_WORDS for word in words):
        raise NumberInputError("invalid", text)
    for word in sorted(CURRENCY_WORDS, key=len, reverse=True):
        folded = re.sub(rf"(?<![a-z]){word}(?![a-z])", " ", folded)
    unit_names = "|".join(sorted(MONEY_UNITS, key=len, reverse=True))
    parts = re.findall(rf"({_NUMBER_RE.pattern})\s*({unit_names})?(?![a-z])", folded)
    leftover = re.sub(rf"({_NUMBER_RE.pattern})\s*({unit_names})?(?![a-z])", "", folded)
    if not parts or leftover.strip():
        raise NumberInputError("invalid", text)
    if len(parts) > 1:
        # "2 tỷ 300 triệu": every part has a unit, each smaller than the one before.
        scales = [MONEY_UNITS[unit] if unit else None for _number, unit in parts]
        if None in scales:
            raise NumberInputError("ambiguous", text)
        if any(later >= earlier for earlier, later in zip(scales, scales[1:], strict=False)):
            raise NumberInputError("invalid", text)
    total = Decimal(0)
    for number, unit in parts:
        # "450.000" đồng is whole; "1.250 tỷ" may mean 1,25 tỷ.
        total += read_number(number.strip(), whole=not unit) * MONEY_UNITS.get(unit, 1)
    if total != total.to_integral_value():
        raise NumberInputError("fraction", text)
    return int(total)


def input_number(value, places=0):
    """A number as an editor types it back: "450.000.000", "1.200,50" (decimals with
    ``places`` digits always shown, so that the text reads back as the same number)."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    if not places:
        return group_digits(value, ".")
    value = value.quantize(Decimal(1).scaleb(-places))
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    return f"{sign}{group_digits(int(whole), '.')},{fraction}"


def own_date(value, language=None):
    """(text, machine-readable value) of a page's own date, or None.

    ``value`` is what ``BasePage.get_search_date()`` gives: a datetime or date (shown as
    ``short_date``), a year, or a (first, last) pair of years ("2021–2022"). The second
    item goes into ``<time datetime>``: a date, a date and time to the second, or a year.
    """
    if value is None or value == "":
        return None
    if isinstance(value, tuple):
        first, last = value
        if last and last != first:
            return f"{first}–{last}", f"{int(first):04d}"
        value = first
    if isinstance(value, int):
        return str(value), f"{value:04d}"
    return short_date(_local(value), language), iso_datetime(value)
