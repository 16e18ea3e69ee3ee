"""The library's files: the video or audio file with its content type and byte ranges
(players seek with them), and the WebVTT captions as text/vtt."""

import re

from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Collection

from . import queries

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CACHE_CONTROL = "public, max-age=86400"


def _public_item(pk):
    item = queries.media_item(pk)
    if item is None:
        raise Http404("no such media")
    # A file in a private collection is not served here (Wagtail's document privacy).
    collection = Collection.objects.filter(pk=item.collection_id).first()
    if collection is not None and collection.get_view_restrictions().exists():
        raise Http404("private")
    return item


@require_safe
def media_file(request, pk, filename):
    item = _public_item(pk)
    if not item.file or item.filename != filename or not item.content_type:
        raise Http404("no such file")
    try:
        handle = item.file.open("rb")
    except FileNotFoundError as error:
        raise Http404("missing file") from error
    size = item.file.size
    match = RANGE.match(request.headers.get("Range", ""))
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:
            start, end = max(size - int(match[2]), 0), size - 1
        if start > end or start >= size:
            handle.close()
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        handle.seek(start)
        data = handle.read(end - start + 1)
        handle.close()
        response = HttpResponse(data, status=206, content_type=item.content_type)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    else:
        response = FileResponse(handle, content_type=item.content_type)
        response["Content-Length"] = str(size)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def captions(request, pk, language):
    item = _public_item(pk)
    field = getattr(item, f"captions_{language}", None)
    if not field:
        raise Http404("no captions")
    try:
        with field.open("rb") as handle:
            text = handle.read()
    except FileNotFoundError as error:
        raise Http404("missing file") from error
    response = HttpResponse(text, content_type="text/vtt; charset=utf-8")
    response["Cache-Control"] = CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    return response
