#!/usr/bin/env python3
"""Runs one command-line case (a .test file) and compares exit code and output.

A case is a few `key: value` lines:
  args: extract tests/e2e/cli/data/empty.txt   (split like a shell would)
  exit: 2
  stderr: tracker: tests/e2e/cli/data/empty.txt: is empty      (the whole of stderr)
  stderr-contains: …     stdout-contains: …     (may repeat)
  stdout-empty: yes
  stdout-json: yes                               (stdout must parse as JSON)
  generate: NAME KIND SIZE_MB                    (a temporary file; {NAME} in args is its path)
  before: init --db {tmp}/t.db                   (a command run first, which must succeed; may repeat)
KINDS: minutes (the seeds repeated), binary, no-newline, html (a web page of paragraphs, named .html).
"""
import json, os, shlex, subprocess, sys, tempfile

def generate(kind, size_mb, path):
    size = int(float(size_mb) * 1024 * 1024)
    with open(path, "wb") as f:
        if kind == "minutes":
            seeds = [open(os.path.join("sample_data", n), "rb").read() for n in sorted(os.listdir("sample_data"))]
            written, i = 0, 0
            while written < size:
                chunk = seeds[i % len(seeds)]
                f.write(chunk + b"\n")
                written += len(chunk) + 1
                i += 1
        elif kind == "binary":
            f.write(bytes((i * 37 + 11) % 256 for i in range(size)))
        elif kind == "no-newline":
            f.write(b"x" * size)
        elif kind == "html":
            f.write(b"<!DOCTYPE html><html><body>")
            para = b"<p>The Commission noted the report.</p>\n"
            f.write(para * (size // len(para) + 1))
            f.write(b"</body></html>")
        else:
            raise SystemExit(f"unknown generate kind {kind}")

def main():
    binary, case = sys.argv[1], sys.argv[2]
    spec = {"stdout-contains": [], "stderr-contains": []}
    for raw in open(case, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key in ("stdout-contains", "stderr-contains"):
            spec[key].append(value)
        elif key == "generate":
            spec.setdefault("generate", []).append(value.split())
        elif key == "before":
            spec.setdefault("before", []).append(value)
        else:
            spec[key] = value
    with tempfile.TemporaryDirectory() as tmp:
        substitutions = {"tmp": tmp}
        for name, kind, size in spec.get("generate", []):
            path = os.path.join(tmp, name + (".html" if kind == "html" else ".txt"))
            generate(kind, size, path)
            substitutions[name] = path
        for before in spec.get("before", []):
            first = [a.format(**substitutions) for a in shlex.split(before)]
            subprocess.run([binary] + first, capture_output=True, timeout=120, check=True)
        args = [a.format(**substitutions) for a in shlex.split(spec["args"])]
        p = subprocess.run([binary] + args, capture_output=True, timeout=120)
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    problems = []
    if "exit" in spec and p.returncode != int(spec["exit"]):
        problems.append(f"exit code {p.returncode}, expected {spec['exit']}")
    if "stderr" in spec:
        want = spec["stderr"].format(**substitutions)
        if err.strip() != want:
            problems.append(f"stderr was {err.strip()!r}\n    expected {want!r}")
    for s in spec["stderr-contains"]:
        if s not in err:
            problems.append(f"stderr lacks {s!r}: {err.strip()[:300]!r}")
    for s in spec["stdout-contains"]:
        if s not in out:
            problems.append(f"stdout lacks {s!r}")
    if spec.get("stdout-empty") == "yes" and out:
        problems.append(f"stdout should be empty, was {out[:200]!r}")
    if spec.get("stdout-json") == "yes":
        try:
            json.loads(out)
        except Exception as e:  # noqa
            problems.append(f"stdout is not JSON: {e}")
    if "\n" in err.strip():
        problems.append("stderr has more than one line")
    if problems:
        print(f"{case}: FAILED")
        for pr in problems:
            print("  " + pr)
        return 1
    print(f"{case}: ok")
    return 0

if __name__ == "__main__":
    sys.exit(main())
