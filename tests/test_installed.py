"""ropa as its users install it: the built wheel (never an editable install) in a fresh virtual
environment, run from a folder outside this checkout, doing what a user's CI does.

The wheel is built from the sdist as the release workflow builds it (or taken from $ROPA_WHEEL, which
.ci/run and the release workflow set to the wheel they built). Where pip is asked for ropa by name, as
in the generated workflows, it is pointed at that wheel, so nothing here can pick up another project
of the same name or the checkout itself.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from ropa import __version__

pytestmark = pytest.mark.installed


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    given = os.environ.get("ROPA_WHEEL")
    if given:
        path = Path(given).resolve()
        assert path.is_file(), f"$ROPA_WHEEL={given} is not a file"
        return path
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    [built] = out.glob("*.whl")
    assert len(list(out.glob("*.tar.gz"))) == 1, "the sdist was not built"
    return built


def _env(home: Path, wheel: Path, venv: Path | None = None) -> dict[str, str]:
    """The environment of a user's shell: ropa on PATH from the venv, never this checkout's tool/."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "ROPA_"))}
    env.update(
        HOME=str(home),
        GIT_AUTHOR_NAME="CI",
        GIT_AUTHOR_EMAIL="ci@example.invalid",
        GIT_COMMITTER_NAME="CI",
        GIT_COMMITTER_EMAIL="ci@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        # where the generated files ask pip for ropa-register by name, this wheel answers
        PIP_FIND_LINKS=" ".join(filter(None, [str(wheel.parent), os.environ.get("PIP_FIND_LINKS")])),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
        ROPA_CACHE_DIR=str(home / "cache"),
    )
    if venv is not None:
        env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(venv)
    return env


def _run(command: list[str] | str, cwd: Path, env: dict[str, str], timeout: int = 600) -> str:
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        shell=isinstance(command, str),
        executable="/bin/bash" if isinstance(command, str) else None,
    )
    assert result.returncode == 0, (command, result.stdout[-4000:], result.stderr[-4000:])
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def user(tmp_path_factory, wheel):
    """A home folder with a fresh venv that holds the wheel and its dependencies, and nothing else."""
    home = tmp_path_factory.mktemp("home")
    venv = home / "venv"
    env = _env(home, wheel)
    _run([sys.executable, "-m", "venv", str(venv)], home, env)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], home, env)
    return home, _env(home, wheel, venv)


def test_the_wheel_holds_every_module_schema_and_template(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"ropa/{p.relative_to(ROOT / 'tool' / 'ropa').as_posix()}" for p in (ROOT / "tool" / "ropa").rglob("*.py")
    }
    expected |= {f"ropa/schemas/{p.name}" for p in (ROOT / "schema").glob("*.schema.json")}
    expected |= {
        f"ropa/site_templates/{p.relative_to(ROOT / 'site_templates').as_posix()}"
        for p in (ROOT / "site_templates").rglob("*")
        if p.is_file()
    }
    expected |= {
        f"ropa/data/{p.relative_to(ROOT / 'tool' / 'ropa' / 'data').as_posix()}"
        for p in (ROOT / "tool" / "ropa" / "data").rglob("*.yaml")
    }
    assert expected - names == set()
    dist_info = f"ropa_register-{__version__}.dist-info"
    assert f"{dist_info}/licenses/LICENSE" in names
    metadata = zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode()
    assert "Name: ropa-register" in metadata and f"Version: {__version__}" in metadata
    assert "License-Expression: EUPL-1.2" in metadata
    licence = zipfile.ZipFile(wheel).read(f"{dist_info}/licenses/LICENSE").decode()
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in licence
    assert "console_scripts" in zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()


def test_installed_ropa_is_the_wheel_not_the_checkout(user):
    home, env = user
    out = _run(
        [
            "python",
            "-c",
            "import ropa, importlib.metadata as m; print(ropa.__file__); print(m.version('ropa-register'))",
        ],
        home,
        env,
    )
    location, version = out.split()
    assert str(home / "venv") in location and str(ROOT) not in location
    assert version == __version__
    assert f"ropa, version {__version__}" in _run(["ropa", "--version"], home, env)


def _scripts(texts: list[str], base: str) -> list[str]:
    """Shell scripts of a CI file as a local shell runs them: CI variables set to local values."""
    out = []
    for text in texts:
        text = re.sub(r"\$\{\{\s*github\.event\.pull_request\.base\.sha\s*\}\}", base, text)
        text = text.replace("$CI_MERGE_REQUEST_DIFF_BASE_SHA", base)
        assert "${{" not in text, f"a GitHub expression the test does not know: {text}"
        out.append(text)
    return out


def test_a_new_register_repository_works_as_its_ci_runs_it(user, wheel):
    """What the README's Install section promises: init, lint, build, export, diff, the pre-commit
    hook and every command of the generated GitHub and GitLab workflows, with the installed ropa."""
    home, env = user
    _run(
        ["ropa", "init", "demo", "--name", "Voorbeeld B.V.", "--email", "privacy@voorbeeld.example", "--commit"],
        home,
        env,
    )
    repo = home / "demo"
    for command in (["ropa", "lint"], ["ropa", "build"], ["ropa", "diff"], ["ropa", "lint", "--strict"]):
        _run(command, repo, env)
    assert (repo / "site" / "public" / "index.html").is_file() and (repo / "site" / "internal" / "index.html").is_file()
    for fmt in ("json", "csv", "xlsx", "jsonld"):
        _run(["ropa", "export", "--format", fmt, "--out", f"register.{fmt}"], repo, env)
        assert (repo / f"register.{fmt}").stat().st_size > 0
    # The pre-commit hook the repository got: its entry, as pre-commit runs it (no file names).
    [hook] = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"]
    assert hook["additional_dependencies"] == [f"ropa-register=={__version__}"]
    _run(hook["entry"], repo, env)
    # Every run step of the GitHub workflow, in order, in a fresh venv of its own: pip install included.
    workflow = yaml.safe_load((repo / ".github" / "workflows" / "ropa.yml").read_text())
    ci_venv = home / "ci-venv"
    _run([sys.executable, "-m", "venv", str(ci_venv)], repo, env)
    ci_env = _env(home, wheel, ci_venv)
    summary = home / "summary.md"
    ci_env.update(GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary))
    scripts = _scripts([s["run"] for job in workflow["jobs"].values() for s in job["steps"] if "run" in s], "HEAD")
    installs = [s for s in scripts if s.startswith("pip install")]
    assert installs and all(s == f'pip install "ropa-register=={__version__}"' for s in installs), installs
    assert all("ropa" in s for s in scripts)
    for script in scripts:
        _run(script, repo, ci_env)
    assert "Register changes" in summary.read_text()
    # The GitLab pipeline's scripts (not the image's apt-get), likewise.
    pipeline = yaml.safe_load((repo / ".gitlab-ci.yml").read_text())
    gitlab = [line for line in pipeline["before_script"] if not line.startswith("apt-get")]
    gitlab += pipeline["lint"]["script"] + pipeline["pages"]["script"]
    assert f'pip install "ropa-register=={__version__}"' in gitlab
    for script in _scripts(gitlab, "HEAD"):
        _run(script, repo, _env(home, wheel, ci_venv))
    assert (repo / "public" / "index.html").is_file() and (repo / "gl-code-quality-report.json").is_file()


def test_nothing_installs_the_foreign_ropa_project():
    """`ropa` on the package index is someone else's project: no file here may install it by that name."""
    pattern = re.compile(r"pip install[^\n]*[\"' ]ropa(?:[=<>~!\[\"' ]|$)", re.MULTILINE)
    files = [
        ROOT / "README.md",
        ROOT / "action.yml",
        ROOT / ".pre-commit-hooks.yaml",
        ROOT / ".gitlab-ci.yml",
        *(ROOT / ".github" / "workflows").glob("*.yml"),
        *(ROOT / "docs").glob("*.md"),
        *(p for p in (ROOT / "site_templates" / "init").rglob("*") if p.is_file()),
    ]
    for path in files:
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_the_github_action_installs_from_its_checkout_and_lints(tmp_path, user, wheel):
    """action.yml's steps as the runner runs them: inputs as environment variables, the action's own
    checkout as $GITHUB_ACTION_PATH, a broken register failing the step with an annotation."""
    home, _ = user
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    runner_temp, github_path, summary = tmp_path / "runner", tmp_path / "github_path", tmp_path / "summary.md"
    runner_temp.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    (work / "register").mkdir()
    (work / "register" / "organisation.yaml").write_text(
        "name: Voorbeeld B.V.\nemail: privacy@voorbeeld.example\nadress: Dorpsstraat 1\n"
    )  # a typo: a schema error
    env = _env(home, wheel)
    env.update(
        GITHUB_ACTION_PATH=str(ROOT),
        RUNNER_TEMP=str(runner_temp),
        GITHUB_PATH=str(github_path),
        GITHUB_STEP_SUMMARY=str(summary),
        GITHUB_ACTIONS="true",
    )
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    # the cache is kept where ropa looks for it when nothing else is set (the runner's own step)
    cached = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert [s["with"]["path"] for s in cached] == ["~/.cache/ropa"] and "inputs.cache" in cached[0]["if"]
    results = []
    for step in steps[1:]:
        if "uses" in step:
            continue
        script = step["run"]
        assert "${{" not in script, "inputs must reach scripts through env, never pasted into them"
        step_env = dict(env)
        for key, value in (step.get("env") or {}).items():
            name = re.fullmatch(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", value)
            step_env[key] = inputs[name.group(1)] if name else value
        if github_path.exists():
            step_env["PATH"] = os.pathsep.join(github_path.read_text().split()) + os.pathsep + step_env["PATH"]
        if "if" in step and inputs["diff-base"] == "":
            continue
        results.append(
            subprocess.run(
                script,
                shell=True,
                executable="/bin/bash",
                cwd=work,
                env=step_env,
                capture_output=True,
                text=True,
                timeout=900,
            )
        )
    install, lint = results
    assert install.returncode == 0, install.stderr[-3000:]
    assert lint.returncode == 1 and "::error file=register/organisation.yaml" in lint.stdout, lint.stdout
