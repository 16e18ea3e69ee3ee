"""Demo policy documents: the library and the guide's data, plain data read by
``demo/loaders/policies.py``.

Numbers and dates of national documents are given where we are confident of them;
every detail we could not check (support levels, the 2026-2030 documents, the
provincial regulations, some dates) is said to be demo content ("minh họa") in the
text, and demo document numbers start with "MH-".

Values are what the models store: ``type`` a ``policies.models.DocumentType`` value,
relation kinds ``PolicyRelation.Kind`` values, dates ISO strings. A support item is
``{"support", "what", "max", "share", "note"}``; a missing ``max``/``share`` is no
figure, a missing ``note`` is ``DEMO_NOTE`` ("" for none).

An ``"en"`` part is the English page: its own slug, title, summary, item texts, the
number as English texts spell it (no letter Đ: ``45/2012/ND-CP``), the signer in
English and the display names of the (Vietnamese) files.
"""

DEMO_NOTE = "Mức hỗ trợ minh họa, đối chiếu văn bản gốc."
DEMO_NOTE_EN = "Demo level; check the original document."

# The policy library's index page (with the guide's texts) in each language.
POLICY_INDEX = {
    "slug": "chinh-sach",
    "title": "Chính sách hỗ trợ",
    "intro": (
        "<p>Thư viện văn bản về khuyến công: nghị định, quyết định, thông tư và quy "
        "định của địa phương. Lọc theo loại hỗ trợ, ngành nghề, địa phương để biết cơ "
        "sở của bạn được hỗ trợ gì.</p>"
    ),
    "guide_intro": (
        "Năm câu hỏi ngắn về cơ sở của bạn. Chúng tôi tìm các văn bản còn hiệu lực áp "
        "dụng cho bạn và mức hỗ trợ tối đa."
    ),
    "listing_summary": "Tra cứu chính sách khuyến công và mức hỗ trợ cho cơ sở sản xuất.",
    "search_description": "Tra cứu chính sách khuyến công và mức hỗ trợ cho cơ sở sản xuất.",
    "en": {
        "slug": "policies",
        "title": "Support policies",
        "intro": (
            "<p>The library of industrial-promotion documents: decrees, decisions, circulars "
            "and provincial rules. Filter by kind of support, sector and province to see what "
            "your business can get.</p>"
        ),
        "guide_intro": (
            "Five short questions about your business. We find the documents in force that "
            "apply to you and their maximum support levels."
        ),
        "listing_summary": "Industrial-promotion policies and support levels.",
        "search_description": "Industrial-promotion policies and support levels.",
    },
}

# The guide's closing "how to apply" (HTML): {faq} and {contact} become links to the
# Questions and Contact pages of the language, with these words.
HOW_TO_APPLY = {
    "vi": {
        "text": (
            "<p>Hồ sơ gồm đơn đề nghị, thuyết minh đề án, dự toán kinh phí và giấy tờ chứng minh "
            "tư cách pháp lý của cơ sở; nộp cho Trung tâm Khuyến công (Sở Công Thương) của tỉnh, "
            "thành phố nơi đặt cơ sở trước ngày 30 tháng 6 để vào kế hoạch năm sau.</p>"
            "<p>Xem thêm {faq}, hoặc {contact}.</p>"
        ),
        "faq": "Hỏi đáp về hồ sơ đề nghị hỗ trợ",
        "contact": "liên hệ ban biên tập",
    },
    "en": {
        "text": (
            "<p>An application holds a request form, a description of the project, a cost "
            "estimate and papers showing the business's legal status. Hand it to the "
            "industrial promotion centre of the province where you produce (Department of "
            "Industry and Trade) before 30 June for the following year's plan.</p>"
            "<p>More in {faq}; or {contact}.</p>"
        ),
        "faq": "Questions about applying for support",
        "contact": "contact us",
    },
}

ISSUERS = [
    # slug, vi, en, level
    ("ubnd-ha-noi", "UBND thành phố Hà Nội", "Ha Noi People's Committee", "dia-phuong"),
    ("ubnd-thanh-hoa", "UBND tỉnh Thanh Hóa", "Thanh Hoa People's Committee", "dia-phuong"),
    ("hdnd-dong-thap", "HĐND tỉnh Đồng Tháp", "Dong Thap People's Council", "dia-phuong"),
    ("ubnd-lam-dong", "UBND tỉnh Lâm Đồng", "Lam Dong People's Committee", "dia-phuong"),
]


# Each document: slug, number, type, issuer slug, issue date, effective, expiry, signer,
# title, summary (HTML), support items, scope, relations [(kind, slug)], files, English.
DOCUMENTS = [
    {
        "slug": "nghi-dinh-134-2004-nd-cp",
        "number": "134/2004/NĐ-CP",
        "type": "nghi-dinh",
        "issuer": "chinh-phu",
        "issued": "2004-06-09",
        "title": "Nghị định về khuyến khích phát triển công nghiệp nông thôn",
        "summary": (
            "<p>Văn bản đầu tiên đặt khung cho hoạt động khuyến công: nêu các ngành nghề "
            "nông thôn được khuyến khích và các hình thức hỗ trợ cơ sở sản xuất. Đã được "
            "thay thế bởi Nghị định 45/2012/NĐ-CP.</p>"
        ),
        "items": [
            {"support": "dao-tao", "what": "Đào tạo nghề, truyền nghề cho lao động nông thôn."},
            {
                "support": "tu-van",
                "what": "Tư vấn lập dự án, quản lý sản xuất cho cơ sở công nghiệp nông thôn.",
            },
        ],
    },
    {
        "slug": "nghi-dinh-45-2012-nd-cp",
        "number": "45/2012/NĐ-CP",
        "type": "nghi-dinh",
        "issuer": "chinh-phu",
        "issued": "2012-05-21",
        "effective": "2012-07-10",
        "signer": "Thủ tướng Nguyễn Tấn Dũng",
        "title": "Nghị định về khuyến công",
        "summary": (
            "<p>Nghị định gốc của hoạt động khuyến công: quy định đối tượng được hưởng, "
            "nội dung các hoạt động khuyến công, chương trình khuyến công quốc gia và địa "
            "phương, cách quản lý kinh phí. Đối tượng là tổ chức, cá nhân đầu tư sản xuất "
            "công nghiệp ở nông thôn: doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác và "
            "hộ kinh doanh.</p><p>Mức hỗ trợ cụ thể trên trang này là minh họa.</p>"
        ),
        "items": [
            {
                "support": "dao-tao",
                "what": "Đào tạo nghề, truyền nghề, nâng cao tay nghề cho người lao động.",
                "share": 100,
            },
            {
                "support": "mo-hinh-trinh-dien",
                "what": "Xây dựng mô hình trình diễn kỹ thuật để phổ biến công nghệ mới.",
                "max": 1_500_000_000,
                "share": 30,
            },
            {
                "support": "may-moc-thiet-bi",
                "what": "Ứng dụng máy móc tiên tiến, chuyển giao công nghệ vào sản xuất.",
                "max": 300_000_000,
                "share": 30,
            },
            {
                "support": "hoi-cho-trien-lam",
                "what": "Tham gia hội chợ, triển lãm trong và ngoài nước.",
                "share": 50,
            },
            {
                "support": "san-xuat-sach-hon",
                "what": "Tư vấn, áp dụng sản xuất sạch hơn.",
                "share": 50,
            },
        ],
        "scope": {
            "kinds": ["ho-kinh-doanh", "to-hop-tac", "hop-tac-xa", "doanh-nghiep"],
            "sizes": ["sieu-nho", "nho", "vua"],
        },
        "relations": [("thay-the", "nghi-dinh-134-2004-nd-cp")],
        "files": [
            (
                "Nghị định 45/2012/NĐ-CP (bản tóm tắt minh họa)",
                "nghi-dinh-45-2012-nd-cp-tom-tat.pdf",
                [
                    "NGHỊ ĐỊNH VỀ KHUYẾN CÔNG - BẢN TÓM TẮT MINH HỌA",
                    "Tài liệu này do nhóm phát triển soạn để minh họa, không phải văn bản gốc.",
                    "Đối tượng: cơ sở công nghiệp nông thôn gồm doanh nghiệp nhỏ và vừa, hợp tác "
                    "xã, tổ hợp tác, hộ kinh doanh.",
                    "Nội dung: đào tạo nghề, mô hình trình diễn kỹ thuật, ứng dụng máy móc tiên "
                    "tiến, hội chợ triển lãm, tư vấn, sản xuất sạch hơn.",
                    "Ví dụ: một hợp tác xã chế biến cá khô có thể đề nghị hỗ trợ máy sấy bơm "
                    "nhiệt để giảm hao hụt sau thu hoạch.",
                ],
            )
        ],
        "en": {
            "number": "45/2012/ND-CP",
            "signer": "Prime Minister Nguyen Tan Dung",
            "files": ["Decree 45/2012/ND-CP (demo summary, in Vietnamese)"],
            "title": "Decree on industrial promotion",
            "slug": "decree-45-2012",
            "summary": (
                "<p>The founding decree of industrial promotion: who may benefit, which "
                "activities are funded, the national and provincial programmes and how their "
                "money is managed. Beneficiaries are businesses investing in industrial "
                "production in rural areas: small and medium enterprises, co-operatives, "
                "co-operative groups and household businesses.</p><p>Support levels on this "
                "page are demo content.</p>"
            ),
            "items": [
                "Vocational training and skills upgrading for workers.",
                "Technical demonstration models to spread new technology.",
                "Applying advanced machinery and technology transfer in production.",
                "Taking part in trade fairs and exhibitions at home and abroad.",
                "Advice on and adoption of cleaner production.",
            ],
        },
    },
    {
        "slug": "nghi-dinh-235-2025-nd-cp",
        "number": "235/2025/NĐ-CP",
        "type": "nghi-dinh",
        "issuer": "chinh-phu",
        "issued": "2025-08-28",
        "effective": "2025-10-15",
        "title": "Nghị định sửa đổi, bổ sung một số điều của Nghị định 45/2012/NĐ-CP về khuyến công",
        "summary": (
            "<p>Sửa đổi Nghị định 45/2012/NĐ-CP cho phù hợp với chính quyền địa phương hai "
            "cấp và phân cấp mạnh hơn cho bộ, tỉnh. Ngày ban hành, ngày hiệu lực và nội dung "
            "chi tiết trên trang này là minh họa, cần đối chiếu văn bản gốc.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Hỗ trợ ứng dụng máy móc thiết bị hiện đại, chuyển đổi số trong sản xuất.",
                "max": 500_000_000,
                "share": 50,
            },
            {
                "support": "hoi-cho-trien-lam",
                "what": "Xúc tiến thương mại, kể cả trên sàn thương mại điện tử.",
                "share": 50,
            },
        ],
        "relations": [("sua-doi", "nghi-dinh-45-2012-nd-cp")],
        "en": {
            "number": "235/2025/ND-CP",
            "title": "Decree amending Decree 45/2012/ND-CP on industrial promotion",
            "slug": "decree-235-2025",
            "summary": (
                "<p>Amends Decree 45/2012/ND-CP to fit two-tier local government and to "
                "delegate more to ministries and provinces. The dates and details on this "
                "page are demo content; check the original.</p>"
            ),
            "items": [
                "Modern machinery and digital transformation in production.",
                "Trade promotion, including on e-commerce platforms.",
            ],
        },
    },
    {
        "slug": "quyet-dinh-136-2007-qd-ttg",
        "number": "136/2007/QĐ-TTg",
        "type": "quyet-dinh",
        "issuer": "thu-tuong-chinh-phu",
        "issued": "2007-08-20",
        "expiry": "2013-01-01",
        "title": "Phê duyệt Chương trình khuyến công quốc gia đến năm 2012",
        "summary": (
            "<p>Chương trình khuyến công quốc gia đầu tiên, thực hiện đến hết năm 2012. "
            "Ngày hết hiệu lực trên trang này lấy theo thời hạn của chương trình.</p>"
        ),
        "items": [
            {
                "support": "dao-tao",
                "what": "Đào tạo nghề cho lao động cơ sở công nghiệp nông thôn.",
            },
            {"support": "mo-hinh-trinh-dien", "what": "Mô hình trình diễn kỹ thuật."},
        ],
    },
    {
        "slug": "quyet-dinh-1288-qd-ttg",
        "number": "1288/QĐ-TTg",
        "type": "quyet-dinh",
        "issuer": "thu-tuong-chinh-phu",
        "issued": "2014-08-01",
        "expiry": "2021-01-01",
        "title": "Phê duyệt Chương trình khuyến công quốc gia đến năm 2020",
        "summary": (
            "<p>Chương trình khuyến công quốc gia giai đoạn 2014-2020: đặt mục tiêu về số "
            "lao động được đào tạo, số mô hình trình diễn và cơ sở được hỗ trợ máy móc. Ngày "
            "hết hiệu lực trên trang này lấy theo thời hạn của chương trình.</p>"
        ),
        "items": [
            {"support": "dao-tao", "what": "Đào tạo nghề, truyền nghề gắn với nhu cầu của cơ sở."},
            {
                "support": "mo-hinh-trinh-dien",
                "what": "Mô hình trình diễn kỹ thuật, chuyển giao công nghệ.",
            },
            {"support": "may-moc-thiet-bi", "what": "Ứng dụng máy móc thiết bị tiên tiến."},
            {
                "support": "binh-chon-san-pham",
                "what": "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu.",
            },
        ],
        "en": {
            "number": "1288/QD-TTg",
            "title": "Approving the National Industrial Promotion Programme to 2020",
            "slug": "decision-1288-2014",
            "summary": (
                "<p>The national programme for 2014-2020, with targets for workers trained, "
                "demonstration models and businesses helped with machinery. The expiry date "
                "here follows the end of the programme period.</p>"
            ),
            "items": [
                "Vocational training matched to what businesses need.",
                "Technical demonstration models and technology transfer.",
                "Applying advanced machinery and equipment.",
                "Standout rural-industry product awards.",
            ],
        },
    },
    {
        "slug": "quyet-dinh-1881-qd-ttg",
        "number": "1881/QĐ-TTg",
        "type": "quyet-dinh",
        "issuer": "thu-tuong-chinh-phu",
        "issued": "2020-11-24",
        "period_end": 2025,
        "title": "Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025",
        "summary": (
            "<p>Chương trình khuyến công quốc gia 2021-2025 ưu tiên cơ sở ở địa bàn khó khăn, "
            "sản phẩm chủ lực của địa phương, công nghệ sạch và hội nhập thị trường. Mức hỗ "
            "trợ trên trang là minh họa.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Máy móc thiết bị tiên tiến cho cơ sở công nghiệp nông thôn.",
                "max": 300_000_000,
                "share": 30,
            },
            {
                "support": "mo-hinh-trinh-dien",
                "what": "Mô hình trình diễn kỹ thuật sản xuất sản phẩm mới.",
                "max": 1_500_000_000,
                "share": 30,
            },
            {
                "support": "hoi-cho-trien-lam",
                "what": "Hội chợ, triển lãm hàng công nghiệp nông thôn.",
                "share": 50,
            },
            {
                "support": "cum-cong-nghiep",
                "what": "Lập quy hoạch chi tiết, hạ tầng cụm công nghiệp.",
            },
        ],
        "scope": {"kinds": ["ho-kinh-doanh", "to-hop-tac", "hop-tac-xa", "doanh-nghiep"]},
        "files": [
            (
                "Tóm tắt Chương trình khuyến công quốc gia 2021-2025 (minh họa)",
                "chuong-trinh-khuyen-cong-2021-2025-tom-tat.pdf",
                [
                    "CHƯƠNG TRÌNH KHUYẾN CÔNG QUỐC GIA GIAI ĐOẠN 2021-2025",
                    "Bản tóm tắt minh họa do nhóm phát triển soạn, không phải văn bản gốc.",
                    "Ưu tiên: địa bàn có điều kiện kinh tế - xã hội khó khăn, sản phẩm chủ lực, "
                    "công nghệ thân thiện môi trường.",
                    "Ví dụ minh họa: dây chuyền đóng gói chân không cho nước mắm truyền thống.",
                ],
            )
        ],
        "en": {
            "number": "1881/QD-TTg",
            "files": [
                "Summary of the national industrial promotion programme 2021-2025 (demo, in Vietnamese)"
            ],
            "title": "Approving the National Industrial Promotion Programme 2021-2025",
            "slug": "decision-1881-2020",
            "summary": (
                "<p>The 2021-2025 programme favours businesses in disadvantaged areas, key "
                "local products, clean technology and market integration. Support levels "
                "are demo content.</p>"
            ),
            "items": [
                "Advanced machinery for rural industrial businesses.",
                "Technical demonstration models for new products.",
                "Trade fairs and exhibitions of rural-industry goods.",
                "Detailed planning and infrastructure of industrial clusters.",
            ],
        },
    },
    {
        "slug": "thong-tu-46-2012-tt-bct",
        "number": "46/2012/TT-BCT",
        "type": "thong-tu",
        "issuer": "bo-cong-thuong",
        "issued": "2012-12-28",
        "title": "Quy định chi tiết một số nội dung của Nghị định 45/2012/NĐ-CP về khuyến công",
        "summary": (
            "<p>Thông tư hướng dẫn đầu tiên của Nghị định 45/2012/NĐ-CP: hồ sơ đề án, cách "
            "xây dựng kế hoạch khuyến công. Quan hệ thay thế bởi Thông tư 28/2018/TT-BCT ghi "
            "trên trang là minh họa, cần đối chiếu.</p>"
        ),
        "items": [{"support": "tu-van", "what": "Hướng dẫn lập, thẩm định đề án khuyến công."}],
    },
    {
        "slug": "thong-tu-28-2018-tt-bct",
        "number": "28/2018/TT-BCT",
        "type": "thong-tu",
        "issuer": "bo-cong-thuong",
        "issued": "2018-09-27",
        "title": "Quy định chi tiết một số nội dung của Nghị định 45/2012/NĐ-CP về khuyến công",
        "summary": (
            "<p>Quy định cách xây dựng, tổ chức thực hiện và nghiệm thu đề án khuyến công "
            "quốc gia và địa phương. Ngày ban hành và ngày hiệu lực cần đối chiếu văn bản "
            "gốc; mức hỗ trợ là minh họa.</p>"
        ),
        "items": [
            {
                "support": "tu-van",
                "what": "Hướng dẫn hồ sơ, thẩm định và nghiệm thu đề án khuyến công.",
            },
            {
                "support": "mo-hinh-trinh-dien",
                "what": "Tiêu chí chọn cơ sở làm mô hình trình diễn kỹ thuật.",
            },
        ],
        "relations": [("thay-the", "thong-tu-46-2012-tt-bct")],
    },
    {
        "slug": "thong-tu-lien-tich-26-2014",
        "number": "26/2014/TTLT-BTC-BCT",
        "type": "thong-tu",
        "issuer": "bo-tai-chinh",
        "issued": "2014-02-18",
        "title": "Hướng dẫn lập, quản lý và sử dụng kinh phí khuyến công",
        "summary": (
            "<p>Thông tư liên tịch của Bộ Tài chính và Bộ Công Thương về cách lập dự toán, "
            "chi và quyết toán kinh phí khuyến công. Quan hệ thay thế ghi trên trang là minh "
            "họa, cần đối chiếu.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Mức chi hỗ trợ máy móc thiết bị cho cơ sở.",
                "max": 200_000_000,
                "share": 50,
            },
        ],
    },
    {
        "slug": "thong-tu-80-2018-tt-btc",
        "number": "80/2018/TT-BTC",
        "type": "thong-tu",
        "issuer": "bo-tai-chinh",
        "issued": "2018-08-28",
        "title": "Hướng dẫn quản lý và sử dụng kinh phí ngân sách nhà nước chi cho hoạt động khuyến công",
        "summary": (
            "<p>Quy định nội dung chi và mức chi từ ngân sách cho từng hoạt động khuyến công. "
            "Ngày ban hành cần đối chiếu văn bản gốc; các mức dưới đây là minh họa.</p>"
        ),
        "items": [
            {
                "support": "dao-tao",
                "what": "Chi tổ chức lớp đào tạo nghề, truyền nghề.",
                "share": 100,
            },
            {
                "support": "mo-hinh-trinh-dien",
                "what": "Hỗ trợ xây dựng mô hình trình diễn kỹ thuật.",
                "max": 1_500_000_000,
                "share": 30,
            },
            {
                "support": "may-moc-thiet-bi",
                "what": "Hỗ trợ cơ sở mua máy móc thiết bị tiên tiến.",
                "max": 300_000_000,
                "share": 30,
            },
            {
                "support": "hoi-cho-trien-lam",
                "what": "Chi thuê gian hàng hội chợ, triển lãm.",
                "share": 100,
            },
        ],
        "relations": [("thay-the", "thong-tu-lien-tich-26-2014")],
        "en": {
            "number": "80/2018/TT-BTC",
            "title": "Managing and using state budget funds for industrial promotion",
            "slug": "circular-80-2018",
            "summary": (
                "<p>Sets what the state budget may pay for in each industrial-promotion "
                "activity and up to how much. Check the issue date against the original; "
                "the levels below are demo content.</p>"
            ),
            "items": [
                "Running vocational training and craft-passing classes.",
                "Building technical demonstration models.",
                "Helping businesses buy advanced machinery.",
                "Renting booths at trade fairs and exhibitions.",
            ],
        },
    },
    {
        "slug": "luat-ho-tro-dnnvv-04-2017-qh14",
        "number": "04/2017/QH14",
        "type": "luat",
        "issuer": "quoc-hoi",
        "issued": "2017-06-12",
        "effective": "2018-01-01",
        "title": "Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
        "summary": (
            "<p>Luật đặt nguyên tắc, nội dung và nguồn lực hỗ trợ doanh nghiệp nhỏ và vừa: "
            "tiếp cận tín dụng, mặt bằng, công nghệ, thị trường, đào tạo. Các khoản khuyến "
            "công cho doanh nghiệp nhỏ và vừa cần đọc cùng luật này.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Hỗ trợ công nghệ, cơ sở ươm tạo, khu làm việc chung.",
                "note": "",
            },
            {
                "support": "dao-tao",
                "what": "Đào tạo khởi sự kinh doanh, quản trị doanh nghiệp.",
                "note": "",
            },
            {"support": "tu-van", "what": "Tư vấn cho doanh nghiệp nhỏ và vừa.", "note": ""},
        ],
        "scope": {"kinds": ["doanh-nghiep"], "sizes": ["sieu-nho", "nho", "vua"]},
        "en": {
            "number": "04/2017/QH14",
            "title": "Law on Support for Small and Medium-sized Enterprises",
            "slug": "law-04-2017-sme-support",
            "summary": (
                "<p>Sets the principles, content and resources of support for small and "
                "medium enterprises: credit, premises, technology, markets and training. "
                "Industrial-promotion support for SMEs should be read together with it.</p>"
            ),
            "items": [
                "Technology support, incubators and co-working spaces.",
                "Training in starting and running a business.",
                "Advice for small and medium enterprises.",
            ],
        },
    },
    {
        "slug": "nghi-dinh-39-2018-nd-cp",
        "number": "39/2018/NĐ-CP",
        "type": "nghi-dinh",
        "issuer": "chinh-phu",
        "issued": "2018-03-11",
        "title": "Quy định chi tiết một số điều của Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
        "summary": (
            "<p>Nghị định hướng dẫn đầu tiên của Luật Hỗ trợ doanh nghiệp nhỏ và vừa, nay đã "
            "được thay thế bởi Nghị định 80/2021/NĐ-CP.</p>"
        ),
        "items": [
            {
                "support": "tu-van",
                "what": "Tiêu chí xác định doanh nghiệp nhỏ và vừa, hỗ trợ tư vấn.",
                "note": "",
            }
        ],
        "scope": {"kinds": ["doanh-nghiep"], "sizes": ["sieu-nho", "nho", "vua"]},
    },
    {
        "slug": "nghi-dinh-80-2021-nd-cp",
        "number": "80/2021/NĐ-CP",
        "type": "nghi-dinh",
        "issuer": "chinh-phu",
        "issued": "2021-08-26",
        "title": "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
        "summary": (
            "<p>Định nghĩa doanh nghiệp siêu nhỏ, nhỏ và vừa theo lao động, doanh thu, nguồn "
            "vốn; quy định hỗ trợ chuyển đổi số, công nghệ, tư vấn và đào tạo. Mức hỗ trợ trên "
            "trang là minh họa.</p>"
        ),
        "items": [
            {"support": "tu-van", "what": "Tư vấn qua mạng lưới tư vấn viên.", "share": 50},
            {
                "support": "may-moc-thiet-bi",
                "what": "Hỗ trợ chuyển đổi số, đổi mới công nghệ.",
                "max": 100_000_000,
                "share": 50,
            },
            {
                "support": "dao-tao",
                "what": "Đào tạo trực tiếp về quản trị doanh nghiệp.",
                "share": 70,
            },
        ],
        "scope": {"kinds": ["doanh-nghiep"], "sizes": ["sieu-nho", "nho", "vua"]},
        "relations": [("thay-the", "nghi-dinh-39-2018-nd-cp")],
    },
    {
        "slug": "nghi-dinh-52-2018-nd-cp",
        "number": "52/2018/NĐ-CP",
        "type": "nghi-dinh",
        "issuer": "chinh-phu",
        "issued": "2018-04-12",
        "title": "Nghị định về phát triển ngành nghề nông thôn",
        "summary": (
            "<p>Khuyến khích ngành nghề nông thôn và làng nghề: bảo tồn nghề truyền thống, "
            "mặt bằng sản xuất, xúc tiến thương mại, đào tạo nghệ nhân. Mức hỗ trợ là minh "
            "họa.</p>"
        ),
        "items": [
            {"support": "dao-tao", "what": "Đào tạo, truyền nghề của nghệ nhân làng nghề."},
            {
                "support": "hoi-cho-trien-lam",
                "what": "Xúc tiến thương mại sản phẩm làng nghề.",
                "share": 50,
            },
        ],
        "scope": {"sectors": ["thu-cong-my-nghe", "che-bien-nong-lam-thuy-san", "go-noi-that"]},
    },
    {
        "slug": "chuong-trinh-khuyen-cong-2026-2030",
        "number": "MH-01/QĐ-BCT",
        "type": "quyet-dinh",
        "issuer": "bo-cong-thuong",
        "issued": "2026-01-15",
        "effective": "2026-02-01",
        "period_end": 2030,
        "title": "Chương trình khuyến công quốc gia giai đoạn 2026-2030 (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: một quyết định của Bộ Công Thương về chương trình khuyến "
            "công 2026-2030, dùng để trình bày cách trang tra cứu hoạt động. Số hiệu, ngày "
            "tháng và mức hỗ trợ không phải của văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Dây chuyền, máy móc tự động hóa cho cơ sở công nghiệp nông thôn.",
                "max": 500_000_000,
                "share": 50,
            },
            {
                "support": "san-xuat-sach-hon",
                "what": "Tiết kiệm năng lượng, xử lý chất thải tại cơ sở.",
                "max": 200_000_000,
                "share": 50,
            },
            {
                "support": "hoi-cho-trien-lam",
                "what": "Gian hàng tại hội chợ quốc gia và sàn thương mại điện tử.",
                "share": 70,
            },
            {"support": "dao-tao", "what": "Đào tạo kỹ năng số cho lao động cơ sở.", "share": 100},
        ],
        "scope": {
            "kinds": ["ho-kinh-doanh", "to-hop-tac", "hop-tac-xa", "doanh-nghiep"],
            "sizes": ["sieu-nho", "nho", "vua"],
        },
        "en": {
            "number": "MH-01/QD-BCT",
            "title": "National Industrial Promotion Programme 2026-2030 (demo document)",
            "slug": "programme-2026-2030-demo",
            "summary": (
                "<p>Demo content: a Ministry of Industry and Trade decision on the 2026-2030 "
                "programme, used to show how the finder works. Its number, dates and support "
                "levels are not those of a real document.</p>"
            ),
            "items": [
                "Automated lines and machinery for rural industrial businesses.",
                "Energy saving and waste treatment at the workshop.",
                "Booths at national fairs and on e-commerce platforms.",
                "Digital skills training for workers.",
            ],
        },
    },
    {
        "slug": "ke-hoach-khuyen-cong-2026",
        "number": "MH-02/KH-BCT",
        "type": "ke-hoach",
        "issuer": "bo-cong-thuong",
        "issued": "2025-12-20",
        "effective": "2026-01-01",
        "expiry": "2027-01-01",
        "title": "Kế hoạch khuyến công quốc gia năm 2026 (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: kế hoạch năm liệt kê các đề án khuyến công quốc gia được "
            "giao cho từng tỉnh. Số hiệu và nội dung không phải của văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "mo-hinh-trinh-dien",
                "what": "Mười hai mô hình trình diễn kỹ thuật chế biến nông sản.",
            },
            {
                "support": "binh-chon-san-pham",
                "what": "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia.",
            },
        ],
    },
    {
        "slug": "cong-van-huong-dan-de-an-2027",
        "number": "MH-03/BCT-CCT",
        "type": "cong-van",
        "issuer": "bo-cong-thuong",
        "issued": "2026-03-02",
        "title": "Hướng dẫn xây dựng đề án khuyến công quốc gia năm 2027 (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: công văn gửi các Sở Công Thương hướng dẫn cách lập và gửi "
            "đề án khuyến công cho năm sau. Số hiệu không phải của văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "tu-van",
                "what": "Mẫu hồ sơ và lịch gửi đề án khuyến công quốc gia.",
                "note": "",
            }
        ],
    },
    {
        "slug": "quy-dinh-khuyen-cong-ha-noi",
        "number": "MH-10/2024/QĐ-UBND",
        "type": "quyet-dinh",
        "issuer": "ubnd-ha-noi",
        "issued": "2024-04-10",
        "effective": "2024-04-25",
        "title": "Quy định mức hỗ trợ khuyến công trên địa bàn Hà Nội (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: quy định của thành phố về mức hỗ trợ từ kinh phí khuyến "
            "công địa phương, ưu tiên hợp tác xã chế biến nông sản và làng nghề. Số hiệu và "
            "mức hỗ trợ không phải của văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Máy móc chế biến, bảo quản nông sản và máy móc cho nghề thủ công mỹ nghệ.",
                "max": 400_000_000,
                "share": 50,
            },
            {
                "support": "hoi-cho-trien-lam",
                "what": "Tham gia hội chợ sản phẩm làng nghề Hà Nội.",
                "share": 100,
            },
        ],
        "scope": {
            "provinces": ["ha-noi"],
            "kinds": ["ho-kinh-doanh", "to-hop-tac", "hop-tac-xa"],
            "sectors": ["che-bien-nong-lam-thuy-san", "thu-cong-my-nghe"],
        },
        "files": [
            (
                "Quy định khuyến công Hà Nội (minh họa)",
                "quy-dinh-khuyen-cong-ha-noi-minh-hoa.pdf",
                [
                    "QUY ĐỊNH MỨC HỖ TRỢ KHUYẾN CÔNG - VĂN BẢN MINH HỌA",
                    "Văn bản do nhóm phát triển soạn để trình bày trang tra cứu.",
                    "Hợp tác xã chế biến nông sản được hỗ trợ một phần chi phí mua máy sấy, "
                    "máy đóng gói, kho lạnh bảo quản.",
                    "Từ khóa chỉ có trong tệp này: bánh cốm làng Vòng.",
                ],
            )
        ],
        "en": {
            "number": "MH-10/2024/QD-UBND",
            "files": ["Ha Noi industrial promotion regulation (demo, in Vietnamese)"],
            "title": "Industrial promotion support levels in Ha Noi (demo document)",
            "slug": "ha-noi-support-levels-demo",
            "summary": (
                "<p>Demo content: a city regulation on support levels from the local "
                "industrial-promotion budget, favouring farm-produce co-operatives and craft "
                "villages. Its number and levels are not those of a real document.</p>"
            ),
            "items": [
                "Farm-produce processing and storage machinery, and machinery for handicrafts.",
                "Taking part in Ha Noi craft-village fairs.",
            ],
        },
    },
    {
        "slug": "quy-dinh-khuyen-cong-thanh-hoa",
        "number": "MH-15/2023/QĐ-UBND",
        "type": "quyet-dinh",
        "issuer": "ubnd-thanh-hoa",
        "issued": "2023-06-01",
        "effective": "2023-06-15",
        "title": "Quy chế quản lý kinh phí khuyến công tỉnh Thanh Hóa (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: quy chế lập, chọn và nghiệm thu đề án khuyến công địa "
            "phương của tỉnh. Số hiệu và mức hỗ trợ không phải của văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Máy móc cho cơ sở cơ khí, vật liệu xây dựng.",
                "max": 250_000_000,
                "share": 40,
            },
            {"support": "dao-tao", "what": "Đào tạo nghề cho lao động nông thôn.", "share": 100},
        ],
        "scope": {"provinces": ["thanh-hoa"], "sectors": ["co-khi-che-tao", "vat-lieu-xay-dung"]},
    },
    {
        "slug": "nghi-quyet-khuyen-cong-dong-thap",
        "number": "MH-20/2022/NQ-HĐND",
        "type": "nghi-quyet",
        "issuer": "hdnd-dong-thap",
        "issued": "2022-07-08",
        "effective": "2022-07-20",
        "title": "Nghị quyết mức chi khuyến công tỉnh Đồng Tháp (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: nghị quyết của hội đồng nhân dân tỉnh về mức chi cho "
            "hoạt động khuyến công, ưu tiên chế biến thủy sản. Số hiệu và mức chi không phải "
            "của văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Máy móc chế biến thủy sản, trái cây sấy cho hợp tác xã.",
                "max": 300_000_000,
                "share": 50,
            },
            {
                "support": "san-xuat-sach-hon",
                "what": "Xử lý nước thải của cơ sở chế biến.",
                "max": 150_000_000,
                "share": 50,
            },
        ],
        "scope": {
            "regions": ["dong-bang-song-cuu-long"],
            "provinces": ["dong-thap"],
            "sectors": ["che-bien-nong-lam-thuy-san"],
            "kinds": ["hop-tac-xa", "ho-kinh-doanh"],
        },
    },
    {
        "slug": "quy-dinh-khuyen-cong-lam-dong",
        "number": "MH-05/2027/QĐ-UBND",
        "type": "quyet-dinh",
        "issuer": "ubnd-lam-dong",
        "issued": "2026-12-01",
        "effective": "2027-01-01",
        "title": "Quy định hỗ trợ khuyến công tỉnh Lâm Đồng từ năm 2027 (văn bản minh họa)",
        "summary": (
            "<p>Nội dung minh họa: một quy định chưa có hiệu lực, để trang tra cứu có ví dụ "
            "về tình trạng \u201cchưa có hiệu lực\u201d. Số hiệu và mức hỗ trợ không phải của "
            "văn bản thật.</p>"
        ),
        "items": [
            {
                "support": "may-moc-thiet-bi",
                "what": "Máy chế biến cà phê, chè cho hợp tác xã.",
                "max": 350_000_000,
                "share": 50,
            },
        ],
        "scope": {"provinces": ["lam-dong"], "sectors": ["che-bien-nong-lam-thuy-san", "do-uong"]},
    },
]
