"""The relevance table: query → the title of the expected first result.

Each row: (language, query, expected first title). Run against the demo content
(``load_demo_content``) on SQLite and PostgreSQL by test_search_relevance.py.
When an app lands with its demo content, it adds its rows to CASES_BY_APP under
its label; rows of an app that is not installed are skipped.
"""

ABOUT_VI = "Giới thiệu Chương trình Khuyến công quốc gia"
CONTACT_VI = "Liên hệ"
QUESTIONS_VI = "Hỏi đáp về hồ sơ đề nghị hỗ trợ"
HOME_VI = "Khuyến công quốc gia"
ABOUT_EN = "About the National Industrial Promotion Programme"
CONTACT_EN = "Contact us"
QUESTIONS_EN = "Questions about applying for support"

CASES_BY_APP = {
    "website": [
        # Vietnamese, with and without diacritics, đ/d, mixed case.
        ("vi", "giới thiệu chương trình", ABOUT_VI),
        ("vi", "gioi thieu chuong trinh", ABOUT_VI),
        ("vi", "GIỚI THIỆU", ABOUT_VI),
        ("vi", "Gioi Thieu", ABOUT_VI),
        ("vi", "liên hệ", CONTACT_VI),
        ("vi", "lien he", CONTACT_VI),
        ("vi", "đường dây nóng", CONTACT_VI),
        ("vi", "duong day nong", CONTACT_VI),
        ("vi", "hồ sơ đề nghị hỗ trợ", QUESTIONS_VI),
        ("vi", "ho so de nghi ho tro", QUESTIONS_VI),
        ("vi", "Hỏi đáp", QUESTIONS_VI),
        ("vi", "hoi dap", QUESTIONS_VI),
        ("vi", "đơn đề nghị", QUESTIONS_VI),
        ("vi", "don de nghi", QUESTIONS_VI),
        ("vi", "cổng thông tin", HOME_VI),
        ("vi", "cong thong tin", HOME_VI),
        # English on /en/.
        ("en", "about the programme", ABOUT_EN),
        ("en", "contact", CONTACT_EN),
        ("en", "hotline", CONTACT_EN),
        ("en", "applying for support", QUESTIONS_EN),
    ],
    # Document numbers as readers type them find the document itself.
    "policies": [
        ("vi", "1288/QĐ-TTg", "Phê duyệt Chương trình khuyến công quốc gia đến năm 2020"),
        ("vi", "1288/qd-ttg", "Phê duyệt Chương trình khuyến công quốc gia đến năm 2020"),
        ("vi", "45/2012/NĐ-CP", "Nghị định về khuyến công"),
        ("vi", "nghi dinh 45/2012/nd-cp", "Nghị định về khuyến công"),
        ("vi", "1881/QĐ-TTg", "Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025"),
        ("vi", "134/2004", "Nghị định về khuyến khích phát triển công nghiệp nông thôn"),
        ("en", "45/2012/ND-CP", "Decree on industrial promotion"),
    ],
    "showcase": [
        # The article's lead image caption ("Máy rang cà phê của hợp tác xã") is indexed
        # too since issue #21: it has the words twice, the case study once.
        ("vi", "hợp tác xã", "Đắk Lắk: dây chuyền rang xay giúp hợp tác xã bán cà phê thành phẩm"),
        ("vi", "hop tac xa", "Đắk Lắk: dây chuyền rang xay giúp hợp tác xã bán cà phê thành phẩm"),
        ("vi", "sấy chè", "Dây chuyền sao sấy chè xanh tự động ở Thái Nguyên"),
        ("vi", "say che xanh", "Dây chuyền sao sấy chè xanh tự động ở Thái Nguyên"),
        ("vi", "tinh dầu tràm", "Tinh dầu tràm nguyên chất"),
        ("vi", "chung cat tinh dau", "Thiết bị chưng cất tinh dầu tràm ở Quảng Trị"),
    ],
    "news": [
        ("vi", "thuyết minh đề án", "Những điều cần biết khi lập đề án khuyến công quốc gia"),
        ("vi", "thuyet minh de an", "Những điều cần biết khi lập đề án khuyến công quốc gia"),
        ("vi", "triển khai kế hoạch", "Triển khai kế hoạch khuyến công quốc gia năm 2026"),
        ("vi", "trien khai ke hoach", "Triển khai kế hoạch khuyến công quốc gia năm 2026"),
        (
            "vi",
            "khai mạc hội chợ",
            "Khai mạc hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc",
        ),
    ],
}
