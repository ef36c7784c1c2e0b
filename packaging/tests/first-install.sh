#!/usr/bin/env bash
# The "Done when" of the installers, on this machine: `dpkg -i` of both packages, then the steps of
# "Installatie met het pakket" in docs/operations.md as root, in their order (test CA instead of
# the organisation's PKI; the second factor computed by oathtool), and the packaged client, given
# only the profile in /etc/casusregie/werkplek.ini, logs in to the server as a partner liaison.
# Afterwards the daily backup job runs once as its unit would, and everything is purged again.
# Needs root and a machine without a Casusregie installation of its own; it refuses otherwise.
# Usage: packaging/tests/first-install.sh BUILD-DIR [--keep]   (--keep leaves it installed and running)
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
keep=${2:-}
tests=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FOUT: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: the packages are installed for real"
for existing in /var/lib/casusregie/casusregie.db /etc/casusregie/server.ini /etc/casusregie/casusregie.key; do
    [ ! -e "$existing" ] || fail "$existing exists: this machine has a Casusregie installation; nothing is touched"
done
client_deb=$(ls "$build_dir"/casusregie_*_amd64.deb)
server_deb=$(ls "$build_dir"/casusregie-server_*_amd64.deb)
work=$(mktemp -d)
stop_server() {
    if [ -d /run/systemd/system ]; then
        systemctl disable --now casusregie-server >/dev/null 2>&1
        return
    fi
    pkill -TERM -u casusregie -f 'casusregie-server --config /etc/casusregie/server.ini' 2>/dev/null || return 0
    for _ in $(seq 1 20); do
        pgrep -u casusregie -f 'casusregie-server --config' >/dev/null || return 0
        sleep 0.5
    done
    return 1
}
cleanup() {
    if [ "$keep" != "--keep" ]; then
        stop_server || true
        dpkg --purge casusregie casusregie-server >/dev/null 2>&1 || true
        rm -rf /var/lib/casusregie /etc/casusregie /var/backups/casusregie
    fi
    rm -rf "$work"
}
trap cleanup EXIT
as_service() { runuser -u casusregie -- "$@"; }

dpkg -i "$server_deb" "$client_deb" >/dev/null
cd /etc/casusregie
# 1. Certificates from the test CA; its key stays off the server.
casusregie-admin tls make-test-ca --out-cert ca.pem --out-key "$work/ca.key" >/dev/null
casusregie-admin tls make-server-cert --ca-cert ca.pem --ca-key "$work/ca.key" --host localhost \
    --out-cert server.pem --out-key server.key >/dev/null
# 2. The database and the first account (functioneel beheer); keys 0600, then the service's.
beheer='wachtwoord van functioneel beheer'
printf '%s\n' "$beheer" | casusregie-admin init --db /var/lib/casusregie/casusregie.db --key-file /etc/casusregie/casusregie.key \
    --password-stdin >/dev/null
chown casusregie:casusregie /var/lib/casusregie/casusregie.db* casusregie.key casusregie.key.audit server.pem server.key
# 3. The configuration, checked as the service's user, then the service (loopback only in this test).
install -m 0640 -o root -g casusregie /dev/stdin server.ini <<'INI'
[server]
address=127.0.0.1
port=8443
certificate=/etc/casusregie/server.pem
private_key=/etc/casusregie/server.key
[database]
path=/var/lib/casusregie/casusregie.db
key_file=/etc/casusregie/casusregie.key
INI
as_service casusregie-server --config /etc/casusregie/server.ini --check >/dev/null \
    || fail "the server refuses the configuration of the documented steps"
if [ -d /run/systemd/system ]; then
    systemctl enable --now casusregie-server
else
    # No systemd here (a container): the unit's ExecStart, as its user.
    as_service casusregie-server --config /etc/casusregie/server.ini >"$work/server.log" 2>&1 &
fi
for _ in $(seq 1 40); do
    (exec 3<>/dev/tcp/127.0.0.1/8443) 2>/dev/null && break
    sleep 0.5
done
(exec 3<>/dev/tcp/127.0.0.1/8443) 2>/dev/null || fail "the server does not listen on 8443: $(cat "$work/server.log" 2>/dev/null)"
# 4. A partner liaison's account with own password and second factor, as the service's user.
liaison='wachtwoord van de partner lang genoeg'
account=$(as_service bash "$tests/partner-account.sh" /usr/bin/casusregie-admin /var/lib/casusregie/casusregie.db \
              /etc/casusregie/casusregie.key "$beheer" j.bakker "J. Bakker" Politie "$liaison") \
    || fail "the documented account steps fail"
read -r secret used_code <<<"$account"
# 5. The partner's profile; on this machine the "workstation" is the same, so it goes in /etc/casusregie.
casusregie-admin profile export --host localhost --port 8443 --ca-cert ca.pem \
    --organisation "Politie Eenheid Rotterdam" --out werkplek-politie.ini >/dev/null
install -m 0644 werkplek-politie.ini /etc/casusregie/werkplek.ini
mkdir -p "$work/empty-config" # no profile of the user's own: the system-wide one must be found
bash "$tests/client-login.sh" /usr/bin/casusregie "$work/empty-config" j.bakker "$liaison" "$secret" "$used_code" "J. Bakker" \
    "${CASUSREGIE_LOGIN_SCREENSHOT:-}" || fail "the packaged client does not log in with only its profile"
# 6. The daily backup: a passphrase, then one run of the job as its unit runs it.
head -c 32 /dev/urandom | base64 >backup.passphrase
chown root:casusregie backup.passphrase && chmod 0640 backup.passphrase
as_service /usr/lib/casusregie/casusregie-backup >/dev/null || fail "the backup job fails on the installed server"
ls /var/backups/casusregie/casusregie-*.db.kdf >/dev/null || fail "the backup job left no encrypted copy"
as_service casusregie-admin verify --db /var/lib/casusregie/casusregie.db --key-file /etc/casusregie/casusregie.key >/dev/null \
    || fail "the database or its audit chain does not verify after the first login"
stop_server || fail "the server does not stop on SIGTERM"
echo "eerste installatie: in orde (dpkg -i, de stappen van docs/operations.md, inloggen met alleen het profiel, back-up)"
