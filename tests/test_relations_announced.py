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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # what a trip to come is for is to come as well
        (
            "Blinken will travel to Paris to meet French Foreign Minister Le Drian.",
            "en",
            {("USA", "CONSULT", "FRA", "future")},
        ),
        (
            "Le ministre français se rendra à Berlin pour rencontrer son homologue allemand.",
            "fr",
            {("FRA", "CONSULT", "DEU", "future")},
        ),
        # a meeting named after its pair, attended on the trip: the pair's, no one else's
        (
            "Blinken will travel to Germany and France to attend the U.S.-EU meeting in Paris.",
            "en",
            {
                ("USA", "CONSULT", "DEU", "future"),
                ("USA", "CONSULT", "FRA", "future"),
                ("USA", "CONSULT", "EU", "future"),
                ("EU", "CONSULT", "USA", "future"),
            },
        ),
        # « va » + infinitive is a future as "will" is
        (
            "Le ministre français va se rendre à Berlin pour rencontrer son homologue allemand.",
            "fr",
            {("FRA", "CONSULT", "DEU", "future")},
        ),
        # a trip that was made, and an act said to go on, keep their time
        (
            "Blinken traveled to Paris to meet French Foreign Minister Le Drian.",
            "en",
            {("USA", "CONSULT", "FRA", "asserted")},
        ),
        (
            "The United States will continue to work with Japan to support Ukraine.",
            "en",
            {("USA", "COOPERATE", "JPN", "asserted"), ("USA", "SUPPORT", "UKR", "asserted")},
        ),
    ],
)
def test_the_purpose_of_a_trip_to_come_is_to_come(text, language, expected):
    assert relations_of(text, language) == expected


def test_a_contribution_to_a_state_is_aid():
    assert relations_of(
        "The United States has contributed more than $200 million to India.", "en"
    ) == {("USA", "AID", "IND", "asserted")}


def test_a_meeting_named_after_a_pair_is_no_gathering_of_the_sentence():
    # "meeting" after a name is a noun: not a verb whose subjects would be every actor near
    text = (
        "Blinken will travel to Germany and France to attend the U.S.-EU Trade and Technology "
        "Council meeting in Paris."
    )
    assert relations_of(text, "en") == {
        ("USA", "CONSULT", "DEU", "future"),
        ("USA", "CONSULT", "FRA", "future"),
    }


def test_the_future_of_a_purpose_is_read_past_of_and_for_and_in_we_ll():
    # "of" in a name and "for" are no clause of their own; "we'll" is split at its apostrophe
    found = relations_of(
        "The United States will work with the Government of Japan to support Ukraine.", "en"
    )
    assert {status for _, kind, _, status in found if kind == "SUPPORT"} == {"future"}
    assert relations_of(
        "We'll travel to Paris to meet French Foreign Minister Le Drian.", "en", voice="USA"
    ) == {("USA", "CONSULT", "FRA", "future")}


def test_an_appointment_of_a_daily_schedule_is_to_come():
    # The time of day opens the appointment, read as a sentence of its own before it; a trip
    # under way, after the press note that ends the appointment, is asserted.
    text = (
        "Office of the Spokesperson***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE***"
        "SECRETARY ANTONY J. BLINKEN2:00 p.m. Secretary Blinken meets with Japanese Foreign"
        " Minister Hayashi, at the Department of State.(CLOSED PRESS COVERAGE)DEPUTY SECRETARY"
        " WENDY R. SHERMANDeputy Secretary Sherman is on travel to Mongolia."
    )
    assert relations_of(text, "en", voice="USA") == {
        ("USA", "CONSULT", "JPN", "future"),
        ("USA", "CONSULT", "MNG", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The United States welcomes the agreement to establish diplomatic relations between"
            " the State of Israel and the Kingdom of Morocco.",
            "en",
        ),
        (
            "Kushner helped broker a deal establishing diplomatic relations between Israel and"
            " Morocco.",
            "en",
        ),
        ("L'accord visant à établir des relations diplomatiques entre Israël et le Maroc.", "fr"),
    ],
)
def test_ties_an_agreement_establishes_are_agreed_by_each(text, language):
    # The agreement's parties, named after "between", agree with each other; the one who
    # welcomes it does not establish the ties.
    assert relations_of(text, language, voice="USA" if language == "en" else None) == {
        ("ISR", "AGREE", "MAR", "asserted"),
        ("MAR", "AGREE", "ISR", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A deed a vote decides is still to come ...
        (
            "Britons voted in a 2016 referendum to leave the EU.",
            "en",
            ("GBR", "SANCTION", "EU", "future"),
        ),
        (
            "Le Conseil de sécurité de l'ONU a voté à l'unanimité pour retirer ses soldats"
            " d'Haïti.",
            "fr",
            ("UN", "RETREAT", "HTI", "future"),
        ),
        # ... while a vote does what it says in words itself.
        (
            "The UN Security Council voted 13-2 to impose stronger sanctions on the DPRK.",
            "en",
            ("UN", "SANCTION", "PRK", "asserted"),
        ),
        (
            "In the Human Rights Council, Japan voted to suspend Russia.",
            "en",
            ("JPN", "SANCTION", "RUS", "asserted"),
        ),
    ],
)
def test_a_deed_a_vote_decides_is_to_come(text, language, expected):
    assert expected in relations_of(text, language)


def test_a_cooperation_whose_expansion_is_discussed_is_to_come():
    # The noun's own actor between the infinitive and the noun does not hide the plan.
    text = (
        "The Secretary and President Chakwera discussed plans to expand U.S. cooperation with"
        " the Southern African Development Community."
    )
    found = relations_of(text, "en", voice="USA")
    assert ("USA", "COOPERATE", "SADC", "future") in found
    assert ("USA", "COOPERATE", "SADC", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word of time to come that qualifies another noun than the act.
        (
            "We congratulate Timor-Leste's next president and look forward to working with"
            " Timor-Leste.",
            ("USA", "AGREE", "TLS", "asserted"),
        ),
        (
            "At the pledging event co-hosted by the UN and the Netherlands last month, funds"
            " were raised.",
            ("UN", "COOPERATE", "NLD", "asserted"),
        ),
        # ... not one that qualifies the act, or a plan to do it.
        ("Japan announced the plan to meet China.", ("JPN", "CONSULT", "CHN", "future")),
        (
            "Israel and Egypt prepared the next meeting of their ministers.",
            ("ISR", "CONSULT", "EGY", "future"),
        ),
    ],
)
def test_time_to_come_of_another_noun_leaves_the_act_asserted(text, expected):
    assert expected in relations_of(text, "en", voice="USA")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure announced is taken; a trip announced is to come.
        (
            "Le gouvernement burundais a annoncé cesser toute collaboration avec l'ONU.",
            ("BDI", "SANCTION", "UN", "asserted"),
        ),
        (
            "Le président burundais a annoncé se rendre en Tanzanie.",
            ("BDI", "CONSULT", "TZA", "future"),
        ),
    ],
)
def test_a_measure_announced_is_taken_a_trip_announced_is_to_come(text, expected):
    assert expected in relations_of(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Thomas-Greenfield of the United States announced $5 million in aid to help"
        " Thailand fight COVID-19.",
        "Prime Minister Johnson of the United Kingdom announced an additional 175 million"
        " pounds in aid to Ukraine.",
    ],
)
def test_aid_named_in_a_clause_of_announcing_is_pledged(text):
    found = relations_of(text, "en")
    assert {row[3] for row in found if row[1] == "AID"} == {"future"}


def test_aid_announced_as_given_is_given():
    text = (
        "We are pleased to announce that the United States has donated 500,000 doses of"
        " vaccine to Moldova."
    )
    assert ("USA", "AID", "MDA", "asserted") in relations_of(text, "en", voice="USA")
