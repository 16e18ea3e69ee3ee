"""A serving process settles its garbage collector once the site is loaded."""

import os
import subprocess
import sys
from pathlib import Path

from website.patches.gc_freeze import YOUNG_THRESHOLD

ROOT = Path(__file__).resolve().parents[2]


def run_wsgi(code, **env):
    """``code`` in a process of its own: freezing this test process would change the others."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test", **env}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_wsgi_module_freezes_what_is_loaded():
    code = (
        "import gc; import website.wsgi; from django.urls import get_resolver; "
        "r = get_resolver(); "
        # gc.get_objects() lists what collections still walk: not the frozen objects.
        "print(gc.get_freeze_count(), gc.get_threshold()[0], "
        "gc.is_tracked(r) and not any(o is r for o in gc.get_objects()))"
    )
    frozen, threshold, resolver_frozen = run_wsgi(code)
    # The settled site: Django, Wagtail, the models and the URLconf.
    assert int(frozen) > 50_000
    assert int(threshold) == YOUNG_THRESHOLD
    assert resolver_frozen == "True"


def test_with_the_patch_off_the_collector_keeps_pythons_defaults():
    code = "import gc; default = gc.get_threshold(); import website.wsgi; "
    code += "print(gc.get_freeze_count(), gc.get_threshold() == default)"
    frozen, default = run_wsgi(code, PATCHES="image_filters,routing,sqlite_stats")
    assert (frozen, default) == ("0", "True")
