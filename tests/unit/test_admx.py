"""The Group Policy templates: well-formed, every reference resolves, every policy is real."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from mediadesk.config.admx import NS, adml, admx
from mediadesk.config.policy import REGISTRY_PATH
from mediadesk.config.settings import BY_KEY, REGISTRY

ROOT = Path(__file__).resolve().parents[2] / "packaging" / "policy"
N = {"p": NS}


def test_checked_in_templates_match_the_registry() -> None:
    assert (ROOT / "MediaDesk.admx").read_text(encoding="utf-8") == admx(), (
        "run packaging/policy/generate.py"
    )
    for language in ("en-GB", "en-US"):  # en-US: where consoles and Intune fall back
        assert (ROOT / language / "MediaDesk.adml").read_text(encoding="utf-8") == adml()
    assert "using prefix" not in admx()  # no namespace reference the templates never use


def test_every_reference_resolves_and_every_policy_maps_to_a_setting() -> None:
    definitions = ET.fromstring(admx())
    resources = ET.fromstring(adml())
    strings = {s.get("id") for s in resources.iterfind(".//p:stringTable/p:string", N)}
    presentations = {
        p.get("id"): p for p in resources.iterfind(".//p:presentationTable/p:presentation", N)
    }
    referenced = set(re.findall(r"\$\(string\.([^)]+)\)", admx()))
    assert referenced <= strings, referenced - strings
    policies = definitions.findall(".//p:policies/p:policy", N)
    assert len(policies) == len(REGISTRY)
    seen = set()
    for policy in policies:
        assert policy.get("key") == REGISTRY_PATH
        assert policy.get("class") == "Both"
        value_names = {e.get("valueName") for e in policy.iter() if e.get("valueName")}
        assert len(value_names) == 1
        key = value_names.pop()
        assert key in BY_KEY, key
        seen.add(key)
        elements = policy.find("p:elements", N)
        if BY_KEY[key].type is bool:
            assert elements is None and policy.get("presentation") is None
            continue
        assert elements is not None
        presentation_ref = re.fullmatch(r"\$\(presentation\.(.+)\)", policy.get("presentation", ""))
        assert presentation_ref, policy.get("name")
        presentation = presentations[presentation_ref.group(1)]
        element_ids = {e.get("id") for e in elements}
        ref_ids = {c.get("refId") for c in presentation}
        assert ref_ids == element_ids
    assert seen == set(BY_KEY)


def test_enum_items_are_the_settings_choices() -> None:
    definitions = ET.fromstring(admx())
    for enum in definitions.iterfind(".//p:enum", N):
        setting = BY_KEY[enum.get("valueName", "")]
        values = [s.text for s in enum.iterfind(".//p:string", N)]
        assert tuple(values) == setting.choices


def test_admin_guide_documents_every_policy_key() -> None:
    guide = (ROOT.parents[1] / "docs" / "admin-guide.md").read_text(encoding="utf-8")
    missing = [s.key for s in REGISTRY if f"`{s.key}`" not in guide]
    assert missing == []
