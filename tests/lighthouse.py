"""Lighthouse (npm package ``lighthouse``, pinned in package-lock.json) with Debian's
Chromium: one audit of a URL in Lighthouse's mobile preset (a Moto G Power-sized screen,
simulated slow 4G and a 4x slower CPU), used by tests/website/test_lighthouse.py and
by `make bench` (tests/benchmarks/run.py).

``available()`` says why it cannot run (None when it can); ``audit(url)`` returns the
four category scores (0-100), LCP (ms), CLS, the LCP element and every audit of
accessibility, best practices and SEO that did not pass.
"""

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def chrome_path():
    return os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chrome")


def available():
    """None when Lighthouse can run here, else the reason it cannot."""
    missing = []
    if shutil.which("node") is None:
        missing.append("node (apt-get install nodejs)")
    if not CLI.exists():
        missing.append("Lighthouse (npm ci)")
    if chrome_path() is None:
        missing.append("Chromium (apt-get install chromium)")
    return ("no " + " and no ".join(missing)) if missing else None


def audit(url, form_factor="mobile", timeout=240, attempts=3):
    """Run Lighthouse on ``url``; a dict of what the tests and the bench read. A run
    that Lighthouse itself gives up on (its "please run Lighthouse again" errors, such
    as NO_NAVSTART when the trace misses the navigation) is tried again."""
    for attempt in range(attempts):
        try:
            return _audit(url, form_factor, timeout)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
            # NO_NAVSTART came three times back to back on one page while another audit
            # ran beside it: give the machine a moment before the next try.
            time.sleep(2 * (attempt + 1))


def _audit(url, form_factor, timeout):
    with tempfile.TemporaryDirectory(prefix="kcqg-lighthouse-") as profile:
        command = [
            shutil.which("node"),
            str(CLI),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-path={chrome_path()}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu "
            f"--disable-dev-shm-usage --user-data-dir={profile}",
        ]
        if form_factor == "desktop":
            command.append("--preset=desktop")
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "CHROME_PATH": chrome_path()},
        )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"lighthouse failed on {url}: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse failed on {url}: {report['runtimeError']}")
    return summarize(report)


def summarize(report):
    audits = report["audits"]
    scores = {
        name: round(100 * category["score"]) if category["score"] is not None else None
        for name, category in report["categories"].items()
    }
    failed = {}
    for name in ("accessibility", "best-practices", "seo", "performance"):
        for ref in report["categories"][name]["auditRefs"]:
            found = audits[ref["id"]]
            if ref.get("weight", 0) and found.get("score") is not None and found["score"] < 1:
                failed.setdefault(name, []).append(ref["id"])
    lcp_element = None
    details = audits.get("largest-contentful-paint-element", {}).get("details") or {}
    for item in details.get("items", []):
        for node in item.get("items", []):
            if isinstance(node, dict) and node.get("node"):
                lcp_element = node["node"].get("snippet")
                break
        if lcp_element:
            break
    shifts = [
        item.get("node", {}).get("snippet")
        for item in (audits.get("layout-shifts", {}).get("details") or {}).get("items", [])
    ]
    return {
        "scores": scores,
        "lcp_ms": audits["largest-contentful-paint"].get("numericValue"),
        "cls": audits["cumulative-layout-shift"].get("numericValue"),
        "lcp_element": lcp_element,
        "shifts": shifts,
        "failed": failed,
    }
