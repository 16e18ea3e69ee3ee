"""Showcase: demonstration-model case studies and the standout-product exhibition.

Page tree (one index and one gallery per language, under the home page):

    HomePage
    ├── CaseStudyIndexPage → CaseStudyPage …
    └── ProductGalleryPage → ProductPage …

The models import nothing that lists or renders them: their pages call the functions of
``showcase.listing`` and ``showcase.views`` through ``website.page_functions``.
"""

from .case_studies import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedProduct
from .gallery import CaptionedImage, CaseStudyImage, ProductImage
from .inquiries import ProducerInquiry
from .products import ProductGalleryPage, ProductPage
from .taxonomy import (
    YEAR_VALIDATORS,
    AwardLevel,
    EnterpriseKind,
    ProductGroup,
    Programme,
)

__all__ = [
    "YEAR_VALIDATORS",
    "AwardLevel",
    "CaptionedImage",
    "CaseStudyImage",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyRelatedProduct",
    "EnterpriseKind",
    "ProducerInquiry",
    "ProductGalleryPage",
    "ProductGroup",
    "ProductImage",
    "ProductPage",
    "Programme",
]
