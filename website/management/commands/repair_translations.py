"""Repair translations that wagtail-localize overwrote with the Vietnamese source text.

Before ``website.localize_guard``, submitting a page for translation rewrote the
English versions of the snippets it links (categories, authors, provinces, sectors,
support types, issuing bodies) with the Vietnamese text. This command:

1. restores every field the data migrations know (``register_known_translations``
   hooks: the taxonomy of ``website/0001_squashed_0006``, the issuing bodies of
   ``policies/0001_squashed_0007``, from the old ``0002`` of each)
   where the translation now says exactly what the Vietnamese source says;
2. writes the current text of every snippet translation wagtail-localize manages into
   its translation memory, so that no later sync can overwrite it again;
3. lists what it cannot restore: translated text fields still equal to a Vietnamese
   source written with diacritics, with the admin address to fix them by hand.

Idempotent: a second run changes nothing. ``--dry-run`` only reports.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation

from website.localize_guard import adopt_existing_translation


def managed_snippet_translations():
    """[(translation, model)] of every enabled translation of a snippet (not a page)."""
    translations = Translation.objects.filter(enabled=True).select_related(
        "source__specific_content_type", "target_locale"
    )
    for translation in translations:
        model = translation.source.specific_content_type.model_class()
        if model is not None and not issubclass(model, Page):
            yield translation, model


class Command(BaseCommand):
    help = "Khôi phục bản dịch bị ghi đè bằng văn bản tiếng Việt (tên danh mục, tỉnh, ngành…)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ báo cáo, không sửa.")

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            restored = self.restore_known(dry_run)
            adopted = 0 if dry_run else self.adopt_managed()
            damaged = self.report_damage()
            if dry_run:
                transaction.set_rollback(True)
        self.stdout.write(
            f"{'Sẽ khôi phục' if dry_run else 'Đã khôi phục'} {restored} trường; "
            f"ghi {adopted} đoạn vào bộ nhớ dịch; {damaged} trường cần sửa tay."
        )

    def restore_known(self, dry_run):
        restored = 0
        source_language = settings.LANGUAGE_CODE
        for hook in hooks.get_hooks("register_known_translations"):
            for model, translation_key, known in hook():
                versions = {
                    obj.locale.language_code: obj
                    for obj in model.objects.filter(translation_key=translation_key).select_related(
                        "locale"
                    )
                }
                source = versions.get(source_language)
                if source is None:
                    continue
                for language, fields in known.items():
                    obj = versions.get(language)
                    if language == source_language or obj is None:
                        continue
                    changed = {
                        name: value
                        for name, value in fields.items()
                        if getattr(obj, name) != value
                        and getattr(obj, name) == getattr(source, name)
                    }
                    if not changed:
                        continue
                    for name, value in changed.items():
                        self.stdout.write(
                            f"{model._meta.verbose_name} #{obj.pk} ({language}) {name}: "
                            f"«{getattr(obj, name)}» → «{value}»"
                        )
                        setattr(obj, name, value)
                    if not dry_run:
                        obj.save(update_fields=list(changed))
                    restored += len(changed)
        return restored

    def adopt_managed(self):
        return sum(
            adopt_existing_translation(translation.source, translation.target_locale)
            for translation, _model in managed_snippet_translations()
        )

    def report_damage(self):
        damaged = 0
        for translation, model in managed_snippet_translations():
            try:
                source = translation.source.get_source_instance()
                target = translation.get_target_instance()
            except model.DoesNotExist:
                continue
            for field in get_translatable_fields(model):
                if not field.is_translated(target):
                    continue
                name = field.field_name
                value = getattr(target, name, None)
                if not isinstance(value, str) or value != getattr(source, name, None):
                    continue
                if value.isascii():
                    continue  # no diacritics: may well be the English text too ("An Giang")
                damaged += 1
                self.stdout.write(
                    f"Cần sửa tay: {model._meta.verbose_name} #{target.pk} ({target.locale}) "
                    f"{name} = «{value}»"
                )
        return damaged
