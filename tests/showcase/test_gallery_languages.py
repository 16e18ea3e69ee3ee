"""Gallery and product photos per language: the English page has its own rows, whose
caption and alt text wagtail-localize translates; the image is the Vietnamese row's."""

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from showcase.factories import CaseStudyImageFactory
from showcase.models import CaseStudyImage

from .conftest import make_case_study

pytestmark = pytest.mark.django_db


def translate(source, text, english, locale_en):
    segment = StringSegment.objects.get(source=source, string__data=text)
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locale_en, context=segment.context, data=english
    )


def test_english_rows_get_their_own_caption_and_alt_text(
    client, index, home_en, locale_en, django_capture_on_commit_callbacks
):
    page = make_case_study(index, title="Lò sấy chè", slug="lo-say-che")
    row = CaseStudyImageFactory(
        page=page,
        caption="Máy rang 30 kg/mẻ có đo nhiệt hạt",
        alt_text="Máy rang chè màu bạc",
        image__title="may-rang",
        image__description="Ảnh máy rang trong thư viện",
    )
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translate(source, "Máy rang 30 kg/mẻ có đo nhiệt hạt", "A 30 kg roaster", locale_en)
    translate(source, "Máy rang chè màu bạc", "A silver tea roaster", locale_en)
    with django_capture_on_commit_callbacks(execute=True):  # the translation is published
        english, _created = source.create_or_update_translation(
            locale_en, copy_parent_pages=True, fallback=True
        )

    (english_row,) = CaseStudyImage.objects.filter(page_id=english.pk)
    assert english_row.pk != row.pk
    assert english_row.locale_id == locale_en.pk
    assert english_row.translation_key == row.translation_key
    assert english_row.image_id == row.image_id
    assert (english_row.caption, english_row.alt_text) == (
        "A 30 kg roaster",
        "A silver tea roaster",
    )
    row.refresh_from_db()
    assert row.caption == "Máy rang 30 kg/mẻ có đo nhiệt hạt"

    html = client.get(english.url).content.decode()
    assert 'alt="A silver tea roaster"' in html
    assert "A 30 kg roaster" in html
    assert "Máy rang" not in html
    # A row without alt text: the Vietnamese page uses the library's description,
    # the English one its caption, never the Vietnamese description.
    CaseStudyImage.objects.filter(pk__in=[row.pk, english_row.pk]).update(alt_text="")
    assert 'alt="Ảnh máy rang trong thư viện"' in client.get(page.url).content.decode()
    assert 'alt="A 30 kg roaster"' in client.get(english.url).content.decode()
