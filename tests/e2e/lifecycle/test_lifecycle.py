#!/usr/bin/env python3
"""End-to-end tests of the lifecycle behaviours of issue 12 that need the binary: the world as of
a day, refusals the command line makes, and what a command does to a database it did not make.
The lifecycle's own rules are unit-tested in tests/unit/domain_lifecycle_test.cpp.

Usage: test_lifecycle.py TRACKER_BIN CASE   (CASE: one of the functions named test_*)
Expected values were checked by hand against the seed minutes in sample_data/ and the fixture
tests/e2e/extract/fixtures/cabinet_recommendations.txt.
"""
import json, os, sqlite3, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEEDS = sorted(os.path.join(ROOT, "sample_data", n) for n in os.listdir(os.path.join(ROOT, "sample_data")))
CONFIG = os.path.join(ROOT, "tests", "e2e", "extract", "tracker.toml")
CABINET = os.path.join(ROOT, "tests", "e2e", "extract", "fixtures", "cabinet_recommendations.txt")
BIN = None


def run(work, *args, ok=True, as_of="2020-10-20", config=CONFIG, db="t.db"):
    cmd = [BIN] + list(args) + ["--db", os.path.join(work, db), "--config", config, "--as-of", as_of, "--by", "Test"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=work)
    if ok and p.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def refused(work, *args, says, **kw):
    p = run(work, *args, ok=False, **kw)
    check(p.returncode == 2 and says in p.stderr and p.stderr.count("\n") == 1, f"{args}: exit {p.returncode}: {p.stderr!r}")
    return p


def seeded():
    work = tempfile.mkdtemp(prefix="tracker-lifecycle-")
    run(work, "init")
    run(work, "import", *SEEDS)
    return work


def actions(work, as_of="2020-10-20", *extra):
    return {a["id"]: a for a in json.loads(run(work, "actions", "--format", "json", *extra, as_of=as_of).stdout)}


def flags(work, as_of):
    data = json.loads(run(work, "flags", "--format", "json", as_of=as_of).stdout)
    return {a["id"]: [f["rule"] for f in a["flags"]] for a in data}




def test_as_of_sees_the_world_of_that_day():
    """Point 5: a cancellation recorded on 30 November 2020 moves 95.2 from the 15 December meeting
    (minute 95 (2) of 22 September 2020: "to the December 2020 meeting") to 26 January 2021, but
    only for days from 30 November; a closure recorded in 2020 is not seen as of June 2019; an
    action decided after the day does not exist yet."""
    work = seeded()
    run(work, "meeting", "cancel", "2020-12-15", "--note", "December meeting cancelled", as_of="2020-11-30")
    run(work, "close", "ILSC-2019-03-i6.2", "--note", "information circulated", as_of="2020-02-03")
    before = actions(work, "2020-10-13")["ILSC-2020-09-95.2"]
    check(before["due"]["date"] == "2020-12-15" and before["reschedule_count"] == 0, before["due"])
    check(all(e["date"] <= "2020-10-13" for e in before["events"]), before["events"])
    after = actions(work, "2020-11-30")["ILSC-2020-09-95.2"]
    check(after["due"]["date"] == "2021-01-26" and after["reschedule_count"] == 1, after["due"])
    early = actions(work, "2019-06-01")
    check(sorted(early) == ["ILSC-2019-03-i6.2", "ILSC-2019-03-i7.2"], sorted(early))
    check(early["ILSC-2019-03-i6.2"]["status"] == "open", early["ILSC-2019-03-i6.2"]["status"])
    check(actions(work, "2020-02-03")["ILSC-2019-03-i6.2"]["status"] == "closed", "closed on the day it was closed")
    # --status means the status on that day.
    check(list(actions(work, "2019-06-01", "--status", "closed")) == [], "nothing was closed in June 2019")
    run(work, "close", "ILSC-2020-09-98.1", "--note", "done", as_of="2020-10-01")
    run(work, "update", "ILSC-2020-09-98.1", "--status", "open", "--note", "not done after all", as_of="2020-11-01")
    check("ILSC-2020-09-98.1" in actions(work, "2020-10-15", "--status", "closed"), "closed on 15 October, reopened since")
    check("ILSC-2020-09-98.1" not in actions(work, "2020-11-02", "--status", "closed"), "open again on 2 November")
    # show, the check and the monitoring schedule see the same day.
    shown = json.loads(run(work, "show", "ILSC-2019-03-i6.2", "--format", "json", as_of="2019-06-01").stdout)[0]
    check(shown["status"] == "open" and len(shown["events"]) == 1, shown)
    text = run(work, "show", "ILSC-2020-09-95.2", as_of="2020-10-13").stdout
    check("15 December 2020 meeting" in text and "cancelled" not in text, text)
    schedule = run(work, "report", "monitoring", "--format", "md", as_of="2020-10-13").stdout
    check("ILSC-2019-03-i6.2" not in schedule and "15 December 2020 meeting" in schedule, schedule)  # closed by then
    schedule = run(work, "report", "monitoring", "--format", "md", as_of="2020-01-31").stdout
    check("ILSC-2019-03-i6.2" in schedule and "ILSC-2020-09-95.2" not in schedule, schedule)
    # The calendar of a day before the cancellation still holds the December meeting.
    briefing = run(work, "briefing", "--meeting", "2020-12-15", as_of="2020-11-01")
    check(briefing.returncode == 0, briefing.stderr)


def test_rejected_recommendation_is_closed():
    """Point 2: a rejected recommendation has nothing left to do: it is closed, and not chased as
    Unscheduled every week. An accepted one stays open (it is still to be carried out)."""
    work = tempfile.mkdtemp(prefix="tracker-lifecycle-")
    run(work, "init", as_of="2021-06-24")
    run(work, "import", CABINET, as_of="2021-06-24")
    run(work, "respond", "OSMB-2021-06-11.3b", "--rejected", "--reason", "no budget", "--from", "Cabinet", "--date", "2021-07-20",
        as_of="2021-07-20")
    run(work, "respond", "OSMB-2021-06-11.3a", "--accepted", "--date", "2021-07-20", as_of="2021-07-20")
    now = actions(work, "2021-10-01")
    check(now["OSMB-2021-06-11.3b"]["status"] == "closed", now["OSMB-2021-06-11.3b"]["status"])
    check(now["OSMB-2021-06-11.3a"]["status"] == "open", now["OSMB-2021-06-11.3a"]["status"])
    flagged = flags(work, "2021-10-01")
    check("OSMB-2021-06-11.3b" not in flagged, flagged)
    check("unscheduled" in flagged["OSMB-2021-06-11.3a"], flagged)
    check(actions(work, "2021-07-19")["OSMB-2021-06-11.3b"]["status"] == "open", "not yet rejected the day before")
    check(run(work, "check", as_of="2021-10-01", ok=False).stdout.count("OSMB-2021-06-11.3b") == 0, "not in the weekly check")


def test_accepting_a_match_keeps_a_transfer():
    """Point 4: accepting a proposed match on a transferred action is refused, not recorded as delivery."""
    work = seeded()
    proposals = run(work, "matches").stdout
    check("ILSC-2019-03-i7.2" in proposals, proposals)
    number = next(line.split()[0] for line in proposals.splitlines() if "ILSC-2019-03-i7.2" in line)
    run(work, "transfer", "ILSC-2019-03-i7.2", "--to", "LAC Sufficiency sub-group tracker", "--note", "the sub-group follows it")
    refused(work, "matches", "accept", number, says="transferred")
    check(actions(work)["ILSC-2019-03-i7.2"]["status"] == "transferred", "still transferred")


def schedule_history(work, action, as_of):
    """The "Action/Response Completed" cell of one action's row in the full schedule."""
    out = run(work, "report", "monitoring", "--status", "all", as_of=as_of).stdout
    row = next(line for line in out.splitlines() if f"[{action}]" in line)
    return row.split(" | ")[5].strip()


def test_correction_leaves_the_public_schedule():
    """Issue 13: corrections replace what they correct. Match 3 (i7.2, delivered at 14 January 2020:
    'Implementation of Looked After Children Sufficiency Strategy') accepted, then rejected; 98.1
    marked delivered, then set back to open. The schedule shows neither the mistake nor its
    correction; it did show the mistake on the day it stood; show gives both, and which it undoes."""
    work = seeded()
    proposals = run(work, "matches").stdout
    number = next(line.split()[0] for line in proposals.splitlines() if "ILSC-2019-03-i7.2" in line)
    run(work, "matches", "accept", number, "--note", "the strategy item took it up", as_of="2020-10-20")
    check(actions(work)["ILSC-2019-03-i7.2"]["status"] == "delivered", "accepted")
    run(work, "matches", "reject", number, "--note", "a different subject", as_of="2020-10-21")
    check(actions(work, "2020-10-21")["ILSC-2019-03-i7.2"]["status"] == "open", "the rejection puts it back")
    run(work, "update", "ILSC-2020-09-98.1", "--status", "delivered", "--note", "Follow-up done", as_of="2020-10-20")
    run(work, "update", "ILSC-2020-09-98.1", "--status", "open", "--note", "delivered by mistake", as_of="2020-10-21")
    run(work, "chase", "ILSC-2020-09-98.1", as_of="2020-10-22")
    check(schedule_history(work, "ILSC-2019-03-i7.2", "2020-10-22") == "", schedule_history(work, "ILSC-2019-03-i7.2", "2020-10-22"))
    check(schedule_history(work, "ILSC-2020-09-98.1", "2020-10-22") == "Chased 22 October 2020",
          schedule_history(work, "ILSC-2020-09-98.1", "2020-10-22"))
    check(schedule_history(work, "ILSC-2019-03-i7.2", "2020-10-20") == "Considered at the 14 January 2020 meeting: the strategy item took it up",
          "the accepted match stood on 20 October")
    check(schedule_history(work, "ILSC-2020-09-98.1", "2020-10-20") == "Delivered 20 October 2020: Follow-up done", "so did the delivery")
    shown = run(work, "show", "ILSC-2020-09-98.1", as_of="2020-10-22").stdout
    check("Follow-up done (status open to delivered)" in shown, shown)
    check("delivered by mistake (status delivered to open; corrects the delivered event of 2020-10-20)" in shown, shown)
    events = json.loads(run(work, "show", "ILSC-2020-09-98.1", "--format", "json", as_of="2020-10-22").stdout)[0]["events"]
    check([e["public"] for e in events] == [None, None, None, "Chased 22 October 2020"], events)
    check(events[2]["detail"].startswith("delivered by mistake (status delivered to open"), events)


def test_briefing_needs_a_meeting():
    """Point 6: a briefing for a day without a meeting, or for a cancelled meeting, is refused."""
    work = seeded()
    refused(work, "briefing", "--meeting", "2020-12-16", says="no meeting on 16 December 2020")
    run(work, "meeting", "cancel", "2020-12-15", "--note", "December meeting cancelled", as_of="2020-11-30")
    refused(work, "briefing", "--meeting", "2020-12-15", as_of="2020-12-01", says="no meeting on 15 December 2020")
    check("15 December 2020" in run(work, "briefing", "--meeting", "2020-12-15", as_of="2020-11-01").stdout, "before it was cancelled")


def test_due_by_hand_must_be_a_meeting():
    """Point 7: --due on a day the committee does not meet is refused, not moved to the next meeting."""
    work = seeded()
    refused(work, "update", "ILSC-2020-09-95.2", "--due", "2020-12-16", says="no meeting on 16 December 2020")
    check(actions(work)["ILSC-2020-09-95.2"]["due"]["date"] == "2020-12-15", "unchanged")
    run(work, "update", "ILSC-2020-09-95.2", "--due", "2021-01-26")
    check(actions(work)["ILSC-2020-09-95.2"]["due"]["date"] == "2021-01-26", "a meeting's day is taken")


def test_unknown_status_and_committee_refused():
    """Point 8: an unknown --status or --committee is a usage error in every command, not an empty list."""
    work = seeded()
    refused(work, "actions", "--status", "bogus", says="--status must be one of open, scheduled")
    refused(work, "actions", "--committee", "Nonesuch", says="no committee called 'Nonesuch'")
    refused(work, "meeting", "list", "--committee", "Nonesuch", says="no committee called 'Nonesuch'")
    refused(work, "report", "monitoring", "--committee", "Nonesuch", says="no committee called 'Nonesuch'")
    # Eight from the minutes, one from the council's schedule in 001.
    check(len(actions(work, "2020-10-20", "--committee", "ilsc")) == 9, "the short name, any case")


def test_import_needs_a_database():
    """Point 9: import in a folder without a database refuses, like every command but init."""
    work = tempfile.mkdtemp(prefix="tracker-lifecycle-")
    refused(work, "import", SEEDS[0], says="create one with 'tracker init'")
    check(not os.path.exists(os.path.join(work, "t.db")), os.listdir(work))


def test_emptied_database_is_not_rebuilt():
    """Point 10: a database emptied to zero bytes is an error for every command but init, and stays as it is."""
    work = seeded()
    open(os.path.join(work, "t.db"), "w").close()
    for f in ("t.db-wal", "t.db-shm"):
        if os.path.exists(os.path.join(work, f)):
            os.remove(os.path.join(work, f))
    for args in (["check"], ["report", "monitoring"], ["update", "ILSC-2020-09-95.2", "--note", "x"],
                 ["meeting", "add", "2021-03-09", "--committee", "ILSC"], ["import", SEEDS[0]]):
        refused(work, *args, says="is empty, not a tracker database")
        check(os.path.getsize(os.path.join(work, "t.db")) == 0, f"{args} wrote to the emptied database")


def test_person_without_start_date_added_once():
    """Point 11: a [[person]] without a start date is recorded once, however often tracker.toml is read."""
    work = tempfile.mkdtemp(prefix="tracker-lifecycle-")
    config = os.path.join(work, "tracker.toml")
    with open(CONFIG, encoding="utf-8") as f:
        text = f.read()
    with open(config, "w", encoding="utf-8") as f:
        f.write(text + '\n[[person]]\nname = "Jo Bloggs"\nrole = "Governance Advisor"\nemail = "jo@example.org"\n')
    run(work, "init", config=config)
    run(work, "init", config=config)
    run(work, "import", SEEDS[0], config=config)
    run(work, "meeting", "add", "2021-05-11", "--committee", "ILSC", config=config)
    db = sqlite3.connect(os.path.join(work, "t.db"))
    n = db.execute("SELECT count(*) FROM person WHERE name = 'Jo Bloggs'").fetchone()[0]
    check(n == 1, f"{n} rows for Jo Bloggs")


def test_listed_meeting_passed_is_flagged():
    """Point 1: 97.1 ("That the Work Programme be updated", 22 September 2020) is listed by the work
    programme for the 27 October 2020 meeting; once that meeting has passed without minutes
    showing it taken, it is flagged, and not before."""
    work = seeded()
    check("listed-not-taken" not in flags(work, "2020-10-27").get("ILSC-2020-09-97.1", []), "the day of the meeting")
    check("listed-not-taken" in flags(work, "2020-10-28").get("ILSC-2020-09-97.1", []), flags(work, "2020-10-28"))


if __name__ == "__main__":
    run_cases(globals())
