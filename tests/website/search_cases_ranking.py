"""The ranking table of issue #21: query → a page expected in the top 3, and pages that
must not be in the top 3.

Each row: (point, language, query, expected title, forbidden titles). Run against the
demo content plus the few pages of ``EXTRA_PAGES`` (test_search_ranking.py), on
SQLite and PostgreSQL, through ``search_pages`` and the API; the run reports the hit
rate (expected page in the top 3) and the mean reciprocal rank.
"""

import unicodedata

# Pages the demo content lacks, added for the table: (language, title, intro).
EXTRA_PAGES = [
    (
        "vi",
        "Hội chợ hàng thủ công tại TP.HCM",
        "Hội chợ diễn ra tại Nhà văn hóa Thanh niên, Thành phố Hồ Chí Minh, trong ba ngày.",
    ),
    (
        "vi",
        "Thảo quả Lào Cai sấy khô bằng lò bơm nhiệt",
        "Hợp tác xã ở Bát Xát sấy thảo quả bằng lò bơm nhiệt, giữ được màu và mùi.",
    ),
    (
        "vi",
        # Written decomposed (NFD), as some editors' tools paste it.
        unicodedata.normalize("NFD", "Chè Shan tuyết cổ thụ Hà Giang"),
        unicodedata.normalize("NFD", "Cơ sở chế biến chè Shan tuyết được hỗ trợ máy vò chè."),
    ),
    (
        "vi",
        "Chuẩn hoá quy trình kĩ thuật cho cơ sở mây tre",
        "Cơ sở được hướng dẫn về thuỷ lợi nội đồng, sức khoẻ người lao động, lí lịch sản phẩm "
        "và tỉ lệ hàng đạt chuẩn mĩ thuật.",
    ),
    (
        "vi",
        "Mắc ca Điện Biên: dây chuyền tách vỏ",
        "Dây chuyền tách vỏ và sấy hạt mắc ca cho hợp tác xã.",
    ),
    (
        "en",
        "Wicker baskets from a rattan craft village",
        "Weavers in the village make wicker baskets; hydraulic presses flatten the rattan strips.",
    ),
]

DAK_LAK_CASE = "Dây chuyền rang xay cà phê cho hợp tác xã ở Đắk Lắk"
DAK_LAK_NEWS = "Đắk Lắk: dây chuyền rang xay giúp hợp tác xã bán cà phê thành phẩm"
THANH_HOA_NEWS = "Thanh Hóa: 35 học viên hoàn thành lớp đào tạo nghề mây tre đan xuất khẩu"
THANH_HOA_POLICY = "Quy chế quản lý kinh phí khuyến công tỉnh Thanh Hóa (văn bản minh họa)"
KHANH_HOA_NEWS = "Khánh Hòa: thiết bị lọc và chiết rót tự động cho cơ sở nước mắm truyền thống"
SON_LA_NEWS = "Sơn La: mô hình chế biến xoài, mận sấy dẻo giúp nông dân bớt lo được mùa mất giá"
TEA_CASE = "Dây chuyền sao sấy chè xanh tự động ở Thái Nguyên"
DEMO_TECH = "Mô hình trình diễn kỹ thuật"
CRAFT_NEWS = "Nâng cao năng lực thiết kế mẫu mã cho làng nghề thủ công mỹ nghệ"
GAS_KILN_CASE = "Lò nung gốm dùng khí hóa lỏng thay lò than ở Hà Nội"
GAS_KILN_NEWS = "Lò nung khí hóa giúp làng gốm tiết kiệm một phần năm nhiên liệu"
HA_NOI_POLICY = "Quy định mức hỗ trợ khuyến công trên địa bàn Hà Nội (văn bản minh họa)"
DETAIL_28 = "Quy định chi tiết một số nội dung của Nghị định 45/2012/NĐ-CP về khuyến công"
DECREE_45 = "Nghị định về khuyến công"
DECREE_235 = "Nghị định sửa đổi, bổ sung một số điều của Nghị định 45/2012/NĐ-CP về khuyến công"
DECISION_1881 = "Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025"
DECISION_1288 = "Phê duyệt Chương trình khuyến công quốc gia đến năm 2020"
QUESTIONS = "Hỏi đáp về hồ sơ đề nghị hỗ trợ"
HCM_PAGE = "Hội chợ hàng thủ công tại TP.HCM"
CARDAMOM = "Thảo quả Lào Cai sấy khô bằng lò bơm nhiệt"
SHAN_TUYET = unicodedata.normalize("NFC", "Chè Shan tuyết cổ thụ Hà Giang")
OLD_STYLE = "Chuẩn hoá quy trình kĩ thuật cho cơ sở mây tre"
MACADAMIA = "Mắc ca Điện Biên: dây chuyền tách vỏ"
WICKER = "Wicker baskets from a rattan craft village"
COFFEE_EN = "A coffee roasting and grinding line for a co-operative in Dak Lak"
SME_LAW_EN = "Law on Support for Small and Medium-sized Enterprises"
DRYER_EN = "Heat-pump crop dryer, 500 kg per batch"
TRAINING_EN = "Start-up training for rural women: from classroom to workshop"
DECREE_235_EN = "Decree amending Decree 45/2012/ND-CP on industrial promotion"


def nfd(text):
    return unicodedata.normalize("NFD", text)


CASES = [
    # 1. Diacritics as a signal: as typed first; a fold-only match of other words is no
    # match when the words as typed exist.
    (1, "vi", "Thanh Hóa", THANH_HOA_POLICY, [KHANH_HOA_NEWS, GAS_KILN_CASE]),
    (1, "vi", "tỉnh Thanh Hóa", THANH_HOA_POLICY, [KHANH_HOA_NEWS]),
    (1, "vi", "Khánh Hòa", KHANH_HOA_NEWS, [THANH_HOA_NEWS, THANH_HOA_POLICY]),
    (1, "vi", "Hà Nội", HA_NOI_POLICY, [DETAIL_28]),
    (1, "vi", "lò sấy chè", TEA_CASE, [SON_LA_NEWS]),
    (1, "vi", "sấy mận", "Lò sấy mận bằng bơm nhiệt cho hộ kinh doanh ở Sơn La", []),
    (1, "vi", "mận sấy dẻo", "Mận hậu sấy dẻo", []),
    (1, "vi", "gốm men rạn", "Bình gốm men rạn", []),
    (1, "vi", "bánh tráng", "Dây chuyền tráng và sấy bánh tráng ở Tây Ninh", []),
    (1, "vi", "tôm khô", "Tôm khô bóc vỏ", []),
    (1, "vi", "lò rèn", "Búa máy và lò rèn cải tiến cho làng rèn ở Cao Bằng", []),
    (1, "vi", "dệt thổ cẩm", "Khung dệt thổ cẩm bán tự động cho hộ dệt ở An Giang", []),
    (1, "vi", "khí hóa lỏng", GAS_KILN_CASE, []),
    (1, "vi", "lụa tơ tằm", "Lụa tơ tằm Lâm Đồng vươn ra thị trường nhờ máy dệt cải tiến", []),
    (1, "vi", "thanh hoa", THANH_HOA_POLICY, []),
    (1, "vi", "lo say che", TEA_CASE, []),
    (1, "vi", "ca phe rang xay", DAK_LAK_CASE, []),
    (1, "vi", "tinh dau tram", "Tinh dầu tràm nguyên chất", []),
    # Phrase and title: the words together beat the same words apart.
    (
        1,
        "vi",
        "máy sấy bơm nhiệt",
        "Cà Mau: máy sấy bơm nhiệt giúp tôm khô giữ màu, giảm hao hụt",
        [],
    ),
    (1, "vi", "làng nghề đồ gỗ", "Máy CNC chạm khắc gỗ cho làng nghề đồ gỗ Bắc Ninh", []),
    (
        1,
        "vi",
        "sản xuất sạch hơn",
        "Tập huấn sản xuất sạch hơn cho cơ sở chế biến thực phẩm ở Cần Thơ",
        [],
    ),
    (
        1,
        "vi",
        "chuyển đổi số",
        "Tập huấn chuyển đổi số cho cơ sở công nghiệp nông thôn các tỉnh miền Trung",
        [],
    ),
    (
        1,
        "vi",
        "phụ nữ nông thôn",
        "Khởi sự doanh nghiệp cho phụ nữ nông thôn: từ lớp học đến xưởng sản xuất",
        [],
    ),
    (
        1,
        "vi",
        "gian hàng trực tuyến",
        "Gian hàng trực tuyến đưa sản phẩm làng nghề đến gần người mua",
        [],
    ),
    (1, "vi", "đũa tre", "Đũa tre Phú Thọ có thêm dây chuyền đóng gói đạt chuẩn xuất khẩu", []),
    (
        1,
        "vi",
        "sơn mài khảm trứng",
        "Bộ hộp sơn mài khảm trứng được công nhận sản phẩm tiêu biểu",
        [],
    ),
    # 2. Spelling variants: i/y, old and new tone placement, NFC/NFD.
    (2, "vi", "kĩ thuật", DEMO_TECH, []),
    (2, "vi", "mô hình trình diễn kĩ thuật", DEMO_TECH, []),
    (2, "vi", "thủ công mĩ nghệ", CRAFT_NEWS, []),
    (2, "vi", "tượng gỗ mĩ nghệ", "Tượng gỗ mỹ nghệ Phúc Lộc Thọ", []),
    (2, "vi", "khí hoá lỏng", GAS_KILN_CASE, []),
    (2, "vi", "lò nung khí hoá", GAS_KILN_NEWS, []),
    (2, "vi", "Khánh Hoà", KHANH_HOA_NEWS, [THANH_HOA_NEWS, THANH_HOA_POLICY]),
    (2, "vi", "Thanh Hoá", THANH_HOA_POLICY, [KHANH_HOA_NEWS]),
    (2, "vi", nfd("kỹ thuật"), DEMO_TECH, []),
    (2, "vi", nfd("Khánh Hòa"), KHANH_HOA_NEWS, [THANH_HOA_NEWS]),
    (2, "vi", "chè shan tuyết", SHAN_TUYET, []),
    (2, "vi", "chuẩn hóa quy trình", OLD_STYLE, []),
    (2, "vi", "kỹ thuật cho cơ sở mây tre", OLD_STYLE, []),
    (2, "vi", "thủy lợi nội đồng", OLD_STYLE, []),
    (2, "vi", "sức khỏe người lao động", OLD_STYLE, []),
    (2, "vi", "lý lịch sản phẩm", OLD_STYLE, []),
    (2, "vi", "tỷ lệ hàng đạt chuẩn mỹ thuật", OLD_STYLE, []),
    # 3. Synonyms and abbreviations (seeded by website/migrations/0014).
    (3, "vi", "Daklak", DAK_LAK_CASE, []),
    (3, "vi", "Dak Lak", DAK_LAK_CASE, []),
    (3, "vi", "Đắc Lắc", DAK_LAK_NEWS, []),
    (3, "vi", "daklak cà phê", DAK_LAK_NEWS, []),
    (3, "vi", "TPHCM", HCM_PAGE, []),
    (3, "vi", "HCM", HCM_PAGE, []),
    (3, "vi", "hội chợ Hồ Chí Minh", HCM_PAGE, []),
    (3, "vi", "SPCNNTTB", "Sản phẩm công nghiệp nông thôn tiêu biểu", []),
    (
        3,
        "vi",
        "CNNT tiêu biểu 2025",
        "Công bố sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2025",
        [],
    ),
    (3, "vi", "kế hoạch KCQG 2026", "Triển khai kế hoạch khuyến công quốc gia năm 2026", []),
    (
        3,
        "vi",
        "NĐ phát triển ngành nghề nông thôn",
        "Nghị định về phát triển ngành nghề nông thôn",
        [],
    ),
    (3, "vi", "QĐ phê duyệt chương trình 2021-2025", DECISION_1881, []),
    (3, "en", "Daklak", COFFEE_EN, []),
    # 4. The last word as a prefix.
    (4, "vi", "thảo qu", CARDAMOM, []),
    (4, "vi", "shan tuy", SHAN_TUYET, []),
    (4, "vi", "mắc c", MACADAMIA, []),
    (4, "vi", "mận hậu sấy d", "Mận hậu sấy dẻo", []),
    (4, "vi", "bánh tráng phơi s", "Bánh tráng phơi sương", []),
    (4, "vi", "khăn thổ c", "Khăn thổ cẩm dệt tay", []),
    (4, "vi", "xà phòng thảo m", "Xà phòng thảo mộc", []),
    (4, "en", "cajeput o", "Pure cajeput oil", []),
    # 5. Questions: filler words need not match; else the pages with most words.
    (
        5,
        "vi",
        "thủ tục hồ sơ đề nghị hỗ trợ xây dựng mô hình trình diễn gồm những gì",
        QUESTIONS,
        [],
    ),
    (5, "vi", "hồ sơ đề nghị hỗ trợ gồm những gì", QUESTIONS, []),
    (5, "vi", "đường dây nóng là gì", "Liên hệ", []),
    (5, "vi", "lò sấy mận như thế nào", "Lò sấy mận bằng bơm nhiệt cho hộ kinh doanh ở Sơn La", []),
    (5, "vi", "mắc ca được tách vỏ ra sao", MACADAMIA, []),
    (
        5,
        "vi",
        "có những sản phẩm công nghiệp nông thôn tiêu biểu nào",
        "Sản phẩm công nghiệp nông thôn tiêu biểu",
        [],
    ),
    (5, "en", "how do I apply for support", "Questions about applying for support", []),
    # 6. English stems, hyphenated and joined forms.
    (6, "en", "wicker", WICKER, []),
    (6, "en", "presses", WICKER, []),
    (6, "en", "cooperative", COFFEE_EN, []),
    (6, "en", "co-operatives", COFFEE_EN, []),
    (6, "en", "cooperatives coffee", COFFEE_EN, []),
    (6, "en", "kilns", "Gas kilns cut a pottery village's fuel use by a fifth", []),
    (6, "en", "dryers", DRYER_EN, []),
    (6, "en", "heatpump dryer", DRYER_EN, []),
    (6, "en", "mediumsized enterprises", SME_LAW_EN, []),
    (6, "en", "startup trainings", TRAINING_EN, []),
    (6, "en", "decrees amended", DECREE_235_EN, []),
    # 7. Document numbers first, in any spelling.
    (7, "vi", "ND 235", DECREE_235, []),
    (7, "vi", "235/2025", DECREE_235, []),
    (7, "vi", "NĐ 235/2025", DECREE_235, []),
    (7, "vi", "nghị định số 235", DECREE_235, []),
    (7, "vi", "45/2012", DECREE_45, []),
    (7, "vi", "ND 45", DECREE_45, []),
    (7, "vi", "QĐ 1881", DECISION_1881, []),
    (7, "vi", "qd 1288", DECISION_1288, []),
    (7, "en", "ND 235", DECREE_235_EN, []),
    # 9. What readers read is indexed (the lead image's caption is in the demo's first
    # article); layout labels are not ("toàn chiều rộng" is an image alignment).
]
