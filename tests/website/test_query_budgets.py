"""SQL queries per page type with the page cache cold (at most 12 for an article,
15 for a listing or index page, 13 for the home page).

The demo content is loaded (every page type, images, tags, comments, policies);
each page is asked for once to warm what a running site has warm (imports,
renditions, the shared chrome caches: menu, language links, settings), then the
page is rendered again without the page cache and its queries are counted.
More content must not mean more queries: the counts are taken again after 40
more articles and must not change.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from multimedia.models import AudioPage, InfographicPage, PhotoStoryPage, VideoPage
from news.models import NewsArticlePage
from policies.models import PolicyPage
from showcase.models import CaseStudyPage, ProductPage

# The budgets: article 12, listing and index pages 15, home 13 (what a page may cost
# with the page cache cold; the home page took 17 until its cards' renditions came in
# one query and a site without private pages stopped asking for each page's view
# restrictions). The case study and policy pages had no budget of their own; theirs are
# what they took when they were measured (gallery, related products and news,
# documents and relations), so they cannot grow.
BUDGETS = {
    "home": 13,
    "home (en)": 13,
    "news index": 15,
    "category": 15,
    "tag": 15,
    "article": 12,
    "article (en)": 12,
    "case-study index": 15,
    "case study": 29,
    "product gallery": 15,
    "product": 15,
    "policy finder": 15,
    "policy finder, filtered": 15,
    "policy": 22,
    "multimedia index": 15,
    "video": 12,
    "video (en)": 12,
    "video, YouTube": 12,
    "audio": 12,
    "photo story": 12,
    "photo story (en)": 12,
    "infographic": 12,
}


def _first(model, language):
    return model.objects.live().filter(locale__language_code=language).first()


def _urls():
    article = NewsArticlePage.objects.live().filter(locale__language_code="vi").last()
    article_en = NewsArticlePage.objects.live().filter(locale__language_code="en").last()
    tag = article.tag_list[0]
    index = article.parent_index
    case_study = CaseStudyPage.objects.live().filter(locale__language_code="vi").last()
    product = ProductPage.objects.live().filter(locale__language_code="vi").last()
    policy = PolicyPage.objects.live().filter(locale__language_code="vi").last()
    finder = policy.get_parent()
    video = VideoPage.objects.live().filter(locale__language_code="vi", video__isnull=False).first()
    video_en = (
        VideoPage.objects.live().filter(locale__language_code="en", video__isnull=False).first()
    )
    youtube = (
        VideoPage.objects.live().filter(locale__language_code="vi", video__isnull=True).first()
    )
    return {
        "home": "/",
        "home (en)": "/en/",
        "news index": index.url,
        "category": index.category_url(article.category),
        "tag": index.tag_url(tag),
        "article": article.url,
        "article (en)": article_en.url,
        "case-study index": case_study.get_parent().url,
        "case study": case_study.url,
        "product gallery": product.get_parent().url,
        "product": product.url,
        "policy finder": finder.url,
        "policy finder, filtered": finder.url + "?support=may-moc-thiet-bi&status=con-hieu-luc",
        "policy": policy.url,
        "multimedia index": video.get_parent().url,
        "video": video.url,
        "video (en)": video_en.url,
        "video, YouTube": youtube.url,
        "audio": _first(AudioPage, "vi").url,
        "photo story": _first(PhotoStoryPage, "vi").url,
        "photo story (en)": _first(PhotoStoryPage, "en").url,
        "infographic": _first(InfographicPage, "vi").url,
    }


def _counts(client, urls):
    counts = {}
    for label, url in urls.items():
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[label] = len(queries)
    return counts


@pytest.mark.django_db
def test_each_page_type_stays_within_its_query_budget(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("load_demo_content", "--articles", "40", verbosity=0)
    urls = _urls()
    # The filters are the finder's own (a wrong one is ignored, with a notice).
    filtered = client.get(urls["policy finder, filtered"]).content.decode()
    assert "notice--warning" not in filtered
    assert 'name="support" value="may-moc-thiet-bi" checked' in filtered
    few = _counts(client, urls)
    over = {label: (n, BUDGETS[label]) for label, n in few.items() if n > BUDGETS[label]}
    assert not over, over
    call_command("load_demo_content", "--articles", "80", verbosity=0)
    many = _counts(client, _urls())
    assert many == few
