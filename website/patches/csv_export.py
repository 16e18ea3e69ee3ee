"""Security (always on): spreadsheet exports that a spreadsheet program cannot run as
formulas.

Every listing of the admin that offers "Download CSV" / "Download XLSX" does it through
Wagtail's ``SpreadsheetExportMixin``: our viewsets with ``list_export`` (reader comments,
producer inquiries) and Wagtail's own reports (search terms, which hold what readers typed
into the site search; site history; locked and aging pages; workflows; redirects; form
submissions). Their cells carry text that outsiders typed, and a CSV cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel and LibreOffice
(``=HYPERLINK("http://evil","x")`` becomes a link that sends the sheet elsewhere).

The XLSX export already stores such text as a string cell. For CSV, ``install()`` (called
from ``WebsiteConfig.ready()``) makes the mixin do what OWASP recommends
(https://owasp.org/www-community/attacks/CSV_Injection): each text cell that starts with
one of those characters gets a leading single quote, and every cell is written between
double quotes (so a ``;`` or ``,`` inside a cell cannot start a new cell in a spreadsheet
that splits on it). Numbers, dates and booleans are not text and are left alone.

Replaces ``SpreadsheetExportMixin.stream_csv`` and ``write_csv_row`` with copies of
upstream's that quote and neutralise; when upstream's change, copy the change in.
"""

import csv

from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from website.patches import replace

CHECKED_AGAINST = "Wagtail 8.0.1"
UPSTREAM = {
    "wagtail.admin.views.mixins:SpreadsheetExportMixin.stream_csv": "a560e82f7b810ee0",
    "wagtail.admin.views.mixins:SpreadsheetExportMixin.write_csv_row": "71a94feb191f6aa7",
    # relied on: the CSV answer streams stream_csv(); XLSX keeps text as text
    "wagtail.admin.views.mixins:SpreadsheetExportMixin.write_csv_response": "8003e788b15c23a4",
    "wagtail.admin.views.mixins:SpreadsheetExportMixin.generate_xlsx_row": "3788e415509596b2",
}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """``'=HYPERLINK(…)`` for ``=HYPERLINK(…)``; any other value unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def stream_csv(self, queryset):
    """Wagtail's ``SpreadsheetExportMixin.stream_csv``, every cell quoted and neutralised."""
    writer = csv.DictWriter(Echo(), fieldnames=self.list_export, quoting=csv.QUOTE_ALL)
    yield writer.writerow(
        {field: neutralise_formula(self.get_heading(queryset, field)) for field in self.list_export}
    )
    for item in queryset:
        yield self.write_csv_row(writer, self.to_row_dict(item))


def write_csv_row(self, writer, row_dict):
    """Wagtail's ``SpreadsheetExportMixin.write_csv_row``, every cell neutralised."""
    return writer.writerow(
        {
            field: neutralise_formula(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def install():
    replace(SpreadsheetExportMixin, "stream_csv", stream_csv)
    replace(SpreadsheetExportMixin, "write_csv_row", write_csv_row)
