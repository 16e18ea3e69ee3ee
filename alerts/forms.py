"""The subscription form, shown under the finder, the guide's results, the news lists
and on the home page, and the frequency form of the manage page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from website.antispam import AntiSpamFormMixin

from . import tokens
from .models import Frequency, Kind

SCOPE_SALT = "kcqg.alerts.scope"
MAX_FILTER_VALUES = 12


def sign_scope(kind, filters, description, source, language):
    return tokens.make(
        SCOPE_SALT, {"k": kind, "f": filters, "d": description, "s": source, "l": language}
    )


def read_scope(value):
    """(kind, filters, description, source, language), or None when forged or malformed."""
    data = tokens.read(SCOPE_SALT, value)
    if not isinstance(data, dict) or data.get("k") not in Kind.values:
        return None
    filters = data.get("f")
    if not isinstance(filters, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and len(v) <= MAX_FILTER_VALUES
        for k, v in filters.items()
    ):
        return None
    return (
        data["k"],
        filters,
        str(data.get("d", ""))[:500],
        str(data.get("s", ""))[:500],
        data.get("l"),
    )


class SubscribeForm(AntiSpamFormMixin, forms.Form):
    antispam_scope = "alerts"
    antispam_text_fields = ()
    antispam_email_field = "email"

    email = forms.EmailField(
        label=_("Địa chỉ e-mail của bạn"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("Nhận thư"), choices=Frequency.choices, initial=Frequency.IMMEDIATE
    )
    consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để Cổng thông tin lưu địa chỉ e-mail này để gửi thông báo như mô tả ở trên."
        ),
        error_messages={"required": _("Xin đánh dấu ô đồng ý để nhận thông báo.")},
    )
    scope = forms.CharField(widget=forms.HiddenInput)

    def clean_scope(self):
        scope = read_scope(self.cleaned_data.get("scope"))
        if scope is None:
            raise forms.ValidationError(
                _("Không rõ bạn muốn nhận thông báo gì. Xin mở lại trang và đăng ký từ đó.")
            )
        return scope

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label=_("Nhận thư"), choices=Frequency.choices)
