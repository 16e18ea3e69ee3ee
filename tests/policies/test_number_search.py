"""A document number typed into the site search finds that document first."""

import pytest
from wagtail.models import Locale, Page

from policies.queries import pages_named_by_number
from website.search import search_pages


@pytest.mark.django_db
def test_number_matcher_folds_and_accepts_prefixes():
    from policies.factories import PolicyPageFactory  # noqa: F401 - skip if missing

    assert pages_named_by_number("khuyến công") == []
    assert pages_named_by_number("") == []


@pytest.mark.django_db
def test_site_search_puts_the_named_document_first(client):
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    vi = Locale.objects.get(language_code="vi")
    for query in ("45/2012/NĐ-CP", "45/2012/nd-cp", "nghị định 45/2012", "45/2012"):
        first = search_pages(Page.objects.live().public(), query, locale=vi)[0]
        assert first.specific.document_number == "45/2012/NĐ-CP", query
    html = client.get("/tim-kiem/", {"q": "1288/qđ-ttg"}).content.decode()
    first_result = html.split('class="search-result__heading"', 1)[1][:400]
    assert "đến năm 2020" in first_result
