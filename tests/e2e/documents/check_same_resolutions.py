#!/usr/bin/env python3
"""A typeset document gives the same resolutions as the plain-text seed it was made from.

usage: check_same_resolutions.py TRACKER DOCUMENT SEED

Runs `tracker extract --format json` on both and compares, clause by clause, the text (spaces
collapsed, quotes and dashes straightened), the kind, the owner and the due; then the rest of
what extract reads around them: the meeting (date, present, apologies, next meeting), the items
(number, title, cut off or not), the commitments and the warnings. Where each stands (line, page)
differs by nature and is not compared. The seed is the reference the extract tests check by hand
(tests/e2e/extract/expected/seed_*.json); this test checks that reading a PDF, a Word document or
a saved web page loses and adds nothing, the rows of a council's monitoring schedule included."""
import json
import re
import subprocess
import sys

CONFIG = "tests/e2e/extract/tracker.toml"


def extract(tracker, path):
    done = subprocess.run([tracker, "extract", path, "--format", "json", "--config", CONFIG], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: tracker extract {path} exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def plain(text):
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def facts(r):
    due = r["due"]
    return {"text": plain(r["text"]), "kind": r["kind"], "owner": r["owner"],
            "due": None if due is None else {"date": due["date"], "precision": due["precision"]}}


def around(e):
    """What extract reads besides the resolutions, without where each thing stands."""
    meeting = {k: v for k, v in e["meeting"].items() if k != "line"}
    items = [(i["number"], plain(i["title"]), i["truncated"]) for i in e.get("items", [])]
    commitments = [plain(c["text"]) for c in e["commitments"]]
    warnings = [w["code"] for w in e["warnings"]]
    # A council's monitoring schedule in the pack: its rows, and the dated entries of each (a
    # PDF cell's paragraphs come joined, so its undated notes may be cut differently).
    schedule = [(r["decided_on"], plain(r["item"]), plain(r["recommendation"]),
                 [(u["kind"], u["date"], u.get("transferred_to")) for u in r["updates"] + r["further_action_entries"]
                  if u["kind"] != "note"])
                for r in e.get("monitoring_schedule_rows", [])]
    return {"meeting": meeting, "items": items, "commitments": commitments, "warnings": warnings, "schedule": schedule}


def main():
    tracker, document, seed = sys.argv[1:4]
    got_all, want_all = extract(tracker, document), extract(tracker, seed)
    got = [facts(r) for r in got_all["resolutions"]]
    want = [facts(r) for r in want_all["resolutions"]]
    failures = []
    got_around, want_around = around(got_all), around(want_all)
    for key in ("meeting", "items", "commitments", "warnings", "schedule"):
        if got_around[key] != want_around[key]:
            failures.append(f"{key}:\n    document: {got_around[key]!r}\n    seed:     {want_around[key]!r}")
    if len(got) != len(want):
        failures.append(f"{len(got)} resolutions, the seed has {len(want)}")
    for k, (g, w) in enumerate(zip(got, want)):
        for key in ("text", "kind", "owner", "due"):
            if g[key] != w[key]:
                failures.append(f"clause {k + 1} {key}:\n    document: {g[key]!r}\n    seed:     {w[key]!r}")
    if not want:
        failures.append("the seed has no resolutions: nothing was compared")
    if failures:
        print(f"FAIL: {document} against {seed}")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print(f"ok: {document}: the same {len(want)} resolutions as {seed}, and the same meeting, "
          f"{len(want_around['items'])} items, {len(want_around['commitments'])} commitments and "
          f"{len(want_around['warnings'])} warnings, and {len(want_around['schedule'])} monitoring schedule rows")


if __name__ == "__main__":
    main()
