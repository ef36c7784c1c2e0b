#!/usr/bin/env bash
# Set up, build and start the Casusregie client on an embedded demo database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build_dir=${CASUSREGIE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug
cmake --build "$build_dir" --parallel "$(nproc)" --target casusregie casusregie-admin

demo_dir=${CASUSREGIE_DEMO_DIR:-$HOME/.local/share/casusregie-demo}
mkdir -p "$demo_dir"
chmod 0700 "$demo_dir"
demo_db="$demo_dir/demo.db"
demo_key="$demo_dir/demo.key"
demo_user=beheer
demo_password=demo-wachtwoord-2026

admin="$build_dir/app/admin/casusregie-admin"
if [ ! -f "$demo_db" ]; then
    echo "Demodatabase aanmaken in $demo_dir ..."
    printf '%s\n' "$demo_password" |
        "$admin" init --db "$demo_db" --key-file "$demo_key" \
            --admin-user "$demo_user" --admin-name "Demo functioneel beheer" --password-stdin --demo
    "$admin" demo --db "$demo_db" --key-file "$demo_key" --cases 120 --seed 2026 > "$demo_dir/accounts.txt"
fi

cat <<TEXT

Casusregie-demo (fictieve gegevens, alleen om te oefenen)
  database: $demo_db
  functioneel beheer: $demo_user / $demo_password
TEXT
cat "$demo_dir/accounts.txt"
echo
exec "$build_dir/app/client/casusregie" --db "$demo_db" --key-file "$demo_key"
