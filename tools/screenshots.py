"""Take the README screenshots from a demo profile: `python tools/screenshots.py OUT_DIR`."""

from __future__ import annotations

import sys
import tempfile
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_data import populate, populate_monitoring, populate_posts

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.services.reports import build
from mediadesk.storage.profile import open_profile
from mediadesk.ui import i18n
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.enquiries.report import ReportDialog
from mediadesk.ui.mainwindow import MainWindow
from mediadesk.ui.theme import apply_theme


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the event loop paint."""
    QTimer.singleShot(ms, app.quit)
    app.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    theme = sys.argv[2] if len(sys.argv) > 2 else "light"
    language = sys.argv[3] if len(sys.argv) > 3 else "en-GB"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    apply_theme(app, theme)
    i18n.install(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        database = open_profile(ProfilePaths(Path(tmp), custom=True), MemoryStore())
        ctx = AppContext.open(database, Policy())
        ctx.settings.set("user.display_name", "Alex Morgan")
        populate(ctx.enquiries(), ctx.clock())
        with closing(database.connect()) as conn:  # demo data goes straight into storage
            populate_monitoring(conn, ctx.clock())
        populate_posts(ctx, ctx.clock())
        window = MainWindow(ctx)
        # Welsh is shown on the commonest laptop screen, where its longer words must fit.
        window.resize(*((1500, 880) if language == "en-GB" else (1366 - 8, 768 - 40)))
        window.show()
        settle(app, 600)
        window.enquiries.table.selectRow(1)
        settle(app)
        suffix = ("" if theme == "light" else f"-{theme}") + (
            "" if language == "en-GB" else f"-{language}"
        )
        save(window, out / f"enquiries{suffix}.png")
        dialog = QuickLogDialog(ctx.desk, window)
        dialog.journalist.setText("Priya Patel")
        dialog.outlet.setText("BBC Radio 4")
        dialog.subject.setText("Minister's visit to Leeds")
        dialog.questions.setPlainText(
            "Is the minister still visiting the college on Friday, and will there be a doorstep?"
        )
        dialog.tags.setText("visits")
        dialog.show()
        settle(app)
        save(dialog, out / f"quick-log{suffix}.png")
        dialog.close()
        window.enquiries.filters.status.setCurrentIndex(1)  # all statuses
        settle(app, 500)
        report = ReportDialog(
            build(ctx.desk.enquiries.search(window.enquiries.current_filter()), ctx.clock()),
            window,
            remake=lambda _period: None,  # as the window opens it: the period can be chosen
        )
        report.show()
        settle(app)
        save(report, out / f"report{suffix}.png")
        report.close()
        from mediadesk.ui.posts.accounts import AccountsDialog

        ctx.secrets = MemoryStore()  # as with the keyring: the forms are live
        accounts = AccountsDialog(ctx, window.tasks, window)
        accounts.show()
        settle(app)
        save(accounts, out / f"accounts{suffix}.png")
        accounts.done(0)
        from mediadesk.ui.dialogs.welcome import JoinDialog, WelcomeDialog

        welcome = WelcomeDialog(window)
        welcome.name.setText("Alex Morgan")
        welcome.show()
        settle(app)
        save(welcome, out / f"welcome{suffix}.png")
        welcome.done(0)
        joining = JoinDialog(window.tasks, "postgresql://db.office.example/mediadesk", window)
        joining.user.setText("alex.morgan")
        joining.password.setText("a password")
        joining.show()
        settle(app)
        save(joining, out / f"join-office{suffix}.png")
        joining.done(0)
        assert window.monitoring is not None
        window.monitoring.scheduler.stop()
        window.tabs.setCurrentWidget(window.monitoring_page)
        settle(app, 400)
        save(window, out / f"monitoring{suffix}.png")
        assert window.posts is not None
        window.tabs.setCurrentWidget(window.posts_page)
        window.posts.posts.setCurrentRow(1)
        settle(app, 500)
        save(window, out / f"visit-posts{suffix}.png")
        window.lock_control.lock("Locked after 15 minutes without use.")
        settle(app, 300)
        save(window, out / f"locked{suffix}.png")
        window.close()
        window.tasks.shutdown()
        ctx.close()


if __name__ == "__main__":
    main()
