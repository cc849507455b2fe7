"""Help and contact that an actor stops (the stop is a sanction, the help stopped is not
given), and the setting of a clause, where a verb's object is not looked for. Sentences
written for the tests."""

from __future__ import annotations

import pytest
from relation_rows import relations_of, table_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The EU decided to suspend its aid to Burundi.", "en"),
        ("L'Union européenne a décidé de suspendre ses aides au Burundi.", "fr"),
        ("L'Union européenne a suspendu son aide au Burundi.", "fr"),
    ],
)
def test_aid_suspended_is_a_sanction_and_no_aid_given(text, language):
    relations = relations_of(text, language)
    assert ("EU", "SANCTION", "BDI", "asserted") in relations
    assert ("EU", "AID", "BDI", "asserted") not in relations


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Washington cut off its military aid to Egypt.", "en"),
        ("The Trump administration's withholding of security aid to Egypt was criticised.", "en"),
        # A noun in -ing after its owner and an adjective.
        ("Records show Washington's temporary withholding of aid to Egypt.", "en"),
        ("Washington a interrompu son aide directe au gouvernement égyptien.", "fr"),
        ("Le Caire doit faire face à l'arrêt des aides des États-Unis à l'Égypte.", "fr"),
    ],
)
def test_aid_cut_off_or_withheld_is_a_sanction(text, language):
    assert {(s, k, t) for s, k, t, _ in relations_of(text, language)} == {
        ("USA", "SANCTION", "EGY")
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The EU froze its budget support to Burundi.", "en", ("EU", "BDI")),
        ("The United States halted assistance to Ethiopia.", "en", ("USA", "ETH")),
        ("L'UE a gelé ses aides au Burundi.", "fr", ("EU", "BDI")),
        ("L'Union européenne a interrompu sa coopération avec le Burundi.", "fr", ("EU", "BDI")),
    ],
)
def test_help_or_contact_stopped_by_a_verb_outside_the_lexicon_is_a_sanction(
    text, language, expected
):
    source, target = expected
    assert relations_of(text, language) == {(source, "SANCTION", target, "asserted")}


def test_a_stop_of_the_lexicon_gives_one_row_not_one_more_for_the_help():
    table = table_of("La France a suspendu son aide au Mali.", "fr")
    assert table[["source_country", "type", "target_country"]].astype(str).values.tolist() == [
        ["FRA", "SANCTION", "MLI"]
    ]


def test_a_stopped_attack_is_still_an_attack():
    # "cease its war", "halt its attack": the attack goes on until then.
    text = "It is past time for Russia to halt its ruthless attack on Ukraine."
    assert relations_of(text, "en") == {("RUS", "ASSAULT", "UKR", "asserted")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Blinken met the minister after Russia's invasion of Ukraine.", "en"),
        ("Blinken met the minister before the Russian invasion of Ukraine.", "en"),
        ("Blinken a rencontré le ministre après l'invasion russe de l'Ukraine.", "fr"),
    ],
)
def test_an_actor_after_before_or_after_is_no_object_of_the_verb(text, language):
    assert relations_of(text, language) == {("RUS", "ASSAULT", "UKR", "asserted")}


def test_before_as_an_adverb_leaves_the_object_after_it():
    text = "Lavrov had talked before with Blinken."
    assert ("RUS", "CONSULT", "USA", "asserted") in relations_of(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Leaving an organisation reduces relations with it, as the readers write it.
        ("Burundi withdrew from the International Criminal Court.", "en", "SANCTION"),
        ("Le Burundi a annoncé son retrait de la CPI.", "fr", "SANCTION"),
        ("Le Maroc avait claqué la porte de l'UA en 1984.", "fr", "SANCTION"),
        # Forces withdrawn stay a retreat, from a state or with an organisation.
        ("Russia withdrew its troops from Ukraine.", "en", "RETREAT"),
        ("La Russie a retiré ses troupes de l'Ukraine.", "fr", "RETREAT"),
    ],
)
def test_leaving_an_organisation_is_a_sanction_and_withdrawing_forces_a_retreat(
    text, language, expected
):
    assert {kind for _, kind, _, _ in relations_of(text, language)} == {expected}


def test_leaving_reads_the_dictionary_not_a_list_of_codes(tmp_path):
    # A user's own organisation and a state written with a code of their own: the type of
    # each comes from the dictionary.
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "version: 1\n"
        "actors:\n"
        "  - id: FRANCOPHONIE\n"
        "    name: Organisation internationale de la Francophonie\n"
        "    type: organisation\n"
        "    aliases:\n"
        "      name: [Francophonie]\n"
        "  - id: ZZS\n"
        "    name: Zedland\n"
        "    type: state\n"
        "    cldr: false\n"
        "    aliases:\n"
        "      name: [Zedland]\n",
        encoding="utf-8",
    )
    left = relations_of("Burundi withdrew from the Francophonie.", "en", actors=actors)
    retreated = relations_of("Burundi withdrew from Zedland.", "en", actors=actors)
    assert left == {("BDI", "SANCTION", "FRANCOPHONIE", "asserted")}
    assert retreated == {("BDI", "RETREAT", "ZZS", "asserted")}
