"""Qt widgets, item models and dialogs."""
