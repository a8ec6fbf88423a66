"""The photo strip: thumbnails with alt text, reordering and removal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.posts import MAX_PHOTOS, Photo
from mediadesk.words import QT_TRANSLATE_NOOP


class PhotoCard(QWidget):
    """One photo: its thumbnail, its alt text and buttons to move or remove it."""

    alt_edited = Signal(int, str)
    moved = Signal(int, int)
    removed = Signal(int)

    def __init__(self, photo: Photo, pixmap: QPixmap, count: int, editable: bool) -> None:
        super().__init__()
        self.photo = photo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        thumb = QLabel()
        thumb.setPixmap(
            pixmap.scaled(
                160,
                110,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thumb.setAccessibleName(self.tr("Photo {n}").format(n=photo.position + 1))
        thumb.setAccessibleDescription(photo.alt or self.tr("No alt text yet"))
        thumb.setToolTip(
            self.tr("{w} × {h} px, {kb:,} KB, metadata removed").format(
                w=photo.width, h=photo.height, kb=photo.size // 1024
            )
        )
        layout.addWidget(thumb)
        self.alt = QPlainTextEdit(photo.alt)
        self.alt.setPlaceholderText(self.tr("Alt text: describe the photo (required)"))
        self.alt.setAccessibleName(self.tr("Alt text for photo {n}").format(n=photo.position + 1))
        self.alt.setFixedHeight(64)
        self.alt.setTabChangesFocus(True)
        self.alt.setReadOnly(not editable)
        self.alt.textChanged.connect(lambda: self.alt_edited.emit(photo.id, self.alt.toPlainText()))
        layout.addWidget(self.alt)
        buttons = QHBoxLayout()
        for text, name, offset in (
            ("◀", QT_TRANSLATE_NOOP("PhotoCard", "Move earlier"), -1),
            ("▶", QT_TRANSLATE_NOOP("PhotoCard", "Move later"), 1),
        ):
            button = QPushButton(text)
            button.setAccessibleName(self.tr(name))
            button.setToolTip(self.tr(name))
            button.setEnabled(editable and 0 <= photo.position + offset < count)
            button.clicked.connect(lambda _=False, o=offset: self.moved.emit(photo.id, o))
            buttons.addWidget(button)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove photo {n}").format(n=photo.position + 1))
        remove.setEnabled(editable)
        remove.clicked.connect(lambda: self.removed.emit(photo.id))
        buttons.addWidget(remove)
        layout.addLayout(buttons)
        self.setFixedWidth(180)


class PhotoStrip(QWidget):
    """Up to four photos side by side, an Add button and a progress bar while preparing."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Photos"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(self.row)
        controls = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.add_button.setAccessibleName(self.tr("Add photos"))
        self.add_button.setToolTip(self.tr("Or drop photos onto the post"))
        self.add_button.clicked.connect(self.add_requested)
        controls.addWidget(self.add_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Preparing photos"))
        self.progress.setFormat(self.tr("Preparing photos: %v of %m"))
        self.progress.hide()
        controls.addWidget(self.progress, 1)
        self.hint = QLabel(
            self.tr("Up to 4 photos. Location, camera and owner details are removed.")
        )
        self.hint.setStyleSheet("color: gray")
        controls.addWidget(self.hint, 1)
        outer.addLayout(controls)
        self.cards: list[PhotoCard] = []

    def show_photos(
        self, photos: tuple[Photo, ...], pixmaps: dict[int, QPixmap], editable: bool
    ) -> None:
        """Rebuild the strip for `photos`."""
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for photo in photos:
            card = PhotoCard(photo, pixmaps.get(photo.id, QPixmap()), len(photos), editable)
            self.row.addWidget(card)
            self.cards.append(card)
        self.add_button.setEnabled(editable and len(photos) < MAX_PHOTOS)
