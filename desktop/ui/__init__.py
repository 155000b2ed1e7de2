"""Composure's desktop app: thin PySide6 widgets that render a core `Report` and
forward what the user did. No rule logic lives here."""
