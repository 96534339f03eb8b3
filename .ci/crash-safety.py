#!/usr/bin/env python3
"""Crash safety: nothing acknowledged is lost when the JVM dies mid-ingest.

Starts the packaged app (target/quarkus-app, from ./mvnw package or verify) on a fresh H2 database
on a free loopback port, posts generated articles from several threads, kills the JVM with SIGKILL
while they are in flight, restarts it on the same database and checks that:
  - every article that was answered 2xx is there, with the text that was sent;
  - the database is consistent: every claim's event and article exist, every conflict's events
    and claims exist, every extracted event has a claim;
  - ingest works again after the restart, and re-sending an acknowledged article changes nothing.
Bounded in count and time; loopback only. Exit status 0 on success.

    python3 .ci/crash-safety.py [--articles 400] [--kill-after 60]
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "target/quarkus-app"
PEOPLE = ["Ilse Marken", "Tomas Ribeiro", "Aiko Tanabe", "Pavel Horak", "Nadia Serrano", "Jonas Lind"]
CITIES = ["Vienna", "Lisbon", "Oslo", "Tallinn", "Valletta", "Ljubljana"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, None


def start(db, port, log):
    env = dict(os.environ, FACTLINE_DB_PATH=str(db), QUARKUS_HTTP_PORT=str(port), QUARKUS_HTTP_HOST="127.0.0.1")
    proc = subprocess.Popen(["java", "-XX:+UseSerialGC", "-Xmx192m", "-jar",
                             str(APP / "quarkus-run.jar")],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit("factline exited during start; see " + log.name)
        try:
            if call(base, "GET", "/q/health/ready", timeout=2)[0] == 200:
                return proc, base
        except OSError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise SystemExit("factline did not become ready in 120 s")


def article(i, rng):
    a, b = rng.sample(PEOPLE, 2)
    city, day = rng.choice(CITIES), rng.choice(DAYS)
    text = (f"Crash check {i}.\n"
            f"Envoy {a} will travel to {city} on {day} for talks with minister {b}, her office said.\n"
            f"{b} met {a} in {rng.choice(CITIES)} last month, according to officials.\n")
    return {"url": f"https://crash.example/{i}", "outlet": rng.choice(["Wire A", "Daily B", "Courier C"]),
            "title": f"Crash check {i}", "publishedAt": "2026-02-10T08:00:00Z", "text": text}


def fetch_all(base, path):
    items, cursor = [], None
    while True:
        sep = "&" if "?" in path else "?"
        status, page = call(base, "GET", path + sep + "limit=500" + (f"&cursor={cursor}" if cursor else ""))
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}")
        items += page["items"]
        cursor = page["next"]
        if not cursor:
            return items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--kill-after", type=float, default=60.0, help="seconds at most before SIGKILL")
    parser.add_argument("--app", default=str(ROOT / "target/quarkus-app"), help="the packaged app's folder")
    args = parser.parse_args()
    global APP
    APP = Path(args.app)
    if not (APP / "quarkus-run.jar").exists():
        raise SystemExit("no target/quarkus-app: run ./mvnw package first")

    work = Path(tempfile.mkdtemp(prefix="factline-crash."))
    db, port = work / "db" / "factline", free_port()
    log = open(work / "app.log", "wb")
    rng = random.Random(7)
    bodies = [article(i, rng) for i in range(args.articles)]
    acked, lock, stop = {}, threading.Lock(), threading.Event()
    try:
        proc, base = start(db, port, log)
        queue = list(range(len(bodies)))

        def worker():
            while not stop.is_set():
                with lock:
                    if not queue:
                        return
                    i = queue.pop(0)
                try:
                    status, _ = call(base, "POST", "/api/articles", bodies[i], timeout=20)
                except OSError:
                    continue  # the server died under this request: not acknowledged
                if 200 <= status < 300:
                    with lock:
                        acked[i] = status

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        # Kill while ingests are in flight: once a third of the articles are acknowledged.
        deadline = time.time() + args.kill_after
        while time.time() < deadline and len(acked) < args.articles // 3:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stop.set()
        for t in threads:
            t.join()
        print(f"crash-safety: killed the JVM with SIGKILL after {len(acked)} acknowledged ingests")
        if not acked:
            raise SystemExit("no ingest was acknowledged before the kill")

        proc, base = start(db, port, log)
        stored = {a["url"]: a for a in fetch_all(base, "/api/articles")}
        missing = [bodies[i]["url"] for i in acked if bodies[i]["url"] not in stored]
        if missing:
            raise SystemExit(f"{len(missing)} acknowledged articles are missing after the restart: {missing[:5]}")
        for i in list(acked)[:50]:
            status, full = call(base, "GET", f"/api/articles/{stored[bodies[i]['url']]['id']}")
            if status != 200 or full["text"] != bodies[i]["text"]:
                raise SystemExit(f"article {bodies[i]['url']} came back different")

        events = fetch_all(base, "/api/events")
        conflicts = fetch_all(base, "/api/conflicts")
        article_ids = {a["id"] for a in stored.values()}
        event_ids = {e["id"] for e in events}
        claim_ids = set()
        for e in events:
            if not e["claims"]:
                raise SystemExit(f"event {e['id']} has no claim")
            for c in e["claims"]:
                claim_ids.add(c["id"])
                if c["eventId"] != e["id"] or (c["articleId"] is not None and c["articleId"] not in article_ids):
                    raise SystemExit(f"claim {c['id']} points at a missing event or article")
        for c in conflicts:
            if not set(c["eventIds"]) <= event_ids or not set(c["claimIds"]) <= claim_ids:
                raise SystemExit(f"conflict {c['id']} points at missing events or claims")

        again = bodies[next(iter(acked))]
        status, body = call(base, "POST", "/api/articles", again)
        if status != 200 or body["outcome"] != "UNCHANGED":
            raise SystemExit(f"re-sending an acknowledged article answered {status} {body and body.get('outcome')}")
        fresh = article(args.articles + 1, rng)
        if call(base, "POST", "/api/articles", fresh)[0] != 201:
            raise SystemExit("ingest does not work after the restart")
        proc.terminate()
        proc.wait(timeout=30)
        print(f"crash-safety: ok — {len(acked)} acknowledged articles all present after restart; "
              f"{len(stored)} stored, {len(events)} events, {len(claim_ids)} claims, {len(conflicts)} conflicts consistent")
    finally:
        stop.set()
        log.close()
        if "proc" in locals() and proc.poll() is None:
            proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
