#!/bin/sh
# Installs the reference Bluesky PDS for the tests (once per lock file), needs Node.js 20.
set -eu
cd "$(dirname "$0")"
stamp=node_modules/.mediadesk-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
# better-sqlite3's prebuilt download is unreachable here: build it from source (about a minute).
npm rebuild better-sqlite3 --loglevel=error
cp package-lock.json "$stamp"
