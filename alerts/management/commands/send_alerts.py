"""Send what the e-mail alerts owe: match new items, send the immediate alerts (those a
crashed run left, too), the digests that are due, and delete unconfirmed subscriptions
whose confirmation link has expired. Cron runs it every five minutes in production
(docs/deployment.md); publishing also queues the immediate part as a task."""

import time

from django.core.management.base import BaseCommand

from alerts import sending


class Command(BaseCommand):
    help = "Gửi thư thông báo còn chờ, bản tin tổng hợp đến hạn; xoá đăng ký quá hạn xác nhận."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-digests", action="store_true", help="Chỉ gửi thông báo ngay, không gửi bản tin."
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        matched = sending.match_pending()
        sent = sending.send_pending()
        seconds = time.monotonic() - started
        digests = 0 if options["no_digests"] else sending.send_digests()
        expired = sending.expire_unconfirmed()
        self.stdout.write(
            f"matched={matched} sent={sent} seconds={seconds:.1f} digests={digests} "
            f"expired_unconfirmed={expired}"
        )
