"""Factories for the policies app (tests and demo content)."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.models import Locale

from website.models import SupportType

from .models import (
    DocumentType,
    IssuingBody,
    PolicyAttachment,
    PolicyIndexPage,
    PolicyPage,
    PolicyRelation,
)
from .pdfgen import make_pdf
from .scope import set_scope


def _vi():
    return Locale.objects.get(language_code="vi")


class IssuingBodyFactory(DjangoModelFactory):
    class Meta:
        model = IssuingBody
        django_get_or_create = ("locale", "slug")

    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    slug = factory.Sequence(lambda n: f"co-quan-{n}")
    locale = factory.LazyFunction(_vi)


class PolicyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PolicyIndexPage

    title = "Chính sách hỗ trợ"
    slug = "chinh-sach"


class PolicyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PolicyPage

    title = factory.Sequence(lambda n: f"Văn bản số {n}")
    slug = factory.Sequence(lambda n: f"van-ban-{n}")
    document_number = factory.Sequence(lambda n: f"{n}/QĐ-TEST")
    document_type = DocumentType.DECISION
    issuing_body = factory.LazyFunction(
        lambda: IssuingBody.objects.get(slug="bo-cong-thuong", locale__language_code="vi")
    )
    issue_date = datetime.date(2020, 1, 1)
    summary = "<p>Tóm tắt văn bản.</p>"


def support_item(support_slug, what, max_amount=None, cost_share=None, note="", locale="vi"):
    """One ("item", value) entry for PolicyPage.support_items."""
    support_type = SupportType.objects.get(slug=support_slug, locale__language_code=locale)
    return (
        "item",
        {
            "support_type": support_type,
            "what": what,
            "max_amount": max_amount,
            "cost_share": cost_share,
            "level_note": note,
        },
    )


def make_policy(parent, *, items=(), scope=None, relations=(), live=True, **fields):
    """A PolicyPage under ``parent`` with support items, scope and relations, published.

    ``relations``: [(PolicyRelation.Kind, target page)].
    """
    page = PolicyPageFactory.build(support_items=list(items), **fields)
    page.live = False
    parent.add_child(instance=page)
    set_scope(page, **(scope or {}))
    for order, (kind, target) in enumerate(relations):
        page.relations.add(PolicyRelation(kind=kind, target=target, sort_order=order))
    page.save()
    if live:
        page.save_revision().publish()
    else:
        page.save_revision()
    page.refresh_from_db()
    return page


def make_document(title, data, filename):
    """A Wagtail document from bytes (its text is extracted on save)."""
    Document = get_document_model()
    document = Document(title=title)
    document.file.save(filename, ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def attach(page, document, title=""):
    page.attachments.add(PolicyAttachment(document=document, title=title))
    page.save()
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def pdf_bytes(lines, title="Văn bản"):
    """A small PDF with these lines of (Vietnamese) text."""
    buffer = io.BytesIO(make_pdf(lines, title=title))
    return buffer.getvalue()
