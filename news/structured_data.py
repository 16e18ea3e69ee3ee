"""Structured data of the news (``website.structured_data``): an article is a
NewsArticle with its own date as the editor set it; the index and its category and tag
pages are CollectionPages listing their articles."""

from wagtail import hooks

from website.structured_data import HOOK, Data, image_url, iso


def article(ctx):
    page = ctx.page
    node = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.get_meta_description(),
        "url": ctx.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.url},
        "inLanguage": ctx.language,
        "datePublished": iso(page.date),
        "dateModified": iso(page.updated_date),
        "publisher": ctx.publisher(),
    }
    image = page.get_social_image()
    url = image_url(image)
    if url:
        node["image"] = [url]
    if page.author_id:
        author = {"@type": "Person", "name": page.author.name}
        if page.author.role:
            author["jobTitle"] = page.author.role
        node["author"] = [author]
    elif node["publisher"]["name"]:
        node["author"] = [{"@type": "Organization", "name": node["publisher"]["name"]}]
    og = [
        ("article:published_time", iso(page.date)),
        ("article:modified_time", iso(page.updated_date)),
    ]
    if page.category_id:
        node["articleSection"] = page.category.name
        og.append(("article:section", page.category.name))
    if page.tag_list:
        node["keywords"] = ", ".join(page.tag_names)
        og.extend(("article:tag", tag.name) for tag in page.tag_list)
    alt = page.hero_alt_text if image is not None and image == page.hero_image else ""
    return Data(nodes=[node], og_type="article", og=og, image=image, image_alt=alt)


def index(ctx):
    """The news, a category's or a tag's page of it: the articles of this page."""
    chosen = ctx.get("category") or ctx.get("tag")
    title = chosen.name if chosen is not None else ""
    description = getattr(chosen, "description", "") or ""
    extra = {"name": title} if title else {}
    if description:
        extra["description"] = description
    node = ctx.collection(ctx.get("articles"), ctx.get("page_obj"), **extra)
    return Data(nodes=[node], title=title, description=description)


@hooks.register(HOOK)
def builders():
    return {"news.newsarticlepage": article, "news.newsindexpage": index}
