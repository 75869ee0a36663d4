#!/usr/bin/env python3
"""End-to-end tests of the reports: flags, the monitoring schedule, the weekly check and the
Chair's briefing, run by the binary on the seed minutes in temporary folders.

Usage: test_reports.py TRACKER_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)

The golden files in expected/ were checked by hand against the seed text and the steps in
seed_history() (see README.md beside this file); regenerate one only after checking it again.
"""
import csv, email, email.policy, html.parser, io, json, mailbox, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = sorted(os.path.join(ROOT, "sample_data", n) for n in os.listdir(os.path.join(ROOT, "sample_data")))
CONFIG = os.path.join(ROOT, "tracker.toml")
BIN = None


def run(work, *args, as_of, code=0, config=CONFIG):
    cmd = [BIN] + list(args) + ["--db", os.path.join(work, "t.db"), "--config", config, "--as-of", as_of, "--by", "Governance Advisor"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=work)
    if code is not None and p.returncode != code:
        raise AssertionError(f"{' '.join(args)} exited {p.returncode}, expected {code}: {p.stderr}")
    return p




def seed_history():
    """The five seeds, then what a Governance Advisor records by hand over the autumn of 2020."""
    work = tempfile.mkdtemp(prefix="tracker-reports-")
    run(work, "init", as_of="2020-10-13")
    # Paths relative to the work folder would differ per run; the reports show file names only.
    run(work, "import", *SEEDS, as_of="2020-10-13")
    run(work, "update", "ILSC-2020-01-49.2", "--note", "Timescale agreed with officers: data to come in the spring", as_of="2020-03-10")
    run(work, "chase", "ILSC-2020-09-98.1", as_of="2020-10-01")
    run(work, "chase", "ILSC-2020-09-98.1", "--note", "by email", as_of="2020-10-08")
    run(work, "transfer", "ILSC-2019-03-i7.2", "--to", "Sub and Project Group tracker", "--note", "One off review being arranged",
        as_of="2020-10-13")
    run(work, "meeting", "cancel", "2020-12-15", "--committee", "ILSC", "--note", "December meeting cancelled", as_of="2020-11-20")
    return work


def golden(name, text):
    path = os.path.join(HERE, "expected", name)
    if os.environ.get("TRACKER_WRITE_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(path, encoding="utf-8", newline="") as f:
        expected = f.read()
    if text != expected:
        import difflib
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "expected/" + name, "got"))
        raise AssertionError(f"{name} differs:\n{diff}")


def test_monitoring_schedule_golden():
    """The schedule on 1 Feb 2021: the December meeting was cancelled, so 95.2 moved to 26 January and is overdue."""
    work = seed_history()
    golden("monitoring_2021-02-01.md", run(work, "report", "monitoring", "--as-of", "2021-02-01", as_of="2021-02-01").stdout)
    golden("monitoring_all_2020-12-01.md",
           run(work, "report", "monitoring", "--status", "all", as_of="2020-12-01").stdout)


def test_briefing_golden():
    """The Chair's briefing for 26 January 2021, a week before it."""
    work = seed_history()
    golden("briefing_2021-01-26.md", run(work, "briefing", "--next", as_of="2021-01-19").stdout)
    p = run(work, "briefing", "--meeting", "2021-01-26", "--format", "html", as_of="2021-01-19")
    check("<h2>Due at this meeting</h2>" in p.stdout and "@page { size: A4 portrait" in p.stdout, "briefing html")


def test_flags_explain_themselves():
    work = seed_history()
    out = run(work, "flags", as_of="2021-02-01").stdout
    check("ILSC-2020-09-95.2" in out, out)
    check("rule 'overdue' (" + CONFIG + ":" in out, out)
    check("status in ['open', 'scheduled'] and due_date < as_of" in out, out)
    rules = run(work, "flags", "--rules", as_of="2021-02-01").stdout
    check("s.9FE" in rules and "executive-response-due" in rules, rules)
    shown = run(work, "show", "ILSC-2020-09-95.2", as_of="2021-02-01").stdout
    check("Flags on 1 February 2021:\n  Overdue (red): due at the 26 January 2021 meeting, 6 days ago" in shown, shown)
    check("none" in run(work, "show", "ILSC-2020-09-95.2", as_of="2020-10-14").stdout.split("Flags on")[1], "no flags before the meeting moved")
    data = json.loads(run(work, "flags", "--format", "json", as_of="2021-02-01").stdout)
    by_id = {a["id"]: [f["rule"] for f in a["flags"]] for a in data}
    check(by_id.get("ILSC-2020-09-95.2") == ["overdue", "rescheduled"], by_id)
    # 50.3 was listed by the work programme for the 26 January 2021 meeting, whose minutes are not
    # imported; 95.2's listing for 15 December does not count, as that meeting was cancelled.
    check(by_id.get("ILSC-2020-01-50.3") == ["overdue", "listed-not-taken"], by_id)


class TableReader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.headers, self.rows, self.row, self.cell, self.where = [], [], None, None, []
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.where.append(tag)
        attrs = dict(attrs)
        if tag in ("link", "script", "img") or "src" in attrs:
            self.links.append(tag)
        if tag == "th":
            check(attrs.get("scope") == "col", "every header cell has scope=col")
            self.cell = ""
        elif tag == "td":
            self.cell = ""
        elif tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        if self.where and self.where[-1] == tag:
            self.where.pop()
        if tag == "th":
            self.headers.append(self.cell.strip())
            self.cell = None
        elif tag == "td":
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row:
            self.rows.append(self.row)

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def test_monitoring_html_and_csv():
    """HTML: one self-contained file, a real table; CSV: opens as it is, one row per action."""
    work = seed_history()
    page = run(work, "report", "monitoring", "--format", "html", as_of="2021-02-01").stdout
    reader = TableReader()
    reader.feed(page)
    check(reader.headers == ["Decision Date", "Item", "Scrutiny Recommendation", "Owner", "Completion date for actions",
                             "Action/Response Completed", "Further action required by Scrutiny", "Status"], reader.headers)
    check(not reader.links, f"external resources: {reader.links}")
    check("@page { size: A4 landscape" in page, "A4 landscape")
    check("Updated: 1 February 2021" in page, "title block")
    md_rows = [l for l in run(work, "report", "monitoring", as_of="2021-02-01").stdout.splitlines() if l.startswith("| ") and "[ILSC-" in l]
    check(len(reader.rows) == len(md_rows) == 7, f"{len(reader.rows)} html rows, {len(md_rows)} markdown rows")
    out = os.path.join(work, "schedule.csv")
    run(work, "report", "monitoring", "--format", "csv", "--output", out, as_of="2021-02-01")
    raw = open(out, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), "CSV starts with a byte-order mark")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    check(rows[0][:3] == ["Committee", "Decision Date", "Item"], rows[0])
    check(len(rows) == 8 and all(len(r) == len(rows[0]) for r in rows), [len(r) for r in rows])
    moved = [r for r in rows if r[10] == "ILSC-2020-09-95.2"][0]
    check("Overdue" in moved[9] and "Rescheduled" in moved[9], moved)
    check("\n" in moved[6], "history lines stay in one cell")
    data = json.loads(run(work, "report", "monitoring", "--format", "json", as_of="2021-02-01").stdout)
    check(len(data) == 1 and len(data[0]["rows"]) == 7, data)
    # For scripts: ISO dates and status codes, not the words of the other formats (issue 12).
    moved = [r for r in data[0]["rows"] if r["id"] == "ILSC-2020-09-95.2"][0]
    check(data[0]["updated"] == "2021-02-01" and moved["decision_date"] == "2020-09-22", moved)
    check(moved["due"] == {"date": "2021-01-26", "precision": "day"} and moved["status"] == "scheduled", moved)


def test_check_exit_codes():
    """0 when nothing is overdue, 1 when something is, 2 on an error."""
    work = seed_history()
    p = run(work, "check", as_of="2020-10-14", code=0)
    check("0 actions are overdue" in p.stdout, p.stdout)
    p = run(work, "check", as_of="2021-02-01", code=1)
    check("OVERDUE  ILSC-2020-09-95.2" in p.stdout, p.stdout)
    bad = os.path.join(work, "bad.toml")
    with open(bad, "w") as f:
        f.write('[[rule]]\nid = "late"\nflag = "Late"\nseverity = "red"\nwhen = "status = \'open\' and du_date < as_of"\n')
    p = run(work, "check", as_of="2021-02-01", code=2, config=bad)
    check(p.stderr.startswith("tracker: " + bad + ":5: rule 'late', column 21: unknown field 'du_date'; did you mean 'due_date'?"), p.stderr)
    check(p.stdout == "", "nothing printed before the error")
    p = run(work, "check", "--committee", "Nope", as_of="2021-02-01", code=2)
    check(p.stderr == "tracker: no committee called 'Nope' in the database (see 'tracker meeting list')\n", p.stderr)
    p = run(work, "report", "monitoring", "--committee", "ILSC", as_of="2021-02-01")
    check("ILSC-2020-09-95.2" in p.stdout, "--committee takes the short name")
    data = json.loads(run(work, "check", "--format", "json", as_of="2021-02-01", code=1).stdout)
    check(data["overdue"] >= 1, data)


def test_check_mail_parses():
    """One RFC 5322 message per owner, read back with Python's own mailbox and email parsers."""
    work = seed_history()
    p = run(work, "check", "--format", "mail", as_of="2021-02-01", code=1)
    path = os.path.join(work, "mail.mbox")
    with open(path, "w", encoding="utf-8") as f:
        f.write(p.stdout)
    box = mailbox.mbox(path)
    messages = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.strict) for k in box.keys()]
    check(len(messages) >= 2, f"{len(messages)} messages")
    for m in messages:
        for header in ("From", "To", "Subject", "Date", "Message-ID"):
            check(m[header], f"{header} missing")
        check(m["To"].addresses[0].addr_spec.endswith("@example.gov.uk"), m["To"])
        # The Subject names the committee, never just "Committee actions"; the greeting names a person or a role.
        check(m["Subject"].startswith("Improving Lives Select Commission: "), m["Subject"])
        body = m.get_content()
        check(body.startswith("Dear ") and not body.startswith("Dear Cabinet"), body)
        check(all(len(line.encode()) <= 998 for line in body.splitlines()), "line length")
    subjects = sorted(m["Subject"] for m in messages)
    check(any("1 action overdue" in s for s in subjects), subjects)
    ids = [m["Message-ID"] for m in messages]
    check(len(set(ids)) == len(ids), ids)


def test_executive_response_due():
    """A recommendation to Cabinet with no response is flagged two months after it was sent, and not once answered."""
    work = tempfile.mkdtemp(prefix="tracker-reports-")
    run(work, "init", as_of="2021-06-24")
    run(work, "import", os.path.join(ROOT, "tests", "e2e", "extract", "fixtures", "cabinet_recommendations.txt"), as_of="2021-06-24")
    def flagged(as_of):
        data = json.loads(run(work, "flags", "--format", "json", as_of=as_of).stdout)
        return {a["id"]: [f["rule"] for f in a["flags"]] for a in data}
    recs = [k for k, v in flagged("2021-08-24").items() if "executive-response-due" in v]
    check(recs == [], f"two months to the day: not yet due: {recs}")
    after = flagged("2021-08-25")
    recs = sorted(k for k, v in after.items() if "executive-response-due" in v)
    check(recs == ["OSMB-2021-06-11.3a", "OSMB-2021-06-11.3b", "OSMB-2021-06-11.3c"],
          f"the three lettered recommendations to Cabinet (their stem is not an action): {after}")
    run(work, "respond", recs[0], "--accepted", "--date", "2021-08-01", as_of="2021-08-01")
    still = sorted(k for k, v in flagged("2021-08-25").items() if "executive-response-due" in v)
    check(still == recs[1:], still)


def test_due_before_as_of_a_day():
    """actions --due-before asks of the due an action had on --as-of: 95.2 was due at the
    15 December 2020 meeting until that meeting was cancelled on 20 November (seed_history); as
    of 1 November it is due before 1 January 2021, as of 1 December it is not (due 26 January)."""
    work = seed_history()
    def ids(as_of):
        listed = json.loads(run(work, "actions", "--due-before", "2021-01-01", "--format", "json", as_of=as_of).stdout)
        return [a["id"] for a in listed]
    check("ILSC-2020-09-95.2" in ids("2020-11-01"), ids("2020-11-01"))
    check("ILSC-2020-09-95.2" not in ids("2020-12-01"), ids("2020-12-01"))


def test_init_writes_the_rules():
    """'tracker init' in an empty folder writes a tracker.toml holding the eight rules, each with why."""
    work = tempfile.mkdtemp(prefix="tracker-reports-")
    subprocess.run([BIN, "init"], cwd=work, check=True, capture_output=True)
    text = open(os.path.join(work, "tracker.toml"), encoding="utf-8").read()
    check(text.count("[[rule]]") == 8 and "s.9FE" in text and "listed-not-taken" in text, text[-2000:])
    out = subprocess.run([BIN, "flags", "--rules"], cwd=work, check=True, capture_output=True, text=True).stdout
    check(out.count("  why:     ") == 8, out)


if __name__ == "__main__":
    run_cases(globals())
