"""A register is data, never code; a build never destroys. Each attack a pull-request author or an
imported spreadsheet could try is here, with what ropa must do instead."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import build_case
from ropa.cli import main
from ropa.lint import lint
from ropa.site import build as build_module
from ropa.site.build import build
from ropa.site.output import LOCK, MARKER


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def rules(register: Path) -> dict[str, list]:
    found: dict[str, list] = {}
    for p in lint(register, use_cache=False).problems:
        found.setdefault(p.rule, []).append(p)
    return found


# -- 1-3: templates, site configuration and wording are data --------------------------------------


def test_a_template_override_cannot_run_code(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (register / "templates" / "public").mkdir(parents=True)
    (register / "templates" / "public" / "statement.md.j2").write_text(
        "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('touch PWNED').read() }}\n", encoding="utf-8"
    )
    found = rules(register)
    assert "override-template" in found and found["override-template"][0].level == "info"  # a reviewer sees it
    result = invoke("build", str(register), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.exit_code == 1 and "SecurityError" in result.stderr and "internal error" not in result.stderr
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()


def test_a_template_outside_the_register_is_not_read(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (tmp_path / "elders.j2").write_text("gestolen {{ org.name }}\n", encoding="utf-8")
    (register / "templates" / "public").mkdir(parents=True)
    os.symlink(tmp_path / "elders.j2", register / "templates" / "public" / "statement.md.j2")
    assert "override-outside" in rules(register)
    from ropa.site.render import Renderer

    assert "gestolen" not in Renderer("nl", "nl", register).env.get_template("public/statement.md.j2").render(
        org={"name": "x"}, w=lambda *a, **k: "", statement={}, sections={}, summary={}, join=lambda *a: ""
    )


def test_the_registers_mkdocs_yml_is_an_allow_list(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    (tmp_path / "haak.py").write_text("open('PWNED', 'w')\n", encoding="utf-8")
    (register / "mkdocs.yml").write_text(
        "hooks: [../haak.py]\nplugins: [search]\ncopyright: x\nextra_javascript: [https://evil.example/x.js]\n"
        "extra:\n  token: !ENV [SECRET_TOKEN]\ntheme:\n  custom_dir: ../elders\n  palette: {primary: red}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SECRET_TOKEN", "geheim-123")
    found = rules(register)
    keys = {p.message.split("`")[1] for p in found["site-config-key"] if "`" in p.message}
    assert {"hooks", "plugins", "extra_javascript", "extra", "theme.custom_dir"} <= keys | {"extra"}
    assert any("!ENV" in p.message for p in found["site-config-key"])
    assert all(p.line > 1 or p.message.startswith("`hooks`") for p in found["site-config-key"])  # at the key
    result = invoke("build", str(register), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.exit_code == 1 and not (tmp_path / "out" / "public").exists()


def test_allowed_site_settings_are_applied_and_escaped(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (register / "huisstijl.css").write_text(".md-header { background: #123456; }\n", encoding="utf-8")
    (register / "mkdocs.yml").write_text(
        "copyright: '<script>alert(1)</script> Testbedrijf'\ntheme:\n  palette: {primary: teal}\n"
        "extra_css: [huisstijl.css]\n",
        encoding="utf-8",
    )
    assert [p for p in lint(register, use_cache=False).problems if p.level == "error"] == []
    build(register, tmp_path / "out", use_cache=False)
    page = (tmp_path / "out" / "public" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "assets/register/huisstijl.css" in page and (tmp_path / "out" / "public" / "assets" / "register").is_dir()
    (register / "huisstijl.css").write_text("@import url(https://fonts.example/x.css);\n", encoding="utf-8")
    assert "site-config-value" in rules(register)


def test_wording_overrides_are_plain_text_with_ropas_placeholders(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    (register / "templates" / "i18n").mkdir(parents=True)
    wording = register / "templates" / "i18n" / "nl.yaml"
    wording.write_text(
        'who.controller: "{name.__add__.__globals__[json]} <img src=x onerror=alert(1)>"\ngeen.sleutel: x\n',
        encoding="utf-8",
    )
    found = rules(register)
    assert (found["wording-placeholder"][0].line, found["wording-placeholder"][0].column) == (1, 17)
    assert found["wording-unknown-key"][0].line == 2
    wording.write_text(
        'who.controller: "{name} <img src=x onerror=alert(1)> **vet** is verantwoordelijk."\n', encoding="utf-8"
    )
    assert not [p for p in lint(register, use_cache=False).problems if p.level == "error"]
    build(register, tmp_path / "out", use_cache=False)
    page = (tmp_path / "out" / "public" / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "onerror=alert(1)&gt;" in page and "<strong>vet</strong>" not in page
    assert "Testbedrijf B.V. &lt;img" in page
    from ropa.export import export

    assert b"geheim" not in export(register, "json", None)


# -- 4-5: builds never delete what ropa did not write, and never half-finish ----------------------


def test_build_refuses_an_output_folder_that_is_a_link(tmp_path):
    register = build_case("_base", tmp_path / "r")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "belangrijk.txt").write_text("niet weggooien", encoding="utf-8")
    (tmp_path / "site").mkdir()
    os.symlink(elsewhere, tmp_path / "site" / "public")
    result = invoke("build", str(register), "--out", str(tmp_path / "site"), "--no-cache")
    assert result.exit_code == 2 and "is a link" in result.output
    assert (elsewhere / "belangrijk.txt").read_text() == "niet weggooien"


def test_build_refuses_to_write_over_the_register(tmp_path, monkeypatch):
    work = tmp_path / "repo"
    build_case("_base", work / "public")  # a register folder that happens to be called public
    monkeypatch.chdir(work)
    result = invoke("build", "public", "--out", ".", "--no-cache")
    assert result.exit_code == 2 and "register" in result.output
    assert (work / "public" / "organisation.yaml").is_file()


def test_build_refuses_a_folder_of_other_files_unless_forced(tmp_path):
    register = build_case("_base", tmp_path / "r")
    out = tmp_path / "docs"
    out.mkdir()
    (out / "handboek.md").write_text("eigen werk", encoding="utf-8")
    result = invoke("build", str(register), "--out", str(out), "--no-cache")
    assert result.exit_code == 2 and "did not write" in result.output and "handboek.md" in result.output
    forced = invoke("build", str(register), "--out", str(out), "--no-cache", "--force")
    assert forced.exit_code == 0, forced.output
    assert (out / "handboek.md").read_text() == "eigen werk" and (out / "public" / "index.html").is_file()
    assert (out / MARKER).is_file()
    again = invoke("build", str(register), "--out", str(out), "--no-cache")  # ropa's folder now: no --force needed
    assert again.exit_code == 0, again.output


def test_an_interrupted_build_keeps_the_previous_site(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    out = tmp_path / "site"
    build(register, out, use_cache=False)
    before = (out / "public" / "index.html").read_bytes()
    real = build_module._render

    def interrupted(jobs, progress, engine="mkdocs"):
        real(jobs[:1], progress, engine)  # one site is built, the other is not: Ctrl+C
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "_render", interrupted)
    (register / "organisation.yaml").write_text(
        (register / "organisation.yaml").read_text().replace("Testbedrijf B.V.", "Ander B.V."), encoding="utf-8"
    )
    with pytest.raises(KeyboardInterrupt):
        build(register, out, use_cache=False)
    assert (out / "public" / "index.html").read_bytes() == before  # neither half of the new build
    assert (out / "internal" / "index.html").is_file()
    assert [p.name for p in out.iterdir() if p.name.startswith(".ropa-staging")] == []


def test_sigterm_during_a_build_keeps_the_previous_site(tmp_path):
    import signal
    import sys
    import time

    register = build_case("_base", tmp_path / "r")
    out = tmp_path / "site"
    build(register, out, use_cache=False)
    before = (out / "public" / "index.html").read_bytes()
    ropa = Path(sys.executable).parent / "ropa"
    process = subprocess.Popen(
        [str(ropa), "build", str(register), "--out", str(out), "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 30
    while time.time() < deadline and not any(p.name.startswith(".ropa-staging") for p in out.iterdir()):
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert (out / "public" / "index.html").read_bytes() == before or process.returncode == 0
    assert [p.name for p in out.iterdir() if p.name.startswith(".ropa-staging")] == []


def test_two_builds_cannot_write_into_one_folder_at_once(tmp_path):
    import fcntl

    register = build_case("_base", tmp_path / "r")
    out = tmp_path / "site"
    build(register, out, use_cache=False)
    with open(out / LOCK, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = invoke("build", str(register), "--out", str(out), "--no-cache")
    assert result.exit_code == 2 and "another `ropa build`" in result.output


def test_static_files_are_copied_into_the_site(tmp_path):
    register = build_case("_base", tmp_path / "r")
    (register / "static" / "public").mkdir(parents=True)
    (register / "static" / "public" / "CNAME").write_text("privacy.testbedrijf.example\n", encoding="utf-8")
    build(register, tmp_path / "site", use_cache=False)
    assert (tmp_path / "site" / "public" / "CNAME").read_text() == "privacy.testbedrijf.example\n"
    assert lint(register, use_cache=False).problems == []  # static/ is not a stray folder


# -- 7, 10: the register's files stay inside it, and say what they show ----------------------------


def test_links_out_of_the_register_and_git_control_files_are_errors(tmp_path):
    register = build_case("_base", tmp_path / "r")
    os.symlink("/etc/passwd", register / "purposes" / "wachtwoorden.yaml")
    (register / ".gitattributes").write_text("activities/geheim.yaml export-ignore\n", encoding="utf-8")
    found = rules(register)
    assert "register-outside" in found and "register-git-control" in found
    assert "root:" not in " ".join(p.message for ps in found.values() for p in ps)


def test_deep_folders_get_a_message_not_a_recursion_error(tmp_path):
    register = build_case("_base", tmp_path / "r")
    folder = os.open(register / "purposes", os.O_RDONLY)
    for _ in range(1200):  # one level at a time: the whole path is longer than the system allows at once
        os.mkdir("d", dir_fd=folder)
        inner = os.open("d", os.O_RDONLY, dir_fd=folder)
        os.close(folder)
        folder = inner
    os.close(folder)
    try:
        result = invoke("lint", str(register), "--no-cache")
        assert "register-depth" in result.stdout and "internal error" not in result.output
    finally:  # remove it one level at a time, as it was made (recursive removal would itself overflow)
        chain = [os.open(register / "purposes", os.O_RDONLY)]
        for _ in range(1199):
            chain.append(os.open("d", os.O_RDONLY, dir_fd=chain[-1]))
        for fd in reversed(chain):
            os.rmdir("d", dir_fd=fd)
            os.close(fd)


@pytest.mark.parametrize("text", ['"Klant\\u202Eenten"', '"a\\u0000b"', '"\\e[31mrood"', '"links\\u2066rechts"'])
def test_hidden_characters_in_text_are_errors(tmp_path, text):
    register = build_case("_base", tmp_path / "r")
    purpose = register / "purposes" / "vragen-beantwoorden.yaml"
    purpose.write_text(purpose.read_text().replace("name: ", f"name: {text}\nold_name: ", 1), encoding="utf-8")
    found = rules(register)
    assert found["yaml-hidden-character"][0].line == 3


def test_a_huge_number_gives_a_short_message(tmp_path):
    register = build_case("_base", tmp_path / "r")
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(activity.read_text() + "notes: " + "9" * 1_000_000 + "\n", encoding="utf-8")
    result = invoke("lint", str(register), "--no-cache")
    assert "internal error" not in result.output and len(result.output) < 5_000
    assert "[yaml-number] a number of 1,000,000 digits" in result.output and "tag" not in result.output


# -- 6: imports are bounded ------------------------------------------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {  # the smallest workbook a spreadsheet library opens: one sheet, no styles
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>",
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}


def _workbook(path: Path, sheet: bytes | str, extra: dict | None = None, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as book:
        for name, data in _PARTS.items():
            book.writestr(name, data)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return path


SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{}</sheetData></worksheet>'
)


@pytest.mark.parametrize(
    "name, make, message",
    [
        (
            "far-column",
            lambda p: _workbook(
                p, SHEET.format('<row r="2"><c r="ZZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>')
            ),
            "beyond column XFD",
        ),
        ("zip-bomb", lambda p: _workbook(p, SHEET.format("") + " " * (60 * 1024 * 1024)), "unpacks to more than"),
        (
            "entities",
            lambda p: _workbook(p, '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>' + SHEET.format("")),
            "DTD or entities",
        ),
        (
            "shared-index",
            lambda p: _workbook(p, SHEET.format('<row r="1"><c r="A1" t="s"><v>9999</v></c></row>')),
            "not a readable XLSX",
        ),
        ("not-a-zip", lambda p: (p.write_bytes(b"PK\x03\x04 niet echt"), p)[1], "not a readable XLSX"),
        (
            "long-cell",
            lambda p: _workbook(
                p, SHEET.format(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{"x" * 40000}</t></is></c></row>')
            ),
            "longer than",
        ),
    ],
)
def test_hostile_workbooks_are_refused_with_a_message(tmp_path, name, make, message):
    path = make(tmp_path / f"{name}.xlsx")
    result = invoke("import", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    assert message in result.stderr and "internal error" not in result.output and "Traceback" not in result.output


def test_a_corrupt_deflate_stream_is_refused_with_a_message(tmp_path):
    path = _workbook(
        tmp_path / "kapot.xlsx", SHEET.format('<row r="1"><c r="A1" t="inlineStr"><is><t>Verwerking</t></is></c></row>')
    )
    data = bytearray(path.read_bytes())
    start = data.index(b"xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml")
    for i in range(start + 5, start + 40):
        data[i] ^= 0x5A  # damage the compressed bytes of the sheet
    path.write_bytes(bytes(data))
    result = invoke("import", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and "not a readable XLSX" in result.stderr and "internal error" not in result.output


@pytest.mark.parametrize(
    "content, message",
    [
        ("Verwerking;Doelen\n" + "a;b\n" * 100_001, "more than 100,000 rows"),
        ("Verwerking;Doelen\n" + "a;" + "x" * 40_000 + "\n", "longer than"),
        ('Verwerking;Doelen\n"a"b;c\n', "not a CSV row"),
    ],
)
def test_hostile_csv_files_are_refused_with_a_message(tmp_path, content, message):
    path = tmp_path / "register.csv"
    path.write_text(content, encoding="utf-8")
    result = invoke("import", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and message in result.stderr and "internal error" not in result.output


# -- 7: ropa diff reads the committed tree, whatever .gitattributes says ----------------------------


def test_gitattributes_cannot_hide_an_activity_from_diff(tmp_path):
    repo = tmp_path / "repo"
    register = build_case("_base", repo / "register")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-C", str(repo), "-c", "user.email=ci@example.invalid", "-c", "user.name=CI", *args],
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "base")
    activity = (register / "activities" / "klantenservice.yaml").read_text()
    (register / "activities" / "verborgen.yaml").write_text(
        activity.replace("id: klantenservice", "id: verborgen").replace("Klantenservice", "Verborgen"), encoding="utf-8"
    )
    (register / ".gitattributes").write_text("activities/verborgen.yaml export-ignore\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-qm", "hide")
    result = invoke("diff", "HEAD~1", "HEAD", "--register", str(register), "--lang", "nl")
    assert "Verborgen: nieuwe verwerking" in result.stdout
    assert "register-git-control" in rules(register)  # and lint says the attributes file is there


# -- 8: output that cannot be hijacked --------------------------------------------------------------


def test_a_key_cannot_inject_markdown_into_the_job_summary_or_escapes_into_the_terminal(tmp_path, monkeypatch):
    register = build_case("_base", tmp_path / "r")
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        activity.read_text() + '"x` ![x](https://evil.example/p.png) **All checks passed** `y": 1\n'
        '"\\e[2J\\e[31mrood": 2\n',
        encoding="utf-8",
    )
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    invoke("lint", str(register), "--no-cache")
    text = summary.read_text(encoding="utf-8")
    assert "![x](https://" not in text and "\\!\\[x\\](https://evil" in text
    assert "**All checks passed**" not in text
    monkeypatch.delenv("GITHUB_ACTIONS")
    plain = invoke("lint", str(register), "--no-cache", "--format", "text")
    assert "\x1b" not in plain.output and "U+001B" in plain.output
    sarif = invoke("lint", str(register), "--no-cache", "--format", "sarif")
    assert "\x1b" not in sarif.output and "\\u001b" not in sarif.output.replace("\\\\u001b", "")
