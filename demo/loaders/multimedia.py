"""Load the demo "Video – Ảnh" section (plain data in ``demo/data/multimedia.py``): the
index in both languages and its video pages, with their files generated here — frames
drawn with Pillow, a tone, put together by ffmpeg (Debian's package; never downloaded).
Without ffmpeg the pages of generated files are left out and the load says so.
Idempotent: pages are found by slug, library files by title."""

import datetime as dt
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from demo.build import (
    _font,
    child_of,
    demo_image,
    ensure_section,
    publish,
    render_picture,
    translate_page,
)
from demo.data.multimedia import ARTICLE_AUDIO, AUDIOS, INDEX, INFOGRAPHICS, PHOTO_STORIES, VIDEOS
from demo.data.news import ARTICLES
from multimedia.models import (
    AudioPage,
    InfographicPage,
    MediaItem,
    MultimediaIndexPage,
    PhotoStoryPage,
    PhotoStoryPhoto,
    VideoPage,
)
from news.models import NewsArticlePage

WIDTH, HEIGHT, FPS = 640, 360, 12


def _clock(seconds):
    return f"00:{seconds // 60:02d}:{seconds % 60:02d}.000"


def webvtt(cues):
    lines = ["WEBVTT", ""]
    for start, end, text in cues:
        lines += [f"{_clock(start)} --> {_clock(end)}", text, ""]
    return "\n".join(lines).encode()


def generated_video(title, seconds, seed):
    """MP4 bytes (H.264 and AAC, a few seconds): a drawn scene with a bar sweeping
    across, and a tone. None without ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    scene = render_picture(seed, WIDTH, HEIGHT, title)
    with tempfile.TemporaryDirectory(prefix="kcqg-demo-video-") as folder:
        frames = seconds * FPS
        for n in range(frames):
            frame = scene.copy()
            x = int((WIDTH - 80) * n / max(1, frames - 1))
            frame.paste((255, 213, 79), (x, 12, x + 80, 24))
            frame.save(Path(folder) / f"f{n:04d}.png")
        out = Path(folder) / "video.mp4"
        subprocess.run(  # noqa: S603 (a fixed program and arguments)
            [
                ffmpeg, "-loglevel", "error", "-y",
                "-framerate", str(FPS), "-i", str(Path(folder) / "f%04d.png"),
                "-f", "lavfi", "-i", f"sine=frequency=330:duration={seconds}",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-profile:v", "baseline", "-crf", "30",
                "-c:a", "aac", "-b:a", "48k", "-shortest", "-movflags", "+faststart",
                str(out),
            ],
            check=True,
        )  # fmt: skip
        return out.read_bytes()


def generated_audio(seconds, seed):
    """MP3 bytes: a few seconds of a soft two-tone chime. None without ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    low, high = 220 + seed % 7 * 20, 330 + seed % 5 * 20
    result = subprocess.run(  # noqa: S603 (a fixed program and arguments)
        [
            ffmpeg, "-loglevel", "error",
            "-f", "lavfi", "-i", f"sine=frequency={low}:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency={high}:duration={seconds}",
            "-filter_complex", "amix=inputs=2,volume=0.5",
            "-c:a", "libmp3lame", "-b:a", "48k", "-ac", "1", "-f", "mp3", "pipe:1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return result.stdout


def _audio_item(data, seed):
    existing = MediaItem.objects.filter(title=data["title"]).first()
    if existing is not None:
        return existing
    content = generated_audio(data["seconds"], seed)
    if content is None:
        return None
    item = MediaItem(
        title=data["title"],
        type="audio",
        duration=data["seconds"],
        collection=Collection.get_first_root_node(),
    )
    item.file = ContentFile(content, name=f"demo-audio-{seed}.mp3")
    item.full_clean()
    item.save()
    return item


def _media_item(data, poster, seed):
    existing = MediaItem.objects.filter(title=data["title"]).first()
    if existing is not None:
        return existing
    content = generated_video(data["title"], data["seconds"], seed)
    if content is None:
        return None
    item = MediaItem(
        title=data["title"],
        type="video",
        duration=data["seconds"],
        width=WIDTH,
        height=HEIGHT,
        poster=poster,
        collection=Collection.get_first_root_node(),
    )
    item.file = ContentFile(content, name=f"demo-video-{seed}.mp4")
    for code, cues in data["captions"].items():
        setattr(
            item,
            f"captions_{code}",
            ContentFile(webvtt(cues), name=f"demo-video-{seed}.{code}.vtt"),
        )
    item.full_clean()
    item.save()
    return item


def _paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def load(ctx):
    def index_fields(texts):
        return {key: texts[key] for key in ("slug", "title", "intro")} | {
            "search_description": texts["intro"]
        }

    index, index_en = ensure_section(
        ctx, MultimediaIndexPage, index_fields(INDEX), index_fields(INDEX["en"])
    )
    made, skipped = 0, 0
    for seed, data in enumerate(VIDEOS, start=700):
        label, alt = data["poster"]
        poster = demo_image(
            f"Video: {data['title']}",
            seed=seed,
            width=1280,
            height=720,
            label=label,
            description=alt,
        )
        item = None
        if "media" in data:
            item = _media_item(data["media"], poster, seed)
            if item is None:
                skipped += 1
                continue
        page = child_of(index, VideoPage, data["slug"])
        if page is None:
            page = VideoPage(
                slug=data["slug"],
                title=data["title"],
                date=timezone.make_aware(dt.datetime.fromisoformat(data["date"])),
                summary=data["summary"],
                transcript=_paragraphs(data["transcript"]),
                video=item,
                external_url=data.get("external_url", ""),
                poster=poster,
                poster_alt_text=alt,
            )
            index.add_child(instance=page)
            publish(page, ctx.user)
        en = data["en"]
        translate_page(
            page,
            ctx.locales["en"],
            {
                "title": en["title"],
                "summary": en["summary"],
                "transcript": _paragraphs(en["transcript"]),
                "poster_alt_text": en["poster_alt"],
            },
            slug=en["slug"],
            user=ctx.user,
        )
        made += 1
    audios = 0
    for seed, data in enumerate(AUDIOS, start=800):
        item = _audio_item(data["media"], seed)
        if item is None:
            skipped += 1
            continue
        label, alt = data["image"]
        image = demo_image(
            f"Âm thanh: {data['title']}",
            seed=seed,
            width=1400,
            height=1400,
            label=label,
            description=alt,
        )
        page = child_of(index, AudioPage, data["slug"])
        if page is None:
            page = AudioPage(
                slug=data["slug"],
                title=data["title"],
                date=timezone.make_aware(dt.datetime.fromisoformat(data["date"])),
                summary=data["summary"],
                transcript=_paragraphs(data["transcript"]),
                audio=item,
                image=image,
                image_alt_text=alt,
            )
            index.add_child(instance=page)
            publish(page, ctx.user)
        en = data["en"]
        fields = {
            "title": en["title"],
            "summary": en["summary"],
            "transcript": _paragraphs(en["transcript"]),
        }
        translate_page(
            page,
            ctx.locales["en"],
            fields | {"image_alt_text": en["image_alt"]},
            slug=en["slug"],
            user=ctx.user,
        )
        audios += 1
    listen = _listen_to_article(ctx)
    stories = load_stories(ctx, index)
    note = f" ({skipped} left out: no ffmpeg to make their files)" if skipped else ""
    ctx.log(
        f"Video – Ảnh: {made} video, {audios} audio pages, {stories} photo stories and "
        f"infographics per language, {listen} article to listen to{note}."
    )
    return index, index_en


def _listen_to_article(ctx):
    """ "Nghe bài viết" on the first demo article (Vietnamese): its read-aloud file."""
    article = NewsArticlePage.objects.filter(
        slug=ARTICLES[0]["key"], locale=ctx.locales["vi"]
    ).first()
    if article is None:
        return 0
    if article.audio_version_id is None:
        item = _audio_item(ARTICLE_AUDIO, 900)
        if item is None:
            return 0
        article.audio_version = item
        publish(article, ctx.user)
    return 1


def _chart(title, rows, seed):
    """A bar chart picture (Pillow) as a Wagtail image."""
    width, height = 1200, 900
    picture = PILImage.new("RGB", (width, height), (255, 250, 240))
    draw = ImageDraw.Draw(picture)
    draw.text((60, 40), title, fill=(122, 23, 18), font=_font(44))
    top = max(value for _, value in rows)
    bar = (width - 160) // len(rows)
    for n, (label, value) in enumerate(rows):
        x = 80 + n * bar
        h = int((height - 300) * value / top)
        draw.rectangle([x, height - 120 - h, x + bar - 40, height - 120], fill=(163, 32, 26))
        draw.text((x + 10, height - 170 - h), str(value), fill=(28, 27, 31), font=_font(40))
        draw.text((x + 10, height - 100), label, fill=(28, 27, 31), font=_font(36))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    Image = get_image_model()
    existing = Image.objects.filter(title=f"Infographic: {title}").first()
    if existing is not None:
        return existing
    image = Image(
        title=f"Infographic: {title}",
        description=title,
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"demo-infographic-{seed}.png"),
    )
    image.save()
    return image


def _table(columns, rows):
    value = {
        "caption": "",
        "table": {
            "data": [list(columns), *[[label, str(number)] for label, number in rows]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
            "table_caption": "",
        },
    }
    return ("table", value)


def load_stories(ctx, index):
    """The photo stories and infographics of the section, in both languages."""
    made = 0
    for seed, data in enumerate(PHOTO_STORIES, start=720):
        page = child_of(index, PhotoStoryPage, data["slug"])
        if page is None:
            page = PhotoStoryPage(
                slug=data["slug"],
                title=data["title"],
                date=timezone.make_aware(dt.datetime.fromisoformat(data["date"])),
                summary=data["summary"],
            )
            page.photos = [
                PhotoStoryPhoto(
                    image=demo_image(
                        f"Phóng sự ảnh: {label}",
                        seed=seed * 10 + n,
                        width=1600,
                        height=1067,
                        label=label,
                        description=alt,
                    ),
                    caption=caption,
                    alt_text=alt,
                    sort_order=n,
                )
                for n, (label, caption, alt) in enumerate(data["photos"])
            ]
            index.add_child(instance=page)
            publish(page, ctx.user)
        en = data["en"]
        translate_page(
            page,
            ctx.locales["en"],
            {"title": en["title"], "summary": en["summary"]},
            slug=en["slug"],
            user=ctx.user,
            rows=("photos", en["photos"]),
        )
        made += 1
    for seed, data in enumerate(INFOGRAPHICS, start=740):
        page = child_of(index, InfographicPage, data["slug"])
        if page is None:
            page = InfographicPage(
                slug=data["slug"],
                title=data["title"],
                date=timezone.make_aware(dt.datetime.fromisoformat(data["date"])),
                summary=data["summary"],
                image=_chart(data["chart"], data["rows"], seed),
                text_alternative=[
                    *[("paragraph", RichText(f"<p>{text}</p>")) for text in data["text"]],
                    _table(data["columns"], data["rows"]),
                ],
            )
            index.add_child(instance=page)
            publish(page, ctx.user)
        en = data["en"]
        text = [
            *[("paragraph", RichText(f"<p>{t}</p>")) for t in en["text"]],
            _table(en["columns"], data["rows"]),
        ]
        translate_page(
            page,
            ctx.locales["en"],
            {
                "title": en["title"],
                "summary": en["summary"],
                "text_alternative": text,
                # The picture's words are Vietnamese: the English page has its own.
                "image": _chart(en["chart"], data["rows"], seed + 100),
            },
            slug=en["slug"],
            user=ctx.user,
        )
        made += 1
    return made
