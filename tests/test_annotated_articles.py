"""Short news articles, each annotated by hand with every mention a careful reader counts.

The articles in ``tests/data/annotated/`` were written for these tests in the style of the
coverage the toolkit is built for (French and English diplomatic news, scraped paragraphs
glued together as in ``Pyongyang.Le``, typographic apostrophes), with the traps of real
corpora: phrases that contain an alias but do not name the actor ("Washington Post", "mer de
Chine méridionale", "golfe de Guinée", "fleuve Niger", "US dollars", "en français", "Jordan
Peterson"), namesakes the dictionary leaves out on purpose ("Georgia" the US state,
"Compagnie des Indes", "Nord Stream", "le nord du pays"), organs that are not the one their
name holds (the African Union's "Conseil de paix et de sécurité", whose English name holds
"Security Council", is the AU's council, not the UN's), and forms that must be found
(elisions, combining forms such as "franco-allemand", epithets, institutions).

The expected mentions were written from a reading of each article, sentence by sentence,
before running the matcher, following the reading rules of the dictionary
(``analysis/data/actors.yaml``, CHOICES MADE HERE):

- a qualifier that only says whose institution it is does not count again: "le département
  d'État américain" is one State Department mention, "UN Security Council" one Security
  Council mention;
- a mention is the words as written, without the full stop of an abbreviation: "U.S" in
  "the U.S. commitment";
- "le Nord" (capital N) is North Korea; "le nord du pays" is no mention;
- "Georgia" is counted only beside Georgia's other names or its Caucasus neighbours (in
  general English news it is mostly the US state); "Georgians" and "Georgian" are Georgia
  the country;
- names of persons count for the person, not for their country;
- capitals count when they name the city, as a venue or a metonym, whatever the state
  ("à Vilnius", "les autorités de Niamey"): the first annotation had left out the capitals
  the dictionary did not have yet, against this rule.
- a person named with a title is one mention of the person, of kind ``official``, the title
  and the name together ("président russe Vladimir Poutine", "Jordan’s King Abdullah II",
  "Former President Donald Trump"): the demonym, state or institution inside the title
  counts no more (see :mod:`analysis.officials`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis
from analysis.mentions import find_mentions

ANNOTATED = Path(__file__).parent / "data" / "annotated"

EXPECTED = {
    # Putin in Pyongyang (French, Korea and Russia).
    "000_42a24817d9eb6015": [
        ("président russe Vladimir Poutine", "putin", "official"),
        ("Pyongyang", "PRK", "capital"),
        ("Corée du Nord", "PRK", "name"),
        ("KCNA", "kcna", "institution"),
        ("Kim Jong-un", "kim-jong-un", "leader"),
        ("Séoul", "KOR", "capital"),
        ("Moscou", "RUS", "capital"),
        ("Conseil de sécurité de l’ONU", "UNSC", "name"),
        ("département d’État américain", "state-department", "institution"),
        ("Russie", "RUS", "name"),
        ("le Nord", "PRK", "epithet"),
    ],
    # A State Department readout (English, Korea).
    "001_0870ec9d837df0d8": [
        ("Secretary Blinken", "blinken", "official"),
        ("Republic of Korea Foreign Minister Park Jin", "park-jin", "official"),
        ("DPRK", "PRK", "name"),
        ("U.S", "USA", "name"),
        ("ROK", "KOR", "name"),
        ("Japan", "JPN", "name"),
        ("Pyongyang", "PRK", "capital"),
        ("UN Security Council", "UNSC", "name"),
        ("Russia", "RUS", "name"),
        ("Ukraine", "UKR", "name"),
        ("PRC", "CHN", "name"),
        ("Washington", "USA", "capital"),
        ("Seoul", "KOR", "capital"),
        ("Tokyo", "JPN", "capital"),
    ],
    # Zelensky at the Élysée (French, Ukraine and Europe).
    "002_492dce54bfcaf8a9": [
        ("Emmanuel Macron", "macron", "leader"),
        ("Élysée", "elysee", "institution"),
        ("président ukrainien Volodymyr Zelensky", "zelensky", "official"),
        ("OTAN", "NATO", "name"),
        ("Vilnius", "LTU", "capital"),  # the summit's venue
        ("Ukraine", "UKR", "name"),
        ("Alliance atlantique", "NATO", "epithet"),
        ("Ukraine", "UKR", "name"),
        ("Berlin", "DEU", "capital"),
        ("Londres", "GBR", "capital"),
        ("Maison-Blanche", "white-house", "institution"),
        ("Paris", "FRA", "capital"),
        ("Kremlin", "kremlin", "institution"),
        ("allemands", "DEU", "demonym"),
        ("Pologne", "POL", "name"),
    ],
    # US election day (English, general news: Georgia the state, Jordan Peterson).
    "003_99ca7c96d17f1f7b": [
        ("Canadian", "CAN", "demonym"),
        ("Former President Donald Trump", "trump", "official"),
        ("Ukraine", "UKR", "name"),
        ("NATO", "NATO", "name"),
        ("Kamala Harris", "kamala-harris", "leader"),
        ("United States", "USA", "name"),
        ("Kyiv", "UKR", "capital"),
        ("American", "USA", "demonym"),
    ],
    # The Taiwan Strait and the South China Sea (French, China).
    "004_e2c1c3900c048222": [
        ("Pékin", "CHN", "capital"),
        ("américains", "USA", "demonym"),
        ("Taïwan", "TWN", "name"),
        ("chinoise", "CHN", "demonym"),
        ("Washington", "USA", "capital"),
        ("République populaire de Chine", "CHN", "name"),
        ("philippins", "PHL", "demonym"),
        ("Manille", "PHL", "capital"),
        ("Japon", "JPN", "name"),
        ("Australie", "AUS", "name"),
        ("Xi Jinping", "xi-jinping", "leader"),
        ("brésilien", "BRA", "demonym"),
        ("Tokyo", "JPN", "capital"),
        ("Empire du Milieu", "CHN", "epithet"),
    ],
    # Gaza diplomacy (English, Middle East: Jordan the country).
    "005_0962f364e4d627f5": [
        ("Jordan’s King Abdullah II", "abdullah-ii", "official"),
        ("Egyptian President Abdel Fattah el-Sisi", "abdel-fattah-el-sisi", "official"),
        ("Cairo", "EGY", "capital"),
        ("Israel", "ISR", "name"),
        ("UN Security Council", "UNSC", "name"),
        ("Iran", "IRN", "name"),
        ("Tehran", "IRN", "capital"),
        ("International Committee of the Red Cross", "ICRC", "name"),
        ("Antony Blinken", "blinken", "leader"),
        ("Amman", "JOR", "capital"),
        ("Riyadh", "SAU", "capital"),
        ("State Department", "state-department", "institution"),
    ],
    # The Sahel and the Great Lakes (French, Africa: Niger, Guinée, RDC).
    "006_4f95e7dd89e660db": [
        # one mention of the council, its organisation's name inside it not counted again
        ("Conseil de paix et de sécurité de l’Union africaine", "AUPSC", "name"),
        ("Addis-Abeba", "ETH", "capital"),  # a venue
        ("Niger", "NER", "name"),
        ("Niamey", "NER", "capital"),  # "les autorités de Niamey": a metonym
        ("France", "FRA", "name"),
        ("Tchad", "TCD", "name"),
        ("Russie", "RUS", "name"),
        ("RDC", "COD", "name"),
        ("Rwanda", "RWA", "name"),
        ("ONU", "UN", "name"),
        ("Guinée", "GIN", "name"),
        ("Conakry", "GIN", "capital"),  # a venue
    ],
    # Protests in Tbilisi (English, Georgia the country, a currency).
    "007_8764a0d9975f34be": [
        ("Georgians", "GEO", "demonym"),
        ("Tbilisi", "GEO", "capital"),
        ("Russian", "RUS", "demonym"),
        ("European Union", "EU", "name"),
        ("Kremlin’s spokesman Dmitry Peskov", "peskov", "official"),
        ("Sergei Lavrov", "lavrov", "leader"),
        ("U.S", "USA", "name"),
        ("Georgian", "GEO", "demonym"),
    ],
    # The Quai d'Orsay and Iran (French: combining form, a language, India and the Indies).
    "008_ff1bc02ead28472b": [
        ("Quai d’Orsay", "quai-dorsay", "institution"),
        ("Iran", "IRN", "name"),
        ("français", "FRA", "demonym"),
        ("Téhéran", "IRN", "capital"),
        ("franco", "FRA", "demonym"),
        ("allemand", "DEU", "demonym"),
        ("Royaume-Uni", "GBR", "name"),
        ("Nations unies", "UN", "name"),
        ("Hexagone", "FRA", "epithet"),
        ("Paris", "FRA", "capital"),
        ("Inde", "IND", "name"),
    ],
}


@pytest.fixture(scope="module")
def annotated():
    articles = analysis.load_corpus(ANNOTATED, cache=False)
    return articles, find_mentions(articles)


def test_every_annotated_file_is_loaded_and_has_annotations(annotated):
    articles, _ = annotated

    result = sorted(articles["doc_id"].astype(str))

    expected = sorted(EXPECTED)
    assert result == expected


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_mentions_are_exactly_those_of_the_annotation(annotated, doc_id):
    _, mentions = annotated
    rows = mentions[mentions["doc_id"].astype(str) == doc_id]

    result = list(
        zip(
            rows["matched"].astype(str),
            rows["actor_id"].astype(str),
            rows["kind"].astype(str),
            strict=True,
        )
    )

    expected = EXPECTED[doc_id]
    assert result == expected
