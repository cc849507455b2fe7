"""Who "we", "I", "our", "il", "they" and "the embassy" are, and the publisher's own acts.
Sentences written for the tests."""

from __future__ import annotations

import pytest
from relation_rows import relations_of, table_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An official act without an agent, in the publisher's own words.
        (
            "Russia's Ministry of Defense is being designated pursuant to the order.",
            {("USA", "SANCTION", "RUS", "asserted")},
        ),
        ("Designation of three Belarusian officials.", {("USA", "SANCTION", "BLR", "asserted")}),
        # "our" owns a noun; "I" is the publisher's official.
        (
            "The Secretary emphasized our commitment to Ukraine.",
            {("USA", "SUPPORT", "UKR", "asserted")},
        ),
        ("I congratulate the people of Japan.", {("USA", "SUPPORT", "JPN", "asserted")}),
        # "our" is not the subject of a verb: "our partners" are not us.
        ("Our partners condemned Russia.", set()),
        # ... but it does the infinitive of its own effort; a joint effort is the sides'.
        (
            "This is part of our efforts to support Haiti.",
            {("USA", "SUPPORT", "HTI", "asserted")},
        ),
        ("We urge our partners to support Haiti.", set()),
        ("This is part of our joint efforts to support Haiti.", set()),
        # ... but the actor listed before "our partners" is.
        (
            "The United States and our partners condemned Russia.",
            {("USA", "ACCUSE", "RUS", "asserted")},
        ),
        (
            "The United States, our Allies, and our partners are proud to stand in solidarity"
            " with the government and people of Ukraine.",
            {("USA", "SUPPORT", "UKR", "asserted")},
        ),
        # A person welcomed is a visitor to the host, the voice when nobody else welcomes;
        # an act welcomed is supported, whoever owns it.
        (
            "It's a real pleasure to welcome Foreign Minister Bustillo of Uruguay here.",
            {("URY", "CONSULT", "USA", "asserted")},
        ),
        (
            "The Secretary welcomed Japanese Foreign Minister Hayashi to Washington.",
            {("JPN", "CONSULT", "USA", "asserted")},
        ),
        (
            "Japan welcomed Secretary Blinken's planned travel to the region.",
            {("JPN", "SUPPORT", "USA", "asserted")},
        ),
        ("The Secretary welcomed Japan's decision.", {("USA", "SUPPORT", "JPN", "asserted")}),
        # So is a person hosted or received; a host named after "by" hosts.
        (
            "It is a pleasure to host Foreign Minister Kuleba of Ukraine.",
            {("UKR", "CONSULT", "USA", "asserted")},
        ),
        ("Japan signed the Accords at a ceremony hosted by Japanese Ambassador Tomita.", set()),
        # A welcome in the past has a host of its own, even one the rules do not know.
        ("In Iraq, national leaders welcomed Pope Francis.", set()),
        ("Secretary Blinken met with Pope Francis.", {("USA", "CONSULT", "VAT", "asserted")}),
        # ... and one the host is glad to have here; "have ... here" alone is no visit.
        (
            "It's a pleasure to have Foreign Minister Momen of Bangladesh here.",
            {("BGD", "CONSULT", "USA", "asserted")},
        ),
        ("We have worked here with Japan for decades.", {("USA", "COOPERATE", "JPN", "asserted")}),
        # The holder of an office from a state is a guest too; a statement from it is not.
        (
            "It is a great pleasure to welcome the foreign minister from Armenia here.",
            {("ARM", "CONSULT", "USA", "asserted")},
        ),
        ("We welcome the statement from Armenia.", {("USA", "SUPPORT", "ARM", "asserted")}),
        # Each of a list of delegations welcomed is a guest.
        (
            "We welcomed the heads of delegation from the United Kingdom, Japan, and India.",
            {
                ("GBR", "CONSULT", "USA", "asserted"),
                ("JPN", "CONSULT", "USA", "asserted"),
                ("IND", "CONSULT", "USA", "asserted"),
            },
        ),
        # Looking forward to welcoming a guest is the host's will.
        (
            "The Secretary looks forward to welcoming Chancellor Merkel of Germany to Washington.",
            {("USA", "AGREE", "DEU", "asserted")},
        ),
    ],
)
def test_the_voice_speaks_through_the_first_person_and_official_acts(text, expected):
    assert relations_of(text, "en", voice="USA") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An envoy's or a bureau's title without a state before it is the voice's official.
        (
            "The Special Envoy for Yemen met with Saudi officials.",
            {("USA", "CONSULT", "SAU", "asserted")},
        ),
        (
            "The Special Coordinator for Tibetan Issues met with Indian officials.",
            {("USA", "CONSULT", "IND", "asserted")},
        ),
        (
            "Assistant Secretary for East Asian and Pacific Affairs Kritenbrink met with"
            " Vietnamese officials.",
            {("USA", "CONSULT", "VNM", "asserted")},
        ),
        (
            "Today, Special Envoy for Yemen met with Saudi officials.",
            {("USA", "CONSULT", "SAU", "asserted")},
        ),
        # ... but another's envoy is theirs.
        (
            "UN Special Envoy Grundberg met with Saudi officials.",
            {("UN", "CONSULT", "SAU", "asserted")},
        ),
        (
            "E.U. Special Envoy Borrell met with Saudi officials.",
            {("EU", "CONSULT", "SAU", "asserted")},
        ),
        (
            "The EU's Special Representative met with Saudi officials.",
            {("EU", "CONSULT", "SAU", "asserted")},
        ),
        (
            "NATO Deputy Secretary General Geoana met with Japanese officials.",
            {("NATO", "CONSULT", "JPN", "asserted")},
        ),
    ],
)
def test_an_envoy_s_title_is_the_voice_s_official(text, expected):
    assert relations_of(text, "en", voice="USA") == expected


def test_we_glued_to_the_heading_of_a_release_is_the_voice():
    text = "Ned Price, Department SpokespersonWe condemn Russia's decision."
    assert relations_of(text, "en", voice="USA") == {("USA", "ACCUSE", "RUS", "asserted")}


def test_without_a_voice_an_act_without_agent_has_no_source():
    text = "Russia's Ministry of Defense is being designated pursuant to the order."
    assert relations_of(text, "en") == set()


def test_an_implied_voice_is_an_empty_span_at_the_trigger():
    text = "Designation of three Belarusian officials."
    row = table_of(text, "en", voice="USA").iloc[0]
    assert row["source_start"] == row["source_end"] == row["trigger_start"] == 0


def test_in_a_transcript_we_is_the_speaker():
    text = (
        "QUESTION: Do we condemn Iran? "
        "SECRETARY BLINKEN: We condemn Russia. "
        "FOREIGN MINISTER WANG YI: We welcome Pakistan."
    )
    assert relations_of(text, "en", voice="USA") == {
        ("USA", "ACCUSE", "RUS", "asserted"),
        ("CHN", "SUPPORT", "PAK", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le département d'Etat a critiqué la Chine. Il a demandé à Pékin de libérer les "
            "détenus.",
            "fr",
            {("USA", "ACCUSE", "CHN", "asserted"), ("USA", "REQUEST", "CHN", "asserted")},
        ),
        # « Elle » agrees with « la Maison Blanche », not with « le Kremlin ».
        (
            "La Maison Blanche a répondu au Kremlin. Elle a condamné la Chine.",
            "fr",
            {("USA", "ACCUSE", "CHN", "asserted")},
        ),
        # « Il s'agit » is impersonal.
        (
            "Le président français a rencontré la chancelière allemande. Il s'agit d'une "
            "rencontre importante pour la Russie.",
            "fr",
            {("FRA", "CONSULT", "DEU", "asserted")},
        ),
        (
            "Les États-Unis ont rappelé leur personnel. Ils accusent Cuba.",
            "fr",
            {("USA", "ACCUSE", "CUB", "asserted")},
        ),
        # "They" for the two actors of the sentence before.
        (
            "Blinken spoke with the Japanese Foreign Minister. They discussed China.",
            "en",
            {
                ("USA", "CONSULT", "JPN", "asserted"),
                ("JPN", "CONSULT", "USA", "asserted"),
            },
        ),
        # "He" is a person, not a state.
        (
            "Japan protested. He condemned China.",
            "en",
            set(),
        ),
        # "It" is a state, an organisation or a government, never a person; "It is" is
        # impersonal.
        ("NATO met on Monday. It condemned Russia.", "en", {("NATO", "ACCUSE", "RUS", "asserted")}),
        (
            "The Pakistani government closed the border. It condemned Afghanistan.",
            "en",
            {("PAK", "ACCUSE", "AFG", "asserted")},
        ),
        ("Blinken spoke to reporters. It condemned Russia.", "en", set()),
        ("Russia closed the border. It is important to condemn Afghanistan.", "en", set()),
        # « Il » for a government named by its state's adjective.
        (
            "Le gouvernement pakistanais a fermé la frontière. Il a condamné l'Afghanistan.",
            "fr",
            {("PAK", "ACCUSE", "AFG", "asserted")},
        ),
        # A subject after two short opening phrases.
        (
            "Blinken flew to Stockholm. Yesterday, before his positive test, he met with the "
            "Swedish foreign minister.",
            "en",
            {("USA", "CONSULT", "SWE", "asserted")},
        ),
        # "the embassy" is the embassy named before.
        (
            "Britain wrote to the US Embassy in London. The embassy rejected Britain's request.",
            "en",
            {("USA", "REJECT", "GBR", "asserted")},
        ),
    ],
)
def test_a_pronoun_stands_for_an_actor_named_just_before(text, language, expected):
    assert relations_of(text, language) == expected


def test_they_is_not_a_state_whose_troops_the_sentence_before_names():
    text = (
        "Secretary Blinken spoke today with UK Foreign Secretary Elizabeth Truss. Secretary "
        "Blinken condemned Moscow's decision to send Russian troops to Ukraine. They discussed "
        "the coordination on measures."
    )
    found = relations_of(text, "en", voice="USA")
    assert not any(kind == "CONSULT" and "RUS" in (a, b) for a, kind, b, _ in found)
    # "They" are the two who spoke, named one sentence further back.
    assert {("USA", "CONSULT", "GBR", "asserted"), ("GBR", "CONSULT", "USA", "asserted")} <= (found)


def test_they_after_a_plural_subject_does_not_look_further_back():
    text = (
        "Secretary Blinken met Russian Foreign Minister Lavrov. He and his counterparts"
        " discussed the war. They also discussed plans to help Ukraine."
    )
    table = table_of(text, "en", voice="USA")
    discussed = table[table["trigger"] == "discussed"]
    assert "RUS" not in set(discussed["source_country"]) | set(discussed["target_country"])
    assert "RUS" in set(table["target_country"])  # the meeting itself


def test_a_pronoun_points_to_the_mention_it_stands_for():
    text = "Le département d'Etat a critiqué la Chine. Il a demandé à Pékin de céder."
    table = table_of(text, "fr")
    row = table[table["type"] == "REQUEST"].iloc[0]
    assert text[row["source_start"] : row["source_end"]] == "département d'Etat"
    assert row["sentence_id"] == 1


def test_a_meeting_of_many_is_not_a_web_of_pairs():
    # Up to eight coordinated actors (the six signatories of a treaty) give every pair; a
    # summit of more is not a dyadic act.
    text = (
        "Japan, China, South Korea, India, Russia, Brazil, France, Germany and Italy met in Delhi."
    )
    assert relations_of(text, "en") == set()
    text = "Japan, China, South Korea, India and Russia met in Delhi."
    assert len(relations_of(text, "en")) == 20
    text = "Japan, China and South Korea met in Delhi."
    assert len(relations_of(text, "en")) == 6


def test_a_statement_released_by_several_ministers_speaks_for_each():
    text = (
        "The following statement was released by the Secretary of State and the French "
        "Foreign Minister. We condemn Iran's attacks on shipping."
    )
    assert relations_of(text, "en", voice="USA") == {
        ("USA", "ACCUSE", "IRN", "asserted"),
        ("FRA", "ACCUSE", "IRN", "asserted"),
    }


def test_a_foreign_minister_the_dictionary_does_not_name_is_not_the_voice():
    text = "FOREIGN MINISTER SMITHSON: We condemn Iran."
    assert relations_of(text, "en", voice="USA") == set()


def test_an_infinitive_after_an_adverb_is_an_official_act_of_the_voice():
    text = "We work with our partners to further impose costs on Russia."
    assert relations_of(text, "en", voice="USA") == {("USA", "SANCTION", "RUS", "asserted")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # What the quoted words do is asserted.
        (
            'The NATO chief wrote, "I count on Turkey to act with restraint."',
            "en",
            {("NATO", "REQUEST", "TUR", "asserted")},
        ),
        ('"We condemn Ukraine", said Sergei Lavrov.', "en", {("RUS", "ACCUSE", "UKR", "asserted")}),
        (
            "Le président mexicain a parlé. « Je condamne la décision des États-Unis » , "
            "a-t-il déclaré.",
            "fr",
            {("MEX", "ACCUSE", "USA", "asserted")},
        ),
        # What the speaker tells of their own past acts is alleged.
        (
            "Netanyahou a parlé. « J'ai également informé nos amis américains » , a-t-il ajouté.",
            "fr",
            {("ISR", "CONSULT", "USA", "alleged")},
        ),
        # Without a speaker named, "I" is nobody.
        ('"I condemn Ukraine."', "en", set()),
    ],
)
def test_the_first_person_in_a_quotation_is_the_one_quoted(text, language, expected):
    assert relations_of(text, language) == expected


REMARKS = (
    "Antony J. Blinken, Secretary of State\n\n"
    "SECRETARY BLINKEN: Good morning, everyone. Egypt and the United States have a long"
    " history. It's very good to have you here, and I welcome you. Thank you. I want to thank"
    " you for your leadership on Gaza. Egypt is a key partner.\n\n"
    "FOREIGN MINISTER SHOUKRY: Thank you. We look forward to working with you. Egypt values"
    " its relationship with the United States.\n\n"
    "SECRETARY BLINKEN: Thank you all."
)


def test_in_remarks_with_a_partner_you_is_the_one_addressed():
    # The Secretary's "you" is Egypt's minister, the minister's "you" the United States;
    # a bare "Thank you." and "Thank you all" are courtesies; a guest welcomed is a visit.
    result = relations_of(REMARKS, "en", voice="USA")

    assert result == {
        ("EGY", "CONSULT", "USA", "asserted"),
        ("USA", "SUPPORT", "EGY", "asserted"),
        ("EGY", "AGREE", "USA", "asserted"),
    }


def test_a_speaker_label_glued_to_the_heading_opens_a_turn():
    # "AffairsFOREIGN MINISTER SHOUKRY:": the minister speaks for Egypt, not the voice.
    text = REMARKS.replace(
        "\n\nSECRETARY BLINKEN: Good",
        "Ministry of Foreign AffairsFOREIGN MINISTER SHOUKRY: Good",
        1,
    )
    text = text.replace("I welcome you", "I welcome you to Cairo", 1)

    result = relations_of(text, "en", voice="USA")

    assert ("USA", "CONSULT", "EGY", "asserted") in result  # the guest visits the host
    assert ("EGY", "CONSULT", "USA", "asserted") not in result


@pytest.mark.parametrize(
    "said",
    [
        "We had a very meaningful meeting.",
        "We discussed the situation in Gaza.",
        "We are working together on Gaza.",
    ],
)
@pytest.mark.parametrize("speaker", ["SECRETARY BLINKEN", "FOREIGN MINISTER SHOUKRY"])
def test_in_remarks_we_who_met_or_work_together_are_both_sides(said, speaker):
    text = REMARKS.replace("Thank you all.", f"Thank you.\n\n{speaker}: {said}")

    result = relations_of(text, "en", voice="USA")

    kind = "COOPERATE" if "working" in said else "CONSULT"
    assert {("USA", kind, "EGY", "asserted"), ("EGY", kind, "USA", "asserted")} <= result


@pytest.mark.parametrize(
    "said",
    [
        "We had a very meaningful meeting with Japan.",  # a partner named: the speaker's
        "We will have a meeting later today.",  # to come
        "We call on Israel to act.",  # a verb, not a call
    ],
)
def test_in_remarks_we_with_another_partner_stays_the_speakers(said):
    text = REMARKS.replace("Thank you all.", f"Thank you.\n\nSECRETARY BLINKEN: {said}")

    result = relations_of(text, "en", voice="USA")

    assert not {row for row in result if row[0] == "EGY" and row[2] in ("JPN", "ISR")}
    assert not {row for row in result if row[0] == "EGY" and row[1] == "CONSULT"} - {
        ("EGY", "CONSULT", "USA", "asserted")
    }


READOUT = (
    "Secretary Blinken spoke with Moroccan Foreign Minister Bourita about Morocco and the"
    " future of Morocco. "
)


def test_in_a_release_with_a_partner_our_cooperation_is_both_sides():
    result = relations_of(READOUT + "We discussed our ongoing cooperation.", "en", voice="USA")

    assert {("USA", "CONSULT", "MAR", "asserted"), ("MAR", "CONSULT", "USA", "asserted")} <= result


def test_our_cooperation_with_another_partner_stays_ours():
    text = READOUT + "We discussed our ongoing cooperation with Algeria."

    assert ("MAR", "CONSULT", "USA", "asserted") not in relations_of(text, "en", voice="USA")


def test_in_a_briefing_you_is_nobody():
    text = (
        "MR PRICE: Good afternoon. Egypt is a partner of the United States. Egypt met Japan."
        " Egypt met Israel. As you know, we welcome you all. I want to thank you for coming.\n\n"
        "QUESTION: Thank you. Will you support Egypt?"
    )

    result = relations_of(text, "en", voice="USA")

    assert not {row for row in result if row[1] in ("SUPPORT", "CONSULT") and row[0] == "USA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A courtesy title before the name does not end the sentence for the rules.
        (
            "Secretary Blinken met today with Dr. Tedros, Director-General of the WHO.",
            ("USA", "CONSULT", "WHO", "asserted"),
        ),
        (
            "Secretary Blinken met today with Mr. Kishida, Prime Minister of Japan.",
            ("USA", "CONSULT", "JPN", "asserted"),
        ),
        # A state under its official name.
        (
            "Deputy Secretary Wendy Sherman met today with Dr. Kikeo Khaykhamphithoune, Deputy "
            "Prime Minister of the Lao People’s Democratic Republic, in Vientiane.",
            ("USA", "CONSULT", "LAO", "asserted"),
        ),
    ],
)
def test_a_partner_named_after_a_courtesy_title(text, expected):
    assert expected in relations_of(text, "en", voice="USA")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Blinken visited a pair of joint U.S.-Costa Rican initiatives.", "en"),
        ("The joint U.S.-Costa Rican exercises began.", "en"),
        ("Le projet conjoint américano-costaricien avance.", "fr"),
    ],
)
def test_a_pair_inside_a_joint_phrase_works_together(text, language):
    relations = relations_of(text, language, voice="USA" if language == "en" else None)
    assert {("USA", "COOPERATE", "CRI", "asserted"), ("CRI", "COOPERATE", "USA", "asserted")} <= (
        relations
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The governments named after a coordinator are the states after them.
        (
            "The United States remains committed to supporting ECOWAS and the transition "
            "governments of Mali, Guinea, and Burkina Faso.",
            "en",
            {("USA", "SUPPORT", target, "asserted") for target in ("ECOWAS", "MLI", "GIN", "BFA")},
        ),
        (
            "La France soutient l'Union africaine et les gouvernements du Mali et du Niger.",
            "fr",
            {("FRA", "SUPPORT", target, "asserted") for target in ("AU", "MLI", "NER")},
        ),
        # The government of the state an opening phrase places the sentence in.
        (
            "In Guinea, we continue to urge the transition government to move quickly.",
            "en",
            {("USA", "REQUEST", "GIN", "asserted")},
        ),
    ],
)
def test_governments_named_by_their_states(text, language, expected):
    assert relations_of(text, language, voice="USA" if language == "en" else None) == expected


@pytest.mark.parametrize("office", ["Foreign Minister", "the Foreign Minister"])
def test_a_minister_without_name_is_the_minister_named_last_not_a_president(office):
    text = (
        "Secretary Blinken spoke today with the Foreign Minister of the Kingdom of Saudi"
        " Arabia, Faisal bin Farhan Al Saud. They condemned President Putin's war. The"
        f" Secretary and {office} discussed regional security."
    )

    rows = relations_of(text, "en", voice="USA")

    assert ("SAU", "CONSULT", "USA", "asserted") in rows
    assert ("USA", "CONSULT", "SAU", "asserted") in rows
    assert not {row for row in rows if row[1] == "CONSULT" and "RUS" in row}


def test_the_owner_of_a_war_is_no_party_to_the_talks_they_held():
    # "They" stands for the two who met, not for the Kremlin whose invasion was a topic.
    text = (
        "Secretary Blinken met with Kenyan Foreign Minister Omamo to discuss the impact of the"
        " Kremlin's unprovoked invasion of Ukraine. They discussed food security in Africa."
    )

    result = relations_of(text, "en", voice="USA")

    assert ("KEN", "CONSULT", "USA", "asserted") in result
    assert not {row for row in result if row[1] == "CONSULT" and "RUS" in (row[0], row[2])}


@pytest.mark.parametrize(
    "text",
    [
        "Japan's announcement today of comprehensive financial sanctions on Russia shows unity.",
        "Japan's imposition of sanctions on Russia shows unity.",
    ],
)
def test_the_owner_of_an_announcement_does_the_act_announced_not_the_voice(text):
    result = relations_of(text, "en", voice="USA")

    assert ("JPN", "SANCTION", "RUS", "asserted") in result
    assert ("USA", "SANCTION", "RUS", "asserted") not in result


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "The Secretary traveled to Bridgetown, Barbados, to meet with CARICOM leaders.",
            ("USA", "CONSULT", "CARICOM", "asserted"),
            ("BRB", "CONSULT", "CARICOM", "asserted"),
        ),
        (
            "Secretary Blinken will travel to Tokyo, Japan, May 21-24 to accompany President"
            " Biden.",
            ("USA", "CONSULT", "JPN", "future"),
            ("JPN", "CONSULT", "USA", "future"),
        ),
    ],
)
def test_a_state_after_its_city_is_a_place_not_a_subject(text, expected, wrong):
    result = relations_of(text, "en", voice="USA")

    assert expected in result
    assert wrong not in result
