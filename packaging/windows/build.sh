#!/usr/bin/env bash
# Build dist/MediaDesk-<version>.msi from the one-folder bundle in dist/mediadesk/ with wixl.
# usage: packaging/windows/build.sh VERSION BUNDLE_DIR OUTPUT.msi MAIN_EXE ICON
set -euo pipefail
version=$1 bundle=$2 output=$3 main_exe=$4 icon=$5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
parent=$(cd "$(dirname "$bundle")" && pwd)
name=$(basename "$bundle")
cp "$icon" "$work/mediadesk.ico"
cp "$here/mediadesk.wxs" "$work/"
ln -s "$parent/$name" "$work/bundle"  # wixl resolves only relative source paths
# wixl-heat lists every file of the bundle as a component of INSTALLDIR.
(cd "$parent" && find "$name" -type f | LC_ALL=C sort) \
  | wixl-heat -p "$name/" --directory-ref INSTALLDIR --component-group BundleFiles \
      --var var.SourceDir --win64 > "$work/files.wxs"
(cd "$work" && wixl -a x64 -D Version="$version" -D SourceDir=bundle \
    -D HelpLink="https://www.gov.uk/" -D IconFile=mediadesk.ico -D MainExe="$main_exe" -D Win64=yes \
    mediadesk.wxs files.wxs -o "$work/out.msi")
# Work around wixl's HKMU bug: it writes Root 4; Windows Installer's HKMU is -1.
msibuild "$work/out.msi" -q "UPDATE Registry SET Root = -1 WHERE Root = 4"
# AllowSameVersionUpgrades: MigrateFeatures (1) + VersionMaxInclusive (512) on the upgrade
# row. Attributes is part of the Upgrade table's key, so the row is replaced, not updated
# (msiinfo writes CRLF lines: the CR must not end up in the code).
upgrade_code=$(msiinfo export "$work/out.msi" Property | tr -d '\r' | awk -F'\t' '$1 == "UpgradeCode" {print $2}')
[ -n "$upgrade_code" ] || { echo "build.sh: the MSI has no UpgradeCode" >&2; exit 1; }
msibuild "$work/out.msi" -q "DELETE FROM Upgrade WHERE ActionProperty = 'WIX_UPGRADE_DETECTED'"
msibuild "$work/out.msi" -q "INSERT INTO Upgrade (UpgradeCode, VersionMax, Attributes, ActionProperty) \
VALUES ('$upgrade_code', '$version', 513, 'WIX_UPGRADE_DETECTED')"
mkdir -p "$(dirname "$output")"
mv "$work/out.msi" "$output"
echo "wrote $output"
