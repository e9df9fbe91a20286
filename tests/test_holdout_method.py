"""The hold-out method's list of used sources is made from the corpus folders, so that no modeller is given a list
that lacks a set (hold-out 118's first modeller chose hold-out 104's statement from a list kept by hand)."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _used_sources():
    spec = importlib.util.spec_from_file_location("used_sources", ROOT / "bench" / "holdout-method" / "used_sources.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_hold_out_folder_is_in_the_list_of_used_sources():
    module = _used_sources()
    out = io.StringIO()
    module.main(out)
    text = out.getvalue()
    folders = sorted(ROOT.glob("bench/holdout*/*/README.md"))
    assert folders, "no hold-out folders found"
    for readme in folders:
        assert f"==== {readme.relative_to(ROOT)}\n" in text
    listed = text.split("==== repositories and addresses\n")[1].splitlines()
    # the repository and the address of the statement hold-out 104 used, which the hand-kept list lacked
    assert "joachimvdh/tvg-jekyll-netlifycms" in listed
    assert "optimistic-babbage-aebc91.netlify.app" in listed


def test_names_come_from_links_backquotes_and_addresses():
    module = _used_sources()
    text = (
        "- Repository: [Org/site](https://github.com/Org/Site-Source)\n"
        "- Source: `owner/repo`, published at https://www.example.org/privacy\n"
        "- Source file: `src/pages/privacy.md`\n"
    )
    found = module.names(text)
    assert "org/site-source" in found and "owner/repo" in found and "example.org" in found
    assert "src/pages/privacy.md" not in found  # a path in the repository is no repository
