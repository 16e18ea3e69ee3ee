"""A serving process settles its garbage collector once the site is loaded."""

import os
import subprocess
import sys
from pathlib import Path

from website.process import YOUNG_THRESHOLD

ROOT = Path(__file__).resolve().parents[2]


def test_the_wsgi_module_freezes_what_is_loaded():
    # In a process of its own: freezing this test process would change the others.
    code = (
        "import gc; import website.wsgi; from django.urls import get_resolver; "
        "r = get_resolver(); "
        # gc.get_objects() lists what collections still walk: not the frozen objects.
        "print(gc.get_freeze_count(), gc.get_threshold()[0], "
        "gc.is_tracked(r) and not any(o is r for o in gc.get_objects()))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    frozen, threshold, resolver_frozen = result.stdout.split()
    # The settled site: Django, Wagtail, the models and the URLconf.
    assert int(frozen) > 50_000
    assert int(threshold) == YOUNG_THRESHOLD
    assert resolver_frozen == "True"
