"""wagtail-localize under the site's rules (issue 19.1, 19.7, 27.2).

- Submitting a page for translation never rewrites an English snippet that exists
  already (the taxonomy of the migrations, categories, authors, issuing bodies).
- Publishing a translation is publishing: an editor prepares and sends for review, only
  a moderator makes it live, and nothing goes live while its Vietnamese source is not.
- An English page with untranslated segments goes live only after a confirmation that
  lists them; the slug follows the translated title.
"""

import datetime as dt
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.factories import NewsArticlePageFactory
from news.models import Author, NewsArticlePage, NewsCategory, NewsIndexPage
from policies.factories import PolicyIndexPageFactory, make_policy
from policies.models import IssuingBody
from policies.scope import set_scope
from showcase.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ProductGalleryPageFactory,
    ProductPageFactory,
)
from website.models import Province, Region, Sector, SupportType

SNIPPETS = [Region, Province, Sector, SupportType, NewsCategory, Author, IssuingBody]

ENGLISH = {
    "Tập huấn kỹ năng quản trị cho cơ sở công nghiệp nông thôn": (
        "Management skills training for rural industrial businesses"
    ),
}


def english(text):
    return ENGLISH.get(text, f"EN {text}")


def vi(model, slug):
    return model.objects.get(slug=slug, locale__language_code="vi")


def snapshot():
    """Every field of every English snippet, as stored."""
    return {
        model.__name__: list(
            model.objects.filter(locale__language_code="en").order_by("pk").values()
        )
        for model in SNIPPETS
    }


@pytest.fixture
def client(client, django_capture_on_commit_callbacks):
    """The admin client, with wagtail-localize's publish-on-commit run at the end of each
    request as on a real server (the test transaction never commits)."""

    class Client:
        def __getattr__(self, name):
            attribute = getattr(client, name)
            if name not in ("get", "post", "put"):
                return attribute

            def call(*args, **kwargs):
                with django_capture_on_commit_callbacks(execute=True):
                    return attribute(*args, **kwargs)

            return call

    return Client()


@pytest.fixture
def category(locale_vi, locale_en):
    """The demo's way: a Vietnamese category and its English version made by hand."""
    category = NewsCategory.objects.create(
        name="Đào tạo, tập huấn", slug="dao-tao-tap-huan", locale=locale_vi, sort_order=3
    )
    english_category = category.copy_for_translation(locale_en)
    english_category.name, english_category.slug = "Training", "training"
    english_category.save()
    return category


@pytest.fixture
def author(locale_vi, locale_en):
    author = Author.objects.create(
        name="Ngô Quang Trung", role="Phó Cục trưởng Cục Công Thương địa phương", locale=locale_vi
    )
    english_author = author.copy_for_translation(locale_en)
    english_author.name = "Ngo Quang Trung"
    english_author.role = "Deputy Director General, Agency for Regional Industry and Trade"
    english_author.save()
    return author


def section(home, locale_en, page, english_title, english_slug):
    """``page`` published under the home page, and its English copy published."""
    page.live = False
    home.add_child(instance=page)
    page.save_revision().publish()
    copy = page.copy_for_translation(locale_en).specific
    copy.title, copy.slug = english_title, english_slug
    copy.save_revision().publish()
    return page


def published(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def pages(home, home_en, locale_en, category, author):
    """A page of every type that links taxonomy, with its section in both languages."""
    news, showcase, gallery, policies = (
        section(home, locale_en, page, title, slug)
        for page, title, slug in [
            (NewsIndexPage(title="Tin tức", slug="tin-tuc"), "News", "news"),
            (
                CaseStudyIndexPageFactory.build(title="Mô hình trình diễn", slug="mo-hinh"),
                "Demonstration models",
                "demonstration-models",
            ),
            (
                ProductGalleryPageFactory.build(title="Sản phẩm tiêu biểu", slug="san-pham"),
                "Standout products",
                "products",
            ),
            (
                PolicyIndexPageFactory.build(title="Chính sách hỗ trợ", slug="chinh-sach"),
                "Support policies",
                "policies",
            ),
        ]
    )
    body = "<p>Lớp tập huấn kéo dài ba ngày.</p><p>Học viên được cấp chứng nhận.</p>"
    article = NewsArticlePageFactory.build(
        title="Tập huấn kỹ năng quản trị cho cơ sở công nghiệp nông thôn",
        slug="tap-huan-ky-nang-quan-tri",
        lead="Hơn 60 học viên ở Thanh Hóa tham dự lớp tập huấn.",
        category=category,
        author=author,
        publish_date=dt.datetime(2019, 5, 20, 8, 0, tzinfo=dt.UTC),
        hero_caption="Học viên thực hành tại lớp tập huấn",
        body=[("paragraph", RichText(body))],
    )
    case_study = CaseStudyPageFactory.build(
        title="Máy dệt chiếu cói ở Nga Sơn",
        slug="may-det-chieu-coi",
        province=vi(Province, "thanh-hoa"),
        sector=vi(Sector, "thu-cong-my-nghe"),
    )
    product = ProductPageFactory.build(
        title="Chiếu cói Nga Sơn",
        slug="chieu-coi-nga-son",
        producer_province=vi(Province, "thanh-hoa"),
    )
    for parent, page in ((news, article), (showcase, case_study), (gallery, product)):
        published(parent, page)
    case_study.support_types = [vi(SupportType, "mo-hinh-trinh-dien")]
    case_study.save_revision().publish()
    policy = make_policy(
        policies,
        title="Nghị định về khuyến công",
        slug="nghi-dinh-khuyen-cong",
        issuing_body=vi(IssuingBody, "chinh-phu"),
    )
    set_scope(policy, sectors=["thu-cong-my-nghe"], regions=["bac-trung-bo-duyen-hai-mien-trung"])
    policy.save_revision().publish()
    return [article, case_study, product, policy]


def submit_in_english(client, page, locale_en):
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale_en.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale_en)


def translate_every_segment(client, translation):
    """Type an English text into every segment that has none yet."""
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string")
    )
    for segment in segments:
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": english(segment.string.data)}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def edit_url(translation):
    return f"/admin/pages/{translation.get_target_instance().pk}/edit/"


@pytest.mark.django_db
def test_translating_pages_keeps_every_english_snippet_byte_identical(
    client, pages, editor, moderator, locale_en
):
    before = snapshot()
    assert before["NewsCategory"][0]["name"] == "Training"
    assert {"Thanh Hoa", "Handicrafts"} <= {row["name"] for rows in before.values() for row in rows}
    client.force_login(editor)
    translations = [submit_in_english(client, page, locale_en) for page in pages]
    assert snapshot() == before
    # A second page that links the same snippets, and a resubmission of a snippet.
    client.post(
        f"/admin/localize/submit/snippet/news/newscategory/{pages[0].category_id}/",
        {"locales": [locale_en.pk]},
    )
    assert snapshot() == before
    # The English category is now known to wagtail-localize, with its English name.
    category_translation = Translation.objects.get(
        source__object_id=pages[0].category.translation_key, target_locale=locale_en
    )
    assert StringTranslation.objects.filter(
        context__object_id=pages[0].category.translation_key, locale=locale_en, data="Training"
    ).exists()

    # Translate every segment as the editor, publish as a moderator.
    for translation in translations:
        translate_every_segment(client, translation)
    client.force_login(moderator)
    for translation in translations:
        response = client.post(edit_url(translation), {"action": "publish"})
        assert response.status_code == 302
        assert translation.get_target_instance().live
    # Syncing the snippets themselves, with "publish immediately", rewrites nothing either.
    for snippet_translation in Translation.objects.filter(target_locale=locale_en):
        if snippet_translation.source.specific_content_type.model_class() in SNIPPETS:
            client.post(
                f"/admin/localize/update/{snippet_translation.source_id}/",
                {"publish_translations": "on"},
            )
    assert snapshot() == before
    assert category_translation.enabled
    client.get("/admin/")  # read the admin's messages here, not on the English pages

    article_en = NewsArticlePage.objects.get(pk=translations[0].get_target_instance().pk)
    html = client.get(article_en.url).content.decode()
    assert "Management skills training for rural industrial businesses" in html
    assert "Training" in html and "Đào tạo, tập huấn" not in html
    assert "Ngo Quang Trung" in html and "Ngô Quang Trung" not in html
    case_html = client.get(translations[1].get_target_instance().url).content.decode()
    assert "Thanh Hoa" in case_html and "Thanh Hóa" not in case_html
    assert "Handicrafts" in case_html and "Thủ công mỹ nghệ" not in case_html
    # The kinds of support (a many-to-many field wagtail-localize copies as it is: the
    # English page holds the Vietnamese row) read in English too.
    assert "Technical demonstration models" in case_html
    assert "Xây dựng mô hình trình diễn kỹ thuật" not in case_html
    assert client.get("/en/news/category/training/").status_code == 200
    product_html = client.get(translations[2].get_target_instance().url).content.decode()
    assert "Thanh Hoa" in product_html and "Thanh Hóa" not in product_html
    policy_html = client.get(translations[3].get_target_instance().url).content.decode()
    assert "Government" in policy_html and "Chính phủ" not in policy_html


@pytest.mark.django_db
def test_repair_translations_restores_names_the_migrations_know(locale_en, capsys):
    thanh_hoa = Province.objects.get(slug="thanh-hoa", locale=locale_en)
    handicrafts = Sector.objects.get(slug="thu-cong-my-nghe", locale=locale_en)
    government = IssuingBody.objects.get(slug="chinh-phu", locale=locale_en)
    # What the old submission did: the Vietnamese text over the English one.
    for obj, name in ((thanh_hoa, "Thanh Hóa"), (handicrafts, "Thủ công mỹ nghệ")):
        obj.name = name
        obj.save()
    government.name = "Chính phủ"
    government.save()
    # An English name an administrator changed on purpose stays.
    delta = Region.objects.get(slug="dong-bang-song-hong", locale=locale_en)
    delta.name = "Red River Delta region"
    delta.save()

    call_command("repair_translations", "--dry-run")
    thanh_hoa.refresh_from_db()
    assert thanh_hoa.name == "Thanh Hóa"

    call_command("repair_translations")
    output = capsys.readouterr().out
    for obj, name in (
        (thanh_hoa, "Thanh Hoa"),
        (handicrafts, "Handicrafts"),
        (government, "Government"),
        (delta, "Red River Delta region"),
    ):
        obj.refresh_from_db()
        assert obj.name == name
    assert "«Thanh Hóa» → «Thanh Hoa»" in output
    assert "Đã khôi phục 3 trường" in output
    call_command("repair_translations")
    assert "Đã khôi phục 0 trường" in capsys.readouterr().out


@pytest.mark.django_db
def test_repair_teaches_the_memory_so_a_later_sync_keeps_the_english_name(
    client, pages, editor, locale_en, capsys
):
    """A category damaged before the fix (its Translation exists, no memory): the
    command restores what it knows and keeps it through the next sync."""
    category = pages[0].category
    category_en = category.get_translation(locale_en)
    client.force_login(editor)
    submit_in_english(client, pages[0], locale_en)
    # Damage as before the fix, then an administrator types the English name again.
    category_en.name = "Đào tạo, tập huấn"
    category_en.save()
    call_command("repair_translations")
    assert "Cần sửa tay: chuyên mục tin" in capsys.readouterr().out
    category_en.name = "Training"
    category_en.save()
    call_command("repair_translations")
    translation = Translation.objects.get(
        source__object_id=category.translation_key, target_locale=locale_en
    )
    translation.save_target(publish=True)
    category_en.refresh_from_db()
    assert category_en.name == "Training"


# 27.2: publishing goes through review -----------------------------------------------


def editors_sync_with_publish(client, page, editor, locale_en):
    """The attack run's steps: submit, translate one segment, sync with publish."""
    client.force_login(editor)
    translation = submit_in_english(client, page, locale_en)
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        urlencode({"value": "Text by the editor"}),
        content_type="application/x-www-form-urlencoded",
    )
    response = client.post(
        f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"}
    )
    return translation, response


@pytest.mark.django_db
def test_an_editor_cannot_publish_a_translation_by_syncing(client, pages, editor, locale_en):
    translation, response = editors_sync_with_publish(client, pages[0], editor, locale_en)
    assert response.status_code == 302
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    assert not target.live
    assert client.get(target.url or "/en/news/text-by-the-editor/").status_code == 404
    assert not PageLogEntry.objects.filter(action="wagtail.publish", user=editor).exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("không có quyền xuất bản" in m for m in messages)
    # The editor's text is kept as a draft for review.
    assert target.get_latest_revision_as_object().title == "Text by the editor"


@pytest.mark.django_db
def test_an_editor_cannot_publish_from_the_translation_editor(client, pages, editor, locale_en):
    client.force_login(editor)
    translation = submit_in_english(client, pages[1], locale_en)
    translate_every_segment(client, translation)
    response = client.post(edit_url(translation), {"action": "publish"})
    assert response.status_code == 302
    assert not translation.get_target_instance().live
    assert not PageLogEntry.objects.filter(action="wagtail.publish", user=editor).exists()
    assert any("không có quyền xuất bản" in str(m) for m in response.wsgi_request._messages)


@pytest.mark.django_db
def test_an_editor_sends_a_translation_for_review_and_a_moderator_publishes_it(
    client, pages, editor, moderator, locale_en
):
    client.force_login(editor)
    translation = submit_in_english(client, pages[0], locale_en)
    editor_page = client.get(edit_url(translation)).content.decode()
    assert "Lưu nháp và gửi duyệt" in editor_page
    translate_every_segment(client, translation)
    response = client.post(edit_url(translation), {"action": "kcqg-submit"})
    assert response.status_code == 302
    target = translation.get_target_instance()
    state = WorkflowState.objects.get(object_id=str(target.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    assert not target.live

    client.force_login(moderator)
    assert "Lưu nháp và gửi duyệt" not in client.get(edit_url(translation)).content.decode()
    response = client.post(
        f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"}
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live
    assert PageLogEntry.objects.filter(action="wagtail.publish", page=target).exists()
    assert "Management skills training" in client.get(target.url).content.decode()


@pytest.mark.django_db
def test_syncing_never_publishes_a_translation_of_a_vietnamese_draft(
    client, pages, moderator, locale_en
):
    """A Vietnamese case study saved as a draft and never reviewed: its translation is
    prepared, but neither a sync with "publish immediately" nor the translation editor
    makes it live, even for a moderator."""
    draft = CaseStudyPageFactory.build(title="Lò sấy chè chưa duyệt", slug="lo-say-che")
    draft.live = False
    pages[1].get_parent().add_child(instance=draft)
    draft.save_revision()
    client.force_login(moderator)
    translation = submit_in_english(client, draft, locale_en)
    translate_every_segment(client, translation)
    response = client.post(
        f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"}
    )
    assert response.status_code == 302
    assert not translation.get_target_instance().live
    assert any("chưa được xuất bản" in str(m) for m in response.wsgi_request._messages)
    response = client.post(edit_url(translation), {"action": "publish"})
    assert not translation.get_target_instance().live
    assert not PageLogEntry.objects.filter(
        action="wagtail.publish", page=translation.get_target_instance()
    ).exists()


@pytest.mark.django_db
def test_an_editor_cannot_turn_a_translation_into_a_live_alias(client, pages, editor, locale_en):
    """ "Convert to alias" would put the live Vietnamese text on the English page at once."""
    client.force_login(editor)
    translation = submit_in_english(client, pages[0], locale_en)
    target = translation.get_target_instance()
    response = client.post(f"/admin/localize/page/{target.pk}/convert_to_alias/")
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.alias_of_id is None and not target.live
    assert any("quyền xuất bản" in str(m) for m in response.wsgi_request._messages)


@pytest.mark.django_db
def test_submitting_never_publishes_for_an_editor_even_when_localize_would(
    client, pages, editor, locale_en, settings
):
    """With wagtail-localize's "follow the source's live state" on, a submission by an
    editor still makes a draft."""
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
    client.force_login(editor)
    translation = submit_in_english(client, pages[2], locale_en)
    assert not translation.get_target_instance().live
    assert not PageLogEntry.objects.filter(action="wagtail.publish", user=editor).exists()


@pytest.mark.django_db
def test_an_editor_cannot_send_a_translation_of_an_unpublished_page_for_review(
    client, pages, editor, locale_en
):
    client.force_login(editor)
    translation = submit_in_english(client, pages[0], locale_en)
    translate_every_segment(client, translation)
    pages[0].unpublish()
    response = client.post(edit_url(translation), {"action": "kcqg-submit"})
    assert response.status_code == 302
    assert not WorkflowState.objects.filter(
        object_id=str(translation.get_target_instance().pk)
    ).exists()
    assert any("chưa được xuất bản" in str(m) for m in response.wsgi_request._messages)


# 19.7: no half-English page unannounced ----------------------------------------------


@pytest.mark.django_db
def test_publishing_with_untranslated_segments_needs_a_confirmation_naming_them(
    client, pages, moderator, locale_en
):
    client.force_login(moderator)
    translation = submit_in_english(client, pages[0], locale_en)
    url = edit_url(translation)
    total = StringSegment.objects.filter(source=translation.source).count()
    assert total >= 6  # title, slug, lead, caption, two paragraphs

    response = client.post(url, {"action": "publish"})
    html = response.content.decode()
    assert response.status_code == 200
    assert not translation.get_target_instance().live
    assert "chưa được dịch" in html
    for label in ("Sa pô", "Nội dung", "Đường dẫn (slug)"):
        assert label in html, label
    assert "Tập huấn kỹ năng quản trị cho cơ sở công nghiệp nông thôn" in html
    assert "Học viên được cấp chứng nhận." in html
    token = html.split('name="confirm_missing" value="')[1].split('"')[0]

    # A stale confirmation (one more segment translated since) asks again.
    first = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    StringTranslation.objects.create(
        translation_of=first.string,
        locale=locale_en,
        context=first.context,
        data=english(first.string.data),
        translation_type="manual",
    )
    response = client.post(url, {"action": "publish", "confirm_missing": token})
    assert response.status_code == 200
    assert not translation.get_target_instance().live

    token = response.content.decode().split('name="confirm_missing" value="')[1].split('"')[0]
    response = client.post(url, {"action": "publish", "confirm_missing": token}, follow=True)
    assert translation.get_target_instance().live
    page_html = response.content.decode()
    assert "vẫn hiện tiếng Việt" in page_html and "Sa pô" in page_html


@pytest.mark.django_db
def test_the_slug_follows_the_translated_title(client, pages, moderator, locale_en):
    client.force_login(moderator)
    translation = submit_in_english(client, pages[0], locale_en)
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        urlencode({"value": "Management skills training: Thanh Hóa, 2019"}),
        content_type="application/x-www-form-urlencoded",
    )
    slug = StringTranslation.objects.get(
        context__object_id=pages[0].translation_key, context__path="slug", locale=locale_en
    )
    assert slug.data == "management-skills-training-thanh-hoa-2019"
    # A slug the translator types is theirs; a later title does not change it.
    slug_segment = StringSegment.objects.get(source=translation.source, context__path="slug")
    client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{slug_segment.pk}/edit/",
        urlencode({"value": "skills-training-2019"}),
        content_type="application/x-www-form-urlencoded",
    )
    client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        urlencode({"value": "Skills training"}),
        content_type="application/x-www-form-urlencoded",
    )
    slug.refresh_from_db()
    assert slug.data == "skills-training-2019"
    translate_every_segment(client, translation)  # every other segment
    client.post(edit_url(translation), {"action": "publish"})
    target = translation.get_target_instance()
    assert target.live
    assert target.url == "/en/news/skills-training-2019/"
