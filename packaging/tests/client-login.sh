#!/usr/bin/env bash
# Logs in with a client that is given nothing but its connection profile, as a partner liaison
# would: the program starts without options on a fresh X display (Xvfb), finds the profile itself,
# and the keyboard is typed by xdotool. Succeeds when the main window of the user appears.
# Usage: client-login.sh CLIENT CONFIG-HOME USERNAME PASSWORD TOTP-SECRET USED-CODE DISPLAY-NAME [SCREENSHOT]
#   CONFIG-HOME  the user's configuration folder (XDG_CONFIG_HOME); the profile is looked up in
#                CONFIG-HOME/Casusregie/werkplek.ini, then in /etc/casusregie/werkplek.ini
#   USED-CODE    the code that confirmed the second factor: the server takes no code twice
set -euo pipefail
client=$1 config_home=$2 username=$3 password=$4 secret=$5 used_code=$6 display_name=$7 screenshot=${8:-}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FOUT: $*" >&2
    sed 's/^/  programma: /' "$work/client.log" >&2 2>/dev/null || true
    if [ -n "$screenshot" ] && command -v import >/dev/null; then import -window root "$screenshot" || true; fi
    exit 1
}

# Xvfb picks a free display itself and writes its number to fd 5.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
export DISPLAY=:$(cat "$work/display")

mkdir -p "$work/home" "$work/runtime"
chmod 0700 "$work/runtime"
env HOME="$work/home" XDG_CONFIG_HOME="$config_home" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=xcb \
    "$client" >"$work/client.log" 2>&1 &
pids+=($!)

login=$(timeout 30 xdotool search --sync --onlyvisible --name '^Casusregie: inloggen$' | head -1) \
    || fail "no login window within 30 seconds (is the profile found?)"
# The code of the current 30-second step, or the next one if the current one confirmed the factor.
mapfile -t codes < <(oathtool --totp --base32 --window=1 "$secret")
code=${codes[0]}
[ "$code" != "$used_code" ] || code=${codes[1]}
xdotool windowfocus --sync "$login"
xdotool type --delay 10 "$username"
xdotool key Tab
xdotool type --delay 10 "$password"
xdotool key Tab
xdotool type --delay 10 "$code"
xdotool key Return
timeout 60 xdotool search --sync --onlyvisible --name "^Casusregie — ${display_name}\$" >/dev/null \
    || fail "no main window for $display_name within 60 seconds after logging in"
if [ -n "$screenshot" ] && command -v import >/dev/null; then
    sleep 1 # let the first page paint
    import -window root "$screenshot"
fi
echo "ingelogd als $display_name met alleen het verbindingsprofiel"
