"""Security (always on): wagtail-localize never overwrites an existing translation and
never publishes what the user may not publish.

The rules and their reasons are in ``website.localize_guard``; this is where they are put
into wagtail-localize, which is installed unchanged:

- ``wagtail_localize.operations.TranslationCreator`` (used by every "Translate" and
  "Submit for translation" view and by background subtree submissions) is replaced by
  the subclass below, which only creates translations and adopts existing ones
  (rule 1). It repeats upstream's ``create_translations`` steps otherwise: when
  upstream's change, carry the change over.
- ``Translation.save_target`` publishes only when ``allowed_to_publish()`` says so;
  otherwise it saves a draft (rules 2 and 3).
- A translated page title gives the untranslated slug an ASCII one
  (``derive_slug``, a ``post_save`` receiver of ``StringTranslation``).

Without this patch an editor's submission rewrites existing English names from the
Vietnamese source, and a translator without publish permission publishes.
"""

import contextlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.signals import post_save
from wagtail.models import DraftStateMixin, Page
from wagtail_localize import operations
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from website.localize_guard import adopt_existing_translation, allowed_to_publish, derive_slug
from website.patches import original, replace

CHECKED_AGAINST = "wagtail-localize 1.14.5, Wagtail 8.0.1"
UPSTREAM = {
    "wagtail_localize.operations:TranslationCreator": "ebca89438753b3a3",
    "wagtail_localize.models:Translation.save_target": "d63133399d2c3e40",
}


class TranslationCreator(operations.TranslationCreator):
    """wagtail-localize's creator (same steps, same one level of related objects) that
    only creates: an object that already exists in a target language is adopted (its
    text goes into the translation memory) and left exactly as it is. An alias page is
    still converted into a translation, as upstream."""

    def create_translations(self, instance, include_related_objects=True):
        if isinstance(instance, Page):
            instance = instance.specific
        if instance.translation_key in self.seen_objects:
            return
        self.seen_objects.add(instance.translation_key)
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        if include_related_objects:
            # Related objects first: the translation needs their translations to exist.
            for segment in source.relatedobjectsegment_set.all():
                self.create_translations(
                    segment.object.get_instance(instance.locale), include_related_objects=False
                )
        enabled = _default_mode(instance) == "synced"
        for locale in self.target_locales:
            if locale.pk == source.locale_id:
                continue
            translation = Translation.objects.filter(source=source, target_locale=locale).first()
            if _exists_as_translation(instance, locale):
                if translation is None or not translation.enabled:
                    adopt_existing_translation(source, locale, self.user)
                    translation, _created = Translation.objects.update_or_create(
                        source=source, target_locale=locale, defaults={"enabled": enabled}
                    )
                self.mappings[source].append(translation)
                continue
            translation, _created = Translation.objects.update_or_create(
                source=source, target_locale=locale, defaults={"enabled": enabled}
            )
            self.mappings[source].append(translation)
            with contextlib.suppress(ValidationError):
                translation.save_target(user=self.user, publish=_publish_on_translate(instance))


def _publish_on_translate(instance):
    """Upstream's rule: follow the source's live state when the setting says so (ours
    says no), else only objects without drafts are saved live."""
    if getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True):
        return getattr(instance, "live", True)
    return not isinstance(instance, DraftStateMixin)


def _exists_as_translation(instance, locale):
    translated = instance.get_translation_or_none(locale)
    if translated is None:
        return False
    # An alias only mirrors the source: upstream turns it into a translation.
    return not getattr(translated, "alias_of_id", None)


def _default_mode(instance):
    return getattr(
        instance,
        "localize_default_translation_mode",
        getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced"),
    )


def save_target(self, user=None, publish=True):
    """``Translation.save_target`` that publishes only what may go live (rules 2 and 3)."""
    if publish and not allowed_to_publish(self, user):
        publish = False
    return original(Translation, "save_target")(self, user=user, publish=publish)


def install():
    replace(operations, "TranslationCreator", TranslationCreator)
    replace(Translation, "save_target", save_target)
    post_save.connect(derive_slug, sender=StringTranslation, dispatch_uid="kcqg-derive-slug")
