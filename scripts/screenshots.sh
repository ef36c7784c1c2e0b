#!/usr/bin/env bash
# Regenerates docs/screenshots: each role's main window and the casus workspace at 1280x720, and
# the workspace's tabs and the procesregisseur's day step by step, from the GUI tests' own test world (no real personal data).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${CASUSREGIE_BUILD_DIR:-build}
cmake --build "$build_dir" --target test_ui --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
export CASUSREGIE_SCREENSHOTS="$PWD/docs/screenshots"
mkdir -p "$CASUSREGIE_SCREENSHOTS"
"$build_dir/tests/test_ui" "Issue 13: each role*" >/dev/null
"$build_dir/tests/test_ui" "Issue 13 in the client: the phase history*" >/dev/null
"$build_dir/tests/test_ui" "Issue 13: the procesregisseur's day by keyboard alone*" >/dev/null
"$build_dir/tests/test_ui" "Issue 14: the hoofd sees the chosen request in full*" >/dev/null
ls "$CASUSREGIE_SCREENSHOTS"
