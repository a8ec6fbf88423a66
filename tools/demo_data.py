"""A realistic demo profile for screenshots and trying MediaDesk out."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import (
    Channel,
    NewEnquiry,
    OutletType,
    Priority,
    ResponseType,
    Status,
)
from mediadesk.domain.monitoring import Column, ColumnKind, FeedItem, Filters, item_key
from mediadesk.services.enquiries import EnquiryService
from mediadesk.storage import directory
from mediadesk.storage import monitoring as monitor_store
from mediadesk.storage.db import Connection, transaction

PEOPLE = [
    ("Jane Smith", "Daily Bugle"),
    ("Omar Khan", "Northern Echo"),
    ("Priya Patel", "BBC Radio 4"),
    ("Tom Hughes", "The Guardian"),
    ("Siân Evans", "Western Mail"),
    ("Leo Grant", "Construction News"),
    ("Amara Okafor", "Sky News"),
    ("Ben Carter", "HuffPost UK"),
]
TOPICS = [
    (
        "School meals funding",
        "How many schools are affected by the change, and when was the minister told?",
        "education",
    ),
    (
        "Hospital parking charges",
        "Why did charges rise at three trusts this year? Will the department step in?",
        "health",
    ),
    (
        "Rail strike talks",
        "Will the minister meet union leaders before Friday's walkout?",
        "transport",
    ),
    (
        "Flood defence spending",
        "Can you confirm the £120m figure quoted at the select committee?",
        "environment",
    ),
    (
        "Minister's visit to Leeds",
        "What time does the minister arrive, and is there a photo opportunity at the college?",
        "visits",
    ),
    (
        "Data breach at the agency",
        "How many records were exposed and has the ICO been told?",
        "digital",
    ),
    ("Housing targets", "Is the 300,000 homes target being dropped?", "housing"),
    ("Prison capacity", "How many places are left in the men's estate this week?", "justice"),
]
LINES = (
    'A department spokesperson said: "We are working closely with partners and will '
    'set out next steps shortly."'
)


OUTLET_TYPES = {
    "Northern Echo": OutletType.REGIONAL,
    "Western Mail": OutletType.REGIONAL,
    "BBC Radio 4": OutletType.BROADCAST,
    "Sky News": OutletType.BROADCAST,
    "Construction News": OutletType.TRADE,
    "HuffPost UK": OutletType.ONLINE,
}


def _answer(service: EnquiryService, enquiry_id: int, at: datetime) -> None:
    """Take an enquiry through clearance to response, as if at `at`."""
    timed = EnquiryService(service.conn, service.actor, lambda: at)
    timed.set_status(enquiry_id, Status.IN_PROGRESS)
    timed.update(enquiry_id, response=LINES, response_type=ResponseType.STATEMENT)
    timed.set_status(enquiry_id, Status.AWAITING_CLEARANCE)
    timed.set_status(enquiry_id, Status.CLEARED)
    timed.set_status(enquiry_id, Status.RESPONDED)
    timed.set_status(enquiry_id, Status.CLOSED)


def populate(service: EnquiryService, now: datetime, count: int = 60, seed: int = 3) -> None:
    """Fill a profile with answered history and a handful of live enquiries."""
    rng = random.Random(seed)
    owners = ["Alex Morgan", "Sam Reid", "Chris Doyle"]
    past = []
    for _ in range(count):
        person, outlet = rng.choice(PEOPLE)
        subject, questions, tag = rng.choice(TOPICS)
        received = now - timedelta(days=rng.randint(3, 120), minutes=rng.randint(0, 600))
        deadline = received + timedelta(hours=rng.choice([2, 4, 6]))
        past.append(
            NewEnquiry(
                received,
                rng.choice(list(Channel)),
                subject,
                journalist=person,
                outlet=outlet,
                questions=questions,
                deadline=deadline,
                priority=rng.choice(list(Priority)),
                owner=rng.choice(owners),
                tags=(tag,),
            )
        )
    past.sort(key=lambda e: e.received)
    for item in past:
        created = EnquiryService(service.conn, service.actor, lambda r=item.received: r).create(
            item
        )
        assert item.deadline is not None
        late = rng.random() < 0.15
        answered = item.deadline + (timedelta(hours=2) if late else -timedelta(minutes=30))
        _answer(service, created.id, answered)
    for name, kind in OUTLET_TYPES.items():
        outlet = directory.find_outlet(service.conn, name)
        if outlet is not None:
            directory.set_outlet_type(service.conn, outlet.id, kind)
    live = [
        (-25, Status.IN_PROGRESS, Priority.URGENT),
        (20, Status.AWAITING_CLEARANCE, Priority.HIGH),
        (45, Status.NEW, Priority.HIGH),
        (95, Status.CLEARED, Priority.NORMAL),
        (150, Status.IN_PROGRESS, Priority.NORMAL),
        (300, Status.NEW, Priority.NORMAL),
        (26 * 60, Status.NEW, Priority.LOW),
    ]
    for index, (minutes, status, priority) in enumerate(live):
        person, outlet = PEOPLE[index % len(PEOPLE)]
        subject, questions, tag = TOPICS[index % len(TOPICS)]
        received = now - timedelta(minutes=rng.randint(40, 180))
        created = service.create(
            NewEnquiry(
                received,
                Channel.PHONE if index % 2 else Channel.EMAIL,
                subject,
                journalist=person,
                outlet=outlet,
                questions=questions,
                deadline=now + timedelta(minutes=minutes),
                priority=priority,
                owner=owners[index % 3],
                tags=(tag,),
            )
        )
        if status is Status.NEW:
            continue
        service.set_status(created.id, Status.IN_PROGRESS)
        if status is Status.IN_PROGRESS:
            continue
        service.update(created.id, response=LINES, response_type=ResponseType.STATEMENT)
        service.set_status(created.id, Status.AWAITING_CLEARANCE)
        if status is Status.CLEARED:
            service.set_status(created.id, Status.CLEARED)


MONITOR_COLUMNS = [
    (
        "DfE news (GOV.UK)",
        "https://www.gov.uk/search/news-and-communications.atom?"
        "organisations[]=department-for-education",
        "GOV.UK",
        [
            "Free school meals expansion confirmed",
            "Secretary of State speech on the teacher pay award",
            "Ofsted report cards: consultation response",
            "New maths hubs to open in 40 areas",
            "Children's wellbeing bill: royal assent",
            "Skills England: first annual report",
        ],
        ("school meals",),
    ),
    (
        "Daily Bugle politics",
        "https://bugle.example/politics/rss",
        "Daily Bugle",
        [
            "Minister under pressure over school meals",
            "Rail strike talks collapse after four hours",
            "Flood defence spending 'not enough', say MPs",
            "Council tax rises loom for 2027",
            "Analysis: what the pay award means for teachers",
        ],
        ("minister",),
    ),
    (
        "GOV.UK search: flooding",
        "",
        "GOV.UK",
        [
            "Flood defence funding boost for Yorkshire",
            "Environment Agency issues flood warnings for the Severn",
            "Water company fines: record penalties announced",
            "Flood recovery grants open for applications",
        ],
        (),
    ),
    (
        "Northern Echo",
        "https://northern-echo.example/news/rss",
        "Northern Echo",
        [
            "Teesside college welcomes minister's visit",
            "Bus fares capped at £2 until 2027",
            "Hospital parking charges rise at three trusts",
            "Bridge repairs close the A66 overnight",
        ],
        ("minister", "visit"),
    ),
]
AUTHORS = ["Jane Smith", "Omar Khan", "Priya Patel", "Tom Hughes", ""]


def populate_monitoring(conn: Connection, now: datetime, seed: int = 5) -> None:
    """Columns with believable items, some read, some alerting."""
    rng = random.Random(seed)
    for title, url, source, headlines, alert in MONITOR_COLUMNS:
        if url:
            column = Column(0, ColumnKind.FEED, title, {"url": url}, Filters(alert=alert))
        else:
            column = Column(
                0, ColumnKind.GOVUK_SEARCH, title, {"keywords": "flooding"}, Filters(alert=alert)
            )
        column_id = monitor_store.add_column(conn, column)
        items = []
        for index, headline in enumerate(headlines):
            published = now - timedelta(minutes=12 + index * rng.randint(25, 90))
            slug = headline.lower().replace(" ", "-").replace("'", "")[:50]
            link = f"https://{(url or 'https://www.gov.uk').split('/')[2]}/news/{slug}"
            items.append(
                FeedItem(
                    item_key(link, slug),
                    source,
                    link,
                    headline,
                    f"The latest from {source} on {headline.split(':')[0].lower()}, with "
                    "reaction and what happens next.",
                    "" if source == "GOV.UK" else rng.choice(AUTHORS),
                    published,
                )
            )
        with transaction(conn):
            alerts = [Filters(alert=alert).alerts(i) for i in items]
            ids = monitor_store.store_items(conn, column_id, items, alerts, now)
            monitor_store.save_poll_state(
                conn,
                column_id,
                monitor_store.PollState(
                    None,
                    None,
                    now - timedelta(minutes=2),
                    now - timedelta(minutes=2),
                    now + timedelta(minutes=3),
                    0,
                    "",
                ),
            )
        monitor_store.set_read(conn, ids[len(ids) // 2 :])


def _scene(path: str, hue: int, seed: int) -> None:
    """A synthetic 'photo' (sky, hills, a building) so demo posts have real JPEGs."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPolygonF

    rng = random.Random(seed)
    image = QImage(2400, 1600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(0, 0, 0, 1600)
    sky.setColorAt(0, QColor.fromHsv(hue, 90, 250))
    sky.setColorAt(1, QColor.fromHsv(hue, 30, 255))
    painter.fillRect(image.rect(), sky)
    for layer in range(3):
        points = [QPointF(0, 1600)]
        for x in range(0, 2500, 100):
            points.append(QPointF(x, 900 + layer * 180 + rng.randint(-90, 90)))
        points.append(QPointF(2400, 1600))
        painter.setBrush(QColor.fromHsv(110 + layer * 10, 120 + layer * 30, 170 - layer * 30))
        painter.setPen(QColor(0, 0, 0, 0))
        painter.drawPolygon(QPolygonF(points))
    painter.setBrush(QColor("#b8b0a0"))
    painter.drawRect(QRectF(900, 700, 700, 520))
    painter.setBrush(QColor("#7a3b2e"))
    painter.drawPolygon(QPolygonF([QPointF(860, 720), QPointF(1250, 480), QPointF(1640, 720)]))
    painter.setBrush(QColor("#334"))
    for col in range(4):
        painter.drawRect(QRectF(960 + col * 160, 800, 90, 120))
    painter.end()
    image.save(path, "JPEG", 90)


def populate_posts(ctx: AppContext, now: datetime) -> None:
    """A visit with a draft post (two photos) and a cleared one."""
    import tempfile
    from pathlib import Path

    from mediadesk.domain.posts import Platform, Visit
    from mediadesk.media.photos import prepare, strictest

    service = ctx.posts()
    today = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    visit = service.save_visit(
        Visit(
            0,
            "Rt Hon Jo Minister MP",
            today.date().isoformat(),
            "Llandeilo",
            "10:00 arrive Ysgol Bro Dinefwr; 10:20 tour of the new kitchen; 11:00 pool clip.",
            embargo=today.replace(hour=11),
            location_sensitive_until=today.replace(hour=10, minute=30),
        )
    )
    cleared = service.new_post(visit.id)
    service.save_content(
        cleared.id,
        text="Free school meals now reach every primary pupil in Wales.",
        hashtags="SchoolMeals",
        link="https://www.gov.wales/free-school-meals",
        platforms=(Platform.X, Platform.BLUESKY),
    )
    service.submit(cleared.id)
    service.clear(cleared.id, "Sam Patel (Head of News)", "Cleared by email 09:12")
    post = service.new_post(visit.id)
    service.save_content(
        post.id,
        text=(
            "Great to join pupils at Ysgol Bro Dinefwr in Llandeilo for lunch today. "
            "“Every child deserves a hot, healthy meal at school,” said the minister."
        ),
        hashtags="SchoolMeals, FreeSchoolMeals",
        link="https://www.gov.wales/free-school-meals",
    )
    service.add_snippet(visit.id, "Every child deserves a hot, healthy meal at school.")
    limits = strictest(["x", "bluesky", "mastodon"])
    alts = [
        "The minister sits with four pupils at a lunch table in the school hall.",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for n, alt in enumerate(alts):
            path = Path(tmp) / f"visit-{n}.jpg"
            _scene(str(path), 200 + n * 15, n)
            prepared = prepare(path, limits)
            added = service.add_photo(
                post.id,
                prepared.data,
                prepared.format,
                (prepared.width, prepared.height),
                path.name,
            )
            if alt:
                service.set_alt(post.id, added.photos[-1].id, alt)
