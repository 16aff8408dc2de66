"""Qt: the main window, one module per tab, item models, dialogs, undo commands."""
