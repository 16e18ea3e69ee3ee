"""Date input formats of the admin in both languages (FORMAT_MODULE_PATH).

Editors type dates the Vietnamese way whatever the admin's language: day first,
"/" or "-" between the parts ("20/05/2019", "20-05-2019 08:00"). ISO dates
("2019-05-20") are still read. Never month first: "05/06/2019" is 5 June.
Only the input formats are set here; everything else comes from Django's locale.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 20/05/2019: the first is the one the admin shows (WAGTAIL_DATE_FORMAT)
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y-%m-%d",
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 20/05/2019 08:00 (WAGTAIL_DATETIME_FORMAT)
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M:%S",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
