#!/usr/bin/env python3
"""End-to-end tests of issue 13's rows, commitments, briefing and mail: which rows the monitoring
schedule shows (the council's convention, --completed, --not-reported, [report] never_reported),
officers' commitments closed, dismissed and reopened, the briefing's agenda and undated lines, and
the weekly mail addressed to a person with the committee in its Subject.

Usage: test_rows.py TRACKER_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)

Every expectation was worked out by hand from the seed minutes and the steps each case takes (the
meetings of tracker.toml: 22 September, 27 October and 15 December 2020, 26 January 2021), never
copied from the program's output.
"""
import csv, email, email.policy, io, json, mailbox, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = sorted(os.path.join(ROOT, "sample_data", n) for n in os.listdir(os.path.join(ROOT, "sample_data")))
CONFIG = os.path.join(ROOT, "tracker.toml")
CABINET = os.path.join(ROOT, "tests", "e2e", "extract", "fixtures", "cabinet_recommendations.txt")
BIN = None
COMPLETED = "Completed since the last meeting"


def run(work, *args, as_of, code=0, config=CONFIG, by="Governance Advisor"):
    cmd = [BIN] + list(args) + ["--db", os.path.join(work, "t.db"), "--config", config, "--as-of", as_of, "--by", by]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=work)
    if code is not None and p.returncode != code:
        raise AssertionError(f"{' '.join(args)} exited {p.returncode}, expected {code}: {p.stderr}")
    return p




def seeds(config=CONFIG):
    work = tempfile.mkdtemp(prefix="tracker-rows-")
    run(work, "init", as_of="2020-10-13", config=config)
    run(work, "import", *SEEDS, as_of="2020-10-13", config=config)
    return work


def schedule_json(work, *args, as_of):
    data = json.loads(run(work, "report", "monitoring", "--format", "json", *args, as_of=as_of).stdout)
    check(len(data) == 1, data)
    return data[0]


def row_ids(schedule):
    return [r["id"] for r in schedule["rows"]]


STILL_TO_DO = ["ILSC-2019-03-i6.2", "ILSC-2020-01-48.2", "ILSC-2020-01-49.2", "ILSC-2020-01-50.3", "ILSC-2020-09-95.2",
               "ILSC-2020-09-97.1", "ILSC-2020-09-98.1"]


def test_completed_since_last_meeting():
    """Transferred on 13 October and closed on 28 October: each shown once, marked, until the meeting after it."""
    work = seeds()
    run(work, "transfer", "ILSC-2019-03-i7.2", "--to", "Sub and Project Group tracker", "--note", "One off review being arranged",
        as_of="2020-10-13")
    run(work, "close", "ILSC-2020-09-98.1", "--note", "Follow-up done", as_of="2020-10-28")
    # 20 October: the last meeting was 22 September; the transfer of 13 October is news, the close is not yet made.
    s = schedule_json(work, as_of="2020-10-20")
    check(s["last_meeting"] == "2020-09-22" and s["scope"] == "open", s)
    # The council's own Liquid Logic row (001's schedule, S1) was transferred on 13 October too.
    check(sorted(row_ids(s)) == sorted(STILL_TO_DO + ["ILSC-2019-03-i7.2", "ILSC-2020-03-S1"]), row_ids(s))
    marked = {r["id"]: (r["completed_since_last_meeting"], r["completed_on"], r.get("marked")) for r in s["rows"]}
    check(marked["ILSC-2019-03-i7.2"] == (True, "2020-10-13", COMPLETED), marked)
    check(marked["ILSC-2020-03-S1"] == (True, "2020-10-13", COMPLETED), marked)
    check(all(v == (False, None, None) for k, v in marked.items() if k not in ("ILSC-2019-03-i7.2", "ILSC-2020-03-S1")), marked)
    only = schedule_json(work, "--completed", as_of="2020-10-20")
    check(only["scope"] == "completed" and row_ids(only) == ["ILSC-2019-03-i7.2", "ILSC-2020-03-S1"], only)
    md = run(work, "report", "monitoring", as_of="2020-10-20").stdout
    line = [l for l in md.splitlines() if "ILSC-2019-03-i7.2" in l]
    check(len(line) == 1 and line[0].endswith("| Transferred<br>" + COMPLETED + " |"), line)
    check("\n9 rows: recommendations and actions not yet completed, and 2 completed since the last meeting (22 September 2020).\n" in md, md)
    rows = list(csv.reader(io.StringIO(run(work, "report", "monitoring", "--format", "csv", as_of="2020-10-20").stdout.lstrip("\ufeff"))))
    status = {r[10]: r[8] for r in rows[1:]}
    check(status["ILSC-2019-03-i7.2"] == "Transferred\n" + COMPLETED and status["ILSC-2020-09-98.1"] == "Open", status)
    html = run(work, "report", "monitoring", "--format", "html", as_of="2020-10-20").stdout
    check(html.count('<span class="completed">' + COMPLETED + "</span>") == 2, "html marks two rows")
    # 1 November: the last meeting was 27 October; the close of 28 October is news, the transfer is not any more.
    s = schedule_json(work, as_of="2020-11-01")
    check(s["last_meeting"] == "2020-10-27", s)
    check(sorted(row_ids(s)) == sorted(STILL_TO_DO), row_ids(s))
    check([r["id"] for r in s["rows"] if r["completed_since_last_meeting"]] == ["ILSC-2020-09-98.1"], s["rows"])
    check(row_ids(schedule_json(work, "--completed", as_of="2020-11-01")) == ["ILSC-2020-09-98.1"], "completed view")
    every = schedule_json(work, "--status", "all", as_of="2020-11-01")
    check("ILSC-2019-03-i7.2" in row_ids(every) and len(every["rows"]) == 9, row_ids(every))
    # After the December meeting nothing is news: the view on its own says so.
    empty = run(work, "report", "monitoring", "--completed", as_of="2020-12-20").stdout
    check("Nothing was completed since the last meeting." in empty, empty)
    both = run(work, "report", "monitoring", "--completed", "--status", "all", as_of="2020-11-01", code=2)
    check(both.stderr.count("\n") == 1 and "not both" in both.stderr, both.stderr)


def test_not_reported_recorded_and_reversible():
    """update --not-reported leaves a row out from its day on, with the reason in the history; --reported puts it back."""
    work = seeds()
    wp = "ILSC-2020-09-97.1"
    no_note = run(work, "update", wp, "--not-reported", as_of="2020-10-14", code=2)
    check("say why with --note" in no_note.stderr and no_note.stderr.count("\n") == 1, no_note.stderr)
    mixed = run(work, "update", wp, "--not-reported", "--status", "closed", "--note", "x", as_of="2020-10-14", code=2)
    check("given alone" in mixed.stderr, mixed.stderr)
    run(work, "update", wp, "--not-reported", "--note", "The work programme is not reported on", as_of="2020-10-14")
    again = run(work, "update", wp, "--not-reported", "--note", "twice", as_of="2020-10-15", code=2)
    check("already left out" in again.stderr, again.stderr)
    check(wp in row_ids(schedule_json(work, as_of="2020-10-13")), "the day before, it was still reported")
    after = schedule_json(work, as_of="2020-10-20")
    check(sorted(row_ids(after)) == sorted([i for i in STILL_TO_DO if i != wp] + ["ILSC-2019-03-i7.2", "ILSC-2020-03-S1"]), row_ids(after))
    why = "Not reported since 14 October 2020: The work programme is not reported on (Governance Advisor)"
    shown = run(work, "show", wp, as_of="2020-10-20").stdout
    check(why in shown and "not_reported" in shown, shown)
    check("Not reported" not in run(work, "show", wp, as_of="2020-10-13").stdout, "not yet left out on the 13th")
    listed = run(work, "actions", as_of="2020-10-20").stdout
    check("Left out of the monitoring schedule:\n  " + wp + "  " + why + "\n" in listed, listed)
    data = {a["id"]: a["not_reported"] for a in json.loads(run(work, "actions", "--format", "json", as_of="2020-10-20").stdout)}
    check(data[wp] == {"since": "2020-10-14", "note": "The work programme is not reported on", "who": "Governance Advisor"}, data[wp])
    check(all(v is None for k, v in data.items() if k != wp), data)
    run(work, "update", wp, "--reported", "--note", "The Chair asked for it", as_of="2020-11-02")
    check(wp in row_ids(schedule_json(work, as_of="2020-11-03")), "back from 2 November")
    check(wp not in row_ids(schedule_json(work, as_of="2020-10-30")), "still left out on 30 October")
    dump = run(work, "dump", as_of="2020-11-03").stdout
    check("| 2020-10-14 | not_reported | The work programme is not reported on |" in dump and "| 2020-11-02 | reported | The Chair asked for it |" in dump,
          "both choices are in the record")
    # The choice is no news of the action: the schedule's history column does not show it.
    row = [r for r in schedule_json(work, as_of="2020-11-03")["rows"] if r["id"] == wp][0]
    check(not any("not reported on" in h or "The Chair asked for it" in h or h.lower().startswith(("not reported", "reported"))
                  for h in row["history"]), row["history"])


def test_never_reported_kinds():
    """[report] never_reported: OSMB's four recommendations (three to Cabinet, one to Council) are all left out."""
    work = tempfile.mkdtemp(prefix="tracker-rows-")
    config = os.path.join(HERE, "never_reported.toml")
    run(work, "init", as_of="2021-06-24", config=config)
    run(work, "import", CABINET, as_of="2021-06-24", config=config)
    md = run(work, "report", "monitoring", as_of="2021-09-01", config=config).stdout
    check("Nothing outstanding." in md, md)
    shown = run(work, "show", "OSMB-2021-06-11.3a", as_of="2021-09-01", config=config).stdout
    check("Not reported: its kind (recommendation) is never reported ([report] never_reported)" in shown, shown)
    # With the built-in list (noting, approval, procedural) the four are reported.
    empty = os.path.join(work, "empty.toml")
    open(empty, "w").close()
    plain = json.loads(run(work, "report", "monitoring", "--format", "json", as_of="2021-09-01", config=empty).stdout)
    check(sorted(r["id"] for r in plain[0]["rows"]) == ["OSMB-2021-06-11.3a", "OSMB-2021-06-11.3b", "OSMB-2021-06-11.3c", "OSMB-2021-06-12.1"],
          plain)
    bad = os.path.join(work, "bad.toml")
    with open(bad, "w") as f:
        f.write("[report]\nnever_reported = [\"later\"]\n")
    p = run(work, "report", "monitoring", as_of="2021-09-01", config=bad, code=2)
    check(p.stderr.count("\n") == 1 and bad + ":2:" in p.stderr and "'later' is not a kind of clause" in p.stderr, p.stderr)


def commitment_number(listing, words):
    lines = listing.splitlines()
    for k, line in enumerate(lines):
        if words in line and k > 0:
            return lines[k - 1].split()[0]
    raise AssertionError(f"{words!r} not listed:\n{listing}")


def test_commitments_close_dismiss_reopen():
    """A commitment closed on 5 October leaves the briefings prepared after it, and comes back when reopened."""
    work = seeds()
    said = "an update on the recent meeting of the Corporate Parenting Panel would be circulated to members"
    listing = run(work, "commitment", "list", as_of="2021-01-19").stdout
    # 000: 2, 001: 1, 003: 4, 004: 1 before 19 January 2021; 002's is from 2025.
    check(listing.endswith("\n8 commitments open\n"), listing)
    n = commitment_number(listing, said)
    check("(not resolutions)\n\n- **Communications**" in run(work, "briefing", "--next", as_of="2020-10-01").stdout, "open on 1 October")
    run(work, "commitment", "close", n, "--note", "Update circulated on 5 October", as_of="2020-10-05")
    again = run(work, "commitment", "close", n, "--note", "x", as_of="2020-10-06", code=2)
    check(again.stderr == f"tracker: commitment {n} is already closed\n", again.stderr)
    bare = run(work, "commitment", "dismiss", n, as_of="2020-10-06", code=2)
    check(f"say why commitment {n} is dismissed with --note" in bare.stderr, bare.stderr)
    brief = run(work, "briefing", "--next", as_of="2021-01-19").stdout
    check(said not in brief and "No commitments from the last year are still open." in brief, brief)
    check(said in run(work, "briefing", "--next", as_of="2020-10-01").stdout, "a briefing for an earlier day still shows it")
    check(said not in run(work, "commitment", "list", as_of="2021-01-19").stdout, "closed: not listed")
    every = run(work, "commitment", "list", "--all", as_of="2021-01-19").stdout
    check(f"{n}  closed  Improving Lives Select Commission, 22 September 2020, Communications\n" in every and
          "    Closed 5 October 2020: Update circulated on 5 October (Governance Advisor)\n" in every, every)
    run(work, "commitment", "reopen", n, as_of="2021-01-18")
    check(said in run(work, "briefing", "--next", as_of="2021-01-19").stdout, "reopened: back in the briefing")
    run(work, "commitment", "dismiss", n, "--note", "Panel minutes are published anyway", as_of="2021-01-19")
    check(said not in run(work, "briefing", "--next", as_of="2021-01-19").stdout, "dismissed")
    unknown = run(work, "commitment", "close", "999", "--note", "x", as_of="2021-01-19", code=2)
    check("no commitment has the number 999" in unknown.stderr, unknown.stderr)
    check("is not a commitment's number" in run(work, "commitment", "close", "3a", "--note", "x", as_of="2021-01-19", code=2).stderr, "3a")
    check("commitment changes" in run(work, "dump", as_of="2021-01-19").stdout, "dump")


def test_briefing_agenda_imported():
    """27 October 2020's agenda is in 001 (imported 13 October): on it or not. 26 January 2021's is not imported."""
    work = seeds()
    run(work, "update", "ILSC-2020-09-97.1", "--due", "2020-10-27", "--note", "On the October agenda", as_of="2020-10-14")
    run(work, "update", "ILSC-2020-01-48.2", "--due", "2020-10-27", "--note", "The new format in October", as_of="2020-10-14")
    # On the meeting's morning: the tool dates an agenda's listings on the meeting's day (the agenda's own date).
    brief = run(work, "briefing", "--meeting", "2020-10-27", as_of="2020-10-27").stdout
    due = brief.split("## Due at this meeting")[1].split("## Overdue")[0]
    # 97.1 is "Work Programme" on that agenda; the Education Performance Outcomes (48.2) are none of its items.
    check("Governance Advisor (Martin Elliott). On the agenda. (ILSC-2020-09-97.1)" in due, due)
    check("Assistant Director – Education. Not on the agenda. (ILSC-2020-01-48.2)" in due, due)
    later = run(work, "briefing", "--meeting", "2021-01-26", as_of="2021-01-19").stdout
    check("Listed for this meeting; agenda not yet imported. (ILSC-2020-01-50.3)" in later and "Not on the agenda" not in later, later)
    # 49.2 (14 January 2020) has had no date for a year, i6.2 since March 2019; 48.2 now has one.
    undated = later.split("## Open for months with no date")[1].split("## Completed")[0]
    for id, months in (("ILSC-2019-03-i6.2", 22), ("ILSC-2020-01-49.2", 12)):  # 686 and 371 days to 19 January 2021
        check(f"Open for {months} months with no date set. ({id})" in undated, undated)
    check("(ILSC-2020-01-50.3)" not in undated and "(ILSC-2020-01-48.2)" not in undated, "50.3 and 48.2 have a date")


def test_mail_to_body_contact():
    """Cabinet's three overdue responses go to Sam Rivers, its contact; the Subject names OSMB."""
    work = tempfile.mkdtemp(prefix="tracker-rows-")
    config = os.path.join(HERE, "body_contact.toml")
    run(work, "init", as_of="2021-06-24", config=config)
    run(work, "import", CABINET, as_of="2021-06-24", config=config)
    p = run(work, "check", "--format", "mail", as_of="2021-09-01", config=config, code=1)
    path = os.path.join(work, "mail.mbox")
    with open(path, "w", encoding="utf-8") as f:
        f.write(p.stdout)
    box = mailbox.mbox(path)
    messages = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.strict) for k in box.keys()]
    check(len(messages) == 1, [m["To"] for m in messages])
    m = messages[0]
    check(str(m["To"]) == "Sam Rivers <sam.rivers@example.gov.uk>", m["To"])
    check(m["Subject"] == "Overview and Scrutiny Management Board: 3 actions overdue (1 September 2021)", m["Subject"])
    body = m.get_content()
    check(body.startswith("Dear Sam Rivers,\n"), body)
    check("that are with Cabinet" in body.replace("\n", " ") and "Cabinet's contact" in body.replace("\n", " "), body)
    check(all(len(line.encode()) <= 998 for line in body.splitlines()), "line length")
    check(all(len(line) <= 78 for line in p.stdout.splitlines()), "headers folded")


if __name__ == "__main__":
    run_cases(globals())
