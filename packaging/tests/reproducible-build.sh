#!/usr/bin/env bash
# Two full release builds of the last commit, from clones in folders of different names and
# depths, packed with the same SOURCE_DATE_EPOCH, must give the same .deb files byte for byte.
# On a difference it names the files inside the packages that differ. About 30 minutes on two
# cores, so not part of CI; run it after changing the build or the packaging.
# Usage: packaging/tests/reproducible-build.sh [WORK-FOLDER]
set -euo pipefail
repository=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d)}
fail() { echo "FOUT: $*" >&2; exit 1; }
SOURCE_DATE_EPOCH=$(git -C "$repository" log -1 --format=%ct)
export SOURCE_DATE_EPOCH

build() { # clone, build and pack into $1; prints the build time
    local source=$1 start
    start=$(date +%s)
    git clone -q "$repository" "$source"
    cmake -S "$source" -B "$source/build-release" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASUSREGIE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$source/build-release" --parallel "$(nproc)" >"$source/build.log" 2>&1 || fail "build in $source failed"
    (cd "$source/build-release" && cpack --config CPackConfig.cmake >/dev/null)
    echo "$source: $(($(date +%s) - start)) s"
}
build "$work/a/src"
build "$work/longer-folder-b/casusregie-source"

status=0
for first in "$work"/a/src/build-release/*.deb; do
    name=$(basename "$first")
    second=$work/longer-folder-b/casusregie-source/build-release/$name
    if cmp -s "$first" "$second"; then
        echo "gelijk: $name $(sha256sum "$first" | cut -d' ' -f1)"
        continue
    fi
    status=1
    echo "VERSCHILLEND: $name"
    mkdir -p "$work/x1/$name" "$work/x2/$name"
    dpkg-deb -x "$first" "$work/x1/$name"
    dpkg-deb -x "$second" "$work/x2/$name"
    diff -rq "$work/x1/$name" "$work/x2/$name" || true
done
exit $status
