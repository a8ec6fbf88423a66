"""The clearance sheet (PDF for sign-off by email) and 'copy for manual posting'."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from mediadesk.context import AppContext
from mediadesk.domain.posts import Post
from mediadesk.errors import KnownError
from mediadesk.ui import i18n


def sheet_html(ctx: AppContext, post: Post) -> str:
    """The sheet as HTML: visit, text per platform, photos with alt text, checks, sign-off."""
    service = ctx.posts()
    visit = service.visit(post.visit_id)
    review = service.review(post)
    rows = [
        "<h1>"
        + QCoreApplication.translate("ClearanceSheet", "Clearance sheet: visit post")
        + "</h1>",
        f"<p><b>{html.escape(visit.title)}</b>, {html.escape(visit.date)}<br>",
    ]
    if visit.embargo:
        when = i18n.long_date(visit.embargo)
        rows.append(
            QCoreApplication.translate("ClearanceSheet", "Embargo: {t}").format(t=when) + "<br>"
        )
    if visit.location_sensitive_until:
        until = i18n.day_month_time(visit.location_sensitive_until)
        rows.append(
            QCoreApplication.translate("ClearanceSheet", "Location sensitive until: {t}").format(
                t=until
            )
            + "<br>"
        )
    rows.append(
        QCoreApplication.translate("ClearanceSheet", "Status: {s}. Prepared by {who}.").format(
            s=i18n.label(post.status), who=html.escape(ctx.user)
        )
        + "</p>"
    )
    for platform, text in review.texts.items():
        rows.append(f"<h2>{platform.label}</h2>")
        for n, part in enumerate(text.parts, 1):
            used = text.counts[n - 1]
            label = (
                QCoreApplication.translate("ClearanceSheet", "Post {n} of {m}").format(
                    n=n, m=len(text.parts)
                )
                + " · "
                if len(text.parts) > 1
                else ""
            )
            rows.append(
                f"<p style='border:1px solid #999; padding:6px'>"
                f"{html.escape(part).replace(chr(10), '<br>')}</p>"
                f"<p style='color:#555'>{label}"
                + QCoreApplication.translate("ClearanceSheet", "{used} of {limit} {unit}").format(
                    used=used.used, limit=used.limit, unit=used.unit
                )
                + "</p>"
            )
    if post.photos:
        rows.append(
            "<h2>"
            + QCoreApplication.translate("ClearanceSheet", "Photos and alt text")
            + "</h2><table cellpadding='6'>"
        )
        for photo in post.photos:
            rows.append(
                f"<tr><td><img src='photo:{photo.id}' width='200'></td>"
                + QCoreApplication.translate(
                    "ClearanceSheet", "<b>Photo {n}</b> ({w} × {h}, metadata removed)"
                ).format(n=photo.position + 1, w=photo.width, h=photo.height)
                + "<br>"
                + QCoreApplication.translate("ClearanceSheet", "Alt text: {alt}").format(
                    alt=html.escape(photo.alt)
                    or "<i>" + QCoreApplication.translate("ClearanceSheet", "missing") + "</i>"
                )
                + "</td></tr>"
            )
        rows.append("</table>")
    if review.findings:
        rows.append("<h2>" + QCoreApplication.translate("ClearanceSheet", "Checks") + "</h2><ul>")
        rows.extend(f"<li>{html.escape(i18n.message(f.message))}</li>" for f in review.findings)
        rows.append("</ul>")
    rows.append(
        "<h2>"
        + QCoreApplication.translate("ClearanceSheet", "Sign-off")
        + "</h2><p>"
        + QCoreApplication.translate("ClearanceSheet", "Cleared by:")
        + " ______________________ &nbsp; "
        + QCoreApplication.translate("ClearanceSheet", "Date and time:")
        + " ______________<br><br>"
        + QCoreApplication.translate("ClearanceSheet", "Note:")
        + " ____________________________________</p>"
    )
    return "".join(rows)


def write_sheet(ctx: AppContext, post: Post, target: Path) -> None:
    """Write the sheet as a PDF at `target`."""
    document = QTextDocument()
    for photo in post.photos:
        image = QImage()
        image.loadFromData(QByteArray(ctx.posts().photo_data(photo.id)))
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"photo:{photo.id}"), image
        )
    document.setHtml(sheet_html(ctx, post))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setOutputFileName(str(target))
    document.print_(printer)
    if not target.exists() or target.stat().st_size == 0:
        raise KnownError(
            QCoreApplication.translate(
                "ClearanceSheet", "The clearance sheet could not be written to {p}."
            ).format(p=target)
        )


def save_clearance_sheet(
    parent: QWidget, ctx: AppContext, post: Post, say: Callable[[str], None]
) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ClearanceSheet", "Save clearance sheet"),
        f"clearance-post-{post.id}.pdf",
        QCoreApplication.translate("ClearanceSheet", "PDF (*.pdf)"),
    )
    if not name:
        return
    try:
        write_sheet(ctx, post, Path(name))
    except KnownError as exc:
        say(i18n.message(exc.message))
        return
    say(QCoreApplication.translate("ClearanceSheet", "Clearance sheet saved: {p}").format(p=name))


def write_manual_folder(ctx: AppContext, post: Post, folder: Path) -> list[Path]:
    """Per-platform texts, the sanitised photos and their alt text, into `folder`."""
    service = ctx.posts()
    review = service.review(post)
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for platform, text in review.texts.items():
            path = folder / f"post-{platform.value}.txt"
            path.write_text("\n\n---\n\n".join(text.parts) + "\n", encoding="utf-8")
            written.append(path)
        alts = []
        for photo in post.photos:
            suffix = ".jpg" if photo.format == "jpeg" else ".png"
            path = folder / f"photo-{photo.position + 1}{suffix}"
            path.write_bytes(service.photo_data(photo.id))
            written.append(path)
            alts.append(f"photo-{photo.position + 1}{suffix}: {photo.alt}")
        if alts:
            path = folder / "alt-text.txt"
            path.write_text("\n".join(alts) + "\n", encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise KnownError(
            QCoreApplication.translate(
                "ClearanceSheet", "The files could not be written to {p}: {why}."
            ).format(p=folder, why=exc.strerror)
        ) from exc
    return written


def copy_for_manual_posting(
    parent: QWidget, ctx: AppContext, post: Post, say: Callable[[str], None]
) -> None:
    """Text on the clipboard; photos and alt text saved to a folder the user picks."""
    first = post.platforms[0] if post.platforms else None
    clipboard = QGuiApplication.clipboard()
    if first is not None:
        clipboard.setText(post.composed(first))
    if not post.photos:
        say(QCoreApplication.translate("ClearanceSheet", "The post's text is on the clipboard."))
        return
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ClearanceSheet", "Save photos and alt text to")
    )
    if not folder:
        say(QCoreApplication.translate("ClearanceSheet", "The post's text is on the clipboard."))
        return
    try:
        written = write_manual_folder(ctx, post, Path(folder))
    except KnownError as exc:
        say(i18n.message(exc.message))
        return
    say(
        QCoreApplication.translate(
            "ClearanceSheet", "Text on the clipboard; {n} files saved in {f}."
        ).format(n=len(written), f=folder)
    )
