"""Forms of the news app: the reader comment form under an article (handled by
``news.comments``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import ReaderComment
from news.models.comments import BODY_MAX, BODY_MIN
from website.antispam import AntiSpamFormMixin
from website.text import number


def token_scope(article_id):
    """The scope of the signed timestamp: it binds the form to one article."""
    return f"comment:{article_id}"


class ReaderCommentForm(AntiSpamFormMixin, forms.ModelForm):
    """Name, an optional e-mail address and the comment, with the shared anti-spam checks."""

    antispam_text_fields = ("body", "name")
    antispam_email_field = "email"

    class Meta:
        model = ReaderComment
        fields = ["name", "email", "body"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name", "maxlength": 80}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "body": forms.Textarea(attrs={"rows": 5, "maxlength": BODY_MAX}),
        }

    def __init__(self, *args, article, **kwargs):
        # Set before the mixin signs the timestamp.
        self.antispam_scope = token_scope(article.pk)
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _("Không bắt buộc; không công bố.")
        self.fields["body"].help_text = _("Từ %(min)s đến %(max)s ký tự, văn bản thuần.") % {
            "min": BODY_MIN,
            "max": number(BODY_MAX),
        }
        # Grouped the reader's way ("2.000" / "2,000"), not by the validator's %d.
        self.fields["body"].error_messages.update(
            {
                "max_length": _("Ý kiến dài tối đa %(limit)s ký tự.") % {"limit": number(BODY_MAX)},
            }
        )

    def clean_name(self):
        return " ".join(self.cleaned_data.get("name", "").split())

    def clean_body(self):
        body = self.cleaned_data.get("body", "")
        # Line breaks are kept; carriage returns and trailing blanks are not.
        lines = [
            line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        ]
        body = "\n".join(lines).strip()
        if len(body) < BODY_MIN:
            raise forms.ValidationError(
                _("Ý kiến cần ít nhất %(limit_value)d ký tự."),
                code="min_length",
                params={"limit_value": BODY_MIN},
            )
        return body
