"""Video pages in Chromium: a YouTube video costs the reader no request to YouTube (or
Google) until they press play, then plays from youtube-nocookie.com in an iframe our CSP
allows; a library video plays and pauses with the keyboard alone, with its captions."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import screenshot
from .test_keyboard import focused, tab_until

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

YOUTUBE_PAGE = "/video-anh/hoi-cho-san-pham-cong-nghiep-nong-thon-2024/"
VIDEO_PAGE = "/video-anh/may-say-nong-san-nang-luong-mat-troi/"
OUTSIDE = re.compile(r"youtube|ytimg|googlevideo|doubleclick|google|facebook|fbcdn")


@pytest.mark.parametrize("width", [375, 1280])
def test_youtube_player_loads_only_after_the_click(site_url, page_at, width):
    page = page_at(width)
    outside = []

    def record(route):
        outside.append(route.request.url)
        route.abort()  # no test depends on the network; the request itself is the fact

    page.context.route(OUTSIDE, record)
    page.goto(site_url + YOUTUBE_PAGE, wait_until="networkidle")
    page.mouse.wheel(0, 600)
    page.wait_for_timeout(300)
    assert outside == []
    assert page.locator("iframe").count() == 0
    screenshot(page, f"multimedia-youtube-{width}", full_page=False)

    # The keyboard reaches the play link and Enter starts the player.
    state = tab_until(page, lambda s: "YouTube" in s["text"])
    assert state["outlined"], "the play link shows where the focus is"
    page.keyboard.press("Enter")
    frame = page.locator(".mm-embed iframe")
    expect(frame).to_have_attribute(
        "src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0"
    )
    page.wait_for_timeout(500)
    assert outside and all(
        url.startswith("https://www.youtube-nocookie.com/") for url in outside
    ), outside
    csp = [e for e in page.console_errors if "Content Security Policy" in e]
    assert csp == []


def test_library_video_plays_with_the_keyboard(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + VIDEO_PAGE, wait_until="networkidle")
    tracks = page.eval_on_selector_all("video track", "els => els.map(t => [t.kind, t.srclang])")
    assert tracks == [["captions", "vi"], ["captions", "en"]]
    state = tab_until(page, lambda s: s["tag"] == "video")
    assert state["tag"] == "video"
    page.keyboard.press("Space")
    page.wait_for_function(
        "() => !document.querySelector('video').paused && document.querySelector('video').currentTime > 0.3"
    )
    page.keyboard.press("Space")
    page.wait_for_function("() => document.querySelector('video').paused")
    # The Vietnamese captions are on by default and were read as text/vtt.
    mode = page.evaluate("() => document.querySelector('video').textTracks[0].mode")
    assert mode == "showing"
    assert focused(page)["tag"] == "video"
    screenshot(page, "multimedia-video-1280", full_page=False)
