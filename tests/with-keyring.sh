#!/usr/bin/env bash
# Run a command with a real, unlocked gnome-keyring Secret Service on this D-Bus session.
set -u
if ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: gnome-keyring-daemon is missing (apt-get install gnome-keyring dbus)" >&2
  exit 1
fi
export MEDIADESK_TEST_KEYRING=gnome-keyring
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf 'mediadesk-test' | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >/dev/null 2>&1 &
daemon=$!
for _ in $(seq 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
      | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
"$@"
status=$?
kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
rm -rf "$keyring_home"
exit $status
