"""Times ``manage.py import_archive`` over generated saved pages (tests/archive/generate.py).

    .venv/bin/python tests/benchmarks/archive_import.py [COUNT]   # default 10,000

A fresh SQLite database (or BENCH_DATABASE_URL) with a news index; the first run
imports every page, the second finds them unchanged. Records wall time, the CPU
time of each import process (user + system, from the children's resource usage)
and the load average before and after, since the machine may be shared. Writes
tests/benchmarks/archive-import[-COUNT].json.
"""

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.archive.generate import generate  # noqa: E402

SETUP = """
from news.models import NewsIndexPage
from website.models import HomePage
home = HomePage.objects.get(locale__language_code="vi")
index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
home.add_child(instance=index)
index.save_revision().publish()
"""


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    work = Path(tempfile.mkdtemp(prefix="kcqg-archive-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.dev",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{work / 'db.sqlite3'}"),
        "MEDIA_ROOT": str(work / "media"),
    }
    python = str(ROOT / ".venv" / "bin" / "python")
    manage = [python, str(ROOT / "manage.py")]
    started = time.monotonic()
    generate(work / "pages", count)
    generated = time.monotonic() - started
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
    subprocess.run([*manage, "shell", "-c", SETUP], env=env, check=True)
    results = {
        "pages": count,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "database": env["DATABASE_URL"].split(":", 1)[0],
        "generate_seconds": round(generated, 1),
    }
    for run in ("first", "again"):
        results[f"{run}_load_before"] = [round(load, 2) for load in os.getloadavg()]
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        done = subprocess.run(
            [*manage, "import_archive", str(work / "pages")],
            env=env,
            stdout=subprocess.PIPE,  # the report; progress lines go to stderr, shown
            text=True,
        )
        results[f"{run}_seconds"] = round(time.monotonic() - started, 1)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
        results[f"{run}_cpu_seconds"] = round(cpu, 1)
        results[f"{run}_load_after"] = [round(load, 2) for load in os.getloadavg()]
        results[f"{run}_report"] = done.stdout.strip().splitlines()[-1:]
        results[f"{run}_exit"] = done.returncode
        print(
            run,
            results[f"{run}_seconds"],
            "s wall,",
            results[f"{run}_cpu_seconds"],
            "s CPU",
            results[f"{run}_report"],
            flush=True,
        )
    name = "archive-import.json" if count == 10_000 else f"archive-import-{count}.json"
    (Path(__file__).parent / name).write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
