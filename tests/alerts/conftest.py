"""Fixtures for the alerts tests: a real SMTP server on loopback (aiosmtpd), a finder and
a news index, and a way to subscribe through the public form."""

import email
import email.policy
import re
import socket
import threading

import pytest
from aiosmtpd.controller import Controller

from tests.news.conftest import news_index  # noqa: F401 - the same fixtures
from tests.policies.conftest import policy_index  # noqa: F401


class Inbox:
    """What the SMTP server received, parsed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address):
        with self.lock:
            return [m for rcpt, m in self.messages if address in rcpt]

    def clear(self):
        with self.lock:
            self.messages.clear()


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    inbox.port = settings.EMAIL_PORT
    yield inbox
    controller.stop()


@pytest.fixture(autouse=True)
def _alert_settings(settings):
    settings.KCQG_FORM_MIN_SECONDS = 0
    settings.KCQG_ALERTS_PER_MINUTE = 100_000


def form_fields(html):
    """The alert form's hidden inputs (scope, signed time) from a page's HTML."""
    form = re.search(
        r'<form method="post" action="([^"]+)" class="rc-form alert-form".*?</form>', html, re.S
    )
    assert form, "no alert form on the page"
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(0)))
    return form.group(1), fields


def subscribe(client, page_url, address, frequency="ngay", **extra):
    response = client.get(page_url)
    assert response.status_code == 200
    action, fields = form_fields(response.content.decode())
    data = {**fields, "email": address, "frequency": frequency, "consent": "on", **extra}
    return client.post(action, data)


def links_in(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    return re.findall(r"https?://\S+", text)
