#!/usr/bin/env python3
"""Runs `tracker extract` on one case and compares it with its hand-written expectation.

Usage: check_extract.py TRACKER_BIN EXPECTED_JSON [REPO_ROOT]
The rules of comparison are in README.md beside this file. Prints every difference and exits 1
when there is any, 0 when the output matches.
"""
import json, os, re, subprocess, sys

def norm_text(s):
    s = (s or "").replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()

def owner_words(s):
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in ("the", "and")}

def main():
    binary, expected_path = sys.argv[1], sys.argv[2]
    root = sys.argv[3] if len(sys.argv) > 3 else os.getcwd()
    exp = json.load(open(expected_path))
    cmd = [binary, "extract", exp["source"], "--format", "json", "--config", "tests/e2e/extract/tracker.toml"] + exp.get("args", [])
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=root, timeout=60)
    if p.returncode != 0:
        print(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()}")
        return 1
    out = json.loads(p.stdout)
    diffs = []
    for k, v in exp.get("meeting", {}).items():
        got = out["meeting"].get(k)
        if k == "committee":
            ok = norm_text(got).lower() == norm_text(v).lower()
        else:
            ok = got == v
        if not ok:
            diffs.append(f"meeting.{k}: expected {v!r}, got {got!r}")
    if "items" in exp:
        got = [i["number"] for i in out["items"]]
        if got != exp["items"]:
            diffs.append(f"items: expected {exp['items']}, got {got}")
    er, gr = exp.get("resolutions", []), out["resolutions"]
    if len(er) != len(gr):
        diffs.append(f"resolutions: expected {len(er)}, got {len(gr)}")
        for g in gr:
            diffs.append(f"   got  line {g['source']['line']}: ({g['label']}) {g['text'][:90]}")
    for n, (e, g) in enumerate(zip(er, gr), 1):
        where = f"clause {n} (line {g['source']['line']}, label {g['label']})"
        if "item" in e and e["item"] != (g["item"] or {}).get("number"):
            diffs.append(f"{where}: item expected {e['item']!r}, got {(g['item'] or {}).get('number')!r}")
        if "label" in e and e["label"] != g["label"]:
            diffs.append(f"{where}: label expected {e['label']!r}, got {g['label']!r}")
        if "text" in e and norm_text(e["text"]) != norm_text(g["text"]):
            diffs.append(f"{where}: text\n     expected {norm_text(e['text'])!r}\n     got      {norm_text(g['text'])!r}")
        for k in ("kind", "tracked", "found_by"):
            if k in e and e[k] != g[k]:
                diffs.append(f"{where}: {k} expected {e[k]!r}, got {g[k]!r}  [{g['text'][:70]}]")
        if "owner" in e:
            if (e["owner"] is None) != (g["owner"] is None) or owner_words(e["owner"]) != owner_words(g["owner"]):
                diffs.append(f"{where}: owner expected {e['owner']!r}, got {g['owner']!r}")
        if "owner_basis" in e and e["owner_basis"] != g["owner_basis"]:
            diffs.append(f"{where}: owner_basis expected {e['owner_basis']!r}, got {g['owner_basis']!r}")
        if "due" in e:
            ed, gd = e["due"], g["due"]
            if ed is None or gd is None:
                if ed != gd:
                    diffs.append(f"{where}: due expected {ed!r}, got {gd!r}")
            else:
                for k, v in ed.items():
                    if gd.get(k) != v:
                        diffs.append(f"{where}: due.{k} expected {v!r}, got {gd.get(k)!r} ({gd.get('text')!r})")
    ec, gc = exp.get("commitments"), out["commitments"]
    if ec is not None:
        if len(ec) != len(gc):
            diffs.append(f"commitments: expected {len(ec)}, got {len(gc)}")
            for c in gc:
                diffs.append(f"   got  line {c['source']['line']}: {c['text'][:100]}")
        else:
            for e, g in zip(ec, gc):
                if norm_text(e).lower() not in norm_text(g["text"]).lower():
                    diffs.append(f"commitment: expected one containing {e!r}, got {g['text']!r}")
    es = exp.get("monitoring_schedule_rows")
    if es is not None:
        gs = out.get("monitoring_schedule_rows", [])
        if len(es) != len(gs):
            diffs.append(f"monitoring_schedule_rows: expected {len(es)}, got {len(gs)}")
        for n, (e, g) in enumerate(zip(es, gs), 1):
            for k in ("decided_on", "completed_on", "due_on"):
                if k in e and e[k] != g[k]:
                    diffs.append(f"schedule row {n}: {k} expected {e[k]!r}, got {g[k]!r}")
            for k in ("item", "recommendation", "further_action"):
                if k in e and norm_text(e[k]) != norm_text(g[k]):
                    diffs.append(f"schedule row {n}: {k} expected {e[k]!r}, got {g[k]!r}")
            if "source_line" in e and e["source_line"] != g["source"]["line"]:
                diffs.append(f"schedule row {n}: line expected {e['source_line']}, got {g['source']['line']}")
            for k in ("row", "sheet"):  # a spreadsheet's own row and sheet
                if "source_" + k in e and e["source_" + k] != g["source"].get(k):
                    diffs.append(f"schedule row {n}: {k} expected {e['source_' + k]!r}, got {g['source'].get(k)!r}")
            for k in ("updates", "further_action_entries"):
                if k not in e:
                    continue
                want = [(u["kind"], u.get("date"), u.get("transferred_to")) for u in e[k]]
                got = [(u["kind"], u["date"], u.get("transferred_to")) for u in g[k]]
                if want != got:
                    diffs.append(f"schedule row {n}: {k} expected {want}, got {got}")
    if "warnings" in exp:
        want, got = sorted(exp["warnings"]), sorted(w["code"] for w in out["warnings"])
        if want != got:
            diffs.append(f"warnings: expected {want}, got {got}")
            for w in out["warnings"]:
                diffs.append(f"   got  line {w['line']}: {w['code']}: {w['message'][:100]}")
    if diffs:
        print(f"{expected_path}: {len(diffs)} difference(s)")
        for d in diffs:
            print("  " + d)
        return 1
    print(f"{expected_path}: ok")
    return 0

if __name__ == "__main__":
    sys.exit(main())
