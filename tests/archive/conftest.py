"""Fixtures of the archive import: the news indexes, saved pages in a scratch folder."""

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image as PILImage

from tests.news.conftest import news_index, news_index_en  # noqa: F401 - fixtures

FIXTURES = Path(__file__).parent / "fixtures"
LEGACY_SAMPLE = FIXTURES / "khuyen-cong-2019-2020.txt"


def jpeg(colour=(30, 90, 160), size=(640, 400)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


@pytest.fixture
def saved(tmp_path):
    """saved(name, text=None, images={}) -> path: a saved page (and its _files folder)
    in a scratch folder; the legacy sample when no text is given."""

    def make(name="khuyen-cong-2019-2020.txt", text=None, images=None, data=None):
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is not None:
            path.write_bytes(data)
        elif text is None:
            shutil.copy(LEGACY_SAMPLE, path)
        else:
            path.write_text(text, encoding="utf-8")
        if images:
            folder = path.with_name(f"{path.stem}_files")
            folder.mkdir(exist_ok=True)
            for file_name, content in images.items():
                (folder / file_name).write_bytes(content)
        return path

    return make


def news_article(index, title, slug, **fields):
    """An article (a draft unless ``live``) added under ``index``, in a category of the
    index's language."""
    from news.factories import NewsArticlePageFactory, NewsCategoryFactory

    page = NewsArticlePageFactory.build(
        title=title,
        slug=slug,
        category=NewsCategoryFactory(locale=index.locale),
        author=None,
        **fields,
    )
    index.add_child(instance=page)
    return page
