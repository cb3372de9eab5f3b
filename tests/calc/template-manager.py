#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Checks that the extension registers its templates with LibreOffice's
template manager, as File > New > Templates shows them:

  template-manager.py --oxt yardplan.oxt TEMPLATE.fods ...

It installs the freshly built .oxt into a private, initialised profile and
asks the office's own com.sun.star.frame.DocumentTemplates service (without
forcing an update: the office must notice the new template folder itself)
for its categories. The category "YardPlan" must hold exactly one entry per
given template, titled with the template's title, pointing at the .ots
package inside the installed extension. Each is then opened the way the
template manager opens it (AsTemplate: a new, untitled document) and must
show the same sheets, named ranges and charts as its source, no error
cell, every CHECK cell reading OK, and after recalculation the values the
source carries."""
import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET

from office import Office, prop, run_as_unprivileged

CATEGORY = "YardPlan"
TEMPLATE_TYPE = "application/vnd.oasis.opendocument.spreadsheet-template"
NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
      "dc": "http://purl.org/dc/elements/1.1/"}
HERE = os.path.dirname(os.path.abspath(__file__))


def load_runner():
    """run-workbooks.py, for its checks of error cells, CHECK cells and
    stored values."""
    spec = importlib.util.spec_from_file_location(
        "run_workbooks", os.path.join(HERE, "run-workbooks.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Source:
    """What a template's flat source says it holds."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.splitext(os.path.basename(path))[0]
        root = ET.parse(path).getroot()
        title = root.find("office:meta/dc:title", NS)
        if title is not None and (title.text or "").strip():
            self.title = title.text.strip()
        else:
            # The packer titles a template without dc:title after its file.
            words = self.name.replace("-", " ")
            self.title = words[:1].upper() + words[1:]
        t = "{%s}" % NS["table"]
        self.sheets = [table.get(t + "name")
                       for table in root.iterfind("office:body/office:spreadsheet/table:table", NS)]
        self.charts = {table.get(t + "name"): len(table.findall(".//draw:object", NS))
                       for table in root.iterfind("office:body/office:spreadsheet/table:table", NS)}
        self.names = sorted(
            r.get(t + "name")
            for r in root.iterfind("office:body/office:spreadsheet/table:named-expressions/"
                                   "table:named-range", NS))


def listing(office, url, properties):
    """The children of the content at @url (a hierarchy URL of the template
    service): one list per child, the values of @properties then the
    child's own URL."""
    import uno
    smgr = office.context.ServiceManager
    ucb = smgr.createInstanceWithContext("com.sun.star.ucb.UniversalContentBroker",
                                         office.context)
    content = ucb.queryContent(ucb.createContentIdentifier(url))
    wanted = []
    for name in properties:
        p = uno.createUnoStruct("com.sun.star.beans.Property")
        p.Name, p.Handle = name, -1
        wanted.append(p)
    arg = uno.createUnoStruct("com.sun.star.ucb.OpenCommandArgument2")
    arg.Mode = uno.getConstantByName("com.sun.star.ucb.OpenMode.ALL")
    arg.Priority = 32768
    arg.Properties = tuple(wanted)
    command = uno.createUnoStruct("com.sun.star.ucb.Command")
    command.Name, command.Handle, command.Argument = "open", -1, arg
    rows = content.execute(command, 0, None).getStaticResultSet()
    found = []
    while rows.next():
        found.append([rows.getString(i + 1) for i in range(len(properties))]
                     + [rows.queryContentIdentifierString()])
    return found


def check_new_document(office, runner, source, target):
    """Opens @target as the template manager does and compares the new
    document with @source; returns the problems."""
    doc = office.desktop.loadComponentFromURL(
        target, "_blank", 0, (prop("Hidden", True), prop("AsTemplate", True)))
    if doc is None:
        return ["could not be opened from %s" % target]
    problems = []
    try:
        if doc.hasLocation():
            problems.append("opens the template itself (%s), not a new document"
                            % doc.getLocation())
        sheets = list(doc.Sheets.ElementNames)
        if sheets != source.sheets:
            problems.append("has the sheets %s, its source %s" % (sheets, source.sheets))
        names = sorted(doc.NamedRanges.ElementNames)
        if names != source.names:
            problems.append("has the named ranges %s, its source %s" % (names, source.names))
        for sheet, count in source.charts.items():
            if sheet in sheets:
                got = doc.Sheets.getByName(sheet).Charts.Count
                if got != count:
                    problems.append("sheet %s has %d charts, its source %d"
                                    % (sheet, got, count))
        doc.calculateAll()
        problems += ["%s shows %s" % cell for cell in runner.error_cells(doc)]
        failures, count = runner.check_cells(doc)
        problems += failures
        if count == 0:
            problems.append("has no check cells (a named range CHECK...)")
        if sheets == source.sheets:
            problems += runner.stale_cells(doc, runner.stored_values(source.path))
    finally:
        doc.close(True)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("templates", nargs="+")
    args = parser.parse_args()

    workdir = os.environ.get("YARDPLAN_WORKDIR") or tempfile.mkdtemp(prefix="yardplan-tm-")
    try:
        run_as_unprivileged(os.path.abspath(__file__), sys.argv[1:],
                            [args.oxt, os.path.join(HERE, "run-workbooks.py")]
                            + args.templates, workdir)
        runner = load_runner()
        sources = [Source(path) for path in args.templates]
        office = Office(workdir, os.path.abspath(args.oxt))
        problems = []
        try:
            smgr = office.context.ServiceManager
            service = smgr.createInstanceWithContext("com.sun.star.frame.DocumentTemplates",
                                                     office.context)
            root = service.getContent().getIdentifier().getContentIdentifier()
            groups = listing(office, root, ["Title"])
            print("categories: %s" % ", ".join(sorted(g[0] for g in groups)))
            ours = [g for g in groups if g[0] == CATEGORY]
            if len(ours) != 1:
                problems.append("the template manager has %d categories named %s"
                                % (len(ours), CATEGORY))
            else:
                entries = listing(office, ours[0][-1], ["Title", "TargetURL", "TypeDescription"])
                by_title = {e[0]: e for e in entries}
                for title, target, kind, _ in entries:
                    print("  %s: %s" % (title, target.rsplit("/", 3)[-3:]))
                expected = {s.title for s in sources}
                for extra in sorted(set(by_title) - expected):
                    problems.append("%s lists %r, which is no template of the build"
                                    % (CATEGORY, extra))
                for source in sources:
                    entry = by_title.get(source.title)
                    if entry is None:
                        problems.append("%s: %s does not list %r" % (source.name, CATEGORY,
                                                                    source.title))
                        continue
                    _, target, kind, _ = entry
                    tail = "/template/yardplan/%s.ots" % source.name
                    if not target.endswith(tail) or "/uno_packages/" not in target:
                        problems.append("%s: the entry points at %s, not the installed "
                                        "extension's ...%s" % (source.name, target, tail))
                        continue
                    if kind != TEMPLATE_TYPE:
                        problems.append("%s: the office sees the type %r" % (source.name, kind))
                    found = check_new_document(office, runner, source, target)
                    problems += ["%s: %s" % (source.name, p) for p in found]
                    print("  %s: new document from the template %s"
                          % (source.name, "FAILED" if found else "OK"))
            if not office.alive():
                problems.append("LibreOffice crashed")
        finally:
            office.close()
        for problem in problems:
            print("FAIL %s" % problem)
        sys.exit(1 if problems else 0)
    finally:
        if not os.environ.get("YARDPLAN_RUNNER_CHILD"):
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
