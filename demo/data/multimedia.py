"""Demo content of the "Video – Ảnh" section, written by the project team (sample
content, not real data; producers invented and marked "(minh họa)" / "(demo)").

``INDEX``: the section's index page in both languages. ``VIDEOS``: video pages, each
with ``slug``, ``title``, ``date`` (ISO), ``summary``, ``transcript`` (paragraphs),
``poster`` (the generated poster's label and its alt text) and either ``media`` (a
library file generated in the loader: ``title``, ``seconds``, ``captions`` per language
as (start, end, text) cues) or ``external_url`` (a YouTube video, loaded only on a
click); ``"en"`` holds the English texts.
"""

INDEX = {
    "slug": "video-anh",
    "title": "Video – Ảnh",
    "intro": (
        "Phóng sự video, phóng sự ảnh, âm thanh và infographic về các mô hình khuyến công, "
        "hội chợ và sản phẩm công nghiệp nông thôn tiêu biểu."
    ),
    "en": {
        "slug": "video-photo",
        "title": "Video and photo",
        "intro": (
            "Video reports, photo stories, audio and infographics on industrial-extension "
            "models, trade fairs and standout rural-industry products."
        ),
    },
}

VIDEOS = [
    {
        "slug": "may-say-nong-san-nang-luong-mat-troi",
        "title": "Máy sấy nông sản bằng năng lượng mặt trời ở Đồng Tháp",
        "date": "2024-05-20T08:00:00",
        "summary": (
            "Hợp tác xã Tân Thành (minh họa) được hỗ trợ một hệ thống sấy dùng năng lượng mặt "
            "trời: thời gian sấy xoài giảm từ ba ngày xuống một ngày, hao hụt sau thu hoạch "
            "giảm gần một nửa."
        ),
        "transcript": [
            "Người dẫn: Ở xã Tân Thành, mùa xoài chín rộ từng là nỗi lo của bà con vì trái "
            "chín nhanh, bán không kịp.",
            "Bà Nguyễn Thị Hoa, giám đốc hợp tác xã (minh họa): Từ khi có máy sấy, chúng tôi "
            "làm xoài sấy dẻo, giữ được ba tháng và bán được giá gấp đôi.",
            "Người dẫn: Chương trình khuyến công quốc gia hỗ trợ 40% chi phí thiết bị; hợp "
            "tác xã góp phần còn lại và được hướng dẫn kỹ thuật trong sáu tháng.",
        ],
        "poster": ("Máy sấy năng lượng mặt trời", "Dãy khay sấy xoài dưới mái kính của hợp tác xã"),
        "media": {
            "title": "Phóng sự: máy sấy nông sản năng lượng mặt trời",
            "seconds": 4,
            "captions": {
                "vi": [
                    (0, 2, "Ở xã Tân Thành, mùa xoài chín rộ từng là nỗi lo của bà con."),
                    (2, 4, "Máy sấy giúp giữ xoài ba tháng và bán được giá gấp đôi."),
                ],
                "en": [
                    (0, 2, "In Tan Thanh commune, the mango harvest used to worry farmers."),
                    (2, 4, "The dryer keeps mangoes for three months and doubles their price."),
                ],
            },
        },
        "en": {
            "slug": "solar-powered-crop-dryer",
            "title": "A solar-powered crop dryer in Dong Thap",
            "summary": (
                "Tan Thanh cooperative (demo) received a solar drying system: drying mangoes "
                "now takes one day instead of three, and post-harvest losses fell by almost "
                "half."
            ),
            "transcript": [
                "Narrator: In Tan Thanh commune, the peak of the mango season used to worry "
                "farmers: the fruit ripens fast and could not be sold in time.",
                "Ms Nguyen Thi Hoa, director of the cooperative (demo): Since we have the "
                "dryer, we make soft dried mango that keeps for three months and sells for "
                "twice the price.",
                "Narrator: The National Industrial Promotion Programme paid 40% of the "
                "equipment; the cooperative paid the rest and received six months of "
                "technical guidance.",
            ],
            "poster_alt": "Rows of mango drying trays under the cooperative's glass roof",
        },
    },
    {
        "slug": "hoi-cho-san-pham-cong-nghiep-nong-thon-2024",
        "title": "Hội chợ sản phẩm công nghiệp nông thôn tiêu biểu khu vực phía Bắc 2024",
        "date": "2024-04-12T09:30:00",
        "summary": (
            "Hơn 200 gian hàng của các cơ sở công nghiệp nông thôn từ 14 tỉnh phía Bắc giới "
            "thiệu sản phẩm thủ công mỹ nghệ, chế biến nông sản và cơ khí nhỏ. Video đăng trên "
            "YouTube; trình phát chỉ tải khi bạn bấm phát."
        ),
        "transcript": [
            "Video giới thiệu không khí hội chợ: khu gian hàng mây tre đan, gốm sứ, chè và "
            "các thiết bị cơ khí nhỏ phục vụ chế biến nông sản.",
            "Ban tổ chức cho biết các sản phẩm đạt giải cấp khu vực sẽ được xét chọn ở cấp "
            "quốc gia vào cuối năm.",
        ],
        "poster": ("Hội chợ khu vực phía Bắc", "Khách tham quan các gian hàng mây tre đan và gốm"),
        # A neutral, openly licensed film (Blender Foundation) stands in for the fair's video.
        "external_url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "en": {
            "slug": "northern-rural-industry-fair-2024",
            "title": "The 2024 northern fair of standout rural-industry products",
            "summary": (
                "Over 200 stands of rural industries from 14 northern provinces show "
                "handicrafts, processed farm produce and small machinery. The video is on "
                "YouTube; its player loads only when you press play."
            ),
            "transcript": [
                "The video shows the fair: stands of rattan and bamboo, ceramics, tea and "
                "small machines for processing farm produce.",
                "The organisers say products awarded at regional level will be considered "
                "for the national awards at the end of the year.",
            ],
            "poster_alt": "Visitors at the rattan, bamboo and ceramics stands",
        },
    },
]

# Audio pages (podcast episodes): ``media`` is a library file generated in the loader
# (``title``, ``seconds``); the rest as for VIDEOS.
AUDIOS = [
    {
        "slug": "podcast-chon-may-say-cho-hop-tac-xa",
        "title": "Podcast: chọn máy sấy nào cho hợp tác xã nhỏ?",
        "date": "2024-06-03T07:00:00",
        "summary": (
            "Kỹ sư của Trung tâm Khuyến công Đồng Tháp (minh họa) trả lời ba câu hỏi bà con "
            "hay gửi: sấy bằng điện, bằng nhiệt mặt trời hay bằng củi trấu, chi phí ra sao và "
            "chương trình hỗ trợ những gì."
        ),
        "transcript": [
            "Người dẫn: Chào bà con, hôm nay chúng ta nói về máy sấy nông sản cho hợp tác xã nhỏ.",
            "Kỹ sư Lê Văn Minh (minh họa): Với sản lượng dưới một tấn mỗi ngày, máy sấy kết hợp "
            "năng lượng mặt trời và điện là lựa chọn tiết kiệm nhất.",
        ],
        "image": ("Podcast Khuyến công", "Micro và tai nghe trên bàn thu âm"),
        "media": {"title": "Podcast: chọn máy sấy cho hợp tác xã", "seconds": 6},
        "en": {
            "slug": "podcast-choosing-a-dryer-for-a-small-cooperative",
            "title": "Podcast: which dryer for a small cooperative?",
            "summary": (
                "An engineer of the Dong Thap Industrial Extension Centre (demo) answers the "
                "three questions farmers ask most: electric, solar or rice-husk drying, what "
                "each costs and what the programme supports."
            ),
            "transcript": [
                "Host: Hello everyone, today we talk about crop dryers for small cooperatives.",
                "Engineer Le Van Minh (demo): Below one tonne a day, a dryer combining solar "
                "heat and electricity is the cheapest choice.",
            ],
            "image_alt": "A microphone and headphones on a recording desk",
        },
    },
]

# "Nghe bài viết": the news article (by slug) that gets a read-aloud file, generated in
# the loader (a tone stands in for the recorded voice).
ARTICLE_AUDIO = {"title": "Bản đọc bài viết (minh họa)", "seconds": 8}

# Photo stories: ``photos`` are (picture label, caption, alt text) in each language.
PHOTO_STORIES = [
    {
        "slug": "mot-ngay-o-lang-gom-bat-trang",
        "title": "Một ngày ở làng gốm: từ lò củi đến lò gas",
        "date": "2024-03-18T08:00:00",
        "summary": (
            "Phóng sự ảnh về một cơ sở gốm (minh họa) chuyển từ lò củi sang lò gas với hỗ trợ "
            "của chương trình khuyến công: ít khói hơn, tỷ lệ sản phẩm đạt chuẩn cao hơn."
        ),
        "photos": [
            (
                "Lò gas mới",
                "Sáu giờ sáng, anh Trần Văn Long (minh họa) kiểm tra nhiệt độ lò gas mới trước mẻ nung đầu tiên trong ngày.",
                "Người thợ đứng cạnh lò nung bằng gas, tay cầm đồng hồ đo nhiệt",
            ),
            (
                "Tạo dáng sản phẩm",
                "Thợ trẻ tạo dáng bình gốm trên bàn xoay; lớp học nghề do trung tâm khuyến công mở có 20 học viên.",
                "Đôi tay tạo dáng chiếc bình đất sét trên bàn xoay",
            ),
            (
                "Phơi mộc",
                "Sản phẩm mộc được phơi khô trước khi vẽ men. Lò gas giúp tỷ lệ hàng đạt chuẩn tăng từ 70% lên 92%.",
                "Hàng trăm chiếc bình chưa nung xếp thành hàng trên giá phơi",
            ),
            (
                "Hàng xuất khẩu",
                "Những lô hàng đầu tiên đạt chuẩn xuất khẩu được đóng gói cho khách hàng châu Âu.",
                "Công nhân đóng gói bình gốm men xanh vào thùng các-tông",
            ),
        ],
        "en": {
            "slug": "a-day-in-a-pottery-village",
            "title": "A day in a pottery village: from wood kilns to gas",
            "summary": (
                "A photo story on a pottery workshop (demo) that moved from a wood-fired kiln "
                "to a gas kiln with the programme's support: less smoke, more pieces up to "
                "standard."
            ),
            "photos": [
                (
                    "At six in the morning, Tran Van Long (demo) checks the temperature of the new "
                    "gas kiln before the day's first firing.",
                    "A potter beside a gas-fired kiln holding a temperature gauge",
                ),
                (
                    "A young potter shapes a vase on the wheel; the training class the extension "
                    "centre runs has 20 learners.",
                    "Hands shaping a clay vase on a potter's wheel",
                ),
                (
                    "Unfired pieces dry before glazing. With the gas kiln, the share of pieces up to "
                    "standard rose from 70% to 92%.",
                    "Hundreds of unfired vases in rows on drying racks",
                ),
                (
                    "The first batches that meet export standards are packed for European buyers.",
                    "Workers packing blue-glazed vases into cardboard boxes",
                ),
            ],
        },
    },
]

# Infographics: ``chart`` is the title drawn on the picture and (label, value) bars; the
# text alternative is ``text`` (paragraphs) and the same figures as a table. The English
# translation gets its own picture, drawn with its own ``chart`` title.
INFOGRAPHICS = [
    {
        "slug": "khuyen-cong-quoc-gia-2021-2025-bang-so-lieu",
        "title": "Khuyến công quốc gia 2021–2025 qua số liệu (minh họa)",
        "date": "2024-02-05T08:00:00",
        "summary": "Số mô hình trình diễn kỹ thuật được hỗ trợ mỗi năm, 2021–2025 (số liệu minh họa).",
        "chart": "Mô hình trình diễn được hỗ trợ",
        "columns": ("Năm", "Số mô hình"),
        "rows": [("2021", 38), ("2022", 45), ("2023", 52), ("2024", 61), ("2025", 66)],
        "text": [
            "Số mô hình trình diễn kỹ thuật được chương trình hỗ trợ tăng đều qua năm năm, từ 38 "
            "mô hình năm 2021 lên 66 mô hình năm 2025 (số liệu minh họa).",
        ],
        "en": {
            "slug": "national-industrial-promotion-2021-2025-in-figures",
            "title": "National industrial promotion 2021–2025 in figures (demo)",
            "summary": "Demonstration models supported each year, 2021–2025 (demo figures).",
            "chart": "Demonstration models supported",
            "columns": ("Year", "Models"),
            "text": [
                "The number of technical demonstration models the programme supported rose "
                "steadily over five years, from 38 in 2021 to 66 in 2025 (demo figures).",
            ],
        },
    },
]
