#!/usr/bin/env python3
"""End-to-end tests of issue 13's start from the council's own tracker: its monitoring schedule
taken in (in an agenda pack, as CSV and as Excel), actions entered by hand, and the committee's
further-action words in the schedule.

Usage: test_schedule.py TRACKER_BIN CASE   (CASE: one of the functions named test_*)
What each test expects was checked by hand against the source: sample_data/001_74dac51bd9bc3b76.txt
line 488 (the council's table, updated 13 October 2020), and tests/fixtures/schedules/, written
for these tests (council_schedule.csv by hand, council_schedule.xlsx by make_workbooks.py).
"""
import json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEEDS = sorted(os.path.join(ROOT, "sample_data", n) for n in os.listdir(os.path.join(ROOT, "sample_data")))
PACK = os.path.join(ROOT, "sample_data", "001_74dac51bd9bc3b76.txt")
CONFIG = os.path.join(ROOT, "tests", "e2e", "extract", "tracker.toml")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "schedules")
MINUTES = os.path.join(FIXTURES, "scrutiny_board_2021-03-02.txt")
BIN = None




def run(work, *args, ok=True, as_of="2020-10-13", config=CONFIG):
    cmd = [BIN] + list(args) + ["--db", os.path.join(work, "t.db"), "--config", config, "--as-of", as_of, "--by", "Test"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if ok and p.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def fresh():
    work = tempfile.mkdtemp(prefix="tracker-schedule-")
    run(work, "init")
    return work


def refused(work, *args, says, **kw):
    p = run(work, *args, ok=False, **kw)
    check(p.returncode == 2 and says in p.stderr and p.stderr.count("\n") == 1, f"{args}: exit {p.returncode}: {p.stderr!r}")


def actions(work, as_of="2030-01-01"):
    return {a["id"]: a for a in json.loads(run(work, "actions", "--format", "json", as_of=as_of).stdout)}


def section(dump, title):
    """One '## title' section of 'tracker dump'."""
    out, inside = [], False
    for line in dump.splitlines():
        if line.startswith("## "):
            inside = line == "## " + title
        elif inside:
            out.append(line)
    return out


def history(a):
    """Each event's kind, day, note and destination; a transfer's note as the council wrote it.
    An event with no words of a person or the council gives its detail (the further-action words
    it set)."""
    out = []
    for e in a["events"]:
        note, to = e["note"] or e.get("detail") or "", e.get("transferred_to", "")
        if to and note.startswith(f"transferred to {to}: "):
            note = note[len(f"transferred to {to}: "):]
        out.append((e["kind"], e["date"], note, to))
    return out


def test_council_table_from_the_pack():
    """The five sample minutes; the council's table in 001 gives its one row, the Liquid Logic
    update decided on 3 March 2020, with its history in the council's words."""
    work = fresh()
    out = run(work, "import", *SEEDS).stdout
    check("the council's monitoring schedule: 1 row(s), 1 taken in as new actions, 0 matched to actions already tracked, 0 unchanged"
          in out, out)
    schedules = json.loads(run(work, "report", "monitoring", "--status", "all", "--format", "json").stdout)
    rows = [r for s in schedules for r in s["rows"] if "Liquid Logic" in r["recommendation"]]
    check(len(rows) == 1, f"{len(rows)} Liquid Logic rows")
    row = rows[0]
    check(row["decision_date"] == "2020-03-03" and row["item"] == "Early Help and Social Care Pathway", row)
    check(row["recommendation"] == "That an update be provided to members of the Improving Lives Select Commission on the "
          "implementation and use of the Liquid Logic case management system.", row["recommendation"])
    chases = [h for h in row["history"] if h.startswith("Chased")]
    check(len(chases) == 2 and "17 June 2020" in chases[0] and "6 July 2020" in chases[1], chases)
    # Its history in the public column as the council wrote it (line 488 of 001), chases dated.
    check(row["history"] == ["Requested and written briefing will be circulated.", "Chased 17 June 2020", "Chased 6 July 2020",
                             "Written information provided to Chair. Briefing for members being arranged.",
                             "Action transferred to Sub and Project Group tracker."], row["history"])
    check(row["status"] == "transferred", row["status"])
    check(row["further_words"] == "One off review being arranged. Action transferred to Sub and Project Group tracker.", row["further_words"])
    check(row["further_action"][0] == row["further_words"], row["further_action"])
    # The council's words, as written, in the history the action keeps; each taken from the pack.
    a = json.loads(run(work, "show", row["id"], "--format", "json").stdout)[0]
    check(a["origin"] == "schedule" and a["source"]["line"] == 488, a["source"])
    taken = [h[:3] for h, e in zip(history(a), a["events"]) if e.get("taken_from", "").endswith("001_74dac51bd9bc3b76.txt")]
    for entry in [("chased", "2020-06-17", "Chased 17 June"), ("chased", "2020-07-06", "Chased 6 July"),
                  ("updated", "2020-10-13", "Written information provided to Chair. Briefing for members being arranged."),
                  ("transferred", "2020-10-13", "Action transferred to Sub and Project Group tracker.")]:
        check(entry in taken, f"{entry} not in {taken}")
    transfer = [e for e in a["events"] if e["kind"] == "transferred"]
    check(len(transfer) == 1 and transfer[0]["transferred_to"] == "Sub and Project Group tracker", transfer)
    md = run(work, "report", "monitoring", "--status", "all").stdout
    check(md.count("Liquid Logic case management system") == 1, "the row once in Markdown")
    line = next(l for l in md.splitlines() if "Liquid Logic" in l)
    check("17 June 2020" in line and "6 July 2020" in line and "One off review being arranged." in line, line)
    # The council's row is what it kept on 13 October: as of the day before its decision, no row.
    earlier = json.loads(run(work, "report", "monitoring", "--status", "all", "--format", "json", as_of="2020-03-02").stdout)
    check(not any("Liquid Logic" in r["recommendation"] for s in earlier for r in s["rows"]), "decided later")
    # The same file again, and next month's pack repeating the table: nothing changes.
    before = run(work, "dump").stdout
    check("already imported" in run(work, "import", PACK).stdout, "the same bytes")
    check(run(work, "dump").stdout == before, "importing 001 again changed the database")
    next_month = os.path.join(work, "001_next_month.txt")
    with open(PACK, encoding="utf-8") as f, open(next_month, "w", encoding="utf-8") as g:
        g.write(f.read() + "\n")
    out = run(work, "import", next_month, as_of="2020-11-10").stdout
    check("1 row(s), 0 taken in as new actions, 0 matched to actions already tracked, 1 unchanged" in out, out)
    after = run(work, "dump").stdout
    for part in ("actions", "events", "owners", "meetings"):
        check(section(after, part) == section(before, part), f"next month's pack changed the {part}")


def take_in(schedule, as_of="2021-04-21"):
    work = fresh()
    run(work, "import", MINUTES, as_of=as_of)
    out = run(work, "import", schedule, "--committee", "Scrutiny Board", as_of=as_of).stdout
    return work, out


def test_csv_schedule_matches_minutes_and_adds_rows():
    work, out = take_in(os.path.join(FIXTURES, "council_schedule.csv"))
    check("Scrutiny Board, monitoring schedule: " in out, out)
    check("3 row(s), 2 taken in as new actions, 1 matched to actions already tracked, 0 unchanged" in out, out)
    got = actions(work)
    check(set(got) == {"SB-2021-03-12.2", "SB-2021-01-S1", "SB-2021-01-S2"}, sorted(got))
    # Row 1 is the minutes' clause (2), retyped: it gets the row's entries and words.
    centres = got["SB-2021-03-12.2"]
    check(centres["origin"] == "minutes" and centres["further"] == "Panel to consider in June.", centres)
    check(history(centres)[1:3] == [("updated", "2021-04-01", "Report being drafted", ""), ("chased", "2021-04-01", "Chased 1 April 2021", "")],
          history(centres))
    # Row 2: a reminder is a chase; completed on 20 April 2021 before its 30 April target.
    fly = got["SB-2021-01-S1"]
    check(fly["origin"] == "schedule" and fly["owner"] == "Head of Street Scene" and fly["status"] == "delivered", fly)
    check(fly["due"] == {"date": "2021-04-30", "precision": "day"} or fly["due"]["date"] == "2021-04-30", fly["due"])
    check(history(fly) == [("created", "2021-01-12", history(fly)[0][2], ""), ("chased", "2021-02-15", "Reminder sent 15 February 2021", ""),
                           ("delivered", "2021-04-20", "Completed 20 April 2021", "")], history(fly))
    # Row 3: transferred, on the day the schedule was taken in (a CSV says no "Updated:" day).
    libraries = got["SB-2021-01-S2"]
    check(libraries["status"] == "transferred" and libraries["further"] == "Action transferred to Sub and Project Group tracker.", libraries)
    check(history(libraries)[1:] == [("updated", "2021-03-03", "3 March 2021: written update received", ""),
                                      ("transferred", "2021-04-21", "Action transferred to Sub and Project Group tracker.",
                                       "Sub and Project Group tracker"),
                                      ("updated", "2021-04-21", "further action 'Action transferred to Sub and Project Group tracker.'", "")],
          history(libraries))
    meetings = run(work, "meeting", "list").stdout
    check("2021-01-12" in meetings or "12 January 2021" in meetings, meetings)
    # The same table saved again (other bytes): nothing changes.
    before = run(work, "dump").stdout
    again = os.path.join(work, "council_schedule_may.csv")
    with open(os.path.join(FIXTURES, "council_schedule.csv"), encoding="utf-8", newline="") as f, open(again, "w", encoding="utf-8", newline="") as g:
        g.write(f.read().replace("Lead officer", "Lead Officer"))
    out = run(work, "import", again, "--committee", "SB", as_of="2021-05-20").stdout
    check("3 row(s), 0 taken in as new actions, 0 matched to actions already tracked, 3 unchanged" in out, out)
    after = run(work, "dump").stdout
    for part in ("actions", "events", "owners", "clauses", "meetings"):
        check(section(after, part) == section(before, part), f"the second import changed the {part}")


def test_minutes_after_the_schedule_take_its_action_over():
    """The schedule first, the decision meeting's minutes after: the minutes' clause (2) is the
    row's action, which takes the minutes' ID; its history keeps the schedule's entries; no second
    action. The actions and their entries are those of the other order."""
    work = fresh()
    as_of = "2021-04-21"
    run(work, "import", os.path.join(FIXTURES, "council_schedule.csv"), "--committee", "Scrutiny Board", as_of=as_of)
    check("SB-2021-03-S1" in actions(work), sorted(actions(work)))
    out = run(work, "import", MINUTES, as_of=as_of).stdout
    check("SB-2021-03-S1 (from the council's schedule) is clause 12.2 of these minutes: now SB-2021-03-12.2" in out, out)
    got = actions(work)
    other, _ = take_in(os.path.join(FIXTURES, "council_schedule.csv"))
    expected = actions(other)
    check(set(got) == set(expected), f"{sorted(got)} != {sorted(expected)}")
    for id_ in expected:
        a, b = got[id_], expected[id_]
        check((a["text"], a["owner"], a["due"], a["status"], a["origin"], a["further"]) ==
              (b["text"], b["owner"], b["due"], b["status"], b["origin"], b["further"]), f"{id_}: {a} != {b}")
        entries = lambda x: sorted(h for h in history(x) if h[0] not in ("created", "updated") or "is now" not in h[2] and h[0] != "created")
        check(entries(a) == entries(b), f"{id_}: {entries(a)} != {entries(b)}")
    clauses = section(run(work, "dump").stdout, "clauses")
    check(not any(c.startswith("2021-03-02 | S1 |") for c in clauses), "the schedule row's clause is gone")


def test_xlsx_schedule_gives_what_the_csv_gives():
    """The same rows kept in Excel (real date cells, an "Updated: 21 April 2021" line above the
    table) give the same actions and history as the CSV taken in on that day."""
    csv_work, _ = take_in(os.path.join(FIXTURES, "council_schedule.csv"))
    xlsx_work, out = take_in(os.path.join(FIXTURES, "council_schedule.xlsx"))
    check("3 row(s), 2 taken in as new actions, 1 matched to actions already tracked, 0 unchanged" in out, out)
    def comparable(work):
        return {i: (a["text"], a["owner"], a["due"], a["status"], a["origin"], a["further"],
                    [h for h in history(a) if h[0] != "created"]) for i, a in actions(work).items()}
    check(comparable(csv_work) == comparable(xlsx_work), f"{comparable(csv_work)}\n!=\n{comparable(xlsx_work)}")
    taken = [e.get("taken_from", "") for e in actions(xlsx_work)["SB-2021-01-S2"]["events"]]
    check(all(t.endswith("council_schedule.xlsx") for t in taken), taken)


def test_add_by_hand_and_its_errors():
    work = fresh()
    run(work, "import", MINUTES, as_of="2021-04-21")
    out = run(work, "add", "--committee", "Scrutiny Board", "--decided", "2021-03-02", "--text", "That the Chair write to the Minister.",
              "--item", "Children's Centres Review", "--owner", "Chair", "--due", "2021-07", "--note", "agreed, missing from the minutes",
              as_of="2021-04-21").stdout
    check(out == "SB-2021-03-H1 added by hand: Scrutiny Board, 2 March 2021\n", repr(out))
    a = actions(work)["SB-2021-03-H1"]
    check(a["origin"] == "hand" and a["owner"] == "Chair" and a["due"]["date"] == "2021-07" and a["status"] == "open", a)
    check(a["item"]["title"] == "Children's Centres Review" if isinstance(a.get("item"), dict) else True, a)
    check(history(a) == [("created", "2021-04-21", "agreed, missing from the minutes", "")] and a["events"][0]["who"] == "Test", a["events"])
    show = run(work, "show", "SB-2021-03-H1", as_of="2021-04-21").stdout
    check("Source: entered by hand" in show, show)
    # A decision meeting the calendar lacks is added, as held.
    run(work, "add", "--committee", "SB", "--decided", "2021-02-09", "--text", "That officers visit the centres.", as_of="2021-04-21")
    check("2021-02-09" in run(work, "meeting", "list", as_of="2021-04-21").stdout, "the meeting added")
    check("SB-2021-02-H1" in actions(work), sorted(actions(work)))
    refused(work, "add", "--committee", "Scrutiny Board", "--decided", "2021-02-30", "--text", "x", says="--decided '2021-02-30' is not a date")
    refused(work, "add", "--committee", "Nonesuch", "--decided", "2021-03-02", "--text", "x", says="no committee is called 'Nonesuch'")
    refused(work, "add", "--committee", "Scrutiny Board", "--decided", "2021-03-02", "--text", "  ", says="add needs the words that were decided")
    refused(work, "add", "--committee", "Scrutiny Board", "--decided", "2021-03-02", "--text", "x", "--due", "2021-06-15",
            says="Scrutiny Board has no meeting on 15 June 2021")
    check(len(actions(work)) == 3, "a refused add records nothing")


def test_further_words_beside_the_flags():
    """The committee's words come first in "Further action required by Scrutiny"; the flags stand
    beside them, in their own column, or not at all, as [report] further_action says."""
    work = fresh()
    run(work, "import", MINUTES, as_of="2021-04-21")
    run(work, "update", "SB-2021-03-12.2", "--further", "Invite the Cabinet Member", "--note", "agreed at the meeting", as_of="2021-04-21")
    a = actions(work)["SB-2021-03-12.2"]
    check(a["further"] == "Invite the Cabinet Member", a)
    check(a["events"][-1].get("further") == "Invite the Cabinet Member" and a["events"][-1].get("further_before") in ("", None), a["events"][-1])
    refused(work, "update", "SB-2021-03-12.2", "--further", "Invite the Cabinet Member", says="already has these further-action words",
            as_of="2021-04-21")

    def row(config, fmt="json"):
        out = run(work, "report", "monitoring", "--committee", "SB", "--format", fmt, as_of="2021-09-01", config=config).stdout
        return out if fmt != "json" else json.loads(out)[0]["rows"][0]

    together = row(CONFIG)
    check(together["further_action"][0] == "Invite the Cabinet Member" and len(together["further_action"]) > 1, together["further_action"])
    check(any(f["flag"] == "Overdue" for f in together["flags"]), together["flags"])
    md = row(CONFIG, "md")
    check("| Invite the Cabinet Member<br>Overdue: " in md, md)
    layouts = {}
    for layout in ("words_only", "flags_separately"):
        config = os.path.join(work, layout + ".toml")
        with open(CONFIG, encoding="utf-8") as f, open(config, "w", encoding="utf-8") as g:
            g.write(f.read() + f'\n[report]\nfurther_action = "{layout}"\n')
        layouts[layout] = config
    alone = row(layouts["words_only"])
    check(alone["further_action"] == ["Invite the Cabinet Member"], alone["further_action"])
    check("Overdue" not in row(layouts["words_only"], "md").split("| Invite the Cabinet Member |")[1].split("\n")[0], "words only")
    apart = row(layouts["flags_separately"], "md")
    check("| Further action required by Scrutiny | Flags | Status |" in apart and "| Invite the Cabinet Member | Overdue: " in apart, apart)
    html = row(layouts["flags_separately"], "html")
    check('<th scope="col">Flags</th>' in html and '<p class="words">Invite the Cabinet Member</p>' in html, "html layout")
    # A schedule's report as of a day before the words were set shows none.
    earlier = run(work, "report", "monitoring", "--committee", "SB", "--format", "json", as_of="2021-04-20").stdout
    check(json.loads(earlier)[0]["rows"][0]["further_words"] == "", earlier)
    bad = os.path.join(work, "bad.toml")
    with open(CONFIG, encoding="utf-8") as f, open(bad, "w", encoding="utf-8") as g:
        g.write(f.read() + '\n[report]\nfurther_action = "flags_only"\n')
    refused(work, "report", "monitoring", says="further_action must be", config=bad)


if __name__ == "__main__":
    run_cases(globals())
