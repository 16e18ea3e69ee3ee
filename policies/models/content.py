"""What a document's page shows besides its fields: support items read from the raw
stream, attachments, relations both ways and the scope in the page's language."""

from website.related import related_news
from website.taxonomy import in_language_sorted

from .documents import DocumentText
from .relations import PolicyRelation

FILE_KINDS = {
    "pdf": "PDF",
    "doc": "Word (DOC)",
    "docx": "Word (DOCX)",
    "xls": "Excel (XLS)",
    "xlsx": "Excel (XLSX)",
    "odt": "OpenDocument (ODT)",
    "zip": "ZIP",
}


class PolicyContentMixin:
    """The page context of a ``PolicyPage`` and the texts its search index reads."""

    # Support items without extra queries: the raw stream data, ids not objects.
    def support_item_values(self):
        values = []
        for raw in self.support_items.raw_data:
            if raw.get("type") != "item":
                continue
            value = raw.get("value") or {}
            values.append(
                {
                    "id": raw.get("id"),
                    "support_type": value.get("support_type"),
                    "what": value.get("what") or "",
                    "max_amount": value.get("max_amount"),
                    "cost_share": value.get("cost_share"),
                    "level_note": value.get("level_note") or "",
                }
            )
        return values

    def support_items_text(self):
        return "\n".join(
            f"{item['what']} {item['level_note']}".strip() for item in self.support_item_values()
        )

    def attachment_text(self):
        document_ids = [a.document_id for a in self.attachments.all() if a.document_id]
        if not document_ids:
            return ""
        return "\n".join(
            DocumentText.objects.filter(document_id__in=document_ids).values_list("text", flat=True)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_documents()
        context["scope"] = scope = self.scope()
        attachments = list(self.attachments.select_related("document").order_by("sort_order"))
        context["files"] = self.files(attachments)
        context["related_news"] = related_news(
            request,
            self,
            provinces=scope["provinces"],
            regions=scope["regions"],
            sectors=scope["sectors"],
            linked=[self, *(attachment.document for attachment in attachments)],
        )
        return context

    def related_documents(self):
        """Relations both ways, as live pages in this page's language where translated."""
        outgoing = [
            (r.kind, r.target)
            for r in self.relations.select_related("target").order_by("sort_order")
            if r.target.live
        ]
        incoming = [
            (r.kind, r.page)
            for r in PolicyRelation.objects.filter(
                target__translation_key=self.translation_key, page__live=True
            )
            .exclude(page__translation_key=self.translation_key)
            .select_related("page")
            .order_by("page__issue_date", "pk")
        ]
        keys = {page.translation_key for _kind, page in outgoing + incoming}
        local = {
            page.translation_key: page
            for page in type(self)
            .objects.live()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
        }
        groups = {"replaces": [], "amends": [], "replaced_by": [], "amended_by": []}
        names = {
            ("out", PolicyRelation.Kind.REPLACES): "replaces",
            ("out", PolicyRelation.Kind.AMENDS): "amends",
            ("in", PolicyRelation.Kind.REPLACES): "replaced_by",
            ("in", PolicyRelation.Kind.AMENDS): "amended_by",
        }
        for direction, pairs in (("out", outgoing), ("in", incoming)):
            for kind, page in pairs:
                page = local.get(page.translation_key, page)
                group = groups[names[direction, kind]]
                if page not in group:
                    group.append(page)
        return groups

    def scope(self):
        """Who and where the document applies to, with names in this page's language."""
        return {
            "kinds": list(self.beneficiary_kinds.all()),
            "sizes": list(self.enterprise_sizes.all()),
            "sectors": in_language_sorted(self.sectors.all(), self.locale_id),
            "regions": in_language_sorted(self.regions.all(), self.locale_id),
            "provinces": in_language_sorted(self.provinces.all(), self.locale_id),
        }

    def files(self, attachments=None):
        """Attachments with their download URL, type and size."""
        if attachments is None:
            attachments = self.attachments.select_related("document").order_by("sort_order")
        result = []
        for attachment in attachments:
            document = attachment.document
            extension = document.file_extension.lower()
            try:
                size = document.get_file_size()
            except OSError:
                size = None
            result.append(
                {
                    "title": attachment.title or document.title,
                    "url": document.url,
                    "filename": document.filename,
                    "extension": extension,
                    "kind": FILE_KINDS.get(extension, extension.upper()),
                    "size": size,
                }
            )
        return result
