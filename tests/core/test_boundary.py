"""The core stays Qt-free: importing it must not load PySide6."""

import subprocess
import sys


def test_core_never_imports_qt() -> None:
    code = (
        "import sys, desktop.core, desktop.core.selfcheck, desktop.cli, desktop.grammar;"
        "from desktop.core import analyze; analyze('Send me the logs.', 'Help?');"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'));"
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"desktop.core loaded Qt: {result.stdout}{result.stderr}"
