"""Showcase formatting: percentage changes and decimal figures, language-aware.

percent(Decimal("20"), "vi")            → "+20%"
percent(Decimal("-12.5"), "vi")         → "−12,5%"
percent_change("Doanh thu", 20, "vi")   → "Doanh thu +20%"
percent_change("Revenue", 12.5, "en")   → "Revenue +12.5%"
"""

from decimal import ROUND_HALF_UP, Decimal

from website.text import _lang, group_digits, money_vnd

MINUS = "\u2212"


def decimal_number(value, language=None, places=1):
    """ "1.250,5" in Vietnamese, "1,250.5" in English; whole numbers without decimals."""
    if value is None or value == "":
        return ""
    value = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    english = _lang(language) == "en"
    thousands, point = (",", ".") if english else (".", ",")
    whole = int(abs(value))
    fraction = abs(value) - whole
    text = group_digits(whole, thousands)
    if fraction:
        text += point + f"{fraction:f}"[2:].rstrip("0")
    return (MINUS if value < 0 else "") + text


def percent(change, language=None):
    """A signed percentage: "+20%", "−12,5%" (vi) / "−12.5%" (en), "0%"."""
    if change is None:
        return ""
    change = Decimal(change).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = decimal_number(change, language)
    sign = "+" if change > 0 else ""
    return f"{sign}{text}%"


def percent_change(indicator, change, language=None):
    """ "Doanh thu +20%" (vi) / "Revenue +20%" (en); just the indicator when undefined."""
    indicator = (indicator or "").strip()
    if change is None:
        return indicator
    return f"{indicator} {percent(change, language)}".strip()


def short_money(amount, language=None):
    """A compact amount for chart labels: "1,25 tỷ đ" / "850 triệu đ" (vi),
    "VND 1.25 bn" / "VND 850 m" (en)."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    english = _lang(language) == "en"
    if abs(amount) >= 1_000_000_000:
        value = decimal_number(amount / 1_000_000_000, language, places=2)
        return f"VND {value} bn" if english else f"{value} tỷ đ"
    if abs(amount) >= 1_000_000:
        value = decimal_number(amount / 1_000_000, language, places=0)
        return f"VND {value} m" if english else f"{value} triệu đ"
    return money_vnd(amount, language)
