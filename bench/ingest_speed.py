#!/usr/bin/env python3
"""POST N distinct news-like articles (~5 KB each) to a running factline and report articles/second.

Usage: python3 bench/ingest_speed.py --base-url http://localhost:18081 [--count 500] [--warmup 50] [--threads 2]
       [--pid PID] [--first N --per-day D]

The warm-up articles are posted first, with the same client threads, and reported on their own line;
then the COUNT measured ones. With the C2 compiler a short warm-up measures a service whose JIT
compiler is still busy (a third of its CPU over the first few hundred articles, still ~8 ms per article
after 1,500); with C1 only (-XX:TieredStopAtLevel=1) it is done after about a hundred. Report both.

With --pid (the service's process id, Linux only), it also prints the CPU time the service spent
per article, a number that other work on a shared machine changes much less than articles/second,
split into the JIT compiler's, the garbage collector's and the rest (request handling).

The articles are generated here (made-up people, places and dates) so that each one is distinct
and has the mix of dated and undated sentences, attributions and quotes that real reports have.

With --first, the articles are numbers FIRST .. FIRST+COUNT-1 of one series that a newsroom publishes
over time, D a day from 1 March 2025 (--per-day, default 8: 3,000 articles are a year), each generated
from its own number, so that a database filled with the first N of the series and the articles that come
after N are the same news whichever run made them (bench/ingest-growth.sh). The warm-up articles are then
a series of their own, published on the day of article FIRST. Without --first, the articles are those the
benchmark has always posted (all published in February 2026, so every stored event is near every new one).
"""
import argparse
import datetime
import json
import os
import random
import sys
import threading
import time
import urllib.request

FIRST = ["Maria", "Tomas", "Anna", "Paul", "Erik", "Lena", "Omar", "Sofia", "Jonas", "Ines", "Karl", "Mira",
         "Pavel", "Nadia", "Felix", "Hana", "Ivan", "Greta", "Luca", "Yara"]
LAST = ["Lindqvist", "Berger", "Kovac", "Okafor", "Halvorsen", "Moreau", "Santos", "Novak", "Weber", "Haddad",
        "Petrov", "Jansen", "Rossi", "Tanaka", "Keller", "Dubois", "Costa", "Nilsen", "Horvat", "Fischer"]
PLACES = ["Vienna", "Geneva", "Oslo", "Lisbon", "Ankara", "Nairobi", "Warsaw", "Doha", "Bergen", "Tallinn",
          "Seoul", "Lima", "Accra", "Riga", "Porto", "Zagreb"]
TITLES = ["Foreign Minister", "Trade envoy", "Chancellor", "Energy Minister", "President", "central bank governor"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["gas transit fees", "a fisheries accord", "port access", "grain exports", "a power line",
          "debt relief", "border checks", "a rail link", "water rights", "visa rules"]
OUTLETS = ["Wire A", "Daily B", "Courier D", "Wire E", "Evening Post", "Harbor News"]

DATED = [
    "{title} {p1} will travel to {place} on {day} for talks with {p2} on {topic}.",
    "{p1} met {p2} in {place} on {day}, the {outlet} news service reported.",
    "{p2} received a draft on {topic} earlier this month from {p3}, according to people familiar with the matter.",
    "{p3} told reporters {day} that the government has not received any proposal on {topic}.",
    "{p1} and {p2} last met in {place} in {month}, officials said.",
    "The two sides held a first round of talks on {topic} last month in {place}.",
    "{p2} said {pron} plans to visit {place} later {day} before returning home.",
]
UNDATED = [
    "\"We are making progress, but {topic} remains hard,\" {p1} said.",
    "Officials in {place} have argued over {topic} for almost {n} years.",
    "{p2} is under pressure at home to show results on {topic}.",
    "Analysts say a deal on {topic} could ease tension in the region.",
    "The opposition in {place} has criticised the approach, calling it rushed and secretive.",
    "Neither side has published the text, and several questions are still open.",
    "Business groups want clarity on {topic} before they commit to new investment.",
    "{p3} declined to say whether a signing ceremony was planned.",
    "The talks follow months of tension over {topic} and a series of public disputes.",
    "Diplomats describe the mood in the talks as cautious but constructive.",
]
MONTHS = ["August", "September", "October", "November", "December"]


def article(i, rnd, published=None):
    people = rnd.sample([f"{f} {l}" for f in FIRST for l in LAST], 3)
    sentences = []
    size = 0
    while size < 4800:
        pool = DATED if rnd.random() < 0.35 else UNDATED
        s = rnd.choice(pool).format(title=rnd.choice(TITLES), p1=people[0], p2=people[1], p3=people[2],
                                    place=rnd.choice(PLACES), day=rnd.choice(DAYS), topic=rnd.choice(TOPICS),
                                    outlet=rnd.choice(["Nordpress", "Baltic Wire", "Sahel"]),
                                    month=rnd.choice(MONTHS), n=rnd.randint(2, 9), pron="she")
        sentences.append(s[0].upper() + s[1:])
        size += len(s) + 1
        if rnd.random() < 0.3:
            sentences.append("\n")
    body = " ".join(sentences).replace(" \n ", "\n")
    title = f"Talks on {rnd.choice(TOPICS)} ({i})"
    text = f"{title}\nPublished in World\n{body}\nStory {i}.\n\u00a92026 Bench Wire. All rights reserved.\n"
    if published is None:
        published = f"2026-02-{1 + i % 28:02d}T09:00:00Z"
    return {"url": f"https://bench.example/{i}", "outlet": rnd.choice(OUTLETS), "title": title,
            "publishedAt": published, "text": text}


SERIES_START = datetime.datetime(2025, 3, 1, 6, 0, tzinfo=datetime.timezone.utc)


def series_article(i, seed, per_day, day_of=None):
    """Article number i of the series (see the module's docstring), from its own random generator;
    day_of, if given, is the series number whose day it is published on (the warm-up articles)."""
    n = i if day_of is None else day_of
    at = SERIES_START + datetime.timedelta(days=n // per_day, minutes=(n % per_day) * 1440 // per_day)
    return article(i, random.Random(seed * 1_000_003 + i), at.strftime("%Y-%m-%dT%H:%M:%SZ"))


def post(base, body):
    req = urllib.request.Request(base + "/api/articles", data=json.dumps(body).encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        resp.read()
        return resp.status


def cpu_seconds(pid):
    """User + system CPU time of a process so far, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu(pid):
    """CPU seconds so far of a process's JIT compiler, garbage collector and VM threads (by thread name, /proc).

    Request threads come and go (a pool), so what they spent is the rest of the process's time; JIT
    compiler threads come and go too unless the JVM runs with -XX:-UseDynamicNumberOfCompilerThreads
    (ingest-speed.sh sets it), else the JIT share is a lower bound. The "VM Thread" runs safepoint
    operations, and with -XX:+UseSerialGC every collection: there, GC shows 0 and VM holds it.
    """
    kinds = {"JIT": 0.0, "GC": 0.0, "VM": 0.0}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except FileNotFoundError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        kind = ("JIT" if "CompilerThre" in name else "GC" if name.startswith(("GC Thread", "G1 "))
                else "VM" if name == "VM Thread" else None)
        if kind:
            kinds[kind] += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return kinds


def run(base, items, threads_count):
    """Posts the items from threads_count client threads; returns (seconds, failures)."""
    failures = []
    lock = threading.Lock()
    queue = list(items)

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                item = queue.pop()
            try:
                status = post(base, item)
                if status not in (200, 201):
                    failures.append(status)
            except Exception as err:  # noqa: BLE001 - counted and reported
                failures.append(str(err))

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(threads_count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, failures


def report(label, count, elapsed, failures, threads_count, pid, cpu_start, split_start):
    print(f"{label}: {count} articles in {elapsed:.2f} s = {count / elapsed:.1f} articles/s "
          f"({threads_count} client threads, {len(failures)} failures)")
    if pid:
        cpu = cpu_seconds(pid) - cpu_start
        split = thread_cpu(pid)
        jit, gc, vm = (1000 * (split[k] - split_start[k]) / count for k in ("JIT", "GC", "VM"))
        print(f"{label} service CPU: {cpu:.1f} s = {1000 * cpu / count:.0f} ms per article "
              f"(of which JIT compiler {jit:.0f} ms, GC {gc:.0f} ms, VM thread {vm:.0f} ms, requests and the rest "
              f"{1000 * cpu / count - jit - gc - vm:.0f} ms)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", default="http://localhost:18081")
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pid", type=int, help="the service's process id: also report its CPU time per article")
    ap.add_argument("--first", type=int, help="post numbers FIRST.. of the dated series (module docstring)")
    ap.add_argument("--per-day", type=int, default=8, help="articles of the series published per day")
    args = ap.parse_args()
    base = args.base_url.rstrip("/")
    if args.first is None:
        rnd = random.Random(args.seed)
        warm = [article(1_000_000 + i, rnd) for i in range(args.warmup)]
        work = [article(i, rnd) for i in range(args.count)]
    else:
        warm = [series_article(10_000_000 + args.first + i, args.seed, args.per_day, args.first)
                for i in range(args.warmup)]
        work = [series_article(args.first + i, args.seed, args.per_day) for i in range(args.count)]
    print(f"average article size {sum(len(a['text']) for a in work) // len(work)} characters")
    cpu = cpu_seconds(args.pid) if args.pid else None
    split = thread_cpu(args.pid) if args.pid else None
    warm_failures = []
    if warm:
        elapsed, warm_failures = run(base, warm, args.threads)
        report("warm-up", len(warm), elapsed, warm_failures, args.threads, args.pid, cpu, split)
        cpu = cpu_seconds(args.pid) if args.pid else None
        split = thread_cpu(args.pid) if args.pid else None
    print(f"measured from {time.strftime('%H:%M:%S', time.gmtime())} UTC", flush=True)
    elapsed, failures = run(base, work, args.threads)
    report("ingest", args.count, elapsed, failures, args.threads, args.pid, cpu, split)
    return 1 if failures or warm_failures else 0


if __name__ == "__main__":
    sys.exit(main())
