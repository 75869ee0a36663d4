#!/usr/bin/env python3
"""The Word, Excel and calendar writers read back with real readers: python-docx, openpyxl and
icalendar (Debian's python3-docx, python3-openpyxl, python3-icalendar).

Usage: test_formats.py FORMAT_SAMPLES_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)

format_samples (tests/formats/format_samples.cpp) writes the council's monitoring schedule
columns with its own Liquid Logic row, 24 plain rows and one of hostile text; the values expected
here are written from that program's input, not copied from its output.
"""
import atexit, datetime, os, re, shutil, subprocess, sys, tempfile, zipfile

try:
    import docx, icalendar, openpyxl  # noqa: F401
except ImportError:  # Debian's python3-docx and the others, when python3 is not Debian's own (pyenv, venv)
    sys.path.append("/usr/lib/python3/dist-packages")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

BIN = None
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COLUMNS = ["Decision Date", "Item", "Scrutiny Recommendation", "Completion date for actions", "Action/Response Completed",
           "Further action required by Scrutiny"]
LIQUID_LOGIC = ("That an update be provided to members of the Improving Lives Select Commission on the implementation and use of "
                "the Liquid Logic case management system.")
LIQUID_LOGIC_DONE = ["Requested and written briefing will be circulated.", "Chased 17 June 2020", "Chased 6 July 2020",
                     "Written information provided to Chair. Briefing for members being arranged."]
HOSTILE_ITEM = "Quotes \"double\" and 'single' <b>bold</b> & co"
HOSTILE_DONE = "+1 and @SUM(A1) and -2; done \u2705 \U0001F389 bell end"  # the bell (U+0007) dropped
LONG = ("".join(f"word{i % 10} " for i in range(400)))[:2000]


def temporary_folder():
    path = tempfile.mkdtemp(prefix="tracker-formats-")
    atexit.register(shutil.rmtree, path, True)
    return path


def samples():
    out = temporary_folder()
    subprocess.run([BIN, out], check=True, timeout=60)
    return out


def docx_document():
    import docx
    return docx.Document(os.path.join(samples(), "monitoring_schedule.docx"))


def cell_lines(cell):
    return [p.text for p in cell.paragraphs]


def test_docx_rows_and_columns():
    d = docx_document()
    check(len(d.tables) == 1, f"{len(d.tables)} tables")
    t = d.tables[0]
    check(len(t.columns) == 6, f"{len(t.columns)} columns")
    check([c.text for c in t.rows[0].cells] == COLUMNS, [c.text for c in t.rows[0].cells])
    check(len(t.rows) == 1 + 1 + 24 + 1, f"{len(t.rows)} rows")
    first = t.rows[1].cells
    check([c.text for c in first[:4]] == ["03/03/20", "Early Help and Social Care Pathway", LIQUID_LOGIC, ""], [c.text for c in first[:4]])
    # Each line of the council's cell is its own paragraph, as the officer typed them.
    check(cell_lines(first[4]) == LIQUID_LOGIC_DONE, cell_lines(first[4]))
    check(first[5].text == "One off review being arranged. Action transferred to Sub and Project Group tracker.", first[5].text)
    check(t.rows[2].cells[1].text == "Sample item 2" and t.rows[25].cells[1].text == "Sample item 25", "plain rows out of order")
    check(t.rows[2].cells[3].text == "14/09/21", t.rows[2].cells[3].text)
    titles = [p.text for p in d.paragraphs if p.text]
    check(titles == ["IMPROVING LIVES SELECT COMMISSION", "RECOMMENDATIONS \u2013 IMPLEMENTATION MONITORING SCHEDULE", "UPDATED: 13 OCTOBER 2020"],
          titles)
    check(d.paragraphs[0].style.name == "Heading 1", d.paragraphs[0].style.name)
    check(d.paragraphs[0].runs[0].bold and d.paragraphs[0].runs[0].font.size.pt == 14, "title not bold 14 pt")


def test_docx_header_repeats_and_rows_stay_whole():
    t = docx_document().tables[0]
    for i, row in enumerate(t.rows):
        tr_pr = row._tr.find(W + "trPr")
        whole = tr_pr is not None and tr_pr.find(W + "cantSplit") is not None
        header = tr_pr is not None and tr_pr.find(W + "tblHeader") is not None
        check(header == (i == 0), f"row {i}: tblHeader {header}")
        # The last row's 2,000 characters in a column of about 23 a line are taller than a page:
        # it may split (kept whole it would be cut off at the page's foot); every other row may not.
        check(whole == (i != len(t.rows) - 1), f"row {i}: cantSplit {whole}")
    layout = t._tbl.tblPr.find(W + "tblLayout")
    check(layout is not None and layout.get(W + "type") == "fixed", "table layout not fixed")
    widths = [int(g.get(W + "w")) for g in t._tbl.tblGrid.findall(W + "gridCol")]
    # 297 mm less two 15 mm margins: 16838 - 2 * 850 twips, shared 1.3 : 2.2 : 4 : 1.7 : 4 : 3.2.
    check(sum(widths) == 15138, f"columns {widths} sum to {sum(widths)}")
    shares = [1.3, 2.2, 4, 1.7, 4, 3.2]
    for w, s in zip(widths, shares):
        check(abs(w - 15138 * s / sum(shares)) <= 1, f"column widths {widths}")


def test_docx_landscape_a4_and_fonts():
    from docx.enum.section import WD_ORIENT
    d = docx_document()
    s = d.sections[0]
    check(s.orientation == WD_ORIENT.LANDSCAPE, f"orientation {s.orientation}")
    check((s.page_width.mm, s.page_height.mm) == (297.0, 210.0) or (round(s.page_width.mm), round(s.page_height.mm)) == (297, 210),
          f"page {s.page_width.mm} x {s.page_height.mm} mm")
    check(round(s.left_margin.mm) == 15 and round(s.right_margin.mm) == 15, "margins")
    fonts = d.styles.element.find(W + "docDefaults").find(W + "rPrDefault").find(W + "rPr")
    check(fonts.find(W + "rFonts").get(W + "ascii") == "Arial", "default font not Arial")
    check(fonts.find(W + "sz").get(W + "val") == "20", "default size not 10 pt")
    cp = d.core_properties
    check(cp.created == datetime.datetime(2020, 10, 13, 12, 0), f"created {cp.created}")  # noon UTC: the same day in any zone
    check(cp.author == "Governance Advisor", cp.author)


def test_docx_hostile_text():
    t = docx_document().tables[0]
    last = t.rows[-1].cells
    check(last[1].text == HOSTILE_ITEM, repr(last[1].text))
    check(last[2].text == "=cmd|' /C calc'!A0", repr(last[2].text))
    check(last[4].text == HOSTILE_DONE, repr(last[4].text))
    check(last[5].text == LONG and len(last[5].text) == 2000, f"long cell {len(last[5].text)} characters")
    with zipfile.ZipFile(os.path.join(samples(), "monitoring_schedule.docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    check("<b>" not in xml and "&lt;b&gt;bold&lt;/b&gt; &amp; co" in xml, "markup in cell text not escaped")
    check("\x07" not in xml and "&#7;" not in xml, "control character written")


def xlsx_sheet():
    import openpyxl
    return openpyxl.load_workbook(os.path.join(samples(), "monitoring_schedule.xlsx")).worksheets[0]


def test_xlsx_rows_columns_and_date_cells():
    ws = xlsx_sheet()
    check(ws.title == "ILSC monitoring schedule", ws.title)
    check(ws.max_column == 6 and ws.max_row == 27, f"{ws.max_row} rows x {ws.max_column} columns")
    check([c.value for c in ws[1]] == COLUMNS, [c.value for c in ws[1]])
    row = [c.value for c in ws[2]]
    check(row[0] == datetime.datetime(2020, 3, 3) and ws["A2"].is_date, f"decision date {row[0]!r}")
    check(ws["A2"].number_format == "dd/mm/yyyy", ws["A2"].number_format)
    check(row[1:3] == ["Early Help and Social Care Pathway", LIQUID_LOGIC] and row[3] is None, row[1:4])
    check(row[4] == "\n".join(LIQUID_LOGIC_DONE), repr(row[4]))
    check(ws["D3"].value == datetime.datetime(2021, 9, 14) and ws["D3"].is_date, repr(ws["D3"].value))
    # Sortable as dates: the decision dates in the file's order, as days.
    days = [ws.cell(r, 1).value for r in range(2, 28)]
    check(all(isinstance(d, datetime.datetime) for d in days), "a decision date is not a date cell")
    widths = [ws.column_dimensions[c].width for c in "ABCDEF"]
    # Excel stores a width with the font's padding added (12 characters as 12.71).
    check(all(0 <= w - want < 1 for w, want in zip(widths, [12, 24, 45, 14, 45, 35])), f"widths {widths}")
    check(ws["C2"].alignment.wrap_text, "text not wrapped")


def test_xlsx_header_frozen_filtered_bold():
    ws = xlsx_sheet()
    check(ws.freeze_panes == "A2", f"freeze panes {ws.freeze_panes}")
    check(ws.auto_filter.ref == "A1:F27", f"filter {ws.auto_filter.ref}")
    check(all(c.font.b for c in ws[1]), "header not bold")
    check(ws.print_title_rows in ("1:1", "$1:$1"), f"print titles {ws.print_title_rows}")
    check(ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9", "not A4 landscape")


def test_xlsx_hostile_text_stays_text():
    ws = xlsx_sheet()
    check(ws["B27"].value == HOSTILE_ITEM, repr(ws["B27"].value))
    for ref, text in (("C27", "=cmd|' /C calc'!A0"), ("E27", HOSTILE_DONE)):
        check(ws[ref].value == text and ws[ref].data_type == "s", f"{ref}: {ws[ref].value!r} ({ws[ref].data_type})")
    check(ws["F27"].value == LONG, f"long cell {len(ws['F27'].value or '')} characters")
    with zipfile.ZipFile(os.path.join(samples(), "monitoring_schedule.xlsx")) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    check("<f>" not in sheet, "a formula in the sheet")


def ics_bytes():
    with open(os.path.join(samples(), "meetings.ics"), "rb") as f:
        return f.read()


def test_ics_read_by_icalendar():
    import icalendar
    cal = icalendar.Calendar.from_ical(ics_bytes())
    check(str(cal["VERSION"]) == "2.0" and str(cal["CALSCALE"]) == "GREGORIAN", "VERSION or CALSCALE")
    check(str(cal["X-WR-CALNAME"]) == "Improving Lives Select Commission", cal["X-WR-CALNAME"])
    check(str(cal["PRODID"]).startswith("-//tracker//"), cal["PRODID"])
    events = cal.walk("VEVENT")
    check([str(e["UID"]) for e in events] == ["ILSC-2020-10-27@tracker", "ILSC-2020-12-15@tracker", "ILSC-2021-01-26@tracker"], "uids")
    october = events[0]
    start, end = october.decoded("DTSTART"), october.decoded("DTEND")
    check(start.replace(tzinfo=None) == datetime.datetime(2020, 10, 27, 10, 0) and str(start.tzinfo).endswith("London"), f"start {start}")
    check(end - start == datetime.timedelta(minutes=150), f"end {end}")
    # 27 October 2020 is after the clocks went back: 10:00 in London is 10:00 UTC.
    check(start.utcoffset() == datetime.timedelta(0), f"offset {start.utcoffset()}")
    check(october.decoded("DTSTAMP") == datetime.datetime(2020, 10, 13, tzinfo=datetime.timezone.utc) or
          october.decoded("DTSTAMP").replace(tzinfo=None) == datetime.datetime(2020, 10, 13), "DTSTAMP")
    check(str(october["LOCATION"]) == "Town Hall, Moorgate Street, Rotherham", october["LOCATION"])
    description = str(october["DESCRIPTION"])
    check(description == "Due at this meeting:\n- Early Help and Social Care Pathway: Liquid Logic update\n"
          "- Quotes \"double\"; commas, and \\ backslash <b>&</b> =cmd \U0001F389\n" + LONG, repr(description[:200]))
    december = events[1]
    check(december.decoded("DTSTART") == datetime.date(2020, 12, 15) and december.decoded("DTEND") == datetime.date(2020, 12, 16), "all day")
    check(str(december["STATUS"]) == "CANCELLED", "cancelled")
    check(len(cal.walk("VTIMEZONE")) == 1 and str(cal.walk("VTIMEZONE")[0]["TZID"]) == "Europe/London", "VTIMEZONE")


def test_ics_escaping_folding_and_line_ends():
    raw = ics_bytes()
    check(raw.count(b"\n") == raw.count(b"\r\n") and raw.endswith(b"END:VCALENDAR\r\n"), "a line does not end in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for line in lines:
        check(len(line) <= 75, f"line of {len(line)} octets: {line[:40]!r}")
        line.decode("utf-8")  # each physical line whole UTF-8: no character cut by a fold
    check(any(line.startswith(b" ") for line in lines), "the long description was not folded")
    unfolded = raw.replace(b"\r\n ", b"").decode("utf-8")
    check("DESCRIPTION:Due at this meeting:\\n- Early Help and Social Care Pathway: Liquid Logic update\\n- Quotes \"double\"\\; "
          "commas\\, and \\\\ backslash <b>&</b> =cmd \U0001F389\\n" in unfolded, "DESCRIPTION escaping")
    check("LOCATION:Town Hall\\, Moorgate Street\\, Rotherham\r\n" in unfolded, "LOCATION escaping")
    check(re.search(r"^DTSTART;VALUE=DATE:20201215\r$", unfolded, re.M), "all-day DTSTART")
    check(re.search(r"^DTSTART;TZID=Europe/London:20201027T100000\r$", unfolded, re.M), "timed DTSTART")


def test_samples_are_deterministic():
    a, b = samples(), samples()
    for name in ("monitoring_schedule.docx", "monitoring_schedule.xlsx", "meetings.ics"):
        with open(os.path.join(a, name), "rb") as f1, open(os.path.join(b, name), "rb") as f2:
            check(f1.read() == f2.read(), f"{name} differs between two runs")
    env = dict(os.environ, TZ="America/New_York")
    c = temporary_folder()
    subprocess.run([BIN, c], check=True, timeout=60, env=env)
    for name in ("monitoring_schedule.docx", "monitoring_schedule.xlsx"):
        with open(os.path.join(a, name), "rb") as f1, open(os.path.join(c, name), "rb") as f2:
            check(f1.read() == f2.read(), f"{name} differs in another time zone")


if __name__ == "__main__":
    run_cases(globals())
