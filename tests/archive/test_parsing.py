"""Reading the legacy sample and malformed pages (no database)."""

import datetime as dt

import pytest

from archive.parsing import Malformed, parse
from tests.archive.conftest import LEGACY_SAMPLE


def test_legacy_sample_parts():
    article = parse(LEGACY_SAMPLE)
    assert article.title.startswith("Những giải pháp trọng tâm nâng cao hiệu quả")
    assert article.published.date() == dt.date(2019, 5, 20)
    assert article.views == 1731
    assert article.lead.startswith("Sau 5 năm thực hiện Quyết định 1288/QĐ-TTg")
    assert article.lead_photo.caption == (
        "Các đại biểu tham quan một số gian hàng SPCNNTTB giai đoạn 2014 - 2018"
    )
    captions = [value.caption for kind, value in article.blocks if kind == "photo"]
    assert captions == [
        "Máy cắt dây CNC của Cty TNHH SX và TM Tùng An được hỗ trợ từ kinh phí KCQG 2018"
    ]
    assert (article.author, article.author_role) == (
        "Ngô Quang Trung",
        "Cục trưởng Cục Công Thương địa phương",
    )
    assert article.category == "Mã Khác"
    paragraphs = [value for kind, value in article.blocks if kind == "html"]
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("<p>Mặc dù vẫn còn một số hạn chế")
    assert paragraphs[-1].endswith("nông nghiệp nông thôn./.</p>")
    # The portal's footer is not part of the article.
    assert not any("Về đầu trang" in p or "Quảng cáo" in p for p in paragraphs)


def test_time_is_read_when_given(tmp_path):
    text = LEGACY_SAMPLE.read_text(encoding="utf-8").replace(
        "Tin đăng lúc 20-05-2019", "Tin đăng lúc 20-05-2019 15:58"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert parse(path).published.strftime("%d/%m/%Y %H:%M") == "20/05/2019 15:58"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (("Tin đăng lúc 20-05-2019", "Tin đăng lúc 31-02-2019"), "ngày đăng không có thật"),
        (("Tin đăng lúc 20-05-2019", "Tin đăng"), "không có ngày đăng"),
    ],
)
def test_malformed_dates(tmp_path, change, reason):
    path = tmp_path / "a.txt"
    path.write_text(LEGACY_SAMPLE.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    with pytest.raises(Malformed, match=reason):
        parse(path)


def test_no_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Thứ Hai, 20/04/2024\n\nTin đăng lúc 20-05-2019\n\nLượt xem: 12\n", encoding="utf-8"
    )
    with pytest.raises(Malformed, match="không có tiêu đề"):
        parse(path)


def test_broken_encodings(tmp_path):
    text = LEGACY_SAMPLE.read_text(encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("utf-16"))
    with pytest.raises(Malformed, match="mã hóa"):
        parse(latin)
    mojibake = tmp_path / "mojibake.txt"
    mojibake.write_text(text.encode("utf-8").decode("latin-1"), encoding="utf-8")
    with pytest.raises(Malformed, match="mã hóa"):
        parse(mojibake)


def _with_body_lines(tmp_path, *lines):
    """The legacy sample with ``lines`` inserted, each as its own block, before its
    second body paragraph."""
    text = LEGACY_SAMPLE.read_text(encoding="utf-8")
    anchor = "Đặc biệt, việc thực hiện các đề án điểm"
    inserted = "".join(f"{line}\n\n \n\n" for line in lines)
    path = tmp_path / "a.txt"
    path.write_text(text.replace(anchor, inserted + anchor, 1), encoding="utf-8")
    return parse(path)


def _kinds(article):
    return [
        ("photo", value.caption) if kind == "photo" else (kind, value)
        for kind, value in article.blocks
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("1. Kết quả đạt được", "<h2>1. Kết quả đạt được</h2>"),
        ("II. Nhiệm vụ trọng tâm năm 2020", "<h2>II. Nhiệm vụ trọng tâm năm 2020</h2>"),
        ("a) Về nguồn vốn", "<h3>a) Về nguồn vốn</h3>"),
        ("Giải pháp trong thời gian tới", "<h2>Giải pháp trong thời gian tới</h2>"),
        ("KẾT QUẢ ĐẠT ĐƯỢC", "<h2>KẾT QUẢ ĐẠT ĐƯỢC</h2>"),
        ("Những việc cần làm ngay:", "<h2>Những việc cần làm ngay</h2>"),
    ],
)
def test_a_short_subheading_becomes_a_heading(tmp_path, line, heading):
    kinds = _kinds(_with_body_lines(tmp_path, line))
    assert ("html", heading) in kinds
    position = kinds.index(("html", heading))
    assert kinds[position + 1][1].startswith("<p>Đặc biệt, việc thực hiện")
    # The photo's caption further down is still a caption, not a heading.
    assert (
        "photo",
        "Máy cắt dây CNC của Cty TNHH SX và TM Tùng An được hỗ trợ từ kinh phí KCQG 2018",
    ) in kinds


@pytest.mark.parametrize(
    "caption",
    [
        "Toàn cảnh hội nghị",
        "Lãnh đạo Sở Công Thương thăm gian hàng",
        "Sản phẩm gốm của làng nghề Bát Tràng",
        "Máy sấy nông sản được hỗ trợ năm 2018",
        "Công nhân vận hành dây chuyền mới của nhà máy chế biến chè xanh xuất khẩu",
        "Lớp tập huấn sản xuất sạch hơn (Ảnh: Trung tâm Khuyến công)",
    ],
)
def test_a_short_caption_stays_a_caption(tmp_path, caption):
    kinds = _kinds(_with_body_lines(tmp_path, caption))
    assert ("photo", caption) in kinds
    assert not any(value.startswith("<h") for kind, value in kinds if kind == "html")


def test_a_colon_before_a_list_introduces_it(tmp_path):
    kinds = _kinds(
        _with_body_lines(tmp_path, "Các nhiệm vụ gồm:", "- Đào tạo nghề\n- Xúc tiến thương mại")
    )
    assert ("html", "<p>Các nhiệm vụ gồm:</p>") in kinds
    assert ("html", "<ul><li>Đào tạo nghề</li><li>Xúc tiến thương mại</li></ul>") in kinds


def test_numbered_lines_together_are_a_list(tmp_path):
    kinds = _kinds(_with_body_lines(tmp_path, "1. Đào tạo nghề\n2. Xúc tiến thương mại"))
    assert ("html", "<ol><li>Đào tạo nghề</li><li>Xúc tiến thương mại</li></ol>") in kinds
    assert not any(value.startswith("<h") for kind, value in kinds if kind == "html")
