"""The views of the policies app: the routes of ``PolicyIndexPage`` (the finder and
the guided form), page functions (``website.page_functions``) registered when
``PoliciesConfig.ready()`` imports this module. Their context is built in
``policies.listing``."""

from website import page_functions

from .listing import finder_context, guide_context


@page_functions.register("policies", "finder")
def finder_view(request, index_page):
    return index_page.render(request, context_overrides=finder_context(request, index_page))


@page_functions.register("policies", "guide")
def guide_view(request, index_page):
    context, status = guide_context(request, index_page)
    response = index_page.render(
        request,
        template="pages/policies/policy_guide.html",
        context_overrides=context,
    )
    response.status_code = status
    return response
