"""Views of the showcase: a producer inquiry posted to its product page.

The product page (``ProductPage.serve``) hands a POST to ``receive_inquiry`` through
``showcase.routes``; the page itself answers every GET.
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

from website.antispam import client_ip, hash_ip, rate_limit_allows, rate_limited_response
from website.locales import language_code

from . import routes
from .forms import ProducerInquiryForm
from .mail import send_inquiry_email


@routes.handles("receive_inquiry")
def receive_inquiry(page, request, render):
    """A producer inquiry posted to ``page``: checked, stored, e-mailed to the editors.

    ``render(form)`` shows the product page again with the form and its errors.
    """
    if not rate_limit_allows(request, "inquiry"):
        return rate_limited_response(
            request, scope="inquiry", context={"back_url": page.get_url(request), "page": page}
        )
    form = ProducerInquiryForm(request.POST)
    if not form.is_valid():
        response = render(form)
        response.status_code = 400
        return response
    inquiry = form.save(commit=False)
    inquiry.product = page
    inquiry.product_title = page.title
    inquiry.language = language_code()
    inquiry.ip_hash = hash_ip(client_ip(request))
    reasons = form.spam_reasons()
    inquiry.is_spam = bool(reasons)
    inquiry.spam_reason = ", ".join(reasons)[:255]
    with transaction.atomic():
        # The form's token works once per client address (website.antispam.claim_token).
        if not form.claim_token(request):
            response = render(form)
            response.status_code = 400
            return response
        inquiry.save()
    if not inquiry.is_spam:
        send_inquiry_email(request, inquiry, page)
    messages.success(
        request,
        _("Cảm ơn bạn. Yêu cầu đã được gửi tới ban biên tập để chuyển cho cơ sở sản xuất."),
    )
    return HttpResponseRedirect(page.get_url(request) + "#lien-he", status=303)
