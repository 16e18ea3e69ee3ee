"""Editors: the "Xuất bản, không gửi thông báo" button and the report of the admin."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from alerts import wagtail_hooks
from alerts.models import AlertItem, Delivery, Subscription
from policies.factories import make_policy

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "b@example.vn", "mat-khau-dai-1")
    client.force_login(user)
    return user


def test_edit_page_offers_publish_without_alert(client, editor, policy_index):
    page = make_policy(policy_index, title="Văn bản nháp", live=False)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="action-publish" value="no-alert"' in html
    assert "Xuất bản, không gửi thông báo" in html


def test_publish_marked_no_alert_sends_nothing(
    smtp, policy_index, django_capture_on_commit_callbacks
):
    Subscription.objects.create(
        email="a@example.vn",
        kind="policies",
        language="vi",
        description="Mọi văn bản",
        confirmed_at="2026-01-01T00:00:00Z",
    )
    page = make_policy(policy_index, title="Văn bản sửa", live=False)
    request = RequestFactory().post("/", {"action-publish": "no-alert"})
    wagtail_hooks.no_alert_on_edit(request, page)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert AlertItem.objects.get(page=page).suppressed
    assert smtp.to("a@example.vn") == []
    # An ordinary publish ("action-publish" = "action-publish") is not marked.
    other = make_policy(policy_index, title="Văn bản mới", live=False)
    wagtail_hooks.no_alert_on_edit(
        RequestFactory().post("/", {"action-publish": "action-publish"}), other
    )
    with django_capture_on_commit_callbacks(execute=True):
        other.save_revision().publish()
    assert len(smtp.to("a@example.vn")) == 1


def test_report_counts_by_filter_and_language_and_lists_failures(client, editor, policy_index):
    for language in ("vi", "vi", "en"):
        Subscription.objects.create(
            email=f"{language}{Subscription.objects.count()}@example.vn",
            kind="policies",
            language=language,
            description="Văn bản mới về Thủ công mỹ nghệ",
            confirmed_at="2026-01-01T00:00:00Z",
        )
    page = make_policy(policy_index, title="Văn bản gửi lỗi")
    item = AlertItem.objects.get(page=page)
    Delivery.objects.create(
        subscription=Subscription.objects.first(),
        item=item,
        status="failed",
        error="550 mailbox full",
    )
    html = client.get(reverse("alerts_report")).content.decode()
    assert "Văn bản mới về Thủ công mỹ nghệ" in html
    assert "550 mailbox full" in html
    rows = [r for r in html.split("<tr>") if "Thủ công mỹ nghệ" in r]
    assert any("<td>vi</td><td>2</td>" in r for r in rows)
    assert any("<td>en</td><td>1</td>" in r for r in rows)
