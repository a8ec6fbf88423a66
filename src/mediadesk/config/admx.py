"""Group Policy templates (ADMX, with en-GB and en-US ADML) generated from the settings registry."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from mediadesk.config.policy import REGISTRY_PATH
from mediadesk.config.settings import REGISTRY, Setting

NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
SUPPORTED = "SUPPORTED_MediaDesk"
TITLES = {
    "enquiries.retention_months": "Retention period for enquiries (months)",
    "enquiries.reminder_minutes": "Deadline reminder (minutes before)",
    "enquiries.export_allowed": "Allow exporting enquiries to files",
    "profile.passphrase_allowed": "Allow passphrase-protected profiles when no keyring exists",
    "user.display_name": "Display name recorded in the audit log",
    "ui.theme": "Colour theme",
    "monitoring.retention_days": "Keep monitoring items for (days)",
    "network.proxy_mode": "Proxy mode",
    "network.pac_url": "Proxy auto-config (PAC) script address",
    "network.proxy_url": "Fixed proxy address",
}


def policy_id(setting: Setting) -> str:
    """The ADMX policy (and element) name of a setting."""
    return setting.key.replace(".", "_")


def _element(setting: Setting) -> str:
    pid = policy_id(setting)
    value = quoteattr(setting.key)
    if setting.type is int:
        return (
            f'<decimal id="{pid}" valueName={value} minValue="{setting.minimum or 0}" '
            f'maxValue="{setting.maximum or 2_000_000_000}" />'
        )
    if setting.choices:
        items = "".join(
            f'<item displayName="$(string.{pid}_{choice})"><value><string>{escape(choice)}'
            "</string></value></item>"
            for choice in setting.choices
        )
        return f'<enum id="{pid}" valueName={value} required="true">{items}</enum>'
    return f'<text id="{pid}" valueName={value} maxLength="1024" />'


def admx() -> str:
    """The ADMX file."""
    policies = []
    for setting in REGISTRY:
        pid = policy_id(setting)
        head = (
            f'<policy name="{pid}" class="Both" displayName="$(string.{pid})" '
            f'explainText="$(string.{pid}_Help)" key={quoteattr(REGISTRY_PATH)}'
        )
        common = f'<parentCategory ref="MediaDesk" /><supportedOn ref="{SUPPORTED}" />'
        if setting.type is bool:
            policies.append(
                f"{head} valueName={quoteattr(setting.key)}>{common}"
                '<enabledValue><decimal value="1" /></enabledValue>'
                '<disabledValue><decimal value="0" /></disabledValue></policy>'
            )
        else:
            policies.append(
                f'{head} presentation="$(presentation.{pid})">{common}'
                f"<elements>{_element(setting)}</elements></policy>"
            )
    body = "\n    ".join(policies)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="{NS}">
  <policyNamespaces>
    <target prefix="mediadesk" namespace="MediaDesk.Policies.MediaDesk" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="{SUPPORTED}" displayName="$(string.{SUPPORTED})" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="MediaDesk" displayName="$(string.MediaDesk)" />
  </categories>
  <policies>
    {body}
  </policies>
</policyDefinitions>
"""  # noqa: E501


def adml() -> str:
    """The en-GB ADML file (strings and presentations)."""
    strings = [("MediaDesk", "MediaDesk"), (SUPPORTED, "MediaDesk 0.1 and later")]
    presentations = []
    for setting in REGISTRY:
        pid = policy_id(setting)
        title = TITLES.get(setting.key, setting.key)
        default = (
            "on"
            if setting.default is True
            else "off"
            if setting.default is False
            else repr(setting.default)
        )
        help_text = (
            f"{setting.description}\n\nRegistry value: {setting.key} under "
            f"HKLM (or HKCU)\\{REGISTRY_PATH}. Default when not configured: {default}. "
            "When set, the control in MediaDesk is locked and says it is managed by "
            "your organisation."
        )
        strings += [(pid, title), (f"{pid}_Help", help_text)]
        if setting.type is bool:
            continue
        label = escape(title)
        if setting.type is int:
            control = (
                f'<decimalTextBox refId="{pid}" defaultValue="{setting.default}">'
                f"{label}</decimalTextBox>"
            )
        elif setting.choices:
            strings += [(f"{pid}_{c}", c.capitalize()) for c in setting.choices]
            index = setting.choices.index(setting.default)
            control = f'<dropdownList refId="{pid}" defaultItem="{index}">{label}</dropdownList>'
        else:
            control = f'<textBox refId="{pid}"><label>{label}</label></textBox>'
        presentations.append(f'<presentation id="{pid}">{control}</presentation>')
    table = "\n      ".join(f'<string id="{sid}">{escape(text)}</string>' for sid, text in strings)
    shown = "\n      ".join(presentations)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="{NS}">
  <displayName>MediaDesk</displayName>
  <description>Policy settings for MediaDesk</description>
  <resources>
    <stringTable>
      {table}
    </stringTable>
    <presentationTable>
      {shown}
    </presentationTable>
  </resources>
</policyDefinitionResources>
"""  # noqa: E501
