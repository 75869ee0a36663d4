#!/usr/bin/env python3
"""The schedule and the briefing as Word and Excel files, and the meetings as a calendar, written by
the binary from the seed history (test_reports.seed_history) and read back with real readers:
python-docx, openpyxl and icalendar (Debian's python3-docx, python3-openpyxl, python3-icalendar).

Usage: test_report_files.py TRACKER_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)

Rows and columns are compared with the schedule's own --format json (the contract for scripts);
the few values written here (the title block, the meetings and what is due at them) come from
the seed minutes and the steps of seed_history, as in expected/monitoring_2021-02-01.md.
"""
import datetime, json, os, subprocess, sys, tempfile, zipfile

try:
    import docx, icalendar, openpyxl  # noqa: F401
except ImportError:  # Debian's packages, when python3 is not Debian's own (pyenv, venv)
    sys.path.append("/usr/lib/python3/dist-packages")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import test_reports  # noqa: E402  (the seed history and the command runner)
from e2e_case import check, run_cases  # noqa: E402
from test_reports import run  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COUNCIL_COLUMNS = ["Decision Date", "Item", "Scrutiny Recommendation", "Completion date for actions", "Action/Response Completed",
                   "Further action required by Scrutiny"]
_history = None


def history():
    global _history
    if _history is None:
        _history = test_reports.seed_history()
    return _history


def schedule_json(work, as_of, *extra):
    return json.loads(run(work, "report", "monitoring", "--format", "json", *extra, as_of=as_of).stdout)


def schedule_file(work, fmt, as_of, *extra):
    out = os.path.join(work, f"schedule-{as_of}.{fmt}")
    p = run(work, "report", "monitoring", "--format", fmt, "--output", out, *extra, as_of=as_of)
    check(p.stdout == "", f"{fmt} also printed: {p.stdout[:200]!r}")
    return out


def lines(cell):
    return [p.text for p in cell.paragraphs]


def test_schedule_docx_has_the_json_rows_and_columns():
    import docx
    work = history()
    rows = schedule_json(work, "2021-02-01")[0]["rows"]
    d = docx.Document(schedule_file(work, "docx", "2021-02-01"))
    titles = [p.text for p in d.paragraphs if p.text]
    check(titles == ["IMPROVING LIVES SELECT COMMISSION RECOMMENDATIONS \u2013 IMPLEMENTATION MONITORING SCHEDULE", "UPDATED: 1 FEBRUARY 2021"],
          titles)
    section = d.sections[0]
    check(section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE and section.page_width > section.page_height, "not landscape")
    check(abs(section.page_width.mm - 297) < 1 and abs(section.page_height.mm - 210) < 1, "not A4")
    check(len(d.tables) == 1, f"{len(d.tables)} tables")
    t = d.tables[0]
    check([c.text for c in t.rows[0].cells] == COUNCIL_COLUMNS, [c.text for c in t.rows[0].cells])
    check(len(t.rows) == 1 + len(rows) == 8, f"{len(t.rows)} table rows for {len(rows)} schedule rows")
    header = t.rows[0]._tr.find(f"{W}trPr")
    check(header is not None and header.find(f"{W}tblHeader") is not None, "the header row does not repeat")
    for row, expected in zip(t.rows[1:], rows):
        cells = row.cells
        check(row._tr.find(f"{W}trPr/{W}cantSplit") is not None, f"{expected['id']} may split")
        check(lines(cells[2]) == [expected["recommendation"], expected["id"]], lines(cells[2]))
        check(cells[1].text == expected["item"], cells[1].text)
        # Each history entry and each further action a paragraph of its cell.
        check(lines(cells[4]) == (expected["history"] or [""]), (lines(cells[4]), expected["history"]))
        check(lines(cells[5]) == (expected["further_action"] or [""]), (lines(cells[5]), expected["further_action"]))
    moved = [r for r in t.rows[1:] if r.cells[2].paragraphs[-1].text == "ILSC-2020-09-95.2"][0].cells
    check(moved[0].text == "22 September 2020" and moved[3].text == "26 January 2021 meeting", [c.text for c in moved[:4]])
    check(lines(moved[4]) == ["Report listed for the 15 December 2020 meeting",
                              "Due moved to the 26 January 2021 meeting: the 15 December 2020 meeting was cancelled"], lines(moved[4]))
    styles = zipfile.ZipFile(schedule_file(work, "docx", "2021-02-01")).read("word/styles.xml").decode()
    check('w:ascii="Arial"' in styles and '<w:sz w:val="20"/>' in styles, "not Arial 10 pt, tracker.toml's [report] default")


def test_schedule_docx_follows_report_settings():
    """[report] font, font_size and owner_column; the same record and day give the same bytes."""
    import docx
    work = history()
    config = os.path.join(work, "fonts.toml")
    shipped = open(test_reports.CONFIG, encoding="utf-8").read()
    changed = shipped.replace('font = "Arial"\n', 'font = "Liberation Serif"\n').replace("font_size = 10\n", "font_size = 12\n")
    changed = changed.replace("owner_column = false\n", "owner_column = true\n")
    check(changed.count("Liberation Serif") == 1 and "font_size = 12\n" in changed and "owner_column = true\n" in changed,
          "tracker.toml's [report] no longer says font, font_size and owner_column")
    with open(config, "w", encoding="utf-8") as f:
        f.write(changed)
    out = os.path.join(work, "owner.docx")
    run(work, "report", "monitoring", "--format", "docx", "--output", out, as_of="2021-02-01", config=config)
    t = docx.Document(out).tables[0]
    check([c.text for c in t.rows[0].cells] == COUNCIL_COLUMNS[:3] + ["Owner"] + COUNCIL_COLUMNS[3:], [c.text for c in t.rows[0].cells])
    owners = {r.cells[2].paragraphs[-1].text: r.cells[3].text for r in t.rows[1:]}
    check(owners["ILSC-2020-09-98.1"] == "Governance Advisor (Martin Elliott)", owners)
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode()
    check('w:ascii="Liberation Serif"' in styles and '<w:sz w:val="24"/>' in styles, "font or size not taken from [report]")
    again = os.path.join(work, "again.docx")
    run(work, "report", "monitoring", "--format", "docx", "--output", again, as_of="2021-02-01", config=config)
    check(open(out, "rb").read() == open(again, "rb").read(), "two runs gave different bytes")


def test_schedule_xlsx_has_the_json_rows_and_date_cells():
    import openpyxl
    work = history()
    rows = schedule_json(work, "2021-02-01")[0]["rows"]
    sheet = openpyxl.load_workbook(schedule_file(work, "xlsx", "2021-02-01")).worksheets[0]
    header = [c.value for c in sheet[1]]
    check(header == COUNCIL_COLUMNS + ["Status", "ID"], header)
    check(sheet.freeze_panes == "A2", f"frozen at {sheet.freeze_panes}")
    check(sheet.auto_filter.ref == f"A1:H{1 + len(rows)}", f"filter {sheet.auto_filter.ref}")
    check(all(c.font.bold for c in sheet[1]), "header not bold")
    check(sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width, "widths not set")
    got = list(sheet.iter_rows(min_row=2, values_only=True))
    check(len(got) == len(rows) == 7, f"{len(got)} sheet rows for {len(rows)} schedule rows")
    for values, expected in zip(got, rows):
        check(values[7] == expected["id"] and values[2] == expected["recommendation"], (values, expected["id"]))
        # Real date cells: the decision day, and the due when it is a day.
        check(values[0] == datetime.datetime.fromisoformat(expected["decision_date"]), (values[0], expected["decision_date"]))
        due = expected["due"]
        if due["precision"] == "day":
            check(values[3] == datetime.datetime.fromisoformat(due["date"]), (values[3], due))
        else:
            check(values[3] is None and due["date"] is None, (values[3], due))
        check((values[4] or "").split("\n") == (expected["history"] or [""]), (values[4], expected["history"]))
    by_id = {v[7]: v for v in got}
    check(by_id["ILSC-2020-09-95.2"][3] == datetime.datetime(2021, 1, 26) and by_id["ILSC-2020-09-95.2"][6] == "Scheduled",
          by_id["ILSC-2020-09-95.2"])
    check(sheet.cell(row=2, column=1).number_format == "dd/mm/yyyy", sheet.cell(row=2, column=1).number_format)


def test_schedule_csv_dates_are_iso_days():
    import csv, io
    work = history()
    out = schedule_file(work, "csv", "2021-02-01")
    rows = list(csv.reader(io.StringIO(open(out, "rb").read().decode("utf-8-sig"), newline="")))
    check(rows[0][1] == "Decision Date" and rows[0][5] == "Completion date for actions", rows[0])
    by_id = {r[10]: r for r in rows[1:]}
    check(by_id["ILSC-2020-09-95.2"][1] == "2020-09-22" and by_id["ILSC-2020-09-95.2"][5] == "2021-01-26", by_id["ILSC-2020-09-95.2"])
    check(by_id["ILSC-2019-03-i6.2"][1] == "2019-03-05" and by_id["ILSC-2019-03-i6.2"][5] == "", by_id["ILSC-2019-03-i6.2"])


def test_binary_formats_refuse_a_terminal():
    import pty
    work = history()
    leader, follower = pty.openpty()
    try:
        terminal = os.ttyname(follower)
        for args in (("report", "monitoring", "--format", "docx"), ("report", "monitoring", "--format", "xlsx"),
                     ("briefing", "--format", "docx")):
            p = run(work, *args, "--output", terminal, as_of="2021-01-19", code=2)
            check(p.stderr.count("\n") == 1 and f"{terminal}: is a terminal" in p.stderr, p.stderr)
    finally:
        os.close(leader)
        os.close(follower)
    # /dev/null is a device but no terminal: written like any file.
    run(work, "report", "monitoring", "--format", "docx", "--output", "/dev/null", as_of="2021-01-19")


def test_briefing_docx_has_its_headings():
    import docx
    work = history()
    out = os.path.join(work, "briefing.docx")
    run(work, "briefing", "--next", "--format", "docx", "--output", out, as_of="2021-01-19")
    d = docx.Document(out)
    section = d.sections[0]
    check(section.orientation == docx.enum.section.WD_ORIENT.PORTRAIT and section.page_height > section.page_width, "not portrait")
    headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    check(headings[0] == ("Heading 1", "Briefing for the Chair: Improving Lives Select Commission, 26 January 2021"), headings)
    markdown = run(work, "briefing", "--next", as_of="2021-01-19").stdout
    check([h for _, h in headings[1:]] == [l[3:] for l in markdown.splitlines() if l.startswith("## ")], headings)
    text = [p.text for p in d.paragraphs]
    due = text[text.index("Due at this meeting") + 1:text.index("Overdue")]
    check(len(due) == 2 and due[0].startswith("CYPS Directorate Workforce Strategy: (3) That a progress report")
          and due[0].endswith("Listed for this meeting; agenda not yet imported. (ILSC-2020-01-50.3)"), due)
    check(d.paragraphs[text.index("Due at this meeting") + 1].runs[0].bold, "the subject is not bold")


def test_council_schedule_in_word_and_excel_as_of_13_october_2020():
    """Issue 13, as it is shown: the five sample minutes imported, the council's own table taken in
    from 001 (its one row, line 488: the Liquid Logic update decided on 3 March 2020), and the
    schedule as of 13 October 2020, the day the council's table was updated. The row is there with
    its two chases and its transfer in the council's words, in JSON, Word and Excel alike, and no
    row carries machine wording."""
    import docx, openpyxl, re
    work = tempfile.mkdtemp(prefix="tracker-shown-")
    run(work, "init", as_of="2020-10-13")
    run(work, "import", *test_reports.SEEDS, as_of="2020-10-13")
    as_of = "2020-10-13"
    rows = schedule_json(work, as_of)[0]["rows"]
    logic = [r for r in rows if "Liquid Logic" in r["recommendation"]]
    check(len(logic) == 1, [r["id"] for r in rows])
    row = logic[0]
    # Written from 001's table by hand: "Chased 17 June", "Chased 6 July" in a table updated 13 October 2020.
    council = ["Requested and written briefing will be circulated.", "Chased 17 June 2020", "Chased 6 July 2020",
               "Written information provided to Chair. Briefing for members being arranged.",
               "Action transferred to Sub and Project Group tracker."]
    check(row["decision_date"] == "2020-03-03" and row["history"] == council, row)
    further = "One off review being arranged. Action transferred to Sub and Project Group tracker."
    check(row["further_action"][0] == further, row["further_action"])
    # Transferred on the day of the table: shown once more, as completed since the last meeting (22 September).
    check(row["status"] == "transferred" and row["completed_since_last_meeting"], row)
    machine = re.compile(r"->|\(none\)|\b\d{4}-\d{2}(-\d{2})?\b|for \d{3,} days|tracker \(matched\)|'[^']*' to '")
    for r in rows:
        for text in r["history"] + r["further_action"]:
            check(not machine.search(text), f"{r['id']}: machine wording {text!r}")

    d = docx.Document(schedule_file(work, "docx", as_of))
    table = d.tables[0]
    check([c.text for c in table.rows[0].cells] == COUNCIL_COLUMNS, [c.text for c in table.rows[0].cells])
    word_ids = [r.cells[2].paragraphs[-1].text for r in table.rows[1:]]
    check(word_ids == [r["id"] for r in rows], (word_ids, [r["id"] for r in rows]))
    cells = [r for r in table.rows[1:] if r.cells[2].paragraphs[-1].text == row["id"]][0].cells
    check(cells[0].text == "3 March 2020" and cells[1].text == "Early Help and Social Care Pathway", [c.text for c in cells[:2]])
    check(lines(cells[4]) == council, lines(cells[4]))
    check(lines(cells[5])[0] == further, lines(cells[5]))

    sheet = openpyxl.load_workbook(schedule_file(work, "xlsx", as_of)).active
    header = [c.value for c in sheet[1]]
    check(header[:len(COUNCIL_COLUMNS)] == COUNCIL_COLUMNS, header)
    by_id = {r[header.index("ID")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    check(list(by_id) == [r["id"] for r in rows], list(by_id))
    x = by_id[row["id"]]
    check(x[0] == datetime.datetime(2020, 3, 3), x[0])  # a real date cell
    check(x[header.index("Action/Response Completed")].split("\n") == council, x)
    check(x[header.index("Further action required by Scrutiny")].split("\n")[0] == further, x)


def events(ics_text):
    import icalendar
    return [c for c in icalendar.Calendar.from_ical(ics_text).walk() if c.name == "VEVENT"]


def test_calendar_ics_one_event_a_meeting_with_what_is_due():
    work = history()
    meetings = run(work, "meeting", "list", as_of="2021-01-19").stdout.splitlines()
    out = os.path.join(work, "meetings.ics")
    run(work, "calendar", "--output", out, as_of="2021-01-19")
    text = open(out, "rb").read()
    check(text.count(b"\r\n") == text.count(b"\n") and text.endswith(b"END:VCALENDAR\r\n"), "lines not ended by CRLF")
    found = events(text)
    check(len(found) == len(meetings), f"{len(found)} events for {len(meetings)} meetings")
    by_day = {e.decoded("DTSTART"): e for e in found}
    check(all(isinstance(d, datetime.date) and not isinstance(d, datetime.datetime) for d in by_day), "not all-day events")
    check(all(e.decoded("DTSTAMP") == datetime.datetime(2021, 1, 19, tzinfo=datetime.timezone.utc) for e in found), "DTSTAMP not --as-of")
    january = by_day[datetime.date(2021, 1, 26)]
    description = str(january["DESCRIPTION"])
    check(description.startswith("Due at this meeting:\n- ILSC-2020-01-50.3: (3) That a progress report on the delivery of the CYPS"),
          description)
    check("\n- ILSC-2020-09-95.2: (2) That a further progress report be brought to the December 2020 meeting" in description, description)
    check(str(january["UID"]) == "improving-lives-select-commission-2021-01-26@tracker", january["UID"])
    december = by_day[datetime.date(2020, 12, 15)]
    check(str(december.get("STATUS")) == "CANCELLED" and "December meeting cancelled" in str(december["DESCRIPTION"]), december)
    check(str(by_day[datetime.date(2020, 10, 27)]["DESCRIPTION"]) == "Nothing is due at this meeting.", by_day[datetime.date(2020, 10, 27)])
    # Before the cancellation was recorded (20 November), December stood, with 95.2 due there.
    before = {e.decoded("DTSTART"): e for e in events(run(work, "calendar", as_of="2020-11-01").stdout)}
    december = before[datetime.date(2020, 12, 15)]
    check(december.get("STATUS") is None and "ILSC-2020-09-95.2" in str(december["DESCRIPTION"]), december)
    check(str(december["UID"]) == str(by_day[datetime.date(2020, 12, 15)]["UID"]), "the UID changed between runs")


def test_calendar_meeting_time_and_text():
    work = history()
    config = os.path.join(work, "timed.toml")
    with open(config, "w", encoding="utf-8") as f:
        f.write(open(test_reports.CONFIG, encoding="utf-8").read() + '\n[calendar]\nmeeting_time = "10:00"\nlocation = "Town Hall, Rotherham"\n')
    out = os.path.join(work, "meetings.ics")
    run(work, "calendar", "--committee", "ILSC", "--output", out, as_of="2021-01-19", config=config)
    january = [e for e in events(open(out, "rb").read()) if e.decoded("DTSTART").date() == datetime.date(2021, 1, 26)][0]
    start = january.decoded("DTSTART")
    check(start.hour == 10 and start.minute == 0 and str(start.tzinfo) in ("Europe/London", "GMT"), start)
    check(str(january["LOCATION"]) == "Town Hall, Rotherham", january["LOCATION"])
    text = run(work, "calendar", "--format", "text", as_of="2021-01-19").stdout
    check("26 January 2021  Improving Lives Select Commission  2 due\n    ILSC-2020-01-50.3  (3) That a progress report" in text, text)
    check("15 December 2020  Improving Lives Select Commission  CANCELLED (December meeting cancelled)\n" in text, text)
    p = run(work, "calendar", "--committee", "Nobody", as_of="2021-01-19", code=2)
    check(p.stderr == "tracker: no committee called 'Nobody' in the database (see 'tracker meeting list')\n", p.stderr)


if __name__ == "__main__":
    test_reports.BIN = os.path.abspath(sys.argv[1])  # its run() is the one used here
    run_cases(globals())
