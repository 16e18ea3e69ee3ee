"""Structured data of the policy library (``website.structured_data``): a document is
a schema.org ``Legislation`` (number, issue date, type, issuing body, jurisdiction
"VN", legal force from the page's status); the library is a CollectionPage listing the
documents of its page of results; the guide ("Tôi được hỗ trợ gì?") a WebPage."""

from django.utils.translation import gettext as _
from wagtail import hooks

from website.origin import absolute
from website.structured_data import HOOK, Data, iso, plain

IN_FORCE = "https://schema.org/InForce"
NOT_IN_FORCE = "https://schema.org/NotInForce"


def policy(ctx):
    page = ctx.page
    body = page.issuing_body.localized if page.issuing_body_id else None
    node = {
        "@type": "Legislation",
        "name": page.title,
        "headline": page.title[:110],
        "description": page.get_meta_description() or plain(page.summary),
        "url": ctx.url,
        "inLanguage": ctx.language,
        "legislationIdentifier": page.document_number,
        "legislationDate": iso(page.issue_date),
        "legislationType": str(page.get_document_type_display()),
        "legislationJurisdiction": "VN",
        # The page's status: in force, or in force and partly amended.
        "legislationLegalForce": IN_FORCE if page.is_in_force else NOT_IN_FORCE,
    }
    if page.effective_date:
        node["legislationDateOfApplicability"] = iso(page.effective_date)
    if page.expiry_date:
        node["expires"] = iso(page.expiry_date)
    if body is not None:
        node["legislationPassedBy"] = {"@type": "GovernmentOrganization", "name": body.name}
    files = ctx.get("files")
    if files:
        node["encoding"] = [
            {
                "@type": "LegislationObject",
                "name": file["title"],
                "contentUrl": absolute(file["url"]),
                "encodingFormat": file["kind"],
                "legislationLegalValue": "https://schema.org/UnofficialLegalValue",
            }
            for file in files
        ]
    return Data(nodes=[node])


def policy_index(ctx):
    route = ctx.route
    if route is not None and route[0] in ("guide", "guide_en"):
        title = _("Tôi được hỗ trợ gì?")
        matches = ctx.get("matches") or ()
        extra = {"name": title}
        description = page_description(ctx.page)
        if description:
            extra["description"] = description
        node = ctx.web_page(**extra)
        if matches:
            node["mainEntity"] = ctx.collection([m["page"] for m in matches])["mainEntity"]
        return Data(nodes=[node], title=title, description=description)
    finder = ctx.get("finder")
    pages = [result["page"] for result in finder.results] if finder is not None else []
    return Data(nodes=[ctx.collection(pages, finder.page_obj if finder else None)])


def page_description(page):
    return getattr(page, "guide_intro", "") or page.get_meta_description()


@hooks.register(HOOK)
def builders():
    return {"policies.policypage": policy, "policies.policyindexpage": policy_index}
