"""The alerts' work on the task queue (django-tasks): a worker process runs it
(``manage.py db_worker``, docs/deployment.md); the tests run it at once."""

import logging

from django.core.mail import get_connection
from django_tasks import task

from . import mail, sending
from .models import Subscription

logger = logging.getLogger(__name__)


@task()
def deliver_new_items():
    """Match the newly published items with the subscriptions, then send the immediate
    alerts (``alerts.sending``)."""
    sending.match_pending()
    return sending.send_pending()


@task()
def send_confirmation(subscription_id):
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None or subscription.confirmed:
        return False
    connection = get_connection()
    try:
        connection.send_messages([mail.confirmation(subscription)])
    except Exception:  # noqa: BLE001 - a mail outage: the reader can ask again
        logger.exception("Confirmation mail for subscription %s failed", subscription_id)
        return False
    finally:
        connection.close()
    return True
