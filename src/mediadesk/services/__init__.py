"""Use cases over storage: Qt-free and testable without a display."""
