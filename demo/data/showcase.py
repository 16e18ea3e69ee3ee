"""Demo content of the showcase, written by the project team (sample content, not real data).

Enterprise and producer names are invented and marked "(minh họa)" / "(demo)"; provinces,
regions and kinds of support are the programme's real categories. Amounts are in đồng.
"""

# The two index pages: the demonstration models and the product gallery.
INDEX = {
    "slug": "mo-hinh-trinh-dien",
    "title": "Mô hình trình diễn kỹ thuật",
    "intro": (
        "Những cơ sở được chương trình hỗ trợ máy móc, công nghệ và đã làm ăn hiệu quả hơn: "
        "được hỗ trợ gì, bao nhiêu, và kết quả ra sao. Hãy lọc theo vùng và ngành nghề của "
        "bạn để tìm mô hình có thể học tập."
    ),
    "en": {
        "slug": "demonstration-models",
        "title": "Technical demonstration models",
        "intro": (
            "Producers the programme helped with machinery and technology, and who now do "
            "better: what they received, how much, and what changed. Filter by your region "
            "and sector to find a model you can learn from."
        ),
    },
}
GALLERY = {
    "slug": "san-pham-tieu-bieu",
    "title": "Sản phẩm công nghiệp nông thôn tiêu biểu",
    "intro": (
        "Triển lãm trực tuyến các sản phẩm được bình chọn là sản phẩm công nghiệp nông thôn "
        "tiêu biểu cấp tỉnh, cấp khu vực và cấp quốc gia, cùng thông tin liên hệ cơ sở sản xuất."
    ),
    "en": {
        "slug": "standout-products",
        "title": "Standout rural-industry products",
        "intro": (
            "An online exhibition of products chosen as standout rural-industry products at "
            "provincial, regional and national level, with their producers' contacts."
        ),
    },
}


# Case studies: a third of them have an English version ("en"). Each has three gallery
# photos; one with an English version lists them in both languages as "photos",
# (caption, alt text) per photo, each language's page getting its own rows. Without
# "photos" the first photo is captioned with the technology's first clause and the alt
# text is the image's (Vietnamese) description in the library.
CASE_STUDIES = [
    {
        "slug": "day-chuyen-sao-say-che-xanh-tu-dong",
        "title": "Dây chuyền sao sấy chè xanh tự động ở Thái Nguyên",
        "lead": (
            "Hợp tác xã được hỗ trợ dây chuyền sao sấy chè điều khiển nhiệt độ tự động. "
            "Sau hai năm, sản lượng chè khô tăng gần 60%, chất lượng đồng đều hơn và "
            "bảy cơ sở trong vùng đã đến học cách làm."
        ),
        "enterprise": "HTX Chè Tân Phong (minh họa)",
        "kind": "hop-tac-xa",
        "province": "thai-nguyen",
        "sector": "che-bien-nong-lam-thuy-san",
        "supports": ["mo-hinh-trinh-dien", "may-moc-thiet-bi"],
        "programme": "quoc-gia",
        "years": (2022, 2023),
        "support": 850_000_000,
        "investment": 2_100_000_000,
        "technology": (
            "Dây chuyền gồm máy vò, hai máy sao quay có cảm biến nhiệt, máy sấy băng tải "
            "dùng nhiệt từ lò đốt sinh khối và máy phân loại búp theo kích cỡ."
        ),
        "outcomes": [
            ("Sản lượng chè khô", "tấn/năm", "60", "95"),
            ("Doanh thu", "triệu đồng/năm", "3200", "4800"),
            ("Lao động có việc làm thường xuyên", "người", "18", "26"),
        ],
        "replications": 7,
        "body": [
            "Trước khi có dây chuyền, các hộ xã viên sao chè bằng chảo gang đốt củi. Mỗi mẻ "
            "phụ thuộc tay nghề người đứng chảo, nên chè cùng một lứa hái có mẻ thơm, mẻ "
            "khê, khó bán cho khách cần hàng đồng đều.",
            "Hợp tác xã lập đề án xin hỗ trợ mô hình trình diễn kỹ thuật. Kinh phí khuyến "
            "công chi trả một phần tiền mua thiết bị; phần còn lại hợp tác xã vay và góp "
            "vốn. Cán bộ kỹ thuật hướng dẫn vận hành trong ba tháng đầu.",
            "Sau khi mô hình đi vào hoạt động, trung tâm khuyến công tổ chức hai buổi tham "
            "quan cho các hợp tác xã và hộ sản xuất chè trong tỉnh.",
        ],
        "address": "Xóm Tân Phong, Thái Nguyên (địa chỉ minh họa)",
        "contact": "Bà Nguyễn Thị Hạnh, Giám đốc HTX",
        "phone": "0208 000 0101",
        "views": 1840,
        "featured": True,
        "products": ["che-xanh-bup-sao-suot"],
        "photos": [
            (
                "Hai máy sao quay có cảm biến nhiệt trong xưởng của hợp tác xã",
                "Hai máy sao chè hình trống quay đặt cạnh nhau, bên cạnh là tủ điều khiển nhiệt độ",
            ),
            (
                "Máy sấy băng tải dùng nhiệt từ lò đốt sinh khối",
                "Chè trên băng tải đi vào buồng sấy, lò đốt sinh khối ở bên cạnh",
            ),
            (
                "Buổi tham quan của các hợp tác xã chè trong tỉnh",
                "Khách tham quan đứng quanh máy phân loại búp chè",
            ),
        ],
        "en": {
            "slug": "automatic-green-tea-roasting-line-thai-nguyen",
            "title": "An automatic green-tea roasting and drying line in Thai Nguyen",
            "lead": (
                "A co-operative received a tea roasting and drying line with automatic "
                "temperature control. Two years on, its dry-tea output is up by almost 60%, "
                "quality is more even, and seven producers nearby have come to learn from it."
            ),
            "enterprise": "Tan Phong Tea Co-operative (demo)",
            "contact": "Ms Nguyen Thi Hanh, director of the co-operative",
            "technology": (
                "A rolling machine, two rotary roasters with heat sensors, a conveyor dryer "
                "heated by a biomass furnace and a grader that sorts buds by size."
            ),
            "outcomes": ["Dry tea output", "Revenue", "Regular jobs"],
            "units": ["tonnes/year", "million VND/year", "people"],
            "body": [
                "Before the line, members roasted tea in cast-iron pans over wood fires. Each "
                "batch depended on the skill of the person at the pan, so tea from the same "
                "picking came out fragrant one time and scorched the next.",
                "The co-operative applied for support as a technical demonstration model. "
                "Programme funds paid part of the equipment; members borrowed and pooled the "
                "rest. Extension staff trained the operators for the first three months.",
                "Once the line was running, the provincial centre organised two study visits "
                "for tea co-operatives and households in the province.",
            ],
            "address": "Tan Phong hamlet, Thai Nguyen (demo address)",
            "photos": [
                (
                    "The two rotary roasters with heat sensors in the co-operative's workshop",
                    "Two drum tea roasters side by side, with a temperature control cabinet next to them",
                ),
                (
                    "The conveyor dryer, heated by a biomass furnace",
                    "Tea on a conveyor belt entering a drying chamber, the biomass furnace beside it",
                ),
                (
                    "A study visit by tea co-operatives from the province",
                    "Visitors gathered round the machine that grades the tea buds",
                ),
            ],
        },
    },
    {
        "slug": "lo-say-man-bang-bom-nhiet-son-la",
        "title": "Lò sấy mận bằng bơm nhiệt cho hộ kinh doanh ở Sơn La",
        "lead": (
            "Thay lò sấy than bằng buồng sấy bơm nhiệt, hộ kinh doanh giảm hao hụt, mận sấy "
            "giữ màu đẹp và bán được vào siêu thị."
        ),
        "enterprise": "Hộ kinh doanh Lò Văn Sáng (minh họa)",
        "kind": "ho-kinh-doanh",
        "province": "son-la",
        "sector": "che-bien-nong-lam-thuy-san",
        "supports": ["may-moc-thiet-bi", "san-xuat-sach-hon"],
        "programme": "dia-phuong",
        "years": (2023, None),
        "support": 320_000_000,
        "investment": 690_000_000,
        "technology": "Hai buồng sấy bơm nhiệt 500 kg/mẻ, bộ điều khiển độ ẩm và máy rửa quả.",
        "outcomes": [
            ("Tỷ lệ hao hụt", "%", "18", "7"),
            ("Doanh thu", "triệu đồng/năm", "900", "1450"),
            ("Chi phí nhiên liệu", "triệu đồng/năm", "240", "150"),
        ],
        "replications": 4,
        "body": [
            "Mận hậu vào vụ chỉ trong khoảng sáu tuần. Sấy bằng than, mận dễ bị sém và ám "
            "khói, nhiều mẻ phải bán rẻ.",
            "Buồng sấy bơm nhiệt giữ nhiệt độ ổn định, không có khói, nên sản phẩm đạt yêu "
            "cầu của các chuỗi bán lẻ.",
        ],
        "address": "Mộc Châu, Sơn La (địa chỉ minh họa)",
        "contact": "Ông Lò Văn Sáng",
        "phone": "0212 000 0102",
        "views": 960,
        "products": ["man-say-deo"],
    },
    {
        "slug": "may-cnc-cham-khac-go-bac-ninh",
        "title": "Máy CNC chạm khắc gỗ cho làng nghề đồ gỗ Bắc Ninh",
        "lead": (
            "Doanh nghiệp nhỏ được hỗ trợ hai máy CNC chạm khắc nhiều đầu. Thợ chuyển sang "
            "khâu hoàn thiện tinh xảo, năng suất tăng gấp đôi và đơn hàng xuất khẩu tăng."
        ),
        "enterprise": "Công ty TNHH Mộc Đông Xuân (minh họa)",
        "kind": "doanh-nghiep",
        "province": "bac-ninh",
        "sector": "go-noi-that",
        "supports": ["mo-hinh-trinh-dien", "may-moc-thiet-bi"],
        "programme": "quoc-gia",
        "years": (2021, 2022),
        "support": 1_250_000_000,
        "investment": 3_400_000_000,
        "technology": (
            "Hai máy CNC bốn đầu chạm khắc 3D, phần mềm thiết kế mẫu và hệ thống hút bụi "
            "tập trung cho xưởng."
        ),
        "outcomes": [
            ("Năng suất chạm thô", "sản phẩm/tháng", "120", "260"),
            ("Doanh thu", "triệu đồng/năm", "7500", "11200"),
            ("Bụi gỗ trong xưởng", "mg/m³", "9", "3"),
        ],
        "replications": 12,
        "body": [
            "Khâu chạm thô trước đây chiếm phần lớn thời gian của thợ. Máy CNC làm phần "
            "thô theo mẫu thiết kế, thợ giỏi tập trung vào đục tỉa và hoàn thiện.",
            "Hệ thống hút bụi đi kèm giúp xưởng sạch hơn, giảm nguy cơ cháy nổ và bệnh nghề "
            "nghiệp.",
        ],
        "address": "Cụm công nghiệp làng nghề, Bắc Ninh (địa chỉ minh họa)",
        "contact": "Ông Trần Văn Đông",
        "phone": "0222 000 0103",
        "views": 2310,
        "products": ["tuong-go-my-nghe"],
        "photos": [
            (
                "Máy CNC bốn đầu chạm khắc 3D",
                "Bốn đầu chạm của máy CNC cùng khắc bốn tấm gỗ giống nhau",
            ),
            (
                "Thợ đục tỉa, hoàn thiện sau khâu chạm thô",
                "Người thợ cầm đục tỉa chi tiết trên một bức tượng gỗ",
            ),
            ("Hệ thống hút bụi tập trung của xưởng", "Ống hút bụi lớn chạy dọc trần xưởng gỗ"),
        ],
        "en": {
            "slug": "cnc-wood-carving-machines-bac-ninh",
            "title": "CNC wood-carving machines for a furniture craft village in Bac Ninh",
            "lead": (
                "A small company received two multi-head CNC carving machines. Its carvers "
                "moved on to fine finishing work, output doubled and export orders grew."
            ),
            "enterprise": "Dong Xuan Woodwork Co., Ltd (demo)",
            "contact": "Mr Tran Van Dong",
            "technology": (
                "Two four-head 3D CNC carving machines, pattern design software and a "
                "central dust extraction system for the workshop."
            ),
            "outcomes": ["Rough-carving output", "Revenue", "Wood dust in the workshop"],
            "units": ["pieces/month", "million VND/year", "mg/m³"],
            "body": [
                "Rough carving used to take most of the carvers' time. The CNC machines now "
                "rough out each piece from the design, and skilled carvers concentrate on "
                "detail and finishing.",
                "The dust extraction installed with them keeps the workshop cleaner and "
                "lowers the risk of fire and occupational disease.",
            ],
            "address": "Craft-village industrial cluster, Bac Ninh (demo address)",
            "photos": [
                (
                    "A four-head 3D CNC carving machine",
                    "Four CNC heads carving four identical wooden panels at once",
                ),
                (
                    "A carver finishing a piece after rough carving",
                    "A carver with a chisel refining the details of a wooden statue",
                ),
                (
                    "The workshop's central dust extraction",
                    "Large dust extraction ducts running along the workshop ceiling",
                ),
            ],
        },
    },
    {
        "slug": "lo-nung-gom-dung-khi-hoa-long-ha-noi",
        "title": "Lò nung gốm dùng khí hóa lỏng thay lò than ở Hà Nội",
        "lead": (
            "Cơ sở gốm chuyển từ lò than sang lò khí hóa lỏng điều khiển nhiệt tự động: tỷ "
            "lệ sản phẩm đạt loại một tăng mạnh, khói bụi gần như không còn."
        ),
        "enterprise": "Cơ sở gốm Minh Khai (minh họa)",
        "kind": "co-so-cnnt",
        "province": "ha-noi",
        "sector": "thu-cong-my-nghe",
        "supports": ["san-xuat-sach-hon", "mo-hinh-trinh-dien"],
        "programme": "quoc-gia",
        "years": (2023, None),
        "support": 950_000_000,
        "investment": 1_900_000_000,
        "technology": "Lò con thoi dùng khí hóa lỏng 6 m³, bộ điều khiển theo đường cong nung.",
        "outcomes": [
            ("Sản phẩm đạt loại một", "%", "62", "90"),
            ("Thời gian một mẻ nung", "giờ", "30", "14"),
            ("Doanh thu", "triệu đồng/năm", "2600", "3900"),
        ],
        "replications": 9,
        "body": [
            "Nung bằng than, nhiệt độ trong lò không đều nên men dễ bị loang, sản phẩm "
            "phải loại bỏ nhiều.",
            "Lò khí hóa lỏng nung theo đường cong cài sẵn; mỗi mẻ được ghi lại để thợ so "
            "sánh và điều chỉnh men.",
        ],
        "address": "Gia Lâm, Hà Nội (địa chỉ minh họa)",
        "contact": "Ông Phạm Minh Khai",
        "phone": "024 0000 0104",
        "views": 1520,
        "products": ["binh-gom-men-ran"],
    },
    {
        "slug": "day-chuyen-dong-chai-nuoc-mam-nghe-an",
        "title": "Dây chuyền lọc và đóng chai nước mắm ở Nghệ An",
        "lead": (
            "Cơ sở chế biến nước mắm truyền thống được hỗ trợ dây chuyền lọc, chiết rót và "
            "dán nhãn, đủ điều kiện bán hàng vào các chuỗi cửa hàng."
        ),
        "enterprise": "Cơ sở nước mắm Cửa Lạch (minh họa)",
        "kind": "co-so-cnnt",
        "province": "nghe-an",
        "sector": "che-bien-nong-lam-thuy-san",
        "supports": ["may-moc-thiet-bi"],
        "programme": "quoc-gia",
        "years": (2022, None),
        "support": 780_000_000,
        "investment": 1_600_000_000,
        "technology": "Hệ thống lọc nhiều cấp, máy chiết rót định lượng, máy đóng nắp và dán nhãn.",
        "outcomes": [
            ("Sản lượng đóng chai", "nghìn lít/năm", "40", "110"),
            ("Doanh thu", "triệu đồng/năm", "1800", "3500"),
        ],
        "replications": 5,
        "body": [
            "Trước đây nước mắm chủ yếu bán can cho thương lái. Đóng chai có nhãn giúp cơ sở "
            "tự bán hàng và giữ được giá.",
        ],
        "address": "Diễn Châu, Nghệ An (địa chỉ minh họa)",
        "contact": "Bà Hồ Thị Lan",
        "phone": "0238 000 0105",
        "views": 780,
        "products": ["nuoc-mam-ca-com-dong-chai"],
    },
    {
        "slug": "may-chung-cat-tinh-dau-tram-quang-tri",
        "title": "Thiết bị chưng cất tinh dầu tràm ở Quảng Trị",
        "lead": (
            "Hợp tác xã thay nồi chưng cất thủ công bằng hệ thống chưng cất hơi nước bằng "
            "inox, hiệu suất thu tinh dầu tăng và sản phẩm đạt chỉ tiêu chất lượng."
        ),
        "enterprise": "HTX Tinh dầu Gio Linh (minh họa)",
        "kind": "hop-tac-xa",
        "province": "quang-tri",
        "sector": "duoc-lieu",
        "supports": ["mo-hinh-trinh-dien", "may-moc-thiet-bi"],
        "programme": "dia-phuong",
        "years": (2024, None),
        "support": 460_000_000,
        "investment": 980_000_000,
        "technology": "Nồi hơi đốt bã lá, hai tháp chưng cất inox 300 kg lá/mẻ, bộ phân ly tinh dầu.",
        "outcomes": [
            ("Hiệu suất thu tinh dầu", "ml/kg lá", "6", "9"),
            ("Doanh thu", "triệu đồng/năm", "700", "1150"),
        ],
        "replications": 3,
        "body": [
            "Bã lá sau chưng cất được dùng lại làm chất đốt cho nồi hơi, giảm lượng củi phải mua.",
        ],
        "address": "Gio Linh, Quảng Trị (địa chỉ minh họa)",
        "contact": "Ông Lê Văn Tâm",
        "phone": "0233 000 0106",
        "views": 430,
        "products": ["tinh-dau-tram"],
    },
    {
        "slug": "day-chuyen-rang-xay-ca-phe-dak-lak",
        "title": "Dây chuyền rang xay cà phê cho hợp tác xã ở Đắk Lắk",
        "lead": (
            "Thay vì bán cà phê nhân, hợp tác xã tự rang, xay và đóng gói. Giá trị mỗi kg "
            "cà phê tăng nhiều lần và xã viên có thêm việc làm quanh năm."
        ),
        "enterprise": "HTX Cà phê Ea Tu (minh họa)",
        "kind": "hop-tac-xa",
        "province": "dak-lak",
        "sector": "do-uong",
        "supports": ["mo-hinh-trinh-dien", "may-moc-thiet-bi", "hoi-cho-trien-lam"],
        "programme": "quoc-gia",
        "years": (2023, None),
        "support": 1_100_000_000,
        "investment": 2_700_000_000,
        "technology": (
            "Máy rang 30 kg/mẻ có đo nhiệt hạt, máy xay, máy đóng gói có van một chiều và "
            "máy tách đá, tách màu hạt."
        ),
        "outcomes": [
            ("Cà phê rang xay bán ra", "tấn/năm", "8", "35"),
            ("Doanh thu", "triệu đồng/năm", "2100", "6300"),
            ("Xã viên có việc làm quanh năm", "người", "6", "19"),
        ],
        "replications": 10,
        "body": [
            "Hợp tác xã chọn rang mộc, không tẩm ướp, và ghi rõ vùng trồng trên bao bì.",
            "Nhờ tham gia hội chợ do chương trình hỗ trợ, hợp tác xã có thêm nhà phân phối "
            "ở hai thành phố lớn.",
        ],
        "address": "Buôn Ma Thuột, Đắk Lắk (địa chỉ minh họa)",
        "contact": "Ông Y Kông (minh họa)",
        "phone": "0262 000 0107",
        "views": 2650,
        "featured": True,
        "products": ["ca-phe-bot-rang-moc"],
        "photos": [
            (
                "Máy rang 30 kg/mẻ có đo nhiệt hạt",
                "Máy rang cà phê hình trống, khay làm nguội đầy hạt vừa rang",
            ),
            (
                "Máy đóng gói có van một chiều",
                "Dãy túi cà phê có van một chiều trên băng chuyền của máy đóng gói",
            ),
            (
                "Gian hàng của hợp tác xã tại hội chợ",
                "Xã viên mời khách uống thử cà phê tại gian hàng hội chợ",
            ),
        ],
        "en": {
            "slug": "coffee-roasting-line-dak-lak",
            "title": "A coffee roasting and grinding line for a co-operative in Dak Lak",
            "lead": (
                "Instead of selling green beans, the co-operative now roasts, grinds and "
                "packs its own coffee. Each kilogram is worth several times more, and members "
                "have work all year round."
            ),
            "enterprise": "Ea Tu Coffee Co-operative (demo)",
            "contact": "Mr Y Kong (demo)",
            "technology": (
                "A 30 kg batch roaster with bean temperature probes, a grinder, a packing "
                "machine with one-way valves and a stone and colour sorter."
            ),
            "outcomes": ["Roasted coffee sold", "Revenue", "Members with year-round work"],
            "units": ["tonnes/year", "million VND/year", "people"],
            "body": [
                "The co-operative roasts without flavouring and prints the growing area on "
                "every bag.",
                "Trade fairs supported by the programme brought it distributors in two large "
                "cities.",
            ],
            "address": "Buon Ma Thuot, Dak Lak (demo address)",
            "photos": [
                (
                    "The 30 kg batch roaster with bean temperature probes",
                    "A drum coffee roaster with freshly roasted beans in its cooling tray",
                ),
                (
                    "The packing machine that fits one-way valves",
                    "A row of coffee bags with one-way valves on the packing machine's conveyor",
                ),
                (
                    "The co-operative's stand at a trade fair",
                    "Members offering visitors a taste of coffee at a trade-fair stand",
                ),
            ],
        },
    },
    {
        "slug": "lo-say-atiso-va-tra-thao-duoc-lam-dong",
        "title": "Lò sấy atisô và trà thảo dược ở Lâm Đồng",
        "lead": (
            "Cơ sở nhỏ làm trà túi lọc được hỗ trợ tủ sấy lạnh và máy đóng gói, giữ được "
            "màu, mùi của dược liệu."
        ),
        "enterprise": "Cơ sở trà thảo mộc Đồi Thông (minh họa)",
        "kind": "co-so-cnnt",
        "province": "lam-dong",
        "sector": "duoc-lieu",
        "supports": ["may-moc-thiet-bi"],
        "programme": "dia-phuong",
        "years": (2024, None),
        "support": 420_000_000,
        "investment": 850_000_000,
        "technology": "Tủ sấy lạnh 200 kg/mẻ, máy nghiền và máy đóng túi lọc tự động.",
        "outcomes": [
            ("Sản lượng trà túi lọc", "nghìn hộp/năm", "20", "55"),
            ("Doanh thu", "triệu đồng/năm", "1100", "2300"),
        ],
        "replications": 2,
        "body": ["Sấy lạnh giữ được hoạt chất và màu xanh của lá atisô."],
        "address": "Đà Lạt, Lâm Đồng (địa chỉ minh họa)",
        "contact": "Bà Đặng Thu Trang",
        "phone": "0263 000 0108",
        "views": 690,
        "products": ["tra-atiso-tui-loc"],
    },
    {
        "slug": "day-chuyen-banh-trang-tu-dong-tay-ninh",
        "title": "Dây chuyền tráng và sấy bánh tráng ở Tây Ninh",
        "lead": (
            "Dây chuyền tráng bánh bằng hơi nước và sấy bằng điện thay cho phơi nắng, giúp "
            "cơ sở sản xuất cả mùa mưa và bảo đảm vệ sinh."
        ),
        "enterprise": "Cơ sở bánh tráng Trảng Lớn (minh họa)",
        "kind": "co-so-cnnt",
        "province": "tay-ninh",
        "sector": "che-bien-nong-lam-thuy-san",
        "supports": ["may-moc-thiet-bi", "san-xuat-sach-hon"],
        "programme": "quoc-gia",
        "years": (2022, None),
        "support": 650_000_000,
        "investment": 1_350_000_000,
        "technology": "Máy tráng bánh bằng hơi nước, buồng sấy điện 4 tầng và máy cắt sợi.",
        "outcomes": [
            ("Số ngày sản xuất", "ngày/năm", "190", "320"),
            ("Doanh thu", "triệu đồng/năm", "1500", "2700"),
        ],
        "replications": 6,
        "body": ["Bánh được sấy trong buồng kín, không phụ thuộc thời tiết."],
        "address": "Trảng Bàng, Tây Ninh (địa chỉ minh họa)",
        "contact": "Bà Võ Thị Mai",
        "phone": "0276 000 0109",
        "views": 1210,
        "products": ["banh-trang-phoi-suong"],
    },
    {
        "slug": "gia-cong-co-khi-dieu-khien-so-dong-nai",
        "title": "Máy gia công cơ khí điều khiển số cho xưởng chế tạo máy nông nghiệp ở Đồng Nai",
        "lead": (
            "Xưởng cơ khí được hỗ trợ máy cắt plasma CNC và máy chấn tôn, rút ngắn thời gian "
            "chế tạo máy sấy nông sản và nhận thêm đơn hàng ngoài tỉnh."
        ),
        "enterprise": "Công ty TNHH Cơ khí Hố Nai (minh họa)",
        "kind": "doanh-nghiep",
        "province": "dong-nai",
        "sector": "co-khi-che-tao",
        "supports": ["mo-hinh-trinh-dien", "may-moc-thiet-bi"],
        "programme": "quoc-gia",
        "years": (2024, None),
        "support": 1_500_000_000,
        "investment": 4_200_000_000,
        "technology": "Máy cắt plasma CNC khổ 1,5 × 3 m, máy chấn tôn thủy lực 100 tấn, máy hàn bán tự động.",
        "outcomes": [
            ("Thời gian chế tạo một máy sấy", "ngày", "21", "9"),
            ("Doanh thu", "triệu đồng/năm", "9800", "15600"),
            ("Sai số chi tiết cắt", "mm", "2", "0.5"),
        ],
        "replications": 4,
        "body": [
            "Xưởng chuyên chế tạo máy sấy và máy sơ chế nông sản cho hợp tác xã. Cắt bằng "
            "plasma CNC cho chi tiết chính xác, lắp ráp nhanh và ít phải sửa.",
        ],
        "address": "Biên Hòa, Đồng Nai (địa chỉ minh họa)",
        "contact": "Ông Nguyễn Hữu Phước",
        "phone": "0251 000 0110",
        "views": 1390,
        "products": ["may-say-nong-san-bom-nhiet"],
        "photos": [
            (
                "Máy cắt plasma CNC khổ 1,5 × 3 m",
                "Mỏ cắt plasma cắt tấm thép trên bàn máy CNC, tia lửa bắn ra",
            ),
            ("Máy chấn tôn thủy lực 100 tấn", "Người thợ đưa tấm tôn vào máy chấn để gấp mép"),
            (
                "Máy sấy nông sản lắp ráp từ chi tiết cắt plasma",
                "Khung máy sấy bằng inox đang được lắp ráp trong xưởng",
            ),
        ],
        "en": {
            "slug": "cnc-metalworking-dong-nai",
            "title": "CNC metalworking for a farm-machinery workshop in Dong Nai",
            "lead": (
                "A mechanical workshop received a CNC plasma cutter and a press brake. It now "
                "builds crop dryers in far less time and takes orders from other provinces."
            ),
            "enterprise": "Ho Nai Mechanical Co., Ltd (demo)",
            "contact": "Mr Nguyen Huu Phuoc",
            "technology": (
                "A 1.5 × 3 m CNC plasma cutter, a 100-tonne hydraulic press brake and a "
                "semi-automatic welder."
            ),
            "outcomes": ["Time to build one dryer", "Revenue", "Cutting tolerance"],
            "units": ["days", "million VND/year", "mm"],
            "body": [
                "The workshop builds dryers and post-harvest machines for co-operatives. "
                "Plasma-cut parts are accurate, so assembly is quick and needs little rework.",
            ],
            "address": "Bien Hoa, Dong Nai (demo address)",
            "photos": [
                (
                    "The 1.5 × 3 m CNC plasma cutter",
                    "A plasma torch cutting a steel sheet on the CNC table, sparks flying",
                ),
                (
                    "The 100-tonne hydraulic press brake",
                    "A worker feeding a steel sheet into the press brake to fold its edge",
                ),
                (
                    "A crop dryer assembled from plasma-cut parts",
                    "A stainless-steel dryer frame being assembled in the workshop",
                ),
            ],
        },
    },
    {
        "slug": "lo-nung-gach-gom-tiet-kiem-nang-luong-vinh-long",
        "title": "Lò nung gạch gốm tiết kiệm năng lượng ở Vĩnh Long",
        "lead": (
            "Doanh nghiệp chuyển lò vòng thủ công sang lò tuynel có thu hồi nhiệt, giảm "
            "nhiên liệu và khói thải, sản phẩm gạch gốm trang trí đồng đều hơn."
        ),
        "enterprise": "Công ty TNHH Gạch gốm Mang Thít Xanh (minh họa)",
        "kind": "doanh-nghiep",
        "province": "vinh-long",
        "sector": "vat-lieu-xay-dung",
        "supports": ["san-xuat-sach-hon", "mo-hinh-trinh-dien"],
        "programme": "quoc-gia",
        "years": (2021, 2022),
        "support": 1_800_000_000,
        "investment": 6_500_000_000,
        "technology": "Lò tuynel có buồng thu hồi nhiệt để sấy mộc, quạt hút và hệ thống xử lý khí thải.",
        "outcomes": [
            ("Nhiên liệu cho mỗi nghìn viên", "kg trấu", "420", "260"),
            ("Sản phẩm đạt loại một", "%", "70", "88"),
            ("Doanh thu", "triệu đồng/năm", "12500", "17800"),
        ],
        "replications": 8,
        "body": [
            "Khí nóng từ vùng làm nguội được dẫn sang buồng sấy gạch mộc, nên lò dùng ít trấu "
            "hơn hẳn.",
            "Hệ thống xử lý khí thải giúp doanh nghiệp đáp ứng yêu cầu môi trường của địa phương.",
        ],
        "address": "Mang Thít, Vĩnh Long (địa chỉ minh họa)",
        "contact": "Ông Trương Văn Lộc",
        "phone": "0270 000 0111",
        "views": 1100,
        "featured": True,
        "products": ["gach-gom-trang-tri"],
        "photos": [
            (
                "Lò tuynel có buồng thu hồi nhiệt",
                "Cửa lò tuynel dài, các xe goòng chất gạch mộc chờ vào lò",
            ),
            (
                "Gạch mộc trong buồng sấy dùng nhiệt thu hồi",
                "Những hàng gạch mộc xếp thưa trên giá trong buồng sấy",
            ),
            ("Hệ thống xử lý khí thải", "Tháp xử lý khí thải và ống khói cạnh nhà lò"),
        ],
        "en": {
            "slug": "energy-saving-brick-kiln-vinh-long",
            "title": "An energy-saving brick and terracotta kiln in Vinh Long",
            "lead": (
                "A company replaced its hand-fired ring kiln with a tunnel kiln that recovers "
                "heat, using less fuel, emitting less smoke and firing more even terracotta."
            ),
            "enterprise": "Mang Thit Green Terracotta Co., Ltd (demo)",
            "contact": "Mr Truong Van Loc",
            "technology": (
                "A tunnel kiln with a heat-recovery chamber for drying green bricks, exhaust "
                "fans and a flue-gas treatment system."
            ),
            "outcomes": ["Fuel per thousand bricks", "First-grade products", "Revenue"],
            "units": ["kg rice husk", "%", "million VND/year"],
            "body": [
                "Hot air from the cooling zone is led to the drying chamber, so the kiln burns "
                "far less rice husk.",
                "The flue-gas treatment lets the company meet the province's environmental "
                "requirements.",
            ],
            "address": "Mang Thit, Vinh Long (demo address)",
            "photos": [
                (
                    "The tunnel kiln with its heat-recovery chamber",
                    "The mouth of a long tunnel kiln, with kiln cars of unfired bricks waiting to go in",
                ),
                (
                    "Unfired bricks drying on recovered heat",
                    "Rows of unfired bricks spaced out on racks in the drying chamber",
                ),
                (
                    "The flue-gas treatment system",
                    "A flue-gas scrubber tower and a chimney beside the kiln shed",
                ),
            ],
        },
    },
    {
        "slug": "day-chuyen-che-bien-tom-kho-ca-mau",
        "title": "Dây chuyền chế biến tôm khô ở Cà Mau",
        "lead": (
            "Cơ sở chế biến tôm khô được hỗ trợ máy bóc vỏ và buồng sấy, tăng công suất và "
            "bảo đảm an toàn thực phẩm."
        ),
        "enterprise": "Cơ sở tôm khô Rạch Gốc (minh họa)",
        "kind": "co-so-cnnt",
        "province": "ca-mau",
        "sector": "che-bien-nong-lam-thuy-san",
        "supports": ["may-moc-thiet-bi"],
        "programme": "quoc-gia",
        "years": (2023, None),
        "support": 560_000_000,
        "investment": 1_150_000_000,
        "technology": "Nồi luộc hơi, buồng sấy nhiệt gió, máy bóc vỏ và máy hút chân không.",
        "outcomes": [
            ("Công suất", "kg tôm khô/ngày", "60", "150"),
            ("Doanh thu", "triệu đồng/năm", "4200", "7400"),
        ],
        "replications": 5,
        "body": ["Tôm được sấy trong buồng kín, không còn phơi trên sân đất."],
        "address": "Ngọc Hiển, Cà Mau (địa chỉ minh họa)",
        "contact": "Bà Lâm Ngọc Hoa",
        "phone": "0290 000 0112",
        "views": 870,
        "products": ["tom-kho-boc-vo"],
    },
    {
        "slug": "khung-det-tho-cam-ban-tu-dong-an-giang",
        "title": "Khung dệt thổ cẩm bán tự động cho hộ dệt ở An Giang",
        "lead": (
            "Các hộ dệt được hỗ trợ khung dệt bán tự động và lớp truyền nghề; sản phẩm khăn, "
            "túi thổ cẩm đa dạng hơn và có thêm người trẻ theo nghề."
        ),
        "enterprise": "Tổ hợp tác dệt thổ cẩm Châu Phong (minh họa)",
        "kind": "ho-kinh-doanh",
        "province": "an-giang",
        "sector": "det-may-da-giay",
        "supports": ["dao-tao", "may-moc-thiet-bi"],
        "programme": "dia-phuong",
        "years": (2024, None),
        "support": 380_000_000,
        "investment": 600_000_000,
        "technology": "Mười khung dệt bán tự động và hai máy se sợi.",
        "outcomes": [
            ("Khăn dệt mỗi tháng", "chiếc", "150", "420"),
            ("Thợ dệt dưới 30 tuổi", "người", "3", "14"),
        ],
        "replications": 3,
        "body": ["Lớp truyền nghề do nghệ nhân trong làng đứng lớp, kéo dài ba tháng."],
        "address": "Tân Châu, An Giang (địa chỉ minh họa)",
        "contact": "Bà Sa Ly Mah (minh họa)",
        "phone": "0296 000 0113",
        "views": 540,
        "products": ["khan-tho-cam-det-tay"],
    },
    {
        "slug": "bua-may-ren-nong-cu-cao-bang",
        "title": "Búa máy và lò rèn cải tiến cho làng rèn ở Cao Bằng",
        "lead": (
            "Hộ rèn được hỗ trợ búa máy và lò rèn tiết kiệm than, làm được dao, cuốc, liềm "
            "đồng đều hơn với ít sức người hơn."
        ),
        "enterprise": "Hộ rèn Nông Văn Thắng (minh họa)",
        "kind": "ho-kinh-doanh",
        "province": "cao-bang",
        "sector": "co-khi-che-tao",
        "supports": ["may-moc-thiet-bi", "dao-tao"],
        "programme": "quoc-gia",
        "years": (2022, None),
        "support": 450_000_000,
        "investment": 720_000_000,
        "technology": "Búa máy khí nén 75 kg, lò rèn có quạt gió điều chỉnh, máy mài và bể tôi dầu.",
        "outcomes": [
            ("Sản phẩm mỗi ngày", "chiếc", "25", "60"),
            ("Than dùng mỗi ngày", "kg", "40", "26"),
        ],
        "replications": 11,
        "body": [
            "Búa máy làm công việc quai búa nặng nhọc; thợ cả tập trung vào tạo hình và tôi lưỡi.",
        ],
        "address": "Quảng Hòa, Cao Bằng (địa chỉ minh họa)",
        "contact": "Ông Nông Văn Thắng",
        "phone": "0206 000 0114",
        "views": 1650,
        "products": ["dao-keo-ren-thu-cong"],
    },
]

GROUP_P = "che-bien-nong-lam-thuy-san"
GROUP_H = "thu-cong-my-nghe"
GROUP_M = "co-khi"
GROUP_O = "khac"
NATIONAL, REGIONAL, PROVINCIAL = "cap-quoc-gia", "cap-vung", "cap-tinh"

# Products: (slug, title, group, level, year, province, producer, description, specs,
# where to buy, number of images, featured, English or None). A product with an English
# version lists its photos in both languages ("photos", as many as "images"); without
# them the first photo is captioned with the title.
PRODUCTS = [
    {
        "slug": "che-xanh-bup-sao-suot",
        "title": "Chè xanh búp sao suốt",
        "group": GROUP_P,
        "level": NATIONAL,
        "year": 2023,
        "province": "thai-nguyen",
        "producer": "HTX Chè Tân Phong (minh họa)",
        "description": (
            "Búp chè một tôm hai lá, sao suốt trên chảo quay có điều khiển nhiệt. Nước chè "
            "xanh trong, hương cốm, vị chát dịu rồi ngọt hậu."
        ),
        "specs": [
            ("Khối lượng tịnh", "200 g; 500 g"),
            ("Hạn dùng", "18 tháng"),
            ("Bảo quản", "Nơi khô, tránh ánh nắng"),
        ],
        "where": "Cửa hàng của hợp tác xã; gian hàng trên các sàn thương mại điện tử.",
        "images": 4,
        "featured": True,
        "photos": [
            ("Chè xanh búp sao suốt", "Gói chè 200 g bên chén nước chè xanh trong"),
            ("Búp chè một tôm hai lá sau khi sao", "Cận cảnh những búp chè xoăn màu xanh sẫm"),
            ("Nước chè xanh trong, hương cốm", "Ấm và chén chè trên khay tre"),
            ("Hai quy cách 200 g và 500 g", "Túi chè 200 g và hộp chè 500 g đặt cạnh nhau"),
        ],
        "en": {
            "slug": "roasted-green-tea-buds",
            "title": "Pan-roasted green tea buds",
            "producer": "Tan Phong Tea Co-operative (demo)",
            "description": (
                "One bud and two leaves, roasted in temperature-controlled rotary pans. The "
                "liquor is clear green with a young-rice aroma, gently astringent with a "
                "sweet finish."
            ),
            "specs": [
                ("Net weight", "200 g; 500 g"),
                ("Shelf life", "18 months"),
                ("Storage", "Dry place, out of the sun"),
            ],
            "where": "The co-operative's shop; its stores on e-commerce platforms.",
            "photos": [
                (
                    "Pan-roasted green tea buds",
                    "A 200 g pack of the tea beside a cup of clear green tea",
                ),
                (
                    "One bud and two leaves, after roasting",
                    "Close-up of curled dark-green tea buds",
                ),
                (
                    "A clear green liquor with a young-rice aroma",
                    "A teapot and cups on a bamboo tray",
                ),
                (
                    "The 200 g and 500 g packs",
                    "A 200 g bag and a 500 g box of the tea side by side",
                ),
            ],
        },
    },
    {
        "slug": "man-say-deo",
        "title": "Mận hậu sấy dẻo",
        "group": GROUP_P,
        "level": PROVINCIAL,
        "year": 2024,
        "province": "son-la",
        "producer": "Hộ kinh doanh Lò Văn Sáng (minh họa)",
        "description": "Mận hậu chín cây sấy bằng bơm nhiệt, không phẩm màu, giữ vị chua ngọt tự nhiên.",
        "specs": [
            ("Khối lượng tịnh", "250 g"),
            ("Thành phần", "Mận hậu, đường mía"),
            ("Hạn dùng", "9 tháng"),
        ],
        "where": "Điểm bán sản phẩm OCOP của tỉnh; đặt hàng qua điện thoại.",
        "images": 2,
    },
    {
        "slug": "nuoc-mam-ca-com-dong-chai",
        "title": "Nước mắm cá cơm ủ chượp truyền thống",
        "group": GROUP_P,
        "level": REGIONAL,
        "year": 2023,
        "province": "nghe-an",
        "producer": "Cơ sở nước mắm Cửa Lạch (minh họa)",
        "description": "Cá cơm và muối ủ chượp trong thùng gỗ mười hai tháng, lọc nhiều lần, không chất bảo quản.",
        "specs": [("Độ đạm", "30°N"), ("Dung tích", "500 ml; 1 lít"), ("Bao bì", "Chai thủy tinh")],
        "where": "Cửa hàng đặc sản trong tỉnh và các chuỗi thực phẩm sạch.",
        "images": 3,
    },
    {
        "slug": "ca-phe-bot-rang-moc",
        "title": "Cà phê bột rang mộc",
        "group": GROUP_P,
        "level": NATIONAL,
        "year": 2025,
        "province": "dak-lak",
        "producer": "HTX Cà phê Ea Tu (minh họa)",
        "description": "Cà phê vối chín đỏ, rang mộc ở nhiệt độ vừa, xay vừa cho pha phin; hương socola, hậu vị đậm.",
        "specs": [("Giống", "Robusta"), ("Khối lượng tịnh", "250 g; 500 g"), ("Độ rang", "Vừa")],
        "where": "Cửa hàng của hợp tác xã ở Buôn Ma Thuột; nhà phân phối tại Hà Nội và TP Hồ Chí Minh.",
        "images": 4,
        "featured": True,
        "photos": [
            ("Cà phê bột rang mộc", "Túi cà phê 500 g có van một chiều, bên cạnh là chiếc phin"),
            ("Hạt cà phê vối rang ở nhiệt độ vừa", "Hạt cà phê rang màu nâu vừa trong khay"),
            ("Cà phê pha phin", "Phin nhôm đặt trên cốc, cà phê đang nhỏ giọt"),
            ("Vùng trồng ghi trên bao bì", "Mặt sau túi cà phê in tên vùng trồng Buôn Ma Thuột"),
        ],
        "en": {
            "slug": "plain-roasted-ground-coffee",
            "title": "Plain-roasted ground coffee",
            "producer": "Ea Tu Coffee Co-operative (demo)",
            "description": (
                "Ripe-picked robusta, roasted plain at a medium temperature and ground for "
                "the phin filter; chocolate notes and a strong finish."
            ),
            "specs": [("Variety", "Robusta"), ("Net weight", "250 g; 500 g"), ("Roast", "Medium")],
            "where": "The co-operative's shop in Buon Ma Thuot; distributors in Ha Noi and Ho Chi Minh City.",
            "photos": [
                (
                    "Plain-roasted ground coffee",
                    "A 500 g bag of coffee with a one-way valve, next to a phin filter",
                ),
                (
                    "Robusta beans after a medium roast",
                    "Medium-brown roasted coffee beans in a tray",
                ),
                (
                    "Coffee brewing in a phin",
                    "An aluminium phin filter on a glass, coffee dripping through",
                ),
                (
                    "The growing area printed on the bag",
                    "The back of the bag, naming Buon Ma Thuot as the growing area",
                ),
            ],
        },
    },
    {
        "slug": "tra-atiso-tui-loc",
        "title": "Trà atisô túi lọc",
        "group": GROUP_P,
        "level": PROVINCIAL,
        "year": 2023,
        "province": "lam-dong",
        "producer": "Cơ sở trà thảo mộc Đồi Thông (minh họa)",
        "description": "Lá và thân atisô sấy lạnh, nghiền vừa, đóng túi lọc tiện pha.",
        "specs": [("Quy cách", "Hộp 25 túi × 2 g"), ("Hạn dùng", "24 tháng")],
        "where": "Cửa hàng đặc sản Đà Lạt; đặt hàng qua trang web của cơ sở.",
        "images": 2,
    },
    {
        "slug": "banh-trang-phoi-suong",
        "title": "Bánh tráng phơi sương",
        "group": GROUP_P,
        "level": REGIONAL,
        "year": 2024,
        "province": "tay-ninh",
        "producer": "Cơ sở bánh tráng Trảng Lớn (minh họa)",
        "description": "Bánh tráng gạo mỏng, nướng than rồi phơi sương đêm, dẻo và không cần nhúng nước.",
        "specs": [("Khối lượng tịnh", "500 g"), ("Thành phần", "Gạo, muối, nước")],
        "where": "Chợ đầu mối và cửa hàng đặc sản Tây Ninh.",
        "images": 2,
    },
    {
        "slug": "tom-kho-boc-vo",
        "title": "Tôm khô bóc vỏ",
        "group": GROUP_P,
        "level": NATIONAL,
        "year": 2023,
        "province": "ca-mau",
        "producer": "Cơ sở tôm khô Rạch Gốc (minh họa)",
        "description": "Tôm đất luộc hơi, sấy gió, bóc vỏ bằng máy; đóng túi hút chân không.",
        "specs": [
            ("Khối lượng tịnh", "250 g; 500 g"),
            ("Cỡ", "150–200 con/kg"),
            ("Bảo quản", "Ngăn mát tủ lạnh"),
        ],
        "where": "Cửa hàng đặc sản Cà Mau; đặt hàng qua điện thoại.",
        "images": 3,
        "photos": [
            ("Tôm khô bóc vỏ", "Túi tôm khô 250 g hút chân không"),
            ("Tôm khô cỡ 150–200 con/kg", "Một nắm tôm khô màu đỏ cam trên đĩa"),
            (
                "Đóng túi hút chân không tại cơ sở",
                "Người công nhân đeo găng tay đặt túi tôm vào máy hút chân không",
            ),
        ],
        "en": {
            "slug": "peeled-dried-shrimp",
            "title": "Peeled dried shrimp",
            "producer": "Rach Goc Dried Shrimp (demo)",
            "description": (
                "Mud-flat shrimp, steamed, air-dried and machine-peeled; vacuum-packed."
            ),
            "specs": [
                ("Net weight", "250 g; 500 g"),
                ("Size", "150–200 per kg"),
                ("Storage", "Refrigerate"),
            ],
            "where": "Ca Mau speciality shops; orders by phone.",
            "photos": [
                ("Peeled dried shrimp", "A vacuum-packed 250 g bag of dried shrimp"),
                ("Shrimp of 150–200 per kg", "A handful of orange-red dried shrimp on a plate"),
                (
                    "Vacuum packing at the workshop",
                    "A gloved worker placing a bag of shrimp in a vacuum sealer",
                ),
            ],
        },
    },
    {
        "slug": "binh-gom-men-ran",
        "title": "Bình gốm men rạn",
        "group": GROUP_H,
        "level": NATIONAL,
        "year": 2025,
        "province": "ha-noi",
        "producer": "Cơ sở gốm Minh Khai (minh họa)",
        "description": "Bình gốm dáng tỏi, men rạn màu ngà, nung trong lò khí ở 1.250 °C; mỗi chiếc có vân rạn riêng.",
        "specs": [
            ("Chiều cao", "32 cm"),
            ("Nhiệt độ nung", "1.250 °C"),
            ("Men", "Men rạn tro trấu"),
        ],
        "where": "Phòng trưng bày của cơ sở; các cửa hàng quà tặng ở Hà Nội.",
        "images": 5,
        "featured": True,
        "photos": [
            ("Bình gốm men rạn", "Bình gốm dáng tỏi men rạn màu ngà trên nền vải tối"),
            ("Vân rạn của men tro trấu", "Cận cảnh mạng vân rạn mảnh trên mặt men màu ngà"),
            ("Bình cao 32 cm", "Bình gốm đặt cạnh thước đo chiều cao"),
            (
                "Xếp bình vào lò khí trước khi nung",
                "Người thợ xếp các bình gốm mộc lên giá trong lò con thoi",
            ),
            ("Phòng trưng bày của cơ sở", "Kệ gỗ bày các bình gốm men rạn nhiều cỡ"),
        ],
        "en": {
            "slug": "crackle-glaze-ceramic-vase",
            "title": "Crackle-glazed ceramic vase",
            "producer": "Minh Khai Pottery (demo)",
            "description": (
                "A garlic-neck vase with an ivory crackle glaze, fired in a gas kiln at "
                "1,250 °C; no two crackle patterns are alike."
            ),
            "specs": [
                ("Height", "32 cm"),
                ("Firing temperature", "1,250 °C"),
                ("Glaze", "Rice-husk ash crackle"),
            ],
            "where": "The workshop's showroom; gift shops in Ha Noi.",
            "photos": [
                (
                    "Crackle-glazed ceramic vase",
                    "An ivory crackle-glazed vase with a garlic-shaped neck against a dark cloth",
                ),
                (
                    "The crackle of the rice-husk ash glaze",
                    "Close-up of the fine network of cracks in the ivory glaze",
                ),
                ("The vase stands 32 cm tall", "The vase next to a measuring rule"),
                (
                    "Loading the gas kiln before firing",
                    "A potter setting unfired vases on the shelves of a shuttle kiln",
                ),
                (
                    "The workshop's showroom",
                    "Wooden shelves of crackle-glazed vases in several sizes",
                ),
            ],
        },
    },
    {
        "slug": "hop-coi-dan-tay",
        "title": "Hộp cói đan tay",
        "group": GROUP_H,
        "level": PROVINCIAL,
        "year": 2024,
        "province": "ninh-binh",
        "producer": "HTX Cói Kim Sơn Mới (minh họa)",
        "description": "Bộ ba hộp đựng đồ đan từ sợi cói phơi khô, khung tre, có nắp.",
        "specs": [("Quy cách", "Bộ 3 hộp"), ("Chất liệu", "Cói, tre")],
        "where": "Cửa hàng lưu niệm tại các điểm du lịch Ninh Bình.",
        "images": 2,
    },
    {
        "slug": "tuong-go-my-nghe",
        "title": "Tượng gỗ mỹ nghệ Phúc Lộc Thọ",
        "group": GROUP_H,
        "level": REGIONAL,
        "year": 2023,
        "province": "bac-ninh",
        "producer": "Công ty TNHH Mộc Đông Xuân (minh họa)",
        "description": "Bộ ba tượng gỗ, chạm thô bằng máy CNC và hoàn thiện tay, đánh sáp ong.",
        "specs": [("Chất liệu", "Gỗ hương"), ("Chiều cao", "40 cm"), ("Hoàn thiện", "Sáp ong")],
        "where": "Phòng trưng bày của công ty.",
        "images": 3,
    },
    {
        "slug": "khan-tho-cam-det-tay",
        "title": "Khăn thổ cẩm dệt tay",
        "group": GROUP_H,
        "level": REGIONAL,
        "year": 2025,
        "province": "an-giang",
        "producer": "Tổ hợp tác dệt thổ cẩm Châu Phong (minh họa)",
        "description": "Khăn dệt từ sợi cotton nhuộm màu, hoa văn truyền thống, tua tết tay.",
        "specs": [("Kích thước", "180 × 60 cm"), ("Chất liệu", "Cotton")],
        "where": "Làng dệt Châu Phong; hội chợ hàng thủ công.",
        "images": 3,
        "photos": [
            ("Khăn thổ cẩm dệt tay", "Chiếc khăn thổ cẩm gấp đôi, hoa văn đỏ và đen"),
            ("Tua khăn tết tay", "Cận cảnh phần tua khăn được tết bằng tay"),
            (
                "Thợ dệt bên khung dệt bán tự động",
                "Người thợ ngồi trước khung dệt, tấm vải hoa văn đang dệt dở",
            ),
        ],
        "en": {
            "slug": "hand-woven-brocade-scarf",
            "title": "Hand-woven brocade scarf",
            "producer": "Chau Phong Weaving Group (demo)",
            "description": "A dyed cotton scarf in traditional patterns with hand-plaited tassels.",
            "specs": [("Size", "180 × 60 cm"), ("Material", "Cotton")],
            "where": "Chau Phong weaving village; handicraft fairs.",
            "photos": [
                ("Hand-woven brocade scarf", "A folded brocade scarf with red and black patterns"),
                ("Hand-plaited tassels", "Close-up of the scarf's hand-plaited tassels"),
                (
                    "A weaver at a semi-automatic loom",
                    "A weaver seated at a loom, the patterned cloth half woven",
                ),
            ],
        },
    },
    {
        "slug": "den-long-vai-lua",
        "title": "Đèn lồng vải lụa",
        "group": GROUP_H,
        "level": NATIONAL,
        "year": 2023,
        "province": "da-nang",
        "producer": "Cơ sở đèn lồng Phố Hội Xưa (minh họa)",
        "description": "Đèn lồng khung tre uốn, bọc vải lụa, gấp gọn để mang đi xa.",
        "specs": [("Đường kính", "30 cm; 40 cm"), ("Khung", "Tre, gấp gọn")],
        "where": "Cửa hàng của cơ sở; các cửa hàng lưu niệm.",
        "images": 4,
    },
    {
        "slug": "tranh-theu-tay",
        "title": "Tranh thêu tay phong cảnh",
        "group": GROUP_H,
        "level": PROVINCIAL,
        "year": 2025,
        "province": "hung-yen",
        "producer": "Cơ sở thêu Hải Triều (minh họa)",
        "description": "Tranh thêu chỉ tơ trên nền lụa, đóng khung gỗ, đề tài làng quê.",
        "specs": [("Kích thước", "50 × 70 cm"), ("Chất liệu", "Chỉ tơ, lụa")],
        "where": "Phòng trưng bày của cơ sở.",
        "images": 2,
    },
    {
        "slug": "bo-am-chen-gom-do",
        "title": "Bộ ấm chén gốm đỏ",
        "group": GROUP_H,
        "level": PROVINCIAL,
        "year": 2024,
        "province": "vinh-long",
        "producer": "Cơ sở gốm đỏ Hòa Ninh (minh họa)",
        "description": "Bộ ấm chén gốm đỏ không men, nung ở nhiệt độ cao, giữ nhiệt tốt.",
        "specs": [("Quy cách", "1 ấm, 6 chén"), ("Dung tích ấm", "300 ml")],
        "where": "Cửa hàng gốm dọc tuyến du lịch Mang Thít.",
        "images": 2,
    },
    {
        "slug": "may-say-nong-san-bom-nhiet",
        "title": "Máy sấy nông sản bơm nhiệt 500 kg/mẻ",
        "group": GROUP_M,
        "level": NATIONAL,
        "year": 2025,
        "province": "dong-nai",
        "producer": "Công ty TNHH Cơ khí Hố Nai (minh họa)",
        "description": "Máy sấy buồng dùng bơm nhiệt, điều khiển nhiệt độ và độ ẩm theo chương trình cho từng loại nông sản.",
        "specs": [
            ("Năng suất", "500 kg/mẻ"),
            ("Nhiệt độ sấy", "35–70 °C"),
            ("Điện năng", "7,5 kW"),
            ("Vỏ", "Inox 304"),
        ],
        "where": "Đặt hàng trực tiếp tại xưởng; lắp đặt tại nơi sử dụng.",
        "images": 4,
        "featured": True,
        "photos": [
            (
                "Máy sấy nông sản bơm nhiệt 500 kg/mẻ",
                "Buồng sấy vỏ inox hai cánh cửa, bên cạnh là cụm bơm nhiệt",
            ),
            ("Khay sấy xếp trên xe đẩy", "Xe đẩy nhiều tầng khay inox chứa những lát xoài"),
            ("Bảng điều khiển nhiệt độ và độ ẩm", "Màn hình cảm ứng hiện chương trình sấy ở 55 °C"),
            ("Lắp đặt tại một hợp tác xã", "Kỹ thuật viên nối ống gió của máy sấy trong nhà xưởng"),
        ],
        "en": {
            "slug": "heat-pump-crop-dryer",
            "title": "Heat-pump crop dryer, 500 kg per batch",
            "producer": "Ho Nai Mechanical Co., Ltd (demo)",
            "description": (
                "A chamber dryer with a heat pump that follows a temperature and humidity "
                "programme for each crop."
            ),
            "specs": [
                ("Capacity", "500 kg/batch"),
                ("Drying temperature", "35–70 °C"),
                ("Power", "7.5 kW"),
                ("Casing", "304 stainless steel"),
            ],
            "where": "Ordered from the workshop; installed on site.",
            "photos": [
                (
                    "Heat-pump crop dryer, 500 kg per batch",
                    "A two-door stainless-steel drying chamber with the heat-pump unit beside it",
                ),
                (
                    "Drying trays on a trolley",
                    "A trolley of stacked stainless-steel trays holding mango slices",
                ),
                (
                    "The temperature and humidity controls",
                    "A touch screen showing a drying programme at 55 °C",
                ),
                (
                    "Installation at a co-operative",
                    "A technician connecting the dryer's air ducts in a shed",
                ),
            ],
        },
    },
    {
        "slug": "dao-keo-ren-thu-cong",
        "title": "Bộ dao rèn thủ công",
        "group": GROUP_M,
        "level": REGIONAL,
        "year": 2023,
        "province": "cao-bang",
        "producer": "Hộ rèn Nông Văn Thắng (minh họa)",
        "description": "Dao rèn từ thép nhíp, tôi dầu, cán gỗ nghiến; lưỡi bén và bền.",
        "specs": [("Quy cách", "Bộ 3 dao"), ("Thép", "Thép nhíp"), ("Cán", "Gỗ nghiến")],
        "where": "Chợ phiên trong huyện; đặt hàng qua điện thoại.",
        "images": 3,
    },
    {
        "slug": "may-tuot-lua-mini",
        "title": "Máy tuốt lúa mini",
        "group": GROUP_M,
        "level": PROVINCIAL,
        "year": 2023,
        "province": "can-tho",
        "producer": "Xưởng cơ khí Bình Thủy (minh họa)",
        "description": "Máy tuốt lúa gọn nhẹ cho ruộng nhỏ, dùng động cơ xăng hoặc điện.",
        "specs": [("Năng suất", "600 kg/giờ"), ("Động cơ", "5,5 HP"), ("Khối lượng", "85 kg")],
        "where": "Cửa hàng vật tư nông nghiệp trong vùng.",
        "images": 2,
    },
    {
        "slug": "may-ep-vien-nen-mun-cua",
        "title": "Máy ép viên nén mùn cưa",
        "group": GROUP_M,
        "level": REGIONAL,
        "year": 2024,
        "province": "phu-tho",
        "producer": "Công ty TNHH Cơ khí Sông Thao (minh họa)",
        "description": "Máy ép khuôn vòng làm viên nén chất đốt từ mùn cưa và phụ phẩm nông nghiệp.",
        "specs": [("Năng suất", "1 tấn/giờ"), ("Đường kính viên", "6–8 mm")],
        "where": "Đặt hàng tại xưởng.",
        "images": 2,
    },
    {
        "slug": "bo-nong-cu-cam-tay",
        "title": "Bộ nông cụ cầm tay",
        "group": GROUP_M,
        "level": PROVINCIAL,
        "year": 2024,
        "province": "hai-phong",
        "producer": "Cơ sở rèn Kiến Thụy (minh họa)",
        "description": "Cuốc, xẻng, bay và cào làm vườn bằng thép tôi, cán gỗ.",
        "specs": [("Quy cách", "Bộ 4 món"), ("Thép", "Thép cacbon tôi")],
        "where": "Cửa hàng nông cụ trong thành phố.",
        "images": 1,
    },
    {
        "slug": "gach-gom-trang-tri",
        "title": "Gạch gốm trang trí hoa văn",
        "group": GROUP_O,
        "level": NATIONAL,
        "year": 2023,
        "province": "vinh-long",
        "producer": "Công ty TNHH Gạch gốm Mang Thít Xanh (minh họa)",
        "description": "Gạch gốm đỏ nung tuynel, hoa văn rỗng, dùng ốp tường và làm vách thông gió.",
        "specs": [("Kích thước", "200 × 200 × 60 mm"), ("Độ hút nước", "Dưới 8%")],
        "where": "Đại lý vật liệu xây dựng; bán trực tiếp tại nhà máy.",
        "images": 3,
        "featured": True,
        "photos": [
            ("Gạch gốm trang trí hoa văn", "Viên gạch gốm đỏ hình vuông có hoa văn rỗng"),
            (
                "Vách thông gió ghép từ gạch hoa văn",
                "Bức vách gạch gốm đỏ, ánh sáng lọt qua các lỗ hoa văn",
            ),
            ("Gạch ra lò tuynel", "Xe goòng chở gạch gốm vừa ra khỏi lò tuynel"),
        ],
        "en": {
            "slug": "decorative-terracotta-tiles",
            "title": "Patterned decorative terracotta blocks",
            "producer": "Mang Thit Green Terracotta Co., Ltd (demo)",
            "description": (
                "Red terracotta blocks fired in a tunnel kiln, with open patterns for wall "
                "cladding and ventilated screens."
            ),
            "specs": [("Size", "200 × 200 × 60 mm"), ("Water absorption", "Under 8%")],
            "where": "Building-material dealers; sold at the factory.",
            "photos": [
                (
                    "Patterned decorative terracotta blocks",
                    "A square red terracotta block with an open pattern",
                ),
                (
                    "A ventilated screen built from the blocks",
                    "A red terracotta screen wall with light coming through its openings",
                ),
                (
                    "Blocks leaving the tunnel kiln",
                    "A kiln car loaded with terracotta blocks coming out of the tunnel kiln",
                ),
            ],
        },
    },
    {
        "slug": "tinh-dau-tram",
        "title": "Tinh dầu tràm nguyên chất",
        "group": GROUP_O,
        "level": REGIONAL,
        "year": 2024,
        "province": "quang-tri",
        "producer": "HTX Tinh dầu Gio Linh (minh họa)",
        "description": "Tinh dầu chưng cất từ lá tràm gió, đóng chai thủy tinh có nhỏ giọt.",
        "specs": [("Dung tích", "50 ml; 100 ml"), ("Thành phần", "100% tinh dầu tràm")],
        "where": "Nhà thuốc và cửa hàng đặc sản miền Trung.",
        "images": 2,
        "photos": [
            (
                "Tinh dầu tràm nguyên chất",
                "Hai chai thủy tinh màu hổ phách có nắp nhỏ giọt, loại 50 ml và 100 ml",
            ),
            (
                "Lá tràm gió trước khi chưng cất",
                "Những bó lá tràm xanh xếp cạnh tháp chưng cất bằng inox",
            ),
        ],
        "en": {
            "slug": "pure-cajeput-oil",
            "title": "Pure cajeput oil",
            "producer": "Gio Linh Essential Oil Co-operative (demo)",
            "description": "Oil distilled from cajeput leaves, in glass dropper bottles.",
            "specs": [("Volume", "50 ml; 100 ml"), ("Contents", "100% cajeput oil")],
            "where": "Pharmacies and speciality shops in the central provinces.",
            "photos": [
                ("Pure cajeput oil", "Two amber glass dropper bottles, 50 ml and 100 ml"),
                (
                    "Cajeput leaves before distilling",
                    "Bundles of green cajeput leaves beside a stainless-steel still",
                ),
            ],
        },
    },
    {
        "slug": "xa-phong-thao-moc",
        "title": "Xà phòng thảo mộc",
        "group": GROUP_O,
        "level": PROVINCIAL,
        "year": 2025,
        "province": "ha-tinh",
        "producer": "Cơ sở xà phòng Hương Sơn (minh họa)",
        "description": "Xà phòng làm lạnh từ dầu dừa và thảo mộc địa phương, không hương liệu tổng hợp.",
        "specs": [("Khối lượng", "100 g"), ("Thành phần", "Dầu dừa, sả, bồ kết")],
        "where": "Cửa hàng tiện lợi trong tỉnh; đặt hàng qua mạng.",
        "images": 2,
    },
    {
        "slug": "tui-vai-canvas-in-thu-cong",
        "title": "Túi vải canvas in thủ công",
        "group": GROUP_O,
        "level": PROVINCIAL,
        "year": 2024,
        "province": "ho-chi-minh",
        "producer": "Xưởng may Bình Chánh (minh họa)",
        "description": "Túi canvas dày, in lụa thủ công hoa văn lấy từ làng nghề phía Nam.",
        "specs": [("Kích thước", "38 × 42 cm"), ("Chất liệu", "Canvas cotton")],
        "where": "Cửa hàng quà tặng ở trung tâm thành phố.",
        "images": 2,
    },
    {
        "slug": "than-sinh-hoc-vo-trau",
        "title": "Than sinh học từ vỏ trấu",
        "group": GROUP_O,
        "level": REGIONAL,
        "year": 2025,
        "province": "dong-thap",
        "producer": "HTX Nông nghiệp Sen Hồng (minh họa)",
        "description": "Than sinh học nhiệt phân từ vỏ trấu, dùng cải tạo đất và làm giá thể trồng rau.",
        "specs": [("Quy cách", "Bao 20 kg"), ("Độ ẩm", "Dưới 10%")],
        "where": "Đại lý vật tư nông nghiệp ở Đồng bằng sông Cửu Long.",
        "images": 2,
    },
]
