"""The site layer of the demo: the two home pages, the site settings, and the About,
Contact and Questions pages (vi and en). Plain data, read by ``demo/loaders/site.py``.

Written by us for this project; facts (decree numbers, the ministry) are public.
"""

HOME = {
    "slug": "trang-chu",
    "title": "Khuyến công quốc gia",
    "intro": (
        "Cổng thông tin của Chương trình Khuyến công quốc gia: tin tức, mô hình trình "
        "diễn kỹ thuật, sản phẩm công nghiệp nông thôn tiêu biểu và chính sách hỗ trợ "
        "cho cơ sở sản xuất ở nông thôn."
    ),
    # The listing picture: a generated image, found again by its title.
    "image": {
        "title": "Xưởng cơ khí được hỗ trợ máy CNC",
        "seed": 2026,
        "description": "Công nhân vận hành máy cắt CNC trong xưởng cơ khí",
    },
    "en": {
        "slug": "home",
        "title": "National Industrial Promotion",
        "intro": (
            "The portal of Viet Nam's National Industrial Promotion Programme: news, "
            "technical demonstration models, standout rural-industry products and "
            "the support policies open to rural producers."
        ),
        "search_description": (
            "News, demonstration models, standout products and support policies of "
            "the National Industrial Promotion Programme."
        ),
    },
}

# Field values of website.models.SiteSettings.
SETTINGS = {
    "organisation_name": "Cục Công Thương địa phương - Bộ Công Thương",
    "organisation_name_en": (
        "Agency for Regional Industry and Trade - Ministry of Industry and Trade"
    ),
    "programme_name": "Chương trình Khuyến công quốc gia",
    "programme_name_en": "National Industrial Promotion Programme",
    "address": "54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội (địa chỉ minh họa)",
    "address_en": "54 Hai Ba Trung, Hoan Kiem, Ha Noi (demo address)",
    "hotline": "024 0000 0000",
    "phone": "024 0000 0001",
    "email": "lienhe@khuyencong.example.vn",
    "editors_email": "bientap@khuyencong.example.vn",
    "facebook_url": "https://www.facebook.com/khuyencongquocgia.example",
    "youtube_url": "https://www.youtube.com/@khuyencong.example",
    "zalo_url": "https://zalo.me/khuyencong.example",
    "footer_text": (
        "Trang thông tin minh họa của Chương trình Khuyến công quốc gia. "
        "Nội dung mẫu do nhóm phát triển biên soạn."
    ),
    "footer_text_en": (
        "Demo site of the National Industrial Promotion Programme. "
        "Sample content written by the development team."
    ),
}

# Standard pages under each home; ``body`` is a list of paragraphs (plain text).
PAGES = [
    {
        "slug": "gioi-thieu",
        "slug_en": "about",
        "vi": {
            "title": "Giới thiệu Chương trình Khuyến công quốc gia",
            "intro": (
                "Chương trình Khuyến công quốc gia giúp cơ sở công nghiệp nông thôn đổi mới "
                "thiết bị, nâng tay nghề người lao động và đưa sản phẩm ra thị trường."
            ),
            "search_description": "Mục tiêu, cơ quan quản lý và các hoạt động chính của chương trình.",
            "body": [
                "Chương trình được triển khai theo Nghị định 45/2012/NĐ-CP về khuyến công và "
                "Quyết định 1288/QĐ-TTg phê duyệt Chương trình khuyến công quốc gia giai đoạn "
                "2021-2025. Bộ Công Thương chủ trì, Cục Công Thương địa phương là đơn vị đầu mối.",
                "Hằng năm, các tỉnh và thành phố đăng ký đề án; đề án được duyệt nhận kinh phí "
                "hỗ trợ một phần để xây dựng mô hình trình diễn kỹ thuật, chuyển giao máy móc "
                "tiên tiến, đào tạo nghề và tổ chức hội chợ, triển lãm.",
                "Mỗi kỳ bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực và cấp "
                "quốc gia tôn vinh những sản phẩm thủ công mỹ nghệ, chế biến nông sản và cơ khí "
                "nhỏ có chất lượng tốt.",
            ],
        },
        "en": {
            "title": "About the National Industrial Promotion Programme",
            "intro": (
                "The programme helps rural industrial businesses renew their equipment, "
                "train their workers and bring their products to market."
            ),
            "search_description": "Goals, managing agency and main activities of the programme.",
            "body": [
                "It runs under Decree 45/2012/ND-CP on industrial promotion and Decision "
                "1288/QD-TTg, which approved the national programme for 2021-2025. The Ministry "
                "of Industry and Trade leads it through its Agency for Regional Industry and Trade.",
                "Every year provinces submit projects; approved projects receive partial funding "
                "for technical demonstration models, advanced machinery, vocational training, "
                "fairs and exhibitions.",
            ],
        },
    },
    {
        "slug": "lien-he",
        "slug_en": "contact",
        "vi": {
            "title": "Liên hệ",
            "intro": "Địa chỉ, điện thoại và thư điện tử của ban biên tập trang thông tin.",
            "search_description": "Cách liên hệ với ban biên tập và đường dây nóng.",
            "body": [
                "Bạn đọc gửi câu hỏi, góp ý hoặc tin bài qua thư điện tử của ban biên tập, hoặc "
                "gọi đường dây nóng trong giờ hành chính, từ thứ Hai đến thứ Sáu.",
                "Cơ sở sản xuất muốn biết về thủ tục đề nghị hỗ trợ xin liên hệ Trung tâm Khuyến "
                "công của tỉnh, thành phố nơi đặt cơ sở.",
            ],
        },
        "en": {
            "title": "Contact us",
            "intro": "Address, telephone and e-mail of the editorial team.",
            "search_description": "How to reach the editors and the hotline.",
            "body": [
                "Readers may send questions, feedback or stories to the editors by e-mail, or "
                "call the hotline during office hours, Monday to Friday."
            ],
        },
    },
    {
        "slug": "hoi-dap",
        "slug_en": "questions",
        "vi": {
            "title": "Hỏi đáp về hồ sơ đề nghị hỗ trợ",
            "intro": "Những câu hỏi cơ sở sản xuất hay gặp khi lập hồ sơ xin kinh phí khuyến công.",
            "search_description": "Ai được hỗ trợ, mức hỗ trợ, thời hạn nộp hồ sơ.",
            "body": [
                "Đối tượng được hỗ trợ gồm doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác và hộ "
                "kinh doanh đầu tư sản xuất công nghiệp tại huyện, thị xã và xã.",
                "Hồ sơ gồm đơn đề nghị, thuyết minh đề án, dự toán kinh phí và giấy tờ chứng minh "
                "tư cách pháp lý; nộp cho Sở Công Thương trước ngày 30 tháng 6 hằng năm.",
                "Mức hỗ trợ tùy nội dung: máy móc thiết bị được hỗ trợ tới 30% chi phí theo "
                "Nghị định 45/2012/NĐ-CP, tới 50% theo Nghị định 235/2025/NĐ-CP sửa đổi, có "
                "mức trần cho mỗi cơ sở; xem mức của từng văn bản trong thư viện chính sách.",
            ],
        },
        "en": {
            "title": "Questions about applying for support",
            "intro": "Common questions from producers preparing an application for funding.",
            "search_description": "Who can apply, how much support, deadlines.",
            "body": [
                "Small and medium enterprises, cooperatives and household businesses investing "
                "in industrial production in rural districts and communes may apply.",
                "Applications go to the provincial Department of Industry and Trade before "
                "30 June each year; machinery can be supported up to 30% of its cost under Decree "
                "45/2012/ND-CP and up to 50% under the amending Decree 235/2025/ND-CP, with a "
                "ceiling per business; each document's levels are in the policy library.",
            ],
        },
    },
]
