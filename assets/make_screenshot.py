"""Re-create assets/screenshot.png: the real window with a realistic reply in progress.

Run from the repository root: QT_QPA_PLATFORM=offscreen python assets/make_screenshot.py
Uses throw-away data and config folders, so your own drafts are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="composure-shot-"))
os.environ["COMPOSURE_DATA_DIR"] = str(_tmp / "data")
os.environ["COMPOSURE_CONFIG_DIR"] = str(_tmp / "config")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.drafts import DraftStore  # noqa: E402
from desktop.ui.app import create_app  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

CUSTOMER = (
    "This is the THIRD time the nightly export has failed this week!!! We launch "
    "tomorrow and our finance team can't close the month without it.\n\n"
    "Why does nobody on your side seem to care? When will it actually be fixed?"
)
REPLY = (
    "Hi Dana,\n\n"
    "I'm sorry the export failed again, right before your launch. That's on us, not you, "
    "and I can see why the finance team is worried.\n\n"
    "I've raised it with our export team as urgent and I'll update you by 3pm today. "
    "Could you send me the logs? As I already said, restarting the scheduler usually "
    "helps."
)


def main() -> None:
    store, _ = DraftStore.open()
    store.create(customer="Password reset emails arrive an hour late", reply="Hi Sam, …")
    store.create(customer="Invoice shows the wrong VAT number", reply="Hi Priya, …")
    store.close()
    app = create_app()
    window = MainWindow(grammar=False)
    window.new_draft()
    window.resize(1360, 820)
    window.main_splitter.setSizes([230, 640, 460])
    window.show()
    window.customer_editor.setPlainText(CUSTOMER)
    window.draft_editor.setPlainText(REPLY)
    window.analyse_now()
    window.autosave_now()
    window.side_splitter.setSizes([330, 290])
    window.breath_timer.cooldown._clock = lambda: 0.0  # a still frame
    app.processEvents()
    out = ROOT / "assets" / "screenshot.png"
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
