"""Fixtures of the website tests: a member of each editorial group, and a demo site
served under production settings with a configured origin that is neither the server's
address nor the Site record's ("http://localhost"), for the crawl and the HTML validator
(test_crawl.py, test_html_validity.py)."""

import urllib.error
import urllib.request

import pytest
from django.contrib.auth.models import Group

from tests.server import gunicorn, prepare_site, scratch_database, server_env, suite_engine
from website.groups import EDITORS, MODERATORS

ORIGIN = "https://khuyencong.example"


class PublicSite:
    """The served site: ``fetch(url)`` takes a URL at ORIGIN (or a path) and asks the
    server for it."""

    def __init__(self, server):
        self.server = server
        self.base_url = server.base_url
        self.origin = ORIGIN

    def log_tail(self, lines=80):
        """The end of the server's log, for a failure message: a page that did not
        answer 200 once, on one run only, left nothing else to go on."""
        return "\n".join(self.server.log().splitlines()[-lines:])

    def local(self, url):
        """The server's address for a URL of the site."""
        if url.startswith(ORIGIN):
            url = url[len(ORIGIN) :]
        return self.base_url + url

    def fetch(self, url, headers=None):
        """(status, headers, body as text) of a GET, redirects not followed; a text or
        application answer must be UTF-8, media come back byte for byte (latin-1)."""
        request = urllib.request.Request(self.local(url), headers=headers or {})
        try:
            with _OPENER.open(request, timeout=300) as response:
                body = response.read()
                kind = response.headers.get("Content-Type", "")
                if kind.startswith(("text/", "application/")) and not kind.startswith(
                    ("application/octet-stream", "application/pdf", "application/zip")
                ):
                    return response.status, response.headers, body.decode()
                # Video, audio, images, files: their bytes one to one, not read as text.
                return response.status, response.headers, body.decode("latin-1")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@pytest.fixture(scope="session")
def public_site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("crawl-site")
    with scratch_database(workdir, suite_engine()) as database_url:
        env = server_env(workdir, "website.settings.production", database_url=database_url)
        prepare_site(workdir, env)
        with gunicorn(
            workdir, env, workers=2, threads=4, site_origin=ORIGIN, server_object=True
        ) as server:
            yield PublicSite(server)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bientap", "bt@example.vn", "pw-editor-1")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("kiemduyet", "kd@example.vn", "pw-moder-1")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user
