"""The checks that come before the rule pack (YAML, schema, references), described for reports such
as SARIF. Their errors block `ropa build`; the rule pack's findings never do."""

from __future__ import annotations

STRUCTURAL: dict[str, str] = {
    "io-error": "A register file could not be read.",
    "register-organisation": "The register has no organisation.yaml.",
    "register-stray-file": "A file or folder in the register is not read (misnamed or misplaced).",
    "yaml-syntax": "The file is not valid YAML.",
    "yaml-encoding": "The file is not UTF-8 text.",
    "yaml-empty": "The file is empty.",
    "yaml-size": "The file is too large for a register file.",
    "yaml-depth": "Values are nested too deeply.",
    "yaml-alias": "Aliases expand too far or refer to themselves.",
    "yaml-tag": "A YAML tag is used; register files hold plain data.",
    "yaml-key": "A key is not plain text, or is a merge key.",
    "yaml-duplicate-key": "A key appears twice in one mapping.",
    "yaml-number": "A number too long to be a value of a register.",
    "yaml-hidden-character": "Text holds a control or bidirectional character that hides what it says.",
    "register-outside": "A link in the register leads to a file outside it.",
    "register-depth": "Folders in the register are nested too deeply.",
    "register-git-control": "A git control file (.gitattributes) inside the register changes what git shows of it.",
    "override-outside": "A template, wording or site file of the register is a link out of it.",
    "override-unused": "A file under templates/ that ropa does not use.",
    "override-wording": "The register replaces some of ropa's sentences (shown so that reviewers see it).",
    "wording-language-missing": "A statement language ropa has no sentences for, which the register does not "
    "give either: the page would be half in English.",
    "override-template": "The register replaces one of ropa's templates (shown so that reviewers see it).",
    "wording-unknown-key": "A wording override for a sentence ropa does not have.",
    "wording-placeholder": "A wording override uses a placeholder ropa does not fill in there.",
    "wording-not-text": "A wording override is not plain text.",
    "template-syntax": "A template override is not valid Jinja.",
    "site-config-key": "A setting a register's mkdocs.yml may not make (code, plugins, remote files).",
    "site-config-value": "A value of a register's mkdocs.yml that is not allowed.",
    "schema": "The file does not match its JSON Schema.",
    "schema-unknown-key": "A key the schema does not know (often a typo).",
    "schema-required": "A required key is missing.",
    "schema-type": "A value has the wrong type.",
    "schema-enum": "A value is not one of the accepted values.",
    "schema-format": "A value does not have the required form.",
    "schema-empty": "A value must not be empty.",
    "schema-duplicate": "A list holds the same value twice.",
    "id-mismatch": "The id differs from the file name.",
    "id-duplicate": "Two files define the same id.",
    "id-reserved": "An id ropa needs for itself (index).",
    "ref-unknown": "A reference to a definition that does not exist.",
    "vocab-country": "Not an ISO 3166-1 country code.",
    "vocab-event": "Not a known retention event.",
}


def is_structural(rule_id: str) -> bool:
    return rule_id in STRUCTURAL or rule_id.startswith(
        ("yaml-", "schema", "register-", "override-", "wording-", "template-", "site-config-")
    )
