#!/bin/sh
# Installs the reference Bluesky PDS for the tests (once per lock file), needs Node.js 20.
set -eu
cd "$(dirname "$0")"
stamp=node_modules/.mediadesk-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
# better-sqlite3's prebuilt download is unreachable here: npm ci builds it from source when
# install scripts run; build it if they did not (about a minute).
if [ ! -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ]; then
  npm rebuild better-sqlite3 --loglevel=error
fi
cp package-lock.json "$stamp"
