"""A bounded load generator for loopback servers: N client threads, each with a
keep-alive connection, for at most `duration` seconds and `max_requests` requests."""

import http.client
import itertools
import re
import statistics
import threading
import time
import urllib.parse
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    statuses: dict = field(default_factory=dict)
    latencies: list = field(default_factory=list)
    elapsed: float = 0.0
    failures: list = field(default_factory=list)

    def percentile(self, p):
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    def summary(self):
        return {
            "requests": self.requests,
            "errors": self.errors,
            "rps": round(self.requests / self.elapsed, 1) if self.elapsed else 0,
            "p50_ms": round(self.percentile(50) * 1000, 1),
            "p99_ms": round(self.percentile(99) * 1000, 1),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 1) if self.latencies else 0,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items(), key=str)},
        }


def _connection(base_url):
    parts = urllib.parse.urlsplit(base_url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def request(base_url, method, path, body=None, headers=None, connection=None):
    """One request; returns (status, body bytes, connection to reuse or None)."""
    own = connection is None
    connection = connection or _connection(base_url)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, data, connection
    except (OSError, http.client.HTTPException):
        connection.close()
        if own:
            raise
        return None, b"", None


def run_load(
    base_url,
    paths,
    *,
    clients=32,
    duration=30.0,
    max_requests=200_000,
    ok_statuses=(200,),
    during=None,
):
    """GET the paths round-robin from `clients` threads. `during(elapsed)` is
    called from the main thread about every 0.2 s (to inject faults)."""
    result = LoadResult()
    lock = threading.Lock()
    counter = itertools.count()
    stop = threading.Event()
    started = time.monotonic()

    def worker():
        connection = None
        while not stop.is_set():
            number = next(counter)
            if number >= max_requests:
                break
            path = paths[number % len(paths)]
            began = time.monotonic()
            try:
                status, _body, connection = request(
                    base_url, "GET", path, connection=connection or _connection(base_url)
                )
            except (OSError, http.client.HTTPException) as error:
                status, connection = None, None
                failure = repr(error)
            else:
                failure = None
            latency = time.monotonic() - began
            with lock:
                result.requests += 1
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status in ok_statuses:
                    result.latencies.append(latency)
                else:
                    result.errors += 1
                    if len(result.failures) < 20:
                        result.failures.append((path, status, failure))

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    while time.monotonic() - started < duration and any(t.is_alive() for t in threads):
        if during is not None:
            during(time.monotonic() - started)
        time.sleep(0.2)
    stop.set()
    for thread in threads:
        thread.join(timeout=35)
    result.elapsed = time.monotonic() - started
    return result


LINK = re.compile(r'href="(/[^"#?]*)"')


def discover_paths(base_url, start_paths=("/", "/en/"), limit=60):
    """Internal page links found on the start pages (no admin, media or documents)."""
    found = []
    for start in start_paths:
        status, body, connection = request(base_url, "GET", start)
        if connection:
            connection.close()
        if status != 200:
            continue
        for path in LINK.findall(body.decode("utf-8", "replace")):
            if path.startswith(("/admin", "/media", "/documents", "/static")):
                continue
            if path not in found:
                found.append(path)
    return [*start_paths, *found][:limit]
