#!/usr/bin/env python3
"""Hostile input and unlucky machines: injection payloads through every input path (minutes,
notes, owners, committee names, file names, tracker.toml) read back from every output format
with real parsers (html5lib, cmark-gfm, Python's csv and email with the strict policy), bad
paths (FIFO, device, folder, symlink, read-only folder) and broken databases, each with its
exit code and one-line message.

Usage: test_hostile.py TRACKER_BIN CASE   (CASE: one of the functions named test_*; 'all' runs every one)

Nothing here is compared with the program's own output: each check says what must hold.
"""
import csv, email, email.policy, io, json, mailbox, os, resource, shutil, sqlite3, stat, subprocess, sys, tempfile, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from e2e_case import check, run_cases  # noqa: E402

try:
    import html5lib
except ImportError:  # Debian's python3-html5lib, when python3 is not Debian's own (pyenv, venv)
    sys.path.append("/usr/lib/python3/dist-packages")
    import html5lib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
MINUTES = os.path.join(DATA, "hostile_minutes.txt")
CONFIG = os.path.join(DATA, "tracker.toml")
AS_OF = "2021-01-10"
BIN = None

# Formula starts that a spreadsheet runs (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
OWNER = '=HYPERLINK("http://evil.example","x") <script>alert(6)</script> ![o](http://evil.example/o.png) | x'
NOTE = "@SUM(1+1) <img src=x onerror=alert(7)> [n](javascript:alert(8)) ![n](http://evil.example/n.png)"
COMMITTEE = "=CMD|' /C calc'!A0"


def run(work, *args, code=0, config=CONFIG, db="t.db", timeout=60, binary=None, **kw):
    cmd = [binary or BIN] + list(args) + ["--config", config]
    if args[0] != "extract":  # the only command without the database's options
        cmd += ["--db", os.path.join(work, db), "--as-of", AS_OF, "--by", "Hostile Tester"]
    p = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=work, **kw)
    if code is not None and p.returncode != code:
        raise AssertionError(f"{' '.join(map(str, args))} exited {p.returncode}, expected {code}: {p.stderr!r}")
    return p




def one_line_error(p, *words, code=2):
    """Exit `code`, stdout empty, and one line on stderr holding every word (a path, the problem)."""
    err = p.stderr.decode("utf-8", "strict")
    check(p.returncode == code, f"exit {p.returncode}, expected {code}: {err!r}")
    check(err.startswith("tracker: ") and err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}")
    check(all(0x20 <= ord(c) for c in err[:-1]) and "\x7f" not in err, f"control character in {err!r}")
    check("internal error" not in err, err)
    for w in words:
        check(w in err, f"{w!r} not in {err!r}")


def history():
    """The hostile minutes imported, then an owner and notes full of payloads by hand, and a
    second file imported under a formula committee name from a file whose name is a formula."""
    work = tempfile.mkdtemp(prefix="tracker-hostile-")
    run(work, "init")
    run(work, "import", MINUTES)
    run(work, "update", "HWSP-2020-10-62.2", "--owner", OWNER, "--note", NOTE)
    run(work, "chase", "HWSP-2020-10-62.2", "--note", NOTE)
    run(work, "chase", "HWSP-2020-10-62.2", "--note", "![again](http://evil.example/a.png)")
    formula_file = os.path.join(work, "=1+2.txt")
    shutil.copy(os.path.join(DATA, "formula_committee_minutes.txt"), formula_file)
    run(work, "import", formula_file, "--committee", COMMITTEE)
    return work


# --- what must not survive in each format -------------------------------------------------------

def assert_html_inert(page, what):
    """Parsed as a browser would (html5lib): no script, image, frame or svg; no on* attribute; no
    link or source that leaves the page."""
    doc = html5lib.parse(page, namespaceHTMLElements=False)
    for el in doc.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        check(tag not in ("script", "img", "iframe", "svg", "object", "embed", "form", "input", "link", "base"), f"{what}: <{tag}> survived")
        if tag == "a":
            # GFM's autolink extension makes a bare http:// address in the text clickable: a link
            # that shows where it goes and loads nothing. Any other link was made by a payload.
            href = el.attrib.get("href", "")
            check(href.startswith(("http://", "https://")) and "".join(el.itertext()).startswith(href.split("%")[0][:20]),
                  f"{what}: a link {href!r} that is not an address shown as text")
            continue
        for name, value in el.attrib.items():
            check(not name.lower().startswith("on"), f"{what}: attribute {name} on <{tag}>")
            check("javascript:" not in value.lower() and "evil.example" not in value, f"{what}: {name}={value!r} on <{tag}>")
    return doc


def markdown_to_html(text):
    """GitHub's renderer, with raw HTML allowed as many renderers allow it."""
    p = subprocess.run(["cmark-gfm", "--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough"], input=text.encode(),
                       capture_output=True, check=True)
    return p.stdout.decode()


def assert_csv_inert(raw, what, columns):
    check(raw.startswith(b"\xef\xbb\xbf"), f"{what}: no byte-order mark")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    check(len(rows) >= 2, f"{what}: {len(rows)} rows")
    for row in rows:
        check(len(row) == columns, f"{what}: {len(row)} cells, expected {columns}: {row}")
        for cell in row:
            check(not cell.startswith(FORMULA_STARTS), f"{what}: a cell a spreadsheet would run: {cell!r}")
    return rows


# --- 2, 3: every output format ------------------------------------------------------------------

def test_payloads_in_html_reports():
    work = history()
    page = run(work, "report", "monitoring", "--format", "html", "--status", "all").stdout.decode()
    doc = assert_html_inert(page, "monitoring html")
    text = "".join(doc.itertext())
    # The payloads are there, as text a reader can see.
    for shown in ("<script>alert(6)</script>", "onerror=alert(7)", "javascript:alert(3)", COMMITTEE):
        check(shown in text, f"monitoring html lost {shown!r}")
    page = run(work, "briefing", "--committee", "HWSP", "--meeting", "2021-01-18", "--format", "html").stdout.decode()
    assert_html_inert(page, "briefing html")


def test_payloads_in_markdown_reports():
    work = history()
    md = run(work, "report", "monitoring", "--status", "all").stdout.decode()
    html = markdown_to_html(md)
    doc = assert_html_inert(html, "monitoring markdown")
    tables = doc.findall(".//table")
    check(len(tables) == 2, f"{len(tables)} tables")
    for table in tables:
        for row in table.findall(".//tr"):
            check(len(row) == 8, f"a row of {len(row)} cells: the table was broken")
    body_rows = sum(len(t.findall("./tbody/tr")) for t in tables)
    check(body_rows == 4, f"{body_rows} rows, expected the 4 actions")
    text = "".join(doc.itertext())
    for shown in ("<script>alert(6)</script>", "<img src=x onerror=alert(12)>", "![pixel](http://evil.example/p.png)", "| x"):
        check(shown in text, f"monitoring markdown lost {shown!r}")
    brief = run(work, "briefing", "--committee", "HWSP", "--meeting", "2021-01-18").stdout.decode()
    html = markdown_to_html(brief)
    doc = assert_html_inert(html, "briefing markdown")
    # Every list item is one entry: a note's line breaks cannot add items or headings.
    headings = [h.text for h in doc.findall(".//h2")]
    check(len(headings) == 7, f"headings {headings}")


def test_payloads_in_csv():
    work = history()
    raw = run(work, "actions", "--format", "csv").stdout
    rows = assert_csv_inert(raw, "actions csv", 13)
    check(any(cell == "'" + OWNER for row in rows for cell in row), "the owner is not kept, behind an apostrophe")
    check(any(cell == "'" + COMMITTEE for row in rows for cell in row), "the committee is not kept, behind an apostrophe")
    out = os.path.join(work, "schedule.csv")
    run(work, "report", "monitoring", "--format", "csv", "--status", "all", "--output", out)
    rows = assert_csv_inert(open(out, "rb").read(), "monitoring csv", 12)
    check(any(cell.startswith("'=1+2.txt") for row in rows for cell in row), "the file name is not kept, behind an apostrophe")


def test_payloads_in_json():
    work = history()
    for args in (("actions", "--format", "json"), ("show", "HWSP-2020-10-62.2", "--format", "json"),
                 ("report", "monitoring", "--format", "json", "--status", "all"), ("check", "--format", "json"),
                 ("flags", "--format", "json", "--all")):
        p = run(work, *args, code=None)
        check(p.returncode in (0, 1), f"{args}: exit {p.returncode}")
        json.loads(p.stdout.decode("utf-8", "strict"))


def test_payloads_in_word_excel_and_calendar():
    """Read back with python-docx, openpyxl and icalendar: payloads are text, never a formula."""
    if "/usr/lib/python3/dist-packages" not in sys.path:
        sys.path.append("/usr/lib/python3/dist-packages")
    import docx, icalendar, openpyxl
    work = history()
    word, excel, ics = (os.path.join(work, n) for n in ("schedule.docx", "schedule.xlsx", "meetings.ics"))
    run(work, "report", "monitoring", "--format", "docx", "--status", "all", "--output", word)
    paragraphs = [p.text for t in docx.Document(word).tables for row in t.rows for cell in row.cells for p in cell.paragraphs]
    check(any(NOTE in p for p in paragraphs), "the note is not kept as text in the Word table")
    run(work, "report", "monitoring", "--format", "xlsx", "--status", "all", "--output", excel)
    sheet = openpyxl.load_workbook(excel).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    check(all(c.data_type != "f" for c in cells), "a formula cell in the workbook")
    check(any(c.value == COMMITTEE and c.data_type == "s" for c in cells), "the committee is not kept as a text cell")
    check(any(isinstance(c.value, str) and NOTE in c.value for c in cells), "the note is not kept as text")
    run(work, "calendar", "--output", ics)
    events = [e for e in icalendar.Calendar.from_ical(open(ics, "rb").read()).walk() if e.name == "VEVENT"]
    check(any(str(e["SUMMARY"]) == COMMITTEE for e in events), "the committee's name did not survive the calendar's escaping")
    link = os.path.join(work, "link.docx")
    os.symlink(os.path.join(work, "victim.docx"), link)
    one_line_error(run(work, "report", "monitoring", "--format", "docx", "--output", link, code=None), link, "symbolic link")
    check(not os.path.exists(os.path.join(work, "victim.docx")), "written through a link")


# --- 4: mail --------------------------------------------------------------------------------------

def test_mail_survives_hostile_text():
    work = tempfile.mkdtemp(prefix="tracker-hostile-")
    run(work, "init")
    minutes = os.path.join(work, "long_word.txt")
    long_word = "x" * 3000
    text = open(MINUTES, encoding="utf-8").read().replace("(1) That the update be noted.",
                                                          "(1) That the Panel ask for " + long_word + " to be sent by 1 November 2020.")
    open(minutes, "w", encoding="utf-8").write(text)
    run(work, "import", minutes)
    run(work, "update", "HWSP-2020-10-62.3", "--owner", ".")
    run(work, "update", "HWSP-2020-10-62.2", "--owner", "y" * 2000)
    p = run(work, "check", "--format", "mail", code=1)
    raw = p.stdout
    check(b"\r" not in raw, "a carriage return in the mail")
    for line in raw.split(b"\n"):
        check(len(line) <= 998, f"a line of {len(line)} octets")
        check(line != b".", "a lone '.' line would end the message under sendmail without -i")
    path = os.path.join(work, "mail.mbox")
    open(path, "wb").write(raw)
    box = mailbox.mbox(path)
    messages = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.strict) for k in box.keys()]
    check(len(messages) >= 2, f"{len(messages)} messages")
    for m in messages:
        check(set(m.keys()) == {"From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                                "Content-Transfer-Encoding", "X-Tracker-Actions"}, f"headers {m.keys()}")
        check(m["To"].addresses[0].addr_spec == "scrutiny@ravensdale.example", m["To"])
        body = m.get_content()
        check(" ".join(body.split()).endswith("Reply to this message to give an update."), "the body was cut short")
    everything = "".join(m.get_content() for m in messages).replace("\n", "").replace(" ", "")
    check(long_word in everything, "the long word did not arrive whole")


def test_mail_address_with_a_header_is_refused():
    work = tempfile.mkdtemp(prefix="tracker-hostile-")
    config = os.path.join(work, "bad.toml")
    open(config, "w").write('[check]\nfallback_to = "a@b.example\\nBcc: spy@evil.example"\n')
    one_line_error(run(work, "check", "--format", "mail", config=config, code=None), config + ":2:", "fallback_to", "\\n")


# --- 1, 9: files written ----------------------------------------------------------------------

def test_output_paths():
    work = history()
    victim = os.path.join(work, "victim.txt")
    open(victim, "w").write("keep me")
    # The old fixed temporary name, planted as a link: no longer used, so never written through.
    os.symlink(victim, os.path.join(work, "schedule.html.part"))
    out = os.path.join(work, "schedule.html")
    run(work, "report", "monitoring", "--format", "html", "--output", out)
    check(open(victim).read() == "keep me", "the victim was overwritten")
    check(stat.S_IMODE(os.stat(out).st_mode) == 0o644 & ~current_umask(), oct(os.stat(out).st_mode))
    # The target itself a link: refused, not followed.
    link = os.path.join(work, "link.html")
    os.symlink(victim, link)
    one_line_error(run(work, "report", "monitoring", "--output", link, code=None), link, "symbolic link")
    check(open(victim).read() == "keep me", "written through a link")
    # The tracker's own database and configuration.
    config = os.path.join(work, "mine.toml")
    shutil.copy(CONFIG, config)
    before = open(os.path.join(work, "t.db"), "rb").read()
    one_line_error(run(work, "report", "monitoring", "--output", "t.db", code=None), "t.db", "database")
    one_line_error(run(work, "report", "monitoring", "--output", config, config=config, code=None), config, "configuration")
    check(open(os.path.join(work, "t.db"), "rb").read() == before, "the database was written")
    # A folder, a missing folder, a full device.
    one_line_error(run(work, "report", "monitoring", "--output", "sub/", code=None), "sub/", "folder")
    one_line_error(run(work, "report", "monitoring", "--output", "missing/x.md", code=None), "missing/x.md", "does not exist")
    one_line_error(run(work, "briefing", "--committee", "HWSP", "--output", "/dev/full", code=None), "/dev/full", "disk is full")
    check(stat.S_ISCHR(os.stat("/dev/full").st_mode), "/dev/full was replaced")
    p = run(work, "report", "monitoring", "--output", "/dev/stdout")
    check(p.stdout.startswith(b"# ") and os.path.islink("/dev/stdout"), "/dev/stdout was not written as it is")
    # A FIFO nobody reads: an error, not a hang; one that is read: the report.
    fifo = os.path.join(work, "pipe")
    os.mkfifo(fifo)
    one_line_error(run(work, "report", "monitoring", "--output", fifo, code=None, timeout=20), fifo, "nothing is reading")
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    import time
    for _ in range(100):  # the reader must be waiting on the pipe before the writer opens it
        time.sleep(0.05)
        p = run(work, "report", "monitoring", "--output", fifo, code=None, timeout=20)
        if p.returncode == 0:
            break
    reader.join(20)
    check(got and b"# Health and Wellbeing" in got[0], f"the FIFO got {got[:1]!r}")
    check(stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced")
    leftovers = [n for n in os.listdir(work) if n.startswith(".") or n.endswith(".part") and n != "schedule.html.part"]
    check(not leftovers, f"temporary files left: {leftovers}")


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def limit_file_size(blocks_of_512):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (blocks_of_512 * 512, blocks_of_512 * 512))
    return apply


def test_file_size_limit():
    """Under 'ulimit -f' a write fails with a message; nothing is killed by SIGXFSZ, nothing is left."""
    work = tempfile.mkdtemp(prefix="tracker-hostile-")
    p = subprocess.run([BIN, "init"], cwd=work, capture_output=True, preexec_fn=limit_file_size(2))
    one_line_error(p, "tracker.toml", "larger than this process may write")
    check(os.listdir(work) == [], f"left behind: {os.listdir(work)}")
    subprocess.run([BIN, "init"], cwd=work, capture_output=True, check=True)
    check(open(os.path.join(work, "tracker.toml")).read().count("[[rule]]") == 8, "init after the failure wrote a short file")
    run(work, "init")  # the database the rest uses (only init makes one)
    run(work, "import", MINUTES)
    # The database's -shm file (32 KiB) is made by a connection held open here, so that the
    # limit falls on the report, not on opening the database.
    held = sqlite3.connect(os.path.join(work, "t.db"))
    held.execute("SELECT count(*) FROM sqlite_master").fetchone()
    p = run(work, "report", "monitoring", "--format", "html", "--output", "big.html", code=None, preexec_fn=limit_file_size(4))
    one_line_error(p, "big.html", "larger than this process may write")
    held.close()
    left = [n for n in os.listdir(work) if n.startswith(".") or "big.html" in n]
    check(not left, f"left behind: {left}")


# --- 5, 7: files read ----------------------------------------------------------------------------

def test_bad_input_paths():
    work = history()
    fifo = os.path.join(work, "fifo")
    os.mkfifo(fifo)
    one_line_error(run(work, "extract", fifo, code=None, timeout=20), fifo, "named pipe")
    one_line_error(run(work, "import", fifo, code=None, timeout=20), fifo, "named pipe")
    one_line_error(run(work, "actions", config=fifo, code=None, timeout=20), fifo, "named pipe")
    one_line_error(run(work, "actions", db="fifo", code=None, timeout=20), "fifo", "named pipe")
    one_line_error(run(work, "extract", "/dev/zero", code=None, timeout=20), "/dev/zero", "device")
    one_line_error(run(work, "extract", work, code=None), work, "directory")
    one_line_error(run(work, "actions", db=".", code=None), "directory")
    link = os.path.join(work, "link.txt")
    os.symlink(MINUTES, link)
    check(b"Health and Wellbeing" in run(work, "extract", link).stdout, "a link to minutes is read")
    one_line_error(run(work, "extract", os.path.join(work, "dangling"), code=None), "dangling", "no such file")
    # A file name with a line break: the import's own one-line error for that file.
    odd = os.path.join(work, "bad\nname.txt")
    open(odd, "w").write("not minutes\n")
    one_line_error(run(work, "import", odd, code=None), "bad\\nname.txt")


def as_nobody(work):
    """When the tests run as root, permissions do not bind: drop to nobody for the command, with
    the program and its configuration copied where nobody can reach them."""
    if os.geteuid() != 0:
        return {}
    def drop():
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    tools = tempfile.mkdtemp(prefix="tracker-hostile-bin-")
    os.chmod(tools, 0o755)
    shutil.copy(BIN, os.path.join(tools, "tracker"))
    shutil.copy(CONFIG, os.path.join(tools, "tracker.toml"))
    for parent in (os.path.dirname(work),):
        check(os.stat(parent).st_mode & 0o005 == 0o005, f"{parent} cannot be entered by nobody")
    return {"preexec_fn": drop, "binary": os.path.join(tools, "tracker"), "config": os.path.join(tools, "tracker.toml")}


def test_read_only_folder():
    """Read-only commands work on a database in a read-only folder, whether the last writer left
    its -wal and -shm files (a reader's connection) or removed them (closed cleanly)."""
    work = history()
    for leftovers in (True, False):
        if leftovers:
            run(work, "actions")  # a reader leaves the -wal and -shm files behind
        else:
            run(work, "chase", "HWSP-2020-10-62.1")  # the last writer to close removes them
            check(not os.path.exists(os.path.join(work, "t.db-wal")), "the -wal file is still there")
        for name in os.listdir(work):
            os.chmod(os.path.join(work, name), 0o444)
        os.chmod(work, 0o555)
        nobody = as_nobody(work)
        try:
            for args in (("actions",), ("show", "HWSP-2020-10-62.2"), ("report", "monitoring"), ("dump",),
                         ("briefing", "--committee", "HWSP"), ("flags",), ("matches",), ("meeting", "list")):
                p = run(work, *args, code=None, **nobody)
                check(p.returncode == 0 and p.stdout, f"{args} with leftovers={leftovers}: {p.returncode} {p.stderr!r}")
            p = run(work, "check", code=None, **nobody)
            check(p.returncode in (0, 1), f"check: {p.stderr!r}")
            one_line_error(run(work, "chase", "HWSP-2020-10-62.2", code=None, **nobody), "t.db", "read-only")
            one_line_error(run(work, "report", "monitoring", "--output", "x.md", code=None, **nobody), "x.md",
                           "cannot write in the folder")
        finally:
            os.chmod(work, 0o755)
            for name in os.listdir(work):
                os.chmod(os.path.join(work, name), 0o644)


# --- 6, 7: databases -----------------------------------------------------------------------------

def test_broken_databases():
    work = history()
    good = open(os.path.join(work, "t.db"), "rb").read()
    check(len(good) > 8192, "no database to damage")

    def case(name, content, *words, commands=(("actions",), ("report", "monitoring"), ("chase", "HWSP-2020-10-62.2"))):
        path = os.path.join(work, name)
        open(path, "wb").write(content)
        for args in commands:
            one_line_error(run(work, *args, db=name, code=None), name, *words)

    case("empty.db", b"", "empty", commands=(("actions",), ("report", "monitoring"), ("dump",)))
    case("text.db", b"these are not the minutes\n" * 400, "not a tracker database")
    damaged = bytearray(good)
    for k in range(4096, len(damaged), 1024):  # every page after the first scribbled on
        damaged[k:k + 200] = b"\xff" * 200
    case("damaged.db", bytes(damaged), "damaged")
    foreign = os.path.join(work, "foreign.db")
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE recipes (name TEXT)")
    db.commit()
    db.close()
    for args in (("actions",), ("chase", "HWSP-2020-10-62.2"), ("init",)):
        one_line_error(run(work, *args, db="foreign.db", code=None), "foreign.db", "not a tracker's")
    # A schema whose SQL is broken: one line, however many lines the SQL had.
    broken = os.path.join(work, "schema.db")
    shutil.copy(os.path.join(work, "t.db"), broken)
    db = sqlite3.connect(broken)
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE action (\n  id INTEGER,\n  oops' WHERE name = 'action'")
    db.commit()
    db.close()
    one_line_error(run(work, "actions", db="schema.db", code=None), "schema.db")


# --- 8: the command line --------------------------------------------------------------------------

def test_command_line_text():
    work = history()
    for option in ("--note", "--owner", "--by"):
        value = b"caf\xe9 \xff" if option != "--by" else b"\xc3\x28"
        args = [b"update", b"HWSP-2020-10-62.3", option, value]
        if option == "--by":
            args = [b"chase", b"HWSP-2020-10-62.3", b"--by", value]
        p = run(work, *args, code=None)
        one_line_error(p, option, "UTF-8")
    one_line_error(run(work, "chase", "HWSP-2020-10-62.3", "--note", "bell \x1b[31mred\x07", code=None), "--note", "\\x1b")
    json.loads(run(work, "actions", "--format", "json").stdout.decode("utf-8", "strict"))
    for number in ("1.5", "1e3", " 1", "+1", "0x1", "99999999999"):
        one_line_error(run(work, "matches", "accept", number, code=None), "is not a match number")
    # LIKE's wildcards are plain characters in --owner.
    for wildcard in ("%", "_", "%%", "Public_Health"):
        out = json.loads(run(work, "actions", "--format", "json", "--owner", wildcard).stdout)
        check(out == [], f"--owner {wildcard!r} matched {len(out)}")
    check(len(json.loads(run(work, "actions", "--format", "json", "--owner", "public health").stdout)) >= 2, "--owner any case")
    p = run(work, "actions", "--owner", "x" * 50000)
    check(b"No actions match" in p.stdout, p.stdout[:100])
    one_line_error(run(work, "show", "no\nsuch\rid\x1b", code=None), "no\\nsuch\\rid\\x1b")


# --- 7, 10: configuration ------------------------------------------------------------------------

def test_config_mistakes_name_the_file_and_line():
    work = tempfile.mkdtemp(prefix="tracker-hostile-")
    config = os.path.join(work, "council.toml")
    open(config, "w").write('# Our vocabulary\n\n[extract.kinds]\naction = ["\\\\bbe\\\\s+(brought"]\n')
    one_line_error(run(work, "extract", MINUTES, config=config, code=None), config + ":4:", "does not compile")
    open(config, "w").write('[[rule]]\nid = "huge"\nflag = "Huge"\nseverity = "red"\nwhen = "age_days + 9223372036854775807 > 0"\n')
    one_line_error(run(work, "flags", config=config, code=None), config + ":5", "number too large")


if __name__ == "__main__":
    run_cases(globals())
