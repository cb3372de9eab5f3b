#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# No global mutable state: Calc may load several documents and call the
# add-in from several places, so neither the add-in nor the engine may keep
# a writable variable. Lists the variables of MODULE (yardplan.so) in the
# writable sections .data, .bss and thread-local storage, and fails on any
# of ours. Allowed: the toolchain's and the sanitizers' (names starting
# with "__", crtstuff's "completed"), and the GQuark cache of
# G_DEFINE_QUARK ("q"), which GLib sets once to the same value.
set -eu
module=$1
found=$(objdump -t "$module" | awk '
    / O / {
        for (i = 1; i < NF; i++)
            if ($i ~ /^\.(data|bss|tdata|tbss)$/)
                print $NF
    }' | grep -Ev '^__|^completed\.[0-9]+$|(^|\.)q(\.[0-9]+)?$' || true)
if [ -n "$found" ]; then
    echo "writable variables in $module (move them into an object or make them const):"
    echo "$found"
    exit 1
fi
echo "no writable variables of ours in $(basename "$module")"
