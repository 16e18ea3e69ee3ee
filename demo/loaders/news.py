"""Load the demo news: categories, authors, an index per language and the articles.

The texts are plain data in ``demo/data/news.py``; ``load(ctx)`` is called by
``manage.py load_demo_content``. It is idempotent: pages are
found by slug, snippets by slug/name, and view counts are seeded only once.

``--articles N`` makes the Vietnamese news hold N articles: the hand-written ones first,
then generated filler articles. Filler articles are written in bulk (page rows with
tree paths computed here, ``bulk_create`` and one INSERT per batch for the article rows),
without revisions, so that 10,000 take seconds rather than an hour; they are added to
the search index in bulk as well.
"""

import datetime as dt
import json
import random
import uuid
import zoneinfo

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from demo.build import child_of, demo_image, ensure_section, publish
from demo.data.news import (
    ARTICLES,
    AUTHORS,
    BODY_PICTURES,
    CATEGORIES,
    COMMENTS,
    FILLER,
    FILLER_OUTCOMES,
    FILLER_PARAGRAPHS,
    FILLER_PLACES,
    FILLER_SECTORS,
    FILLER_SUBJECTS,
    NEWS_INDEX,
)
from news.models import (
    Author,
    CommentStatus,
    NewsArticlePage,
    NewsArticleTag,
    NewsCategory,
    NewsIndexPage,
    NewsRelatedArticle,
    NewsTag,
    ReaderComment,
)
from website.models import PageViewDay, PageViewTotal, Province, Sector
from website.text import ascii_slug

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
FILLER_PREFIX = "tin-mau-"
BATCH = 500


def load(ctx):
    with transaction.atomic():
        categories = ensure_categories(ctx)
        authors = ensure_authors(ctx)
        indexes = ensure_indexes(ctx)
        pictures = [
            demo_image(f"Ảnh minh họa tin tức: {title}", seed=seed, description=title)
            for title, seed in BODY_PICTURES
        ]
        target = ctx.options.get("articles")
        chosen = ARTICLES if target is None else ARTICLES[: max(target, 0)]
        pages = {}
        for number, data in enumerate(chosen):
            pages[data["key"]] = ensure_article(
                ctx, data, number, indexes, categories, authors, pictures
            )
        link_related(ctx, pages)
        seed_views(chosen, pages)
        comments = seed_comments(pages)
    english = sum(1 for data in chosen if data.get("en"))
    ctx.log(
        f"News: {len(chosen)} articles ({english} in English), {len(categories)} categories, "
        f"{len(authors)} authors, {comments} reader comments."
    )
    if target is not None and target > len(ARTICLES):
        ensure_filler(ctx, indexes["vi"], target - len(ARTICLES), categories, authors, pictures)


# Snippets and index pages ---------------------------------------------------


def ensure_categories(ctx):
    result = {}
    for slug, name, slug_en, name_en, description, description_en in CATEGORIES:
        vi = NewsCategory.objects.filter(locale=ctx.locales["vi"], slug=slug).first()
        if vi is None:
            vi = NewsCategory.objects.create(
                locale=ctx.locales["vi"],
                slug=slug,
                name=name,
                description=description,
                sort_order=len(result),
            )
        en = vi.get_translation_or_none(ctx.locales["en"])
        if en is None:
            en = vi.copy_for_translation(ctx.locales["en"])
            en.slug, en.name, en.description = slug_en, name_en, description_en
            en.save()
        result[slug] = {"vi": vi, "en": en}
    return result


def ensure_authors(ctx):
    result = {}
    for key, (name, role, role_en) in AUTHORS.items():
        vi = Author.objects.filter(locale=ctx.locales["vi"], name=name).first()
        if vi is None:
            vi = Author.objects.create(locale=ctx.locales["vi"], name=name, role=role)
        en = vi.get_translation_or_none(ctx.locales["en"])
        if en is None:
            en = vi.copy_for_translation(ctx.locales["en"])
            en.name = ascii_name(name)
            en.role = role_en
            en.save()
        result[key] = {"vi": vi, "en": en}
    return result


def ascii_name(name):
    """English pages write Vietnamese names without diacritics, as the press does."""
    from anyascii import anyascii

    return anyascii(name)


def ensure_indexes(ctx):
    en = dict(NEWS_INDEX["en"])
    vi = {name: value for name, value in NEWS_INDEX.items() if name != "en"}
    index, index_en = ensure_section(ctx, NewsIndexPage, vi, en)
    return {"vi": index, "en": index_en.specific}


# Hand-written articles ------------------------------------------------------


def _paragraphs(text):
    return "".join(f"<p>{part}</p>" for part in text.split("\n\n"))


def build_body(blocks, pictures, seed):
    """The StreamField's raw JSON from the block tuples of ``demo/data/news.py``."""
    raw = []
    picture_number = seed
    for block in blocks:
        kind = block[0]
        if kind == "p":
            raw.append({"type": "paragraph", "value": _paragraphs(block[1])})
        elif kind == "img":
            picture = pictures[picture_number % len(pictures)]
            picture_number += 1
            raw.append(
                {
                    "type": "image",
                    "value": {
                        "image": {"image": picture.pk, "alt_text": block[1], "decorative": False},
                        "caption": block[1],
                        "credit": block[2],
                        "alignment": "full",
                    },
                }
            )
        elif kind == "quote":
            raw.append(
                {
                    "type": "quote",
                    "value": {"text": block[1], "attribution": block[2], "role": block[3]},
                }
            )
        elif kind == "callout":
            raw.append(
                {"type": "callout", "value": {"title": block[1], "text": block[2], "style": "info"}}
            )
        elif kind == "table":
            raw.append(
                {
                    "type": "table",
                    "value": {
                        "caption": block[1],
                        "table": {
                            "data": block[2],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_header_choice": "row",
                            "table_caption": "",
                        },
                    },
                }
            )
    for item in raw:
        item["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(item, sort_keys=True)))
    return json.dumps(raw)


def ensure_article(ctx, data, number, indexes, categories, authors, pictures):
    index = indexes["vi"]
    page = child_of(index, NewsArticlePage, data["key"])
    date = dt.datetime(*data["date"], tzinfo=HANOI)
    if page is None:
        hero = demo_image(
            f"Ảnh tin tức: {data['title']}",
            seed=7000 + number,
            label="Ảnh minh họa - KCQG",
            description=data["hero"][0],
        )
        page = NewsArticlePage(
            title=data["title"],
            slug=data["key"],
            lead=data["lead"],
            publish_date=date,
            hero_image=hero,
            hero_caption=data["hero"][0],
            hero_credit=data["hero"][1],
            body=build_body(data["body"], pictures, number),
            author=authors[data["author"]]["vi"],
            source=data["source"],
            category=categories[data["category"]]["vi"],
            reader_comments_open=number % 7 != 3,
        )
        page.provinces = _taxonomy(Province, ctx.locales["vi"], data.get("provinces", []))
        page.sectors = _taxonomy(Sector, ctx.locales["vi"], data.get("sectors", []))
        index.add_child(instance=page)
        page.tags.add(*data["tags"])
        publish(page, ctx.user)
        _backdate(page, date)
    en = data.get("en")
    if en and page.get_translation_or_none(ctx.locales["en"]) is None:
        translated = page.copy_for_translation(ctx.locales["en"]).specific
        translated.title = en["title"]
        translated.slug = ascii_slug(en["title"])
        translated.lead = en["lead"]
        translated.source = en["source"]
        translated.hero_caption, translated.hero_credit = en["hero"]
        translated.hero_alt = en["hero"][0]
        translated.body = build_body(en["body"], pictures, number)
        translated.author = authors[data["author"]]["en"]
        translated.category = categories[data["category"]]["en"]
        translated.tags.clear()
        translated.tags.add(*en["tags"])
        translated.provinces = _taxonomy(Province, ctx.locales["en"], data.get("provinces", []))
        translated.sectors = _taxonomy(Sector, ctx.locales["en"], data.get("sectors", []))
        translated.save()
        publish(translated, ctx.user)
        _backdate(translated, date + dt.timedelta(hours=3))
    return page


def _taxonomy(model, locale, slugs):
    return list(model.objects.filter(locale=locale, slug__in=slugs)) if slugs else []


def _backdate(page, date):
    """The demo article was published on its date, not when the demo was loaded."""
    NewsArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=date, last_published_at=date
    )


def link_related(ctx, pages):
    """The director's piece points readers to the plan and the five-year review."""
    source = pages.get("uu-tien-giai-doan-moi")
    targets = [
        pages.get(key) for key in ("nhin-lai-5-nam-2021-2025", "ke-hoach-khuyen-cong-quoc-gia-2026")
    ]
    if source is None or not all(targets) or source.related_links.exists():
        return
    source = NewsArticlePage.objects.get(pk=source.pk)
    source.related_links = [NewsRelatedArticle(article=target) for target in targets]
    publish(source, ctx.user)
    _backdate(source, source.publish_date)


def seed_views(chosen, pages):
    """Believable view counts, and reads over the last week for "Tin đọc nhiều"."""
    today = timezone.localdate()
    for number, data in enumerate(chosen):
        page = pages[data["key"]]
        translations = list(page.get_translations().values_list("pk", flat=True))
        for page_id, share in [(page.pk, 1.0)] + [(pk, 0.2) for pk in translations]:
            if PageViewTotal.objects.filter(page_id=page_id).exists():
                continue
            total = max(1, int(data.get("views", 100) * share))
            PageViewTotal.objects.create(page_id=page_id, views=total)
            PageViewDay.objects.bulk_create(
                PageViewDay(
                    page_id=page_id,
                    day=today - dt.timedelta(days=day),
                    views=max(1, (total * (7 - day)) // (60 + 7 * (number % 5))),
                )
                for day in range(7)
            )


def seed_comments(pages):
    """A few approved reader comments, one of them answered by the editors; how many."""
    count = 0
    for key, name, hours, body, reply in COMMENTS:
        page = pages.get(key)
        if page is None:
            continue
        ReaderComment.objects.get_or_create(
            article=page,
            name=name,
            body=body,
            defaults={
                "reply": reply,
                "status": CommentStatus.APPROVED,
                "created_at": page.publish_date + dt.timedelta(hours=hours),
                "moderated_at": page.publish_date + dt.timedelta(hours=hours + 2),
            },
        )
        count += 1
    return count


# Filler articles in bulk ----------------------------------------------------


def filler_article(number, rng):
    subject, category, tags = FILLER_SUBJECTS[rng.randrange(len(FILLER_SUBJECTS))]
    place = FILLER_PLACES[rng.randrange(len(FILLER_PLACES))]
    outcome = FILLER_OUTCOMES[rng.randrange(len(FILLER_OUTCOMES))]
    words = {"number": number, "place": place, "subject": subject, "outcome": outcome}
    return FILLER["title"].format(**words), FILLER["lead"].format(**words), category, tags


def filler_facts(number):
    """The place and subject of filler article ``number`` (as ``filler_article`` draws
    them): its province and sector."""
    rng = random.Random(number)
    subject = FILLER_SUBJECTS[rng.randrange(len(FILLER_SUBJECTS))][0]
    place = FILLER_PLACES[rng.randrange(len(FILLER_PLACES))]
    return place, subject


def ensure_filler(ctx, index, count, categories, authors, pictures):
    index = NewsIndexPage.objects.get(pk=index.pk)
    existing = NewsArticlePage.objects.child_of(index).filter(slug__startswith=FILLER_PREFIX)
    start = existing.count() + 1
    if start > count:
        return
    ctx.log(f"News: writing {count - start + 1} filler articles in bulk…")
    content_type = ContentType.objects.get_for_model(NewsArticlePage)
    tag_ids = {}
    last_path = (
        Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
    author_list = [a["vi"] for a in authors.values()]
    vi = index.locale_id
    province_ids = dict(Province.objects.filter(locale_id=vi).values_list("name", "pk"))
    sector_ids = dict(Sector.objects.filter(locale_id=vi).values_list("slug", "pk"))
    end = timezone.now()
    backend = get_search_backend()
    for batch_start in range(start, count + 1, BATCH):
        numbers = range(batch_start, min(count, batch_start + BATCH - 1) + 1)
        articles = []
        tags_of = []
        facts_of = []
        for number in numbers:
            rng = random.Random(number)
            title, lead, category, tags = filler_article(number, rng)
            place, subject = filler_facts(number)
            date = end - dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
            step += 1
            slug = f"{FILLER_PREFIX}{number}-{ascii_slug(title, 60)}"
            body = [
                {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
                for text in FILLER_PARAGRAPHS
            ]
            articles.append(
                NewsArticlePage(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(index.path, index.depth + 1, step),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=date,
                    last_published_at=date,
                    owner=ctx.user,
                    lead=lead,
                    publish_date=date,
                    hero_image=pictures[number % len(pictures)],
                    hero_caption=pictures[number % len(pictures)].description,
                    hero_credit=FILLER["credit"],
                    body=json.dumps(body),
                    author=author_list[number % len(author_list)],
                    source=FILLER["source"],
                    category=categories[category]["vi"],
                )
            )
            tags_of.append(tags)
            facts_of.append((province_ids.get(place), sector_ids.get(FILLER_SECTORS[subject])))
        with transaction.atomic():
            _bulk_insert_pages(articles)
            for tags in tags_of:
                for name in tags:
                    if name not in tag_ids:
                        tag, _ = NewsTag.objects.get_or_create(
                            name=name, defaults={"slug": ascii_slug(name, 90)}
                        )
                        tag_ids[name] = tag.pk
            NewsArticleTag.objects.bulk_create(
                NewsArticleTag(tag_id=tag_ids[name], content_object_id=article.pk)
                for article, tags in zip(articles, tags_of, strict=True)
                for name in tags
            )
            NewsArticlePage.provinces.through.objects.bulk_create(
                NewsArticlePage.provinces.through(newsarticlepage_id=article.pk, province_id=pk)
                for article, (pk, _sector) in zip(articles, facts_of, strict=True)
                if pk is not None
            )
            NewsArticlePage.sectors.through.objects.bulk_create(
                NewsArticlePage.sectors.through(newsarticlepage_id=article.pk, sector_id=pk)
                for article, (_province, pk) in zip(articles, facts_of, strict=True)
                if pk is not None
            )
            PageViewTotal.objects.bulk_create(
                PageViewTotal(
                    page_id=article.pk, views=random.Random(article.pk).randrange(30, 900)
                )
                for article in articles
            )
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(articles))
        backend.add_bulk(NewsArticlePage, articles)
    ctx.log(f"News: {count} filler articles in place.")


def _bulk_insert_pages(articles):
    """Insert the Page rows with bulk_create, then the article rows with one INSERT.

    Django's bulk_create refuses multi-table models, so the second half uses the same
    insert the ORM uses for a single save, once per batch.
    """
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    rows = [Page(**{name: getattr(a, name) for name in page_fields}) for a in articles]
    Page.objects.bulk_create(rows)
    for article, row in zip(articles, rows, strict=True):
        article.pk = article.id = article.page_ptr_id = row.pk
    local_fields = list(NewsArticlePage._meta.local_concrete_fields)
    NewsArticlePage._base_manager._insert(articles, fields=local_fields)
