#!/usr/bin/env bash
# Installs every build and test dependency of Casusregie from Debian 12's packages.
# Idempotent: when everything is present it installs nothing and does not touch apt.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev
    libsqlcipher-dev sqlcipher
    libssl-dev openssl
    libargon2-dev
    libqrencode-dev zbar-tools
    catch2
    clang libclang-rt-14-dev
    binutils
    xauth xvfb poppler-utils dbus-daemon xdotool oathtool
    dpkg-dev appstream systemd lintian
    fonts-dejavu-core
    tzdata
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "Alle afhankelijkheden zijn aanwezig."
    exit 0
fi

echo "Installeren: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
# --no-install-recommends keeps Qt's own SQLite plugin (a recommend of libqt6sql6) off the machine:
# executables that link SQLCipher must never load it.
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
