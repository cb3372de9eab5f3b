#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Checks what Calc's Function Wizard shows for every YARD function with the
office's UI in one language: the office's FunctionDescriptions service must
list each function in the Add-In category with the table's description,
argument names, argument help and optional flags in that language.

  function-wizard.py --oxt yardplan.oxt --texts functions.json --lang ru"""
import argparse
import json
import os
import shutil
import sys
import tempfile

from office import Office, run_as_unprivileged

ADDIN_CATEGORY = 11  # Calc's ID_FUNCTION_GRP_ADDINS


def described(office):
    """{name: (category, description, [(arg name, arg help, optional)])}"""
    ctx = office.context
    descriptions = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.sheet.FunctionDescriptions", ctx)
    found = {}
    for i in range(descriptions.Count):
        props = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        name = props.get("Name", "")
        if name.startswith("YARD."):
            args = [(a.Name, a.Description, a.IsOptional) for a in props.get("Arguments") or ()]
            found[name] = (props.get("Category"), props.get("Description"), args)
    return found


def compare(expected, found, lang):
    problems = []
    for fn in expected:
        name = fn["name"]
        if name not in found:
            problems.append("%s is not in the Function Wizard" % name)
            continue
        category, description, args = found[name]
        if category != ADDIN_CATEGORY:
            problems.append("%s: category %s, not Add-In" % (name, category))
        if description != fn["summary"][lang]:
            problems.append("%s: description %r, expected %r"
                            % (name, description, fn["summary"][lang]))
        want = [(a["name"][lang], a["help"][lang], a["optional"]) for a in fn["args"]]
        if args != want:
            problems.append("%s: arguments %r, expected %r" % (name, args, want))
    for name in found:
        if name not in {fn["name"] for fn in expected}:
            problems.append("%s is shown but not in the table" % name)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--texts", required=True)
    parser.add_argument("--lang", required=True, choices=["en", "ru", "kk", "az"])
    args = parser.parse_args()

    workdir = os.environ.get("YARDPLAN_WORKDIR") or tempfile.mkdtemp(prefix="yardplan-wizard-")
    try:
        run_as_unprivileged(os.path.abspath(__file__), sys.argv[1:], [args.oxt, args.texts],
                            workdir)
        with open(args.texts, encoding="utf-8") as f:
            expected = json.load(f)
        office = Office(workdir, os.path.abspath(args.oxt), ui_language=args.lang)
        try:
            problems = compare(expected, described(office), args.lang)
        finally:
            office.close()
        for problem in problems:
            print("FAIL [%s] %s" % (args.lang, problem))
        print("%d functions checked in %s" % (len(expected), args.lang))
        sys.exit(1 if problems else 0)
    finally:
        if not os.environ.get("YARDPLAN_RUNNER_CHILD"):
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
