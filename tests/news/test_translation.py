"""English translations with wagtail-localize: an article is translated through its
strings (the PO file external translators receive), published, and only then is it
on the English site; the English site never lists Vietnamese pages."""

import polib
import pytest
from django.contrib.auth import get_user_model
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from news.models import NewsArticlePage, NewsCategory

ENGLISH = {
    "Hội thảo máy sấy nông sản": "Workshop on farm-produce dryers",
}


def english(text):
    return ENGLISH.get(text, f"[en] {text}")


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("quantri", "qt@example.vn", "pw-admin-1")


def english_site(client):
    return (
        "\n".join(
            client.get(path).content.decode()
            for path in ("/en/news/", "/en/news/rss/", "/sitemap.xml")
        )
        + client.get("/en/search/", {"q": "dryers"}).content.decode()
    )


@pytest.mark.django_db
def test_translate_an_article_through_its_po_file(
    client, make_article, news_index_en, locale_en, admin_user, django_capture_on_commit_callbacks
):
    article = make_article("Hội thảo máy sấy nông sản", lead="Hội thảo về máy sấy bơm nhiệt.")
    assert "Workshop on farm-produce dryers" not in english_site(client)

    creator = TranslationCreator(admin_user, [locale_en])
    creator.create_translations(article)
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=locale_en
    )
    # The English copy exists as a draft with the Vietnamese text: not on the site.
    draft = article.get_translation(locale_en)
    assert not draft.live
    assert f"/en/news/{draft.slug}/" not in english_site(client)
    assert client.get(f"/en/news/{draft.slug}/").status_code == 404
    # The category followed the article into English (a related object).
    assert NewsCategory.objects.filter(
        translation_key=article.category.translation_key, locale=locale_en
    ).exists()

    po = translation.export_po()
    assert len(po) >= 2  # title, lead, …
    for entry in po:
        entry.msgstr = english(entry.msgid)
    translation.import_po(polib.pofile(str(po)), user=admin_user)
    with django_capture_on_commit_callbacks(execute=True):  # the revision publishes on commit
        translation.save_target(user=admin_user, publish=True)

    english_article = NewsArticlePage.objects.get(pk=draft.pk)
    assert english_article.live
    assert english_article.title == "Workshop on farm-produce dryers"
    assert english_article.lead == "[en] Hội thảo về máy sấy bơm nhiệt."
    # Synchronised fields are copied from the Vietnamese article.
    assert english_article.publish_date == article.publish_date
    assert english_article.category.locale == locale_en
    html = client.get("/en/news/").content.decode()
    assert "Workshop on farm-produce dryers" in html
    assert client.get(english_article.url).status_code == 200


@pytest.mark.django_db
def test_english_listings_never_contain_vietnamese_pages(client, make_article, news_index_en):
    make_article("Tin chỉ có tiếng Việt", slug="tin-chi-co-tieng-viet")
    for path in ("/en/news/", "/en/news/rss/", "/en/news/atom/"):
        html = client.get(path).content.decode()
        assert "Tin chỉ có tiếng Việt" not in html, path
        assert "tin-chi-co-tieng-viet" not in html, path
    assert "Tin chỉ có tiếng Việt" in client.get("/tin-tuc/").content.decode()
    search = client.get("/en/search/", {"q": "tieng viet"})
    assert "tin-chi-co-tieng-viet" not in search.content.decode()
    # The language switcher of a page without translation leads to the English home.
    page = client.get("/tin-tuc/tin-chi-co-tieng-viet/").content.decode()
    assert 'hreflang="en"' in page
