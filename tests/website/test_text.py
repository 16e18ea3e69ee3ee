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
