"""Accessibility and propriety checks before clearance, each pointing at the text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mediadesk.domain.counting import bluesky_count, x_count
from mediadesk.domain.post_checks import Severity, blocking, check_text

VISIT = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


def test_a_good_post_has_no_findings() -> None:
    text = (
        "The Education Secretary visited Oakfield Primary today to see free school "
        "meals in action. https://www.gov.uk/government/news/free-school-meals "
        "#SchoolMeals"
    )
    assert check_text(text) == []


def test_long_sentences_are_flagged() -> None:
    long = " ".join(["word"] * 30) + "."
    findings = check_text(f"Short one. {long}")
    assert len(findings) == 1 and "more than 25 words" in findings[0].message
    assert f"Short one. {long}"[findings[0].start : findings[0].end].strip() == long


def test_hashtag_rules() -> None:
    text = "Our #schoolmeals plan is here today #NHS #Education #Budget2026"
    found = check_text(text)
    pointed = {text[f.start : f.end] for f in found}
    assert "#schoolmeals" in pointed  # not CamelCase, and in the middle
    assert any("4 hashtags" in f.message for f in found)
    assert not any("#NHS" in text[f.start : f.end] and "CamelCase" in f.message for f in found)


def test_emoji_rules() -> None:
    text = "🎉 Great day\n🎉 More\nWe loved it 😀😀 and 👍"
    messages = [f.message for f in check_text(text)]
    assert any("5 emoji" in m for m in messages)
    assert any("repeated" in m for m in messages)
    assert sum("bullet" in m for m in messages) == 2


def test_links_shorteners_click_here_capitals_and_symbols() -> None:
    text = (
        "Click here: https://bit.ly/abc and https://www.gov.uk/x. "
        "THIS IS VERY IMPORTANT NEWS. Pupils & parents w/ questions"
    )
    messages = " | ".join(f.message for f in check_text(text))
    assert "More than one link" in messages
    assert "Link shorteners" in messages
    assert "click here" in messages
    assert "capitals" in messages
    assert "'&'" in messages and "'w/'" in messages


def test_place_named_before_the_location_sensitive_time() -> None:
    text = "The minister is at Oakfield Primary this afternoon."
    early = check_text(
        text,
        place="Oakfield Primary",
        location_sensitive_until=VISIT,
        publish_at=VISIT - timedelta(hours=2),
    )
    assert [text[f.start : f.end] for f in early] == ["Oakfield Primary"]
    later = check_text(
        text,
        place="Oakfield Primary",
        location_sensitive_until=VISIT,
        publish_at=VISIT + timedelta(minutes=5),
    )
    assert later == []


def test_blocking_problems() -> None:
    counts = {"X": x_count("x" * 300), "Bluesky": bluesky_count("fine")}
    found = blocking(
        counts, photos_without_alt=2, publish_at=VISIT, embargo=VISIT + timedelta(hours=1)
    )
    assert all(f.severity is Severity.BLOCKING for f in found)
    text = " | ".join(f.message for f in found)
    assert "Too long for X: 300 of 280" in text
    assert "2 photos need alt text" in text
    assert "before the embargo" in text
    assert blocking({"Bluesky": bluesky_count("fine")}, 0, VISIT, VISIT) == []


def test_one_photo_without_alt_text_is_said_in_the_singular() -> None:
    (found,) = blocking({"Bluesky": bluesky_count("fine")}, 1, None, None)
    assert found.message == "1 photo needs alt text describing it for people who cannot see it."
