"""Hand-written demo news: categories, authors and articles, in Vietnamese with English
translations for a third of them. Written for this project; names of people are invented,
figures are illustrative. Plain data, read by ``demo/loaders/news.py``.
"""

# Article bodies are lists of blocks, each a tuple whose first item says its kind:
#   ("p", text)                      a paragraph; blank lines inside split paragraphs
#   ("img", caption, credit)         a picture from the demo set, captioned
#   ("quote", text, who, role)       a pull quote
#   ("callout", title, text)         a boxed note
#   ("table", caption, [header, *rows])
# An article's "provinces" and "sectors" (website taxonomy slugs) are the facts the
# related-news boxes of case studies, products and policies match on.

# The news index page in each language.
NEWS_INDEX = {
    "slug": "tin-tuc",
    "title": "Tin tức",
    "intro": (
        "Tin hoạt động của Chương trình Khuyến công quốc gia: đề án, lớp đào tạo, mô "
        "hình trình diễn, hội chợ và sản phẩm công nghiệp nông thôn tiêu biểu."
    ),
    "search_description": "Tin tức của Chương trình Khuyến công quốc gia.",
    "en": {
        "slug": "news",
        "title": "News",
        "intro": (
            "News of the National Industrial Promotion Programme: projects, training, "
            "demonstration models, fairs and standout rural-industry products."
        ),
        "search_description": "News of the National Industrial Promotion Programme.",
    },
}

CATEGORIES = [
    # key (vi slug), vi name, en slug, en name, vi description, en description
    (
        "hoat-dong-khuyen-cong",
        "Hoạt động khuyến công",
        "programme-news",
        "Programme news",
        "Kế hoạch, đề án và kết quả của Chương trình Khuyến công quốc gia.",
        "Plans, projects and results of the National Industrial Promotion Programme.",
    ),
    (
        "dao-tao-tap-huan",
        "Đào tạo, tập huấn",
        "training",
        "Training",
        "Lớp đào tạo nghề, tập huấn kỹ thuật và khởi sự doanh nghiệp.",
        "Vocational courses, technical training and start-up classes.",
    ),
    (
        "mo-hinh-trinh-dien",
        "Mô hình trình diễn",
        "demonstration-models",
        "Demonstration models",
        "Máy móc, dây chuyền và công nghệ mới được hỗ trợ ở các địa phương.",
        "Machinery, production lines and new technology supported in the provinces.",
    ),
    (
        "hoi-cho-trien-lam",
        "Hội chợ, triển lãm",
        "fairs-and-exhibitions",
        "Fairs and exhibitions",
        "Hội chợ, tuần hàng và gian hàng giới thiệu sản phẩm công nghiệp nông thôn.",
        "Fairs, product weeks and showrooms for rural-industry products.",
    ),
    (
        "san-pham-tieu-bieu",
        "Sản phẩm tiêu biểu",
        "standout-products",
        "Standout products",
        "Sản phẩm công nghiệp nông thôn tiêu biểu và những người làm ra chúng.",
        "Standout rural-industry products and the people who make them.",
    ),
    (
        "y-kien-trao-doi",
        "Ý kiến, trao đổi",
        "viewpoints",
        "Viewpoints",
        "Bài viết của lãnh đạo, chuyên gia và cán bộ khuyến công.",
        "Articles by leaders, experts and industrial-promotion officers.",
    ),
]

AUTHORS = {
    # key: (name, vi role, en role)
    "khai": (
        "Trần Đức Khải",
        "Cục trưởng Cục Công Thương địa phương",
        "Director General, Agency for Regional Industry and Trade",
    ),
    "hanh": (
        "Lê Thị Mỹ Hạnh",
        "Phó Cục trưởng Cục Công Thương địa phương",
        "Deputy Director General, Agency for Regional Industry and Trade",
    ),
    "minh": (
        "Phạm Quang Minh",
        "Trưởng phòng Khuyến công, Cục Công Thương địa phương",
        "Head of the Industrial Promotion Division",
    ),
    "son": (
        "Đỗ Văn Sơn",
        "Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Nghệ An",
        "Director, Nghe An Industrial Promotion and Consulting Centre",
    ),
    "lan": (
        "Hoàng Thị Lan",
        "Cán bộ Trung tâm Khuyến công Phú Thọ",
        "Officer, Phu Tho Industrial Promotion Centre",
    ),
    "thu": ("Nguyễn Thị Thu", "Phóng viên", "Reporter"),
}

ARTICLES = [
    {
        "key": "uu-tien-giai-doan-moi",
        "date": (2026, 1, 12, 9, 30),
        "category": "y-kien-trao-doi",
        "author": "khai",
        "source": "Cục Công Thương địa phương",
        "tags": ["khuyến công quốc gia", "chuyển đổi số", "sản xuất sạch hơn"],
        "views": 1731,
        "title": "Năm ưu tiên của Chương trình Khuyến công quốc gia trong giai đoạn mới",
        "lead": (
            "Đổi mới máy móc, sản xuất sạch hơn, thiết kế sản phẩm, chuyển đổi số và phối hợp "
            "chặt chẽ với địa phương là năm hướng đi mà hoạt động khuyến công sẽ tập trung "
            "trong những năm tới."
        ),
        "hero": (
            "Máy cắt dây CNC được hỗ trợ từ kinh phí khuyến công quốc gia năm 2018 tại một "
            "xưởng cơ khí ở Hưng Yên",
            "Ảnh: Trung tâm Khuyến công Hưng Yên",
        ),
        "body": [
            (
                "p",
                "Sau hơn một thập kỷ triển khai Nghị định số 45/2012/NĐ-CP về khuyến công, "
                "chương trình đã đi cùng hàng nghìn cơ sở công nghiệp nông thôn, từ xưởng cơ "
                "khí nhỏ đến hợp tác xã chế biến nông sản. Bài học lớn nhất là mỗi đồng vốn "
                "hỗ trợ chỉ phát huy hiệu quả khi đi kèm tư vấn kỹ thuật và đầu ra cho sản phẩm.",
            ),
            (
                "p",
                "Thứ nhất, chúng tôi tiếp tục ưu tiên mô hình trình diễn kỹ thuật và chuyển giao "
                "máy móc tiên tiến, nhưng chọn lọc kỹ hơn để mỗi mô hình có thể nhân rộng. Thứ "
                "hai, sản xuất sạch hơn và sử dụng năng lượng tiết kiệm trở thành điều kiện, "
                "không còn là lựa chọn. Thứ ba, hỗ trợ thiết kế mẫu mã để sản phẩm làng nghề "
                "đáp ứng thị hiếu mới.",
            ),
            (
                "img",
                "Máy cắt dây CNC được hỗ trợ từ kinh phí khuyến công quốc gia năm 2018",
                "Ảnh: Trung tâm Khuyến công Hưng Yên",
            ),
            (
                "p",
                "Thứ tư, chuyển đổi số: đưa sản phẩm lên sàn thương mại điện tử, dùng phần mềm "
                "quản lý sản xuất đơn giản và đào tạo kỹ năng số cho chủ cơ sở. Thứ năm, phối "
                "hợp chặt chẽ hơn với trung tâm khuyến công các tỉnh để kế hoạch trung ương và "
                "địa phương bổ trợ cho nhau, tránh dàn trải.",
            ),
            (
                "quote",
                "Khuyến công không làm thay cơ sở sản xuất; khuyến công giúp họ dám làm điều "
                "mới và làm đúng ngay từ đầu.",
                "Trần Đức Khải",
                "Cục trưởng Cục Công Thương địa phương",
            ),
            (
                "table",
                "Một số kết quả tiêu biểu giai đoạn 2021-2025 (số liệu minh họa)",
                [
                    ["Nội dung", "Số lượng"],
                    ["Mô hình trình diễn kỹ thuật", "210"],
                    ["Cơ sở được hỗ trợ máy móc", "1.350"],
                    ["Lượt học viên được đào tạo", "28.000"],
                    ["Sản phẩm được bình chọn tiêu biểu", "640"],
                ],
            ),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "Five priorities for the National Industrial Promotion Programme",
            "lead": (
                "New machinery, cleaner production, product design, digital transformation and "
                "closer work with the provinces are the five directions industrial promotion "
                "will focus on in the coming years."
            ),
            "hero": (
                "A CNC wire-cutting machine funded by the national industrial promotion "
                "programme in 2018, in an engineering workshop in Hung Yen",
                "Photo: Hung Yen Industrial Promotion Centre",
            ),
            "tags": [
                "national industrial promotion",
                "digital transformation",
                "cleaner production",
            ],
            "body": [
                (
                    "p",
                    "More than a decade after Decree 45/2012/ND-CP on industrial promotion, the "
                    "programme has worked with thousands of rural producers, from small "
                    "engineering workshops to food-processing cooperatives. The main lesson: "
                    "support pays off only when it comes with technical advice and a market for "
                    "the product.",
                ),
                (
                    "p",
                    "First, we keep funding technical demonstration models and modern machinery, "
                    "but choose them more carefully so that each can be copied. Second, cleaner "
                    "production and energy efficiency become a condition rather than an option. "
                    "Third, we help craft villages redesign their products for today's buyers.",
                ),
                (
                    "img",
                    "A CNC wire-cutting machine funded by the programme in 2018",
                    "Photo: Hung Yen Industrial Promotion Centre",
                ),
                (
                    "p",
                    "Fourth, digital transformation: online marketplaces, simple production "
                    "software and digital skills for owners. Fifth, closer coordination with the "
                    "provincial centres so that national and local plans support each other.",
                ),
                (
                    "quote",
                    "Industrial promotion does not do the producers' work for them; it helps "
                    "them dare to try something new and get it right from the start.",
                    "Tran Duc Khai",
                    "Director General, Agency for Regional Industry and Trade",
                ),
            ],
        },
    },
    {
        "key": "xuong-co-khi-hung-yen-may-cnc",
        "date": (2025, 3, 18, 15, 58),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Hưng Yên",
        "tags": ["máy móc thiết bị", "cơ khí", "khuyến công quốc gia"],
        "provinces": ["hung-yen"],
        "sectors": ["co-khi-che-tao"],
        "views": 964,
        "title": "Xưởng cơ khí ở Hưng Yên tăng gấp đôi công suất nhờ máy cắt dây CNC",
        "lead": (
            "Từ một xưởng gia công thủ công với sáu thợ, cơ sở của anh Vũ Văn Tùng nay nhận "
            "được đơn hàng khuôn mẫu cho các doanh nghiệp linh kiện điện tử sau khi được hỗ "
            "trợ máy cắt dây CNC."
        ),
        "hero": (
            "Thợ vận hành máy cắt dây CNC tại xưởng cơ khí ở Hưng Yên",
            "Ảnh: Nguyễn Thị Thu",
        ),
        "body": [
            (
                "p",
                "Trước đây, mỗi bộ khuôn dập của xưởng mất gần hai tuần để hoàn thiện vì phải "
                "mài sửa bằng tay. Khi tham gia đề án khuyến công quốc gia, cơ sở được hỗ trợ "
                "một phần kinh phí mua máy cắt dây CNC và được kỹ sư hướng dẫn lập trình.",
            ),
            (
                "img",
                "Máy cắt dây CNC được hỗ trợ từ kinh phí khuyến công quốc gia, lắp đặt năm 2024",
                "Ảnh: Nguyễn Thị Thu",
            ),
            (
                "p",
                "Sau một năm, thời gian làm khuôn rút xuống còn năm ngày, sai số đạt yêu cầu "
                "của khách hàng linh kiện. Xưởng tuyển thêm bốn thợ trẻ và đang tính mở thêm "
                "dịch vụ gia công cho các cơ sở lân cận.",
            ),
            (
                "quote",
                "Có máy rồi mới thấy cái khó là người. Chúng tôi cử thợ đi học lập trình, bây "
                "giờ các em tự làm được bản vẽ.",
                "Vũ Văn Tùng",
                "Chủ cơ sở cơ khí",
            ),
        ],
        "en": {
            "source": "Hung Yen Industrial Promotion Centre",
            "title": "A Hung Yen workshop doubles its output with a CNC wire cutter",
            "lead": (
                "Once a manual workshop with six fitters, Vu Van Tung's business now makes "
                "moulds for electronics suppliers after the programme helped it buy a CNC "
                "wire-cutting machine."
            ),
            "hero": (
                "Operating the CNC wire cutter in a Hung Yen workshop",
                "Photo: Nguyen Thi Thu",
            ),
            "tags": ["machinery", "engineering", "national industrial promotion"],
            "body": [
                (
                    "p",
                    "Each stamping mould used to take almost two weeks because it was finished by "
                    "hand. Under a national industrial promotion project, the workshop received "
                    "part of the cost of a CNC wire cutter and an engineer taught the staff to "
                    "program it.",
                ),
                (
                    "img",
                    "The CNC wire cutter funded by the programme, installed in 2024",
                    "Photo: Nguyen Thi Thu",
                ),
                (
                    "p",
                    "A year later a mould takes five days and meets the customers' tolerances. "
                    "The workshop has hired four young fitters and plans to machine parts for "
                    "neighbouring businesses.",
                ),
            ],
        },
    },
    {
        "key": "thanh-hoa-dao-tao-may-tre-dan",
        "date": (2025, 4, 9, 10, 15),
        "category": "dao-tao-tap-huan",
        "author": "lan",
        "source": "Trung tâm Khuyến công Thanh Hóa",
        "tags": ["đào tạo nghề", "mây tre đan", "làng nghề"],
        "provinces": ["thanh-hoa"],
        "sectors": ["thu-cong-my-nghe"],
        "views": 412,
        "title": "Thanh Hóa: 35 học viên hoàn thành lớp đào tạo nghề mây tre đan xuất khẩu",
        "lead": (
            "Sau ba tháng học, các học viên, phần lớn là phụ nữ trong độ tuổi lao động, đã tự "
            "đan được giỏ, khay theo mẫu của doanh nghiệp bao tiêu."
        ),
        "hero": ("Học viên lớp đan mây tre thực hành theo mẫu xuất khẩu", "Ảnh: Hoàng Thị Lan"),
        "body": [
            (
                "p",
                "Lớp học được tổ chức ngay tại nhà văn hóa thôn để học viên vừa học vừa chăm "
                "lo việc nhà. Nghệ nhân của làng hướng dẫn từ khâu chọn nguyên liệu, vót nan "
                "đến hoàn thiện sản phẩm.",
            ),
            (
                "img",
                "Giỏ mây tre do học viên hoàn thành trong buổi kiểm tra cuối khóa",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Doanh nghiệp liên kết cam kết nhận toàn bộ sản phẩm đạt chuẩn, giúp mỗi học "
                "viên có thêm thu nhập ổn định ngay tại địa phương.",
            ),
        ],
    },
    {
        "key": "hoi-cho-cong-nghiep-nong-thon-phia-bac-2025",
        "date": (2025, 10, 22, 16, 40),
        "category": "hoi-cho-trien-lam",
        "author": "thu",
        "source": "Cục Công Thương địa phương",
        "tags": ["hội chợ", "sản phẩm tiêu biểu", "thủ công mỹ nghệ"],
        "views": 1208,
        "title": "Khai mạc hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc",
        "lead": (
            "Hơn 250 gian hàng của các cơ sở công nghiệp nông thôn từ 15 tỉnh, thành phố giới "
            "thiệu sản phẩm thủ công mỹ nghệ, chế biến nông sản và cơ khí nhỏ."
        ),
        "hero": ("Khách tham quan gian hàng gốm sứ tại hội chợ", "Ảnh: Nguyễn Thị Thu"),
        "body": [
            (
                "p",
                "Hội chợ do Cục Công Thương địa phương phối hợp với Sở Công Thương tỉnh sở tại "
                "tổ chức bằng kinh phí khuyến công quốc gia. Các cơ sở tham gia được hỗ trợ chi "
                "phí gian hàng và vận chuyển sản phẩm.",
            ),
            (
                "img",
                "Gian hàng sản phẩm mây tre đan của các tỉnh trung du miền núi phía Bắc",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Bên lề hội chợ, ban tổ chức mở hội thảo về xây dựng thương hiệu và bán hàng "
                "trực tuyến, thu hút nhiều chủ cơ sở trẻ tham dự.",
            ),
            (
                "callout",
                "Thời gian và địa điểm",
                "<p>Hội chợ mở cửa từ 8 giờ đến 21 giờ hằng ngày, <b>vào cửa tự do</b>.</p>",
            ),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "Northern fair of standout rural-industry products opens",
            "lead": (
                "More than 250 stands from 15 provinces show handicrafts, processed farm "
                "produce and small machinery made by rural producers."
            ),
            "hero": ("Visitors at a ceramics stand at the fair", "Photo: Nguyen Thi Thu"),
            "tags": ["trade fairs", "standout products", "handicrafts"],
            "body": [
                (
                    "p",
                    "The fair is organised by the Agency for Regional Industry and Trade with the "
                    "host province's Department of Industry and Trade and funded by the national "
                    "programme, which pays part of the exhibitors' stand and transport costs.",
                ),
                (
                    "img",
                    "Rattan and bamboo products from the northern midland provinces",
                    "Photo: Industrial Promotion Centre",
                ),
                (
                    "p",
                    "Alongside the fair, a workshop on branding and online sales drew many young "
                    "business owners.",
                ),
            ],
        },
    },
    {
        "key": "binh-chon-san-pham-tieu-bieu-2025",
        "date": (2025, 11, 14, 14, 5),
        "category": "san-pham-tieu-bieu",
        "author": "minh",
        "source": "Cục Công Thương địa phương",
        "tags": ["sản phẩm tiêu biểu", "khuyến công quốc gia"],
        "views": 1544,
        "title": "Công bố sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2025",
        "lead": (
            "Hội đồng bình chọn đã đánh giá hàng trăm sản phẩm do các tỉnh đề cử theo các "
            "tiêu chí về chất lượng, tính độc đáo, khả năng thương mại và bảo vệ môi trường."
        ),
        "hero": ("Các sản phẩm được trưng bày tại lễ công bố", "Ảnh: Cục Công Thương địa phương"),
        "body": [
            (
                "p",
                "Sản phẩm được chia thành bốn nhóm: chế biến nông lâm thủy sản; thủ công mỹ "
                "nghệ; công cụ, máy móc và thiết bị cơ khí; các sản phẩm khác. Mỗi sản phẩm "
                "được chấm điểm độc lập bởi các chuyên gia trong ngành.",
            ),
            (
                "img",
                "Bộ ấm chén gốm men lam được hội đồng đánh giá cao về thiết kế",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Các cơ sở có sản phẩm được công nhận sẽ được ưu tiên tham gia hội chợ, triển "
                "lãm và chương trình xúc tiến thương mại trong năm tiếp theo.",
            ),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "National standout rural-industry products of 2025 announced",
            "lead": (
                "The selection board assessed hundreds of products nominated by the provinces "
                "for quality, originality, market potential and environmental protection."
            ),
            "hero": (
                "Products on display at the announcement",
                "Photo: Agency for Regional Industry and Trade",
            ),
            "tags": ["standout products", "national industrial promotion"],
            "body": [
                (
                    "p",
                    "Products compete in four groups: processed farm, forest and fishery "
                    "produce; handicrafts; tools, machinery and mechanical equipment; and other "
                    "products. Experts score each product independently.",
                ),
                (
                    "img",
                    "A blue-glazed tea set praised by the board for its design",
                    "Photo: Industrial Promotion Centre",
                ),
                (
                    "p",
                    "Producers of the selected products get priority places at fairs and trade "
                    "promotion events the following year.",
                ),
            ],
        },
    },
    {
        "key": "thai-nguyen-may-sao-che",
        "date": (2025, 6, 3, 8, 45),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Thái Nguyên",
        "tags": ["chè", "chế biến nông sản", "máy móc thiết bị"],
        "provinces": ["thai-nguyen"],
        "sectors": ["che-bien-nong-lam-thuy-san"],
        "views": 688,
        "title": "Thái Nguyên: máy sao chè tự động giúp giảm một nửa công lao động",
        "lead": (
            "Mô hình trình diễn dây chuyền sao, vò chè điều khiển nhiệt độ tự động giúp chè "
            "đều màu, giữ hương và giảm đáng kể sức lao động của người làm chè."
        ),
        "hero": (
            "Dây chuyền sao chè tự động tại hợp tác xã",
            "Ảnh: Trung tâm Khuyến công Thái Nguyên",
        ),
        "body": [
            (
                "p",
                "Trước khi có máy, mỗi mẻ chè phải có người đứng canh lửa liên tục. Nay nhiệt "
                "độ tôn sao được cài đặt sẵn, một người có thể trông hai máy cùng lúc.",
            ),
            (
                "img",
                "Chè búp khô sau khi sao bằng máy điều khiển nhiệt độ",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Hợp tác xã đã mở cửa cho các hộ trong vùng đến xem máy vận hành. Đến nay đã có "
                "thêm năm hộ tự đầu tư máy tương tự sau khi tham quan mô hình.",
            ),
        ],
    },
    {
        "key": "san-xuat-sach-hon-lang-gom",
        "date": (2025, 7, 15, 11, 20),
        "category": "hoat-dong-khuyen-cong",
        "author": "hanh",
        "source": "Trung tâm Khuyến công Hà Nội",
        "tags": ["sản xuất sạch hơn", "tiết kiệm năng lượng", "gốm sứ", "làng nghề"],
        "provinces": [],
        "sectors": ["thu-cong-my-nghe"],
        "views": 873,
        "title": "Lò nung khí hóa giúp làng gốm tiết kiệm một phần năm nhiên liệu",
        "lead": (
            "Thay lò than bằng lò nung khí hóa có kiểm soát nhiệt độ, các cơ sở gốm tham gia "
            "đề án sản xuất sạch hơn vừa giảm khói bụi vừa giảm tỷ lệ sản phẩm lỗi."
        ),
        "hero": ("Lò nung khí hóa tại một cơ sở gốm", "Ảnh: Trung tâm Khuyến công Hà Nội"),
        "body": [
            (
                "p",
                "Đề án hỗ trợ đánh giá sản xuất sạch hơn tại từng cơ sở, chỉ ra các điểm thất "
                "thoát nhiệt và đề xuất giải pháp. Phần lớn giải pháp không tốn kém: cách nhiệt "
                "thân lò, sắp xếp lại mẻ nung, bảo dưỡng đầu đốt.",
            ),
            (
                "img",
                "Công nhân kiểm tra sản phẩm sau mẻ nung bằng lò khí hóa",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Sau sáu tháng, lượng nhiên liệu cho mỗi mẻ nung giảm khoảng 20%, tỷ lệ sản phẩm "
                "nứt, cong vênh giảm rõ rệt.",
            ),
        ],
        "en": {
            "source": "Ha Noi Industrial Promotion Centre",
            "title": "Gas kilns cut a pottery village's fuel use by a fifth",
            "lead": (
                "By replacing coal kilns with temperature-controlled gas kilns, potteries in a "
                "cleaner-production project reduced smoke and the share of faulty pieces."
            ),
            "hero": (
                "A gas kiln in a pottery workshop",
                "Photo: Ha Noi Industrial Promotion Centre",
            ),
            "tags": ["cleaner production", "energy efficiency", "ceramics", "craft villages"],
            "body": [
                (
                    "p",
                    "The project paid for a cleaner-production assessment in each workshop, "
                    "finding where heat was lost and what to do about it. Most fixes were cheap: "
                    "insulating the kiln, loading it differently, servicing the burners.",
                ),
                (
                    "img",
                    "Checking pieces after a firing in the gas kiln",
                    "Photo: Industrial Promotion Centre",
                ),
                (
                    "p",
                    "After six months fuel per firing had fallen by about 20% and far fewer "
                    "pieces cracked or warped.",
                ),
            ],
        },
    },
    {
        "key": "tap-huan-chuyen-doi-so-mien-trung",
        "date": (2025, 8, 20, 9, 0),
        "category": "dao-tao-tap-huan",
        "author": "minh",
        "source": "Cục Công Thương địa phương",
        "tags": ["chuyển đổi số", "thương mại điện tử", "đào tạo nghề"],
        "views": 530,
        "title": "Tập huấn chuyển đổi số cho cơ sở công nghiệp nông thôn các tỉnh miền Trung",
        "lead": (
            "Trong hai ngày, hơn 80 chủ cơ sở được hướng dẫn mở gian hàng trực tuyến, chụp ảnh "
            "sản phẩm bằng điện thoại và quản lý đơn hàng."
        ),
        "hero": ("Học viên thực hành chụp ảnh sản phẩm bằng điện thoại", "Ảnh: Phạm Quang Minh"),
        "body": [
            (
                "p",
                "Nội dung tập huấn được thiết kế sát với thực tế: mỗi học viên mang theo sản "
                "phẩm của mình và hoàn thành một gian hàng thật trước khi kết thúc khóa học.",
            ),
            (
                "img",
                "Giảng viên hướng dẫn viết mô tả sản phẩm trên sàn thương mại điện tử",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Nhiều học viên cho biết lần đầu nhận được đơn hàng từ tỉnh xa chỉ vài ngày sau "
                "khi đưa sản phẩm lên mạng.",
            ),
        ],
    },
    {
        "key": "dak-lak-day-chuyen-rang-xay-ca-phe",
        "date": (2025, 9, 10, 15, 10),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Đắk Lắk",
        "tags": ["cà phê", "chế biến nông sản", "máy móc thiết bị"],
        "provinces": ["dak-lak"],
        "sectors": ["do-uong"],
        "views": 702,
        "title": "Đắk Lắk: dây chuyền rang xay giúp hợp tác xã bán cà phê thành phẩm",
        "lead": (
            "Thay vì bán cà phê nhân cho thương lái, hợp tác xã nay tự rang, xay và đóng gói "
            "sản phẩm mang nhãn hiệu riêng."
        ),
        "hero": ("Máy rang cà phê của hợp tác xã", "Ảnh: Trung tâm Khuyến công Đắk Lắk"),
        "body": [
            (
                "p",
                "Dây chuyền gồm máy rang, máy xay và máy đóng gói van một chiều được hỗ trợ một "
                "phần từ kinh phí khuyến công. Cán bộ kỹ thuật hướng dẫn xây dựng quy trình rang "
                "cho từng loại hạt.",
            ),
            (
                "img",
                "Cà phê rang xay đóng gói mang nhãn hiệu của hợp tác xã",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Giá trị mỗi ki-lô-gam cà phê tăng gấp nhiều lần so với bán nhân xô, thành viên "
                "hợp tác xã có thêm việc làm quanh năm.",
            ),
        ],
    },
    {
        "key": "ke-hoach-khuyen-cong-quoc-gia-2026",
        "date": (2025, 12, 5, 10, 0),
        "category": "hoat-dong-khuyen-cong",
        "author": "hanh",
        "source": "Cục Công Thương địa phương",
        "tags": ["khuyến công quốc gia", "kế hoạch"],
        "views": 1390,
        "title": "Triển khai kế hoạch khuyến công quốc gia năm 2026",
        "lead": (
            "Kế hoạch năm 2026 ưu tiên các đề án có khả năng nhân rộng, hỗ trợ vùng khó khăn "
            "và gắn với chuyển đổi xanh, chuyển đổi số."
        ),
        "hero": (
            "Hội nghị triển khai kế hoạch khuyến công năm 2026",
            "Ảnh: Cục Công Thương địa phương",
        ),
        "body": [
            (
                "p",
                "Tại hội nghị, đại diện trung tâm khuyến công các tỉnh đã trao đổi kinh nghiệm "
                "lựa chọn cơ sở thụ hưởng, giám sát thực hiện và nghiệm thu đề án.",
            ),
            (
                "callout",
                "Hồ sơ đề án",
                "<p>Các đơn vị gửi hồ sơ đề xuất đề án theo hướng dẫn của Cục Công Thương địa "
                "phương. Hồ sơ cần nêu rõ <b>mục tiêu, cơ sở thụ hưởng và khả năng nhân rộng</b>.</p>",
            ),
            (
                "p",
                "Cục Công Thương địa phương đề nghị các địa phương chủ động bố trí vốn đối ứng "
                "và tăng cường kiểm tra sau hỗ trợ để bảo đảm hiệu quả.",
            ),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "The national industrial promotion plan for 2026",
            "lead": (
                "The 2026 plan favours projects that can be replicated, support for "
                "disadvantaged areas, and the green and digital transitions."
            ),
            "hero": (
                "The meeting that launched the 2026 plan",
                "Photo: Agency for Regional Industry and Trade",
            ),
            "tags": ["national industrial promotion", "planning"],
            "body": [
                (
                    "p",
                    "At the meeting, provincial centres shared how they choose beneficiaries, "
                    "monitor projects and sign them off.",
                ),
                (
                    "p",
                    "The Agency asked the provinces to set aside matching funds and to follow up "
                    "on supported businesses so that the support makes a lasting difference.",
                ),
            ],
        },
    },
    {
        "key": "nang-cao-nang-luc-thiet-ke-mau-ma",
        "date": (2026, 2, 24, 14, 30),
        "category": "dao-tao-tap-huan",
        "author": "lan",
        "source": "Trung tâm Khuyến công Phú Thọ",
        "tags": ["thiết kế sản phẩm", "thủ công mỹ nghệ", "làng nghề"],
        "provinces": [],
        "sectors": ["thu-cong-my-nghe"],
        "views": 455,
        "title": "Nâng cao năng lực thiết kế mẫu mã cho làng nghề thủ công mỹ nghệ",
        "lead": (
            "Khóa học giúp thợ làng nghề tiếp cận xu hướng thiết kế, làm mẫu thử và tính giá "
            "thành trước khi sản xuất hàng loạt."
        ),
        "hero": ("Học viên phác thảo mẫu sản phẩm mới", "Ảnh: Hoàng Thị Lan"),
        "body": [
            (
                "p",
                "Giảng viên là các nhà thiết kế có kinh nghiệm làm việc với doanh nghiệp xuất "
                "khẩu. Mỗi nhóm học viên phát triển một bộ sưu tập nhỏ từ nguyên liệu địa phương.",
            ),
            (
                "img",
                "Mẫu thử đèn trang trí từ tre do học viên thực hiện",
                "Ảnh: Trung tâm Khuyến công",
            ),
            ("p", "Những mẫu tốt nhất được giới thiệu tại hội chợ khu vực cuối năm."),
        ],
    },
    {
        "key": "khanh-hoa-thiet-bi-loc-nuoc-mam",
        "date": (2026, 3, 17, 9, 40),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Khánh Hòa",
        "tags": ["chế biến nông sản", "máy móc thiết bị", "an toàn thực phẩm"],
        "provinces": ["khanh-hoa"],
        "sectors": ["che-bien-nong-lam-thuy-san"],
        "views": 390,
        "title": "Khánh Hòa: thiết bị lọc và chiết rót tự động cho cơ sở nước mắm truyền thống",
        "lead": (
            "Cơ sở giữ nguyên cách ủ chượp truyền thống nhưng khâu lọc, chiết rót và đóng nắp "
            "được thực hiện bằng máy, bảo đảm vệ sinh an toàn thực phẩm."
        ),
        "hero": ("Dây chuyền chiết rót nước mắm", "Ảnh: Trung tâm Khuyến công Khánh Hòa"),
        "body": [
            (
                "p",
                "Trước đây, nước mắm được chiết thủ công nên khó kiểm soát độ sạch và dung tích. "
                "Thiết bị mới giúp mỗi chai đồng đều, đủ điều kiện đưa vào siêu thị.",
            ),
            ("img", "Chai nước mắm thành phẩm sau khi được dán nhãn", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "hoi-cho-khu-vuc-phia-nam-2026",
        "date": (2026, 4, 21, 17, 5),
        "category": "hoi-cho-trien-lam",
        "author": "thu",
        "source": "Trung tâm Khuyến công Thành phố Hồ Chí Minh",
        "tags": ["hội chợ", "sản phẩm tiêu biểu", "chế biến nông sản"],
        "views": 820,
        "title": "Hơn 200 gian hàng tham gia hội chợ hàng công nghiệp nông thôn khu vực phía Nam",
        "lead": (
            "Hội chợ là dịp để các cơ sở từ đồng bằng sông Cửu Long và Đông Nam Bộ gặp gỡ nhà "
            "phân phối, ký kết hợp đồng tiêu thụ sản phẩm."
        ),
        "hero": ("Gian hàng đặc sản chế biến tại hội chợ", "Ảnh: Nguyễn Thị Thu"),
        "body": [
            (
                "p",
                "Nhiều sản phẩm lần đầu ra mắt như bánh phồng tôm đóng gói mới, kẹo dừa ít "
                "đường và các sản phẩm từ lục bình.",
            ),
            (
                "img",
                "Sản phẩm thủ công từ lục bình của các tỉnh đồng bằng sông Cửu Long",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Ban tổ chức ghi nhận hàng chục biên bản ghi nhớ được ký kết trong ba ngày hội chợ.",
            ),
        ],
        "en": {
            "source": "Ho Chi Minh City Industrial Promotion Centre",
            "title": "Over 200 stands at the southern rural-industry fair",
            "lead": (
                "The fair brought producers from the Mekong Delta and the South East together "
                "with distributors to sign supply contracts."
            ),
            "hero": (
                "A stand of processed local specialities at the fair",
                "Photo: Nguyen Thi Thu",
            ),
            "tags": ["trade fairs", "standout products", "food processing"],
            "body": [
                (
                    "p",
                    "Several products were shown for the first time, among them newly packaged "
                    "prawn crackers, low-sugar coconut sweets and water-hyacinth goods.",
                ),
                (
                    "img",
                    "Water-hyacinth handicrafts from the Mekong Delta provinces",
                    "Photo: Industrial Promotion Centre",
                ),
                ("p", "The organisers counted dozens of memoranda signed over the three days."),
            ],
        },
    },
    {
        "key": "gach-khong-nung-tiet-kiem-nang-luong",
        "date": (2026, 5, 12, 8, 20),
        "category": "hoat-dong-khuyen-cong",
        "author": "minh",
        "source": "Cục Công Thương địa phương",
        "tags": ["tiết kiệm năng lượng", "vật liệu xây dựng", "sản xuất sạch hơn"],
        "provinces": [],
        "sectors": ["vat-lieu-xay-dung"],
        "views": 298,
        "title": "Hỗ trợ cơ sở sản xuất gạch không nung áp dụng giải pháp tiết kiệm năng lượng",
        "lead": (
            "Biến tần cho động cơ, hệ thống chiếu sáng hiệu suất cao và quy trình bảo dưỡng định "
            "kỳ giúp cơ sở giảm hóa đơn tiền điện."
        ),
        "hero": ("Dây chuyền ép gạch không nung", "Ảnh: Phạm Quang Minh"),
        "body": [
            (
                "p",
                "Các chuyên gia kiểm toán năng lượng đã khảo sát và đề xuất những thay đổi có "
                "thời gian hoàn vốn dưới hai năm, phù hợp với quy mô của cơ sở nhỏ.",
            ),
            ("img", "Tủ điện có lắp biến tần cho động cơ máy ép", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "lam-dong-lua-to-tam-may-det-cai-tien",
        "date": (2026, 6, 9, 10, 45),
        "category": "san-pham-tieu-bieu",
        "author": "lan",
        "source": "Trung tâm Khuyến công Lâm Đồng",
        "tags": ["dệt may", "sản phẩm tiêu biểu", "máy móc thiết bị"],
        "provinces": ["lam-dong"],
        "sectors": ["det-may-da-giay"],
        "views": 611,
        "title": "Lụa tơ tằm Lâm Đồng vươn ra thị trường nhờ máy dệt cải tiến",
        "lead": (
            "Máy dệt được cải tiến bộ phận căng sợi giúp mặt lụa mịn, ít lỗi, đáp ứng yêu cầu "
            "của các nhà may thời trang."
        ),
        "hero": ("Máy dệt lụa tại cơ sở", "Ảnh: Trung tâm Khuyến công Lâm Đồng"),
        "body": [
            (
                "p",
                "Cơ sở đã phối hợp với một xưởng cơ khí địa phương để cải tiến máy dệt cũ thay "
                "vì mua máy mới, tiết kiệm đáng kể chi phí đầu tư.",
            ),
            ("img", "Cuộn lụa thành phẩm trước khi nhuộm", "Ảnh: Trung tâm Khuyến công"),
            ("p", "Sản phẩm khăn lụa của cơ sở được bình chọn là sản phẩm tiêu biểu cấp tỉnh."),
        ],
    },
    {
        "key": "bo-san-pham-son-mai-dat-giai",
        "date": (2026, 7, 7, 15, 35),
        "category": "san-pham-tieu-bieu",
        "author": "thu",
        "source": "Trung tâm Khuyến công Hà Nội",
        "tags": ["sơn mài", "thủ công mỹ nghệ", "sản phẩm tiêu biểu"],
        "provinces": [],
        "sectors": ["thu-cong-my-nghe"],
        "views": 377,
        "title": "Bộ hộp sơn mài khảm trứng được công nhận sản phẩm tiêu biểu",
        "lead": (
            "Bộ sản phẩm kết hợp kỹ thuật sơn mài truyền thống với họa tiết hiện đại, được hội "
            "đồng đánh giá cao về thẩm mỹ và tính ứng dụng."
        ),
        "hero": ("Bộ hộp sơn mài khảm vỏ trứng", "Ảnh: Nguyễn Thị Thu"),
        "body": [
            (
                "p",
                "Mỗi chiếc hộp trải qua hàng chục lớp sơn, mài và phơi trong nhiều tuần. Nghệ "
                "nhân cho biết cái khó nhất là giữ được độ bóng sâu mà không làm nứt lớp khảm.",
            ),
            ("img", "Nghệ nhân mài lớp sơn trên mặt hộp", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "nhin-lai-5-nam-2021-2025",
        "date": (2026, 1, 28, 8, 0),
        "category": "hoat-dong-khuyen-cong",
        "author": "khai",
        "source": "Cục Công Thương địa phương",
        "tags": ["khuyến công quốc gia", "tổng kết"],
        "views": 1985,
        "title": "Nhìn lại năm năm thực hiện Chương trình Khuyến công quốc gia 2021-2025",
        "lead": (
            "Chương trình theo Quyết định số 1881/QĐ-TTg đã hỗ trợ hàng nghìn cơ sở đổi mới "
            "thiết bị, đào tạo hàng chục nghìn lao động và đưa nhiều sản phẩm làng nghề ra thị "
            "trường rộng hơn."
        ),
        "hero": (
            "Một mô hình trình diễn kỹ thuật được nhân rộng",
            "Ảnh: Cục Công Thương địa phương",
        ),
        "body": [
            (
                "p",
                "Điểm sáng của giai đoạn là các mô hình trình diễn kỹ thuật: khi người dân tận "
                "mắt thấy máy chạy, hiệu quả rõ ràng, họ tự đầu tư theo mà không cần thêm hỗ trợ.",
            ),
            (
                "img",
                "Máy sấy nông sản năng lượng mặt trời tại một hợp tác xã",
                "Ảnh: Trung tâm Khuyến công",
            ),
            (
                "p",
                "Bên cạnh kết quả, tổng kết cũng chỉ ra hạn chế: kinh phí còn dàn trải ở một số "
                "nơi, công tác theo dõi sau hỗ trợ chưa đều. Đây là những điểm cần khắc phục "
                "trong giai đoạn tới.",
            ),
            (
                "quote",
                "Một mô hình thành công có sức lan tỏa hơn mười buổi hội thảo.",
                "Trần Đức Khải",
                "Cục trưởng Cục Công Thương địa phương",
            ),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "Five years of the National Industrial Promotion Programme, 2021-2025",
            "lead": (
                "Under Decision 1881/QD-TTg the programme helped thousands of producers renew "
                "their equipment, trained tens of thousands of workers and took many craft "
                "products to wider markets."
            ),
            "hero": (
                "A demonstration model that others copied",
                "Photo: Agency for Regional Industry and Trade",
            ),
            "tags": ["national industrial promotion", "review"],
            "body": [
                (
                    "p",
                    "The highlight of the period was the technical demonstration models: once "
                    "people saw a machine working and paying off, they invested on their own.",
                ),
                (
                    "img",
                    "A solar dryer for farm produce at a cooperative",
                    "Photo: Industrial Promotion Centre",
                ),
                (
                    "p",
                    "The review also found weaknesses: funds spread too thinly in places and "
                    "uneven follow-up after support. These are the things to fix next.",
                ),
                (
                    "quote",
                    "One successful model convinces more people than ten workshops.",
                    "Tran Duc Khai",
                    "Director General, Agency for Regional Industry and Trade",
                ),
            ],
        },
    },
    {
        "key": "khoi-su-doanh-nghiep-phu-nu-nong-thon",
        "date": (2026, 3, 8, 9, 15),
        "category": "dao-tao-tap-huan",
        "author": "hanh",
        "source": "Cục Công Thương địa phương",
        "tags": ["khởi sự doanh nghiệp", "phụ nữ", "đào tạo nghề"],
        "views": 742,
        "title": "Khởi sự doanh nghiệp cho phụ nữ nông thôn: từ lớp học đến xưởng sản xuất",
        "lead": (
            "Sau khóa học khởi sự doanh nghiệp, nhiều học viên nữ đã đăng ký hộ kinh doanh, mở "
            "xưởng nhỏ và tạo việc làm cho người trong thôn."
        ),
        "hero": ("Một học viên giới thiệu sản phẩm bánh truyền thống", "Ảnh: Lê Thị Mỹ Hạnh"),
        "body": [
            (
                "p",
                "Khóa học hướng dẫn lập kế hoạch kinh doanh, tính giá thành, quản lý dòng tiền "
                "và các thủ tục đăng ký kinh doanh. Học viên được kết nối với quỹ tín dụng địa "
                "phương.",
            ),
            (
                "img",
                "Xưởng sản xuất bánh của một học viên sau khóa học",
                "Ảnh: Trung tâm Khuyến công",
            ),
            ("p", "Trung tâm khuyến công tiếp tục theo dõi và tư vấn cho học viên trong năm đầu."),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "Start-up training for rural women: from classroom to workshop",
            "lead": (
                "After a start-up course, many women registered household businesses, opened "
                "small workshops and created jobs in their villages."
            ),
            "hero": ("A trainee presents her traditional cakes", "Photo: Le Thi My Hanh"),
            "tags": ["start-ups", "women", "vocational training"],
            "body": [
                (
                    "p",
                    "The course covers business plans, costing, cash flow and registration, and "
                    "puts trainees in touch with local credit funds.",
                ),
                (
                    "img",
                    "A trainee's cake workshop after the course",
                    "Photo: Industrial Promotion Centre",
                ),
                ("p", "The provincial centre keeps advising the trainees during their first year."),
            ],
        },
    },
    {
        "key": "tay-ninh-may-trang-banh-trang",
        "date": (2026, 8, 18, 16, 10),
        "category": "mo-hinh-trinh-dien",
        "author": "son",
        "source": "Trung tâm Khuyến công Tây Ninh",
        "tags": ["chế biến nông sản", "máy móc thiết bị", "làng nghề"],
        "provinces": ["tay-ninh"],
        "sectors": ["che-bien-nong-lam-thuy-san"],
        "views": 505,
        "title": "Tây Ninh: máy tráng bánh tráng tự động thay thế lò thủ công",
        "lead": (
            "Máy tráng bánh liên tục giúp cơ sở tăng năng suất, bánh mỏng đều và giảm hẳn khói "
            "bếp so với lò củi."
        ),
        "hero": ("Máy tráng bánh tráng tự động", "Ảnh: Trung tâm Khuyến công Tây Ninh"),
        "body": [
            (
                "p",
                "Máy dùng hơi nước để hấp bánh trên băng tải, sau đó bánh được đưa lên giàn phơi. "
                "Một máy thay được công việc của nhiều lò thủ công.",
            ),
            (
                "img",
                "Bánh tráng được phơi trên giàn sau khi ra khỏi máy",
                "Ảnh: Trung tâm Khuyến công",
            ),
        ],
    },
    {
        "key": "gian-hang-truc-tuyen-san-pham-lang-nghe",
        "date": (2026, 9, 15, 11, 0),
        "category": "hoi-cho-trien-lam",
        "author": "minh",
        "source": "Cục Công Thương địa phương",
        "tags": ["thương mại điện tử", "chuyển đổi số", "làng nghề"],
        "views": 466,
        "title": "Gian hàng trực tuyến đưa sản phẩm làng nghề đến gần người mua",
        "lead": (
            "Song song với hội chợ truyền thống, các cơ sở được hỗ trợ mở gian hàng trực tuyến "
            "và bán hàng qua video trực tiếp."
        ),
        "hero": ("Buổi bán hàng trực tiếp qua mạng của một cơ sở mây tre", "Ảnh: Phạm Quang Minh"),
        "body": [
            (
                "p",
                "Các phiên bán hàng trực tuyến được tổ chức định kỳ, có người dẫn giới thiệu quy "
                "trình làm ra sản phẩm để người mua hiểu giá trị thủ công.",
            ),
            (
                "img",
                "Sản phẩm được đóng gói để giao cho khách đặt hàng trực tuyến",
                "Ảnh: Trung tâm Khuyến công",
            ),
        ],
    },
    {
        "key": "hoc-hoi-kinh-nghiem-ho-tro-doanh-nghiep-nho",
        "date": (2026, 10, 6, 14, 50),
        "category": "hoat-dong-khuyen-cong",
        "author": "hanh",
        "source": "Cục Công Thương địa phương",
        "tags": ["hợp tác quốc tế", "doanh nghiệp nhỏ"],
        "views": 318,
        "title": "Học hỏi kinh nghiệm hỗ trợ doanh nghiệp nhỏ ở nông thôn từ các nước trong khu vực",
        "lead": (
            "Hội thảo trao đổi kinh nghiệm với chuyên gia quốc tế về mô hình mỗi làng một sản "
            "phẩm và dịch vụ tư vấn cho doanh nghiệp nhỏ."
        ),
        "hero": ("Chuyên gia trao đổi tại hội thảo", "Ảnh: Cục Công Thương địa phương"),
        "body": [
            (
                "p",
                "Các đại biểu quan tâm đến cách tổ chức mạng lưới tư vấn viên ở cấp cơ sở và cơ "
                "chế đánh giá hiệu quả hỗ trợ dựa trên kết quả đầu ra.",
            ),
            (
                "img",
                "Đại biểu tham quan gian hàng trưng bày sản phẩm bên lề hội thảo",
                "Ảnh: Trung tâm Khuyến công",
            ),
        ],
    },
    {
        "key": "gia-lai-may-cha-nham-son-tinh-dien",
        "date": (2026, 10, 27, 9, 25),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Gia Lai",
        "tags": ["chế biến gỗ", "máy móc thiết bị", "cơ khí"],
        "provinces": ["gia-lai"],
        "sectors": ["go-noi-that"],
        "views": 240,
        "title": "Gia Lai: hỗ trợ máy chà nhám và buồng sơn cho cơ sở đồ gỗ",
        "lead": (
            "Buồng sơn có hệ thống lọc bụi sơn giúp cơ sở cải thiện môi trường làm việc và "
            "nâng chất lượng bề mặt sản phẩm."
        ),
        "hero": ("Công nhân chà nhám mặt bàn gỗ", "Ảnh: Trung tâm Khuyến công Gia Lai"),
        "body": [
            (
                "p",
                "Trước đây, sơn được phun ngoài trời nên sản phẩm dễ dính bụi, công nhân phải "
                "làm việc trong hơi sơn. Buồng sơn mới giải quyết cả hai vấn đề.",
            ),
            ("img", "Buồng sơn có màng nước lọc bụi sơn", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "hoi-cho-mien-trung-tay-nguyen-da-nang",
        "date": (2025, 5, 27, 18, 0),
        "category": "hoi-cho-trien-lam",
        "author": "thu",
        "source": "Trung tâm Khuyến công Đà Nẵng",
        "tags": ["hội chợ", "sản phẩm tiêu biểu"],
        "provinces": ["da-nang"],
        "sectors": [],
        "views": 433,
        "title": "Hội chợ công nghiệp nông thôn khu vực miền Trung - Tây Nguyên tại Đà Nẵng",
        "lead": (
            "Các sản phẩm tiêu biểu của khu vực như thổ cẩm, cà phê, đồ gỗ mỹ nghệ và nước mắm "
            "được giới thiệu đến người tiêu dùng và doanh nghiệp du lịch."
        ),
        "hero": ("Gian hàng thổ cẩm tại hội chợ", "Ảnh: Nguyễn Thị Thu"),
        "body": [
            (
                "p",
                "Điểm mới của hội chợ là khu trình diễn nghề, nơi nghệ nhân dệt thổ cẩm và chạm "
                "khắc gỗ làm trực tiếp trước khách tham quan.",
            ),
            ("img", "Nghệ nhân dệt thổ cẩm trình diễn tại hội chợ", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "nghe-an-dao-tao-tho-han-tho-tien",
        "date": (2025, 2, 19, 13, 30),
        "category": "dao-tao-tap-huan",
        "author": "son",
        "source": "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Nghệ An",
        "tags": ["đào tạo nghề", "cơ khí"],
        "provinces": ["nghe-an"],
        "sectors": ["co-khi-che-tao"],
        "views": 380,
        "title": "Nghệ An: đào tạo thợ hàn, thợ tiện cho lao động nông thôn",
        "lead": (
            "Lớp học gắn với nhu cầu tuyển dụng của các xưởng cơ khí trong tỉnh, học viên được "
            "thực hành trên máy thật ngay từ tuần đầu."
        ),
        "hero": ("Học viên thực hành hàn hồ quang", "Ảnh: Đỗ Văn Sơn"),
        "body": [
            (
                "p",
                "Sau ba tháng, phần lớn học viên được các xưởng nhận vào làm việc. Một số người "
                "đã mở tiệm sửa chữa nông cụ tại quê.",
            ),
            (
                "img",
                "Học viên tiện chi tiết máy trong xưởng thực hành",
                "Ảnh: Trung tâm Khuyến công",
            ),
        ],
    },
    {
        "key": "huong-dan-lap-de-an-khuyen-cong",
        "date": (2025, 1, 15, 10, 30),
        "category": "hoat-dong-khuyen-cong",
        "author": "minh",
        "source": "Cục Công Thương địa phương",
        "tags": ["khuyến công quốc gia", "đề án", "hướng dẫn"],
        "views": 2210,
        "title": "Những điều cần biết khi lập đề án khuyến công quốc gia",
        "lead": (
            "Một đề án tốt trả lời rõ ba câu hỏi: hỗ trợ ai, hỗ trợ gì và sau hỗ trợ cơ sở thay "
            "đổi thế nào. Bài viết tóm tắt các bước chuẩn bị hồ sơ."
        ),
        "hero": ("Cán bộ khuyến công tư vấn hồ sơ cho cơ sở", "Ảnh: Phạm Quang Minh"),
        "body": [
            (
                "p",
                "Bước đầu tiên là khảo sát cơ sở thụ hưởng: năng lực sản xuất, thị trường, khả "
                "năng đối ứng kinh phí. Đề án thiếu khảo sát thường bị trả lại ở vòng thẩm định.",
            ),
            (
                "callout",
                "Hồ sơ gồm",
                "<ul><li>Thuyết minh đề án theo mẫu</li><li>Dự toán kinh phí</li>"
                "<li>Văn bản cam kết đối ứng của cơ sở thụ hưởng</li></ul>",
            ),
            (
                "p",
                "Cán bộ khuyến công các tỉnh có thể liên hệ Cục Công Thương địa phương để được "
                "hướng dẫn trước khi nộp hồ sơ.",
            ),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "What to know when preparing a national industrial promotion project",
            "lead": (
                "A good project answers three questions: who is supported, with what, and how "
                "the business changes afterwards. Here are the steps to prepare the file."
            ),
            "hero": ("An officer advising a business on its file", "Photo: Pham Quang Minh"),
            "tags": ["national industrial promotion", "projects", "guidance"],
            "body": [
                (
                    "p",
                    "First, survey the beneficiary: capacity, market and ability to co-fund. "
                    "Projects without a survey are often sent back at appraisal.",
                ),
                (
                    "callout",
                    "The file contains",
                    "<ul><li>The project description on the standard form</li>"
                    "<li>The budget</li><li>The beneficiary's co-funding commitment</li></ul>",
                ),
                (
                    "p",
                    "Provincial officers can contact the Agency for Regional Industry and Trade "
                    "for advice before submitting.",
                ),
            ],
        },
    },
    {
        "key": "ca-mau-may-say-bom-nhiet-tom-kho",
        "date": (2025, 12, 16, 15, 45),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Cà Mau",
        "tags": ["chế biến nông sản", "tiết kiệm năng lượng", "thủy sản"],
        "provinces": ["ca-mau"],
        "sectors": ["che-bien-nong-lam-thuy-san"],
        "views": 560,
        "title": "Cà Mau: máy sấy bơm nhiệt giúp tôm khô giữ màu, giảm hao hụt",
        "lead": (
            "So với phơi nắng, sấy bằng bơm nhiệt giúp tôm khô đều, giữ màu đỏ tự nhiên và "
            "không phụ thuộc thời tiết."
        ),
        "hero": ("Tôm khô sau khi sấy bằng máy bơm nhiệt", "Ảnh: Trung tâm Khuyến công Cà Mau"),
        "body": [
            (
                "p",
                "Máy sấy bơm nhiệt tiêu thụ ít điện hơn máy sấy điện trở thông thường, phù hợp "
                "với các cơ sở chế biến quy mô hộ gia đình.",
            ),
            ("img", "Buồng sấy bơm nhiệt tại cơ sở chế biến", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "gom-men-ran-san-pham-tieu-bieu-khu-vuc",
        "date": (2024, 12, 10, 9, 50),
        "category": "san-pham-tieu-bieu",
        "author": "lan",
        "source": "Trung tâm Khuyến công Hải Phòng",
        "tags": ["gốm sứ", "sản phẩm tiêu biểu", "thủ công mỹ nghệ"],
        "provinces": [],
        "sectors": ["thu-cong-my-nghe"],
        "views": 290,
        "title": "Bình gốm men rạn được công nhận sản phẩm tiêu biểu cấp khu vực",
        "lead": (
            "Sản phẩm chinh phục hội đồng bằng lớp men rạn đều, dáng bình cân đối và câu chuyện "
            "về dòng gốm cổ của địa phương."
        ),
        "hero": ("Bình gốm men rạn", "Ảnh: Hoàng Thị Lan"),
        "body": [
            (
                "p",
                "Nghệ nhân mất nhiều năm thử nghiệm để tìm lại công thức men phù hợp với đất "
                "sét địa phương và lò nung hiện đại.",
            ),
            ("img", "Nghệ nhân vẽ họa tiết trước khi phủ men", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "tong-ket-khuyen-cong-2024",
        "date": (2024, 12, 26, 15, 0),
        "category": "hoat-dong-khuyen-cong",
        "author": "khai",
        "source": "Cục Công Thương địa phương",
        "tags": ["khuyến công quốc gia", "tổng kết"],
        "views": 1120,
        "title": "Tổng kết hoạt động khuyến công năm 2024: nhiều mô hình được nhân rộng",
        "lead": (
            "Năm 2024, các đề án khuyến công tập trung vào máy móc chế biến nông sản, đào tạo "
            "nghề và hỗ trợ tham gia hội chợ; nhiều mô hình được cơ sở khác tự đầu tư theo."
        ),
        "hero": ("Hội nghị tổng kết khuyến công năm 2024", "Ảnh: Cục Công Thương địa phương"),
        "body": [
            (
                "p",
                "Hội nghị biểu dương các trung tâm khuyến công có cách làm hay, đặc biệt là việc "
                "lựa chọn cơ sở thụ hưởng minh bạch và công khai kết quả hỗ trợ.",
            ),
            (
                "img",
                "Đại biểu tham quan khu trưng bày sản phẩm của các đề án",
                "Ảnh: Trung tâm Khuyến công",
            ),
            ("p", "Hội nghị cũng thống nhất các nhiệm vụ trọng tâm cho năm 2025."),
        ],
        "en": {
            "source": "Agency for Regional Industry and Trade",
            "title": "Industrial promotion in 2024: many models copied",
            "lead": (
                "In 2024 projects focused on food-processing machinery, vocational training and "
                "places at fairs; many models were copied by other producers at their own cost."
            ),
            "hero": ("The 2024 review meeting", "Photo: Agency for Regional Industry and Trade"),
            "tags": ["national industrial promotion", "review"],
            "body": [
                (
                    "p",
                    "The meeting praised centres with good practice, especially transparent "
                    "selection of beneficiaries and published results.",
                ),
                (
                    "img",
                    "Delegates visiting the display of project products",
                    "Photo: Industrial Promotion Centre",
                ),
                ("p", "The meeting also agreed the main tasks for 2025."),
            ],
        },
    },
    {
        "key": "can-tho-tap-huan-san-xuat-sach-hon",
        "date": (2025, 11, 25, 8, 30),
        "category": "dao-tao-tap-huan",
        "author": "thu",
        "source": "Trung tâm Khuyến công Cần Thơ",
        "tags": ["sản xuất sạch hơn", "chế biến nông sản", "đào tạo nghề"],
        "provinces": ["can-tho"],
        "sectors": ["che-bien-nong-lam-thuy-san"],
        "views": 205,
        "title": "Tập huấn sản xuất sạch hơn cho cơ sở chế biến thực phẩm ở Cần Thơ",
        "lead": (
            "Học viên được hướng dẫn nhận diện lãng phí nước, điện, nguyên liệu và lập kế hoạch "
            "cải tiến cho chính cơ sở của mình."
        ),
        "hero": ("Học viên thảo luận nhóm tại lớp tập huấn", "Ảnh: Nguyễn Thị Thu"),
        "body": [
            (
                "p",
                "Sau khóa học, các cơ sở được chuyên gia đến tận nơi đánh giá và tư vấn những "
                "giải pháp có thể làm ngay.",
            ),
            (
                "img",
                "Chuyên gia kiểm tra hệ thống nước tại cơ sở chế biến",
                "Ảnh: Trung tâm Khuyến công",
            ),
        ],
    },
    {
        "key": "phu-tho-dua-tre-day-chuyen-dong-goi",
        "date": (2026, 11, 10, 10, 10),
        "category": "san-pham-tieu-bieu",
        "author": "lan",
        "source": "Trung tâm Khuyến công Phú Thọ",
        "tags": ["tre", "máy móc thiết bị", "sản phẩm tiêu biểu"],
        "provinces": ["phu-tho"],
        "sectors": ["thu-cong-my-nghe"],
        "views": 188,
        "title": "Đũa tre Phú Thọ có thêm dây chuyền đóng gói đạt chuẩn xuất khẩu",
        "lead": (
            "Dây chuyền sấy, tiệt trùng và đóng gói giúp sản phẩm đũa tre của hợp tác xã đáp "
            "ứng yêu cầu của nhà nhập khẩu."
        ),
        "hero": ("Đũa tre được đóng gói trên dây chuyền mới", "Ảnh: Hoàng Thị Lan"),
        "body": [
            (
                "p",
                "Hợp tác xã thu mua tre của các hộ trong vùng, tạo đầu ra ổn định cho người "
                "trồng tre và việc làm cho lao động địa phương.",
            ),
            ("img", "Công nhân kiểm tra đũa trước khi đóng gói", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "tuan-hang-cong-nghiep-nong-thon-ha-noi",
        "date": (2026, 11, 24, 19, 0),
        "category": "hoi-cho-trien-lam",
        "author": "thu",
        "source": "Trung tâm Khuyến công Hà Nội",
        "tags": ["hội chợ", "sản phẩm tiêu biểu", "làng nghề"],
        "provinces": ["ha-noi"],
        "sectors": [],
        "views": 150,
        "title": "Tuần hàng công nghiệp nông thôn tiêu biểu thu hút đông đảo người dân Hà Nội",
        "lead": (
            "Trong một tuần, người dân thủ đô được mua tận tay sản phẩm của các làng nghề và "
            "trò chuyện với người làm ra chúng."
        ),
        "hero": ("Người dân tham quan tuần hàng", "Ảnh: Nguyễn Thị Thu"),
        "body": [
            (
                "p",
                "Nhiều gian hàng hết hàng ngay trong những ngày đầu, đặc biệt là đồ gốm, mây tre "
                "và đặc sản chế biến.",
            ),
            ("img", "Gian hàng đồ gốm trong tuần hàng", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
    {
        "key": "tu-van-khuyen-cong-di-cung-co-so",
        "date": (2026, 9, 29, 8, 15),
        "category": "y-kien-trao-doi",
        "author": "son",
        "source": "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Nghệ An",
        "tags": ["tư vấn", "khuyến công quốc gia"],
        "views": 347,
        "title": "Tư vấn khuyến công: đi cùng cơ sở từ ý tưởng đến sản phẩm",
        "lead": (
            "Hỗ trợ một chiếc máy chỉ là bước đầu; cơ sở cần người đồng hành để vận hành, tìm "
            "thị trường và tự đứng vững sau khi đề án kết thúc."
        ),
        "hero": ("Cán bộ tư vấn làm việc với chủ cơ sở", "Ảnh: Đỗ Văn Sơn"),
        "body": [
            (
                "p",
                "Kinh nghiệm của chúng tôi là cán bộ tư vấn nên gặp cơ sở ít nhất ba lần: trước "
                "khi lập đề án, trong khi lắp đặt và sáu tháng sau khi vận hành.",
            ),
            (
                "quote",
                "Cơ sở nhớ nhất không phải số tiền được hỗ trợ mà là người đã ngồi cùng họ tính "
                "từng đồng giá thành.",
                "Đỗ Văn Sơn",
                "Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Nghệ An",
            ),
            (
                "p",
                "Mạng lưới tư vấn viên cấp huyện, xã là điều kiện để khuyến công đi vào chiều sâu.",
            ),
        ],
    },
    {
        "key": "son-la-che-bien-hoa-qua-say-deo",
        "date": (2026, 6, 30, 14, 0),
        "category": "mo-hinh-trinh-dien",
        "author": "thu",
        "source": "Trung tâm Khuyến công Sơn La",
        "tags": ["chế biến nông sản", "máy móc thiết bị"],
        "provinces": ["son-la"],
        "sectors": ["che-bien-nong-lam-thuy-san"],
        "views": 275,
        "title": "Sơn La: mô hình chế biến xoài, mận sấy dẻo giúp nông dân bớt lo được mùa mất giá",
        "lead": (
            "Hợp tác xã đầu tư máy sấy, máy gọt và máy đóng gói để chế biến hoa quả vào chính "
            "vụ, kéo dài thời gian tiêu thụ."
        ),
        "hero": ("Xoài sấy dẻo đóng gói của hợp tác xã", "Ảnh: Trung tâm Khuyến công Sơn La"),
        "body": [
            (
                "p",
                "Mỗi năm vào chính vụ, giá quả tươi thường giảm mạnh. Sấy dẻo giúp hợp tác xã "
                "chủ động bán hàng quanh năm với giá ổn định.",
            ),
            ("img", "Khay xoài thái lát trước khi đưa vào máy sấy", "Ảnh: Trung tâm Khuyến công"),
        ],
    },
]


# Approved reader comments on a few articles: (article key, name, hours after publication,
# comment, editors' reply or "").
COMMENTS = [
    (
        "xuong-co-khi-hung-yen-may-cnc",
        "Phạm Văn Toàn",
        20,
        "Xưởng cơ khí nhà tôi ở Hải Dương cũng muốn đầu tư máy cắt dây CNC.\n"
        "Xin hỏi hồ sơ đề nghị hỗ trợ nộp ở đâu và trong thời gian nào?",
        "Cảm ơn bạn đã quan tâm. Cơ sở liên hệ Trung tâm Khuyến công tỉnh để được hướng dẫn "
        "lập đề án; hồ sơ đề án năm sau thường nộp trước ngày 30/6 hằng năm.",
    ),
    (
        "xuong-co-khi-hung-yen-may-cnc",
        "Nguyễn Thị Hoa",
        31,
        "Mô hình rất thiết thực, mong có thêm bài viết về hiệu quả sau hai, ba năm sử dụng máy.",
        "",
    ),
    (
        "thanh-hoa-dao-tao-may-tre-dan",
        "Lê Minh Châu",
        8,
        "Lớp học nghề mây tre đan giúp chị em trong thôn có thêm thu nhập lúc nông nhàn. "
        "Cảm ơn chương trình khuyến công!",
        "",
    ),
    (
        "hoi-cho-cong-nghiep-nong-thon-phia-bac-2025",
        "Trần Quốc Bảo",
        5,
        "Năm nay gian hàng gốm sứ rất đông khách. Mong hội chợ năm sau kéo dài thêm một ngày.",
        "",
    ),
    (
        "hoi-cho-cong-nghiep-nong-thon-phia-bac-2025",
        "Đỗ Thu Trang",
        26,
        "Cho hỏi doanh nghiệp nhỏ ở miền núi có được hỗ trợ chi phí gian hàng không?",
        "Có. Cơ sở công nghiệp nông thôn tham gia hội chợ do chương trình tổ chức được hỗ trợ "
        "một phần chi phí thuê gian hàng theo quy định hiện hành.",
    ),
]

# Pictures used in article bodies: (title, seed of the generated picture).
BODY_PICTURES = [
    ("Máy cắt dây CNC trong xưởng cơ khí", 2018),
    ("Dây chuyền chế biến nông sản", 2019),
    ("Lớp học nghề thủ công", 2020),
    ("Gian hàng hội chợ", 2021),
    ("Lò nung tiết kiệm năng lượng", 2022),
    ("Sản phẩm làng nghề", 2023),
    ("Máy sấy nông sản", 2024),
    ("Xưởng dệt", 2025),
]


# Filler articles for ``--articles N`` (benchmarks), Vietnamese only: title and lead
# are formatted with a number, a place, a subject and an outcome drawn from the lists.
FILLER = {
    "title": "{place}: {subject} giúp {outcome}",
    "lead": (
        "Tin mẫu số {number}: tại {place}, {subject} được triển khai trong khuôn khổ Chương "
        "trình Khuyến công quốc gia, giúp {outcome}."
    ),
    "credit": "Ảnh minh họa",
    "source": "Tin mẫu (nội dung minh họa)",
}
# Subjects: subject, category slug, tags.
FILLER_SUBJECTS = [
    ("hỗ trợ máy sấy nông sản", "mo-hinh-trinh-dien", ["máy móc thiết bị", "chế biến nông sản"]),
    ("mô hình máy ép viên nén mùn cưa", "mo-hinh-trinh-dien", ["máy móc thiết bị", "chế biến gỗ"]),
    ("dây chuyền sơ chế rau quả", "mo-hinh-trinh-dien", ["chế biến nông sản"]),
    ("lò sấy gỗ tiết kiệm năng lượng", "hoat-dong-khuyen-cong", ["tiết kiệm năng lượng"]),
    ("lớp đào tạo nghề may công nghiệp", "dao-tao-tap-huan", ["đào tạo nghề", "dệt may"]),
    (
        "lớp tập huấn bán hàng trực tuyến",
        "dao-tao-tap-huan",
        ["chuyển đổi số", "thương mại điện tử"],
    ),
    ("lớp đào tạo nghề gốm", "dao-tao-tap-huan", ["đào tạo nghề", "gốm sứ"]),
    ("hội chợ sản phẩm làng nghề", "hoi-cho-trien-lam", ["hội chợ", "làng nghề"]),
    ("tuần hàng công nghiệp nông thôn", "hoi-cho-trien-lam", ["hội chợ"]),
    ("máy dệt thổ cẩm cải tiến", "san-pham-tieu-bieu", ["dệt may", "sản phẩm tiêu biểu"]),
    ("sản phẩm mây tre đan xuất khẩu", "san-pham-tieu-bieu", ["mây tre đan", "sản phẩm tiêu biểu"]),
    ("xưởng cơ khí sửa chữa nông cụ", "mo-hinh-trinh-dien", ["cơ khí", "máy móc thiết bị"]),
]
# The sector (website taxonomy slug) of each filler subject, None for none.
FILLER_SECTORS = {
    "hỗ trợ máy sấy nông sản": "che-bien-nong-lam-thuy-san",
    "mô hình máy ép viên nén mùn cưa": "go-noi-that",
    "dây chuyền sơ chế rau quả": "che-bien-nong-lam-thuy-san",
    "lò sấy gỗ tiết kiệm năng lượng": "go-noi-that",
    "lớp đào tạo nghề may công nghiệp": "det-may-da-giay",
    "lớp tập huấn bán hàng trực tuyến": None,
    "lớp đào tạo nghề gốm": "thu-cong-my-nghe",
    "hội chợ sản phẩm làng nghề": "thu-cong-my-nghe",
    "tuần hàng công nghiệp nông thôn": None,
    "máy dệt thổ cẩm cải tiến": "det-may-da-giay",
    "sản phẩm mây tre đan xuất khẩu": "thu-cong-my-nghe",
    "xưởng cơ khí sửa chữa nông cụ": "co-khi-che-tao",
}
# Filler places are province names of the website taxonomy (their province fact).
FILLER_PLACES = [
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai",
    "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
]  # fmt: skip
FILLER_OUTCOMES = [
    "năng suất tăng rõ rệt",
    "thêm việc làm cho lao động địa phương",
    "sản phẩm đủ điều kiện vào siêu thị",
    "giảm chi phí sản xuất",
    "mở rộng thị trường tiêu thụ",
    "giảm ô nhiễm môi trường",
]
FILLER_PARAGRAPHS = [
    "Đề án được thực hiện bằng kinh phí khuyến công, có sự đối ứng của cơ sở thụ hưởng. "
    "Cán bộ kỹ thuật hướng dẫn vận hành và theo dõi trong những tháng đầu.",
    "Sau khi đưa vào sử dụng, cơ sở đã chủ động hơn trong sản xuất, chất lượng sản phẩm ổn "
    "định và được khách hàng đánh giá cao.",
    "Trung tâm khuyến công tỉnh sẽ tổ chức cho các cơ sở khác đến tham quan để nhân rộng "
    "mô hình trong thời gian tới.",
]
