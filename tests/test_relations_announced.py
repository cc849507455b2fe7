"""What an actor announces: sanctions announced are imposed, aid announced is pledged, and an
intent announced is still to come. Sentences written for the tests."""

from __future__ import annotations

import pytest
from relation_rows import relations_of


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The United States announced new restrictions on flights to Cuba.",
            "en",
            ("USA", "SANCTION", "CUB", "asserted"),
        ),
        (
            "The United States announced new sanctions on Russia.",
            "en",
            ("USA", "SANCTION", "RUS", "asserted"),
        ),
        (
            "Vladimir Poutine annonce le soutien de son pays au président syrien Bachar al-Assad.",
            "fr",
            ("RUS", "SUPPORT", "SYR", "asserted"),
        ),
        (
            "The United States announced $808 million in new humanitarian assistance to Syria.",
            "en",
            ("USA", "AID", "SYR", "future"),
        ),
        (
            "La France a annoncé une aide de 10 millions d'euros au Liban.",
            "fr",
            ("FRA", "AID", "LBN", "future"),
        ),
        (
            "Hassan Rohani a annoncé se rendre en Italie.",
            "fr",
            ("IRN", "CONSULT", "ITA", "future"),
        ),
    ],
)
def test_what_is_announced(text, language, expected):
    assert expected in relations_of(text, language)


def test_a_ban_on_travel_is_a_sanction_and_no_visit():
    relations = relations_of("The United States imposed a ban on travel to North Korea.", "en")
    assert relations == {("USA", "SANCTION", "PRK", "asserted")}


def test_a_deal_between_two_is_agreed_by_each():
    relations = relations_of("The deal between Israel and the UAE was signed.", "en")
    assert relations == {("ISR", "AGREE", "ARE", "asserted"), ("ARE", "AGREE", "ISR", "asserted")}


def test_a_named_meeting_still_to_be_attended_is_future():
    # the name and the date of the meeting stand between "will attend" and the noun
    text = (
        "Japanese Foreign Minister Hayashi and ROK Foreign Minister Park will also attend the "
        "February 12 Trilateral Ministerial meeting in Honolulu."
    )
    found = relations_of(text, "en")
    assert ("JPN", "CONSULT", "KOR", "future") in found
    assert ("JPN", "CONSULT", "KOR", "asserted") not in found


def test_a_verb_after_a_capitalised_subject_stays_a_verb():
    # "the U.S. denying Ukraine": the -ing word has an object, so it is no event's name
    # (denying Ukraine a right is a restriction)
    assert ("USA", "SANCTION", "UKR", "asserted") in relations_of(
        "Why is the U.S. denying Ukraine the right to respond?", "en"
    )
