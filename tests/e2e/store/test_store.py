#!/usr/bin/env python3
"""End-to-end tests of the tracker's store: the binary on the seed minutes, in temporary folders.

Usage: test_store.py TRACKER_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)
Expected actions were checked by hand against the seed text (see README.md beside this file).
"""
import json, os, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEEDS = sorted(os.path.join(ROOT, "sample_data", n) for n in os.listdir(os.path.join(ROOT, "sample_data")))
CONFIG = os.path.join(ROOT, "tests", "e2e", "extract", "tracker.toml")
BIN = None

def run(work, *args, ok=True, as_of="2020-10-20"):
    cmd = [BIN] + list(args) + ["--db", os.path.join(work, "t.db"), "--config", CONFIG, "--as-of", as_of, "--by", "Test"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if ok and p.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p

def fresh():
    work = tempfile.mkdtemp(prefix="tracker-store-")
    run(work, "init")
    return work

def actions(work):
    # The record as it stands after every change these tests make (some are dated after the
    # default --as-of): a day far enough ahead sees them all.
    return {a["id"]: a for a in json.loads(run(work, "actions", "--format", "json", as_of="2030-01-01").stdout)}


def test_seed_actions():
    """The actions, owners, dues and statuses the seeds give, checked by hand against the text."""
    work = fresh()
    run(work, "import", *SEEDS)
    got = actions(work)
    expected = {
        # 004, 5 Mar 2019, Ofsted presentation by Jon Stonehouse, Strategic Director: (2)
        "ILSC-2019-03-i6.2": ("Strategic Director", None, "open"),
        # 004, LAC Sufficiency presentation: (2) nominations for a sub-group "in due course"
        "ILSC-2019-03-i7.2": (None, None, "open"),
        # 003, 14 Jan 2020, minute 48 (2): reformat the data; presented by the Assistant Director - Education
        "ILSC-2020-01-48.2": ("Assistant Director – Education", None, "open"),
        # 003, minute 49 (2): named in the clause
        "ILSC-2020-01-49.2": ("Chair and Vice-Chair", None, "open"),
        # 003, minute 50 (3): "in 12 months' time" -> first meeting on/after 14 Jan 2021 = 26 Jan 2021;
        # the work programme in 001 lists "26 January: CYPS Directorate workforce strategy"
        "ILSC-2020-01-50.3": ("Assistant Director of Children and Young People's Services", "2021-01-26", "scheduled"),
        # 001, 22 Sep 2020, minute 95 (2): "to the December 2020 meeting"; the work programme lists it for 15 December
        "ILSC-2020-09-95.2": ("Interim Strategic Director for Children and Young People's Services", "2020-12-15", "scheduled"),
        # 001, minute 97 (1): the work programme (owner from tracker.toml's owner default is not in the test config)
        "ILSC-2020-09-97.1": (None, None, "scheduled"),
        # 001, minute 98: named in the clause
        "ILSC-2020-09-98.1": ("Governance Advisor", None, "open"),
        # 001, the council's own monitoring schedule (line 488): decided 03/03/20, no lead officer or
        # target date in its columns; "Action transferred to Sub and Project Group tracker"
        "ILSC-2020-03-S1": (None, None, "transferred"),
    }
    check(set(got) == set(expected), f"action IDs: {sorted(got)}")
    for id_, (owner, due, status) in expected.items():
        a = got[id_]
        check(a["owner"] == owner, f"{id_} owner {a['owner']!r} != {owner!r}")
        check((a["due"] or {}).get("date") == due, f"{id_} due {a['due']} != {due}")
        check(a["status"] == status, f"{id_} status {a['status']} != {status}")
        check(a["source"]["line"] > 0 and a["source"]["file"].endswith(".txt"), f"{id_} source {a['source']}")

def test_every_order_same_database():
    """Importing the five seeds in many orders gives the same database: every rotation of the
    sorted and of the reversed order (so each pair of files comes in both orders, and each file
    first and last) and ten shuffles. Which event a match makes is unit-tested on the pure domain
    (tests/unit/domain_matching_test.cpp); this test is about the pairs the store finds, and all
    120 orders took a process each for 40 s."""
    orders = []
    for base in (SEEDS, SEEDS[::-1]):
        orders += [base[k:] + base[:k] for k in range(len(base))]
    rng = random.Random(12)
    for _ in range(10):
        shuffled = SEEDS[:]
        rng.shuffle(shuffled)
        orders.append(shuffled)
    dumps = {}
    for order in orders:
        work = fresh()
        run(work, "import", *order)
        dumps.setdefault(run(work, "dump").stdout, []).append(order)
        shutil.rmtree(work)
    check(len(dumps) == 1, f"{len(dumps)} different databases from {sum(len(v) for v in dumps.values())} orders")

def test_generated_history_any_order():
    """Two committees' generated history (bench/gen_history.py): years of recurring subjects, so
    later files bring earlier matches. Sorted, reversed, shuffled, and one process per file in
    another shuffle all give the same database."""
    minutes = tempfile.mkdtemp(prefix="tracker-history-")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_history.py"), minutes, "2", "2"], check=True, capture_output=True)
    files = sorted(os.path.join(minutes, n) for n in os.listdir(minutes))
    rng = random.Random(11)
    shuffled, one_by_one = files[:], files[:]
    rng.shuffle(shuffled)
    rng.shuffle(one_by_one)
    dumps = []
    for order, per_file in ((files, False), (files[::-1], False), (shuffled, False), (one_by_one, True)):
        work = fresh()
        if per_file:
            for f in order:
                run(work, "import", f)
        else:
            run(work, "import", *order)
        dumps.append(run(work, "dump").stdout)
        shutil.rmtree(work)
    shutil.rmtree(minutes)
    check("delivered:" in dumps[0], "the history has deliveries to compare")
    for k, d in enumerate(dumps[1:], 1):
        if d != dumps[0]:
            import difflib
            diff = "".join(list(difflib.unified_diff(dumps[0].splitlines(True), d.splitlines(True)))[:40])
            raise AssertionError(f"order {k} gives a different database:\n{diff}")

def test_sent_to_another_committee():
    """OSMB's recommendations to Cabinet (a fixture of another council's minutes) are delivered when
    Cabinet's minutes take them up, in either import order; nothing else crosses committees."""
    osmb = os.path.join(ROOT, "tests", "e2e", "extract", "fixtures", "cabinet_recommendations.txt")
    cabinet = os.path.join(ROOT, "tests", "e2e", "store", "data", "cabinet_2021-07-19.txt")
    dumps = []
    for order in ((osmb, cabinet), (cabinet, osmb)):
        work = fresh()
        run(work, "import", *order)
        got = actions(work)
        # 24 June 2021, minute 11 (3)(a)-(c): the stem (3) only says they go to Cabinet, so each
        # part is a recommendation to Cabinet and the stem is not an action of its own.
        check("OSMB-2021-06-11.3" not in got, "the stem is not an action")
        for id_ in ("OSMB-2021-06-11.3a", "OSMB-2021-06-11.3b", "OSMB-2021-06-11.3c"):
            check(got[id_]["status"] == "delivered", f"{id_}: {got[id_]['status']}")
        # minute 12: recommended to Council, whose minutes are not imported
        check(got["OSMB-2021-06-12.1"]["status"] == "open", got["OSMB-2021-06-12.1"]["status"])
        shown = run(work, "show", "OSMB-2021-06-11.3a", as_of="2021-07-19").stdout
        check("considered at the Cabinet 2021-07-19 meeting: 'Homelessness Prevention Task and Finish Group" in shown, shown)
        dumps.append(run(work, "dump").stdout)
        shutil.rmtree(work)
    check(dumps[0] == dumps[1], "the two orders give different databases")
    # The seeds' ILSC has items on subjects close to nothing here: still, no ILSC action is touched.
    work = fresh()
    run(work, "import", *SEEDS)
    before = {k: v["status"] for k, v in actions(work).items() if k.startswith("ILSC")}
    run(work, "import", osmb, cabinet)
    after = {k: v["status"] for k, v in actions(work).items() if k.startswith("ILSC")}
    check(before == after, "an ILSC action changed when other committees' minutes came in")

def test_second_meeting_in_a_month():
    """IDs name the meeting by its month; a second meeting in the same month (here the 22 Sep 2020
    minutes again, dated the 29th) gives its actions IDs with the full date instead."""
    work = fresh()
    later = os.path.join(work, "later.txt")
    with open(later, "w", encoding="utf-8") as f:
        text = open(SEEDS[1], encoding="utf-8").read()
        check("Tuesday, 22nd September, 2020" in text, "the seed changed")
        f.write(text.replace("Tuesday, 22nd September, 2020", "Tuesday, 29th September, 2020"))
    run(work, "import", SEEDS[1], later)
    # 98's clause has no label: "98.1" as the first of its minute, "98.#1" in the long form, which
    # keeps it apart from a clause labelled (1) of the same minute.
    ids = set(actions(work))
    # Both files hold the council's schedule with its one row (3 March 2020): one action, taken in once.
    expected = {"ILSC-2020-09-95.2", "ILSC-2020-09-97.1", "ILSC-2020-09-98.1",
                "ILSC-2020-09-29-95.2", "ILSC-2020-09-29-97.1", "ILSC-2020-09-29-98.#1", "ILSC-2020-03-S1"}
    check(ids == expected, sorted(ids))

def test_idempotent_and_corrected_version():
    work = fresh()
    run(work, "import", *SEEDS)
    before = run(work, "dump").stdout
    again = run(work, "import", SEEDS[3]).stdout
    check("already imported" in again, again)
    check(run(work, "dump").stdout == before, "re-importing the same file changed the database")
    run(work, "chase", "ILSC-2020-01-50.3", "--note", "asked the service for a date", as_of="2020-11-02")
    # A corrected version of 14 Jan 2020: clause (3) now says six months.
    corrected = os.path.join(work, "003_corrected.txt")
    text = open(SEEDS[3], encoding="utf-8").read().replace("in 12 months' time", "in six months' time")
    open(corrected, "w", encoding="utf-8").write(text)
    out = run(work, "import", corrected).stdout
    check("1 changed" in out, out)
    a = actions(work)["ILSC-2020-01-50.3"]
    check("six months" in a["text"], a["text"])
    check(a["chase_count"] == 1, f"the chaser was lost: {a['events']}")
    # Six months from 14 Jan 2020 is 14 Jul 2020: the first meeting on or after it is 28 Jul 2020.
    check(a["due"]["date"] == "2020-07-28", f"due after correction {a['due']}")
    # The correction's facts are typed: its note is empty (no person wrote it), its detail says what changed.
    check(any(e["kind"] == "updated" and e["note"] is None and e["detail"].startswith("re-imported from ") and "due now " in e["detail"]
              and "text corrected" in e["detail"] and e["public"] is None for e in a["events"]), a["events"])

def test_cancel_december_reschedules():
    work = fresh()
    run(work, "import", *SEEDS)
    out = run(work, "meeting", "cancel", "2020-12-15", "--note", "December meeting cancelled", as_of="2020-11-30").stdout
    check("ILSC-2020-09-95.2" in out, out)
    a = actions(work)["ILSC-2020-09-95.2"]
    check(a["due"]["date"] == "2021-01-26", a["due"])
    check(a["reschedule_count"] == 1, a["events"])
    resc = [e for e in a["events"] if e["kind"] == "rescheduled"][0]
    check("December meeting cancelled" in resc["note"] and resc["date"] == "2020-11-30", resc)
    p = run(work, "meeting", "cancel", "2020-12-15", "--note", "again", ok=False)
    check(p.returncode == 2 and "already cancelled" in p.stderr, p.stderr)

def test_lifecycle_refusals():
    work = fresh()
    run(work, "import", *SEEDS)
    p = run(work, "close", "ILSC-2020-09-98.1", ok=False)
    check(p.returncode == 2 and "--note" in p.stderr, p.stderr)
    run(work, "close", "ILSC-2020-09-98.1", "--note", "follow-up done")
    p = run(work, "close", "ILSC-2020-09-98.1", "--note", "again", ok=False)
    check(p.returncode == 2 and "already closed" in p.stderr, p.stderr)
    p = run(work, "chase", "ILSC-2020-09-98.1", ok=False)
    check(p.returncode == 2 and "closed" in p.stderr, p.stderr)
    run(work, "update", "ILSC-2020-09-98.1", "--status", "open", "--note", "more to do")
    a = actions(work)["ILSC-2020-09-98.1"]
    check(a["status"] == "open" and a["events"][-1]["kind"] == "reopened", a["events"])
    run(work, "transfer", "ILSC-2019-03-i7.2", "--to", "Sub and Project Group tracker", "--note", "one-off review")
    check(actions(work)["ILSC-2019-03-i7.2"]["status"] == "transferred", "transfer")
    p = run(work, "respond", "ILSC-2020-01-48.2", "--accepted", ok=False)
    check(p.returncode == 2 and "not a recommendation" in p.stderr, p.stderr)
    p = run(work, "show", "ILSC-1999-01-1.1", ok=False)
    check(p.returncode == 2 and "no action has the ID" in p.stderr, p.stderr)
    run(work, "update", "ILSC-2020-01-48.2", "--owner", "Head of Education Performance", "--note", "reassigned")
    # An owner set by hand survives a corrected import.
    corrected = os.path.join(work, "003_corrected.txt")
    open(corrected, "w", encoding="utf-8").write(open(SEEDS[3], encoding="utf-8").read().replace("reformatted", "re-formatted"))
    run(work, "import", corrected)
    check(actions(work)["ILSC-2020-01-48.2"]["owner"] == "Head of Education Performance", "hand-set owner lost")

def test_recommendation_response():
    work = fresh()
    minutes = os.path.join(work, "rec.txt")
    open(minutes, "w").write(
        "SCRUTINY BOARD\nTuesday, 2nd March, 2021\n\n12. HOUSING ALLOCATIONS\n\nRESOLVED -\n"
        "(1) That the following recommendations be submitted to Cabinet:\n(a) that the allocations policy be reviewed;\n"
        "(b) that the waiting list be published quarterly.\n")
    run(work, "import", minutes)
    got = actions(work)
    # (1) only introduces its parts: the parts are the recommendations, the stem is no action.
    check(set(got) == {"SB-2021-03-12.1a", "SB-2021-03-12.1b"}, sorted(got))
    a = got["SB-2021-03-12.1a"]
    check(a["kind"] == "recommendation" and a["owner"] == "Cabinet" and a["response"]["state"] == "awaiting", a)
    p = run(work, "respond", "SB-2021-03-12.1a", "--rejected", ok=False)
    check(p.returncode == 2 and "reasons" in p.stderr, p.stderr)
    run(work, "respond", "SB-2021-03-12.1a", "--rejected", "--reason", "the policy was reviewed in 2020", "--from", "Cabinet",
        "--date", "2021-04-19")
    r = actions(work)["SB-2021-03-12.1a"]["response"]
    check(r["state"] == "rejected" and r["date"] == "2021-04-19" and "2020" in r["reason"], r)

def test_dry_run_writes_nothing():
    work = fresh()
    before = run(work, "dump").stdout
    out = run(work, "import", SEEDS[1], "--dry-run").stdout
    check("dry run" in out and "3 new action" in out, out)
    check(run(work, "dump").stdout == before, "a dry run wrote to the database")

def test_bad_files_among_good_ones():
    """The files are read a step ahead of the one being stored: a bad file in the middle is
    reported, the others are imported, in the order given, and the same content under a second
    name within one command is recognised as imported."""
    work = fresh()
    empty = os.path.join(work, "empty.txt")
    open(empty, "w").close()
    again = os.path.join(work, "again.txt")
    shutil.copy(SEEDS[3], again)
    files = [SEEDS[3], os.path.join(work, "missing.txt"), SEEDS[1], empty, again, SEEDS[4]]
    p = run(work, "import", *files, ok=False)
    check(p.returncode == 2, f"exit {p.returncode}")
    err = p.stderr.splitlines()
    check(len(err) == 2 and "missing.txt" in err[0] and "empty.txt" in err[1], p.stderr)
    out = [line for line in p.stdout.splitlines() if not line.startswith(" ")]
    check([line.split(":")[0] for line in out] == [SEEDS[3], SEEDS[1], again, SEEDS[4]], p.stdout)
    check("already imported (as " + SEEDS[3] in out[2], out[2])
    alone = fresh()
    run(alone, "import", SEEDS[3], SEEDS[1], SEEDS[4])
    check(run(work, "dump").stdout == run(alone, "dump").stdout, "the bad files changed what the good ones gave")

def test_file_failing_part_way_through():
    """A file that fails after writing part of itself (here triggers the test adds refuse one of
    its clauses, or one of its items) leaves nothing behind: the files imported with it since the
    last commit are written again without it, each printed once, in the order given. The failed
    statement does not fail the next file that uses it (the 22 Jul 2025 minutes have as many
    clauses as the refused copy of them), and a refused item is reported, not a crash."""
    work = fresh()
    db = sqlite3.connect(os.path.join(work, "t.db"))
    db.execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON clause WHEN NEW.text LIKE '%poisoned%' "
                "BEGIN SELECT RAISE(ABORT, 'a poisoned clause'); END")
    db.execute("CREATE TRIGGER refuse_item BEFORE INSERT ON item WHEN NEW.title LIKE '%Poisoned%' "
                "BEGIN SELECT RAISE(ABORT, 'a poisoned item'); END")
    db.commit()
    db.close()
    poisoned = os.path.join(work, "poisoned.txt")
    with open(poisoned, "w", encoding="utf-8") as f:
        text = open(SEEDS[2], encoding="utf-8").read()
        check("That the update be noted." in text, "the seed changed")
        f.write(text.replace("That the update be noted.", "That the poisoned update be noted."))
    poisoned_item = os.path.join(work, "poisoned_item.txt")
    with open(poisoned_item, "w", encoding="utf-8") as f:
        text = open(SEEDS[0], encoding="utf-8").read()
        check("Rotherham Education Strategic Partnership (RESP) Update" in text, "the seed changed")
        f.write(text.replace("Rotherham Education Strategic Partnership (RESP) Update", "Poisoned Partnership Update"))
    files = [SEEDS[3], SEEDS[1], poisoned, SEEDS[2], poisoned_item, SEEDS[4]]
    p = run(work, "import", *files, ok=False)
    check(p.returncode == 2, f"exit {p.returncode}: {p.stderr}")
    err = p.stderr.splitlines()
    check(len(err) == 2 and "poisoned.txt" in err[0] and "a poisoned clause" in err[0]
          and "poisoned_item.txt" in err[1] and "a poisoned item" in err[1], p.stderr)
    out = [line for line in p.stdout.splitlines() if not line.startswith(" ")]
    good = [SEEDS[3], SEEDS[1], SEEDS[2], SEEDS[4]]
    check([line.split(":")[0] for line in out] == good, p.stdout)
    alone = fresh()
    run(alone, "import", *good)
    check(run(work, "dump").stdout == run(alone, "dump").stdout, "a failed file left something behind")
    db = sqlite3.connect(os.path.join(work, "t.db"))
    check(db.execute("SELECT count(*) FROM document WHERE path LIKE '%poisoned%'").fetchone()[0] == 0, "a failed file's document stayed")
    check(db.execute("PRAGMA foreign_key_check").fetchall() == [], "foreign keys")
    db.close()

def test_two_imports_at_once():
    work = fresh()
    big = os.path.join(work, "big.txt")
    with open(big, "w", encoding="utf-8") as f:  # the seed repeated: one long import
        for _ in range(150):
            f.write(open(SEEDS[1], encoding="utf-8").read())
    base = [BIN, "import", "--db", os.path.join(work, "t.db"), "--config", CONFIG, "--as-of", "2020-10-20"]
    a = subprocess.Popen(base + [big], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b = subprocess.Popen(base + SEEDS[3:4], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outs = [p.communicate(timeout=120) for p in (a, b)]
    for p, (out, err) in zip((a, b), outs):
        check(p.returncode == 0 or "busy" in err, f"exit {p.returncode}: {err}")
    db = sqlite3.connect(os.path.join(work, "t.db"))
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity")
    check(db.execute("SELECT count(*) FROM document").fetchone()[0] == 1 + sum(p.returncode == 0 for p in (b,)), "documents")

def test_killed_import_leaves_database_as_it_was():
    """Killed at any moment, an import leaves the database as it was or fully imported, never half."""
    work = fresh()
    run(work, "import", SEEDS[3])
    db_path = os.path.join(work, "t.db")
    big = os.path.join(work, "big.txt")
    with open(big, "w", encoding="utf-8") as f:
        for k in range(400):
            f.write(open(SEEDS[1], encoding="utf-8").read().replace("22nd September, 2020", "22nd September, 2020 "))
    start = os.path.join(work, "start.db")
    shutil.copy(db_path, start)
    before = run(work, "dump").stdout
    began = time.monotonic()
    run(work, "import", big)
    took = time.monotonic() - began
    after = run(work, "dump").stdout
    check(before != after, "the big import changed nothing")
    outcomes = set()
    # Eight kills spread over the import's own length (the last past its end), rather than every
    # tenth of a second for three seconds whatever it takes.
    for delay in [took * k / 7 for k in range(1, 9)]:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db_path + suffix):
                os.remove(db_path + suffix)
        shutil.copy(start, db_path)
        p = subprocess.Popen([BIN, "import", big, "--db", db_path, "--config", CONFIG, "--as-of", "2020-10-20"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        dump = run(work, "dump").stdout
        check(dump in (before, after), f"killed after {delay:.1f}s: the database holds part of an import")
        outcomes.add(dump == after)
        db = sqlite3.connect(db_path)
        check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity")
        db.close()
    check(False in outcomes, "no kill landed before the import finished")

def test_killed_history_import_keeps_whole_files():
    """An import of many files commits them in groups, each file all or nothing. Killed at any
    moment, the database holds whole files only, the first ones in the order given, and every
    file the import said it imported."""
    minutes = tempfile.mkdtemp(prefix="tracker-history-")
    # Enough files for several groups (a group is 256 files or a second).
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_history.py"), minutes, "4", "15"], check=True, capture_output=True)
    files = sorted(os.path.join(minutes, n) for n in os.listdir(minutes))
    whole = fresh()
    began = time.monotonic()
    run(whole, "import", *files)
    took = time.monotonic() - began
    db = sqlite3.connect(os.path.join(whole, "t.db"))
    clauses = dict(db.execute("SELECT d.path, count(*) FROM clause c JOIN document d ON d.id = c.document_id GROUP BY d.path"))
    db.close()
    outcomes = set()
    for delay in [took * k / 10 for k in range(1, 10)]:
        work = fresh()
        db_path = os.path.join(work, "t.db")
        p = subprocess.Popen([BIN, "import", *files, "--db", db_path, "--config", CONFIG, "--as-of", "2020-10-20"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        out = p.communicate()[0]
        whole_lines = out.splitlines()[:-1] if not out.endswith("\n") else out.splitlines()  # the kill may cut the last
        said = {line.split(":")[0] for line in whole_lines if not line.startswith(" ")}
        db = sqlite3.connect(db_path)
        check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity")
        got = dict(db.execute("SELECT d.path, count(*) FROM clause c JOIN document d ON d.id = c.document_id GROUP BY d.path"))
        db.close()
        check(set(got) == set(files[:len(got)]), f"killed after {delay:.2f}s: not the first {len(got)} files")
        check(all(got[f] == clauses[f] for f in got), f"killed after {delay:.2f}s: a file is in part")
        check(said <= set(got), f"killed after {delay:.2f}s: said imported but not there: {sorted(said - set(got))[:3]}")
        outcomes.add(0 < len(got) < len(files))
        shutil.rmtree(work)
    shutil.rmtree(minutes)
    check(True in outcomes, "no kill landed in the middle of the import")

def test_documents_keep_their_place():
    """Minutes imported from a PDF, a Word document and a saved web page: each action keeps where
    it stands in its document (page and line, paragraph, element), which `show` and the JSON
    print beside the line of the text; a bad document among them is refused whole, and the same
    minutes as a PDF after the Word document change nothing."""
    work = fresh()
    docs = os.path.join(ROOT, "tests", "fixtures", "documents")
    bad = os.path.join(ROOT, "tests", "e2e", "cli", "data", "truncated.pdf")
    p = run(work, "import", os.path.join(docs, "003_minutes.pdf"), bad, os.path.join(docs, "004_minutes.docx"), ok=False)
    check(p.returncode == 2, f"exit {p.returncode}")
    check("truncated.pdf: is a cut-off or damaged PDF" in p.stderr, p.stderr)
    shown = run(work, "show", "ILSC-2020-01-50.3").stdout
    # Clause 50(3) starts on page 8 (at its 39th line, the page header being the first) and ends on page 9.
    check("003_minutes.pdf, page 8, line 39 (line " in shown, shown)
    check("created     from " + os.path.join(docs, "003_minutes.pdf") + ", page 8, line 39" in shown, shown)
    listed = actions(work)
    word = [a for a in listed.values() if a["source"]["file"].endswith("004_minutes.docx")]
    check(len(word) == 2, f"{len(word)} actions from the Word document")
    check(all(a["source"].get("location", "").startswith("paragraph ") for a in word), [a["source"] for a in word])
    check(not any(a["source"]["file"].endswith("truncated.pdf") for a in listed.values()), "the bad file left something")
    # The same meeting from the saved web page: nothing new, every clause as it was.
    p = run(work, "import", os.path.join(docs, "004_moderngov.html"))
    check("0 new action(s) from 0 new clause(s)" in p.stdout, p.stdout)
    # Its cut-off items warn with the place and the link to the full text.
    check("link https://moderngov.rotherham.gov.uk/mgIssueHistoryHome.aspx?IId=258&Opt=0: item 58 " in p.stdout, p.stdout)

def test_older_database_upgraded():
    """A database as migration 001 made it (CHECKs written with IN, an index on event(action_id),
    none on the body an action is sent to, foreign keys checked after each statement) is upgraded
    when it is opened, and keeps what it held: 002 adds the index on target_body; 003 rewrites the
    CHECKs and drops the needless index; 004 defers the foreign keys to the commit; 005 adds the
    clause's location in its document; 006 the due an event moved an action from and the day a
    meeting was cancelled; 007 an event's facts in columns, older notes marked as such; 008 where
    each action came from (minutes, for all of them)."""
    work = fresh()
    # 001's SQL holds no action taken from a council's schedule (008): the pack is imported without
    # the schedule's one row.
    pack = os.path.join(work, "001_without_schedule_row.txt")
    with open(SEEDS[1], encoding="utf-8") as f:
        lines = f.read().split("\n")
    check(lines[487].startswith("03/03/20\tEarly Help and Social Care Pathway"), "the seed changed")
    with open(pack, "w", encoding="utf-8") as f:
        f.write("\n".join(lines[:487] + lines[488:]))
    run(work, "import", SEEDS[0], pack, *SEEDS[2:])
    run(work, "chase", "ILSC-2020-09-98.1", "--note", "asked by email")
    before = run(work, "dump").stdout
    # The same rows in a database built from 001's SQL alone.
    old_path = os.path.join(work, "old.db")
    old = sqlite3.connect(old_path)
    old.executescript(open(os.path.join(ROOT, "schema", "001_initial.sql")).read())
    old.execute("ATTACH ? AS new", (os.path.join(work, "t.db"),))
    tables = [r[0] for r in old.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")]
    for t in tables:
        # 001's columns only: later migrations add some (005: clause.location).
        columns = ", ".join(r[1] for r in old.execute(f"PRAGMA main.table_info({t})"))
        old.execute(f"INSERT INTO main.{t} SELECT {columns} FROM new.{t}")
    old.commit()
    old.execute("DETACH new")
    old.execute("PRAGMA user_version = 1")
    old.close()
    shutil.move(old_path, os.path.join(work, "t.db"))
    for stale in ("t.db-wal", "t.db-shm"):
        if os.path.exists(os.path.join(work, stale)):
            os.remove(os.path.join(work, stale))
    # A read-only command never migrates: it says to upgrade with init, which does.
    refused = run(work, "dump", ok=False)
    check(refused.returncode == 2 and "run 'tracker init' to upgrade it" in refused.stderr, refused.stderr)
    run(work, "init")
    # Compared as sets of lines, so that this test is about the upgrade (006 also keeps one row of
    # each person older versions added again on every init).
    after = run(work, "dump").stdout
    # An event's typed facts (007: owner, due and status before and after, the title matched, the
    # file imported from …) are columns 001 has not got; the rows are compared on the columns
    # before them, the first ten of the dump's event lines.
    def without_typed_facts(dump):
        lines, section = [], ""
        for line in dump.splitlines():
            section = line if line.startswith("## ") else section
            if section == "## event details":  # the same facts in words
                continue
            lines.append(" | ".join(line.split(" | ")[:10]) if section == "## events" and line != section else line)
        return set(lines)
    check(without_typed_facts(after) == without_typed_facts(before), "the upgrade changed the record")
    db = sqlite3.connect(os.path.join(work, "t.db"))
    version = db.execute("PRAGMA user_version").fetchone()[0]
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    tables_sql = " ".join(r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"))
    # 007: every event already there keeps its note, marked as an older version's words.
    check(db.execute("SELECT count(*) FROM event WHERE legacy_note = 0").fetchone()[0] == 0, "older events not marked legacy")
    check(version == 12, f"version {version}")
    # 012: an action's ID changed by minutes that took it up, before and after, in columns of their own.
    event_columns = {r[1] for r in db.execute("PRAGMA table_info(event)")}
    check({"id_before", "id_after"} <= event_columns, f"012 was not applied: {sorted(event_columns)}")
    # 008: where an action came from, checked; a clause entered by hand names no document.
    check("document_id INTEGER REFERENCES document(id)" in
          db.execute("SELECT sql FROM sqlite_master WHERE name = 'clause'").fetchone()[0], "the clause's document is still NOT NULL")
    check({r[0] for r in db.execute("SELECT DISTINCT origin FROM action")} == {"minutes"}, "older actions came from minutes")
    check("action_target" in indexes and "event_action" not in indexes, f"indexes {sorted(indexes)}")
    # 011: the actions still to be done, in a partial index of their own.
    check("action_live" in indexes and "action_status" not in indexes, f"indexes {sorted(indexes)}")
    check("status IN (" not in tables_sql and "kind = 'responded'" in tables_sql, "the CHECKs were not rewritten")
    # 009: the event kinds that leave an action out of the schedule and put it back, and commitments' own history.
    check("kind = 'not_reported' OR kind = 'reported'" in tables_sql and "commitment_event" in tables_sql, "009 was not applied")
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity")
    # The rewritten CHECKs refuse what the old ones refused.
    for bad in ("UPDATE action SET status = 'finished' WHERE id = 1",
                "INSERT INTO event (action_id, kind, date, who) VALUES (1, 'forgotten', '2020-10-20', 'x')",
                "UPDATE action SET origin = 'guessed' WHERE id = 1"):
        try:
            db.execute(bad)
            check(False, f"accepted: {bad}")
        except sqlite3.IntegrityError as e:
            check("CHECK constraint failed" in str(e), str(e))
    # Every foreign key is deferred, and a row naming no action is still refused, at the commit.
    check(tables_sql.count("REFERENCES") == tables_sql.count("DEFERRABLE INITIALLY DEFERRED") == 24,  # 20 from 001; 007 event.corrects, 008 event.document_id, 009 commitment_event.commitment_id, 010 clause.adopted_from
          "the foreign keys were not all deferred")
    db.rollback()  # the refused statements above opened a transaction, in which the pragma does nothing
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("INSERT INTO event (action_id, kind, date, who) VALUES (999999, 'chased', '2020-10-20', 'x')")
    try:
        db.commit()
        check(False, "an event for no action was accepted")
    except sqlite3.IntegrityError as e:
        check("FOREIGN KEY constraint failed" in str(e), str(e))
    db.rollback()
    check(db.execute("SELECT count(*) FROM event WHERE action_id = 999999").fetchone()[0] == 0, "the refused event stayed")
    db.close()
    # And the upgraded database goes on working.
    run(work, "chase", "ILSC-2020-09-98.1", "--note", "asked again")

def test_newer_database_refused():
    work = fresh()
    db = sqlite3.connect(os.path.join(work, "t.db"))
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    p = run(work, "actions", ok=False)
    check(p.returncode == 2 and "newer than this tracker" in p.stderr, p.stderr)
    other = os.path.join(work, "other.db")
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    p = subprocess.run([BIN, "actions", "--db", other, "--config", CONFIG], capture_output=True, text=True)
    check(p.returncode == 2 and "not a tracker's" in p.stderr, p.stderr)
    p = subprocess.run([BIN, "actions", "--db", os.path.join(work, "missing.db"), "--config", CONFIG], capture_output=True, text=True)
    check(p.returncode == 2 and "tracker init" in p.stderr, p.stderr)


if __name__ == "__main__":
    run_cases(globals())
