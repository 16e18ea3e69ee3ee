"""`make bench`: how close the site comes to the machine's ceiling.

Builds (or reuses) a database with `load_demo_content --articles N` (BENCH_ARTICLES,
default 10,000), starts gunicorn with 2 workers of 2 threads under production
settings on loopback, and measures side by side, in one run, requests/s and p50/p99 latency
at 16 concurrent clients (wrk when installed, else a bounded Python client) for
the main pages with the page cache warm, the same pages rendered cold in-process,
and the ceiling: a static file served by the same gunicorn and WhiteNoise. Prints
a table and writes tests/benchmarks/results.json (results-N.json for other sizes,
results[-N]-postgres.json on PostgreSQL).
Also times the search page over a mix of queries, uncached; gives each page's bytes on
the wire with brotli (HTML and the CSS and JS it links, before images; issue 22's target
is 30 KB) and, when Lighthouse can run (tests/lighthouse.py; BENCH_LIGHTHOUSE=0 skips
it), its mobile performance score, LCP and CLS. Stops every process it started.

    make bench                                  # SQLite, 10,000 articles
    BENCH_ARTICLES=100000 make bench            # the scale check
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/kcqg_bench make bench
"""

import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import lighthouse  # noqa: E402
from tests.loadgen import run_load  # noqa: E402
from tests.server import _admin_dsn, gunicorn, manage, server_env  # noqa: E402

HERE = Path(__file__).resolve().parent
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "16"))
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "30"))
WARM_REQUESTS = 8


def log(message):
    print(message, flush=True)


def prepare(workdir):
    database_url = (
        os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{HERE / f'bench-{ARTICLES}.sqlite3'}"
    )
    env = server_env(
        workdir,
        "website.settings.production",
        database_url=database_url,
        MEDIA_ROOT=str(HERE / "bench-media"),
        TEST_MEDIA_ROOT=str(HERE / "bench-media"),
        LOG_LEVEL="ERROR",
        # As docs/deployment.md runs gunicorn: glibc keeps one malloc arena per
        # thread otherwise, and each holds on to memory it has freed.
        MALLOC_ARENA_MAX=os.environ.get("MALLOC_ARENA_MAX", "2"),
    )
    marker = HERE / f".bench-{re.sub(r'[^a-z0-9]+', '-', database_url.lower())}.done"
    if database_url.startswith(("postgres://", "postgresql://")):
        created = ensure_postgres_database(database_url)
        if created:
            marker.unlink(missing_ok=True)  # a new, empty database is built again
    manage(env, "migrate", "--noinput", "-v0")  # a reused database gets new migrations
    if not marker.exists():
        log(f"building the benchmark database ({ARTICLES} articles)…")
        started = time.monotonic()
        manage(env, "load_demo_content", "--articles", str(ARTICLES), quiet=False)
        log(f"  built in {time.monotonic() - started:.0f} s")
        marker.write_text(str(ARTICLES))
    manage(env, "collectstatic", "--noinput", "-v0")
    return env


def ensure_postgres_database(database_url):
    """Create the benchmark's PostgreSQL database when it does not exist yet; True if made."""
    import psycopg

    dsn, name = _admin_dsn(database_url)
    with psycopg.connect(**dsn) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        log(f"creating the PostgreSQL database {name}…")
        conn.execute(f'CREATE DATABASE "{name}"')
    return True


def pick_urls(env):
    """One URL per page kind, found in the database (in this process)."""
    os.environ.update(env)
    import django

    django.setup()
    from django.apps import apps
    from django.contrib.staticfiles.storage import staticfiles_storage

    urls = {"home": "/", "home (en)": "/en/"}

    def first_url(label, model_label, **filters):
        try:
            model = apps.get_model(model_label)
        except LookupError:
            return
        page = model.objects.live().public().filter(locale__language_code="vi", **filters)
        page = page.order_by("-pk").first()
        if page is not None:
            urls[label] = page.get_url()

    first_url("news index", "news.NewsIndexPage")
    first_url("article", "news.NewsArticlePage")
    first_url("case-study index", "showcase.CaseStudyIndexPage")
    first_url("product gallery", "showcase.ProductGalleryPage")
    first_url("policy finder", "policies.PolicyIndexPage")
    if "news index" in urls:
        try:
            category_model = apps.get_model("news.NewsCategory")
            category = category_model.objects.filter(locale__language_code="vi").first()
            if category is not None:
                urls["category"] = f"{urls['news index']}?category={category.slug}"
        except LookupError:
            log("no news categories: category page not measured")
    if "policy finder" in urls:
        urls["finder with facets"] = (
            f"{urls['policy finder']}?support=may-moc-thiet-bi&status=con-hieu-luc"
        )
    from django.urls import NoReverseMatch, reverse

    try:
        urls["search"] = reverse("search") + "?q=khuy%E1%BA%BFn+c%C3%B4ng"
    except NoReverseMatch:
        log("no search page yet: not measured")
    ceiling = staticfiles_storage.url("css/site.css")
    return urls, ceiling


def cold_render(urls):
    """In-process render times and SQL queries per page, page cache off.

    "cold": the page cache misses (what a reader meets after a publish or on a
    page nobody asked for yet) while the shared chrome caches (menu, language
    links, settings) are warm, as they are on a running site. "all cold": every
    cache cleared before each render, the worst case right after a restart.
    """
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    import website.wsgi  # noqa: F401 - loads and settles this process as a worker's start does

    settings.PAGE_CACHE_SECONDS = 0
    settings.ALLOWED_HOSTS = ["*"]
    client = Client(HTTP_HOST="127.0.0.1", SERVER_NAME="127.0.0.1")
    results = {}
    for url in urls.values():
        client.get(url)  # warm imports, renditions, template loading
    # Round by round over all pages, not page after page: a slow spell of the machine
    # (a few seconds) then touches every page's samples a little, instead of moving one
    # page's median (an article measured 17.9 ms in one run and 13.8 in the next).
    all_cold = {label: [] for label in urls}
    cold = {label: [] for label in urls}
    for _ in range(COLD_RUNS):
        for label, url in urls.items():
            cache.clear()
            started = time.perf_counter()
            client.get(url)
            all_cold[label].append(time.perf_counter() - started)
            started = time.perf_counter()
            client.get(url)
            cold[label].append(time.perf_counter() - started)
    for label, url in urls.items():
        cache.clear()
        with CaptureQueriesContext(connection) as queries_all_cold:
            client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        body = response.content
        results[label] = {
            "status": response.status_code,
            "cold_p50_ms": round(statistics.median(cold[label]) * 1000, 1),
            "all_cold_p50_ms": round(statistics.median(all_cold[label]) * 1000, 1),
            "queries": len(queries.captured_queries),
            "queries_all_cold": len(queries_all_cold.captured_queries),
            "html_bytes": len(body),
            "html_gzip_bytes": len(__import__("gzip").compress(body, 6)),
        }
    return results


# What readers type: with and without diacritics, đ/d, document numbers, common
# words that match nearly every article, rare ones, nothing, English on /en/.
SEARCH_QUERIES = [
    "khuyến công",
    "khuyen cong",
    "đề án",
    "de an",
    "máy sấy",
    "may say nong san",
    "Đồng Tháp",
    "1288/QĐ-TTg",
    "45/2012",
    "mô hình trình diễn",
    "gốm sứ",
    "dệt may",
    "chế biến chè",
    "tiết kiệm năng lượng",
    "hỗ trợ máy móc thiết bị",
    "cơ khí",
    "lò sấy",
    "sản phẩm công nghiệp nông thôn tiêu biểu",
    "xyzzy không có",
    "a",
]
SEARCH_QUERIES_EN = ["industrial promotion", "demonstration model", "dryer", "pottery"]
SEARCH_RUNS = int(os.environ.get("BENCH_SEARCH_RUNS", "5"))


def search_latency():
    """p50/p95 of the search page over SEARCH_QUERIES, uncached, in-process.

    Each query's time is its median over SEARCH_RUNS; p50/p95 are over queries. Also the
    CPU time of this process (``cpu_*``): on SQLite the whole search, on PostgreSQL
    without the server's part. On a shared, busy machine the wall time of a 50 ms search
    was 200-400 ms while its CPU time stayed within a few ms of a quiet run's.
    """
    from urllib.parse import quote_plus

    from django.test import Client
    from django.urls import reverse

    client = Client(HTTP_HOST="127.0.0.1", SERVER_NAME="127.0.0.1")
    urls = [reverse("search") + "?q=" + quote_plus(q) for q in SEARCH_QUERIES]
    urls += ["/en/search/?q=" + quote_plus(q) for q in SEARCH_QUERIES_EN]
    per_query = {}
    per_query_cpu = {}
    for url in urls:
        client.get(url)
        timings = []
        cpu = []
        for _ in range(SEARCH_RUNS):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        assert response.status_code == 200, (url, response.status_code)
        per_query[url] = round(statistics.median(timings) * 1000, 1)
        per_query_cpu[url] = round(statistics.median(cpu) * 1000, 1)

    def percentile(values, share):
        ordered = sorted(values)
        return ordered[max(0, math.ceil(share * len(ordered)) - 1)]

    ordered = sorted(per_query.values())
    return {
        "queries": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": percentile(ordered, 0.95),
        "max_ms": ordered[-1],
        "cpu_p50_ms": round(statistics.median(per_query_cpu.values()), 1),
        "cpu_p95_ms": percentile(per_query_cpu.values(), 0.95),
        "per_query_ms": per_query,
        "per_query_cpu_ms": per_query_cpu,
    }


WRK_LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def _to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def measure(base_url, path):
    if shutil.which("wrk"):
        output = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{CLIENTS}",
                f"-d{int(SECONDS)}s",
                "--latency",
                "-H",
                "Accept-Encoding: gzip",
                base_url + path,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        latencies = {p: _to_ms(v, u) for p, v, u in WRK_LATENCY.findall(output)}
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        socket_errors = re.search(r"Socket errors: (.*)", output)
        return {
            "tool": "wrk",
            "rps": round(rps, 1),
            "p50_ms": round(latencies.get("50", 0), 2),
            "p99_ms": round(latencies.get("99", 0), 2),
            "errors": int(errors.group(1)) if errors else 0,
            "socket_errors": socket_errors.group(1) if socket_errors else "",
        }
    result = run_load(base_url, [path], clients=CLIENTS, duration=SECONDS)
    summary = result.summary()
    return {
        "tool": "python",
        "rps": summary["rps"],
        "p50_ms": summary["p50_ms"],
        "p99_ms": summary["p99_ms"],
        "errors": summary["errors"],
    }


ASSET = re.compile(r'<(?:link rel="stylesheet"[^>]*? href|script[^>]*? src)="([^"]+)"')


def transfer_bytes(base_url, path):
    """Bytes on the wire, asked as a browser asks (``Accept-Encoding: br, gzip``), of
    a page's HTML and of the stylesheets and scripts it links (before images), and the
    encoding the HTML came in."""
    import urllib.request

    def get(url):
        request = urllib.request.Request(url, headers={"Accept-Encoding": "br, gzip"})
        with urllib.request.urlopen(request) as response:  # noqa: S310 - our server
            return response.read(), response.headers.get("Content-Encoding")

    body, encoding = get(base_url + path)
    with urllib.request.urlopen(base_url + path) as response:  # noqa: S310
        html = response.read().decode()
    assets = sorted(set(ASSET.findall(html)))
    total = len(body) + sum(len(get(base_url + url)[0]) for url in assets)
    return {"bytes_br": total, "html_encoding": encoding, "assets": len(assets)}


def lighthouse_scores(base_url, urls):
    """{label: {score, lcp_ms, cls}} of Lighthouse's mobile preset, two pages at a time;
    {} when Lighthouse cannot run here or BENCH_LIGHTHOUSE=0."""
    reason = lighthouse.available()
    if os.environ.get("BENCH_LIGHTHOUSE") == "0" or reason:
        log(f"Lighthouse not run: {reason or 'BENCH_LIGHTHOUSE=0'}")
        return {}
    from concurrent.futures import ThreadPoolExecutor

    def audit(path):
        """The page's report, or None when Lighthouse gave up on it (its "please run
        Lighthouse again" errors, NO_NAVSTART, seen now and then two at a time)."""
        try:
            return lighthouse.audit(base_url + path)
        except RuntimeError as error:
            log(f"  Lighthouse gave up on {path}: {str(error)[-200:]}")
            return None

    started = time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        reports = dict(zip(urls, pool.map(audit, urls.values()), strict=True))
    # A page Lighthouse gave up on is audited once more, alone; one that fails again
    # is left out of the table (shown as "-") rather than losing the whole run.
    for label, report in reports.items():
        if report is None:
            reports[label] = audit(urls[label])
    scores = {
        label: {
            "lighthouse_performance": report["scores"]["performance"],
            "lcp_ms": round(report["lcp_ms"]),
            "cls": round(report["cls"], 3),
        }
        for label, report in reports.items()
        if report is not None
    }
    log(f"Lighthouse: {len(scores)} of {len(urls)} pages in {time.monotonic() - started:.0f} s")
    return scores


def worker_memory(server):
    memory = []
    for pid in server.worker_pids():
        status = Path(f"/proc/{pid}/status").read_text()
        rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) // 1024
        peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) // 1024
        memory.append({"pid": pid, "rss_mb": rss, "peak_mb": peak})
    return memory


def machine_speed():
    """ms for a fixed pure-Python loop (median of 5): how fast this machine's core is
    today, so results from different machines (or a busy one) can be compared."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for n in range(2_000_000):
            total += n % 7
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


def main():
    workdir = HERE / ".bench-work"
    speed_before = machine_speed()
    workdir.mkdir(exist_ok=True)
    env = prepare(workdir)
    urls, ceiling_path = pick_urls(env)
    log(f"pages: {', '.join(urls)}")
    # The machine's speed swings (the loop has taken 63 to 400 ms): it is measured next
    # to the cold renders too, the figures that depend on it most.
    speed_cold = [machine_speed()]
    cold = cold_render(urls)
    speed_cold.append(machine_speed())
    search = search_latency() if "search" in urls else None
    rows = {}
    # Two threads per worker, as docs/deployment.md runs them (more threads: more
    # memory per worker, no more throughput under the GIL).
    # --reuse-port, as docs/deployment.md runs gunicorn: wrk's 16 kept-alive connections
    # are spread over both workers by the kernel. Without it they sometimes all landed on
    # one worker, and that page's row measured one worker (~40 % of the others).
    with gunicorn(
        workdir, env, workers=2, threads=2, server_object=True, extra_args=["--reuse-port"]
    ) as server:
        import urllib.request

        # Warm the page cache of every worker: each has its own (local memory), and a
        # new connection lands on either (--reuse-port), so a few requests a page reach
        # both. Otherwise a page's first seconds include the other worker's miss.
        for path in [ceiling_path, *urls.values()]:
            for _ in range(WARM_REQUESTS):
                with urllib.request.urlopen(server.base_url + path) as response:  # noqa: S310
                    response.read()
        ceiling = measure(server.base_url, ceiling_path)
        for label, path in urls.items():
            rows[label] = {"url": path, **measure(server.base_url, path), **cold[label]}
            rows[label]["ratio_to_ceiling"] = round(rows[label]["rps"] / ceiling["rps"], 3)
        memory = worker_memory(server)
        for label, path in urls.items():
            rows[label].update(transfer_bytes(server.base_url, path))
        for label, scores in lighthouse_scores(server.base_url, urls).items():
            rows[label].update(scores)
    results = {
        "articles": ARTICLES,
        "database": env["DATABASE_URL"].split(":")[0],
        "clients": CLIENTS,
        "seconds": SECONDS,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "python_loop_ms": {
            "before": speed_before,
            "cold_renders": speed_cold,
            "after": machine_speed(),
        },
        "ceiling": {"url": ceiling_path, **ceiling},
        "pages": rows,
        "search_uncached": search,
        "workers": memory,
    }
    suffix = "" if ARTICLES == 10000 else f"-{ARTICLES}"
    if results["database"] != "sqlite":
        suffix += f"-{results['database']}"
    output = HERE / f"results{suffix}.json"
    output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    header = (
        f"{'page':<20}{'req/s':>9}{'ratio':>7}{'p50 ms':>9}{'p99 ms':>9}{'cold ms':>9}"
        f"{'SQL':>5}{'all-cold':>9}{'SQL':>5}{'HTML KB':>9}{'gz KB':>7}{'br KB':>7}"
        f"{'LH':>5}{'LCP ms':>8}{'CLS':>7}"
    )
    log("\n" + header)
    log("-" * len(header))
    log(
        f"{'static ceiling':<20}{ceiling['rps']:>9.0f}{1:>7.2f}{ceiling['p50_ms']:>9.1f}{ceiling['p99_ms']:>9.1f}"
    )
    for label, row in rows.items():
        log(
            f"{label:<20}{row['rps']:>9.0f}{row['ratio_to_ceiling']:>7.2f}{row['p50_ms']:>9.1f}"
            f"{row['p99_ms']:>9.1f}{row['cold_p50_ms']:>9.1f}{row['queries']:>5}"
            f"{row['all_cold_p50_ms']:>9.1f}{row['queries_all_cold']:>5}"
            f"{row['html_bytes'] / 1024:>9.1f}{row['html_gzip_bytes'] / 1024:>7.1f}"
            f"{row['bytes_br'] / 1024:>7.1f}{row.get('lighthouse_performance', '-'):>5}"
            f"{row.get('lcp_ms', '-'):>8}{row.get('cls', '-'):>7}"
        )
    log(
        "br KB: HTML + CSS + JS on the wire with brotli, before images (target 30);"
        " LH, LCP, CLS: Lighthouse's mobile preset"
    )
    if search:
        log(
            f"search, uncached, {search['queries']} queries: p50 {search['p50_ms']} ms, "
            f"p95 {search['p95_ms']} ms, max {search['max_ms']} ms (CPU time of this "
            f"process: p50 {search['cpu_p50_ms']} ms, p95 {search['cpu_p95_ms']} ms)"
        )
    loop = results["python_loop_ms"]
    log(
        f"machine: a fixed Python loop took {loop['before']} ms before the run,"
        f" {' and '.join(map(str, loop['cold_renders']))} ms around the cold renders and"
        f" {loop['after']} ms after it (lower is faster; 63-90 ms on a usual day here)"
    )
    log("workers: " + ", ".join(f"{m['rss_mb']} MB (peak {m['peak_mb']} MB)" for m in memory))
    log(f"written to {output}")


if __name__ == "__main__":
    main()
