"""The dashboard asks no outside address (Wagtail's upgrade check is off by default)."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import override_settings

from website.settings import base

# Attributes whose address a browser requests by itself (not links a person follows).
FETCHED = re.compile(
    r"""\b(?:src|srcset|poster|data(?:-[\w-]+)?-url(?:-value)?|action|href(?==["'][^"']*\.(?:css|js)\b))
        =["']([^"']+)["']""",
    re.VERBOSE,
)


def outside_addresses(html):
    found = []
    for value in FETCHED.findall(html):
        for url in value.split(","):
            host = urlsplit(url.strip().split(" ")[0]).hostname
            if host and host not in {"testserver", "localhost", "127.0.0.1"}:
                found.append(url.strip())
    return found


def test_base_settings_switch_the_update_check_off():
    assert base.WAGTAIL_ENABLE_UPDATE_CHECK is False


@pytest.mark.django_db
def test_dashboard_of_a_superuser_asks_no_outside_address(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "releases.wagtail.org" not in html
    assert 'data-controller="w-upgrade' not in html
    assert outside_addresses(html) == []

    # The panel this setting removes: what the dashboard would carry with it on.
    with override_settings(WAGTAIL_ENABLE_UPDATE_CHECK=True):
        html = admin_client.get("/admin/").content.decode()
    assert 'data-controller="w-upgrade' in html
