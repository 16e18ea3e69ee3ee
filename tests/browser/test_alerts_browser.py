"""E-mail alerts in a real browser, in both languages: subscribe from the policy finder
with filters, open the confirmation mail from the mail folder (the file backend, as
``make run`` writes it), confirm, change the frequency, unsubscribe."""

import email
import email.policy
import re
import subprocess
import sys
import time

import pytest

from tests.browser.conftest import _CREATE_USERS, EDITORIAL_USERS, request_get, screenshot
from tests.browser.test_editorial_browser import log_in, news_index_add_url
from tests.server import ROOT, gunicorn, manage, prepare_site, server_env

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

FILTERS = "?sector=thu-cong-my-nghe&province=thanh-hoa"
JOURNEYS = {
    "vi": {
        "finder": "/chinh-sach/",
        "description": "Văn bản mới về Thủ công mỹ nghệ, tại Thanh Hóa",
        "email": "Địa chỉ e-mail của bạn",
        "frequency": "Nhận thư",
        "consent": "Tôi đồng ý",
        "subscribe": "Đăng ký nhận thông báo",
        "sent": "Xin kiểm tra hộp thư",
        "confirm_link": "Xác nhận đăng ký",
        "confirm_button": "Xác nhận, tôi muốn nhận thông báo",
        "confirmed": "Cảm ơn bạn, đăng ký đã được xác nhận.",
        "weekly": "Bản tin tổng hợp hằng tuần",
        "save": "Lưu",
        "saved": "Đã lưu thay đổi.",
        "unsubscribe": "Huỷ đăng ký này",
        "none_left": "Địa chỉ này không còn đăng ký nhận thông báo nào.",
    },
    "en": {
        "finder": "/en/policies/",
        "description": "New documents on Handicrafts, in Thanh Hoa",
        "email": "Your e-mail address",
        "frequency": "Send me",
        "consent": "I agree",
        "subscribe": "Subscribe",
        "sent": "Please check your inbox",
        "confirm_link": "Confirm your subscription",
        "confirm_button": "Confirm: I want these alerts",
        "confirmed": "Thank you, your subscription is confirmed.",
        "weekly": "A weekly digest",
        "save": "Save",
        "saved": "Your change is saved.",
        "unsubscribe": "Unsubscribe from this",
        "none_left": "This address has no subscriptions left.",
    },
}

COUNT = """
from alerts.models import Subscription
s = Subscription.objects.get(email={address!r})
print(s.language, s.frequency, s.confirmed_at is not None, sorted(s.filters.items()))
"""


@pytest.fixture(scope="module")
def alert_site(tmp_path_factory, browser):
    workdir = tmp_path_factory.mktemp("alerts-site")
    mail_dir = workdir / "mail"
    mail_dir.mkdir()
    env = server_env(workdir, EMAIL_URL=f"file://{mail_dir}", FORM_MIN_SECONDS="1")
    prepare_site(workdir, env)
    with gunicorn(workdir, env) as base_url:
        yield base_url, mail_dir, env


def newest_mail(mail_dir, address, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in sorted(mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True):
            raw = path.read_bytes().split(b"\n" + b"-" * 79)[0]
            message = email.message_from_bytes(raw, policy=email.policy.default)
            if address in str(message["To"]):
                return message
        time.sleep(0.2)
    raise AssertionError(f"no mail to {address} in {mail_dir}")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_subscribe_confirm_change_unsubscribe(alert_site, page_at, tmp_path, language):
    base_url, mail_dir, env = alert_site
    words = JOURNEYS[language]
    address = f"xuong-may-tre-{language}@example.vn"

    page = page_at(375)
    assert page.goto(base_url + words["finder"] + FILTERS).status == 200
    opened = time.monotonic()
    form = page.locator("section.alert-subscribe")
    assert words["description"] in form.inner_text()
    form.get_by_label(words["email"]).fill(address)
    form.get_by_label(words["frequency"], exact=True).select_option(index=0)
    form.get_by_label(words["consent"]).check()
    form.scroll_into_view_if_needed()
    screenshot(page, f"alerts-{language}-1-finder-form-375", full_page=False)
    time.sleep(max(0, 1.5 - (time.monotonic() - opened)))
    form.get_by_role("button", name=words["subscribe"]).click()
    page.wait_for_load_state()
    assert words["sent"] in page.locator("h1").inner_text()
    screenshot(page, f"alerts-{language}-2-check-inbox-375")

    # The confirmation mail, from the mail folder, shown as a mail client would.
    message = newest_mail(mail_dir, address)
    html_part = message.get_body(preferencelist=("html",)).get_content()
    mail_file = tmp_path / "mail.html"
    mail_file.write_text(html_part)
    page.goto(mail_file.as_uri())
    screenshot(page, f"alerts-{language}-3-confirmation-mail-375")
    page.get_by_role("link", name=words["confirm_link"]).click()
    page.wait_for_load_state()
    assert page.url.startswith(base_url)
    page.get_by_role("button", name=words["confirm_button"]).click()
    page.wait_for_load_state()
    assert words["confirmed"] in page.get_by_role("status").inner_text()
    assert words["description"] in page.locator("main").inner_text()
    screenshot(page, f"alerts-{language}-4-confirmed-375")

    # Change: a weekly digest instead.
    page.get_by_label(words["frequency"], exact=True).select_option(label=words["weekly"])
    page.get_by_role("button", name=words["save"], exact=True).click()
    page.wait_for_load_state()
    assert words["saved"] in page.get_by_role("status").inner_text()
    manage(env, "shell", "-c", COUNT.format(address=address))  # still there (raises if not)

    # Unsubscribe.
    page.get_by_role("button", name=words["unsubscribe"]).click()
    page.wait_for_load_state()
    assert words["none_left"] in page.locator("main").inner_text()
    screenshot(page, f"alerts-{language}-5-unsubscribed-375")
    assert page.console_errors == []


NEWS_SUBSCRIBER = """
from django.utils import timezone
from alerts.models import Subscription
Subscription.objects.create(email="ban-doc-tin@example.vn", kind="news", language="vi",
    filters={}, description="Mọi tin tức", confirmed_at=timezone.now())
"""
ALERT_ITEMS = """
from alerts.models import AlertItem
for item in AlertItem.objects.filter(page__title__startswith="Thử thông báo").order_by("pk"):
    print(item.page.title, "|", item.suppressed, "|", item.deliveries.count())
"""


def write_and_publish(page, base_url, title, action):
    """The moderator writes a short article and presses ``action`` in the publish menu."""
    page.goto(news_index_add_url(page, base_url))
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill(title)
    page.locator("#id_lead").fill("Tin ngắn để thử thông báo e-mail.")
    page.get_by_role("button", name=re.compile("Choose chuyên mục tin|Chọn chuyên mục")).click()
    modal = page.locator(".modal-dialog")
    modal.locator("table a").first.click()
    modal.wait_for(state="hidden")
    page.get_by_role("button", name=re.compile("Lưu (bản )?nháp|Save draft")).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))  # the draft, saved
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name=re.compile("^(Thao tác khác|More actions)$")).click()
    screenshot(page, "alerts-admin-publish-menu", full_page=False)
    page.get_by_role("button", name=action).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def test_publish_without_alert_sends_nothing_and_plain_publish_does(alert_site, page_at):
    """A moderator publishes with "Xuất bản, không gửi thông báo": the article is on the
    site and a confirmed subscriber to all news gets no mail; the next article, published
    plainly, reaches them."""
    base_url, mail_dir, env = alert_site
    manage(env, "shell", "-c", _CREATE_USERS.format(users=[EDITORIAL_USERS["moderator"]]))
    manage(env, "shell", "-c", NEWS_SUBSCRIBER)
    page = page_at(1280, 800)
    log_in(page, base_url, EDITORIAL_USERS["moderator"][:2])

    quiet = "Thử thông báo: tin đính chính"
    write_and_publish(page, base_url, quiet, re.compile("^Xuất bản, không gửi thông báo$"))
    assert quiet in request_get(page, base_url + "/tin-tuc/").text()
    time.sleep(2)  # a mail, were one sent, is written at once (immediate tasks)
    assert not any("ban-doc-tin@example.vn" in p.read_text() for p in mail_dir.glob("*.log"))

    loud = "Thử thông báo: tin mới"
    write_and_publish(page, base_url, loud, re.compile("^Xuất bản$"))
    message = newest_mail(mail_dir, "ban-doc-tin@example.vn")
    assert loud in message.get_body(preferencelist=("plain",)).get_content()
    assert quiet not in message.get_body(preferencelist=("plain",)).get_content()
    out = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", ALERT_ITEMS],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [line for line in out.splitlines() if " | " in line]  # not the shell's banner
    assert rows == [f"{quiet} | True | 0", f"{loud} | False | 1"]
    assert page.console_errors == []
