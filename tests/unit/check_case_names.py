"""Every doctest case name must come through ctest's discovery whole.

doctest_discover_tests reads `unit_tests --list-test-cases` as a CMake list, so a ';' in a name
splits it into two entries that match no case, and an unbalanced '[' or ']' joins lines; a '\\'
changes the filter ctest passes back. (Commas are escaped by the discovery and are fine.) The
unit_tests program also fails a filtered run that matched nothing, so a name that slips past this
check still fails its entry; this check says which name and why.
"""
import subprocess
import sys


def case_names(binary):
    out = subprocess.run([binary, "--list-test-cases", "--no-intro=true"], check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line and not line.startswith("[doctest]") and set(line) != {"="}]


def problem(name):
    if ";" in name:
        return "has a ';' (ctest splits names there)"
    if "\\" in name:
        return "has a '\\' (it changes the filter ctest passes to doctest)"
    if name.count("[") != name.count("]"):
        return "has an unbalanced '[' or ']' (CMake joins it with the next name)"
    if name != name.strip():
        return "starts or ends with a space"
    return None


def main():
    names = case_names(sys.argv[1])
    bad = [(name, problem(name)) for name in names if problem(name)]
    for name, why in bad:
        print(f"unit test case '{name}' {why}: rename it", file=sys.stderr)
    if len(names) < 1:
        print("unit_tests listed no test case", file=sys.stderr)
        return 1
    print(f"{len(names)} case names, {len(bad)} that ctest would mangle")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
