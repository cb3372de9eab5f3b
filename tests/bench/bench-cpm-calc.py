#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Times YARD.CPM inside a real headless LibreOffice: a 10,000-activity sheet
with one YARD.CPM array formula (10,000 x 7), recalculated after a duration
changes, as a planner's edit does. Prints the median of several runs.

  bench-cpm-calc.py --oxt yardplan.oxt [--activities N] [--runs R]"""
import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calc"))
from office import Office, prop, run_as_unprivileged  # noqa: E402


def network(n, rng):
    """IDs, durations and predecessor texts of a random project: one to
    three links to earlier activities, of every type, some with lags."""
    rows = []
    for i in range(n):
        preds = []
        for p in sorted(rng.sample(range(max(0, i - 50), i), min(i, rng.randint(1, 3)))):
            kind = rng.choice(["", "FS", "SS", "FF", "SF"])
            lag = "%+d" % rng.randint(-2, 5) if kind and rng.random() < 0.3 else ""
            preds.append("A%d%s%s" % (p + 1, kind, lag))
        rows.append(("A%d" % (i + 1), rng.randint(0, 20), "; ".join(preds)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--activities", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    workdir = os.environ.get("YARDPLAN_WORKDIR") or tempfile.mkdtemp(prefix="yardplan-bench-")
    try:
        run_as_unprivileged(os.path.abspath(__file__), sys.argv[1:], [args.oxt], workdir)
        office = Office(workdir, os.path.abspath(args.oxt))
        try:
            run(office, args)
        finally:
            office.close()
    finally:
        if not os.environ.get("YARDPLAN_RUNNER_CHILD"):
            shutil.rmtree(workdir, ignore_errors=True)


def run(office, args):
    n = args.activities
    doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                              (prop("Hidden", True),))
    sheet = doc.Sheets.getByIndex(0)
    rows = network(n, random.Random(20261127))
    sheet.getCellRangeByPosition(0, 1, 2, n).setDataArray(tuple(rows))
    doc.enableAutomaticCalculation(False)
    result = sheet.getCellRangeByPosition(4, 1, 10, n)
    result.setArrayFormula("=YARD.CPM(A2:A%d;B2:B%d;C2:C%d;DATE(2026;1;5))" % (n + 1, n + 1, n + 1))

    full, edit = [], []
    for run_no in range(args.runs):
        started = time.perf_counter()
        doc.calculateAll()
        full.append(time.perf_counter() - started)
        # A planner's edit: one duration changes, only the formula is dirty.
        sheet.getCellByPosition(1, 1 + run_no).setValue(7 + run_no % 3)
        started = time.perf_counter()
        doc.calculate()
        edit.append(time.perf_counter() - started)
    errors = sum(1 for r in result.getDataArray() for v in r if isinstance(v, str) and v)
    finish = max(v[1] for v in result.getDataArray())
    doc.close(True)

    print("YARD.CPM in headless LibreOffice: %d activities, one %d x 7 array formula" % (n, n))
    print("  recalculation after editing one duration: median %.1f ms (min %.1f, max %.1f)"
          % (1000 * statistics.median(edit), 1000 * min(edit), 1000 * max(edit)))
    print("  calculateAll: median %.1f ms" % (1000 * statistics.median(full)))
    print("  (times include the UNO round trip from this script; %d text cells, latest EF %s)"
          % (errors, finish))


if __name__ == "__main__":
    main()
