"""Phrases of readouts and statements: an office named again without its name, a visit set
in a clause before its visitor, one act owned by two actors, the state supported against
an attack with no target of its own."""

from __future__ import annotations

import pytest
from relation_rows import relations_of


def test_the_foreign_minister_named_again_is_the_one_named_with_that_title():
    # Putin, named since, is a leader named near a minister's title, not one
    text = (
        "Secretary Blinken spoke with Polish Foreign Minister Zbigniew Rau about Ukraine."
        " Secretary Blinken and Foreign Minister Rau discussed efforts, including sanctions,"
        " to stop Putin's war of aggression. The Secretary and Foreign Minister also"
        " discussed providing security assistance to Ukraine."
    )
    found = relations_of(text, "en", voice="USA")
    assert ("POL", "CONSULT", "USA", "asserted") in found
    assert not any("RUS" in (row[0], row[2]) and row[1] != "ASSAULT" for row in found)


@pytest.mark.parametrize(
    "text",
    [
        "During an official visit to Thailand, Ambassador Thomas-Greenfield of the United"
        " States announced new aid.",
        "Today, during his first official visit to Thailand, Secretary Blinken announced aid.",
        "During a two-day visit to Thailand, Secretary Blinken announced new aid.",
    ],
)
def test_a_visit_described_by_its_own_words_is_the_clause_subject_s(text):
    assert ("USA", "CONSULT", "THA", "asserted") in relations_of(text, "en", voice="USA")


def test_with_a_visit_described_is_not_a_setting():
    text = "Japan disagreed with a planned visit to Taiwan."
    assert not any(row[1] == "CONSULT" for row in relations_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two reiterated the United States’ and the EU’s shared resolve to continue to"
            " support Ukraine’s sovereignty.",
            {("USA", "SUPPORT", "UKR", "asserted"), ("EU", "SUPPORT", "UKR", "asserted")},
        ),
        (
            "The Department supports Colombia’s and Ecuador’s coast guards.",
            {("USA", "SUPPORT", "COL", "asserted"), ("USA", "SUPPORT", "ECU", "asserted")},
        ),
    ],
)
def test_two_owners_each_with_a_possessive_own_one_act(text, expected):
    assert expected <= relations_of(text, "en", voice="USA")


def test_two_owners_of_a_commitment_do_not_support_each_other():
    text = (
        "They highlighted the United States’ and the European Union’s shared commitment to"
        " continue imposing severe costs on Russia."
    )
    found = relations_of(text, "en", voice="USA")
    assert ("EU", "SANCTION", "RUS", "future") in found
    assert not any(row[1] == "SUPPORT" for row in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Request includes $1.6 billion to support Ukraine against Russia’s premeditated,"
        " unprovoked, and unjustified invasion.",
        "Albania’s clear support for Ukraine’s sovereignty and territorial integrity against"
        " Russian aggression was noted.",
        "We see a strong tide in support of Ukraine and against the horrific aggression"
        " committed by Russia.",
        "North Macedonia supports Ukraine in the face of President Putin’s continued brutal war.",
    ],
)
def test_the_state_supported_against_an_attack_is_its_target(text):
    found = relations_of(text, "en", voice="USA")
    assert ("RUS", "ASSAULT", "UKR", "asserted") in found
    assert not any(row[1] == "ASSAULT" and row[2] != "UKR" for row in found)


def test_an_attack_by_no_actor_has_no_target_from_against():
    # the voice is no doer found for the invasion: Kuwait is not its target
    text = "By standing with a peaceful Kuwait against an invasion by a violent dictator, we won."
    assert not any(row[1] == "ASSAULT" for row in relations_of(text, "en", voice="USA"))


def test_two_who_call_for_their_own_coordination_ask_nobody():
    joint = relations_of(
        "Secretary Blinken and European Council President Charles Michel emphasized the need for"
        " continued, close U.S.-EU coordination.",
        "en",
        voice="USA",
    )
    other = relations_of("The United States and Japan urged China to do more.", "en")
    assert not any(row[1] == "REQUEST" for row in joint)
    assert ("USA", "COOPERATE", "EU", "asserted") in joint
    assert ("JPN", "REQUEST", "CHN", "asserted") in other


def test_a_state_defending_itself_as_the_purpose_of_help_aids_nobody():
    text = (
        "We talk about what can be done to help ensure that Ukraine is able to defend itself"
        " going forward, that it can deter future Russian aggression."
    )
    assert not any(row[2] == "RUS" for row in relations_of(text, "en", voice="USA"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the challenge posed by Iran’s nuclear program and building strong"
            " international support for Ukraine’s sovereignty.",
            set(),
        ),
        (
            "We condemn Russia’s ongoing and escalating aggression against Ukraine.",
            {("RUS", "ASSAULT", "UKR", "asserted")},
        ),
    ],
)
def test_a_gerund_after_and_opens_a_phrase_the_owner_does_not_reach(text, expected):
    found = relations_of(text, "en", voice="USA")
    assert {row for row in found if row[1] in ("SUPPORT", "ASSAULT")} == expected


def test_the_secretary_thanks_and_meets_pope_francis():
    text = (
        "The Secretary thanked Pope Francis for his leadership. The Secretary and Pope Francis"
        " also discussed China."
    )
    found = relations_of(text, "en", voice="USA")
    assert {("USA", "SUPPORT", "VAT", "asserted"), ("VAT", "CONSULT", "USA", "asserted")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary expressed his encouragement for further peace negotiations between"
        " Armenia and Azerbaijan.",
        "The Secretary encouraged further direct talks between Armenia and Azerbaijan.",
    ],
)
def test_further_talks_are_still_to_hold(text):
    found = relations_of(text, "en", voice="USA")
    assert ("ARM", "CONSULT", "AZE", "future") in found
    assert ("ARM", "CONSULT", "AZE", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Secretary met with counterparts from France.", ("USA", "CONSULT", "FRA")),
        ("I met with my counterparts from the G7.", ("USA", "CONSULT", "G7")),
        ("The Secretary met with senior officials from France.", ("USA", "CONSULT", "FRA")),
    ],
)
def test_officials_or_counterparts_from_a_state_are_its_partners(text, expected):
    assert (*expected, "asserted") in relations_of(text, "en", voice="USA")


def test_activists_from_a_state_are_not_its_partners():
    found = relations_of("The Secretary met with activists from Burma.", "en", voice="USA")
    assert not any(row[2] == "MMR" for row in found)


@pytest.mark.parametrize(
    ("text", "expected", "gone"),
    [
        (
            "The Secretary also discussed our cooperation with Poland.",
            ("USA", "COOPERATE", "POL", "asserted"),
            ("USA", "CONSULT", "POL", "asserted"),
        ),
        (
            "We are in very close contact and coordination with the United Kingdom.",
            ("USA", "CONSULT", "GBR", "asserted"),
            None,
        ),
    ],
)
def test_talks_whose_phrase_holds_another_act_are_about_it(text, expected, gone):
    found = relations_of(text, "en", voice="USA")
    assert expected in found
    assert gone not in found


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Japan seek to continue joint efforts to enhance export controls.",
        "They discussed our ongoing joint efforts with Japan to provide support to farmers.",
    ],
)
def test_joint_efforts_are_cooperation(text):
    found = relations_of(text, "en", voice="USA")
    assert {
        ("USA", "COOPERATE", "JPN", "asserted"),
        ("JPN", "COOPERATE", "USA", "asserted"),
    } & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Blinken and Foreign Minister Wong of Australia discussed mutual efforts"
            " to provide security assistance to Ukraine.",
            ("USA", "AID", "UKR", "asserted"),
        ),
        (
            "The Secretary will discuss ways to provide more assistance to Ukraine.",
            ("USA", "AID", "UKR", "future"),
        ),
    ],
)
def test_efforts_discussed_go_on_and_ways_discussed_are_to_come(text, expected):
    assert expected in relations_of(text, "en", voice="USA")


def test_a_plural_owner_s_bare_apostrophe_owns_the_act_past_its_adjectives():
    text = (
        "The Secretary emphasized the United States’ unyielding and steadfast support for Ukraine."
    )
    assert ("USA", "SUPPORT", "UKR", "asserted") in relations_of(text, "en", voice="USA")


def test_our_cooperation_with_one_state_named_before_is_the_voice_s_and_its():
    text = (
        "In Djibouti, Under Secretary Nuland will meet with government counterparts to"
        " advance U.S.-Djibouti relations and our close security cooperation."
    )
    assert {
        ("USA", "COOPERATE", "DJI", "asserted"),
        ("DJI", "COOPERATE", "USA", "asserted"),
    } <= relations_of(text, "en", voice="USA")


@pytest.mark.parametrize(
    "text",
    [
        # the state is named in the purpose of the efforts, after them
        "She did also talk about our joint efforts to hold Russia to account.",
        # two states besides the voice: whose cooperation is not said
        "Japan and Brazil welcomed our close cooperation.",
    ],
)
def test_our_cooperation_is_not_given_to_a_state_it_does_not_name_as_partner(text):
    found = relations_of(text, "en", voice="USA")
    assert not any(row[1] == "COOPERATE" for row in found)


def test_in_a_release_with_a_partner_our_cooperation_is_cooperation_both_ways():
    text = (
        "Secretary Blinken spoke with Moroccan Foreign Minister Bourita about Morocco and the"
        " future of Morocco. We value our ongoing cooperation."
    )
    assert {
        ("USA", "COOPERATE", "MAR", "asserted"),
        ("MAR", "COOPERATE", "USA", "asserted"),
    } <= relations_of(text, "en", voice="USA")


def test_the_signatories_joint_efforts_are_each_one_s_with_the_others():
    text = (
        "Joint Statement by the United States, Japan and France. Our joint efforts to address"
        " corruption continue."
    )
    found = relations_of(text, "en", voice="USA")
    assert {
        ("JPN", "COOPERATE", "FRA", "asserted"),
        ("FRA", "COOPERATE", "USA", "asserted"),
    } <= found


def test_the_signatories_country_is_each_one_s_own():
    text = (
        "Joint Statement by the United States, Japan and France. We will publish the results"
        " of our country reviews."
    )
    assert not any(row[1] == "CONSULT" for row in relations_of(text, "en", voice="USA"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Blinken met with Mexican Foreign Secretary Marcelo Ebrard. The Secretary"
            " and Foreign Secretary reaffirmed both countries’ condemnation of Russia’s actions.",
            ("MEX", "ACCUSE", "RUS", "asserted"),
        ),
        (
            "Deputy Secretary Sherman met with Japanese Vice Foreign Minister Mori Takeo. The"
            " Deputy Secretary and Vice Foreign Minister condemned DPRK missile launches.",
            ("JPN", "ACCUSE", "PRK", "asserted"),
        ),
    ],
)
def test_a_deputy_minister_or_foreign_secretary_named_again_is_the_one_named_so(text, expected):
    assert expected in relations_of(text, "en", voice="USA")


def test_a_title_joined_to_the_next_is_not_named_again():
    # "and Deputy Prime Minister and Foreign Minister Don" opens a person's two titles
    text = (
        "Secretary Blinken spoke with Chinese Foreign Minister Wang Yi. In Bangkok, Secretary"
        " Blinken will meet with Prime Minister Prayut Chan-o-cha and Deputy Prime Minister"
        " and Foreign Minister Don Pramudwinai."
    )
    assert ("USA", "CONSULT", "CHN", "future") not in relations_of(text, "en", voice="USA")


@pytest.mark.parametrize(
    "text",
    [
        "Japan's cooperation stands in stark contrast to Russia's war against Ukraine.",
        "Japan's support, unlike Russia's war against Ukraine, helps the region.",
    ],
)
def test_an_act_set_in_contrast_to_another_is_not_aimed_at_its_doer(text):
    assert not any(row[0] == "JPN" and row[2] == "RUS" for row in relations_of(text, "en"))


def test_what_a_clause_reaffirmed_says_is_not_supported():
    text = (
        "Secretary Blinken spoke with Foreign Minister Kuleba of Ukraine. They reaffirmed that"
        " further unprovoked Russian aggression would result in massive consequences."
    )
    assert not any(row[1] == "SUPPORT" for row in relations_of(text, "en", voice="USA"))


def test_the_secretary_general_is_not_the_voice_s_secretary():
    text = (
        "Secretary Blinken met with NATO Secretary General Jens Stoltenberg. The Secretary"
        " General thanked Japan for its support."
    )
    found = relations_of(text, "en", voice="USA")
    assert ("USA", "SUPPORT", "JPN", "asserted") not in found
    assert ("NATO", "SUPPORT", "JPN", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Blinken spoke with EU High Representative Josep Borrell. The Secretary and"
            " the High Representative agreed that Russia's violation demands a firm response.",
            ("EU", "AGREE", "USA", "asserted"),
        ),
        (
            "Secretary Blinken met with UN Secretary-General António Guterres. The Deputy"
            " Secretary and the Secretary-General discussed support for Ukraine.",
            ("UN", "CONSULT", "USA", "asserted"),
        ),
    ],
)
def test_a_secretary_general_or_high_representative_named_again_is_the_one_named_so(text, expected):
    assert expected in relations_of(text, "en", voice="USA")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iran must immediately cease its attacks on Iraq.", "IRN"),
        ("The Russian leadership must immediately provide humanitarian access.", "RUS"),
        ("Leaders in Beirut must urgently put aside partisan differences.", "LBN"),
        ("The Secretary said that Russia must stop its aggression against Ukraine.", "RUS"),
    ],
)
def test_a_duty_laid_on_an_actor_in_the_voice_s_words_is_its_request(text, target):
    assert ("USA", "REQUEST", target, "asserted") in relations_of(text, "en", voice="USA")


@pytest.mark.parametrize(
    "text",
    [
        "Russia must be held accountable for its war against Ukraine.",
        "The world is sending a clear signal that Russia must cease its war against Ukraine.",
        "Japan said that Russia must stop its aggression against Ukraine.",
    ],
)
def test_a_passive_duty_or_another_s_is_no_request_of_the_voice(text):
    found = relations_of(text, "en", voice="USA")
    assert not any(row[0] == "USA" and row[1] == "REQUEST" for row in found)


def test_a_duty_is_a_request_only_where_the_voice_speaks():
    assert not any(
        row[1] == "REQUEST" for row in relations_of("Iran must cease its attacks on Iraq.", "en")
    )


def test_the_voice_s_own_duty_leaves_its_act_as_it_was():
    text = "We must endeavor to provide Ukraine the political and practical assistance."
    assert relations_of(text, "en", voice="USA") == {("USA", "AID", "UKR", "future")}


@pytest.mark.parametrize(
    "text",
    [
        "We remain convinced of the enduring value of the Arctic Council for cooperation.",
        "We're encouraged that the Government of Ethiopia has begun talks.",
    ],
)
def test_a_conviction_stated_is_no_request(text):
    assert not any(row[1] == "REQUEST" for row in relations_of(text, "en", voice="USA"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan was encouraged by the United States to join the talks.",
            ("USA", "REQUEST", "JPN", "asserted"),
        ),
        (
            "We were disappointed that Iran failed to respond positively.",
            ("USA", "ACCUSE", "IRN", "asserted"),
        ),
    ],
)
def test_a_passive_request_or_a_disappointment_stays(text, expected):
    assert expected in relations_of(text, "en", voice="USA")


def test_a_trilateral_act_named_with_none_of_its_parties_is_the_three_s():
    text = (
        "Special Representative Kim will host a trilateral meeting with Japanese"
        " Director-General Funakoshi Takehiro and ROK Special Representative Noh Kyu-duk to"
        " discuss the importance of trilateral cooperation."
    )
    found = relations_of(text, "en", voice="USA")
    assert {("JPN", "COOPERATE", "KOR", "asserted"), ("KOR", "COOPERATE", "USA", "asserted")} <= {
        row for row in found if row[1] == "COOPERATE"
    }


@pytest.mark.parametrize(
    "text",
    [
        # its parties named after it
        "The Deputy Secretary and Japanese Defense Minister Kishi Nobuo stressed peace in the"
        " Taiwan Strait, including through trilateral cooperation among the United States,"
        " Japan, and the Republic of Korea.",
        # two parties only
        "The Secretary emphasized trilateral cooperation with Japan.",
    ],
)
def test_a_trilateral_act_takes_no_party_from_elsewhere_in_the_sentence(text):
    found = relations_of(text, "en", voice="USA")
    assert not any("TWN" in (row[0], row[2]) for row in found)
    assert all(row[1] != "COOPERATE" or "USA" in (row[0], row[2]) for row in found)


def test_a_list_of_partners_ends_where_a_pronoun_opens_a_clause():
    text = (
        "Secretary Blinken has met today with the Spanish foreign minister and Saudi foreign"
        " minister, and they discussed Lebanon."
    )
    found = relations_of(text, "en", voice="USA")
    assert {("USA", "CONSULT", "ESP", "asserted"), ("USA", "CONSULT", "SAU", "asserted")} <= found
    assert not any("LBN" in (row[0], row[2]) for row in found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "We celebrate our joint work on economic recovery with Sri Lanka.",
            "en",
            ("USA", "COOPERATE", "LKA", "asserted"),
        ),
        (
            "Le travail conjoint de la France et de l'Allemagne a porté ses fruits.",
            "fr",
            ("FRA", "COOPERATE", "DEU", "asserted"),
        ),
    ],
)
def test_joint_work_is_cooperation(text, language, expected):
    assert expected in relations_of(text, language, voice="USA" if language == "en" else None)
