"""Load the demo policies: the finder's library of legal documents, in vi and en.

The documents are plain data in ``demo/data/policies.py``. Idempotent: pages are found
by slug, issuing bodies by slug, files by title, before anything is created.
"""

import datetime
import uuid

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.build import child_of, ensure_section, publish
from demo.data.policies import (
    DEMO_NOTE,
    DEMO_NOTE_EN,
    DOCUMENTS,
    HOW_TO_APPLY,
    ISSUERS,
    POLICY_INDEX,
)
from policies.models import (
    IssuingBody,
    PolicyAttachment,
    PolicyIndexPage,
    PolicyPage,
    PolicyRelation,
)
from policies.pdfgen import make_pdf
from policies.scope import set_scope
from website.models import StandardPage, SupportType

NAMESPACE = uuid.UUID("0f6c5a52-8d1e-4b8e-9a57-2b7a0c1d9e31")


def _issuers(ctx):
    """Provincial issuing bodies of the demo, in vi and en."""
    for order, (slug, name_vi, name_en, level) in enumerate(ISSUERS, start=20):
        key = uuid.uuid5(NAMESPACE, f"issuer:{slug}")
        for code, name in (("vi", name_vi), ("en", name_en)):
            IssuingBody.objects.get_or_create(
                translation_key=key,
                locale=ctx.locales[code],
                defaults={"name": name, "slug": slug, "level": level, "sort_order": order},
            )


def _date(iso):
    return datetime.date.fromisoformat(iso) if iso else None


def _issuer(slug, language):
    return IssuingBody.objects.get(slug=slug, locale__language_code=language)


def _stream(items, language, texts=None):
    types = {s.slug: s for s in SupportType.objects.filter(locale__language_code=language)}
    stream = []
    for n, spec in enumerate(items):
        note = spec.get("note", DEMO_NOTE)
        stream.append(
            (
                "item",
                {
                    "support_type": types[spec["support"]],
                    "what": texts[n] if texts else spec["what"],
                    "max_amount": spec.get("max"),
                    "cost_share": spec.get("share"),
                    "level_note": (DEMO_NOTE_EN if note else "") if language == "en" else note,
                },
            )
        )
    return stream


def _document(title, filename, lines):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(title=title)
    document.file.save(filename, ContentFile(make_pdf(lines, title=lines[0])), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def _how_to_apply(ctx, language):
    """The guide's closing "how to apply" text, linking the site's Questions and Contact
    pages (demo/loaders/site.py) in ``language``."""
    texts = HOW_TO_APPLY[language]
    links = {}
    for key, slug in (("faq", "hoi-dap"), ("contact", "lien-he")):
        page = child_of(ctx.homes["vi"], StandardPage, slug)
        if page is not None and language != "vi":
            page = page.get_translation_or_none(ctx.locales[language])
        if page is None:
            links[key] = texts[key]
        else:
            links[key] = f'<a linktype="page" id="{page.pk}">{texts[key]}</a>'
    return texts["text"].format(**links)


def _index(ctx):
    vi = {name: value for name, value in POLICY_INDEX.items() if name != "en"}
    vi["guide_apply"] = _how_to_apply(ctx, "vi")
    en = dict(POLICY_INDEX["en"], guide_apply=_how_to_apply(ctx, "en"))
    index, index_en = ensure_section(ctx, PolicyIndexPage, vi, en)
    return index, index_en.specific


def _create(index, spec, language, pages, user):
    english = spec.get("en") if language == "en" else None
    page = PolicyPage(
        title=english["title"] if english else spec["title"],
        slug=english["slug"] if english else spec["slug"],
        document_number=(english or spec)["number"],
        document_type=spec["type"],
        issuing_body=_issuer(spec["issuer"], language),
        signer=(english or spec).get("signer", ""),
        issue_date=_date(spec["issued"]),
        effective_date=_date(spec.get("effective")),
        expiry_date=_date(spec.get("expiry")),
        period_end_year=spec.get("period_end"),
        summary=english["summary"] if english else spec["summary"],
        support_items=_stream(spec["items"], language, english["items"] if english else None),
        listing_summary=spec["title"] if not english else english["title"],
    )
    if english:
        source = pages["vi"][spec["slug"]]
        page.translation_key = source.translation_key
        page.locale = index.locale
    index.add_child(instance=page)
    set_scope(page, language=language, **spec.get("scope", {}))
    for order, (kind, target_slug) in enumerate(spec.get("relations", [])):
        target = pages[language].get(target_slug) or pages["vi"][target_slug]
        page.relations.add(PolicyRelation(kind=kind, target=target, sort_order=order))
    for order, (title, filename, lines) in enumerate(spec.get("files", [])):
        # One file for both languages; the English page names it in English.
        shown = english["files"][order] if english else ""
        page.attachments.add(
            PolicyAttachment(
                document=_document(title, filename, lines), title=shown, sort_order=order
            )
        )
    page.save()
    return publish(page, user)


def load(ctx):
    _issuers(ctx)
    index, index_en = _index(ctx)
    pages = {"vi": {}, "en": {}}
    created = 0
    # Older documents first, so relations find their targets.
    for spec in DOCUMENTS:
        page = child_of(index, PolicyPage, spec["slug"])
        if page is None:
            page = _create(index, spec, "vi", pages, ctx.user)
            created += 1
        pages["vi"][spec["slug"]] = page
    for spec in DOCUMENTS:
        if "en" not in spec:
            continue
        page = child_of(index_en, PolicyPage, spec["en"]["slug"])
        if page is None:
            page = _create(index_en, spec, "en", pages, ctx.user)
            created += 1
        pages["en"][spec["slug"]] = page
    ctx.log(
        f"Policies: {len(pages['vi'])} documents, {len(pages['en'])} in English ({created} new)."
    )
