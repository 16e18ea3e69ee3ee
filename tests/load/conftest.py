"""Load and fault tests against gunicorn with production settings (marker: slow)."""

import pytest

from tests.server import production_server


@pytest.fixture(scope="module")
def production_site(tmp_path_factory):
    """A production-settings gunicorn (2 workers) on a fresh demo database, behind a proxy
    on loopback that names each client (X-Forwarded-For)."""
    workdir = tmp_path_factory.mktemp("load-site")
    with production_server(workdir, TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR") as server:
        yield server
