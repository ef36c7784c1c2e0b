#!/usr/bin/env bash
# Makes a partner liaison's account the way "Accounts" in docs/operations.md describes, with the
# admin tool only: functioneel beheer adds it (one-time password), the liaison chooses an own
# password, enrols the second factor and confirms it with the first code (computed by oathtool,
# as the app on the phone would). Prints "SECRET USED-CODE" for client-login.sh.
# Usage: partner-account.sh ADMIN DB KEY-FILE BEHEER-PASSWORD USERNAME DISPLAY-NAME PARTY PASSWORD
set -euo pipefail
admin=$1 db=$2 key=$3 beheer_password=$4 username=$5 display_name=$6 party=$7 password=$8
fail() { echo "FOUT: $*" >&2; exit 1; }
database=(--db "$db" --key-file "$key")

added=$(printf '%s\n' "$beheer_password" | "$admin" user add "${database[@]}" --as beheer --username "$username" \
            --name "$display_name" --party "$party" --roles partnerdeelnemer --screened-on "$(date +%F)")
one_time=$(sed -n 's/^Eenmalig wachtwoord.*: \(\S*\)$/\1/p' <<<"$added")
[ -n "$one_time" ] || fail "user add showed no one-time password"
printf '%s\n%s\n' "$one_time" "$password" | "$admin" account password "${database[@]}" --as "$username" >/dev/null
uri=$(printf '%s\n' "$password" | "$admin" account enrol-totp "${database[@]}" --as "$username")
secret=$(sed -n 's/^otpauth:.*[?&]secret=\([A-Z2-7]*\).*$/\1/p' <<<"$uri")
[ -n "$secret" ] || fail "enrol-totp gave no otpauth:// link with a secret"
code=$(oathtool --totp --base32 "$secret")
printf '%s\n' "$password" | "$admin" account confirm-totp "${database[@]}" --as "$username" --code "$code" >/dev/null
echo "$secret $code"
