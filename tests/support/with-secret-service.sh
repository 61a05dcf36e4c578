#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command against a real, private Secret Service (gnome-keyring-daemon, secrets component only)
# on a private D-Bus session bus, with HOME and the XDG folders in a fresh temporary folder, so the test
# can never see or touch the developer's own keyring or settings. Works headless and as root (CI).
#   with-secret-service.sh COMMAND [ARGS...]
# The keyring is created and unlocked with a throw-away password on stdin (no prompt, no display).
# The daemon is stopped and waited for before this script exits; dbus-run-session ends the bus when
# the inner script exits. The command's exit status is returned.
set -euo pipefail

fail() { echo "with-secret-service: $*" >&2; exit 1; }

if [ "${PROTOSTAR_SECRET_SERVICE_INNER:-}" != 1 ]; then
    [ $# -gt 0 ] || fail "usage: $0 COMMAND [ARGS...]"
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        command -v "$tool" > /dev/null ||
            fail "$tool is missing; install the dbus, dbus-bin and gnome-keyring packages (installer/dev.sh deps)."
    done
    sandbox=$(mktemp -d "${TMPDIR:-/tmp}/protostar-keyring.XXXXXX")
    trap 'rm -rf "$sandbox"' EXIT
    export HOME=$sandbox/home XDG_CONFIG_HOME=$sandbox/config XDG_DATA_HOME=$sandbox/data
    export XDG_CACHE_HOME=$sandbox/cache XDG_RUNTIME_DIR=$sandbox/runtime
    export PROTOSTAR_SECRET_SANDBOX=$sandbox
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    # A desktop session's choice of backend (KWallet on KDE) must not leak into the test.
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL
    # No `exec`: the trap above must still remove the sandbox afterwards.
    status=0
    PROTOSTAR_SECRET_SERVICE_INNER=1 dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session bus.
daemon_log=$XDG_RUNTIME_DIR/gnome-keyring.log
# --foreground keeps the daemon our child, so it is ours to stop; --unlock reads the password on stdin
# and creates the "login" keyring with it (it becomes the default collection).
printf '%s' "protostar-test-password" |
    gnome-keyring-daemon --foreground --unlock --components=secrets > "$daemon_log" 2>&1 &
daemon=$!
stop_daemon() {
    kill "$daemon" 2> /dev/null || true
    wait "$daemon" 2> /dev/null || true
}
trap stop_daemon EXIT

# The name must be owned by *our* daemon before the command runs; asking earlier would let D-Bus
# activation start a second, unmanaged one. Bounded: 20 s at most.
owned=0
for _ in $(seq 200); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2> /dev/null | grep -q 'boolean true'; then
        owned=1
        break
    fi
    kill -0 "$daemon" 2> /dev/null || break
    sleep 0.1
done
if [ "$owned" != 1 ]; then
    cat "$daemon_log" >&2 || true
    fail "gnome-keyring-daemon did not provide org.freedesktop.secrets on the session bus."
fi

# Tells the test it really runs here, and where the sandbox is (it scans it for plain-text keys).
export PROTOSTAR_SECRET_SERVICE=gnome-keyring
status=0
"$@" || status=$?
exit "$status"
