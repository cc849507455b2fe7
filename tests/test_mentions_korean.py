"""Korean names with a particle written on to them (러시아는, 북한과) are mentions of the name."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.mentions import Matcher, find_mentions

ALIASES = pd.DataFrame(
    [
        ("RUS", "러시아", "name", False),  # ends in a vowel: 는, 가, 를, 와, 로
        ("PRK", "북한", "name", False),  # ends in a consonant: 은, 이, 을, 과, 으로
        ("ISR", "이스라엘", "name", False),  # ends in ㄹ: 은, 이... but 로, not 으로
        ("USA", "미국", "name", False),
        ("UNSC", "유엔 안보리", "name", False),
        ("IRN", "Iran", "name", False),
    ],
    columns=["actor_id", "alias", "kind", "case_sensitive"],
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ALIASES)


def found(matcher: Matcher, text: str) -> list[tuple[str, str, int, int]]:
    """(matched text, actor id, start, end) of each mention, in order."""
    return [(text[s:e], matcher.entries[i].actor_id, s, e) for s, e, i in matcher.scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("러시아는 북한과 회담했다", [("러시아", "RUS", 0, 3), ("북한", "PRK", 5, 7)]),
        ("러시아가 북한을 지지했다", [("러시아", "RUS", 0, 3), ("북한", "PRK", 5, 7)]),
        ("북한이 러시아를 방문했다", [("북한", "PRK", 0, 2), ("러시아", "RUS", 4, 7)]),
        ("미국의 국무부는 북한에 대해", [("미국", "USA", 0, 2), ("북한", "PRK", 9, 11)]),
        ("북한에서는 러시아와의 협력을", [("북한", "PRK", 0, 2), ("러시아", "RUS", 6, 9)]),
        ("북한으로 갔다가 이스라엘로", [("북한", "PRK", 0, 2), ("이스라엘", "ISR", 9, 13)]),
        ("미국도, 북한까지", [("미국", "USA", 0, 2), ("북한", "PRK", 5, 7)]),
        ("(러시아만) 북한부터", [("러시아", "RUS", 1, 4), ("북한", "PRK", 7, 9)]),
        ("유엔 안보리는 이스라엘에게", [("유엔 안보리", "UNSC", 0, 6), ("이스라엘", "ISR", 8, 12)]),
        # the name alone, as before
        ("북한 외무성", [("북한", "PRK", 0, 2)]),
    ],
)
def test_a_korean_name_followed_by_a_particle_is_a_mention_of_the_name(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "러시아어를 배운다",  # a longer word starting with the name: Russian (the language)
        "북한산에 올랐다",  # the mountain Bukhansan
        "미국인은 많다",  # 인 is no particle
        "친러시아는",  # not at the start of a word
        "북한는 러시아이",  # the other form of the particle
        "이스라엘으로",  # "으로" after ㄹ is "로"
    ],
)
def test_a_korean_name_inside_a_longer_word_is_no_mention(matcher, text):
    assert found(matcher, text) == []


def test_latin_aliases_still_match_whole_words_only(matcher):
    assert found(matcher, "Iran, Iran's envoy") == [("Iran", "IRN", 0, 4), ("Iran", "IRN", 6, 10)]
    assert found(matcher, "Iranians, Iranis, Irani") == []


def test_the_packaged_dictionary_finds_korean_names_with_particles():
    # The dictionary's Korean names are CLDR's: South Korea is 대한민국 there.
    texts = [
        "러시아는 북한과 회담했다",
        "미국의 국무부는 한국에 대해 말했다",
        "대한민국은 중국과 일본에서, 이스라엘로",
        "러시아어와 북한산",
    ]
    corpus = pd.DataFrame({"doc_id": list("abcd"), "language": ["ko"] * 4, "text": texts})
    mentions = find_mentions(corpus)
    by_text = {doc: list(zip(rows["matched"], rows["actor_id"].astype(str), strict=True))
               for doc, rows in mentions.groupby("doc_id", observed=False)}  # fmt: skip
    # 한국 counts too if the dictionary has it: by its name alone.
    assert by_text.pop("b") in ([("미국", "USA")], [("미국", "USA"), ("한국", "KOR")])
    assert by_text == {
        "a": [("러시아", "RUS"), ("북한", "PRK")],
        "c": [("대한민국", "KOR"), ("중국", "CHN"), ("일본", "JPN"), ("이스라엘", "ISR")],
        "d": [],
    }
    for row in mentions.itertuples():
        assert texts["abcd".index(row.doc_id)][row.start : row.end] == row.matched
