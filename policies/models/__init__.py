"""Support policies: a library of legal documents and the finder for businesses.

A ``PolicyPage`` is one legal document (decree, decision, circular, …) with its
support items; a ``PolicyIndexPage`` (one per language) is the finder and hosts
the guided form "Tôi được hỗ trợ gì?".

The package: ``vocabularies`` (document types, statuses, beneficiary kinds, sizes,
issuing bodies), ``pages`` (the two page types and their fields), ``panels`` (a
document's admin panels), ``content``, ``status`` and ``validation`` (the behaviour of
a document page, as mixins), ``relations`` (attachments, relations and
the relation dates), ``documents`` (text extracted from files). Models import no
other module of the app but ``blocks``: the finder, the guide and the queries import
the models, never the reverse.
"""

from .content import FILE_KINDS, PolicyContentMixin
from .documents import DocumentText
from .pages import SUMMARY_FEATURES, PolicyIndexPage, PolicyPage
from .relations import (
    RELATION_DATE_FIELDS,
    PolicyAttachment,
    PolicyRelation,
    refresh_relation_dates,
)
from .status import (
    PolicyStatusMixin,
    in_effect_condition,
    status_conditions,
    status_expression,
)
from .vocabularies import (
    IN_FORCE_STATUSES,
    STATUS_RANK,
    BeneficiaryKind,
    DocumentType,
    EnterpriseSize,
    IssuingBody,
    Status,
)

__all__ = [
    "FILE_KINDS",
    "IN_FORCE_STATUSES",
    "RELATION_DATE_FIELDS",
    "STATUS_RANK",
    "SUMMARY_FEATURES",
    "BeneficiaryKind",
    "DocumentText",
    "DocumentType",
    "EnterpriseSize",
    "IssuingBody",
    "PolicyAttachment",
    "PolicyContentMixin",
    "PolicyIndexPage",
    "PolicyPage",
    "PolicyRelation",
    "PolicyStatusMixin",
    "Status",
    "in_effect_condition",
    "refresh_relation_dates",
    "status_conditions",
    "status_expression",
]
