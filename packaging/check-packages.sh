#!/usr/bin/env bash
# Builds both .deb files from a build directory and checks what an IT department would: contents
# and file modes, control fields and dependencies, the maintainer scripts, lintian, the same bytes
# when packed twice (SOURCE_DATE_EPOCH), and that the packaged programs run: the admin tool makes
# a fresh database, the server checks its configuration, listens on loopback and stops on SIGTERM,
# and the client answers --version without a display and, given only a connection profile, logs
# in to that server as a partner liaison (packaging/tests/client-login.sh).
# Usage: packaging/check-packages.sh [BUILD-DIR]
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server_pid=
trap '[ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FOUT: $*" >&2; exit 1; }

# Time stamps inside the packages come from the last commit, so packing twice gives the same bytes.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
pack() { (cd "$build_dir" && rm -f ./*.deb && cpack --config CPackConfig.cmake >/dev/null 2>&1 && sha256sum ./*.deb); }
first=$(pack)
[ "$(pack)" = "$first" ] || fail "packing twice gave different bytes"
client=$(ls "$build_dir"/casusregie_*_amd64.deb)
server=$(ls "$build_dir"/casusregie-server_*_amd64.deb)

contents() { dpkg-deb -c "$1" | awk '{print $1, $6}'; }
expect() { grep -qF -- "$2" <<<"$1" || fail "$3"; }
c=$(contents "$client")
expect "$c" "-rwxr-xr-x ./usr/bin/casusregie" "client binary missing or not 0755"
expect "$c" "-rw-r--r-- ./usr/share/applications/nl.zvhrr.Casusregie.desktop" "desktop entry"
expect "$c" "-rw-r--r-- ./usr/share/icons/hicolor/scalable/apps/nl.zvhrr.Casusregie.svg" "icon"
expect "$c" "-rw-r--r-- ./usr/share/metainfo/nl.zvhrr.Casusregie.metainfo.xml" "AppStream metadata"
expect "$c" "-rw-r--r-- ./usr/share/man/man1/casusregie.1.gz" "manual page"
expect "$c" "-rw-r--r-- ./usr/share/doc/casusregie/copyright" "copyright"
expect "$c" "-rw-r--r-- ./usr/share/doc/casusregie/changelog.gz" "changelog"
s=$(contents "$server")
for file in ./usr/bin/casusregie-server ./usr/bin/casusregie-admin ./usr/lib/casusregie/casusregie-backup; do
    expect "$s" "-rwxr-xr-x $file" "$file missing or not 0755"
done
for file in ./usr/share/doc/casusregie-server/operations.md.gz ./usr/share/doc/casusregie-server/examples/server.ini \
            ./usr/share/doc/casusregie-server/examples/backup.conf \
            ./usr/lib/systemd/system/casusregie-server.service ./usr/lib/systemd/system/casusregie-backup.service \
            ./usr/lib/systemd/system/casusregie-backup.timer ./usr/share/man/man8/casusregie-server.8.gz \
            ./usr/share/man/man8/casusregie-admin.8.gz ./usr/share/doc/casusregie-server/copyright \
            ./usr/share/doc/casusregie-server/changelog.gz; do
    expect "$s" "-rw-r--r-- $file" "$file missing or not 0644"
done

ci=$(dpkg-deb -I "$client")
expect "$ci" "Package: casusregie" "client package name"
expect "$ci" "qt6-translations-l10n" "client does not depend on Qt's Dutch strings"
expect "$ci" "libsqlcipher0" "client does not depend on SQLCipher"
si=$(dpkg-deb -I "$server")
expect "$si" "Package: casusregie-server" "server package name"
expect "$si" "adduser" "server does not depend on adduser"
expect "$si" "postinst" "server has no postinst"
version=$(sed -n '/^project(Casusregie/,/)/s/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt)
expect "$ci" "Version: $version" "client version is not the project version $version"
expect "$si" "Version: $version" "server version is not the project version $version"

# Debian's own judgement of both packages: no errors allowed.
lintian --fail-on error "$client" "$server" 2>/dev/null || fail "lintian reports errors"

# The packaged programs, extracted, on a fresh database.
dpkg-deb -x "$server" "$work/root"
dpkg-deb -x "$client" "$work/root"
bin=$work/root/usr/bin
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$bin/casusregie" --version | grep -qx "Casusregie $version" \
    || fail "packaged client does not answer --version without a display"
beheer='een lang genoeg wachtwoord'
printf '%s\n' "$beheer" | "$bin/casusregie-admin" init --db "$work/db.db" --key-file "$work/db.key" --password-stdin >/dev/null
liaison='wachtwoord van de partner lang genoeg'
account=$(bash packaging/tests/partner-account.sh "$bin/casusregie-admin" "$work/db.db" "$work/db.key" "$beheer" \
              j.bakker "J. Bakker" Politie "$liaison") || fail "the packaged admin tool does not make a partner's account"
read -r secret used_code <<<"$account"
"$bin/casusregie-admin" tls make-test-ca --out-cert "$work/ca.pem" --out-key "$work/ca.key" >/dev/null
"$bin/casusregie-admin" tls make-server-cert --ca-cert "$work/ca.pem" --ca-key "$work/ca.key" --host 127.0.0.1 \
    --out-cert "$work/server.pem" --out-key "$work/server.key" >/dev/null
# The server runs on the packaged example configuration, with this machine's paths and a free
# loopback port; the example backup settings are the job's own defaults.
examples=$work/root/usr/share/doc/casusregie-server/examples
sed -e "s|^address=.*|address=127.0.0.1|" -e "s|^port=.*|port=0|" -e "s|/etc/casusregie/|$work/|" \
    -e "s|/var/lib/casusregie/casusregie|$work/db|" -e "s|$work/casusregie.key|$work/db.key|" \
    "$examples/server.ini" >"$work/server.ini"
"$bin/casusregie-server" --config "$work/server.ini" --check >/dev/null 2>&1 \
    || fail "the packaged server refuses its example configuration: $("$bin/casusregie-server" --config "$work/server.ini" --check 2>&1)"
grep -v '^#' "$examples/backup.conf" | while read -r setting; do
    grep -qx "$setting" "$work/root/usr/lib/casusregie/casusregie-backup" || fail "backup.conf example differs from the job: $setting"
done
# It serves: listening on loopback within 20 seconds, ...
"$bin/casusregie-server" --config "$work/server.ini" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 40); do
    grep -q "luistert op 127.0.0.1:" "$work/server.log" && break
    sleep 0.5
done
port=$(sed -n 's/.*luistert op 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log")
[ -n "$port" ] || fail "packaged server does not listen"
# ... the packaged client, given only the profile (with the CA certificate beside it) in the user's
# configuration folder, logs in to it ...
mkdir -p "$work/config/Casusregie"
cp "$work/ca.pem" "$work/config/Casusregie/ca.pem"
(cd "$work/config/Casusregie" && "$bin/casusregie-admin" profile export --host 127.0.0.1 --port "$port" --ca-cert ca.pem \
     --pin-cert "$work/server.pem" --organisation "Politie Eenheid Rotterdam" --out werkplek.ini >/dev/null)
bash packaging/tests/client-login.sh "$bin/casusregie" "$work/config" j.bakker "$liaison" "$secret" "$used_code" "J. Bakker" \
    >/dev/null || fail "the packaged client does not log in with only its profile"
# ... and the server stops cleanly on SIGTERM.
kill -TERM "$server_pid"
wait "$server_pid" || fail "packaged server did not stop cleanly on SIGTERM"
server_pid=
echo "pakketten: in orde ($(basename "$client"), $(basename "$server"))"
