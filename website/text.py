"""Text helpers shared by every app: ASCII slugs, Vietnamese dates and money."""

from anyascii import anyascii
from django.utils import timezone
from django.utils.text import slugify as django_slugify
from django.utils.translation import get_language

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
    return (language or get_language() or "vi")[:2]


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
    local = _local(value)
    # Seconds at most: <time datetime> takes no microseconds.
    exact = local.replace(microsecond=0) if hasattr(local, "hour") else local
    return short_date(local, language), exact.isoformat()
