"""What "safe" means for a response: helpers shared by the security tests."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import quote

# Hostile values a reader (or a robot) can put in a query string, a form or a path.
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE = [
    "",
    " ",
    "x" * 10_000,
    "Đ" * 3000,
    '"',
    "'",
    "`",
    SCRIPT,
    IMG,
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    '"khuyến công',
    "*",
    "NEAR(",
    ":",
    "title:x",
    "-",
    "^",
    "%",
    "%00",
    "\\",
    "../../etc/passwd",
    "{{ 7|add:7 }}",
    "{% now 'Y' %}",
    "\r\nSet-Cookie: x=1",
    "-1",
    "0",
    "1.5",
    "1e9",
    "99999999999999999999",
    "9223372036854775808",
    "-99999999999999999999",
    "²",
    "٣",
    "１２",
    "9999",
    "1900",
    "12",
    "13",
    "2",
    "2025",
    "khuyến công quốc gia",
    "\u202eRTL مرحبا שלום",
    "🏭🇻🇳👩‍🔧",
    "ha-noi",
    "thu-cong-my-nghe",
    "moi-nhat",
    "cap-quoc-gia",
    "con-hieu-luc",
    "news.NewsArticlePage",
    "-title",
    "title,-id",
    "_,id",
    "vi",
    "en",
]
# The few that break parsers most often: tried in each parameter on its own.
CORE = [
    "x" * 10_000,
    IMG,
    "\x00",
    "\ud800",
    "' OR 1=1 --",
    "NEAR(",
    "-1",
    "99999999999999999999",
    "²",
    "9999",
    "🏭\u202e مرحبا",
]
# Values the page may show back to the reader: they must come back escaped.
MARKERS = (SCRIPT, "<img src=x", "<svg onload")


def encode(value):
    """Percent-encode ``value`` as a browser would, lone surrogates included (%ED%A0%80)."""
    return quote(str(value).encode("utf-8", "surrogatepass"), safe="")


def query_string(params):
    """``params``: {name: [values]} (a list gives the name several times: ?page=1&page=2)."""
    return "&".join(
        f"{encode(name)}={encode(value)}" for name, values in params.items() for value in values
    )


class _Scanner(HTMLParser):
    """Finds markup that would run script: event handlers, javascript: URLs, our scripts."""

    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "srcdoc", "xlink:href"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            text = (value or "").strip().lower()
            if name.startswith("on") and "alert" in text:
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in self.URL_ATTRIBUTES and text.startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in ("img", "svg") and dict(attrs).get("src") == "x":
            self.problems.append(f"<{tag} src=x>")
        if tag == "script":
            self._script = dict(attrs).get("type") or "text/javascript"

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script and "json" not in self._script and "alert(" in data:
            self.problems.append(f"script: {data[:80]!r}")


def html_problems(html):
    """Unescaped hostile markup in ``html``: [] when the page is safe."""
    problems = [f"literal {marker!r}" for marker in MARKERS if marker in html]
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return problems + scanner.problems


JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld_blocks(html):
    """The JSON-LD blocks of a page, each checked: no raw <, > or & inside, valid JSON."""
    blocks = []
    for raw in JSONLD.findall(html):
        assert "<" not in raw and ">" not in raw and "&" not in raw, raw[:200]
        blocks.append(json.loads(raw))
    return blocks


def assert_safe_response(response, allowed=(200, 301, 302, 303, 304, 400, 404, 405, 429)):
    """No server error, and nothing hostile reflected unescaped in HTML."""
    assert response.status_code in allowed, response.status_code
    content_type = response.get("Content-Type", "")
    if getattr(response, "streaming", False):
        return
    body = response.content.decode("utf-8", "replace")
    if content_type.startswith("text/html"):
        problems = html_problems(body)
        assert not problems, problems
        jsonld_blocks(body)
    elif "json" in content_type and body:
        json.loads(body)
