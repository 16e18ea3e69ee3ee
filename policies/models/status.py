"""The validity status of a document, never stored: computed from its dates and from
the documents that replace or amend it (``replaced_from``/``amended_from``), against
a ``today`` that callers pass (so tests can freeze the clock). The same rules in SQL
(``status_conditions``, for the finder) and on one object (``status_from_row``)."""

from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.functional import cached_property

from .vocabularies import IN_FORCE_STATUSES, Status


def _ended(today):
    """Past its expiry date, replaced, or a programme past its last year."""
    return (
        Q(expiry_date__lte=today) | Q(replaced_from__lte=today) | Q(period_end_year__lt=today.year)
    )


def status_conditions(today):
    """{Status: Q} — exactly one holds for each document on ``today``."""
    not_yet = Q(effective_date__gt=today) | Q(effective_date__isnull=True, issue_date__gt=today)
    started = ~not_yet
    expired = started & _ended(today)
    amended = started & ~expired & Q(amended_from__lte=today)
    in_force = started & ~expired & ~amended
    return {
        Status.NOT_YET: not_yet,
        Status.EXPIRED: expired,
        Status.AMENDED: amended,
        Status.IN_FORCE: in_force,
    }


def in_effect_condition(today, year=None):
    """In force or amended on ``today``, as one Q: started and not expired. The same
    documents as ``status_conditions(today)[IN_FORCE] | [AMENDED]``, in a condition
    that costs a third as much to build and compile. ``year``: today's year (given apart
    when ``today`` is a marker of a statement compiled once, ``website.compiled``)."""
    year = today.year if year is None else year
    not_yet = Q(effective_date__gt=today) | Q(effective_date__isnull=True, issue_date__gt=today)
    return (
        ~not_yet
        & ~Q(expiry_date__lte=today)
        & ~Q(replaced_from__lte=today)
        & ~Q(period_end_year__lt=year)
    )


def status_expression(today):
    conditions = status_conditions(today)
    return Case(
        When(conditions[Status.NOT_YET], then=Value(Status.NOT_YET.value)),
        When(conditions[Status.EXPIRED], then=Value(Status.EXPIRED.value)),
        When(conditions[Status.AMENDED], then=Value(Status.AMENDED.value)),
        default=Value(Status.IN_FORCE.value),
        output_field=models.CharField(),
    )


class PolicyStatusMixin:
    """The status of a ``PolicyPage`` (which has the date fields this reads)."""

    @property
    def start_date(self):
        return self.effective_date or self.issue_date

    def status(self, today=None):
        """The validity status on ``today`` (default: the local date now), read from the
        database (the relation dates may have changed since this object was loaded)."""
        today = today or timezone.localdate()
        return (
            type(self)
            .objects.filter(pk=self.pk)
            .annotate(status_code=status_expression(today))
            .values_list("status_code", flat=True)
            .first()
        ) or self.status_from_row(today)

    def status_from_row(self, today=None):
        """The validity status on ``today`` from this object's own dates, without a query:
        the rules of ``status_conditions`` (which the finder runs in SQL)."""
        today = today or timezone.localdate()

        def passed(day):
            return day is not None and day <= today

        if self.start_date is None or self.start_date > today:
            return Status.NOT_YET
        if (
            passed(self.expiry_date)
            or passed(self.replaced_from)
            or (self.period_end_year is not None and self.period_end_year < today.year)
        ):
            return Status.EXPIRED
        if passed(self.amended_from):
            return Status.AMENDED
        return Status.IN_FORCE

    @cached_property
    def current_status(self):
        # Annotated by the finder's queries; else from the row (search results, the page).
        return Status(getattr(self, "status_code", None) or self.status_from_row())

    @property
    def api_status(self):
        status = self.current_status
        return {"code": status.value, "label": str(status.label)}

    @property
    def is_in_force(self):
        return self.current_status in IN_FORCE_STATUSES
