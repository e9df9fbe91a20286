"""Edge cases found by trying to break ropa: each gets a message and the right exit status."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import build_case
from ropa.cli import main
from ropa.lint import lint
from ropa.loader import LoadError, decode


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_diff_refuses_a_register_with_broken_files(tmp_path):
    repo = tmp_path / "r"
    build_case("_base", repo / "register")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.email=a@b.invalid", "-c", "user.name=t", "commit", "-qm", "x"], check=True
    )
    (repo / "register" / "data-subjects" / "klanten.yaml").write_text("id: [klanten]\nname: Klanten\n")
    result = invoke("diff", "--register", str(repo / "register"))
    assert result.exit_code == 1 and "schema-type" in result.stdout and "not compared" in result.stderr
    (repo / "register" / "data-subjects" / "klanten.yaml").write_text("name: [K\n")
    result = invoke("diff", "--register", str(repo / "register"))
    assert result.exit_code == 1 and "removed" not in result.stdout


def test_odd_files_in_kind_folders_are_reported(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (register / "purposes" / "Oud.YAML").write_text("id: oud\nname: Oud\n")
    (register / "purposes" / "notities.txt").write_text("losse aantekeningen\n")
    (register / "purposes" / "README.md").write_text("uitleg\n")
    result = invoke("lint", str(register), "--no-cache", "-q")
    assert (
        "Oud.YAML:1:1: warning [register-stray-file] file `Oud.YAML` is not read: rename it to end in `.yaml`"
        in result.stdout
    )
    assert "notities.txt" in result.stdout and "README" not in result.stdout
    os.symlink(register / "nergens.yaml", register / "purposes" / "kapot.yaml")
    result = invoke("lint", str(register), "--no-cache", "-q")
    assert result.exit_code == 2 and "kapot.yaml:1:1: error [io-error]" in result.stdout


def test_unreadable_subfolder_is_an_io_error(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    (register / "purposes" / "geheim").mkdir()
    import os

    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "geheim":  # as for a folder without read permission (root reads everything)
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # how the kind folders are read (ropa.register._walk_kind)
    result = invoke("lint", str(register), "--no-cache", "-q")
    assert result.exit_code == 2 and "[io-error] cannot read this folder: Permission denied" in result.stdout


def test_malformed_spreadsheets_get_a_message(tmp_path):
    empty = tmp_path / "leeg.xlsx"
    with zipfile.ZipFile(empty, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
    result = invoke("import", str(empty), "--out", str(tmp_path / "a"))
    assert result.exit_code == 1 and "holds no worksheet" in result.stderr
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 niet echt")
    result = invoke("import", str(broken), "--out", str(tmp_path / "b"))
    assert result.exit_code == 1 and "not a readable XLSX" in result.stderr and "Traceback" not in result.output
    latin = tmp_path / "excel.csv"
    latin.write_bytes(
        "Verwerking;Doelen;Verwerkingsverantwoordelijke\nPersoneel;Salarisbetaling;Café B.V.\n".encode("cp1252")
    )
    result = invoke("import", str(latin), "--out", str(tmp_path / "c"), "--lang", "nl")
    assert result.exit_code == 0, result.output
    assert "Café B.V." in (tmp_path / "c" / "organisation.yaml").read_text(encoding="utf-8")


def test_names_need_more_than_whitespace(tmp_path):
    register = build_case("_base", tmp_path / "r")
    organisation = register / "organisation.yaml"
    organisation.write_text(organisation.read_text().replace("name: Testbedrijf B.V.", 'name: "   "'))
    result = lint(register, use_cache=False)
    assert any(p.rule == "schema-format" and p.path.endswith("organisation.yaml") for p in result.problems)


def test_an_unwritable_job_summary_keeps_the_exit_status(tmp_path, monkeypatch):
    register = build_case("typo-key-and-enum", tmp_path / "r")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "nergens" / "summary.md"))
    result = invoke("lint", str(register), "--no-cache")
    assert result.exit_code == 1 and "cannot write the job summary" in result.stderr


def test_structural_checks_cannot_be_ignored(tmp_path):
    register = build_case("_base", tmp_path / "r")
    for option in (["--ignore", "schema-unknown-key"], ["--select", "yaml-syntax"], ["--ignore", "structure"]):
        result = invoke("lint", str(register), *option)
        assert result.exit_code == 2 and "always run" in result.output


@pytest.mark.parametrize(
    "damage",
    [
        lambda entries: {key: {"data": None} for key in entries},  # an entry without its data
        lambda entries: {12345: {"data": None}},  # a key ropa never writes (marshal allows it, JSON did not)
    ],
)
def test_a_damaged_cache_is_rebuilt(damage, tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("_base", tmp_path / "r")
    assert invoke("lint", str(register)).exit_code == 0
    [cache] = (tmp_path / "cache").glob("lint-*.marshal")
    stored = marshal.loads(cache.read_bytes())
    stored["entries"] = damage(stored["entries"])
    cache.write_bytes(marshal.dumps(stored))
    for _ in range(2):
        assert invoke("lint", str(register)).exit_code == 0
    assert all(isinstance(key, str) for key in marshal.loads(cache.read_bytes())["entries"])


def test_new_refuses_an_id_that_exists_in_a_sub_folder(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (register / "purposes" / "oud").mkdir()
    (register / "purposes" / "oud" / "archief.yaml").write_text("id: archief\nname: Archief\n")
    result = invoke("new", "purpose", "archief", "--register", str(register), "--name", "Archief")
    assert result.exit_code == 1 and "already exists" in result.stderr


def test_problem_positions_and_messages_stay_on_one_line(tmp_path):
    try:
        decode(b"\xef\xbb\xbfid: caf\xe9\n")
    except LoadError as exc:
        assert (exc.problem.line, exc.problem.column) == (1, 8)  # the byte-order mark is not a column
    register = build_case("_base", tmp_path / "r")
    (register / "data-subjects" / "klanten.yaml").write_text("id: >\n  kl\n  anten\nname: Klanten\n")
    lines = invoke("lint", str(register), "--no-cache", "-q").stdout.splitlines()
    assert lines and all(re.match(r"^\S+:\d+:\d+: (error|warning|info) \[[a-z0-9-]+\] ", line) for line in lines)
    assert any("kl anten\\n" in line for line in lines)  # the newline shown, not printed
