"""Structured data of the multimedia section (``website.structured_data``): a video
page is a VideoObject with the properties search engines require (name, description,
thumbnailUrl, uploadDate, contentUrl or embedUrl) and its duration and transcript; the
index is a CollectionPage of its items."""

from wagtail import hooks

from website import origin
from website.structured_data import HOOK, Data, image_url, iso, plain


def video(ctx):
    page = ctx.page
    poster = page.get_poster()
    node = {
        "@type": "VideoObject",
        "name": page.title[:110],
        "description": page.get_meta_description(),
        "thumbnailUrl": [url for url in [image_url(poster)] if url],
        "uploadDate": iso(page.date),
        "inLanguage": ctx.language,
        "url": ctx.url,
        "publisher": ctx.publisher(),
    }
    item = page.video if page.video_id else None
    if item is not None and item.file:
        node["contentUrl"] = origin.absolute(item.url)
        if item.iso_duration():
            node["duration"] = item.iso_duration()
        if item.width and item.height:
            node["width"] = item.width
            node["height"] = item.height
    embed = page.embed_url()
    if embed:
        node["embedUrl"] = embed.split("?", 1)[0] if "youtube" in embed else embed
    if page.transcript:
        node["transcript"] = plain(str(page.transcript).replace("</p>", "</p> "), words=500)
    return Data(nodes=[node], og_type="video.other", image=poster, image_alt=page.poster_alt_text)


def sitemap_video(page):
    """The page's entry in the video sitemap (Google's ``video:`` extension), or None:
    a thumbnail, title and description are required, and the file or the player."""
    thumbnail = image_url(page.get_poster())
    item = page.video if page.video_id else None
    content = origin.absolute(item.url) if item is not None and item.file else ""
    player = page.embed_url().split("?", 1)[0]
    if not thumbnail or not (content or player):
        return None
    entry = {
        "thumbnail_loc": thumbnail,
        "title": page.title[:100],
        "description": (page.get_meta_description() or page.title)[:2048],
        "content_loc": content,
        "player_loc": "" if content else player,
        "publication_date": iso(page.date),
    }
    seconds = round(item.duration or 0) if item is not None else 0
    if 1 <= seconds <= 28800:
        entry["duration"] = seconds
    return entry


def article(ctx):
    """A photo story or an infographic: an Article with its images; an audio page too."""
    page = ctx.page
    node = {
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.get_meta_description(),
        "url": ctx.url,
        "inLanguage": ctx.language,
        "datePublished": iso(page.date),
        "publisher": ctx.publisher(),
    }
    poster = page.get_poster()
    url = image_url(poster)
    if url:
        node["image"] = [url]
    return Data(nodes=[node], og_type="article", image=poster)


def index(ctx):
    node = ctx.collection(ctx.get("items"), ctx.get("page_obj"))
    return Data(nodes=[node])


@hooks.register(HOOK)
def builders():
    return {
        "multimedia.videopage": video,
        "multimedia.audiopage": article,
        "multimedia.photostorypage": article,
        "multimedia.infographicpage": article,
        "multimedia.multimediaindexpage": index,
    }
