#!/bin/sh
# Test of the daily backup job (packaging/systemd/casusregie-backup) against a real database:
# each run leaves a verified, passphrase-encrypted copy with its .kdf and no key beside it, only
# the newest KEEP stay, a copy restores, and bad settings stop the job without writing anything.
# Usage: backup-job.sh ADMIN-TOOL BACKUP-SCRIPT
set -eu
admin=$1
job=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FOUT: $*" >&2; exit 1; }

mkdir "$work/backups"
printf 'een lang genoeg wachtwoord\n' | "$admin" init --db "$work/casusregie.db" --key-file "$work/casusregie.key" --password-stdin >/dev/null
printf 'wachtwoordzin voor de back-ups\n' >"$work/backup.passphrase"
cat >"$work/backup.conf" <<CONF
DB=$work/casusregie.db
KEY=$work/casusregie.key
PASSPHRASE_FILE=$work/backup.passphrase
OUT=$work/backups
KEEP=2
CONF

for run in 1 2 3; do
    ADMIN=$admin CONFIG=$work/backup.conf sh "$job" >/dev/null || fail "run $run stopped"
    sleep 1 # the stamp has seconds
done
[ "$(ls "$work/backups"/*.db | wc -l)" -eq 2 ] || fail "not exactly the newest 2 copies: $(ls "$work/backups")"
[ "$(ls "$work/backups"/*.db.kdf | wc -l)" -eq 2 ] || fail "a copy without its .kdf"
! ls "$work/backups"/*.key >/dev/null 2>&1 || fail "a key lies beside the backups"
newest=$(ls "$work/backups"/*.db | sort | tail -n 1)
"$admin" restore --backup "$newest" --passphrase-stdin --db "$work/terug.db" --key-file "$work/terug.key" \
    <"$work/backup.passphrase" >/dev/null || fail "the newest copy does not restore"

# Bad settings: the job stops with code 2 and writes nothing.
before=$(ls "$work/backups" | wc -l)
echo "KEEP=0" >>"$work/backup.conf"
if ADMIN=$admin CONFIG=$work/backup.conf sh "$job" >/dev/null 2>&1; then fail "KEEP=0 accepted"; fi
sed -i '/^KEEP=0$/d' "$work/backup.conf"
rm "$work/backup.passphrase"
if ADMIN=$admin CONFIG=$work/backup.conf sh "$job" >/dev/null 2>&1; then fail "ran without a passphrase"; fi
[ "$(ls "$work/backups" | wc -l)" -eq "$before" ] || fail "a refused run wrote a file"
echo "back-uptaak: in orde"
