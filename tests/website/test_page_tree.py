"""Page-tree rules: one home page per language, at the root only."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from website.models import HomePage


class TestHomePageRules(WagtailPageTestCase):
    def test_home_page_only_under_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_cannot_create_second_home_in_same_language(self):
        root = Page.get_first_root_node()
        self.assertCanCreateAt(Page, HomePage)  # the type is allowed at the root…
        home = HomePage.objects.get()
        self.assertFalse(HomePage.can_create_at(root))  # …but Vietnamese has its home
        self.assertCanNotCreateAt(HomePage, HomePage)
        assert home.locale.language_code == "vi"


@pytest.mark.django_db
def test_home_can_be_created_for_a_language_without_one(locale_en, home):
    english_root = Page.get_first_root_node()
    english_root.locale = locale_en  # a parent in English: no English home yet
    assert HomePage.can_create_at(english_root)


@pytest.mark.django_db
def test_page_slug_from_vietnamese_title_is_ascii(home):
    child = HomePage(title="Đề án khuyến công Đắk Lắk")
    child.full_clean(exclude=["path", "depth", "translation_key", "locale"])
    assert child.slug == "de-an-khuyen-cong-dak-lak"
