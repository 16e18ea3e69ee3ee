"""The W3C Nu HTML validator (npm package vnu-jar, pinned in package.json; Java from
Debian) finds no error on any page type in either language, served by the demo site
under production settings (tests/website/conftest.py).

Skipped, saying why, without Java or ``npm ci``'s node_modules; CI sets
KCQG_REQUIRE_BROWSER=1, and then a missing validator fails instead. The pages are saved
and checked in one run of the validator (it takes seconds to start).
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

pytestmark = pytest.mark.validator

# Page types whose URLs the API gives (its html_url), per language.
API_TYPES = {
    "article": "news.NewsArticlePage",
    "case study": "showcase.CaseStudyPage",
    "product": "showcase.ProductPage",
    "policy": "policies.PolicyPage",
    "about, contact, questions": "website.StandardPage",
    "video": "multimedia.VideoPage",
    "audio": "multimedia.AudioPage",
    "photo story": "multimedia.PhotoStoryPage",
    "infographic": "multimedia.InfographicPage",
}
FIXED = {
    "vi": {
        "home": "/",
        "news index": "/tin-tuc/",
        "news page 2": "/tin-tuc/?page=2",
        "case-study index": "/mo-hinh-trinh-dien/",
        "product gallery": "/san-pham-tieu-bieu/",
        "policy finder": "/chinh-sach/",
        "video and photo": "/video-anh/",
        "video from YouTube": "/video-anh/hoi-cho-san-pham-cong-nghiep-nong-thon-2024/",
        "policy finder, filtered": "/chinh-sach/?sort=moi-nhat&page=2",
        "guide": "/chinh-sach/toi-duoc-ho-tro-gi/",
        "guide with results": "/chinh-sach/toi-duoc-ho-tro-gi/"
        "?kind=ho-kinh-doanh&province=ha-noi&needs=may-moc-thiet-bi&go=1",
        "search with results": "/tim-kiem/?q=khuy%E1%BA%BFn+c%C3%B4ng",
        "404": "/trang-khong-co/",
    },
    "en": {
        "home": "/en/",
        "news index": "/en/news/",
        "case-study index": "/en/demonstration-models/",
        "product gallery": "/en/standout-products/",
        "policy finder": "/en/policies/",
        "video and photo": "/en/video-photo/",
        "video from YouTube": "/en/video-photo/northern-rural-industry-fair-2024/",
        "guide with results": "/en/policies/what-support-can-i-get/?kind=ho-kinh-doanh&needs=may-moc-thiet-bi&go=1",
        "search with results": "/en/search/?q=industrial",
        "404": "/en/no-such-page/",
    },
}


def _validator():
    java = shutil.which("java")
    missing = []
    if java is None:
        missing.append("Java (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append("the Nu validator (npm ci)")
    if missing:
        reason = "no " + " and no ".join(missing)
        if os.environ.get("KCQG_REQUIRE_BROWSER"):
            pytest.fail(f"KCQG_REQUIRE_BROWSER is set but there is {reason}")
        pytest.skip(reason)
    return [java, "-Xss8m", "-jar", str(VNU_JAR)]


def _urls(site):
    urls = {}
    for language, pages in FIXED.items():
        for kind, path in pages.items():
            urls[f"{language} {kind}"] = path
        for kind, model in API_TYPES.items():
            status, _, body = site.fetch(f"/api/v2/pages/?type={model}&locale={language}&limit=3")
            assert status == 200, body
            items = json.loads(body)["items"]
            assert items, f"no {model} in {language}"
            for number, item in enumerate(items[: 3 if model == "website.StandardPage" else 1]):
                urls[f"{language} {kind} {number + 1}"] = item["meta"]["html_url"]
    # A news category of each language, from the sitemap.
    locations = re.findall(r"<loc>([^<]+)</loc>", site.fetch("/sitemap.xml")[2])
    for language, marker in (("vi", "/tin-tuc/chuyen-muc/"), ("en", "/en/news/category/")):
        urls[f"{language} category"] = next(url for url in locations if marker in url)
    return urls


def test_every_page_type_is_valid_html(public_site, tmp_path):
    command = _validator()
    urls = _urls(public_site)
    files = {}
    for name, url in urls.items():
        status, headers, body = public_site.fetch(url)
        expected = 404 if name.endswith("404") else 200
        assert status == expected, (name, url, status)
        assert headers["Content-Type"].startswith("text/html"), name
        path = tmp_path / f"{len(files):02d}.html"
        path.write_text(body)
        files[path.name] = f"{name}: {url}"
    errors = nu_errors(command, tmp_path, files)
    assert len(files) >= 30
    assert errors == []


def nu_errors(command, folder, files):
    """The validator's errors in ``files`` ({file name in ``folder``: what it is}), in one
    run, each named by what the file is."""
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *sorted(str(folder / f) for f in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{files.get(Path(m.get('url', '')).name, m.get('url'))} line {m.get('lastLine')}: "
        f"{m['message']}"
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
