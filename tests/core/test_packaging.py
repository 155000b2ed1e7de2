"""Shipped checklists and assets are found when installed from a wheel, not only a checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    (built,) = out.glob("composure-*.whl")
    return built


def test_wheel_contains_checklists_and_assets(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in ("clarity.yaml", "tone.yaml", "leap.yaml", "grace.yaml", "README.md",
                    "models/tone.tsv"):
        assert f"desktop/_data/checklists/{shipped}" in names
    assert any(n.startswith("desktop/_data/assets/") and n.endswith(".svg") for n in names)


def test_installed_wheel_finds_its_rules_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import desktop, desktop.core.paths as p; from desktop.core import analyze;"
        f"assert desktop.__file__.startswith({str(target)!r}), desktop.__file__;"
        f"assert p.shipped_checklists_dir().is_relative_to({str(target)!r});"
        "assert (p.assets_dir() / 'composure.svg').is_file();"
        "from desktop.core.analysis import default_ruleset;"
        "assert default_ruleset().problems == (), default_ruleset().problems;"
        "assert default_ruleset().rule('tone.reads-as-blame') is not None;"
        "r = analyze('Send me the logs.');"
        "print(r.findings[0].rule, len(r.checklist))"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin",
           "COMPOSURE_CONFIG_DIR": str(tmp_path / "cfg")}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["clarity.logs-without-scope", "8"]
