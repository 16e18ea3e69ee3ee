"""The whole journey against a real SMTP server on loopback: subscribe from the finder,
confirm, an alert for a matching policy (both parts, RFC 8058 headers), one-click
unsubscribe, nothing after; non-matching publishes send nothing; a digest."""

import html
import re

import pytest
from django.core import mail as django_mail

from alerts import sending
from alerts.models import AlertItem, Delivery, Subscription
from news.factories import AuthorFactory, NewsArticlePageFactory, NewsCategoryFactory
from policies.factories import make_policy

from .conftest import form_fields, links_in, subscribe

pytestmark = pytest.mark.django_db

FILTERS = "?sector=thu-cong-my-nghe&province=thanh-hoa"


def publish_policy(index, title, sectors, provinces, capture):
    with capture(execute=True):
        return make_policy(index, title=title, scope={"sectors": sectors, "provinces": provinces})


def test_subscribe_confirm_alert_unsubscribe(
    client, smtp, policy_index, site_origin, django_capture_on_commit_callbacks
):
    page = client.get(policy_index.url + FILTERS).content.decode()
    assert "Văn bản mới về Thủ công mỹ nghệ, tại Thanh Hóa" in html.unescape(page)
    assert "csrfmiddlewaretoken" not in page

    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, policy_index.url + FILTERS, "chu.xuong@example.vn")
    assert response.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.filters == {"sector": ["thu-cong-my-nghe"], "province": ["thanh-hoa"]}
    assert subscription.language == "vi" and not subscription.confirmed
    [confirmation] = smtp.to("chu.xuong@example.vn")
    confirm_url = next(u for u in links_in(confirmation) if "/thong-bao/xac-nhan/" in u)
    assert confirm_url.startswith(site_origin)

    # Nothing is sent before confirmation.
    smtp.clear()
    publish_policy(
        policy_index,
        "Quyết định hỗ trợ làng nghề",
        ["thu-cong-my-nghe"],
        ["thanh-hoa"],
        django_capture_on_commit_callbacks,
    )
    assert smtp.to("chu.xuong@example.vn") == []

    path = confirm_url.removeprefix(site_origin)
    assert client.get(path).status_code == 200
    assert not Subscription.objects.get().confirmed  # a GET changes nothing
    response = client.post(path)
    assert response.status_code == 303
    assert Subscription.objects.get().confirmed

    publish_policy(
        policy_index,
        "Quyết định hỗ trợ mây tre đan Thanh Hóa",
        ["thu-cong-my-nghe"],
        ["thanh-hoa"],
        django_capture_on_commit_callbacks,
    )
    [alert] = smtp.to("chu.xuong@example.vn")
    assert "Quyết định hỗ trợ mây tre đan Thanh Hóa" in alert["Subject"]
    assert alert.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alert.iter_parts()] == ["text/plain", "text/html"]
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = alert["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe_url.startswith(site_origin + "/thong-bao/huy/")
    html_part = alert.get_body(preferencelist=("html",)).get_content()
    assert unsubscribe_url in html.unescape(html_part)
    assert all(u.startswith(site_origin) for u in links_in(alert))

    # A non-matching publish (another sector, another province) sends nothing.
    smtp.clear()
    publish_policy(
        policy_index,
        "Quyết định về chế biến nông sản Hà Nội",
        ["che-bien-nong-lam-thuy-san"],
        ["ha-noi"],
        django_capture_on_commit_callbacks,
    )
    assert smtp.to("chu.xuong@example.vn") == []

    # One click (RFC 8058): a POST with the body mail providers send.
    response = client.post(
        unsubscribe_url.removeprefix(site_origin),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()
    publish_policy(
        policy_index,
        "Quyết định hỗ trợ gốm Thanh Hóa",
        ["thu-cong-my-nghe"],
        ["thanh-hoa"],
        django_capture_on_commit_callbacks,
    )
    assert smtp.to("chu.xuong@example.vn") == []


def test_republish_and_no_alert_publish_send_nothing(
    smtp, policy_index, django_capture_on_commit_callbacks
):
    from alerts import signals

    Subscription.objects.create(
        email="a@example.vn",
        kind="policies",
        language="vi",
        filters={},
        description="Mọi văn bản",
        confirmed_at="2026-01-01T00:00:00Z",
    )
    page = publish_policy(policy_index, "Văn bản A", [], [], django_capture_on_commit_callbacks)
    assert len(smtp.to("a@example.vn")) == 1
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Văn bản A (sửa lỗi chính tả)"
        page.save_revision().publish()
    assert len(smtp.to("a@example.vn")) == 1
    signals.suppress_next()
    quiet = publish_policy(policy_index, "Văn bản B", [], [], django_capture_on_commit_callbacks)
    assert len(smtp.to("a@example.vn")) == 1
    assert AlertItem.objects.get(page=quiet).suppressed


def test_digest_collects_several_items(smtp, news_index, django_capture_on_commit_callbacks):
    category = NewsCategoryFactory(name="Đào tạo", slug="dao-tao")
    author = AuthorFactory()
    subscription = Subscription.objects.create(
        email="doc.gia@example.vn",
        kind="news",
        language="vi",
        filters={"category": ["dao-tao"]},
        description="Tin mới trong chuyên mục Đào tạo",
        frequency="ngay-tong-hop",
        confirmed_at="2026-01-01T00:00:00Z",
    )
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            article = NewsArticlePageFactory.build(
                title=f"Lớp tập huấn số {n}", category=category, author=author
            )
            news_index.add_child(instance=article)
            article.save_revision().publish()
        other = NewsArticlePageFactory.build(
            title="Tin khác chuyên mục", category=NewsCategoryFactory(), author=author
        )
        news_index.add_child(instance=other)
        other.save_revision().publish()
    assert smtp.to("doc.gia@example.vn") == []  # a digest waits for its day
    assert Delivery.objects.filter(subscription=subscription, digest=True).count() == 3
    assert sending.send_digests() == 1
    [digest] = smtp.to("doc.gia@example.vn")
    text = digest.get_body(preferencelist=("plain",)).get_content()
    assert all(f"Lớp tập huấn số {n}" in text for n in range(3))
    assert "Tin khác chuyên mục" not in text
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert sending.send_digests() == 0  # sent, and not due again before a day


def test_flood_is_refused_and_stores_nothing(client, policy_index, settings):
    settings.KCQG_RATE_LIMITS = {"default": (5, 600), "alerts": (3, 600)}
    page = client.get(policy_index.url).content.decode()
    action, fields = form_fields(page)
    codes = []
    for n in range(10):
        response = client.post(
            action,
            {**fields, "email": f"bot{n}@example.vn", "frequency": "ngay", "website_url": "x"},
        )
        codes.append(response.status_code)
    assert codes[3:] == [429] * 7
    assert codes[:3] == [400] * 3  # the honeypot
    assert not Subscription.objects.exists()
    assert django_mail.outbox == []


def test_same_answer_whether_subscribed_or_not(client, policy_index):
    first = subscribe(client, policy_index.url, "ai.do@example.vn")
    Subscription.objects.update(confirmed_at="2026-01-01T00:00:00Z")
    second = subscribe(client, policy_index.url, "ai.do@example.vn")
    strip = lambda r: re.sub(r'name="form_ts" value="[^"]*"', "", r.content.decode())  # noqa: E731
    assert first.status_code == second.status_code == 200
    assert strip(first) == strip(second)
    assert Subscription.objects.count() == 1


def test_unconfirmed_subscriptions_expire(db, settings):
    import datetime as dt

    from django.utils import timezone

    settings.KCQG_ALERTS_CONFIRM_MAX_AGE = 3600
    old = Subscription.objects.create(
        email="cu@example.vn", kind="news", language="vi", description="x"
    )
    Subscription.objects.filter(pk=old.pk).update(
        consented_at=timezone.now() - dt.timedelta(hours=2)
    )
    fresh = Subscription.objects.create(
        email="moi@example.vn", kind="news", language="vi", description="x"
    )
    kept = Subscription.objects.create(
        email="da@example.vn",
        kind="news",
        language="vi",
        description="x",
        confirmed_at=timezone.now(),
    )
    Subscription.objects.filter(pk=kept.pk).update(
        consented_at=timezone.now() - dt.timedelta(days=9)
    )
    assert sending.expire_unconfirmed() == 1
    assert set(Subscription.objects.values_list("pk", flat=True)) == {fresh.pk, kept.pk}


def test_guide_answers_become_the_subscription(client, policy_index):
    """The guide's kind of establishment, province, sector and needs are the finder's
    filters of the same meaning; the alert is described in those words."""
    guide = (
        policy_index.url
        + "toi-duoc-ho-tro-gi/?kind=hop-tac-xa&size=nho&province=thanh-hoa"
        + "&sector=thu-cong-my-nghe"
    )
    page = html.unescape(client.get(guide).content.decode())
    assert "Văn bản mới về Thủ công mỹ nghệ, tại Thanh Hóa, cho Hợp tác xã" in page
    response = subscribe(client, guide, "htx.thanhhoa@example.vn")
    assert response.status_code == 200
    assert Subscription.objects.get().filters == {
        "sector": ["thu-cong-my-nghe"],
        "province": ["thanh-hoa"],
        "beneficiary": ["hop-tac-xa"],
    }
