"""The client's address, for rate limits and login lockouts."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or the first address of a trusted proxy's header when configured."""
    header = getattr(settings, "KCQG_TRUSTED_PROXY_HEADER", "")
    if header:
        forwarded = request.META.get(header, "")
        first = forwarded.split(",")[0].strip()
        if first:
            return first[:64]
    return request.META.get("REMOTE_ADDR", "")[:64]
