#!/bin/sh
# with-keyring.sh COMMAND [ARGUMENTS...]
# Runs COMMAND under a private D-Bus session bus with a new gnome-keyring login keyring, unlocked
# with a throwaway password (an empty one creates no login keyring), in a temporary home, so
# that the keychain is real and nobody's keyrings are touched. Works headless and as root. Tells COMMAND how it went in ODF_KEYCHAIN_SESSION:
# "ready", or "unavailable: <why>" (COMMAND then skips what needs the keychain).
set -u

home=$(mktemp -d "${TMPDIR:-/tmp}/odf-keyring.XXXXXX") || exit 1
cleanup() { rm -rf "$home"; }
trap cleanup EXIT INT TERM
mkdir -p "$home/data" "$home/cache" "$home/config" "$home/run"
chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
# The keychain must be the Secret Service, whatever desktop the caller runs.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        ODF_KEYCHAIN_SESSION="unavailable: $tool is not installed (scripts/setup.sh)" "$@"
        exit $?
    fi
done

dbus-run-session -- sh -c '
    printf "odf-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # Ready when the Secret Service answers with the login keyring as its default collection.
    tries=0
    while ! dbus-send --session --print-reply --dest=org.freedesktop.secrets \
            /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default \
            2>/dev/null | grep -q "collection/login"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 50 ]; then
            export ODF_KEYCHAIN_SESSION="unavailable: gnome-keyring-daemon did not open a login keyring on the session bus"
            exec "$@"
        fi
        sleep 0.1
    done
    export ODF_KEYCHAIN_SESSION=ready
    exec "$@"
' sh "$@"
