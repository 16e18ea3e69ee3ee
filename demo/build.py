"""Building blocks for demo content, shared by the loaders in ``demo/loaders/``.

``load_demo_content`` builds the site layer (``demo/loaders/site.py``), then calls
``load(ctx)`` of each app's loader. Every loader must be idempotent: running it twice
changes nothing.
"""

import colorsys
import contextlib
import hashlib
import io
import logging
import random
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


@dataclass
class DemoContext:
    """What each app's demo loader gets."""

    stdout: object
    options: dict
    locales: dict  # language code → Locale
    homes: dict  # language code → HomePage
    user: object = None
    extra: dict = field(default_factory=dict)

    def log(self, message):
        """One line of the load's summary (silent at ``--verbosity 0``)."""
        if self.options.get("verbosity", 1) >= 1:
            self.stdout.write(message)


def _font(size):
    for path in FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def render_picture(seed, width=1200, height=800, label=""):
    """A believable abstract photo-like picture: a gradient sky, hills and shapes."""
    rng = random.Random(seed)
    hue = rng.random()
    top = tuple(int(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.35, 0.95))
    bottom = tuple(int(c * 255) for c in colorsys.hsv_to_rgb((hue + 0.08) % 1, 0.6, 0.55))
    image = PILImage.new("RGB", (width, height), top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3)),
        )
    for layer in range(3):
        base = int(height * (0.55 + 0.12 * layer))
        shade = tuple(int(c * (0.85 - 0.2 * layer)) for c in bottom)
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, base + rng.randint(-height // 12, height // 12)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    for _ in range(rng.randint(2, 5)):
        x = rng.randint(0, width - 200)
        y = rng.randint(height // 3, height - 150)
        w = rng.randint(width // 10, width // 4)
        h = rng.randint(height // 10, height // 4)
        color = tuple(int(c * 255) for c in colorsys.hsv_to_rgb(rng.random(), 0.5, 0.8))
        if rng.random() < 0.5:
            draw.rectangle([x, y, x + w, y + h], fill=color, outline=(40, 40, 40), width=3)
        else:
            draw.ellipse([x, y, x + w, y + w], fill=color, outline=(40, 40, 40), width=3)
    if label:
        font = _font(max(18, width // 28))
        draw.rectangle([0, height - height // 9, width, height], fill=(0, 0, 0))
        draw.text((width // 40, height - height // 11), label, fill=(255, 255, 255), font=font)
    return image


def demo_image(title, *, seed=None, width=1200, height=800, label="", description=""):
    """A Wagtail image generated with Pillow, found again by title when it exists."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    seed = seed if seed is not None else int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
    picture = render_picture(seed, width, height, label)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    filename = f"demo-{hashlib.sha256(title.encode()).hexdigest()[:12]}.jpg"
    image = Image(
        title=title,
        description=description or title,
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=filename),
    )
    image.save()
    return image


def publish(page, user=None):
    """Save a revision of the page and publish it."""
    revision = page.save_revision(user=user, log_action=False)
    revision.publish(user=user, log_action=False)
    page.refresh_from_db()
    return page


def translate_page(source, locale, fields, *, slug=None, user=None, rows=None):
    """The page's translation in ``locale``, created from the source when missing.

    ``fields`` are the translated values (title, lead, body, …). ``rows`` is
    ``(relation, [(caption, alt text), …])``: the texts of the page's own translatable
    inline rows (gallery and product photos), one pair per row in order.
    ``copy_for_translation`` gives the translation its own copy of each row (in
    ``locale``, same translation key and image) that still holds the source's
    Vietnamese texts, so every row gets its pair: there must be as many as rows, in
    the rows' ``sort_order`` (which the source's rows must have: without it their order
    is the database's, not the same on PostgreSQL for the two pages).
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    if rows is not None:
        relation, texts = rows
        items = list(getattr(translated, relation).all())
        for item, (caption, alt_text) in zip(items, texts, strict=True):
            item.caption, item.alt_text = caption, alt_text
        setattr(translated, relation, items)
    if slug:
        translated.slug = slug
    translated.save()
    return publish(translated, user=user)


def ensure_section(ctx, model, fields, en_fields):
    """A section page of ``model`` under the Vietnamese home and its English translation.

    ``fields`` and ``en_fields`` are the page's values in each language, ``slug`` among
    them; a missing page is created (shown in menus) and published. Returns both pages.
    """
    fields, en_fields = dict(fields), dict(en_fields)
    page = child_of(ctx.homes["vi"], model, fields["slug"])
    if page is None:
        page = model(show_in_menus=True, **fields)
        ctx.homes["vi"].add_child(instance=page)
        publish(page, ctx.user)
    slug = en_fields.pop("slug")
    translated = translate_page(page, ctx.locales["en"], en_fields, slug=slug, user=ctx.user)
    return page, translated


def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def child_of(parent, model, slug):
    """The child page of ``parent`` with ``slug`` and type ``model``, or None."""
    page = Page.objects.child_of(parent).filter(slug=slug).type(model).first()
    return page.specific if page is not None else None


# Loggers that write a line per saved page ("Page created", "Page edited", "Published",
# redirects) or per PDF font subset: some 650 lines for one load.
CHATTY_LOGGERS = ["wagtail", "fontTools"]


@contextlib.contextmanager
def quiet_loggers(names=CHATTY_LOGGERS, level=logging.WARNING):
    """Raise the named loggers (and so their children) to ``level`` inside the block;
    their own levels are restored on the way out. Warnings and errors still show."""
    loggers = [logging.getLogger(name) for name in names]
    saved = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old in zip(loggers, saved, strict=True):
            logger.setLevel(old)
