"""Publishing a page makes its image renditions, so no reader waits for them."""

import pytest
from wagtail.images import get_image_model

from demo.build import demo_image
from website.models import StandardPage


@pytest.mark.django_db
def test_publishing_renders_the_page_and_its_renditions(
    home, settings, django_capture_on_commit_callbacks
):
    settings.KCQG_WARM_ON_PUBLISH = True
    image = demo_image("Xưởng dệt thổ cẩm", width=900, height=600)
    Rendition = get_image_model().get_rendition_model()
    assert not Rendition.objects.filter(image=image).exists()
    page = StandardPage(
        title="Làng dệt thổ cẩm",
        intro="Giới thiệu làng nghề.",
        body=[
            (
                "image",
                {
                    "image": {"image": image, "decorative": False, "alt_text": "Khung dệt"},
                    "caption": "Khung dệt",
                    "credit": "",
                    "alignment": "full",
                },
            )
        ],
    )
    home.add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert Rendition.objects.filter(image=image).count() >= 3

    # Bulk loads suspend it.
    from website import renditions

    other = demo_image("Lò gốm", width=900, height=600)
    with renditions.suspended():
        quiet = StandardPage(
            title="Trang tạm",
            intro="x",
            body=[
                (
                    "image",
                    {
                        "image": {"image": other, "decorative": True, "alt_text": ""},
                        "caption": "",
                        "credit": "",
                        "alignment": "full",
                    },
                )
            ],
        )
        home.add_child(instance=quiet)
        with django_capture_on_commit_callbacks(execute=True):
            quiet.save_revision().publish()
    assert not Rendition.objects.filter(image=other).exists()


@pytest.mark.django_db
def test_attached_renditions_come_in_one_query_and_batched_at_the_end(
    django_assert_num_queries,
):
    from website.renditions import attach_renditions, batched

    Image = get_image_model()
    made = [demo_image(f"Ảnh {n}", width=900, height=600) for n in range(3)]
    for image in made:
        image.get_rendition("fill-240x160")
    fresh = [Image.objects.get(pk=image.pk) for image in made]

    with django_assert_num_queries(0):
        attach_renditions([None])  # nothing to fetch
    with django_assert_num_queries(1), batched():
        attach_renditions(fresh[:1])
        attach_renditions([None, *fresh[1:]])
        assert not any(hasattr(image, "prefetched_renditions") for image in fresh)
    with django_assert_num_queries(0):
        for image in fresh:
            rendition = image.get_rendition("fill-240x160")
            assert rendition.image is image
            assert rendition.image_id == image.pk
