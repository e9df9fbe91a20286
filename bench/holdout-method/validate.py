"""Check a modelled register against ropa's JSON Schemas and cross-references only (no GDPR rules): what the
modeller of a hold-out may run, so that the rules stay unseen.

    FROZEN/bin/python bench/holdout-method/validate.py REGISTER_DIR
"""

import sys
from pathlib import Path

from ropa.lint import lint

result = lint(Path(sys.argv[1]), use_cache=False, rules=False)
for p in result.problems:
    print(f"{p.path}:{p.line}:{p.column}: {p.level} [{p.rule}] {p.message}")
print(f"{len(result.problems)} schema/reference problem(s)")
