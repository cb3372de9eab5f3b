#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Recalculates workbooks in a real headless LibreOffice with the freshly
built extension, and fails on every check cell that does not read OK and
every cell that shows an error.

  run-workbooks.py --oxt yardplan.oxt [--stale] [--max-seconds S]
                   [--pdf DIR] [--print PREFIX] BOOK.fods ...

Check cells are the cells of every named range whose name starts with CHECK;
each workbook needs at least one. With --stale, every formula cell must also
show after recalculation the value stored in the file (templates must not
ship stale numbers). With --pdf, each workbook is also exported to
DIR/<name>.pdf; with --print, the cells of the named ranges whose names
start with PREFIX are printed as the sheet shows them. The office runs under a private, initialised profile,
as an unprivileged user when started as root (LibreOffice refuses per-user
extensions as root)."""
import argparse
import os
import shutil
import sys
import tempfile
import time

from office import Office, cell_name, prop, run_as_unprivileged

# What Calc shows for its error codes (formula/errorcodes.hxx).
ERROR_TEXT = {504: "Err:504", 502: "Err:502", 503: "#NUM!", 511: "Err:511",
              519: "#VALUE!", 522: "Err:522", 523: "Err:523", 524: "#REF!",
              525: "#NAME?", 532: "#DIV/0!", 32767: "#N/A"}


def error_cells(doc):
    """Every formula cell that shows an error, as (name, text)."""
    from com.sun.star.sheet.FormulaResult import ERROR
    found = []
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        ranges = sheet.queryFormulaCells(ERROR)
        for rng in ranges.getRangeAddresses():
            for row in range(rng.StartRow, rng.EndRow + 1):
                for col in range(rng.StartColumn, rng.EndColumn + 1):
                    cell = sheet.getCellByPosition(col, row)
                    code = cell.getError()
                    found.append((cell_name(sheet, cell.CellAddress),
                                  ERROR_TEXT.get(code, "Err:%d" % code)))
    return found


def check_cells(doc):
    """Every check cell that does not read OK, and how many there are."""
    failures, count = [], 0
    names = doc.NamedRanges
    for name in names.ElementNames:
        if not name.upper().startswith("CHECK"):
            continue
        referred = names.getByName(name).getReferredCells()
        if referred is None:
            failures.append("named range %s does not refer to cells" % name)
            continue
        sheet = referred.Spreadsheet
        start = referred.RangeAddress
        for r, row in enumerate(referred.getDataArray()):
            for c, value in enumerate(row):
                count += 1
                if value != "OK":
                    cell = sheet.getCellByPosition(start.StartColumn + c, start.StartRow + r)
                    failures.append("check %s reads %r" % (cell_name(sheet, cell.CellAddress),
                                                           value))
    return failures, count


def run_book(office, path, args):
    import uno
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    started = time.monotonic()
    doc = office.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        return ["could not be opened"]
    stored = stored_values(path) if args.stale else None
    try:
        doc.calculateAll()
        seconds = time.monotonic() - started
        problems = ["%s shows %s" % cell for cell in error_cells(doc)]
        failures, count = check_cells(doc)
        problems += failures
        if count == 0:
            problems.append("has no check cells (a named range CHECK...)")
        if stored is not None:
            problems += stale_cells(doc, stored)
        if args.print:
            print_cells(doc, args.print)
        if args.pdf:
            export_pdf(doc, path, args.pdf)
        if args.max_seconds and seconds > args.max_seconds:
            problems.append("took %.1f s to load and recalculate (bound %.1f s)"
                            % (seconds, args.max_seconds))
        print("  %s: %d checks, %.2f s" % (os.path.basename(path), count, seconds))
        return problems
    finally:
        doc.close(True)


def print_cells(doc, prefix):
    """Prints the cells of the named ranges starting with @prefix, as shown."""
    names = doc.NamedRanges
    for name in sorted(names.ElementNames):
        if not name.upper().startswith(prefix.upper()):
            continue
        referred = names.getByName(name).getReferredCells()
        if referred is None:
            continue
        rows = referred.Rows.Count
        cols = referred.Columns.Count
        print("%s:" % name[len(prefix):].strip("_"))
        for r in range(rows):
            cells = [referred.getCellByPosition(c, r).getString() for c in range(cols)]
            if any(cells):
                print("  " + "  ".join("%-14s" % text for text in cells).rstrip())


def export_pdf(doc, path, pdf_dir):
    import uno
    name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
    url = uno.systemPathToFileUrl(os.path.join(os.path.abspath(pdf_dir), name))
    doc.storeToURL(url, (prop("FilterName", "calc_pdf_Export"),))
    print("  wrote %s" % name)


def stored_values(path):
    """The value each formula cell carries in the .fods file: {cell: value}."""
    import xml.etree.ElementTree as ET
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    t, o = "{%s}" % ns["table"], "{%s}" % ns["office"]
    values = {}

    def sheet_rows(parent):
        # The sheet's own rows, also inside row groups, but not the rows of
        # a chart's data table embedded in a shape.
        for child in parent:
            if child.tag == t + "table-row":
                yield child
            elif child.tag in (t + "table-row-group", t + "table-header-rows", t + "table-rows"):
                yield from sheet_rows(child)

    for table in ET.parse(path).getroot().iterfind("office:body/office:spreadsheet/table:table",
                                                   ns):
        row = 0
        for row_el in sheet_rows(table):
            rows = int(row_el.get(t + "number-rows-repeated", "1"))
            col = 0
            for cell in row_el:
                if cell.tag not in (t + "table-cell", t + "covered-table-cell"):
                    continue
                cols = int(cell.get(t + "number-columns-repeated", "1"))
                if cell.get(t + "formula") is not None:
                    kind = cell.get(o + "value-type")
                    if kind in ("float", "percentage", "currency"):
                        value = float(cell.get(o + "value"))
                    elif kind == "date":
                        value = cell.get(o + "date-value")
                    elif kind == "string":
                        value = cell.get(o + "string-value")
                        if value is None:
                            value = "".join("".join(p.itertext())
                                            for p in cell.findall("text:p", ns))
                    else:
                        value = None
                    values[(table.get(t + "name"), col, row)] = value
                col += cols
            row += rows
    return values


def stale_cells(doc, stored):
    problems = []
    for (sheet_name, col, row), value in stored.items():
        if value is None or isinstance(value, str) and value[:4].isdigit() and "-" in value:
            continue
        cell = doc.Sheets.getByName(sheet_name).getCellByPosition(col, row)
        if cell.getError():
            continue
        now = cell.getValue() if isinstance(value, float) else cell.getString()
        same = (abs(now - value) <= 1e-9 * max(1.0, abs(value))
                if isinstance(value, float) else now == value)
        if not same:
            problems.append("%s is stale: the file says %r, recalculation gives %r"
                            % (cell_name(doc.Sheets.getByName(sheet_name), cell.CellAddress),
                               value, now))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--stale", action="store_true")
    parser.add_argument("--max-seconds", type=float, default=0)
    parser.add_argument("--pdf")
    parser.add_argument("--print")
    parser.add_argument("books", nargs="+")
    args = parser.parse_args()

    workdir = os.environ.get("YARDPLAN_WORKDIR") or tempfile.mkdtemp(prefix="yardplan-calc-")
    try:
        run_as_unprivileged(os.path.abspath(__file__), sys.argv[1:],
                            [args.oxt] + args.books, workdir,
                            [args.pdf] if args.pdf else [])
        if args.pdf:
            os.makedirs(args.pdf, exist_ok=True)
        office = Office(workdir, os.path.abspath(args.oxt))
        failed = False
        try:
            for book in args.books:
                problems = run_book(office, book, args)
                if not office.alive():
                    problems.append("LibreOffice crashed")
                for problem in problems:
                    print("FAIL %s: %s" % (os.path.basename(book), problem))
                failed = failed or bool(problems)
                if not office.alive():
                    break
        finally:
            office.close()
        sys.exit(1 if failed else 0)
    finally:
        if not os.environ.get("YARDPLAN_RUNNER_CHILD"):
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
