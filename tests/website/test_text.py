"""Vietnamese slugs, dates and money."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from website import text


def test_ascii_slug_folds_vietnamese():
    assert text.ascii_slug("Đề án khuyến công") == "de-an-khuyen-cong"
    assert text.ascii_slug("Quyết định 1288/QĐ-TTg") == "quyet-dinh-1288qd-ttg"
    assert text.ascii_slug("Sản phẩm CNNT tiêu biểu") == "san-pham-cnnt-tieu-bieu"


@given(st.text(max_size=200))
def test_ascii_slug_is_always_ascii(value):
    slug = text.ascii_slug(value)
    assert slug.isascii()
    assert len(slug) <= 255


def test_dates():
    moment = dt.datetime(2019, 5, 20, 15, 58)
    assert text.long_date(dt.date(2024, 4, 20), "vi") == "Thứ Bảy, 20/04/2024"
    assert text.long_date(dt.date(2024, 4, 20), "en") == "Saturday, 20 April 2024"
    assert text.date_time(moment, "vi") == "20/05/2019 15:58"
    assert text.date_time(moment, "en") == "20 May 2019"
    assert text.short_date(moment, "vi") == "20/05/2019"


def test_money_and_numbers():
    assert text.money_vnd(1_250_000_000, "vi") == "1.250.000.000 đ"
    assert text.money_vnd(1_250_000_000, "en") == "VND 1,250,000,000"
    assert text.number(1731, "vi") == "1.731"
    assert text.number(1731, "en") == "1,731"
    assert text.money_vnd(None) == ""


def test_document_numbers_are_spelled_per_language():
    # Vietnamese writes the symbol with Đ whether it was typed with Đ or D; English
    # keeps the official translations' ASCII form.
    assert text.document_number("45/2012/ND-CP", "vi") == "45/2012/NĐ-CP"
    assert text.document_number("45/2012/NĐ-CP", "vi") == "45/2012/NĐ-CP"
    assert text.document_number("1881/QD-TTg", "vi") == "1881/QĐ-TTg"
    assert text.document_number("05/2020/NQ-HDND", "vi") == "05/2020/NQ-HĐND"
    assert text.document_number("235/2025/NĐ-CP", "en") == "235/2025/ND-CP"
    assert text.document_number("12/2022/QĐ-UBND", "en") == "12/2022/QD-UBND"
    # "HD" is also "hướng dẫn" (guidance), written without Đ: left as typed.
    assert text.document_number("12/HD-BCT", "vi") == "12/HD-BCT"
    assert text.document_number("  45/2012/NĐ-CP ", "en") == "45/2012/ND-CP"
    assert text.document_number("", "vi") == ""


def test_numbers_are_grouped_per_language():
    assert text.number(2000, "vi") == "2.000"
    assert text.number(2000, "en") == "2,000"
