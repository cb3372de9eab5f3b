#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Packs the extension: build-oxt.py OUT.oxt SOURCE=PATH_IN_OXT ...

The entries get a fixed timestamp so the same build gives the same bytes."""
import sys
import zipfile

FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def main(out, pairs):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as oxt:
        for pair in pairs:
            source, _, name = pair.partition("=")
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(source, "rb") as f:
                oxt.writestr(info, f.read())


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
