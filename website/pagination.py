"""The one paginator of the site's listings (``ListPaginator``).

It is Django's ``Paginator`` with three options the listings need, each optional:

- ``max_pages``: count at most that many pages of rows. Counting every row of a large
  archive costs a scan of all of them on each render; past the cap, readers narrow with
  the filters and search engines use the sitemap. ``capped`` then says the list goes on
  beyond the last page.
- ``count``: the number of rows when it is already known (from a summary query, or the
  total a search returned): no COUNT query at all.
- ``count_queryset`` (unordered) is counted instead of the list, and ``narrow_list``
  lists the page when that count stays under the cap: two forms of the same rows, one
  cheap to count, one cheap to walk (``news.listing.FilterResult``).

``page_or_404`` turns a page number that is not a number or out of range into a 404.
"""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.functional import cached_property


class ListPaginator(Paginator):
    def __init__(
        self,
        object_list,
        per_page,
        max_pages=None,
        count=None,
        count_queryset=None,
        narrow_list=None,
        **kwargs,
    ):
        super().__init__(object_list, per_page, **kwargs)
        self.max_rows = per_page * max_pages if max_pages else None
        self.capped = False
        self.count_queryset = count_queryset
        self.narrow_list = narrow_list
        if count is not None:
            self.__dict__["count"] = count  # the cached_property's slot

    @cached_property
    def count(self):
        counted_list = self.object_list if self.count_queryset is None else self.count_queryset
        if self.max_rows is None:
            counted = len(counted_list) if isinstance(counted_list, list) else counted_list.count()
        else:
            counted = counted_list[: self.max_rows + 1].count()
            self.capped = counted > self.max_rows
            counted = min(counted, self.max_rows)
        if not self.capped and self.narrow_list is not None:
            self.object_list = self.narrow_list
        return counted


def page_or_404(paginator, number):
    """The page ``number`` of ``paginator`` (the first when none is given); 404 when
    there is no such page."""
    try:
        return paginator.page(number or 1)
    except InvalidPage as error:
        raise Http404 from error
