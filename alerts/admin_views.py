"""The admin report: subscriptions by filter and language, the last sends, the failures."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .queries import counts_by_filter, failed_deliveries, last_deliveries


def report(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    return render(
        request,
        "components/alerts/admin/report.html",
        {
            "counts": list(counts_by_filter()),
            "sent": list(last_deliveries()),
            "failed": list(failed_deliveries()),
        },
    )
