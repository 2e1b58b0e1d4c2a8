#!/bin/sh
# Runs a command against a real, private Secret Service: a fresh D-Bus session bus with an
# unlocked gnome-keyring-daemon whose keyrings live under HOME_DIR. Nothing touches the user's
# own keyring, and the daemon goes away with the bus when the command ends.
#
#   with-keyring.sh HOME_DIR COMMAND [ARGS...]
#
# Needs dbus-run-session (Debian: dbus / dbus-daemon) and gnome-keyring-daemon (gnome-keyring).
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: with-keyring.sh HOME_DIR COMMAND [ARGS...]" >&2
    exit 2
fi
home=$1
shift
case "$home" in
    /*/*) ;;
    *) echo "with-keyring.sh: refusing HOME_DIR '$home' (give an absolute, nested path)" >&2; exit 2 ;;
esac
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool not found (install dbus and gnome-keyring)" >&2
        exit 1
    fi
done

# A fresh keyring every run, so runs never depend on each other.
rm -rf "$home"
mkdir -p "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 700 "$home/runtime"
export HOME="$home"
export CONNECTDESK_TEST_KEYRING=private

# The daemon keeps its keyrings in HOME (not in the test's XDG folders, which the secret-leak
# test scans). The login keyring is created and unlocked with the password "test".
exec dbus-run-session -- sh -c '
    printf %s test | XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache" \
        XDG_RUNTIME_DIR="$HOME/runtime" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' with-keyring "$@"
