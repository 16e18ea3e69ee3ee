"""Listing filters read from the query string: each value checked, the accepted ones echoed.

One class for every filtered listing. A value is read (trimmed, length-capped), checked
against what exists, and kept in ``values`` (the form shows it as selected; links to other
pages of the listing repeat it); what was wrong is said in ``messages``, in the reader's
language. What a bad value does is chosen per parameter:

- ``NO_MATCH``: the value names nothing, so nothing matches: ``no_match`` is set and the
  listing shows no item (a link to a category that no longer exists);
- ``IGNORE``: the value is dropped and the listing goes on without it (its name is added
  to ``ignored``).

Either way the parameter's name is added to ``refused`` (a listing that answers a
malformed value with 400, say, looks there).

    filters = QueryFilters(request.GET)
    region = filters.choice("region", regions_by_slug, gettext("vùng"))
    year = filters.integer("year", gettext("năm"), 1990, 2100)
    low, high = filters.integer_range("min", "max", ..., swapped_message=...)
    sort = filters.option("sort", SORTS, default="moi-nhat", message=...)
    if filters.no_match: queryset = queryset.none()
    context = {"filters": filters, "filtered": filters.active(ignore=("sort",)),
               "pagination_query": filters.query_string(page=None)}

``options`` is a mapping of accepted values to what they stand for, or a function
(value → object or None) for options looked up one at a time.
"""

import re
from collections.abc import Mapping
from urllib.parse import urlencode

from django.utils.translation import gettext

NO_MATCH = "no_match"
IGNORE = "ignore"

MAX_PARAM_LENGTH = 100
# A slug as the URLs use it: a value outside it (which PostgreSQL's LIKE or a path would
# treat specially) names nothing and is not looked up.
SLUG = re.compile(r"[-\w]+", re.ASCII)


class QueryFilters:
    """The filters of one request: ``values``, ``messages``, ``no_match``, ``ignored``,
    ``refused``."""

    def __init__(self, params, *, max_length=MAX_PARAM_LENGTH):
        self.params = params
        self.max_length = max_length
        self.values = {}
        self.messages = []
        self.no_match = False
        self.ignored = []
        self.refused = []

    # Reading ------------------------------------------------------------------------

    def raw(self, name):
        """The parameter's value, trimmed and capped; "" when absent."""
        return self._clean(self.params.get(name, ""))

    def raw_list(self, name, limit):
        """The parameter's non-empty values (``?a=1&a=2``), at most ``limit``."""
        return self._raw_values(name, limit)[:limit]

    def _raw_values(self, name, limit):
        values = [self._clean(value) for value in self.params.getlist(name)[: limit * 2]]
        return [value for value in values if value]

    def _clean(self, value):
        return value.strip()[: self.max_length] if isinstance(value, str) else ""

    def _refuse(self, name, message, on_bad):
        self.refused.append(name)
        if message:
            self.messages.append(message)
        if on_bad == NO_MATCH:
            self.no_match = True
        else:
            self.ignored.append(name)

    # Checking -----------------------------------------------------------------------

    def choice(self, name, options, label=None, *, unknown=NO_MATCH, message=None, pattern=None):
        """What the parameter's value stands for in ``options``, or None.

        An unknown value (or one outside ``pattern``) is refused as ``unknown`` says,
        with ``message`` (``%(label)s``, ``%(value)s``) or the default one.
        """
        value = self.raw(name)
        if not value:
            return None
        found = None
        if pattern is None or pattern.fullmatch(value):
            found = _look_up(options, value)
        if found is None:
            if message is None:
                message = gettext("Không có %(label)s “%(value)s”; không có kết quả nào phù hợp.")
            self._refuse(name, message % {"label": label, "value": value}, unknown)
            return None
        self.values[name] = value
        return found

    def choices(self, name, options, label=None, *, limit, unknown=IGNORE, message=None):
        """Every value of a repeated parameter that ``options`` knows, at most ``limit``.

        An unknown value is refused as ``unknown`` says (with ``message``, if any); a
        repeated one, or one past the limit, is ignored without a message.
        """
        found, kept = [], []
        for value in self._raw_values(name, limit):
            item = _look_up(options, value)
            if item is None:
                text = message % {"label": label, "value": value} if message else None
                self._refuse(name, text, unknown)
            elif value in kept or len(kept) >= limit:
                self._refuse(name, None, IGNORE)
            else:
                kept.append(value)
                found.append(item)
        if kept:
            self.values[name] = kept
        return found

    def integer(self, name, label, minimum, maximum, *, invalid=IGNORE, message=None, grouped=True):
        """A whole number within bounds, or None. Digit-group separators ("10.000") are
        allowed unless ``grouped`` is False (a year, a month)."""
        given = self.raw(name)
        value = given.replace(".", "").replace(",", "").replace(" ", "") if grouped else given
        if not value:
            return None
        if not (value.isascii() and value.isdigit()) or not (minimum <= int(value) <= maximum):
            if message is None:
                message = gettext(
                    "Bỏ qua %(label)s “%(value)s”: cần một số từ %(min)s đến %(max)s."
                )
            values = {"label": label, "value": given, "min": minimum, "max": maximum}
            self._refuse(name, message % values, invalid)
            return None
        self.values[name] = int(value)
        return int(value)

    def integer_range(self, low_name, high_name, labels, minimum, maximum, *, swapped_message):
        """(low, high) from two integer parameters; swapped, with a message, when reversed."""
        low = self.integer(low_name, labels[0], minimum, maximum)
        high = self.integer(high_name, labels[1], minimum, maximum)
        if low is not None and high is not None and low > high:
            self.messages.append(swapped_message)
            low, high = high, low
            self.values[low_name], self.values[high_name] = low, high
        return low, high

    def option(self, name, options, default, *, message=None):
        """A key of ``options`` (an order, a view); an unknown one gives ``default`` and
        ``message`` (``%(value)s``), if any: not worth an empty listing."""
        value = self.raw(name)
        if value in options:
            self.values[name] = value
            return value
        if value and message:
            self.messages.append(message % {"value": value})
        return default

    def page_number(self, name="page"):
        """The page asked for: a positive number of at most five digits, else 1."""
        value = self.raw(name)
        return int(value) if value.isascii() and value.isdigit() and 0 < int(value) < 100_000 else 1

    # Echoing ------------------------------------------------------------------------

    def active(self, *, ignore=()):
        """Whether the listing is narrowed (or a value was refused): not the plain list."""
        return bool(set(self.values) - set(ignore) or self.no_match or self.messages)

    def query_string(self, **overrides):
        """The accepted filters as a query string, with ``overrides`` (None drops a key)."""
        values = {**self.values, **overrides}
        return urlencode(
            {key: value for key, value in values.items() if value not in (None, "")}, doseq=True
        )


def _look_up(options, value):
    if isinstance(options, Mapping):
        return options.get(value)
    return options(value)
