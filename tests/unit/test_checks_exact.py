"""Accessibility and propriety checks, counters and Bluesky facets, pinned to the character."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mediadesk.domain import counting
from mediadesk.domain.counting import Count, Facet, bluesky_count, bluesky_facets, mastodon_count
from mediadesk.domain.post_checks import Finding, Severity, blocking, check_text

W = Severity.WARNING
WHEN = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def _found(text: str, **kw: object) -> list[tuple[str, str]]:
    """Each finding as (message, the words it points at)."""
    return [(f.message, text[f.start : f.end]) for f in check_text(text, **kw)]  # type: ignore[arg-type]


def test_a_sentence_of_26_words_is_too_long_and_25_is_not() -> None:
    long = " ".join(["word"] * 26) + "."
    assert _found(long) == [
        ("This sentence has more than 25 words; shorter sentences are easier to read.", long)
    ]
    assert _found(" ".join(["word"] * 25) + ".") == []


@pytest.mark.parametrize(
    ("tag", "readable"),
    [
        ("NHS", True),
        ("nhs", True),
        ("abcdef", True),
        ("abcdefg", False),
        ("2026", True),
        ("SchoolMeals", True),
        ("schoolMeals", False),
        ("1Day", True),
    ],
)
def test_hashtags_that_screen_readers_cannot_split_are_pointed_at(tag: str, readable: bool) -> None:
    text = f"News today #{tag}"
    expected = (
        []
        if readable
        else [
            (
                f"If #{tag} is more than one word, write it in CamelCase so screen readers read "
                "it as words.",
                f"#{tag}",
            )
        ]
    )
    assert _found(text) == expected


def test_more_than_two_hashtags_and_hashtags_mid_sentence() -> None:
    assert _found("Visit #Leeds #Schools #Meals") == [("3 hashtags: use no more than 2.", "#Meals")]
    assert _found("Visit #Leeds #Schools  ") == []
    assert _found("Join #Leeds today.") == [
        ("Put hashtags at the end, not in the middle of a sentence.", "#Leeds")
    ]
    many = "A #One #Two #Three #Four"
    found = check_text(many)
    assert [(f.message, many[f.start : f.end]) for f in found] == [
        ("4 hashtags: use no more than 2.", "#Three #Four")
    ]


def test_emoji_counted_repeated_and_used_as_bullets() -> None:
    text = "Great 🎉🎉 day 🙂 👍"
    assert _found(text) == [
        ("4 emoji: screen readers read each one out; use no more than 3.", "🎉🎉 day 🙂 👍"),
        ("The same emoji is repeated.", "🎉"),
    ]
    assert check_text(text)[1].start == text.index("🎉") + 1  # the second one
    assert _found("Great 🎉 day 🙂 👍") == []
    bullets = "Plan:\n✅ schools\n✅ hospitals"
    assert _found(bullets) == [
        ("Emoji used as a bullet point.", "✅"),
        ("Emoji used as a bullet point.", "✅"),
        ("The same emoji is repeated.", "✅"),
    ]
    assert [f.start for f in check_text(bullets)] == [6, 16, 16]


def test_links_shorteners_and_click_here() -> None:
    text = "Read https://bit.ly/x and https://www.gov.uk/y"
    assert _found(text) == [
        (
            "Link shorteners hide where a link goes; use the full GOV.UK address.",
            "https://bit.ly/x",
        ),
        ("More than one link: give each post one clear destination.", "https://www.gov.uk/y"),
    ]
    assert _found("See https://www.T.CO/abc") == [
        (
            "Link shorteners hide where a link goes; use the full GOV.UK address.",
            "https://www.T.CO/abc",
        )
    ]
    assert _found("See https://www.gov.uk/y") == []
    assert _found("Click HERE for more") == [
        ("Say where the link goes instead of 'click here'.", "Click HERE")
    ]


def test_capitals() -> None:
    assert _found("THE MINISTER SAYS hello") == [
        (
            "Text in capitals is hard to read and is read out letter by letter.",
            "THE MINISTER SAYS",
        )
    ]
    assert _found("THE MINISTER said") == []
    mostly = "ABCDEFGHIJ KLMNOPQRSTU"  # 21 letters, all capitals, two words
    assert _found(mostly) == [("Most of this post is in capitals.", mostly)]
    assert _found("ABCDEFGHIJ KLMNOPQRST") == []  # 20 letters: too short to judge
    assert _found("ABCDEFGHIJKLMNOPQRSTU abcdefghi") == []  # exactly 70%: not most
    assert _found("ABCDEFGHIJKLMNOPQRSTUV abcdefghi") == [
        ("Most of this post is in capitals.", "ABCDEFGHIJKLMNOPQRSTUV abcdefghi")
    ]
    assert _found("hi #ABCDEFGHIJKLMNOPQRSTUVWXYZ") == []  # hashtags are not shouting


def test_symbols_for_words() -> None:
    text = "Schools & hospitals + roads w/ funding b/c it matters @ noon"
    assert _found(text) == [
        ("Write the word instead of '&'.", "&"),
        ("Write the word instead of '+'.", "+"),
        ("Write the word instead of 'w/'.", "w/"),
        ("Write the word instead of 'b/c'.", "b/c"),
        ("Write the word instead of '@'.", "@"),
    ]
    assert _found("R&D with @dept") == []


def test_naming_the_place_before_the_location_sensitive_time() -> None:
    text = "In Leeds today; leeds again"
    said = "This names the place before 20 November 14:00, while the visit is location sensitive."
    early = {"place": "Leeds", "location_sensitive_until": WHEN}
    assert _found(text, **early) == [(said, "Leeds"), (said, "leeds")]
    assert _found(text, **early, publish_at=WHEN - timedelta(minutes=1)) == [
        (said, "Leeds"),
        (said, "leeds"),
    ]
    assert _found(text, **early, publish_at=WHEN) == []
    assert _found(text, place="Leeds") == []
    assert _found(text, place="", location_sensitive_until=WHEN) == []


def test_findings_come_in_text_order() -> None:
    found = check_text("Click here & go #Leeds now")
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert all(f.severity is W for f in found)


def test_blocking_problems() -> None:
    counts = {
        "X": Count(290, 280, "characters"),
        "Bluesky": Count(10, 300, "characters", "contains characters X does not accept", True),
        "Mastodon": Count(500, 500, "characters"),
    }
    found = blocking(counts, 2, WHEN - timedelta(minutes=1), WHEN)
    assert found == [
        Finding(Severity.BLOCKING, "Too long for X: 290 of 280 characters."),
        Finding(Severity.BLOCKING, "Bluesky: contains characters X does not accept."),
        Finding(
            Severity.BLOCKING,
            "2 photos need alt text describing them for people who cannot see them.",
        ),
        Finding(
            Severity.BLOCKING, "The publishing time is before the embargo (20 November 14:00)."
        ),
    ]
    assert blocking({"Mastodon": Count(500, 500, "characters")}, 0, WHEN, WHEN) == []
    assert blocking({}, 0, None, WHEN) == [] and blocking({}, 0, WHEN, None) == []


# -- counting ----------------------------------------------------------------------------------
def test_counts_and_their_limits() -> None:
    assert Count(0, 10, "c").valid is False and Count(10, 10, "c").valid is True
    assert Count(11, 10, "c").over and not Count(10, 10, "c").over
    assert Count(3, 10, "c").left == 7
    assert Count(3, 10, "c", forbidden=True).valid is False


def test_x_counts_urls_as_23_and_refuses_its_forbidden_characters() -> None:
    assert counting.x_count("Hello. See https://www.gov.uk/a-very-long-path-indeed").used == 34
    assert counting.x_count("日本").used == 4
    ok = counting.x_count("fine")
    assert (ok.used, ok.limit, ok.unit, ok.extra, ok.forbidden) == (4, 280, "characters", "", False)
    bad = counting.x_count("bad \ufffe")
    assert bad.forbidden and bad.extra == "contains characters X does not accept"


def test_bluesky_counts_graphemes_and_caps_bytes() -> None:
    assert bluesky_count("👍🏽 ok").used == 4  # a skin-toned emoji is one grapheme
    near = bluesky_count("é" * 1201)  # 2,402 bytes: more than 80% of 3,000
    assert (near.used, near.extra) == (1201, "2,402 of 3,000 bytes")
    assert bluesky_count("é" * 1200).extra == ""
    over = bluesky_count("€" * 1001)  # 3,003 bytes in 1,001 graphemes
    assert over.used == 1001 and over.over
    heavy = bluesky_count("👍🏽" * 290)  # 290 graphemes but 2,320 bytes: fine
    assert heavy.used == 290 and not heavy.over
    exact = bluesky_count("a" * 3000)
    assert exact.used == 3000
    few = bluesky_count("€" * 200 + "👩‍👩‍👧‍👦" * 110)  # 310 graphemes over 3,000 bytes
    assert few.used >= 301


def test_mastodon_counts_urls_and_remote_mentions_short() -> None:
    assert mastodon_count("https://www.gov.uk/a-long-path").used == 23
    assert mastodon_count("@press@social.example hi").used == len("@press hi")
    assert mastodon_count("x", limit=1000, url_length=10).limit == 1000
    assert mastodon_count("see https://x.example/abc", url_length=10).used == 14


def test_bluesky_facets_carry_byte_offsets_and_the_mentioned_did() -> None:
    text = "Café @dept.gov.uk #Visit https://gov.uk/x"
    facets = bluesky_facets(text)
    assert facets == [
        Facet(6, 18, "mention", "dept.gov.uk"),
        Facet(19, 25, "tag", "Visit"),
        Facet(26, 42, "link", "https://gov.uk/x"),
    ]
    assert facets[0].record("did:plc:abc") == {
        "index": {"byteStart": 6, "byteEnd": 18},
        "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:abc"}],
    }
    assert facets[1].record() == {
        "index": {"byteStart": 19, "byteEnd": 25},
        "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "Visit"}],
    }
    assert facets[2].record() == {
        "index": {"byteStart": 26, "byteEnd": 42},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://gov.uk/x"}],
    }
    assert bluesky_facets("#" + "a" * 65) == []  # a tag over 64 characters is not a tag
    assert bluesky_facets("https://a.example/@b.example") == [
        Facet(0, 28, "link", "https://a.example/@b.example")
    ]  # a mention inside a link is the link's
