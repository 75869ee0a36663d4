"""What every end-to-end test file shares: its check, and running the cases its command line names.

A test file is run as `FILE TRACKER_BIN CASE` (CASE: one of its functions named test_*, with or
without that prefix; 'all' runs every one). Each file imports this module after putting this folder
on sys.path.
"""
import os
import sys


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def run_cases(namespace):
    """Runs the case argv[2] names from `namespace` (a test file's globals()), with the tracker at
    argv[1] as the file's BIN."""
    namespace["BIN"] = os.path.abspath(sys.argv[1])
    case = sys.argv[2]
    names = [n for n in namespace if n.startswith("test_")] if case == "all" else [case]
    for name in names:
        namespace[name if name.startswith("test_") else "test_" + name]()
        print("ok", name)
