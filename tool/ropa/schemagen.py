"""Generate the public schemas in schema/ from their sources in schema/src/.

Each kind of file gets one self-contained JSON Schema 2020-12 document: the shared definitions of
schema/src/common.yaml that it uses are copied into its own ``$defs``. Every ``$ref`` therefore points
inside the same file, which every editor and validator resolves without network or file look-ups.

    python -m ropa.schemagen          # write schema/*.schema.json
    python -m ropa.schemagen --check  # exit 1 when a committed schema is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from .kinds import KINDS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
ID_PREFIX = "urn:ropa:schema:"


def _refs(node: object) -> set[str]:
    """Names of the local ``#/$defs/NAME`` references anywhere in ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                found.add(ref[len("#/$defs/") :])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def build(src_dir: Path) -> dict[str, dict]:
    """Return ``{file name: schema}`` for every kind."""
    common = yaml.safe_load((src_dir / "common.yaml").read_text(encoding="utf-8"))["$defs"]
    out: dict[str, dict] = {}
    for kind in KINDS.values():
        source = yaml.safe_load((src_dir / f"{kind.name}.yaml").read_text(encoding="utf-8"))
        own = source.pop("$defs", {})
        clash = set(own) & set(common)
        if clash:
            raise ValueError(f"{kind.name}: $defs {sorted(clash)} shadow shared definitions")
        available = {**own, **common}
        needed: list[str] = []
        pending = sorted(_refs(source) | _refs(own))
        while pending:
            name = pending.pop(0)
            if name in needed:
                continue
            if name not in available:
                raise ValueError(f"{kind.name}: reference to unknown definition #/$defs/{name}")
            needed.append(name)
            pending.extend(sorted(_refs(available[name]) - set(needed)))
        order = [n for n in own if n in needed] + [n for n in common if n in needed]
        schema = {"$schema": DIALECT, "$id": f"{ID_PREFIX}{kind.name}", **source}
        schema["$defs"] = {name: available[name] for name in order}
        out[kind.schema_file] = schema
    return out


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[2] / "schema"
    stale = []
    for name, schema in build(root / "src").items():
        target = root / name
        text = render(schema)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(name)
            if "--check" not in argv:
                target.write_text(text, encoding="utf-8")
    if "--check" in argv and stale:
        print("out of date: " + ", ".join(stale) + " (run python -m ropa.schemagen)", file=sys.stderr)
        return 1
    for name in stale if "--check" not in argv else []:
        print(f"wrote schema/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
