"""The guided form "Tôi được hỗ trợ gì?": a few questions, every answer optional."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BeneficiaryKind, EnterpriseSize


class GuideForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Cơ sở của bạn thuộc loại hình nào?"),
        required=False,
        widget=forms.RadioSelect,
    )
    size = forms.ChoiceField(
        label=_("Quy mô"),
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Theo số lao động và doanh thu; bỏ qua nếu bạn chưa rõ."),
    )
    province = forms.ChoiceField(label=_("Tỉnh, thành phố nơi sản xuất"), required=False)
    sector = forms.ChoiceField(label=_("Ngành nghề"), required=False)
    needs = forms.MultipleChoiceField(
        label=_("Bạn cần hỗ trợ gì?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    ANSWERS = ("kind", "size", "province", "sector", "needs")

    def __init__(self, data=None, *, options, **kwargs):
        super().__init__(data, **kwargs)
        kinds = [
            (code, label)
            for code, label in BeneficiaryKind.Code.choices
            if code != BeneficiaryKind.Code.SERVICE_PROVIDER
        ]
        self.fields["kind"].choices = kinds
        self.fields["size"].choices = list(EnterpriseSize.Code.choices)
        self.fields["province"].choices = [("", _("— Chọn tỉnh, thành phố —"))] + [
            (p.slug, p.name) for p in options.provinces
        ]
        self.fields["sector"].choices = [("", _("— Chọn ngành nghề —"))] + [
            (s.slug, s.name) for s in options.sector
        ]
        self.fields["needs"].choices = [(s.slug, s.name) for s in options.support]
        for name in ("kind", "size", "province", "sector", "needs"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "Lựa chọn không hợp lệ, hãy chọn lại trong danh sách."
            )

    def missing(self):
        """Names of the questions left unanswered."""
        return [name for name in self.ANSWERS if not self.cleaned_data.get(name)]

    def has_any_answer(self):
        return any(self.cleaned_data.get(name) for name in self.ANSWERS)
