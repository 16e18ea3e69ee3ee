"""Editor helpers: the content checker, alt text on content images."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.admin.userbar import ContentCheckerItem, apply_userbar_hooks

from demo.build import demo_image
from website.blocks import CaptionedImageBlock
from website.wagtail_hooks import ContentChecker


@pytest.fixture
def image(db):
    return demo_image("Xưởng cơ khí", width=400, height=300, description="")


def captioned(image, **image_fields):
    block = CaptionedImageBlock()
    return block, block.to_python(
        {
            "image": {"image": image.pk, **image_fields},
            "caption": "Xưởng cơ khí ở Hưng Yên",
            "credit": "",
            "alignment": "full",
        }
    )


@pytest.mark.django_db
def test_captioned_image_needs_alt_text_unless_decorative(image):
    block, value = captioned(image, decorative=False, alt_text="")
    with pytest.raises(ValidationError):
        block.clean(value)
    block, value = captioned(image, decorative=True, alt_text="")
    block.clean(value)
    block, value = captioned(image, decorative=False, alt_text="Thợ vận hành máy cắt CNC")
    html = block.render(block.clean(value))
    assert 'alt="Thợ vận hành máy cắt CNC"' in html
    assert "Xưởng cơ khí ở Hưng Yên" in html


def test_content_checker_includes_alt_text_and_contrast_rules(rf):
    items = [ContentCheckerItem(in_editor=True)]
    apply_userbar_hooks(rf.get("/"), items, None)
    assert isinstance(items[0], ContentChecker)
    assert items[0].in_editor
    assert {"image-alt", "color-contrast", "alt-text-quality"} <= set(items[0].axe_run_only)
