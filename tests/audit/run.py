"""`make audit`: the attack run's scanners against a local production-settings server.

Starts gunicorn (production settings, 2 workers) on a free loopback port with a fresh
database and the demo content (tests/server.py), then runs

- wapiti (Debian package) over the site, with the modules that need nothing outside the
  machine (no ssrf: it calls a public endpoint): a crawl of at most CRAWL_SECONDS (90),
  then each module in a run of its own for at most MODULE_SECONDS (25; the run is killed
  90 s later if wapiti has not stopped, and the module listed as unfinished);
- sqlmap (Debian package) in batch mode on the parameterised addresses readers reach:
  the search (?q=), the read API's filters and search, and the filter forms of the
  demonstration models, the product gallery and the policy finder (--forms), each for
  at most SQLMAP_SECONDS (120);

and prints a summary: wapiti's findings per category and anomalies (500s), sqlmap's
injectable parameters. The reports go to AUDIT_DIR (default audit-reports/, ignored by
git). Installs the two packages with apt-get when they are missing (as root). Loopback
only (wapiti 3.0.4 tries once to download its Wappalyzer list at start; offline that
fails and changes nothing); about 15 minutes. Exit status 1 when a scanner found
something other than the informational header notes, or the server logged a traceback.
Not part of `make test`.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.server import gunicorn, prepare_site, server_env  # noqa: E402

CRAWL_SECONDS = int(os.environ.get("CRAWL_SECONDS", "90"))
MODULE_SECONDS = int(os.environ.get("MODULE_SECONDS", "25"))
SQLMAP_SECONDS = int(os.environ.get("SQLMAP_SECONDS", "120"))
WAPITI_MODULES = "exec,file,sql,blindsql,xss,permanentxss,redirect,crlf,http_headers,csp"
# Reported, not failed on: the loopback server speaks plain HTTP, so it sends no HSTS
# (production does), and X-XSS-Protection is obsolete (the CSP replaces it).
INFORMATIONAL = {"HTTP Secure Headers"}
SQLMAP_TARGETS = [
    ("/tim-kiem/?q=khuyen+cong", False),
    ("/en/search/?q=industrial", False),
    ("/api/v2/pages/?type=news.NewsArticlePage&search=khuyen&category=1&limit=5", False),
    ("/api/v2/documents/?search=quyet+dinh", False),
    ("/mo-hinh-trinh-dien/", True),
    ("/san-pham-tieu-bieu/", True),
    ("/chinh-sach/toi-duoc-ho-tro-gi/", True),
]


def ensure_packages():
    missing = [name for name in ("wapiti", "sqlmap") if shutil.which(name) is None]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(
            f"make audit needs {' and '.join(missing)}: sudo apt-get install -y {' '.join(missing)}"
        )
    print(f"[audit] installing {' '.join(missing)} (apt-get)", flush=True)
    subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True)


def _wapiti(base, out, name, modules, timeout, *extra):
    """One wapiti run; returns its JSON report (empty when it did not finish in time)."""
    report = out / f"wapiti-{name}.json"
    command = [
        "wapiti",
        "-u", f"{base}/",
        "--scope", "folder",
        "-m", modules,
        "--store-session", str(out / "wapiti-session"),
        "--max-scan-time", str(CRAWL_SECONDS),  # wapiti 3.0.4: bounds the crawl
        "--max-attack-time", str(MODULE_SECONDS),
        "--max-links-per-page", "30",
        "--max-files-per-dir", "20",
        "--depth", "3",
        "-t", "10",
        "--no-bugreport",
        "-f", "json",
        "-o", str(report),
        *extra,
    ]  # fmt: skip
    with open(out / f"wapiti-{name}.log", "w") as log:
        try:
            subprocess.run(
                command, stdout=log, stderr=subprocess.STDOUT, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            return None
    return json.loads(report.read_text()) if report.exists() else None


def run_wapiti(base, out):
    """The crawl once (with the headers module), then each attack module on its own, each
    killed if it outlives its bound (wapiti 3.0.4 does not always stop at
    --max-attack-time); the crawl is reused from the stored session."""
    started = time.monotonic()
    findings, anomalies, unfinished = {}, {}, []
    runs = [("crawl", "http_headers,csp", CRAWL_SECONDS + 120, "--flush-session")]
    runs += [
        (module, module, MODULE_SECONDS + 90, "--skip-crawl")
        for module in WAPITI_MODULES.split(",")
        if module not in {"http_headers", "csp"}
    ]
    for name, modules, timeout, *extra in runs:
        data = _wapiti(base, out, name, modules, timeout, *extra)
        if data is None:
            unfinished.append(name)
            continue
        # Each report holds everything the session has found so far: keep the largest.
        for kind, target in (("vulnerabilities", findings), ("anomalies", anomalies)):
            for category, items in data.get(kind, {}).items():
                if items:
                    target[category] = max(target.get(category, 0), len(items))
    return {
        "seconds": round(time.monotonic() - started),
        "findings": findings,
        "anomalies": anomalies,
        "unfinished_modules": unfinished,
    }


def run_sqlmap(base, out):
    results = []
    for number, (path, forms) in enumerate(SQLMAP_TARGETS):
        command = [
            "sqlmap",
            "-u", f"{base}{path}",
            "--batch",
            "--level", "2",
            "--risk", "1",
            "--time-sec", "2",
            "--timeout", "15",
            "--retries", "0",
            "--threads", "2",
            "--disable-coloring",
            "--output-dir", str(out / f"sqlmap-{number}"),
        ]  # fmt: skip
        if forms:
            command.append("--forms")
        started = time.monotonic()
        try:
            completed = subprocess.run(
                command, capture_output=True, text=True, timeout=SQLMAP_SECONDS, check=False
            )
            output, finished = completed.stdout, True
        except subprocess.TimeoutExpired as timeout:
            output = (timeout.stdout or b"").decode("utf-8", "replace")
            finished = False
        (out / f"sqlmap-{number}.log").write_text(output)
        injectable = sorted(
            {line.strip() for line in output.splitlines() if "is vulnerable" in line}
            | {
                line.strip()
                for line in output.splitlines()
                if "appears to be" in line and "injectable" in line and "not" not in line
            }
        )
        results.append(
            {
                "target": path + (" (forms)" if forms else ""),
                "seconds": round(time.monotonic() - started),
                "finished": finished,
                "injectable": injectable,
                "server_errors": output.count("500 (Internal Server Error)"),
            }
        )
    return results


def main():
    ensure_packages()
    out = Path(os.environ.get("AUDIT_DIR", ROOT / "audit-reports")).resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    workdir = Path(tempfile.mkdtemp(prefix="kcqg-audit-"))
    try:
        env = server_env(
            workdir,
            "website.settings.production",
            COMMENTS_CLOSE_AFTER_DAYS="0",
            LOG_LEVEL="ERROR",
        )
        print("[audit] building the demo site (migrate, demo content)", flush=True)
        prepare_site(workdir, env)
        with gunicorn(workdir, env, workers=2, threads=4, server_object=True) as server:
            base = server.base_url
            print(f"[audit] server {base}; wapiti", flush=True)
            wapiti = run_wapiti(base, out)
            print(f"[audit] sqlmap on {len(SQLMAP_TARGETS)} targets", flush=True)
            sqlmap = run_sqlmap(base, out)
            log = server.log()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    (out / "server.log").write_text(log)
    summary = {
        "wapiti": wapiti,
        "sqlmap": sqlmap,
        "server_tracebacks": log.count("Traceback"),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2))
    findings = sum(wapiti["findings"].values())
    anomalies = sum(wapiti["anomalies"].values())
    injectable = sum(len(r["injectable"]) for r in sqlmap)
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    print(
        f"[audit] wapiti: {findings} findings, {anomalies} anomalies in {wapiti['seconds']} s; "
        f"sqlmap: {injectable} injectable parameters on {len(sqlmap)} targets; "
        f"server tracebacks: {summary['server_tracebacks']}; reports in {out}"
    )
    serious = sum(n for name, n in wapiti["findings"].items() if name not in INFORMATIONAL)
    return 1 if serious or anomalies or injectable or summary["server_tracebacks"] else 0


if __name__ == "__main__":
    sys.exit(main())
