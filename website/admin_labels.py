"""Admin forms whose labels Wagtail leaves to the field name (English in every language).

Wagtail's ``LoginForm`` redefines the password field without a label, so Django
shows the field's name, "Password", in every language. Django's own login form
labels it through the catalogues ("Mật khẩu" in Vietnamese); this reuses that label.
(The choosers' language filter has the same gap: ``website.patches.chooser_locale_label``.)
"""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
