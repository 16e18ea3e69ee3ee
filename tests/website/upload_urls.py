"""A view that saves a document row and two files, for the upload-failure tests."""

from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.urls import path
from wagtail.documents import get_document_model

from website.urls import urlpatterns as site_urlpatterns


def two_files(request):
    get_document_model().objects.create(title="Quyết định", file=request.FILES["pdf"])
    default_storage.save("images/lo-say-che.jpg", request.FILES["jpg"])
    return HttpResponse("ok")


urlpatterns = [path("two-files/", two_files), *site_urlpatterns]
