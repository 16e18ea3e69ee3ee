"""The sending worker killed mid-run and restarted: 1,000 confirmed subscribers each get
the alert exactly once, counted by a real SMTP server on loopback.

The worker is ``manage.py send_alerts`` in a process of its own, under production
settings, on a database of its own (the demo site: SQLite, or a scratch PostgreSQL
database when the suite runs on it). The
SMTP server kills it (SIGKILL) when the 400th message arrives, before accepting that
message; the message it was sending stays "sending". The restarted worker sends the rest,
that one included (``KCQG_ALERTS_CLAIM_TIMEOUT`` is 0 here), and nothing twice.
"""

import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from tests.server import ROOT, prepare_site, scratch_database, server_env, suite_engine

from .conftest import Inbox

pytestmark = [pytest.mark.slow]

SUBSCRIBERS = 1000
KILL_AT = 400

SETUP = """
from django.utils import timezone
from alerts.models import AlertItem, Subscription
from policies.models import PolicyPage
page = PolicyPage.objects.live().filter(locale__language_code="vi").first()
AlertItem.objects.filter(page=page).delete()
now = timezone.now()
Subscription.objects.bulk_create(
    Subscription(email=f"doanh.nghiep{n}@example.vn", kind="policies", language="vi",
                 filters={}, description="Mọi văn bản", confirmed_at=now)
    for n in range({count})
)
AlertItem.objects.create(page=page, kind="policies", language="vi")
print(page.title)
"""


class KillingInbox(Inbox):
    """Counts accepted messages; kills the worker when message number ``kill_at`` comes."""

    def __init__(self, kill_at):
        super().__init__()
        self.kill_at = kill_at
        self.arrived = 0
        self.victim = None
        self.killed = False

    async def handle_DATA(self, server, session, envelope):
        self.arrived += 1
        if self.victim is not None and not self.killed and self.arrived == self.kill_at:
            os.kill(self.victim, signal.SIGKILL)
            self.killed = True
            return "451 Worker gone"  # never accepted, not counted
        return await super().handle_DATA(server, session, envelope)


def worker(env):
    return subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "send_alerts", "--no-digests"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_worker_sends_each_alert_exactly_once(tmp_path):
    from aiosmtpd.controller import Controller

    from tests.server import free_port

    inbox = KillingInbox(KILL_AT)
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with scratch_database(tmp_path, suite_engine()) as database_url:
            # Production settings: the same demo build as the suite's other production
            # servers (tests/server.py builds one per settings module and engine).
            env = server_env(
                tmp_path,
                "website.settings.production",
                database_url=database_url,
                EMAIL_URL=f"smtp://127.0.0.1:{port}",
                ALERTS_PER_MINUTE="1000000",
                ALERTS_CLAIM_TIMEOUT="0",
                SITE_ORIGIN="https://khuyencong.example",
            )
            prepare_site(tmp_path, env)
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "manage.py"),
                    "shell",
                    "-c",
                    SETUP.replace("{count}", str(SUBSCRIBERS)),
                ],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            started = time.monotonic()
            first = worker(env)
            inbox.victim = first.pid
            first.wait(timeout=120)
            assert inbox.killed and first.returncode == -signal.SIGKILL
            received_before_restart = len(inbox.messages)
            second = worker(env)
            out, err = second.communicate(timeout=120)
            elapsed = time.monotonic() - started
            assert second.returncode == 0, err
    finally:
        controller.stop()

    per_address = Counter(rcpt for rcpts, _message in inbox.messages for rcpt in rcpts)
    print(
        f"\nfault test: {SUBSCRIBERS} subscribers; worker killed at message {KILL_AT}; "
        f"{received_before_restart} accepted before the restart, {len(inbox.messages)} in all; "
        f"{len(per_address)} addresses, most to one address {max(per_address.values())}; "
        f"{elapsed:.1f} s for both runs ({out.strip()})"
    )
    assert received_before_restart == KILL_AT - 1
    assert len(per_address) == SUBSCRIBERS
    assert set(per_address.values()) == {1}
    assert len(inbox.messages) == SUBSCRIBERS
