"""Admin forms whose labels Wagtail leaves to the field name (English in every language).

Wagtail's ``LoginForm`` redefines the password field without a label, so Django
shows the field's name, "Password", in every language. Django's own login form
labels it through the catalogues ("Mật khẩu" in Vietnamese); this reuses that label.
"""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label


def label_chooser_locale_filter():
    """Give the choosers' language filter a label in the admin's language.

    Wagtail's ``LocaleFilterMixin`` adds its "locale" field without a label, so
    every chooser of a translatable model (authors, categories, provinces…) shows
    the field's name, "Locale", above the language choices. The label is the one of
    the models' own "locale" field, translated by the catalogues ("ngôn ngữ" in
    locale_upstream/).
    """
    from django.utils.text import capfirst
    from wagtail.admin.forms.choosers import LocaleFilterMixin
    from wagtail.models import TranslatableMixin

    if getattr(LocaleFilterMixin, "_kcqg_labelled", False):
        return
    original_init = LocaleFilterMixin.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        if "locale" in self.fields and not self.fields["locale"].label:
            self.fields["locale"].label = capfirst(
                TranslatableMixin._meta.get_field("locale").verbose_name
            )

    LocaleFilterMixin.__init__ = __init__
    LocaleFilterMixin._kcqg_labelled = True
