"""`make bench`: seed a large data set, serve it like production, load it.

Steps: make sure the benchmark database exists and holds `seed_demo --scale
N` content; start gunicorn with production settings; pick representative
URLs from the database; drive each with wrk from a second process on
127.0.0.1 (8 connections for throughput, then 1 connection for latency);
print requests per second and p50/p95/p99, and save everything as JSON.
Every run is bounded: wrk runs for BENCH_DURATION seconds per URL.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
LUA = Path(__file__).with_name("wrk_report.lua")


def env_for_bench() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    env.setdefault("SECURE_SSL_REDIRECT", "0")
    env.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    env.setdefault("LOG_LEVEL", "ERROR")
    return env


def ensure_database(env: dict[str, str]) -> None:
    url = env["DATABASE_URL"]
    if not url.startswith("postgres"):
        return
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def probe(env: dict[str, str]) -> dict:
    script = Path(__file__).with_name("probe.py").read_text()
    return json.loads(manage(env, "shell", "-c", script).strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/robots.txt", timeout=2):  # noqa: S310
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


def run_wrk(url: str, connections: int, duration: int) -> dict:
    threads = max(1, min(2, connections))
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk") or "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 30,
    )
    for line in reversed(result.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(result.stdout + result.stderr)


def redis_is_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def serve_and_load(
    env: dict[str, str],
    urls: dict[str, str],
    workers: str,
    threads: str,
    connections: int,
    duration: int,
    single: bool = True,
) -> dict[str, dict]:
    """Start gunicorn on a free port, load each URL with wrk, stop gunicorn."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603
        [
            str(Path(PY).with_name("gunicorn")),
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            workers,
            "--threads",
            threads,
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    results: dict[str, dict] = {}
    try:
        wait_until_up(base)
        for name, path in urls.items():
            url = base + path
            urllib.request.urlopen(url, timeout=30).read()  # noqa: S310 - warm up
            loaded = run_wrk(url, connections, duration)
            results[name] = {"path": path, "c8": loaded}
            line = (
                f"{name:20} {loaded['rps']:8.1f} req/s  "
                f"p50 {loaded['p50_ms']:6.1f}  p95 {loaded['p95_ms']:6.1f}  "
                f"p99 {loaded['p99_ms']:6.1f} ms"
            )
            if single:
                one = run_wrk(url, 1, max(2, duration // 2))
                results[name]["c1"] = one
                line += f"  | 1 conn p50 {one['p50_ms']:5.1f} ms"
            if loaded["errors"]:
                line += f"  ERRORS {loaded['errors']}"
            print(line, flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def main() -> None:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install -y wrk)")
    scale = int(os.environ.get("BENCH_SCALE", "180"))
    duration = int(os.environ.get("BENCH_DURATION", "10"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "8"))
    workers = os.environ.get("WEB_CONCURRENCY", "2")
    threads = os.environ.get("GUNICORN_THREADS", "1")
    out_file = Path(os.environ.get("BENCH_OUTPUT", ROOT / ".bench" / "results.json"))
    env = env_for_bench()

    ensure_database(env)
    print(f"== preparing {env['DATABASE_URL']} (scale {scale})", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "-v0")
    # Seeding at scale takes minutes: skip it when an earlier run left at
    # least this scale's practice pages (56 demo pieces per unit of scale).
    if probe(env)["counts"]["practice_en"] >= 56 * scale:
        print("   already seeded at this scale", flush=True)
    else:
        started = time.monotonic()
        manage(env, "seed_demo", "--scale", str(scale))
        print(f"   seeded in {time.monotonic() - started:.0f} s", flush=True)
    probed = probe(env)
    urls, counts = probed["urls"], probed["counts"]
    print(f"   {counts}", flush=True)

    # Production keeps its caches in Redis. Three passes: nothing cached
    # (every count and search computed per request); the data cache on
    # (home/data_cache.py: counts, search results, related practice) but no
    # page cache, the set-up the targets are for; then the anonymous
    # page cache on too. The data cache and page cache need Redis.
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    use_redis = redis_is_up()
    if use_redis:
        import redis

        redis.Redis.from_url(redis_url).flushdb()
        env = {**env, "REDIS_URL": redis_url}
    passes = [("uncached", "0", "0")]
    if use_redis and os.environ.get("BENCH_PAGE_CACHE", "1") != "0":
        passes += [("data_cache", "0", "300"), ("page_cache", "600", "300")]
    # BENCH_PASSES=data_cache (comma-separated) runs only those passes.
    if only := os.environ.get("BENCH_PASSES"):
        passes = [p for p in passes if p[0] in only.split(",")]
    report_passes: dict[str, dict] = {}
    for name, page_seconds, data_seconds in passes:
        print(
            f"== {name}: page cache {page_seconds} s, data cache {data_seconds} s",
            flush=True,
        )
        report_passes[name] = serve_and_load(
            {
                **env,
                "PAGE_CACHE_SECONDS": page_seconds,
                "DATA_CACHE_SECONDS": data_seconds,
            },
            urls,
            workers,
            threads,
            connections,
            duration,
            single=name != "page_cache",
        )
    results = report_passes.get("uncached") or next(iter(report_passes.values()))

    out_file.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "scale": scale,
        "duration_s": duration,
        "connections": connections,
        "gunicorn": {"workers": workers, "threads": threads},
        "database": env["DATABASE_URL"].split("@")[-1],
        "counts": counts,
        "redis": use_redis,
        "results": results,
        "passes": report_passes,
    }
    out_file.write_text(json.dumps(report, indent=2))
    print(f"== saved {out_file}")
    failures = [
        name
        for measured in report_passes.values()
        for name, r in measured.items()
        if r["c8"]["errors"] or r.get("c1", {}).get("errors")
    ]
    if failures:
        raise SystemExit(f"errors while loading: {', '.join(failures)}")


if __name__ == "__main__":
    main()
