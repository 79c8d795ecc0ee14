"""Word lists for telling people from titles, organisations and places in news copy.

Data only. Everything is lower case; look words up with `.casefold()` (or `.lower()`).
"""

from typing import Final


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of text, as a set."""
    return frozenset(text.split())


# Titles before a name that say what someone is: stripped from the name, kept as a role.
HONORIFICS: Final = words(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron rev revd
    reverend fr father sen rep gov gen lt col capt sgt cpl maj adm cmdr insp det supt
    cllr hon rt st sheikh emir imam rabbi
    """
)
MALE_TITLES: Final = words("mr sir lord baron king prince father fr brother emir sheikh")
FEMALE_TITLES: Final = words("mrs ms miss dame lady baroness queen princess sister")

# The portfolios in a title: part of it only before a head ("Business Secretary").
PORTFOLIOS: Final = words(
    """
    foreign home defence defense health finance education interior economy energy culture
    transport environment trade business treasury
    """
)
# Capitalised words that are part of a title rather than a name ("Prime Minister Sir Keir
# Starmer", "Foreign Secretary David Lammy", "Tesla Chief Executive Elon Musk").
TITLE_WORDS: Final = HONORIFICS | words(
    """
    president vice prime minister secretary chancellor premier senator governor mayor
    king queen prince princess pope archbishop bishop cardinal ambassador commissioner
    chief executive director general attorney deputy foreign home defence defense health
    finance justice education interior economy energy culture transport environment
    trade business treasury shadow state speaker leader chair chairman chairwoman judge
    coach manager captain inspector detective superintendent constable sergeant officer
    doctor councillor congressman congresswoman representative mp mep msp mla mk
    commander admiral colonel lieutenant major corporal private spokesman spokeswoman
    spokesperson head ceo cfo coo founder chairperson first crown grand supreme
    president-elect minister-president opposition party labour conservative tory tories
    democrat democratic republican liberal green reform gop independent senior junior
    former acting interim new then outgoing incoming emeritus whip assemblyman
    assemblywoman alderman councilman councilwoman councilmember delegate treasurer
    comptroller auditor surgeon provost rector vicar canon pastor chaplain member
    """
)

NATIONALITIES = words(
    """
    us u.s. uk u.k. eu un american british english scottish welsh irish northern
    russian ukrainian german french italian spanish portuguese dutch belgian swiss
    austrian polish czech slovak hungarian romanian bulgarian greek turkish cypriot
    swedish norwegian danish finnish icelandic estonian latvian lithuanian belarusian
    georgian armenian azerbaijani kazakh chinese japanese korean taiwanese indian
    pakistani bangladeshi afghan iranian iraqi syrian lebanese israeli palestinian
    jordanian saudi emirati qatari egyptian libyan tunisian algerian moroccan nigerian
    kenyan ethiopian somali sudanese south african canadian mexican brazilian argentine
    argentinian chilean colombian venezuelan peruvian cuban australian kiwi filipino
    philippine
    indonesian malaysian thai vietnamese european western african asian arab gulf
    spaniard frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman
    welshwoman irishman irishwoman dutchman briton
    """
)

# Words that make a capitalised sequence an organisation or a place, not a person.
ORG_WORDS: Final = words(
    """
    ministry department office council committee commission party union bank group
    company corporation corp inc ltd plc llc co gmbh ag sa association federation
    institute foundation trust agency authority service services police court courts
    university college school academy hospital clinic board bureau house street senate
    congress parliament assembly government administration cabinet army navy force
    forces guard command league club fc united city county state states republic
    kingdom nations organisation organization network news times post journal press
    media airlines airways motors industries holdings partners capital fund centre
    center church mosque cathedral region province district square road avenue
    river sea ocean island islands mountains valley coast gulf strait airport station
    stadium museum library prison embassy consulate tribunal inquiry review project
    programme program campaign movement alliance coalition front brigade battalion
    commonwealth federal reserve exchange markets market index council's watchdog
    survey control prevention observatory forum caucus conference
    regulator charity society institution laboratory labs lab systems technologies
    tech group's company's platform social times' bay lake chamber secretariat rail
    railway railways energy water power mail airline bus trains telecom pharma
    homes recordings records studios pictures productions entertainment nation retail
    stores foods brands pharmaceuticals logistics construction properties developments
    housing insurance investments ventures resources mining petroleum steel chemicals
    electric communications broadcasting publishing software robotics aerospace shipping
    freight hotels resorts brewery farms fibre fiber partnership cooperative collective
    rovers wanderers athletic albion rangers hotspur affairs zero security tribe
    telegraph herald tribune gazette chronicle courier guardian observer international
    conference convention synod diocese archdiocese corps patrol legislature directorate
    inspectorate laboratories militia sentinel dispatch inquirer examiner enquirer ledger
    bulletin
    """
)

# US states whose names are no one's given name, for "Portland, Maine, ..." (a place).
US_STATES: Final = words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    hawaii idaho illinois iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont wisconsin wyoming
    """
)

KNOWN_ORGS = words(
    """
    nato kremlin pentagon whitehall westminster google apple microsoft amazon meta
    facebook twitter tesla openai nvidia samsung toyota volkswagen boeing airbus
    hamas hezbollah taliban fifa uefa ioc opec imf ofcom ofgem ofsted ofwat ofqual nhs bbc cnn
    reuters ap afp unicef unesco who wto icc icj fbi cia nsa mi5 mi6 gchq interpol
    europol frontex spacex netflix disney uber shell bp exxon chevron
    """
)

COUNTRIES = words(
    """
    ukraine russia germany france britain england scotland wales ireland italy spain
    portugal poland hungary romania greece turkey sweden norway denmark finland
    belgium netherlands austria switzerland china japan india pakistan iran iraq syria
    israel lebanon jordan egypt libya qatar yemen afghanistan america canada mexico
    brazil argentina chile colombia venezuela australia nigeria kenya ethiopia sudan
    taiwan korea vietnam indonesia europe africa asia washington moscow kyiv kiev
    beijing london paris berlin brussels tehran jerusalem gaza munich
    """
)

# First words of two-word places ("South Korea", "New York", "Los Angeles").
PLACE_FIRST_WORDS: Final = words(
    "north south east west new san santa los las saint st great upper lower greater "
    "northern southern eastern western central middle hong tel sri costa el buenos rio "
    "real"
)

# Capitalised words that start sentences or name days and months: never part of a name.
NOT_NAMES: Final = words(
    """
    the a an in on at but and or however meanwhile when if as after before while
    although though this that these those it he she they we i his her their its our my
    your there here what why how who where which yesterday today tomorrow last next
    earlier later asked speaking according despite during for from with without under
    over by to of since until then so now also still yet both each every some many
    most all no not one two three four five six seven eight nine ten first second third
    monday tuesday wednesday thursday friday saturday sunday january february
    july september october november december christmas easter among
    instead indeed even just only about around across against between beyond inside
    outside within whether because unless once another other such like unlike let
    following following, following. given addressing writing talking responding
    reporting via amid amidst mrs. mr. ms. dr. it's that's there's here's we're
    they're i'm he's she's amongst toward towards upon throughout regarding concerning
    moreover furthermore nevertheless nonetheless additionally likewise similarly thus
    hence therefore consequently accordingly meantime overall initially ultimately
    eventually subsequently previously recently currently finally notably separately
    """
)

# Months that are also names: after a preposition ("In May", "by June") a date.
NAME_MONTHS: Final = words("march april may june august")
# Prepositions that are also given names: alone ("Per the decree"), a preposition.
NAME_PREPOSITIONS: Final = words("per")

# Written texts a quotation may come from ("the 14th Amendment states", "Article 2,
# Section 1 reads"): capitalised, they look like names, but they are no speaker.
LEGAL_TEXTS: Final = words(
    "amendment article section clause act constitution statute treaty decree directive"
)

PRONOUN_GENDER = {"he": "m", "she": "f", "they": "p", "it": "o", "him": "m", "her": "f"}

# Head nouns of anonymous or collective speakers ("officials", "a spokeswoman for ...").
ANONYMOUS_HEADS: Final = words(
    """
    official officials spokesman spokeswoman spokesperson spokespeople source sources
    aide aides diplomat diplomats people person witness witnesses resident residents
    analyst analysts expert experts critic critics campaigner campaigners insider
    insiders lawyer lawyers attorney attorneys prosecutor prosecutors investigator
    investigators police officer officers doctor doctors scientist scientists
    researcher researchers economist economists observer observers activist activists
    protester protesters protestors supporter supporters fan fans voter voters parent
    parents teacher teachers worker workers employee employees member members
    representative representatives negotiator negotiators mediators mediator
    paramedics firefighters rescuers authorities statement statements family relatives
    neighbours neighbors friends colleagues students organisers organizers staff
    executives leaders ministers lawmakers legislators mps senators commentators crowd
    crowds mob audience onlookers bystanders passengers commuters shoppers patients
    nurses survivors rescuer rescuers volunteer volunteers villagers locals engineer
    engineers guard guards soldier soldiers troops pilot pilots driver drivers families
    household households homeowner homeowners tenant tenants renters landlords trader
    traders shopkeepers businesses forecasters meteorologists medic medics refugee
    refugees migrants evacuees victim victims mourners pupils player players coaches
    opponents councillors envoys monitors inspectors academics historians citizens
    taxpayers consumers customers users viewers listeners readers investors
    shareholders bosses owners managers demonstrators rebels fighters militants gunmen
    insurgents adviser advisers advisor advisors allies farmers fishermen unions groups
    charities agencies companies firms banks airlines hospitals schools experts media
    television radio newspapers outlets
    """
)

# Things that "show", "suggest" or "claim" but do not speak: "Studies claim ..." has no
# speaker (the gold set leaves "estimates/shows" unannotated).
NON_SPEAKERS: Final = words(
    """
    study studies report reports poll polls survey surveys data figure figures statistics
    analysis analyses estimate estimates model models projection projections forecast
    forecasts record records document documents paper papers finding findings result
    results test tests trial trials image images photo photos video videos footage map
    maps chart charts email emails message messages file files minutes evidence research
    """
)

# Capitalised plurals that name a group of people ("Democrats have demanded that").
GROUP_NAMES: Final = words(
    """
    democrats republicans conservatives tories liberals greens socialists nationalists
    unionists loyalists britons scots europeans africans asians arabs muslims christians
    jews hindus sikhs
    """
)

# Nouns that say a name is an organisation when they come before or beside it
# ("housebuilder Northgate Homes", "their label, Heavenly Recordings"). Nouns that can
# also be a person's job (developer, promoter, broadcaster) are role heads instead.
ORG_DESCRIPTORS: Final = words(
    """
    housebuilder retailer supermarket grocer chain carmaker automaker chipmaker drugmaker
    manufacturer insurer lender airline carrier label band charity firm company startup
    utility watchdog regulator distributor wholesaler outfit militia newspaper tabloid
    magazine publication website
    """
)

# Head nouns of organisations spoken of generically ("the ministry said").
ORG_HEADS: Final = words(
    """
    company firm ministry department government council club agency bank group party
    union charity organisation organization committee commission authority regulator
    court force service office administration embassy kremlin board airline retailer
    carrier broadcaster network team campaign website paper newspaper publisher
    manufacturer maker insurer lender operator developer startup platform watchdog
    coalition alliance federation association league school university hospital trust
    chapter branch division unit wing band label militia movement faction chain brand
    military army navy body
    supermarket housebuilder carmaker automaker promoter utility supplier outfit database
    """
)

# What "the company said" can mean: a head noun fits a public body, a private one, or
# either; a public body has one of PUBLIC_BODY_WORDS in its name.
PUBLIC_BODY_WORDS: Final = words(
    """
    ministry department office agency authority council commission committee government
    administration service police court parliament senate congress assembly army navy
    military forces force bureau embassy inspectorate tribunal cabinet kremlin pentagon
    whitehall nhs secretariat regulator watchdog
    """
)
PUBLIC_BODY_HEADS: Final = words(
    """
    ministry department office agency authority council commission committee government
    administration service police court embassy army military force board
    """
)
PRIVATE_BODY_HEADS: Final = words(
    """
    company firm retailer developer band label club team chain brand maker manufacturer
    airline carrier insurer lender publisher broadcaster network startup operator
    promoter supermarket housebuilder carmaker automaker utility supplier outfit charity
    website paper newspaper platform bank
    """
)
ANY_BODY_HEADS: Final = words("organisation organization body trust regulator watchdog")
# What no ministry, court or police force is called ("the union said" after "the Ministry
# of Defence" is not the ministry).
NON_STATE_BODY_HEADS: Final = words(
    "group movement militia coalition alliance federation association faction union"
)

# Role nouns a definite description can refer back to ("the chancellor said").
ROLE_HEADS: Final = words(
    """
    minister chancellor president coach manager chairman chairwoman chair chief leader
    secretary director executive senator governor mayor judge prime premier king queen
    prince princess pope ambassador commissioner envoy general captain striker
    midfielder defender goalkeeper forward player singer actor actress author writer
    star presenter host founder boss owner spokesman spokeswoman spokesperson
    economist scientist professor doctor lawyer prosecutor investor inventor designer
    candidate nominee opponent challenger incumbent rapper musician producer director
    commander officer inspector detective chancellor-elect president-elect mp senator
    congressman congresswoman representative lawmaker councillor chef teacher pilot
    whip guitarist drummer bassist keyboardist vocalist frontman frontwoman songwriter
    composer conductor pianist violinist cellist novelist poet playwright screenwriter
    filmmaker photographer artist sculptor comedian broadcaster journalist reporter
    correspondent columnist editor pundit analyst strategist pollster historian academic
    lecturer researcher headteacher headmaster headmistress surgeon midwife paramedic
    pharmacist dentist vet landlord shopkeeper entrepreneur businessman businesswoman
    campaigner activist organiser organizer volunteer veteran priest vicar pastor
    chaplain treasurer trustee winger batsman jockey cyclist sprinter swimmer golfer
    skipper accountant solicitor barrister magistrate coroner sheriff warden
    firefighter soldier nurse midfielder developer promoter broadcaster publisher streamer head lead
    """
)

GENDERED_NOUNS = {
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "actress": "f",
    "businesswoman": "f",
    "mother": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "grandmother": "f",
    "woman": "f",
    "girl": "f",
    "queen": "f",
    "princess": "f",
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "businessman": "m",
    "father": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
    "grandfather": "m",
    "man": "m",
    "boy": "m",
    "king": "m",
    "prince": "m",
}


# Cue words --------------------------------------------------------------------------
# Grouped by what they can do: SPEECH verbs attach a speaker to an adjacent quotation
# (all tenses a newspaper uses), REPORTING verbs can also introduce reported speech with
# a "that" clause, LABELLING verbs govern a partial quotation ("called it ..."). Phrases
# are written with "_" for the white space between their words.

# The plural present ("Residents say", "Critics warn"): several are also nouns ("their
# claim"), which the reported-speech reader checks for. Not "suggest" or "predict":
# their plural subjects are mostly polls, studies and models, not speakers.
BASE_FORMS: Final = words(
    """
    say tell warn insist argue explain stress write announce admit acknowledge concede
    confirm reveal disclose maintain contend allege reiterate emphasise emphasize testify
    complain caution claim deny demand vow pledge promise report indicate speculate
    """
)
SPEECH_PHRASES: Final = words("went_on goes_on pointed_out points_out according_to")

SPEECH: Final = BASE_FORMS | words(
    """
    said says say told tells tell added adds warned warns insisted insists
    claimed claims argued argues explained explains noted notes stressed stresses
    wrote writes tweeted tweets posted posts asked asks replied replies declared
    declares announced announces admitted admits acknowledged acknowledges conceded
    concedes urged urges continued continues recalled recalls remarked remarks observed
    observes suggested suggests cautioned cautions predicted predicts promised promises
    vowed vows pledged pledges joked jokes shouted shouts yelled yells cried cries
    whispered whispers muttered mutters sighed countered counters responded responds
    retorted complained complains lamented laments boasted boasts confirmed confirms
    denied denies revealed reveals disclosed discloses maintained maintains contended
    contends alleged alleges demanded demands pleaded pleads testified testifies
    reiterated reiterates emphasised emphasises emphasized emphasizes underlined
    underlines mused muses quipped quips exclaimed exclaims wondered wonders agreed
    agrees concluded concludes stated states repeated repeats answered answers
    commented comments explained predicted reckoned reckons fumed raged protested
    protests objected objects texted emailed messaged chanted chants sang sings
    screamed read reads wrote tweeted posted hissed snapped barked thundered insists
    recounted recounts explained acknowledged interjected chimed reported reports
    indicated indicates speculated speculates ruled informed proposed proposes assured
    assures reminded reminds
    """
)
REPORTING: Final = (
    words(
        """
        said says told tells added adds warned warns insisted insists claimed claims
        argued argues explained explains noted notes stressed stresses wrote writes
        announced announces admitted admits acknowledged acknowledges conceded concedes
        confirmed confirms denied denies revealed reveals disclosed discloses maintained
        maintains contended contends alleged alleges demanded demands predicted predicts
        promised promises vowed vows pledged pledges suggested suggests reiterated
        reiterates emphasised emphasises emphasized emphasizes stated states declared
        declares testified testifies complained complains cautioned cautions repeated
        repeats tweeted urged urges reported reports indicated indicates speculated
        speculates ruled remarked remarks concluded concludes recalled recalls proposed
        proposes agreed agrees underlined underlines
        """
    )
    | BASE_FORMS
)

LABELLING: Final = words(
    """
    called calls call calling described describes describing branded brands labelled
    labeled labels dismissed dismisses hailed hails denounced denounces condemned
    condemns praised praises criticised criticized criticises criticizes accused accuses
    referred refers spoke speaks talked talks termed terms dubbed slammed blasted
    welcomed welcomes promised vowed pledged insisted threatened threatens warned warning
    vowing promising insisting claiming saying adding characterised characterized
    characterises characterizes
    """
)
# The cue words as the paragraph scan finds them (facts.py): phrases with a space.
SPEECH_WORDS: Final = SPEECH | frozenset(p.replace("_", " ") for p in SPEECH_PHRASES)
# Present participles that carry reported speech after a comma ("..., insisting that").
PARTICIPLES: Final = words(
    "insisting saying adding warning arguing claiming noting stressing acknowledging "
    "admitting conceding agreeing stating explaining confirming announcing "
    "predicting declaring"
)
# Participles that say what a quotation is ("..., describing it as").
DESCRIBING_PARTICIPLES: Final = words("describing calling branding labelling dismissing")
# Participle phrases in a sentence that also quotes ("..., adding ...", "..., describing").
ASIDE_PARTICIPLES: Final = DESCRIBING_PARTICIPLES | words("adding saying warning")
# Verbs that start a second reported clause after a quotation ("... but insisted that").
SECOND_VERBS: Final = words(
    "said added insisted warned noted stressed acknowledged admitted argued claimed conceded "
    "confirmed"
)
# Nouns that can head an anonymous source introduced in narration ("a senior official").
ANONYMOUS_WORDS: Final = ANONYMOUS_HEADS - {"statement", "statements", "people", "person"}


# Grammar and name words -------------------------------------------------------------
# Determiners before a common noun phrase (numbers and quantities too).
DETERMINERS: Final = words(
    "a an the one two three four five six seven eight nine ten several some many other "
    "another both dozens hundreds thousands scores"
)
# Function words that start or belong to a clause, never to a speaker noun phrase.
CLAUSE_WORDS: Final = words("""
    as when while after before because if that which who whom whose is was were are
    has had have will would did does do been being not but and or than then said says
    told also could should can may might must what how why where there this these
    those it he she they we i his her their its our my your him them us me to
    """)
# Prepositions that start a post-modifier ("spokesman for", "people familiar with").
PREPOSITIONS: Final = words("for of at close familiar with from in on to within inside")
# Relative pronouns.
RELATIVE_WORDS: Final = words("who that which whose")
# Verbs that make a phrase a clause rather than a noun phrase.
VERBISH: Final = words(
    "said says told added warned is was were are has had have will would did does been "
    "declined refused called described"
)
# Collective nouns that stay a group after "the" ("the crowd", "the police").
COLLECTIVE_NOUNS: Final = words("crowd audience mob family jury panel police public")
# Plural nouns without a plural ending.
PLURAL_NOUNS: Final = words("people police staff")
# Nouns for no one in particular ("People tell me ...").
GENERIC_PEOPLE: Final = words("people person")
# Letters after a name ("Jane Hill KC", "John Smith MP"): not part of it.
POSTNOMINALS: Final = words("kc qc mp mep msp ms cbe obe mbe kbe dbe phd md")
# Common nouns for what someone is that can stand before a name ("Parent Jo Bell").
ROLE_NOUNS: Final = words(
    "parent resident commuter student nurse teacher patient shopper voter farmer witness "
    "eyewitness administrator official member engineer astronomer biologist physicist "
    "chemist geologist archaeologist herpetologist ecologist geochemist meteorologist "
    "epidemiologist virologist psychologist sociologist criminologist economist"
)
# Nouns that head a phrase a name only modifies ("the ministry's Twitter account", "a
# Kremlin spokesman", "the BBC website"): a name right before one is not the subject.
NOUN_HEADS_AFTER_NAME: Final = words(
    """
    account accounts page pages feed feeds channel channels website websites site sites
    profile profiles handle handles blog blogs post posts tweet tweets spokesman
    spokeswoman spokesperson spokespeople official officials statement statements
    """
)
# Nouns for where something was posted ("a Twitter account"): what names them only says
# where.
MEDIA_NOUNS: Final = words(
    "account accounts page pages feed feeds channel channels website websites site sites "
    "profile profiles handle handles blog blogs"
)
# Honorifics that say nothing of a role ("Mr"), unlike titles ("Senator").
HONORIFIC_ONLY: Final = words("mr mrs ms miss mx dr sir dame lord lady")
# Titles that say what someone is, not who: stripped for identity (alias keys).
IDENTITY_TITLES: Final = words("""
    mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron
    president chancellor premier minister senator sen rep representative
    governor gov mayor judge justice general gen colonel col captain capt
    rev reverend father sheikh prime vice deputy secretary king queen prince princess
    pope ambassador lt sgt hon cllr insp det supt emir
    """)
# Generational suffixes: "Jr.", "III".
NAME_SUFFIXES: Final = words("jr jr. sr sr. ii iii iv")
# Lower-case particles that belong to a surname ("von der Leyen").
NAME_PARTICLES: Final = words(
    "de da di del della der den van von la le du dos das bin ibn al el ter ten zu"
)
# Words before a name that show it is not the subject opening its sentence.
CLAUSE_OPENERS: Final = words(
    "as when while after before because if that which who is was were are has had have "
    "will would did does said told and but"
)
# Words that end a role read backwards from a name.
ROLE_STOP: Final = words("""
    the a an by of with and or to from for at in on as that said says told who which
    up is was has had his her their its our while after before like including between
    """)
# Words before a quotation that say it names a thing.
NAMING_MARKERS: Final = words(
    "so-called dubbed nicknamed titled entitled named codenamed code-named"
)
# Things with names or titles that are quoted ("the film 'Dune'").
NAMED_THINGS: Final = words(
    """
    film movie book novel memoir song single album track show series sitcom drama
    play musical opera poem documentary podcast programme program painting
    exhibition hashtag slogan operation word term phrase motto label headline
    magazine newspaper column game app brand nickname codename project initiative
    scheme bill mission exercise tour festival award category banner sign placard
    t-shirt episode sculpture installation ballet anthem chant catchphrase mantra
    acronym moniker epithet
    """
)
# Determiners before "called" that make it a naming ("a group called").
NAMING_DETERMINERS: Final = words("a an the his her its their")
# Small words that stay lower case in a title.
TITLE_SMALL_WORDS: Final = words("a an the of and or in on at to for with from by vs is")
# Forms of "tell", whose object follows the verb.
TOLD_FORMS: Final = words("told tells tell")
# Determiners that start a reported clause after the object of "told".
CLAUSE_DETERMINERS: Final = words("the a an this these those his her their its")
# Words that end the object of "told".
OBJECT_STOP: Final = words(
    "he she they it we i you there "
    "on in at during after before when as while that following yesterday today last "
    "outside inside about of over this earlier later how why what whether"
)
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: Final = words("""
    mr mrs ms dr prof st sen rep gov gen lt col capt sgt jr sr inc ltd co corp vs no
    nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev fr hon est approx
    dept univ u.s u.k e.g i.e etc al cllr insp det supt maj adm cmdr
    """)
# Pronouns that can be the subject of a speech verb.
SUBJECT_PRONOUNS: Final = words("he she they it we i")
# Words that start a post-modifier of an anonymous source ("spokeswoman for").
POST_MODIFIERS: Final = words("for of at with from in on who that which")
# Cue verbs that take a person as object before their clause ("warned households that").
TELLING_VERBS: Final = words(
    "told tells tell warned warns warn assured assures reminded reminds informed informs "
    "promised promises notified notifies advised advises convinced"
)
# Written things whose words are their author's: "Trump's statement read", "a report from
# the NTSB said", "a tweet by X".
DOCUMENTS: Final = words(
    """
    statement statements letter tweet tweets post posts report reports message messages
    release warning proclamation notice complaint ruling decision judgment judgement
    summary filing memo email announcement editorial column blog website account
    press-release communique communiqué order lawsuit petition indictment document
    documents affidavit
    """
)
# Words before a role that make it another role: a deputy governor is not the governor.
ROLE_QUALIFIERS: Final = words(
    "deputy vice assistant associate former ex ex- shadow junior under sub lieutenant"
)
