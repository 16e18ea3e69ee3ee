"""Photo stories and infographics as readers get them: every photo large with its own
caption and alt text in the page's language, previous/next anchors that work without
JavaScript; an infographic's text alternative, required and found by search."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from wagtail.rich_text import RichText

from demo.build import demo_image
from multimedia.models import InfographicPage, PhotoStoryPage, PhotoStoryPhoto
from website.search import search_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(section):
    page = PhotoStoryPage(title="Làng gốm", slug="lang-gom", summary="Một ngày ở làng gốm.")
    page.photos = [
        PhotoStoryPhoto(
            image=demo_image(f"Gốm {n}", seed=n, width=800, height=533),
            caption=f"Lời ảnh số {n + 1}",
            alt_text=f"Thợ gốm bên lò, ảnh {n + 1}",
            sort_order=n,
        )
        for n in range(3)
    ]
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_photo_story_shows_each_photo_with_caption_alt_and_anchors(client, story):
    html = client.get(story.url).content.decode()
    assert html.count('class="mm-story__slide"') == 3
    for n in (1, 2, 3):
        assert f'id="anh-{n}"' in html
        assert f"Lời ảnh số {n}" in html
        assert f'alt="Thợ gốm bên lò, ảnh {n}"' in html
    assert re.search(
        r'<div class="mm-story__track" tabindex="0" role="region" aria-label="[^"]+">', html
    )
    assert '<a href="#anh-2">Ảnh sau</a>' in html and '<a href="#anh-1">Ảnh trước</a>' in html
    assert "3 ảnh" in html


def test_photo_story_translation_has_its_own_captions(client, story, home_en, locale_en):
    section_en = story.get_parent().specific.copy_for_translation(locale_en)
    section_en.title, section_en.slug = "Video and photo", "video-photo"
    section_en.save_revision().publish()
    page_en = story.copy_for_translation(locale_en).specific
    page_en.title, page_en.slug = "Pottery village", "pottery-village"
    photos = list(page_en.photos.all())
    for n, photo in enumerate(photos):
        photo.caption, photo.alt_text = f"Caption {n + 1}", f"A potter by the kiln, photo {n + 1}"
    page_en.photos = photos
    page_en.save_revision().publish()
    html = client.get("/en/video-photo/pottery-village/").content.decode()
    assert 'alt="A potter by the kiln, photo 2"' in html and "Caption 3" in html
    assert "Lời ảnh" not in html
    assert "3 photos" in html and "Next photo" in html


def infographic(section, **fields):
    page = InfographicPage(
        title="Số liệu 2021–2025", slug="so-lieu", summary="Số mô hình mỗi năm.", **fields
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_infographic_needs_its_text_alternative(section, poster):
    page = InfographicPage(title="Thiếu chữ", slug="thieu-chu", summary="Tóm tắt.", image=poster)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "text_alternative" in error.value.message_dict


@override_settings(
    WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database"}}
)
def test_infographic_text_is_shown_and_searched(client, section, poster):
    page = infographic(
        section,
        image=poster,
        text_alternative=[
            ("paragraph", RichText("<p>Năm 2025 có 66 mô hình trình diễn được hỗ trợ.</p>"))
        ],
    )
    html = client.get(page.url).content.decode()
    assert 'aria-describedby="mm-infographic-text"' in html
    assert "Năm 2025 có 66 mô hình trình diễn được hỗ trợ." in html
    from wagtail.search.backends import get_search_backend

    get_search_backend().add(page)
    assert [
        p.pk for p in search_pages(InfographicPage.objects.live(), "66 mo hinh trinh dien")
    ] == [page.pk]


def test_index_lists_every_kind_with_its_badge(client, section, story, video_page, poster):
    infographic(
        section, image=poster, text_alternative=[("paragraph", RichText("<p>Số liệu.</p>"))]
    )
    html = client.get(section.url).content.decode()
    badges = re.findall(r'<span class="mm-card__badge">([^<]+)</span>', html)
    assert sorted(b.split(" · ")[0] for b in badges) == ["Infographic", "Phóng sự ảnh", "Video"]
