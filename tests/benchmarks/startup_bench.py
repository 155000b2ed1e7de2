"""How long the window takes to appear, from a fresh interpreter (run by hand).

    python tests/benchmarks/startup_bench.py [--runs 5]

Each run starts a new Python process that imports Qt and the app, builds the main window
(grammar off: its engine loads later, off the UI thread), shows it and lets Qt process
the events of showing it, with its own empty config and data folders. Prints the median
and the slowest run. DESIGN.md asks for "about a second".
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ONE_START = """
import time
started = time.perf_counter()
import os, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COMPOSURE_CONFIG_DIR"] = tempfile.mkdtemp()
os.environ["COMPOSURE_DATA_DIR"] = tempfile.mkdtemp()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui.main_window import MainWindow
window = MainWindow(grammar=False)
window.show()
app.processEvents()
print((time.perf_counter() - started) * 1000)
QApplication.clipboard().clear()  # (a QMimeData left at exit crashes PySide6 offscreen)
window.close()
window.store.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        result = subprocess.run([sys.executable, "-c", ONE_START], cwd=ROOT,
                                capture_output=True, text=True, check=True)
        times.append(float(result.stdout.split()[-1]))
    print(f"window on screen, {args.runs} fresh processes: median "
          f"{statistics.median(times):.0f} ms, slowest {max(times):.0f} ms")


if __name__ == "__main__":
    main()
