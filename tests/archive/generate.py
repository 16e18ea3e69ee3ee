"""Saved pages of the old portal, generated: for the size test and the import benchmark.

Each page is the legacy sample's shape (text form) with its own title, date, view count,
author and category, and a body of a few paragraphs and a list; every tenth is the
HTML form with a canonical URL.
"""

from pathlib import Path

CATEGORIES = ["Mã Khác", "Hoạt động khuyến công", "Đào tạo, tập huấn", "Tin địa phương"]
AUTHORS = [
    ("Ngô Quang Trung", "Cục trưởng Cục Công Thương địa phương"),
    ("Hoàng Minh Anh", "Trung tâm Khuyến công"),
    ("Lê Thu Hà", ""),
]
PARAGRAPH = (
    "Đề án số {n} hỗ trợ cơ sở công nghiệp nông thôn ứng dụng máy móc tiên tiến, "
    "nâng cao năng suất và chất lượng sản phẩm, tạo việc làm cho lao động địa phương."
)


def text_page(n):
    day, month, year = 1 + n % 28, 1 + n // 28 % 12, 2012 + n // 336 % 12
    author, role = AUTHORS[n % len(AUTHORS)]
    lines = [
        "Thứ Bẩy, 20/04/2024 15:58:50 GMT+7",
        f"Tin đăng lúc {day:02d}-{month:02d}-{year} {n % 24:02d}:{n % 60:02d}",
        f"Lượt xem: {n * 7 % 5000}",
        f"Bản tin khuyến công số {n}: kết quả triển khai đề án năm {year}",
        f"Bài {n} tổng kết kết quả thực hiện đề án khuyến công tại địa phương.\n"
        f"Bản tin khuyến công số {n}: kết quả triển khai đề án năm {year}\n"
        f"Toàn cảnh hội nghị tổng kết số {n}",
        PARAGRAPH.format(n=n),
        "\xa0",
        "- Hỗ trợ máy móc thiết bị\n- Đào tạo nghề\n- Xúc tiến thương mại",
        PARAGRAPH.format(n=n + 1),
        author,
        *([role] if role else []),
        "",
        f"| {CATEGORIES[n % len(CATEGORIES)]}",
        "Ý kiến bạn đọc :",
        "Quảng cáo",
        "Về đầu trang",
    ]
    return "\n\n".join(lines)


def html_page(n):
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<link rel="canonical" href="http://khuyencong.gov.vn/tin-tuc/t{n}/ban-tin-{n}.html"></head>
<body><div class="ngay-dang">Tin đăng lúc 0{1 + n % 9}-0{1 + n % 9}-2018 08:00</div>
<div class="luot-xem">Lượt xem: {n}</div><h1>Bản tin khuyến công (HTML) số {n}</h1>
<div class="sapo">Tóm tắt bài {n}.</div><div class="noi-dung"><p>{PARAGRAPH.format(n=n)}</p>
<ul><li>Một</li><li>Hai</li></ul><p class="tac-gia">Lê Thu Hà</p></div>
<div class="chuyen-muc">| Hoạt động khuyến công</div></body></html>"""


def generate(folder, count):
    """``count`` saved pages in ``folder`` (sub-folders of 1,000); returns the folder."""
    folder = Path(folder)
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        if n % 10 == 9:
            (sub / f"bai-{n:05d}.html").write_text(html_page(n), encoding="utf-8")
        else:
            (sub / f"bai-{n:05d}.txt").write_text(text_page(n), encoding="utf-8")
    return folder
