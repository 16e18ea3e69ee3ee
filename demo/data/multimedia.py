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
