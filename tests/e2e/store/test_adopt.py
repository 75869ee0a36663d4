#!/usr/bin/env python3
"""End-to-end tests of the resolutions an agenda pack quotes from earlier meetings, and `tracker adopt`.

Usage: test_adopt.py TRACKER_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)
The expected list was counted by hand from sample_data/001 (lines 415-505), see QUOTED_IN_001.
"""
import json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402
import test_store  # noqa: E402  (beside this file: the store's command runner)
from test_store import fresh, run  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PACK = os.path.join(ROOT, "sample_data", "001_74dac51bd9bc3b76.txt")
MINUTES_003 = os.path.join(ROOT, "sample_data", "003_2cbfffbc9ff08273.txt")
CONFIG = os.path.join(ROOT, "tests", "e2e", "extract", "tracker.toml")
BIN = None
ILSC = "Improving Lives Select Commission"

# The pack's quotes, read off the text: (committee, meeting day or month, item, clause labels).
# The work programme's table (16 June, 28 July, 22 September: 35 clauses, the count; the
# 16 June "ILSC Monitoring Report" stands below the table rows, unlabelled), then the quotes that
# say their meeting in words: the 9 March row's "Resolved in March 2020 to bring ..." (March 2020:
# the calendar's 3 March meeting), the items pending ("Resolved at OSMB July 2019", "Resolved at
# Cabinet in June 2020", three "That"s "Resolved in September 2019" (no September 2019 meeting in
# the calendar: the month stays), "Resolved in June 2019" (11 June)), and the Sub and Project Group
# work ("Resolved in October 2019" (29 October), "Resolved on 30/04/19"). Two more say again what
# the June row already quotes and are not listed: the 15 December row's "Resolved at June 2020
# meeting to receive a progress report at December 2020 meeting" (the re-referrals item) and the
# pending "Performance Monitoring: Resolved June 2020: That the revised methods ..." (clause 5).
QUOTED_IN_001 = [
    (ILSC, "2020-06-16", "Response to Domestic Abuse during the pandemic", ["1", "2", "3"]),
    (ILSC, "2020-06-16", "Performance Monitoring", ["1", "2", "3", "4", "5"]),
    (ILSC, "2020-06-16", "Re-referrals and repeat child protection planning - Progress report", ["1", "2", "3"]),
    (ILSC, "2020-06-16", "Work Programme", ["1", "2"]),
    (ILSC, "2020-06-16", "Project group updates", ["1", "2"]),
    (ILSC, "2020-06-16", "ILSC Monitoring Report", [None]),
    (ILSC, "2020-07-28", "Update on LAC Sufficiency", ["1", "2", "3"]),
    (ILSC, "2020-07-28", "Youth Offending Team – Progress report", ["1", "2", "3", "4"]),
    (ILSC, "2020-07-28", "Work Programme", ["1", "2"]),
    (ILSC, "2020-07-28", "Project group updates", ["1", "2"]),
    (ILSC, "2020-07-28", "ILSC Monitoring Report", [None]),
    (ILSC, "2020-09-22", "Youth Offending Team", ["1"]),
    (ILSC, "2020-09-22", "Children's social care service in the light of Covid-19 pandemic – Progress Report", ["2", "3"]),
    (ILSC, "2020-09-22", "Work Programme", ["1", "2"]),
    (ILSC, "2020-09-22", "Project group updates", ["1"]),
    (ILSC, "2020-09-22", "ILSC Monitoring Report", [None]),
    (ILSC, "2020-03-03", "Pause Progress report", [None]),
    ("OSMB", "2019-07", "Safer Rotherham Partnership", [None]),
    ("Cabinet", "2020-06", "CSE Support Services", [None]),
    (ILSC, "2019-09", "Counter extremism in schools", [None, None, None]),
    (ILSC, "2019-06-11", "Rotherham Education Strategic Partnership", [None]),
    (ILSC, "2019-10-29", "Early Help Offer", [None]),
    (ILSC, "2019-04-30", "Court Procedures (pre-proceedings)", [None]),
]
# The 22 September quotes that are the pack's own minutes' actions (items 95, 97, 98).
TRACKED_BY_MINUTES = {
    "That a further progress report be brought to the December 2020 meeting of the Improving Lives Select Commission.": "ILSC-2020-09-95.2",
    "That the Work Programme be updated as discussed.": "ILSC-2020-09-97.1",
    "That the Governance Advisor makes the required follow up activity as required for the outstanding actions.": "ILSC-2020-09-98.1",
}


def quoted_json():
    p = subprocess.run([BIN, "extract", PACK, "--format", "json", "--config", CONFIG], capture_output=True, text=True, timeout=60)
    check(p.returncode == 0, p.stderr)
    return json.loads(p.stdout)


def listed(work):
    """adopt --list: number -> (state line, text)"""
    out = run(work, "adopt", PACK, "--list").stdout
    entries = {}
    lines = out.splitlines()
    for k, line in enumerate(lines):
        m = re.match(r"^\s+(\d+)  .*line \d+: (.*)$", line)
        if m:
            entries[int(m.group(1))] = (m.group(2), lines[k + 1].strip())
    return out, entries


def test_pack_quotes_counted_by_hand():
    """Every quote of 001 with the meeting that made it, none of them among the minutes' own clauses."""
    x = quoted_json()
    got = []
    for q in x["quoted_resolutions"]:
        meeting = q["meeting_date"] or q["meeting_month"]
        key = (q["committee"], meeting, q["item"]["title"])
        if got and got[-1][:3] == key:
            got[-1][3].append(q["label"])
        else:
            got.append((key[0], key[1], key[2], [q["label"]]))
    check(len(x["quoted_resolutions"]) == 44, f"{len(x['quoted_resolutions'])} quoted")
    check([tuple(g[:3]) for g in got] == [e[:3] for e in QUOTED_IN_001], "groups:\n" + "\n".join(map(str, got)))
    for g, e in zip(got, QUOTED_IN_001):
        check(g[3] == e[3], f"{e[2]} ({e[1]}): labels {g[3]} != {e[3]}")
    texts = [q["text"] for q in x["quoted_resolutions"]]
    # The items-pending cells end at the quote: not "To be scheduled" from the status column.
    check(texts[-8].startswith("That an update be provided to the Improving Lives Select Committee") and texts[-8].endswith("harassment."), texts[-8])
    check(texts[-6] == "That a report be submitted to this Commission as part of 2020/21 work programme outlining how the local authority was meeting its Prevent duty.", texts[-6])
    check(texts[-4].endswith("parents and carers."), f"the note after the quote is not a clause: {texts[-4]}")
    own = {r["text"] for r in x["resolutions"]}
    check(len(x["resolutions"]) == 9, f"the minutes' own clauses: {len(x['resolutions'])}")
    check(not any(q["source"]["line"] < 415 for q in x["quoted_resolutions"]), "a quote before the work programme")
    check("That the evaluation of the Early Years Home Visiting Project be submitted to this Commission." not in own, "a quote among the minutes' clauses")


def test_adopt_lists_adopts_and_again_changes_nothing():
    work = fresh()
    try:
        run(work, "import", PACK)
        x = quoted_json()
        out, entries = listed(work)
        check(len(entries) == 44, f"{len(entries)} listed:\n{out}")
        # Tracked already: the pack's own minutes made these actions.
        for n, (state, text) in entries.items():
            q = x["quoted_resolutions"][n - 1]
            if q["text"] in TRACKED_BY_MINUTES and q["meeting_date"] == "2020-09-22":
                check(state == "tracked as " + TRACKED_BY_MINUTES[q["text"]], f"{n}: {state}")
            elif not q["tracked"]:
                check(state.startswith("not adoptable: a") and "asks for nothing later" in state, f"{n}: {state}")
            elif q["meeting_date"] is None:
                check(state.startswith("not adoptable: the quote gives only the month"), f"{n}: {state}")
            else:
                check(state == "can be adopted", f"{n}: {state}")
        can = [n for n, (state, _) in entries.items() if state == "can be adopted"]
        check(len(can) > 10, f"only {len(can)} can be adopted")

        adopted = run(work, "adopt", PACK, "--all").stdout.splitlines()
        check(adopted[0].endswith(f"adopted {len(can)} quoted resolution(s) as actions"), adopted[0])
        ids = [l.strip() for l in adopted[1:]]
        check(len(ids) == len(can), ids)
        dump = run(work, "dump").stdout
        again = run(work, "adopt", PACK, "--all").stdout
        check(again.splitlines()[0].endswith("adopted 0 quoted resolution(s) as actions"), again)
        run(work, "import", "--adopt", PACK)
        check(run(work, "dump").stdout == dump, "adopting again changed the database")
        _, after = listed(work)
        for n in can:
            check(after[n][0].startswith("adopted as "), f"{n}: {after[n][0]}")

        # The 16 June quote (2): its meeting, its words, and where it came from.
        first = json.loads(run(work, "show", ids[0], "--format", "json").stdout)[0]
        check(first["decision_date"] == "2020-06-16", first["decision_date"])
        check(first["text"].startswith("That up to date figures on Domestic Abuse Incidents"), first["text"])
        check(first["item"]["title"] == "Response to Domestic Abuse during the pandemic", first["item"])
        # Where it came from is a fact of its created event, worded in the detail; its note is only
        # what a person wrote (none).
        created = [e for e in first["events"] if e["kind"] == "created"]
        check(len(created) == 1 and created[0]["note"] is None, created)
        check(created[0]["detail"].startswith("adopted from " + PACK + ", line 418 (quoted in "), created)
        # The quote shows the meeting was held: tracker.toml's planned 16 June 2020 is now held.
        meetings = run(work, "meeting", "list").stdout
        check(re.search(r"2020-06-16  held  from tracker.toml", meetings), meetings)

        # Numbers: one tracked already changes nothing; a noting clause and a number past the end are refused.
        p = run(work, "adopt", PACK, str(can[0]))
        check("already tracked as" in p.stdout, p.stdout)
        noting = next(n for n, (state, _) in entries.items() if "noting clause" in state)
        p = run(work, "adopt", PACK, str(noting), ok=False)
        check(p.returncode == 2 and p.stderr.count("\n") == 1 and "cannot be adopted" in p.stderr, p.stderr)
        p = run(work, "adopt", PACK, "45", ok=False)
        check(p.returncode == 2 and "there is no number 45" in p.stderr, p.stderr)
        p = run(work, "adopt", PACK, "two", ok=False)
        check(p.returncode == 2 and "is not the number of a quoted resolution" in p.stderr, p.stderr)
        check(run(work, "dump").stdout == dump, "a refused adoption wrote something")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_adopt_needs_an_imported_file():
    work = fresh()
    try:
        p = run(work, "adopt", PACK, "--all", ok=False)
        check(p.returncode == 2 and "has not been imported" in p.stderr and p.stderr.count("\n") == 1, p.stderr)
        run(work, "import", MINUTES_003)
        p = run(work, "adopt", PACK, ok=False)
        check(p.returncode == 2 and "has not been imported" in p.stderr, p.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_minutes_imported_later_leave_adopted_clauses_alone():
    """The 16 June 2020 minutes, imported after the pack's quotes of that meeting were adopted, do
    not count the adopted clauses as ones their minutes dropped."""
    work = fresh()
    try:
        run(work, "import", "--adopt", PACK)
        minutes = os.path.join(work, "ilsc_2020_06_16.txt")
        with open(minutes, "w", encoding="utf-8") as f:
            f.write("IMPROVING LIVES SELECT COMMISSION\nTuesday, 16th June, 2020\n\n"
                    "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis and Atkin.\n\n"
                    "12. WORK PROGRAMME\n\nResolved: -\n(1) That the Work Programme be updated as discussed.\n")
        p = run(work, "import", minutes)
        check("no longer in the minutes" not in p.stdout or ", 0 no longer in the minutes" in p.stdout, p.stdout)
        check("not in this version of the minutes" not in p.stdout, p.stdout)
        check("not in the minutes imported from" not in run(work, "dump").stdout, "an adopted clause was marked as dropped")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.chdir(ROOT)
    test_store.BIN = os.path.abspath(sys.argv[1])  # its run() and fresh() are the ones used here
    run_cases(globals())
