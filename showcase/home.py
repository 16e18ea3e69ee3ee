"""The home page's section: featured case studies and products (editor-chosen, then newest)."""

from website.locales import index_page

from . import queries
from .models import CaseStudyIndexPage, ProductGalleryPage

HOME_CASE_STUDIES = 3
HOME_PRODUCTS = 4


def home_section_context(request, page):
    case_studies = queries.featured_case_studies(page.locale_id, HOME_CASE_STUDIES)
    products = queries.featured_products(page.locale_id, HOME_PRODUCTS)
    if not case_studies and not products:
        return None
    return {
        "case_studies": case_studies,
        "products": products,
        "case_study_index": index_page(CaseStudyIndexPage, page.locale_id),
        "product_gallery": index_page(ProductGalleryPage, page.locale_id),
    }
