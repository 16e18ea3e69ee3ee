"""The alerts' own pages and mails are valid HTML (W3C Nu validator), in both languages."""

import pytest

from alerts import mail, tokens
from alerts.models import Subscription
from tests.website.test_html_validity import _validator, nu_errors

from .conftest import form_fields

pytestmark = [pytest.mark.validator, pytest.mark.django_db]


def test_alert_pages_and_mails_are_valid_html(client, policy_index, tmp_path):
    command = _validator()
    pages = {}
    for language, prefix in (("vi", ""), ("en", "/en")):
        subscription = Subscription.objects.create(
            email=f"{language}@example.vn",
            kind="policies",
            language=language,
            description="Văn bản mới về Thủ công mỹ nghệ",
            confirmed_at="2026-01-01T00:00:00Z",
        )
        unsubscribe = tokens.unsubscribe_token(subscription)
        manage = tokens.manage_token(subscription.email)
        confirm = tokens.confirm_token(subscription)
        segment = {"vi": "thong-bao", "en": "alerts"}[language]
        names = {
            "vi": ("xac-nhan", "quan-ly", "huy", "dang-ky"),
            "en": ("confirm", "manage", "unsubscribe", "subscribe"),
        }[language]
        pages[f"{language} confirm"] = client.get(f"{prefix}/{segment}/{names[0]}/{confirm}/")
        pages[f"{language} manage"] = client.get(
            f"{prefix}/{segment}/{names[1]}/{manage}/?done=confirmed"
        )
        pages[f"{language} unsubscribe"] = client.get(
            f"{prefix}/{segment}/{names[2]}/{unsubscribe}/"
        )
        pages[f"{language} invalid link"] = client.get(f"{prefix}/{segment}/{names[2]}/nonsense/")
        action, fields = form_fields(client.get(policy_index.url).content.decode())
        pages[f"{language} form errors"] = client.post(
            f"{prefix}/{segment}/{names[3]}/", {**fields, "email": "not an address"}
        )
        pages[f"{language} sent"] = client.post(
            f"{prefix}/{segment}/{names[3]}/",
            {**fields, "email": f"new-{language}@example.vn", "frequency": "ngay", "consent": "on"},
        )
        pages[f"{language} unsubscribed"] = client.post(
            f"{prefix}/{segment}/{names[2]}/{unsubscribe}/"
        )
        item = {
            "title": "Quyết định 1",
            "summary": "Tóm tắt",
            "date": None,
            "url": "https://x.example/a/",
        }
        other = Subscription.objects.create(
            email=f"m-{language}@example.vn", kind="news", language=language, description="Tin"
        )
        for name, message in (
            ("confirmation mail", mail.confirmation(other)),
            ("alert mail", mail.alert(other, [item], ("alert", 1))),
        ):
            pages[f"{language} {name}"] = message.alternatives[0][0]
    files = {}
    for name, response in pages.items():
        body = response if isinstance(response, str) else response.content.decode()
        if not isinstance(response, str):
            assert response.status_code in {200, 400, 404}, (name, response.status_code)
        path = tmp_path / f"{len(files):02d}.html"
        path.write_text(body)
        files[path.name] = name
    errors = nu_errors(command, tmp_path, files)
    assert errors == []
