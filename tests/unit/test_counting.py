"""Per-platform text counting, with X checked against twitter-text's conformance cases."""

from __future__ import annotations

import pytest
import yaml

from mediadesk.domain.counting import (
    bluesky_count,
    bluesky_facets,
    graphemes,
    mastodon_count,
    x_count,
)
from tests.shared_data import shared_dir

CONFORMANCE = shared_dir() / "data" / "twitter-text" / "validate.yml"


def _v3_cases() -> list[dict[str, object]]:
    if not CONFORMANCE.exists():
        raise FileNotFoundError(f"{CONFORMANCE} is missing: the tests need ../shared")
    tests = yaml.safe_load(CONFORMANCE.read_text(encoding="utf-8"))["tests"]
    # X uses the v3 configuration (emoji counted as 2 whatever their length); the plain
    # WeightedTweetsCounterTest group is the older v2 configuration.
    return list(tests["WeightedTweetsWithDiscountedEmojiCounterTest"]) + list(
        tests["UnicodeDirectionalMarkerCounterTest"]
    )


@pytest.mark.parametrize("case", _v3_cases(), ids=lambda c: str(c["description"])[:60])
def test_x_weighted_length_matches_twitter_text_v3(case: dict[str, object]) -> None:
    expected = case["expected"]
    assert isinstance(expected, dict)
    count = x_count(str(case["text"]))
    assert count.used == expected["weightedLength"]
    assert count.valid == expected["valid"]


def test_x_counts_urls_as_23_and_cjk_as_2() -> None:
    assert (
        x_count("Read https://www.gov.uk/government/news/a-very-long-address-indeed").used == 5 + 23
    )
    assert x_count("日本").used == 4


def test_bluesky_counts_graphemes_and_caps_bytes() -> None:
    family = "👨\u200d👩\u200d👧\u200d👦"
    assert graphemes(family) == 1
    assert bluesky_count("Hello " + family).used == 7
    assert not bluesky_count("é" * 300).over
    assert bluesky_count("é" * 301).over
    heavy = "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f" * 120  # 28 bytes
    assert graphemes(heavy) == 120 and bluesky_count(heavy).over  # 3,360 bytes


def test_bluesky_facets_use_utf8_byte_offsets() -> None:
    text = "Café visit 🎉 with @minister.bsky.social #SchoolMeals https://gov.uk/x"
    facets = bluesky_facets(text)
    raw = text.encode("utf-8")
    assert [(f.kind, raw[f.byte_start : f.byte_end].decode()) for f in facets] == [
        ("mention", "@minister.bsky.social"),
        ("tag", "#SchoolMeals"),
        ("link", "https://gov.uk/x"),
    ]
    assert facets[1].record()["features"] == [
        {"$type": "app.bsky.richtext.facet#tag", "tag": "SchoolMeals"}
    ]
    assert facets[0].record("did:plc:abc")["index"] == {
        "byteStart": facets[0].byte_start,
        "byteEnd": facets[0].byte_end,
    }


def test_mastodon_counts_urls_as_23_and_mentions_by_local_part() -> None:
    url = "https://www.gov.uk/government/news/" + "x" * 80
    assert mastodon_count(f"See {url}").used == 4 + 23
    assert mastodon_count("@press@social.example hi").used == len("@press hi")
    assert mastodon_count("a" * 501).over
    assert not mastodon_count("a" * 501, limit=1000).over


def test_x_count_by_sentence_equals_counting_the_whole_text() -> None:
    import random
    import unicodedata

    from twitter_text import parse_tweet

    pieces = [
        "Croeso i Ysgol Bro Dinefwr! ",
        "Read https://www.gov.uk/government/news/meals?x=1. ",
        "👩‍🍳🏫 lunch at gov.wales today? ",
        "日本語のテキスト。 ",
        "Cafe\u0301 and naïve coöperation.\n",
        "@dept #SchoolMeals www.example.org/path!\n\n",
        "e\u0301\u0301 … no-break\u00a0space. ",
    ]
    rng = random.Random(11)
    for _ in range(40):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        whole = int(parse_tweet(unicodedata.normalize("NFC", text)).weightedLength)
        assert x_count(text).used == whole, text
