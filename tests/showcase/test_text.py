"""Money and percentage formatting in both languages."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.utils import translation
from hypothesis import example, given
from hypothesis import strategies as st

from showcase.blocks import OutcomeBlock
from showcase.text import decimal_number, percent, percent_change, short_money
from website.text import money_vnd


def test_money_in_both_languages():
    assert money_vnd(1_250_000_000, "vi") == "1.250.000.000 đ"
    assert money_vnd(1_250_000_000, "en") == "VND 1,250,000,000"
    assert money_vnd(0, "vi") == "0 đ"


@pytest.mark.parametrize(
    ("change", "vi", "en"),
    [
        (20, "+20%", "+20%"),
        (Decimal("12.5"), "+12,5%", "+12.5%"),
        (Decimal("-38.46"), "\u221238,5%", "\u221238.5%"),
        (0, "0%", "0%"),
        (Decimal("1234.5"), "+1.234,5%", "+1,234.5%"),
        (None, "", ""),
    ],
)
def test_percent(change, vi, en):
    assert percent(change, "vi") == vi
    assert percent(change, "en") == en


def test_percent_change_reads_like_the_page():
    assert percent_change("Doanh thu", 20, "vi") == "Doanh thu +20%"
    assert percent_change("Revenue", 20, "en") == "Revenue +20%"
    assert percent_change("Doanh thu", None, "vi") == "Doanh thu"


def test_outcome_block_computes_the_change_in_the_active_language():
    block = OutcomeBlock()
    value = block.to_python({"indicator": "Doanh thu", "unit": "", "before": "100", "after": "120"})
    assert value.change() == Decimal(20)
    with translation.override("vi"):
        assert value.change_text() == "Doanh thu +20%"
    value_en = block.to_python({"indicator": "Revenue", "before": "3200", "after": "4800"})
    with translation.override("en"):
        assert value_en.change_text() == "Revenue +50%"
    fall = block.to_python({"indicator": "Hao hụt", "before": "18", "after": "7"})
    with translation.override("vi"):
        assert fall.change_text() == "Hao hụt \u221261,1%"
    from_zero = block.to_python({"indicator": "Xuất khẩu", "before": "0", "after": "7"})
    assert from_zero.change() is None
    assert from_zero.change_text() == "Xuất khẩu"


def test_decimal_number_and_short_money():
    assert decimal_number(Decimal("1250.5"), "vi") == "1.250,5"
    assert decimal_number(Decimal("1250.5"), "en") == "1,250.5"
    assert decimal_number(Decimal("60.00"), "vi") == "60"
    assert short_money(1_250_000_000, "vi") == "1,25 tỷ đ"
    assert short_money(1_250_000_000, "en") == "VND 1.25 bn"
    assert short_money(850_000_000, "vi") == "850 triệu đ"
    assert short_money(850_000_000, "en") == "VND 850 m"
    assert short_money(0, "vi") == "0 đ"


@given(st.decimals(min_value=-(10**6), max_value=10**6, allow_nan=False, places=2))
@example(Decimal("999.95"))  # rounds to 1.000: a thousands separator, not a decimal point
def test_percent_always_ends_with_a_sign_and_percent(value):
    text = percent(value, "vi")
    assert text.endswith("%")
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert "." not in text.replace("%", "") or abs(rounded) >= 1000
