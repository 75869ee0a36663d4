#!/usr/bin/env python3
"""`tracker config`: the configuration in force and where each value came from; the key table's
other outputs (the init template, docs/config.md). Line numbers below were read off tracker.toml."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from e2e_case import check, run_cases  # noqa: E402

BIN = None
ORIGIN = re.compile(r"  # (built-in( default)?|.* line \d+)$")


def run(*args, cwd=".", code=0):
    result = subprocess.run([BIN, *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != code:
        raise SystemExit(f"tracker {' '.join(args)}: exit {result.returncode}, wanted {code}\n{result.stderr}")
    return result


def values_only(listing):
    """The listing without its first line and the origin comments: the settings alone."""
    return [ORIGIN.sub("", line) for line in listing.splitlines()[1:]]


def test_shipped_file_says_where_each_value_came_from():
    out = run("config").stdout
    check('name = "Improving Lives Select Commission"  # tracker.toml line 11\n' in out, out[:3000])
    check('[[person]]  # tracker.toml line 35\nname = "Natasha Aucott"  # tracker.toml line 36\n' in out, out[:3000])
    check("from = 2025-01-01  # tracker.toml line 38\n" in out, out[:3000])
    check("threshold = 0.8  # built-in default\n" in out, out)
    # The rule's lines as the shipped file has them today, found in it rather than written here.
    with open("tracker.toml", encoding="utf-8") as f:
        shipped = f.read().splitlines()
    rule_id = shipped.index('id = "due-next-meeting"') + 1
    check(f'[[rule]]  # tracker.toml line {rule_id - 1}\nid = "due-next-meeting"  # tracker.toml line {rule_id}\n' in out, out)
    check(out.count("[[rule]]  # tracker.toml line") == 8, out)
    check(out.startswith("# The configuration in force, from tracker.toml."), out[:200])


def test_unknown_key_is_one_line_naming_file_line_and_key():
    work = tempfile.mkdtemp(prefix="tracker-config-")
    path = os.path.join(work, "tracker.toml")
    text = open("tracker.toml", encoding="utf-8").read().replace('status = "open"\n', 'status = "open"\ntitel = "x"\n')
    open(path, "w", encoding="utf-8").write(text)
    line = text.splitlines().index('titel = "x"') + 1
    err = run("config", "--config", path, code=2).stderr
    check(err == f"tracker: {path}:{line}:1: unknown key 'titel' in [report]\n", err)
    shutil.rmtree(work)


def test_output_read_back_gives_the_same_configuration():
    work = tempfile.mkdtemp(prefix="tracker-config-")
    first = run("config").stdout
    copy = os.path.join(work, "copy.toml")
    open(copy, "w", encoding="utf-8").write(first)
    second = run("config", "--config", copy).stdout
    check(values_only(first) == values_only(second), second[:2000])
    check(f"# {copy} line " in second and "built-in default" in second, second[:2000])
    shutil.rmtree(work)


def test_init_template_sets_the_defaults_from_its_lines():
    work = tempfile.mkdtemp(prefix="tracker-config-")
    run("init", cwd=work)
    out = run("config", cwd=work).stdout
    check(re.search(r'^path = "tracker.db"  # tracker.toml line \d+$', out, re.M), out[:1500])
    check(re.search(r"^propose = 0.5  # tracker.toml line \d+$", out, re.M), out[:1500])
    check(out.count("[[rule]]  # tracker.toml line") == 8, out)
    empty = tempfile.mkdtemp(prefix="tracker-config-")
    defaults = run("config", cwd=empty).stdout
    check(values_only(out) == values_only(defaults), "init's tracker.toml is not the built-in configuration")
    shutil.rmtree(work)
    shutil.rmtree(empty)


def test_docs_are_the_key_table():
    keys = run("config", "--keys").stdout
    docs = open("docs/config.md", encoding="utf-8").read()
    check(keys == docs, "docs/config.md is out of date: build/tracker config --keys > docs/config.md")
    check("| `threshold` | a number from 0 to 1 | `0.8` |" in keys, keys)


if __name__ == "__main__":
    run_cases(globals())
