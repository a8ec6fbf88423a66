"""The MSI built by wixl from the Linux bundle, checked table by table with msitools."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from mediadesk import __version__
from tests.packaging.conftest import MAIN_EXE, build_msi

UPGRADE_CODE = "{6B3C2E5A-8D41-4F0B-9A77-2C1E5D9F4A10}"  # never changes


def table(msi: Path, name: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:] if line]


def properties(msi: Path) -> dict[str, str]:
    return {row[0]: row[1] for row in table(msi, "Property")}


def test_identity_and_scope(msi: Path) -> None:
    props = properties(msi)
    assert props["UpgradeCode"] == UPGRADE_CODE
    assert props["ProductVersion"] == __version__
    assert props["ProductName"] == "MediaDesk" and props["Manufacturer"] == "MediaDesk"
    assert props["ALLUSERS"] == "2" and props["MSIINSTALLPERUSER"] == "1"
    assert props["ARPPRODUCTICON"] and props["ARPHELPLINK"].startswith("https://")
    summary = subprocess.run(
        ["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True
    ).stdout
    word_count = int(re.search(r"^Source: (\d+)", summary, re.M).group(1))  # type: ignore[union-attr]
    assert word_count & 8, "the 'elevated privileges not required' bit is not set"
    assert "x64" in summary


def test_major_upgrade_and_downgrade_message(msi: Path) -> None:
    rows = table(msi, "Upgrade")
    assert {r[0] for r in rows} == {UPGRADE_CODE}
    assert {r[-1] for r in rows} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    upgrade = next(r for r in rows if r[-1] == "WIX_UPGRADE_DETECTED")
    assert int(upgrade[4]) & 512, "a rebuild of the same version would not replace the old one"
    assert upgrade[2] == __version__  # up to and including this version
    downgrade = next(r for r in rows if r[-1] == "WIX_DOWNGRADE_DETECTED")
    assert not int(downgrade[4]) & 256  # the same version is not a downgrade
    conditions = table(msi, "LaunchCondition")
    assert any("newer version of MediaDesk" in r[1] for r in conditions)
    actions = [r[0] for r in table(msi, "InstallExecuteSequence")]
    assert "RemoveExistingProducts" in actions


def test_each_build_gets_a_new_product_code(msi: Path, bundle: Path, icon: Path) -> None:
    again = build_msi(bundle, icon, "MediaDesk-again.msi")
    assert properties(again)["ProductCode"] != properties(msi)["ProductCode"]
    assert properties(again)["UpgradeCode"] == UPGRADE_CODE


def _install_paths(msi: Path) -> set[str]:
    directories = {r[0]: (r[1], r[2].split("|")[-1]) for r in table(msi, "Directory")}
    components = {r[0]: r[2] for r in table(msi, "Component")}

    def path_of(directory: str) -> str:
        parent, name = directories[directory]
        if directory == "INSTALLDIR":
            return ""
        prefix = path_of(parent)
        if name == ".":  # "." puts a directory's files in its parent
            return prefix
        return f"{prefix}/{name}" if prefix else name

    found = set()
    for row in table(msi, "File"):
        folder = path_of(components[row[1]])
        found.add(f"{folder}/{row[2].split('|')[-1]}" if folder else row[2].split("|")[-1])
    return found


def test_file_list_equals_the_bundle(msi: Path, bundle: Path) -> None:
    expected = {
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
    }
    assert _install_paths(msi) == expected


def test_shortcut_and_registry(msi: Path) -> None:
    shortcuts = table(msi, "Shortcut")
    assert [(s[1], s[2], s[4]) for s in shortcuts] == [
        ("ProgramMenuFolder", "MediaDesk", f"[INSTALLDIR]{MAIN_EXE}")
    ]
    registry = table(msi, "Registry")
    assert registry and all(int(r[1]) in (-1, 0, 1, 2, 3) for r in registry)
    assert {r[1] for r in registry} == {"-1"}, "HKMU (-1) expected: wixl's root-4 bug is back"
    assert ["Software\\MediaDesk", "Version", __version__] in [r[2:5] for r in registry]
    components = {r[0]: r for r in table(msi, "Component")}
    # 64-bit (256): a per-machine install writes the detection value to HKLM's 64-bit view,
    # not WOW6432Node, where the admin guide's Intune detection rule looks.
    assert int(components["StartMenuShortcut"][3]) & 256


@pytest.mark.parametrize("name", ["Icon", "Media"])
def test_tables_present(msi: Path, name: str) -> None:
    assert table(msi, name)
