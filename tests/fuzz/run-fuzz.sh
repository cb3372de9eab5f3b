#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# A short, deterministic run of one fuzz target, as the suite 'fuzz' runs it:
#   run-fuzz.sh TARGET CORPUS SECONDS [DICT]
# The committed seed corpus is read but never written: new inputs go to a
# scratch directory that is removed afterwards. A crash, leak, timeout or
# broken invariant fails the run and leaves the input that caused it in the
# current directory as crash-*, leak-*, timeout-* or slow-unit-*.
set -eu
target=$1
corpus=$2
seconds=$3
dict=${4:-}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/yardplan-fuzz-XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

set -- -seed=1 -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="$(pwd)/$(basename "$target")-"
[ -n "$dict" ] && set -- "$@" -dict="$dict"
"$target" "$@" "$scratch" "$corpus"
