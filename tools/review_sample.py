#!/usr/bin/env python3
"""Sample raw news records, scan them, and write a claim review sheet.

Usage:

    python3 tools/review_sample.py --scan /tmp/review-scan-1 \
        --per-source 200 --seed 1 [--offset 0] [--only bbc,muc] \
        [--exclude IDS_FILE]... [--ids-out FILE] \
        [--raw-dir /work/shared/corpus/raw] [--format jsonl|md] [--out FILE]

For each source in the raw corpus (/work/shared/corpus/raw/*.jsonl.gz;
`NAME.partK.jsonl.gz` files are concatenated, in part order, into one source
NAME, so cnn_amit.part1+part2 is "cnn_amit" and gothamist.part1+2 is
"gothamist"), the records are shuffled with `random.Random(f"{seed}:{source}")`
and records `offset .. offset+per-source` of that permutation are taken. The
same seed with growing offsets therefore gives disjoint, reproducible extra
samples ("--per-source 200 --offset 0", then "--per-source 300 --offset 200",
...). A different seed gives a different permutation, but it may still pick
records an earlier round reviewed (small sources such as bbc and cnn_hill
overlap heavily). To get records no earlier round has seen, write the ids of
every sampled record with --ids-out FILE (one "SOURCE<TAB>ID" line per record,
with or without claims) and pass those files to later runs with --exclude
FILE (repeatable; lines may be "ID", "SOURCE<TAB>ID" or JSON objects with an
"id", so a review sheet also works, though it lists only records with
claims). Excluded records are removed from the permutation before the
offset .. offset+per-source slice is taken, so the result stays deterministic,
and growing offsets stay disjoint, as long as the same exclude files are
given. The sampled records (id, published, text) are written to a temporary
JSONL file and scanned with

    SCAN --corpus TMPFILE --json --threads 1

and every printed claim becomes one row of the review sheet: source, record
id, value/high/bound/category/victims/source/date, the figure `text`, the span,
and the context: +-200 bytes around `span` in the record's UTF-8 text (spans
are byte offsets; the slice is decoded with errors ignored at the cut).

The sheet goes to --out (default: stdout) as JSON Lines (default) or Markdown
(--format md; the figure is marked as [[...]] in the context). A summary line
per source (records scanned, records with claims, claims printed) is written
to stderr. Output is deterministic for a given scanner binary, seed, offset,
per-source count and exclude files. Without --exclude and --ids-out the
behaviour is exactly that of the version used in rounds 1 and 2. Round 3
regenerated the id lists of rounds 1-2 with --ids-out and passed them all with
--exclude (commands in docs/raw-review.md, "How to repeat").

Standard library only.
"""

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import OrderedDict

RAW_DIR = "/work/shared/corpus/raw"
CONTEXT = 200


def source_files(raw_dir):
    """Map source name -> ordered list of files."""
    groups = OrderedDict()
    for name in sorted(os.listdir(raw_dir)):
        if not name.endswith(".jsonl.gz"):
            continue
        base = name[: -len(".jsonl.gz")]
        m = re.match(r"^(.*)\.part(\d+)$", base)
        key, part = (m.group(1), int(m.group(2))) if m else (base, 0)
        groups.setdefault(key, []).append((part, os.path.join(raw_dir, name)))
    return OrderedDict((k, [p for _, p in sorted(v)]) for k, v in sorted(groups.items()))


def load(paths):
    recs = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                if isinstance(r.get("text"), str):
                    recs.append({"id": r.get("id"), "published": r.get("published"),
                                 "text": r["text"], "file": os.path.basename(path)})
    return recs


def sample(recs, source, seed, offset, n, exclude=frozenset()):
    idx = list(range(len(recs)))
    random.Random("%s:%s" % (seed, source)).shuffle(idx)
    if exclude:
        idx = [i for i in idx if recs[i]["id"] not in exclude]
    return [recs[i] for i in idx[offset: offset + n]]


def read_ids(path):
    """Record ids from an --ids-out file, a plain id list or a JSONL sheet."""
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                rid = json.loads(line).get("id")
                if rid is not None:
                    ids.add(rid)
            else:
                ids.add(line.split("\t")[-1])
    return ids


def scan(binary, recs):
    fd, tmp = tempfile.mkstemp(suffix=".jsonl", prefix="review-sample-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps({"id": r["id"], "published": r["published"],
                                     "text": r["text"]}, ensure_ascii=False) + "\n")
        proc = subprocess.run([binary, "--corpus", tmp, "--json", "--threads", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            raise SystemExit("scan failed with status %d" % proc.returncode)
        for line in proc.stderr.decode("utf-8", "replace").splitlines():
            sys.stderr.write("  scanner: %s\n" % line)
        return [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    finally:
        os.unlink(tmp)


def context(text, span):
    b = text.encode("utf-8")
    s, e = span
    pre = b[max(0, s - CONTEXT): s].decode("utf-8", "ignore")
    fig = b[s:e].decode("utf-8", "ignore")
    post = b[e: e + CONTEXT].decode("utf-8", "ignore")
    return pre, fig, post


def flat(s):
    return re.sub(r"\s*\n\s*", " / ", s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scan", required=True, help="scanner binary")
    ap.add_argument("--per-source", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--offset", type=int, default=0,
                    help="skip this many records of each seeded permutation")
    ap.add_argument("--only", default="", help="comma-separated source names")
    ap.add_argument("--exclude", action="append", default=[],
                    help="file of record ids to leave out of every permutation (repeatable)")
    ap.add_argument("--ids-out", default=None,
                    help="write SOURCE<TAB>ID for every sampled record to this file")
    ap.add_argument("--raw-dir", default=RAW_DIR)
    ap.add_argument("--format", choices=("jsonl", "md"), default="jsonl")
    ap.add_argument("--out", default="-")
    a = ap.parse_args()

    groups = source_files(a.raw_dir)
    only = [s for s in a.only.split(",") if s]
    for s in only:
        if s not in groups:
            raise SystemExit("unknown source %r (have: %s)" % (s, ", ".join(groups)))
    exclude = set()
    for path in a.exclude:
        exclude |= read_ids(path)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    ids_out = open(a.ids_out, "w", encoding="utf-8") if a.ids_out else None
    n = 0
    for source, paths in groups.items():
        if only and source not in only:
            continue
        recs = sample(load(paths), source, a.seed, a.offset, a.per_source, exclude)
        by_id = {r["id"]: r for r in recs}
        if ids_out:
            for r in recs:
                ids_out.write("%s\t%s\n" % (source, r["id"]))
        claims = scan(a.scan, recs)
        docs = set()
        if a.format == "md":
            out.write("\n## %s (seed %d, offset %d, %d records)\n\n"
                      % (source, a.seed, a.offset, len(recs)))
        for c in claims:
            r = by_id.get(c.get("doc"))
            if r is None:
                continue
            docs.add(c["doc"])
            n += 1
            fig = c.get("figure") or {}
            src = (c.get("source") or {}).get("name")
            pre, mid, post = context(r["text"], c["span"])
            row = OrderedDict([
                ("n", n), ("source_file", r["file"]), ("corpus", source), ("id", r["id"]),
                ("value", fig.get("value")), ("high", fig.get("high")),
                ("bound", fig.get("bound")), ("category", c.get("category")),
                ("victims", c.get("victims")), ("source", src), ("date", c.get("date")),
                ("published", r["published"]), ("text", c.get("text")),
                ("span", c.get("span")),
                ("context", flat(pre) + "[[" + flat(mid) + "]]" + flat(post)),
            ])
            if a.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                val = "%s-%s" % (row["value"], row["high"]) if row["high"] is not None else row["value"]
                out.write("%d. `%s` %s %s %s victims=%s src=%s date=%s — %s\n   > %s\n\n" % (
                    n, row["id"], val, row["bound"], row["category"], row["victims"], src,
                    row["date"], row["text"], row["context"]))
        sys.stderr.write("%s: %d records scanned, %d with claims, %d claims%s\n"
                         % (source, len(recs), len(docs), sum(1 for c in claims if c.get("doc") in by_id),
                            " (%d excluded ids given)" % len(exclude) if exclude else ""))
    if out is not sys.stdout:
        out.close()
    if ids_out:
        ids_out.close()


if __name__ == "__main__":
    main()
