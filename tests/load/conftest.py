"""Load and fault tests against gunicorn with production settings (marker: slow)."""

import pytest

from tests.server import gunicorn, prepare_site, scratch_database, server_env, suite_engine


@pytest.fixture(scope="module")
def production_site(tmp_path_factory):
    """A production-settings gunicorn (2 workers) on a fresh demo database."""
    workdir = tmp_path_factory.mktemp("load-site")
    with scratch_database(workdir, suite_engine()) as database_url:
        env = server_env(workdir, "website.settings.production", database_url=database_url)
        prepare_site(workdir, env)
        with gunicorn(workdir, env, workers=2, threads=8, server_object=True) as server:
            server.env = env
            server.database_url = database_url
            yield server
