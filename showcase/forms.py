"""Forms of the showcase: the producer inquiry form (listing filters are read by
``website.querystring``, in ``showcase.listing``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from website.antispam import AntiSpamFormMixin

from .models import ProducerInquiry


class ProducerInquiryForm(AntiSpamFormMixin, forms.ModelForm):
    """Name, organisation, a phone number or an e-mail address, and the message."""

    antispam_scope = "inquiry"
    antispam_text_fields = ("message", "name", "organisation")
    antispam_email_field = "email"

    class Meta:
        model = ProducerInquiry
        fields = ["name", "organisation", "phone", "email", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].help_text = _("Điện thoại hoặc thư điện tử: ghi ít nhất một.")

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        digits = [c for c in phone if c.isdigit()]
        if phone and (len(digits) < 8 or len(digits) > 15 or set(phone) - set("0123456789 +.-()")):
            raise forms.ValidationError(_("Số điện thoại chưa đúng."))
        return phone

    def clean(self):
        cleaned = super().clean()
        missing = not cleaned.get("phone") and not cleaned.get("email")
        if missing and not self.has_error("phone") and not self.has_error("email"):
            self.add_error(
                "phone", _("Xin ghi số điện thoại hoặc thư điện tử để nhà sản xuất trả lời.")
            )
        return cleaned
