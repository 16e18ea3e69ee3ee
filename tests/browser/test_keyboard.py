"""Keyboard only: the skip link, the header (language, search, navigation), the policy
finder's filters and the product lightbox are reached and used with Tab, Space, Enter
and Escape, with a visible focus indicator."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(),
                text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
                href: el.getAttribute('href') || '',
                name: el.getAttribute('name') || '',
                inHeader: !!el.closest('header, .site-header, nav'),
                outlined: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
            };
        }"""
    )


def tab_until(page, predicate, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focused(page)
        if predicate(state):
            return state
    raise AssertionError("not reached with Tab")


def test_tab_through_the_header(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["href"] == "#main"  # the skip link comes first and is visible when focused
    assert page.locator(".skip-link").is_visible()
    english = tab_until(page, lambda s: s["text"] == "English")
    assert english["outlined"]
    search = tab_until(page, lambda s: s["name"] == "q")
    assert search["tag"] == "input"
    news = tab_until(page, lambda s: s["href"] == "/tin-tuc/")
    assert news["inHeader"] and news["outlined"]
    page.keyboard.press("Enter")
    page.wait_for_url("**/tin-tuc/")
    # The skip link moves focus past the header to the content.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_filter_the_policy_finder_with_the_keyboard(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + "/chinh-sach/")
    box = tab_until(page, lambda s: s["name"] == "support")
    assert box["tag"] == "input"
    page.keyboard.press("Space")  # ticking a box submits the form by itself
    page.wait_for_url(re.compile(r"support="))
    assert "support=" in page.url


def test_open_and_leave_the_lightbox_with_the_keyboard(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + "/san-pham-tieu-bieu/binh-gom-men-ran/")
    tab_until(
        page,
        lambda s: (
            s["href"].startswith("/")
            and "lightbox"
            in page.evaluate(
                "document.activeElement.getAttribute('data-lightbox-item') !== null ? 'lightbox' : ''"
            )
        ),
    )
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.sc-lightbox")
    expect(dialog).to_be_visible()
    # The page behind the modal dialog is inert: Tab only reaches the dialog's controls
    # (and the browser's own UI, where the document body is the active element).
    for _ in range(6):
        page.keyboard.press("Tab")
        assert page.evaluate(
            "!!document.activeElement.closest('dialog.sc-lightbox')"
            " || document.activeElement === document.body"
        )
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert page.evaluate("document.activeElement.getAttribute('data-lightbox-item') !== null")
    assert page.console_errors == []
