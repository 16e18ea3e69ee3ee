"""Delete every reader comment sent with one e-mail address (a reader's erasure request).

python manage.py delete_comments_by_email someone@example.com [--dry-run]
"""

from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from news.models import CommentStatus, ReaderComment
from website.page_cache import bump_version


class Command(BaseCommand):
    help = "Delete all reader comments sent with an e-mail address (case-insensitive)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the comments, delete nothing."
        )

    def handle(self, email, dry_run=False, **options):
        email = email.strip()
        try:
            validate_email(email)
        except Exception as error:
            raise CommandError(f"Not an e-mail address: {email!r}") from error
        comments = ReaderComment.objects.filter(email__iexact=email)
        count = comments.count()
        if dry_run:
            self.stdout.write(f"{count} comment(s) from {email} would be deleted.")
            return
        with transaction.atomic():
            public = comments.filter(status=CommentStatus.APPROVED).exists()
            comments.delete()
            if public:
                # Approved comments were on the article pages: expire the cached copies.
                transaction.on_commit(lambda: bump_version("reader comments erased"))
        self.stdout.write(f"Deleted {count} comment(s) from {email}.")
