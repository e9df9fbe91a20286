"""The kinds of file a register holds, where they live and which schema each one follows."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str  # the schema name, also used in messages
    folder: str | None  # folder of one-definition-per-file kinds; None for organisation.yaml
    label: str  # what a person calls one of them

    @property
    def subfolder(self) -> str:
        """The folder of a kind stored one definition per file."""
        if self.folder is None:
            raise ValueError(f"{self.name} is not stored in a folder")
        return self.folder

    @property
    def schema_file(self) -> str:
        return f"{self.name}.schema.json"


ORGANISATION = Kind("organisation", None, "organisation")
ACTIVITY = Kind("activity", "activities", "processing activity")
PURPOSE = Kind("purpose", "purposes", "purpose")
DATA_CATEGORY = Kind("data-category", "data-categories", "data category")
DATA_SUBJECT = Kind("data-subject", "data-subjects", "data subject category")
RECIPIENT = Kind("recipient", "recipients", "recipient")
MEASURE = Kind("measure", "measures", "security measure")

KINDS: dict[str, Kind] = {
    k.name: k for k in (ORGANISATION, ACTIVITY, PURPOSE, DATA_CATEGORY, DATA_SUBJECT, RECIPIENT, MEASURE)
}
#: Kinds stored one definition per file in a folder, in the order they are loaded and reported.
FOLDER_KINDS: tuple[Kind, ...] = tuple(k for k in KINDS.values() if k.folder)
ORGANISATION_FILE = "organisation.yaml"
YAML_SUFFIXES = (".yaml", ".yml")

#: The kinds of recipient `ropa new` offers, in the order it lists them: the recipient schema's `kind`
#: enum but `controller` and `chain-partner` (tests/test_workflow.py checks that the schema has them).
RECIPIENT_KINDS = ("processor", "sub-processor", "joint-controller", "third-party", "authority", "internal", "public")

#: What an id is: lower-case letters and digits joined by single hyphens or underscores. Each file's id
#: is its file name, so `ropa new` checks one with it before it names a file. The JSON Schemas' `id`
#: pattern, written once in schema/src/common.yaml; tests/test_workflow.py checks that they agree.
ID_PATTERN = "^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
ID = re.compile(ID_PATTERN)


def is_id(text: str) -> bool:
    """``text`` is an id as the schemas accept it (whole: no trailing newline either)."""
    return ID.fullmatch(text) is not None
