"""Views of the showcase: a producer inquiry, a public form (``website.public_forms``)
posted from the product page to ``/gui-bieu-mau/inquiry/<product id>/``
(``/en/forms/inquiry/<id>/``), so that the product page holds no CSRF token and is served
from the page cache.
"""

from website import public_forms
from website.antispam import client_ip, hash_ip
from website.locales import language_code

from .forms import ProducerInquiryForm
from .mail import send_inquiry_email
from .models import ProductPage


def receive_inquiry(request, page):
    """A producer inquiry posted to ``page``: checked, stored, e-mailed to the editors."""
    form = ProducerInquiryForm(request.POST)

    def save():
        inquiry = form.save(commit=False)
        inquiry.product = page
        inquiry.product_title = page.title
        inquiry.language = language_code()
        inquiry.ip_hash = hash_ip(client_ip(request))
        reasons = form.spam_reasons()
        inquiry.is_spam = bool(reasons)
        inquiry.spam_reason = ", ".join(reasons)[:255]
        inquiry.save()
        return inquiry

    def after(inquiry):
        if not inquiry.is_spam:
            send_inquiry_email(request, inquiry, page)

    return public_forms.Submission(form, save, after)


public_forms.register(
    "inquiry",
    pages=ProductPage,
    handler=receive_inquiry,
    rate_scope="inquiry",
    sent={"vi": ("lien-he", "da-gui"), "en": ("inquiry", "sent")},
    fragment="lien-he",
    form_kwarg="inquiry_form",
)
