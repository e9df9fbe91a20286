"""The `ropa` command as a person uses it: help, version, exit codes, output formats, the cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, build_case
from ropa import __version__
from ropa.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["lint", "--help"], ["lint", "-h"]])
def test_help_has_examples(args):
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Examples:" in result.output


def test_every_command_documents_itself():
    for name, command in main.commands.items():
        assert command.help and "Examples:" in command.help, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"


def test_missing_register_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("lint")
    assert result.exit_code == 2
    assert "register folder `register` not found" in result.output


def test_clean_register_exits_0_with_a_summary(tmp_path):
    register = build_case("_base", tmp_path / "r")
    result = invoke("lint", str(register))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "7 files, no problems" in result.stderr


def test_the_summary_line_counts_each_level_it_has():
    from ropa.report import closing_line

    summary = {"register": "register", "files": 7, "errors": 1, "warnings": 2, "infos": 0}
    assert closing_line(summary, 3) == "register: 7 files, 1 error, 2 warnings, 3 suppressed"
    assert closing_line({**summary, "errors": 0, "warnings": 0, "infos": 1}) == "register: 7 files, 1 info"
    assert closing_line({**summary, "errors": 0, "warnings": 0}) == "register: 7 files, no problems"


def test_warnings_fail_only_with_strict(tmp_path):
    register = build_case("unused-definitions", tmp_path / "r")
    assert invoke("lint", str(register)).exit_code == 0
    assert invoke("lint", str(register), "--strict").exit_code == 1


def test_json_output_has_the_same_problems(tmp_path, monkeypatch):
    register = build_case("many-files-many-problems", tmp_path / "r")
    monkeypatch.chdir(register)
    text = invoke("lint", ".", "--quiet").stdout.splitlines()
    document = json.loads(invoke("lint", ".", "--format", "json").stdout)
    assert document["errors"] == len(text) == len(document["problems"])
    # the text line carries the legal source after the message, as JSON carries it in `source`
    assert [
        f"{p['path']}:{p['line']}:{p['column']}: {p['level']} [{p['rule']}] {p['message']}"
        + (f" — {p['source']}" if p.get("source") else "")
        for p in document["problems"]
    ] == text


def test_unreadable_file_is_an_io_error(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    victim = register / "purposes" / "vragen-beantwoorden.yaml"
    real = Path.read_bytes

    def read_bytes(self):
        if self == victim:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = invoke("lint", str(register), "--no-cache")
    assert result.exit_code == 2
    assert "io-error" in result.stdout and "Permission denied" in result.stdout


def test_problems_in_one_file_never_hide_another(tmp_path):
    register = build_case("many-files-many-problems", tmp_path / "r")
    paths = {
        line.split(":")[0] for line in invoke("lint", str(register), "-q", "--select", "structure").stdout.splitlines()
    }
    assert len(paths) == 3


def test_cached_run_reports_the_same_and_notices_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("typo-key-and-enum", tmp_path / "r")
    monkeypatch.chdir(register)
    cold = invoke("lint", ".", "--select", "structure").stdout
    assert list((tmp_path / "cache").glob("lint-*.marshal"))
    assert invoke("lint", ".", "--select", "structure").stdout == cold  # positions come back from a cache hit too
    fixed = Path("activities") / "klantenservice.yaml"
    fixed.write_text(fixed.read_text().replace("data_subject:", "data_subjects:"))
    warm = invoke("lint", ".", "--select", "structure").stdout
    assert "data_subject`" not in warm and len(warm.splitlines()) == len(cold.splitlines()) - 1


def test_a_file_known_by_its_signature_is_read_again_after_any_change(tmp_path, monkeypatch):
    """Files whose status settled before a run are known to the next one by their signature (device,
    inode, size, times) and not read at all; any write changes the status time, so even an edit that
    keeps the size and puts the modification time back is seen."""
    import os

    from ropa import register as register_module

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(register_module, "_SETTLED_NS", 0)  # every file has settled once written
    from ropa.cache import FileCache

    register = build_case("typo-key-and-enum", tmp_path / "r")
    cold = invoke("lint", str(register), "--select", "structure").stdout
    # a first run (a fresh clone in CI) records no signature; the run after it, which finds the files
    # in the cache by their content, does
    assert not [k for k in FileCache(register).entries if k.startswith("stat:")]
    assert invoke("lint", str(register), "--select", "structure").stdout == cold
    assert [k for k in FileCache(register).entries if k.startswith("stat:")]
    reads = []
    real = register_module.read_bytes
    monkeypatch.setattr(register_module, "read_bytes", lambda path: reads.append(path) or real(path))
    assert invoke("lint", str(register), "--select", "structure").stdout == cold
    assert reads == []  # nothing changed: not one file read
    activity = register / "activities" / "klantenservice.yaml"
    before = activity.stat()
    text = activity.read_text()
    assert "data_subject:" in text
    activity.write_text(text.replace("data_subject:", "data_subjecs:"))  # the same size
    os.utime(activity, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert activity.stat().st_size == before.st_size and activity.stat().st_mtime_ns == before.st_mtime_ns
    warm = invoke("lint", str(register), "--select", "structure").stdout
    # the edited file, and only what the findings' places need beside it
    assert reads[0] == activity and len(reads) < len(list(register.rglob("*.yaml"))) and "data_subjecs" in warm
    # a file written too recently to have settled is read every time until it has
    monkeypatch.setattr(register_module, "_SETTLED_NS", 10**18)
    activity.write_text(text)
    reads.clear()
    assert invoke("lint", str(register), "--select", "structure").stdout == cold
    assert invoke("lint", str(register), "--select", "structure").stdout == cold
    assert reads == [activity, activity]


def test_a_run_after_an_edit_adds_to_the_journal_and_a_large_journal_is_folded_in(tmp_path, monkeypatch):
    from ropa import cache as cache_module

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_module, "_JOURNAL_SHARE", 0)  # any journal is small beside the cache
    register = build_case("many-files-many-problems", tmp_path / "r")
    cold = invoke("lint", str(register)).stdout
    [stored] = (tmp_path / "cache").glob("lint-*.marshal")
    journal = stored.with_suffix(".journal")
    before = stored.read_bytes()
    assert not journal.exists()
    activity = next((register / "activities").glob("*.yaml"))
    original = activity.read_text()
    activity.write_text(original + "\n# a comment\n")  # other bytes, the same findings
    assert invoke("lint", str(register)).stdout == cold
    assert stored.read_bytes() == before and journal.read_text().count("\n") >= 2  # the file, the result
    added = {json.loads(line)[1] for line in journal.read_text().splitlines()}
    assert added <= set(cache_module.FileCache(register).entries)  # read back with the stored cache
    activity.write_text(original)
    assert invoke("lint", str(register)).stdout == cold
    # a journal cut off in the middle of a line is read up to there, and the next save starts afresh
    journal.write_text(journal.read_text()[:-25])
    assert invoke("lint", str(register), "--no-cache").stdout == cold
    activity.write_text(original + "\n# another comment\n")
    assert invoke("lint", str(register)).stdout == cold and not journal.exists() and stored.read_bytes() != before
    # once the journal outgrows its share of the cache, the cache is written afresh with it
    monkeypatch.setattr(cache_module, "_JOURNAL_SHARE", 10**6)
    activity.write_text(original + "\n# a third comment\n")
    assert invoke("lint", str(register)).stdout == cold and not journal.exists()


def test_a_lint_after_an_edit_decodes_the_references_of_the_edited_file_alone(tmp_path, monkeypatch):
    """The link and vocabulary checks read each file's referred ids as the cache keeps them (found_values);
    the rows with every place (found_at, JSON in the cache) are decoded only for the edited file, not for
    all of them (10,000 activities: 0.25 s)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate
    from ropa.lint import lint

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = tmp_path / "r"
    generate(60, register)
    cold = lint(register)
    activity = register / "activities" / "activity-00007.yaml"
    activity.write_text(activity.read_text(encoding="utf-8").replace("nl: Verwerking 7", "nl: Verwerking zeven", 1))
    warm = lint(register)
    assert [p.message for p in warm.problems] == [p.message for p in cold.problems]
    decoded = [s.path.name for s in warm.register.all_files() if "x-ropa-ref" in s._found or "x-ropa-vocab" in s._found]
    assert decoded == ["activity-00007.yaml"]


@pytest.mark.parametrize("cached", [False, True], ids=["parsed", "from the cache"])
def test_a_reference_holding_any_character_is_reported_where_it_is(cached, tmp_path, monkeypatch):
    """found_values keeps the ids a file refers to in one string cut at NUL; an id holding a NUL itself (a
    YAML escape writes one) is kept apart, and reported at its place like any unknown id."""
    from ropa.register import _values_kept, _values_read

    rows = [[["a"], "x\0y", "purpose"], [["b"], "z", "purpose"], [["c"], "z", "purpose"], [["d"], 1, "purpose"]]
    assert _values_read(_values_kept(rows)) == [("purpose", "x\0y"), ("purpose", "z")]
    assert _values_read(_values_kept(rows[1:])) == [("purpose", "z")] and _values_kept(rows[1:]) == "purpose\0z"
    assert _values_read("odd\0number\0of") is None and _values_read([1, 2]) is None
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("_base", tmp_path / "r")
    activity = register / "activities" / "klantenservice.yaml"
    text = activity.read_text(encoding="utf-8")
    activity.write_text(
        text.replace("data_subjects: [klanten]", 'data_subjects: [klanten, "klant\\0en"]'), encoding="utf-8"
    )
    if cached:
        invoke("lint", str(register), "--select", "structure")
    out = invoke("lint", str(register), "--select", "structure", "--format", "json").stdout
    found = [p for p in json.loads(out)["problems"] if p["rule"] == "ref-unknown"]
    assert len(found) == 1 and found[0]["path"].endswith(activity.name) and "klant" in found[0]["message"]


def test_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("_base", tmp_path / "r")
    assert invoke("lint", str(register)).exit_code == 0
    for cache in (tmp_path / "cache").glob("lint-*.marshal"):
        cache.write_bytes(b"{not marshal")
    assert invoke("lint", str(register)).exit_code == 0


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("_base", tmp_path / "r")
    assert invoke("lint", str(register), "--no-cache").exit_code == 0
    assert not (tmp_path / "cache").exists()


def test_installed_command_never_shows_a_traceback(tmp_path):
    """A whole process: garbage input gives messages and exit codes, not a Python traceback."""
    register = build_case("hostile-yaml", tmp_path / "r")
    (register / "activities" / "binary.yaml").write_bytes(os.urandom(4096))
    exe = shutil.which("ropa", path=str(Path(sys.executable).parent))
    result = subprocess.run([exe, "lint", str(register)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "binary.yaml:1:1: error [yaml-encoding]" in result.stdout


def test_oversized_file_in_a_register_is_refused(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (register / "purposes" / "groot.yaml").write_bytes(b"id: groot\nname: " + b"x" * (3 * 1024 * 1024) + b"\n")
    result = invoke("lint", str(register), "--no-cache")
    assert result.exit_code == 1
    assert "groot.yaml:1:1: error [yaml-size] file is 3.0 MiB" in result.stdout


def test_cli_reference_in_the_docs_is_current():
    from ropa.clidocs import markdown

    assert (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8") == markdown(), (
        "docs/cli.md is stale: run python -m ropa.clidocs > docs/cli.md"
    )


@pytest.mark.parametrize("case", ["many-files-many-problems", "bayern-ehrenamtskarte"])
def test_parsing_and_the_rules_on_two_processes_give_the_same_problems(case, tmp_path, monkeypatch):
    from ropa import forked, rules
    from ropa.lint import lint

    if case in CASES_OF_EXAMPLES:  # rule findings, suppressed ones among them
        register = shutil.copytree(ROOT / "examples" / case, tmp_path / "r")
    else:
        register = build_case(case, tmp_path / "r")
    alone = lint(register, use_cache=False)
    shares = []
    monkeypatch.setattr(forked, "PARALLEL_FROM", 1)  # as for a large register
    monkeypatch.setattr(rules, "both", lambda *work: shares.append(1) or forked.both(*work))
    shared = lint(register, use_cache=False)
    assert shares  # the rules were shared with a forked process
    assert [vars(p) for p in shared.problems] == [vars(p) for p in alone.problems]
    assert [(vars(s.problem), s.reason) for s in shared.suppressed] == [
        (vars(s.problem), s.reason) for s in alone.suppressed
    ]
    assert any(p.line > 1 for p in shared.problems)  # positions found again where needed
    assert case not in CASES_OF_EXAMPLES or shared.suppressed


CASES_OF_EXAMPLES = ("bayern-ehrenamtskarte",)


def test_a_rule_the_forked_process_took_and_did_not_finish_is_run_here(monkeypatch):
    """The two processes take the rules over the whole register in turn; a child that dies in the middle of
    one loses nothing (the rules of one file, split by file, it checks for its half first: those the parent
    checks again for that half)."""
    from dataclasses import replace

    from ropa import forked, rules
    from ropa.dates import today
    from ropa.register import read_register
    from ropa.rules import RULES

    register = read_register(ROOT / "examples" / "bayern-ehrenamtskarte", use_cache=False)
    parent = os.getpid()
    ran: list[str] = []  # the rules run in this process

    def dying(rule):
        def run(ctx):
            if os.getpid() != parent and rule.scope != "file":
                os._exit(3)  # the child dies in the first rule it takes from the shared counter
            if not ran:  # time for the child to take one
                time.sleep(0.5)
            ran.append(rule.id)
            return rule.check(ctx)

        return replace(rule, check=run)

    chosen = [dying(r) for r in rules.selected()]
    alone = rules.collect(register, chosen, today())
    everything, ran[:] = list(ran), []
    monkeypatch.setattr(forked, "PARALLEL_FROM", 1)
    shares = []
    monkeypatch.setattr(rules, "both", lambda *work: shares.append(1) or forked.both(*work))
    shared = rules.collect(register, chosen, today())
    assert shares
    whole = sorted(r for r in everything if RULES[r].scope != "file")
    assert sorted(r for r in ran if RULES[r].scope != "file") == whole  # the rule the child took as well, once
    assert sorted(set(ran)) == sorted(set(everything))
    assert alone and [vars(raw.problem) for raw in shared] == [vars(raw.problem) for raw in alone]


def test_work_a_forked_process_cannot_do_is_done_here(monkeypatch):
    from ropa import forked

    def fails():
        raise KeyError("only in the child")

    assert forked.both(lambda: 1, lambda: 2) == (1, 2)
    assert forked.both(os.getpid, os.getpid)[1] != os.getpid()  # the second really ran in a child
    calls = []

    def once():  # fails in the child, works in the parent
        calls.append(1)
        if len(calls) == 1 and os.getpid() != parent:
            raise KeyError("child")
        return "done"

    parent = os.getpid()
    assert forked.both(lambda: 1, once) == (1, "done")
    with pytest.raises(KeyError):  # an error of the work itself is raised here as it would be
        forked.both(lambda: 1, fails)


def test_the_cache_key_covers_the_code_that_made_the_findings(tmp_path, monkeypatch):
    """A changed rule (its message, here) must not be answered from a cache its old code filled."""
    from dataclasses import replace

    from ropa import cache, rules

    package = Path(cache.__file__).resolve().parent
    files = set(cache.code_files())
    assert set((package / "rules").glob("*.py")) <= files and set((package / "data").glob("*.yaml")) <= files
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("_base", tmp_path / "r")
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        "".join(line for line in activity.read_text().splitlines(keepends=True) if not line.startswith("provision:"))
    )
    assert "provision-missing" in invoke("lint", str(register), "--select", "provision-missing").stdout
    original = rules.RULES["provision-missing"]

    def reworded(ctx):
        for finding in original.check(ctx):
            yield replace(finding, message="reworded by a maintainer")

    monkeypatch.setitem(rules.RULES, "provision-missing", replace(original, check=reworded))
    monkeypatch.setattr(cache, "_code_digest", lambda: "the code changed")
    assert "reworded by a maintainer" in invoke("lint", str(register), "--select", "provision-missing").stdout


@pytest.mark.parametrize("name", ["interconnect", "gemeente-lindewaard", "isset"])
def test_a_result_kept_from_the_last_run_is_the_result_of_linting_again(name, tmp_path, monkeypatch):
    """A lint that reads the same files with the same options as the last one takes that run's result
    from the cache (lint._result_key): the same findings and suppressions as linting afresh, shown from
    whichever folder ropa runs in; an edit, another selection or another folder's run is linted again."""
    import shutil

    from ropa import lint as linting
    from ropa.lint import lint

    register = tmp_path / "register"
    shutil.copytree(ROOT / "examples" / name, register)
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    checked = []
    check_links = linting.check_links
    monkeypatch.setattr(linting, "check_links", lambda r: checked.append(1) or check_links(r))

    def seen(result):
        return [p.as_dict() for p in result.problems], [(s.problem.as_dict(), s.reason) for s in result.suppressed]

    monkeypatch.chdir(tmp_path)
    lint(register)
    checked.clear()
    kept = seen(lint(register))
    assert checked == []  # taken from the cache
    assert kept == seen(lint(register, use_cache=False))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert seen(lint(register)) == seen(lint(register, use_cache=False))
    assert seen(lint(register, select=["retention-*"])) == seen(lint(register, select=["retention-*"], use_cache=False))
    activity = sorted((register / "activities").glob("*.yaml"))[0]
    activity.write_text(activity.read_text(encoding="utf-8") + "\n# een opmerking\n", encoding="utf-8")
    checked.clear()
    assert seen(lint(register)) == seen(lint(register, use_cache=False))
    assert checked == [1, 1]  # the edit: linted again, not taken from the cache


def test_a_findings_sources_cite_the_national_law_of_the_registers_own_country():
    """A French register's finding cites no Dutch act (hold-out 102's dance school); its own country's stays, in a
    list or in the brackets after a European act, and a source without a country is left as it is."""
    from ropa.report import for_country

    eprivacy = (
        "ePrivacy Directive art. 5(3) (NL: Telecommunicatiewet art. 11.7a; DE: TDDDG § 25; UK: PECR reg. 6); GDPR"
    )
    assert for_country(eprivacy, "DE") == "ePrivacy Directive art. 5(3) (DE: TDDDG § 25); GDPR"
    assert for_country(eprivacy, "GB") == "ePrivacy Directive art. 5(3) (UK: PECR reg. 6); GDPR"
    assert for_country(eprivacy, "FR") == "ePrivacy Directive art. 5(3); GDPR"
    assert for_country("GDPR Art. 8; NL: UAVG art. 5", "FR") == "GDPR Art. 8"
    assert for_country("GDPR Art. 8; NL: UAVG art. 5", "NL") == "GDPR Art. 8; NL: UAVG art. 5"
    assert for_country("WP260 rev.01 (annex); GDPR", "DE") == "WP260 rev.01 (annex); GDPR"
    # brackets inside the bracket of a country, and an item after a marked one, which is that country's too
    fiscal = "GDPR Art. 5(1)(e) (NL: AWR art. 52(4); BW 2:10(3))"
    assert for_country(fiscal, "FR") == "GDPR Art. 5(1)(e)"
    assert for_country(fiscal, "NL") == fiscal
    assert for_country("ePrivacy art. 5(3) (NL: Tw art. 11.7a; AP guidance on analytics)", "DE") == "ePrivacy art. 5(3)"
    belgian = "GDPR Art. 87; BE: Wet van 8 augustus 1983, art. 8; Wet van 15 januari 1990 (Kruispuntbank), art. 8"
    assert for_country(belgian, "NL") == "GDPR Art. 87"
    assert for_country(belgian, "BE") == belgian


def test_the_json_report_names_the_jurisdiction_and_cites_its_law(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    organisation = register / "organisation.yaml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + "jurisdiction: DE\n", encoding="utf-8")
    activity = register / "activities" / "klantenservice.yaml"  # a cookie with no lifetime: cookie-undocumented
    cookie = "cookies:\n  - {name: voorkeur, purpose: Taal onthouden, kind: preferences, consent: true}\n"
    activity.write_text(activity.read_text(encoding="utf-8") + cookie, encoding="utf-8")
    monkeypatch.chdir(register)
    document = json.loads(invoke("lint", ".", "--format", "json", "--no-cache").stdout)
    assert document["jurisdiction"] == "DE"
    sources = {p["rule"]: p.get("source", "") for p in document["problems"]}
    assert "(DE: TDDDG § 25)" in sources["cookie-undocumented"]
    assert not [source for source in sources.values() if "NL: " in source]
