#!/usr/bin/env bash
# Installs the Debian packages that building, testing and running the product need.
# Idempotent: when everything is there it only checks and returns.
set -euo pipefail

packages=(
    build-essential cmake ninja-build clang-format
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev
    nlohmann-json3-dev libbenchmark-dev
    # the access grant in the system keychain, and a keychain the tests start headless
    qtkeychain-qt6-dev libsecret-1-0
    gnome-keyring dbus-daemon dbus-bin
    xvfb xauth fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed."
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
