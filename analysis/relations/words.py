"""The function words the relation rules read, per language (lower case, as tokenised).

Each list is short and closed: auxiliaries, negations, markers of the future and of reported
speech, prepositions and coordinators. A language without lists here is read with the
English ones, which mostly find nothing in it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GIFT_REACH",
    "STOP_MARKS",
    "Words",
    "amount_before",
    "is_amount",
    "purpose_mark",
    "words_of",
]

QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
"""Quotation marks: punctuation, not words; the rules do not count them as steps."""
STOP_MARKS = frozenset(".;:!?()[]—–")
"""Punctuation that ends a clause for the rules (a comma does not: it joins lists; quotation
marks do not either: « la colère » inside a sentence is one of its words)."""


@dataclass(frozen=True)
class Words:
    """The closed word classes of one language (lemmas or lower-case forms)."""

    passive_aux: frozenset[str]
    active_with_be: frozenset[str]
    instruments: frozenset[str]
    """Acts of one side alone that a verb of agreement may take ("signed an executive
    order", « a signé un décret »): no agreement with anyone."""
    """Verbs whose perfect takes the passive's auxiliary (« sont intervenus contre »):
    active, not passive."""
    """Lemmas of the auxiliary of the passive ("was condemned", « a été condamné »)."""
    perfect_aux: frozenset[str]
    """Lemmas of the auxiliary of the perfect ("has condemned", « a condamné »)."""
    agents: frozenset[str]
    coordinators: frozenset[str]
    joiners: frozenset[str]
    title_modifiers: frozenset[str]
    """Words before a person's title that do not break a list of actors ("Trump and
    then-newly elected President Zelensky", « Macron et le nouveau président Biden »)."""
    determiners: frozenset[str]
    prepositions: frozenset[str]
    relatives: frozenset[str]
    persons_relatives: frozenset[str]
    """Relatives of persons: a people's noun they follow is private persons ("Afghans who
    fought alongside U.S. service members", « des Afghans qui ont combattu »)."""
    clause_breaks: frozenset[str]
    negations: frozenset[str]
    weak_negations: frozenset[str]
    refusals: frozenset[str]
    denials: frozenset[str]
    verb_like_nouns: frozenset[str]
    """French nouns that end like an infinitive (« guerre »): nouns wherever they stand
    (« l'effort de guerre russe »)."""
    object_control: frozenset[str]
    """Verbs whose object does what the infinitive after it says ("urged Japan to sanction",
    "helped Ukraine to defend"); after others, the infinitive is a purpose of the subject's
    ("summoned the Russian ambassador to protest")."""
    purposes: tuple[tuple[str, ...], ...]
    """Words that open an infinitive of purpose after an object ("to", « pour », « afin de »)."""
    """Verbs of denying: what is denied is negated ("denied supplying weapons to"), and the
    one denied is only the object right after the verb ("denied Russia's claims")."""
    futures: frozenset[str]
    promises: frozenset[str]
    announcements: frozenset[str]
    """Verbs that announce aid, which is then pledged, not yet given ("announced $808
    million in assistance"); announced sanctions are imposed."""
    """Verbs of a trigger that promise the act rather than do it ("pledged funds")."""
    planned: frozenset[str]
    """Participles after a noun that put its act ahead ("the visit, scheduled for May",
    « la visite, prévue le 27 janvier »)."""
    """Verbs of a trigger that promise the act rather than do it ("pledged funds")."""
    reporting: frozenset[str]
    according: tuple[str, ...]
    complementizers: frozenset[str]
    reflexives: frozenset[str]
    """Reflexive pronouns before a verb (« se défendre »; "s'" is tokenised as "se")."""
    selves: frozenset[str]
    """Reflexive pronouns after a verb ("defending itself"): its object is its subject."""
    noun_markers: frozenset[str]
    verb_markers: frozenset[str]
    possessives: frozenset[str]
    led: frozenset[str]
    """Participles that, hyphenated after an actor, make it the one who leads the act after
    them ("the US-led invasion of Iraq")."""
    group_possessives: frozenset[str]
    """Possessives of a group ("their", « leur »): "X and Y continued their coordination"
    is between X and Y, whoever else the sentence names."""
    of: frozenset[str]
    between: frozenset[str]
    noun_targets: frozenset[str]
    places: frozenset[str]
    light_verbs: frozenset[str]
    patient_nouns: frozenset[str]
    reciprocal_only: frozenset[str]
    joint_verbs: frozenset[str]
    """Verbs of a thing done jointly ("co-host", « coprésider »): with coordinated subjects,
    their object is what is done; the partners are the subjects, or an actor after "with"."""
    receiving: frozenset[str]
    """Verbs of receiving an act ("enjoys the support of France", « a reçu une aide de »):
    their subject is the one the act is for, and the act was done."""
    will_auxiliaries: frozenset[str]
    """Words that put the verb after them in the future ("will", "shall", the "ll" of
    "we'll", « va », « vont »): a clause whose purpose is still to come."""
    recipient_marks: frozenset[str]
    """Words before the recipient of a gift ("to", « à », « au », « aux »), who may be the
    one to act after it."""
    continuing: frozenset[str]
    agreement_nouns: frozenset[str]
    """Nouns of an agreement ("deal", « accord »): a tie it establishes between two actors
    ("a deal establishing diplomatic relations between Israel and the UAE") is agreed by
    each (AGREE), not support."""
    willingness: frozenset[str]
    """Words stating a will to act ("ready to", "commitment to working with"): the act
    they introduce is an agreement now (AGREE), not the act itself."""
    aims: frozenset[str]
    """Prepositions that end an attack's trigger and name what it is aimed at ("fire at",
    « tirer sur »)."""
    responses: tuple[tuple[str, ...], ...]
    """Phrases that tell the act an act answers ("in response to", « en représailles à »)."""
    obligations: frozenset[str]
    """Modal verbs of a duty ("must"): an actor that must act, in the voice's own words, is
    asked to by the voice ("Iran must immediately cease its attacks")."""
    contrasts: tuple[tuple[str, ...], ...]
    """Phrases that set an act against another ("in stark contrast to", « contrairement à »):
    what follows them is no party to the act."""
    on_request: frozenset[tuple[str, ...]]
    """The words before a request noun that make it an adverbial phrase ("at the request
    of", « à la demande de »): the clause's subject did something for the one who asked."""
    will_adjectives: frozenset[str]
    """Words of will (among :attr:`willingness`) that are adjectives: their subject is the
    one who would do the act named by the noun after them (« Trump reste ouvert à l'idée
    d'une rencontre »)."""
    hosts: frozenset[str]
    """Verbs of receiving a guest, who visits the host ("Putin hosted Erdogan", "received",
    "to have X here")."""
    gladness: frozenset[str]
    sovereignty: frozenset[str]
    efforts: frozenset[str]
    announcing: frozenset[str]
    """Nouns of an act made known or put in force, whose owner does the act named after "of"
    ("Japan's announcement today of comprehensive financial sanctions")."""
    """Nouns of an effort whose infinitive its owner does ("our efforts to support Haiti")."""
    """What a state attacked is named with ("Ukraine's sovereignty and territorial integrity")."""
    """Words of a host's gladness before "to have X here": a guest received."""
    """Verbs of receiving a guest ("hosted", « a reçu »): the guest visits the host."""
    delegations: frozenset[str]
    """Nouns of the people a state sends ("a delegation from Bulgaria", "officials from
    the United States and the European Union met"): they act for the state named after
    them and one of :attr:`origins`."""
    origins: frozenset[str]
    """Prepositions that name whom a delegation comes from ("from", « de »)."""
    needs: frozenset[str]
    """What one meets without meeting anyone ("meet Ukraine's needs")."""
    convenings: frozenset[str]
    """Lexicon entries of a meeting one convenes (« réunir », "bring together"): those
    brought together meet each other too."""
    will_verbs: frozenset[str]
    """Verbs of will whose object names the act wanted ("seeks closer ties with", « cherche
    des liens plus étroits avec »): their subject states a will to that act."""
    commitments: frozenset[str]
    """Words of will (among :attr:`willingness`) that state a stance held now: support one
    is committed to give is support stated ("committed to supporting the defense of Saudi
    Arabia"), while support one is ready to give is to come ("stand ready to support")."""
    resists: frozenset[str]
    """Verbs of resisting an attack ("defending itself against", "faced with", « faire face
    à »): who resists is the one attacked."""
    memberships: frozenset[str]
    """Verbs that list the members of a body ("The Mekong-U.S. Partnership includes the
    United States, Cambodia, ...", « l'alliance regroupe »): membership is a state, not an
    act (like "ally" and "partner"), so the noun before them relates nobody."""
    joins: frozenset[str]
    """Verbs of joining: cooperation only with the actor joined, named right after ("the
    United Kingdom joined the EU"; not "Japan joined the sanctions against Russia")."""
    wars: frozenset[str]
    """Nouns of a war: one between two actors ("the Iran-Iraq war", « la guerre entre la
    Russie et l'Ukraine ») is fought by each against the other."""
    forces: frozenset[str]
    """Nouns of armed forces: an actor's forces leaving a state retreat ("U.S. troops left
    Iraq"), and a demonym before them names no party to talks ("send Russian troops")."""
    strikes: frozenset[str]
    """Nouns of a punctual strike: the state it happens in is a place, not its target ("a
    United States airstrike in Iraq" killed an Iranian general)."""
    visits: frozenset[str]
    """Nouns of a visit, and the prepositions that make one the setting of a clause ("said
    during a visit to"): the clause's subject is the visitor."""
    visit_settings: frozenset[str]
    act_determiners: frozenset[str]
    """Articles that name again something said before ("the", "this", « cette »)."""
    reference_links: frozenset[str]
    """A preposition between a verb and the act it is about ("objected to the move")."""
    endings: frozenset[str]
    """Nouns for an act's end: a call for "an end to the war", « la fin des frappes », asks
    the one who wages it."""
    acts: frozenset[str]
    """Nouns for any act ("the move", « la décision »): they name the last act again."""
    statements: frozenset[str]
    """Nouns for what an actor says or decides: attacking one is accusing its author
    ("attacked the proclamation ... by Donald Trump")."""
    exchanges: frozenset[str]
    """Verbs of exchanging: an act exchanged ("exchanged fire", « ont échangé des tirs »)
    goes each way between the coordinated actors."""
    each_other: tuple[tuple[str, ...], ...]
    """Reciprocal pronouns, as lower-case tokens ("each other", « mutuellement »): the
    coordinated actors do the act to one another."""
    infinitive_marks: frozenset[str]
    preventions: frozenset[str]
    withdrawals: frozenset[str]
    """Verbs and nouns that stop a help or a contact given so far ("froze its aid",
    « l'arrêt du dialogue »): the help stopped is a SANCTION, read on the noun, unless the
    stop is itself a SANCTION of the lexicon ("suspended its aid"), whose row stands alone.
    An attack or a war stopped stays asserted, as "cease its war" does."""
    noun_negations: frozenset[str]
    indefinites: frozenset[str]
    hypotheticals: frozenset[str]
    """Determiners of an act that may happen, whatever governs it ("any further
    aggression")."""
    prospects: frozenset[str]
    """Nouns whose "of a" / « d'un » names an act that may happen ("the idea of a pact",
    « partisan d'un rapprochement »); after another noun the act is a fact ("part of a
    pact between", « issu d'une coopération »)."""
    hedges: frozenset[str]
    experiencers: frozenset[str]
    person_objects: frozenset[str]
    performatives: frozenset[str]
    """Verbs whose saying is the act ("I want to thank", « je voudrais féliciter »): a
    word of desire before them (:attr:`desires`) does not put it ahead."""
    desires: frozenset[str]
    """Words of desire that, before a performative verb, still perform it ("I would like
    to thank"; not "will congratulate")."""
    thanks: frozenset[str]
    """Verbs of thanking: thanks to "you" in remarks are a relation only for something
    named ("thank you for your leadership"; not a bare "Thank you.")."""
    thanked_for: frozenset[str]
    welcomes: frozenset[str]
    """Verbs of welcoming: a person welcomed is a visitor (CONSULT, visitor to host), an act
    welcomed is supported."""
    offices: frozenset[str]
    governments: frozenset[str]
    """Nouns of a state's government, named with its adjective (« le gouvernement
    pakistanais », "the Pakistani government"): a later « Il », "It" stands for it."""
    places_named: frozenset[str]
    gatherings: frozenset[str]
    locatives: frozenset[str]
    private_nouns: frozenset[str]
    peoples: frozenset[str]
    """Nouns of a state's people ("the Afghan people", "the people of Chad", « le peuple
    français »): acted upon alone, a people is no actor (it is not its state), but it is the
    state when named with its government ("the government and people of India") or greeted
    ("I congratulate the people of Lithuania" on its national day); a people that acts
    speaks for its state ("the people of Kosovo stand with Ukraine")."""
    greetings: frozenset[str]
    """Words of a greeting addressed to a nation ("congratulate", "best wishes", «
    félicite », « vœux »)."""
    conditions: frozenset[str]
    condition_subjects: frozenset[str]
    proposals: frozenset[str]
    votes_against: frozenset[str]
    """Words of a vote or a stance against a proposal ("voted against", "abstained on",
    "vetoed", « a voté contre », « s'est abstenue »): the act the proposal states is not the
    voter's."""
    votes: frozenset[str]
    """Verbs of voting: what a vote decides to do is to come ("voted to leave the EU")."""
    claims: frozenset[str]
    """Nouns of a claim: one whose clause nobody named makes ("allegations Trump tried
    to"), and one whose dismissal is a refusal ("dismissed the claim from Berlin")."""
    settings: frozenset[str]
    """Words that open the setting of a clause ("during the talks", « lors des tensions »,
    "before Russia's aggression", « après l'invasion », "in the face of PRC coercion"),
    where a verb's object is no longer looked for; not an adverb before a preposition
    ("talked before with Blinken")."""
    act_settings: frozenset[str]
    """Prepositions that make an act named with "a" / « un » the setting of a clause, so
    that it happened ("during a visit to", "in an attack on", « lors d'une visite »)."""
    quantities: frozenset[str]
    topic_clauses: frozenset[str]
    """Words that open a clause as the topic of talks ("discuss how the United States, the
    ROK, and Japan can continue to work together", « évoquer comment »)."""
    topics: frozenset[str]
    """Prepositions giving the topic of talks or cooperation ("cooperation on DPRK
    sanctions"): they end a list of partners and name no partner."""
    openers: frozenset[str]
    """First words of a phrase that opens a sentence before its main clause ("In addition
    to holding Belarus accountable, we", « Après avoir rencontré Lavrov, le ministre »)."""
    subordinators: frozenset[str]
    """First words of a subordinate clause that opens a sentence, closed by a comma ("As
    we meet here today, Ghana and Norway ...")."""


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ENGLISH_WILL_ADJECTIVES = _set("willing ready eager prepared open")
_ENGLISH_COMMITMENTS = _set("commitment committed resolve resolved determination")
_FRENCH_WILL_ADJECTIVES = _set(
    "prêt prête prêts prêtes disposé disposée disposés désireux ouvert ouverte ouverts ouvertes"
)

ENGLISH = Words(
    passive_aux=_set("be"),
    active_with_be=frozenset(),
    instruments=_set("order decree law bill proclamation directive legislation"),
    perfect_aux=_set("have"),
    agents=_set("by"),
    coordinators=_set("and &"),
    joiners=_set(", and & the as well both"),
    title_modifiers=_set(
        "new newly elected then-newly then-new incoming outgoing former acting interim"
    ),
    determiners=_set("the a an its their his her"),
    prepositions=_set(
        "in at on to with from against into for toward towards over about between across "
        "near during amid within"
    ),
    relatives=_set("which who whom whose"),
    persons_relatives=_set("who"),
    clause_breaks=_set("but while whereas although though because"),
    negations=_set("not never no without"),
    weak_negations=frozenset(),
    refusals=_set("refuse refusal decline fail stop cease suspend halt deny"),
    denials=_set("deny denial"),
    verb_like_nouns=frozenset(),
    object_control=_set(
        "urge ask call encourage press invite tell allow help want expect force push persuade "
        "convince enable permit require order pressure lead get appeal request implore exhort "
        "challenge empower authorize authorise compel inspire prompt remind warn"
    ),
    purposes=(("to",),),
    planned=_set("scheduled planned slated expected"),
    promises=_set("pledge promise vow"),
    announcements=_set("announce"),
    futures=_set(
        "will shall would could can may might plan intend expect aim seek hope want prepare "
        "propose consider going set schedule poise threaten pledge vow must prefer "
        "wish bid attempt apply try "
        "should potential possible future threat risk prospect danger upcoming forthcoming "
        "planned scheduled next"
    ),
    reporting=_set(
        "say said says claim allege assert argue insist believe suspect reveal report declare state"
    ),
    according=("according", "to"),
    complementizers=_set("of for that to"),
    reflexives=frozenset(),
    selves=_set("itself themselves himself herself ourselves oneself"),
    noun_markers=_set(
        "the a an its their his her our my your this these that those any further new "
        "'s of for by in on against with into from over after before during amid"
    ),
    verb_markers=_set(
        "to do does did will would shall should can could may might must not have has had "
        "be is are was were been being am we they i he she it you who also jointly "
        "strongly firmly repeatedly publicly already then now soon later still again just "
        "never ever recently often usually together"
    ),
    possessives=_set("'s"),
    led=_set("led headed"),
    group_possessives=_set("their"),
    of=_set("of"),
    between=_set("between"),
    noun_targets=_set(
        "against on upon to with into toward towards for over about regarding concerning"
    ),
    places=_set("in inside within across throughout"),
    light_verbs=_set(
        "launch wage conduct carry impose levy hold pay make provide give offer express "
        "voice extend begin start continue intensify escalate step announce take send "
        "deliver mount stage unleash resume end halt sign conclude reach ratify vow pledge "
        "promise reiterate reaffirm attend have join form create establish exert note convey"
    ),
    patient_nouns=_set(
        "invasion occupation annexation bombing bombardment shelling condemnation "
        "expulsion designation arrest detention blockade intimidation harassment surveillance "
        "persecution killing murder assassination repression"
    ),
    reciprocal_only=_set("discuss review speak talk confer"),
    joint_verbs=_set("co-host co-chair co-sponsor co-organize co-organise co-lead"),
    receiving=_set("enjoy receive win gain secure obtain get"),
    will_auxiliaries=_set("will shall ll"),
    recipient_marks=_set("to"),
    agreement_nouns=_set("agreement deal accord accords pact"),
    continuing=_set("continue keep remain"),
    act_determiners=_set("the this that these those"),
    reference_links=_set("to"),
    endings=_set("end halt cessation stop"),
    acts=_set(
        "move moves decision step steps measure measures action actions plan proposal "
        "request initiative operation call law legislation"
    ),
    resists=_set("defend fight resist face protect confront repel"),
    memberships=_set("include includes included comprise comprises consist consists"),
    joins=_set("join"),
    wars=_set("war conflict hostilities fighting clashes"),
    forces=_set("troop troops force forces soldiers contingent contingents"),
    strikes=_set("strike strikes airstrike airstrikes raid raids"),
    visits=_set("visit trip tour travel"),
    visit_settings=_set("during on with while"),
    statements=_set(
        "statement statements proclamation declaration decision decisions policy policies "
        "remarks comments claim claims proposal proposals announcement rhetoric stance"
    ),
    exchanges=_set("exchange trade"),
    each_other=(("each", "other"), ("one", "another")),
    willingness=_ENGLISH_WILL_ADJECTIVES
    | _ENGLISH_COMMITMENTS
    | _set("willingness readiness forward desire"),
    commitments=_ENGLISH_COMMITMENTS,
    will_adjectives=_ENGLISH_WILL_ADJECTIVES,
    will_verbs=_set("seek want desire"),
    convenings=frozenset({"bring together"}),
    hosts=_set("host receive have"),
    sovereignty=_set("sovereignty integrity independence"),
    efforts=_set("effort efforts work commitment commitments decision initiative campaign"),
    announcing=_set("announcement announcements imposition introduction adoption"),
    gladness=_set(
        "pleasure pleased good great honor honored honour honoured delighted wonderful happy "
        "glad nice thrilled privilege"
    ),
    delegations=_set(
        "delegation delegations official officials representative representatives diplomat "
        "diplomats negotiator negotiators agency agencies authorities minister ministers "
        "leader leaders expert experts envoy envoys counterpart counterparts colleague colleagues"
    ),
    origins=_set("from of"),
    needs=_set("need needs demand demands requirement requirements goal goals target targets")
    | _set("challenge challenges obligation obligations commitments responsibilities standard")
    | _set("standards expectations criteria deadline test moment aspirations objectives"),
    on_request=frozenset({("at", "the"), ("on", "the"), ("upon", "the")}),
    responses=(
        ("in", "response", "to"),
        ("response", "to"),  # "the U.S. humanitarian assistance response to Russia's invasion"
        ("in", "retaliation", "for"),
        ("in", "reprisal", "for"),
        ("to", "respond", "to"),  # "the trilateral alliance to respond to North Korea's"
        ("responding", "to"),
    ),
    obligations=_set("must"),
    contrasts=(
        ("in", "contrast", "to"),
        ("in", "stark", "contrast", "to"),
        ("contrary", "to"),
        ("unlike",),
        ("as", "opposed", "to"),
    ),
    aims=_set("at"),
    infinitive_marks=_set("to"),
    preventions=_set("block prevent veto thwart obstruct cancel cancellation ban bar deny"),
    withdrawals=_set("suspend suspension halt freeze withhold withholding cut stop"),
    noun_negations=_set("no without"),
    indefinites=_set("a an any"),
    hypotheticals=_set("any"),
    prospects=_set(
        "idea prospect prospects possibility chance hope hopes advocate advocates proponent "
        "proponents supporter supporters plan plans proposal risk threat danger fear call "
        "calls need event case"
    ),
    hedges=_set("alleged allegedly purported purportedly suspected reported reportedly"),
    experiencers=_set("concern disappoint alarm dismay trouble worry"),
    person_objects=_set("receive"),
    performatives=_set("thank congratulate welcome commend"),
    desires=_set("want like wish"),
    thanks=_set("thank"),
    thanked_for=_set("for"),
    welcomes=_set("welcome"),
    offices=_set(
        "president minister leader chancellor secretary ambassador king queen premier "
        "spokesperson spokesman envoy counterpart"
    ),
    governments=_set("government administration regime military army"),
    places_named=_set(
        "border frontier territory soil waters coast airspace side city town village region "
        "province"
    ),
    gatherings=_set("meet gather convene hold"),
    locatives=_set("in at"),
    private_nouns=_set(
        "community citizen national student tourist journalist jihadist "
        "militant rebel company firm business businessman media newspaper airline athlete "
        "player team club champion artist singer actor actress writer director film family "
        "diaspora "
        "refugee migrant victim hostage activist dissident blogger fan origin descent expatriate "
        "resident worker investor stakeholder civilian person man woman "
        "mercenary prisoner detainee passenger fisherman pilgrim proxy militia separatist "
        "insurgent"
    ),
    peoples=_set("people peoples"),
    greetings=_set("congratulate congratulation congratulations wish wishes"),
    conditions=_set("if unless"),
    condition_subjects=_set(
        "the a an this that these those it they we you he she i any all some both either our their"
    ),
    proposals=_set("resolution proposal bill motion draft call demand request plan"),
    votes_against=_set("against abstain abstention oppose veto reject block"),
    votes=_set("vote"),
    claims=_set(
        "claim claims allegation allegations rumour rumours rumor rumors suspicion suspicions"
    ),
    settings=_set("during before after despite face"),
    act_settings=_set("during in on"),
    quantities=_set(
        "thousands hundreds millions dozens many several few any all two three four five six seven "
        "eight nine ten million billion billions trillion"
    ),
    topic_clauses=_set("how whether"),
    topics=_set("on about regarding concerning over"),
    openers=_set("after before while by following upon besides in"),
    subordinators=_set("as when while since if once because although though"),
)

FRENCH = Words(
    passive_aux=_set("être"),
    active_with_be=_set("intervenir venir aller arriver partir entrer revenir parvenir"),
    instruments=_set("décret loi ordonnance proclamation directive"),
    perfect_aux=_set("avoir"),
    agents=_set("par"),
    coordinators=_set("et"),
    joiners=_set(", et le la les ainsi que"),
    title_modifiers=_set("nouveau nouvel nouvelle ancien ancienne futur future"),
    determiners=_set("le la les un une des son sa ses leur leurs"),
    prepositions=_set(
        "en au aux à avec contre pour vers sur chez entre depuis après avant pendant dans "
        "auprès envers"
    ),
    relatives=_set("qui dont lequel laquelle lesquels lesquelles"),
    persons_relatives=_set("qui"),
    clause_breaks=_set("mais tandis alors lorsque quand bien car"),
    negations=_set("pas jamais sans aucunement nullement"),
    weak_negations=_set("plus guère point"),
    refusals=_set("refuser refus cesser suspendre renoncer nier démentir"),
    denials=_set("nier démentir démenti"),
    verb_like_nouns=_set("guerre guerres"),
    object_control=frozenset(),
    purposes=(("pour",), ("afin", "de"), ("afin", "d'")),
    planned=_set("prévu prévue prévus prévues programmé programmée programmés attendu attendue"),
    promises=_set("promettre"),
    announcements=_set("annoncer"),
    futures=_set(
        "aller pouvoir devoir prévoir envisager compter projeter vouloir apprêter "
        "entendre menacer pourrait devrait promettre préférer souhaiter espérer "
        "désirer tenter tentative chercher essayer candidature "
        "éventuel éventuelle prochain prochaine prochains "
        "potentiel potentielle possible futur future menace risque"
    ),
    reporting=_set(
        "dire affirmer déclarer estimer assurer soupçonner indiquer souligner prétendre "
        "révéler rapporter"
    ),
    according=("selon",),
    complementizers=_set("de que à"),
    reflexives=_set("se"),
    selves=_set("soi-même lui-même elle-même eux-mêmes elles-mêmes"),
    noun_markers=_set(
        "le la les un une des du au aux ce cet cette ces son sa ses leur leurs notre nos "
        "de à en pour par sur contre avec après avant lors dans entre nouvelle nouveau "
        "nouvelles nouveaux première premier"
    ),
    verb_markers=_set(
        "il elle ils elles on nous vous je j' ne se qui a ont avait avaient aura auront "
        "est sont était étaient sera seront va vont doit doivent peut peuvent pourrait "
        "pourraient devrait devraient pas jamais également aussi déjà fermement vivement"
    ),
    possessives=frozenset(),
    led=frozenset(),
    group_possessives=_set("leur leurs"),
    of=_set("de du des"),
    between=_set("entre"),
    noun_targets=_set("contre à au aux avec envers sur vers chez auprès concernant"),
    places=_set("en dans"),
    light_verbs=_set(
        "lancer mener imposer tenir effectuer rendre apporter exprimer adresser accorder "
        "poursuivre engager déclencher entamer commencer annoncer infliger prendre fournir "
        "livrer envoyer offrir intensifier reprendre signer conclure ratifier promettre "
        "réitérer réaffirmer avoir participer assister rejoindre former créer constituer "
        "établir nouer sceller forger bâtir exercer noter transmettre"
    ),
    patient_nouns=_set(
        "invasion occupation annexion bombardement pilonnage condamnation expulsion "
        "désignation arrestation détention blocus intimidation harcèlement surveillance "
        "persécution assassinat meurtre répression"
    ),
    reciprocal_only=_set("discuter évoquer aborder parler échanger"),
    joint_verbs=_set("coprésider coorganiser coparrainer"),
    receiving=_set("bénéficier recevoir obtenir gagner jouir"),
    will_auxiliaries=_set("va vont"),
    recipient_marks=_set("à au aux"),
    agreement_nouns=_set("accord accords entente pacte"),
    continuing=_set("continuer poursuivre rester"),
    act_determiners=_set("le la les l' ce cet cette ces"),
    reference_links=_set("à contre"),
    endings=_set("fin arrêt cessation"),
    acts=_set(
        "décision décisions mesure mesures initiative démarche projet proposition demande "
        "opération geste loi législation suppression"
    ),
    resists=_set("défendre résister lutter combattre face protéger"),
    memberships=_set(
        "comprendre comprend comprennent regrouper regroupe regroupent inclure inclut incluent"
    ),
    joins=_set("rejoindre"),
    wars=_set("guerre conflit hostilités combats affrontements"),
    forces=_set("troupe troupes force forces soldats contingent contingents"),
    strikes=_set("frappe frappes raid raids"),
    visits=_set("visite voyage tournée déplacement"),
    visit_settings=_set("lors pendant durant cours en de"),
    statements=_set(
        "déclaration déclarations décision décisions politique propos proposition "
        "proclamation annonce discours"
    ),
    exchanges=_set("échanger"),
    each_other=(
        ("mutuellement",),
        ("réciproquement",),
        ("l'", "un", "l'", "autre"),
        ("les", "uns", "les", "autres"),
    ),
    willingness=_FRENCH_WILL_ADJECTIVES
    | _set("volonté impatient impatiente impatients impatientes hâte"),
    commitments=_set("volonté"),
    on_request=frozenset({("à", "la"), ("sur", "la")}),
    responses=tuple(
        (first, noun, link)
        for first in ("en",)
        for noun in ("réponse", "représailles", "riposte")
        for link in ("à", "au", "aux")
    ),
    obligations=frozenset(),
    contrasts=(("contrairement", "à"), ("contrairement", "au"), ("à", "la", "différence", "de")),
    will_adjectives=_FRENCH_WILL_ADJECTIVES,
    will_verbs=_set("chercher rechercher vouloir souhaiter désirer"),
    convenings=frozenset({"réunir"}),
    hosts=_set("accueillir recevoir"),
    gladness=frozenset(),
    sovereignty=_set("souveraineté intégrité indépendance"),
    efforts=_set("effort efforts travail engagement engagements décision initiative campagne"),
    announcing=_set("annonce imposition introduction adoption"),
    delegations=_set(
        "délégation délégations responsable responsables représentant représentants "
        "diplomate diplomates négociateur négociateurs agence agences autorités ministre "
        "ministres dirigeant dirigeants expert experts émissaire émissaires homologue homologues"
    ),
    origins=_set("de du des d'"),
    needs=_set("besoin besoins exigence exigences attente attentes objectif objectifs"),
    aims=_set("sur"),
    infinitive_marks=_set("de à"),
    preventions=_set(
        "empêcher empêché bloquer bloqué entraver annuler annulation interdire interdit nier "
        "démentir"
    ),
    withdrawals=_set(
        "suspendre suspendu suspension geler gel arrêt arrêter interrompre couper cessation"
    ),
    noun_negations=_set("aucun aucune sans"),
    indefinites=_set("un une"),
    hypotheticals=frozenset(),  # « toute » is also "all": « a cessé toute coopération »
    prospects=_set(
        "idée perspective possibilité chance espoir espoirs partisan partisans partisane "
        "défenseur défenseurs projet plan proposition risque menace danger crainte appel "
        "besoin nécessité cas éventualité hypothèse"
    ),
    hedges=_set(
        "supposé supposée supposés supposées présumé présumée présumés présumées prétendu prétendue"
    ),
    experiencers=_set("préoccuper inquiéter décevoir alarmer"),
    person_objects=_set("recevoir reçu reçue"),
    performatives=_set("remercier féliciter"),
    desires=_set("vouloir tenir souhaiter"),
    thanks=_set("remercier"),
    thanked_for=_set("pour de d'"),
    welcomes=frozenset(),
    offices=_set(
        "président présidente ministre chef dirigeant dirigeante chancelier chancelière "
        "secrétaire ambassadeur ambassadrice porte-parole roi reine homologue émissaire"
    ),
    governments=_set("gouvernement régime pouvoir exécutif"),
    places_named=_set(
        "frontière territoire sol eaux côte côtes espace côté ville village région province "
        "localité"
    ),
    gatherings=_set("réunir rencontrer retrouver rassembler tenir entretenir"),
    locatives=_set("à au aux en dans"),
    private_nouns=_set(
        "communauté citoyen citoyens ressortissant "
        "ressortissants étudiant étudiants touriste touristes journaliste journalistes "
        "djihadiste djihadistes jihadiste jihadistes militant militants rebelle rebelles "
        "entreprise entreprises société sociétés compagnie firme groupe média médias journal "
        "presse chaîne athlète athlètes joueur joueuse joueurs équipe sélection club champion "
        "championne artiste chanteur chanteuse acteur actrice écrivain réalisateur film "
        "famille familles diaspora réfugié réfugiés migrant migrants victime victimes otage "
        "otages militante militantes dissident dissidents supporters origine nationalité "
        "personne personnes femme femmes "
        "mercenaire mercenaires prisonnier prisonniers détenu détenus passager passagers "
        "pêcheur pêcheurs pèlerin pèlerins milice milices séparatiste séparatistes insurgé "
        "insurgés "
        "expatrié expatriés résident résidents travailleur travailleurs investisseur "
        "investisseurs"
    ),
    peoples=_set("peuple peuples"),
    greetings=_set("féliciter félicite félicitent félicitations vœux voeux souhaits"),
    conditions=_set("si s'"),
    condition_subjects=_set(
        "le la les l' un une des ce cet cette ces il ils elle elles on nous vous je j' tu"
    ),
    proposals=_set("résolution proposition projet motion appel demande plan texte"),
    votes_against=_set("contre abstenir abstention opposer veto rejeter bloquer"),
    votes=_set("voter"),
    claims=_set("allégation allégations rumeur rumeurs soupçon soupçons"),
    settings=_set("lors pendant durant avant après depuis malgré"),
    act_settings=_set("lors pendant durant cours"),
    quantities=_set(
        "milliers centaines millions dizaines plusieurs nombreux quelques deux trois quatre "
        "cinq six sept huit neuf dix million milliard milliards"
    ),
    topic_clauses=_set("comment"),
    topics=_set("sur concernant"),
    openers=_set("après avant en tout outre"),
    subordinators=_set("lorsque quand comme alors puisque si tandis"),
)

_BY_LANGUAGE = {"en": ENGLISH, "fr": FRENCH}


_APPROXIMATE = frozenset({"nearly", "about", "approximately", "some", "over", "almost"})
_APPROXIMATE |= frozenset({"près", "environ", "quelque", "plus", "presque"})


def is_amount(token, words: Words) -> bool:
    """Whether a token is part of an amount ("nearly $808 million", « 20 millions »).

    >>> from analysis.relations.tokens import tokenize
    >>> [is_amount(t, words_of("en")) for t in tokenize("nearly $808 million in aid", "en")]
    [True, True, True, True, False, False]
    """
    lower = token.lower
    bare = lower.strip("$€£.,%")
    return (
        lower in words.quantities
        or lower in _APPROXIMATE
        or not bare
        or bare.replace(",", "").replace(".", "").isdigit()
    )


def amount_before(tokens: list, first: int, words: Words) -> bool:
    """Whether an amount and "in"/"of" stand right before token ``first`` ("$7 million in
    support"): the act is material."""
    index = first - 1
    while index >= 0 and tokens[index].lower in words.determiners:
        index -= 1
    if index < 1 or tokens[index].lower not in words.of | {"in"}:
        return False
    return is_amount(tokens[index - 1], words) and tokens[index - 1].lower not in _APPROXIMATE


GIFT_REACH = 16
"""How many tokens before the words of an infinitive of purpose ("to support") the gift it
is the purpose of may stand ("provided vaccines, ventilators, and technical assistance to
support")."""


def purpose_mark(tokens: list, first: int, words: Words) -> int | None:
    """Where the words that open an infinitive of purpose before token ``first`` begin
    ("to", « pour », « afin de »), or None."""
    for phrase in words.purposes:
        start = first - len(phrase)
        if start >= 0 and tuple(token.lower for token in tokens[start:first]) == phrase:
            return start
    return None


def words_of(language: str) -> Words:
    """The word classes of ``language`` (English ones for a language without its own).

    >>> "pas" in words_of("fr").negations, "not" in words_of("de").negations
    (True, True)
    """
    return _BY_LANGUAGE.get(language, ENGLISH)
