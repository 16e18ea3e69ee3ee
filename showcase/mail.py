"""E-mail of the showcase: a producer inquiry forwarded to the editors."""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from website.models import SiteSettings
from website.origin import absolute

logger = logging.getLogger(__name__)


def send_inquiry_email(request, inquiry, page):
    recipient = SiteSettings.for_request(request).editors_email
    if not recipient:
        logger.warning("No editors' e-mail in SiteSettings: inquiry %s not e-mailed", inquiry.pk)
        return False
    admin_path = reverse("showcase_inquiry:edit", args=[inquiry.pk])
    with translation.override("vi"):
        subject = gettext("Yêu cầu liên hệ nhà sản xuất: %(product)s") % {"product": page.title}
        body = render_to_string(
            "components/showcase/inquiry_email.txt",
            {
                "inquiry": inquiry,
                "page": page,
                "page_url": page.get_full_url(request),
                "admin_url": absolute(admin_path),
            },
        )
    email = EmailMessage(
        subject=subject.replace("\n", " "),
        body=body,
        to=[recipient],
        reply_to=[inquiry.email] if inquiry.email else None,
    )
    email.send(fail_silently=False)
    inquiry.emailed_at = timezone.now()
    inquiry.save(update_fields=["emailed_at"])
    return True
