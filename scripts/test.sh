#!/usr/bin/env bash
# Set up, build and run the whole test suite: what CI runs and what the README promises.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build_dir=${CASUSREGIE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASUSREGIE_WERROR=ON
cmake --build "$build_dir" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
