"""Forms of the showcase: listing filters read from the query string, and the inquiry form."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from website.antispam import AntiSpamFormMixin

from .models import AwardLevel, ProducerInquiry, ProductGroup

MAX_PARAM_LENGTH = 100


class QueryFilters:
    """Read filters from a query string: each value is checked against known options.

    ``messages`` says, in the reader's language, what was wrong and what was done about it;
    ``no_match`` is set when a value names nothing we know, so the listing is empty.
    """

    def __init__(self, params):
        self.params = params
        self.values = {}
        self.messages = []
        self.no_match = False

    def raw(self, name):
        value = self.params.get(name, "")
        return value.strip()[:MAX_PARAM_LENGTH] if isinstance(value, str) else ""

    def choice(self, name, options, label):
        """The option whose key is the parameter's value; unknown → message and no match."""
        value = self.raw(name)
        if not value:
            return None
        if value not in options:
            self.messages.append(
                gettext("Không có %(label)s “%(value)s”; không có kết quả nào phù hợp.")
                % {"label": label, "value": value}
            )
            self.no_match = True
            return None
        self.values[name] = value
        return options[value]

    def integer(self, name, label, minimum, maximum):
        """A whole number within bounds; anything else is ignored with a message."""
        value = self.raw(name).replace(".", "").replace(",", "").replace(" ", "")
        if not value:
            return None
        if not (value.isascii() and value.isdigit()) or not (minimum <= int(value) <= maximum):
            self.messages.append(
                gettext("Bỏ qua %(label)s “%(value)s”: cần một số từ %(min)s đến %(max)s.")
                % {"label": label, "value": self.raw(name), "min": minimum, "max": maximum}
            )
            return None
        self.values[name] = int(value)
        return int(value)

    def query_string(self, **overrides):
        """The current filters as a query string, with ``overrides`` (None drops a key)."""
        from urllib.parse import urlencode

        values = {**self.values, **overrides}
        return urlencode({k: v for k, v in values.items() if v not in (None, "")})


CASE_STUDY_SORTS = {
    "moi-nhat": (_("Mới nhất"), ("-year_start", "-first_published_at", "-pk")),
    "ho-tro-lon-nhat": (_("Kinh phí hỗ trợ lớn nhất"), ("-state_support", "-year_start", "-pk")),
    "xem-nhieu": (_("Xem nhiều nhất"), ("-view_count", "-year_start", "-pk")),
}
DEFAULT_CASE_STUDY_SORT = "moi-nhat"

AWARD_LEVEL_RANK = {AwardLevel.NATIONAL: 0, AwardLevel.REGIONAL: 1, AwardLevel.PROVINCIAL: 2}
AWARD_LEVELS = {level.value: level for level in AwardLevel}
PRODUCT_GROUPS = {group.value: group for group in ProductGroup}


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
