"""One table owns every action: its text, shortcut, menu and accessible description.

Menus and shortcuts are built from `ACTIONS`, so the README's shortcut list, the menus
and what the keys do can never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

Keys = tuple[QKeySequence.StandardKey | str, ...]


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    menu: str
    keys: Keys = ()
    tip: str = ""
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_draft",
        "&New draft",
        "&File",
        (QKeySequence.StandardKey.New,),
        "Start a fresh draft (the current one stays in the drafts list).",
    ),
    ActionSpec(
        "save_as",
        "Save reply &as…",
        "&File",
        (QKeySequence.StandardKey.SaveAs,),
        "Save the reply to a .txt or .md file.",
    ),
    ActionSpec(
        "settings", "&Settings…", "&File", ("Ctrl+,",), "Cool-down length, checklists, theme."
    ),
    ActionSpec("quit", "&Quit", "&File", (QKeySequence.StandardKey.Quit,)),
    ActionSpec(
        "start_breath",
        "&Ready to send — take a breath",
        "&Reply",
        ("Ctrl+Return", "Ctrl+Enter"),
        "Start the cool-down: a last calm re-read before the reply can be copied.",
    ),
    ActionSpec(
        "copy_reply",
        "&Copy reply",
        "&Reply",
        ("Ctrl+Shift+C",),
        "Copy the reply as plain text and HTML (after the cool-down).",
    ),
    ActionSpec(
        "cancel_breath",
        "&Keep editing",
        "&Reply",
        ("Esc",),
        "Stop the cool-down and go back to the draft.",
    ),
    ActionSpec(
        "next_finding",
        "Next &suggestion",
        "&Reply",
        ("F8",),
        "Select the next underlined phrase in the draft.",
    ),
    ActionSpec(
        "insert_template",
        "Insert &template…",
        "&Reply",
        ("Ctrl+T",),
        "Pick a reply template and insert it at the cursor; Tab fills its placeholders.",
    ),
    ActionSpec("focus_customer", "Go to customer's &message", "&View", ("Alt+1",)),
    ActionSpec("focus_draft", "Go to your &reply", "&View", ("Alt+2",)),
    ActionSpec(
        "toggle_drafts",
        "&Drafts and history",
        "&View",
        ("Ctrl+Shift+D",),
        "Show or hide the list of drafts and sent replies.",
        checkable=True,
    ),
    ActionSpec("about", "&About Composure", "&Help"),
)


def build_actions(
    window: QMainWindow, handlers: Mapping[str, Callable[..., object]]
) -> dict[str, QAction]:
    """Create every action on ``window``, wire it to ``handlers[name]``, build the menus."""
    actions: dict[str, QAction] = {}
    menus: dict[str, object] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        action.setObjectName(f"action_{spec.name}")
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        action.setCheckable(spec.checkable)
        if spec.name == "quit":
            action.setMenuRole(QAction.MenuRole.QuitRole)
        elif spec.name == "about":
            action.setMenuRole(QAction.MenuRole.AboutRole)
        elif spec.name == "settings":
            action.setMenuRole(QAction.MenuRole.PreferencesRole)
        handler = handlers.get(spec.name)
        if handler is not None:
            signal = action.toggled if spec.checkable else action.triggered
            signal.connect(handler)
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        menus[spec.menu].addAction(action)  # type: ignore[attr-defined]
        window.addAction(action)
        actions[spec.name] = action
    return actions


def shortcut_table() -> list[tuple[str, str]]:
    """(keys, what they do) for the README and the About box."""
    rows = []
    for spec in ACTIONS:
        if spec.keys:
            keys = " / ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
            )
            rows.append((keys, spec.text.replace("&", "")))
    return rows
