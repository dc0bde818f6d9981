//! The cue lexicon: which words say what happened to people, who the people
//! were, and which words rule a number out.
//!
//! Every entry maps a lower-cased surface form to a typed value. The tables
//! are written by hand from the cue words of `claims.md` §Category and
//! §Victims, extended with the inflections news prose uses; nothing here is
//! generated. Lookups are `match` statements on `&str`, compiled to a jump
//! table, so asking about a word costs no allocation.

use crate::claim::{Category, Victims};

/// How a cue word relates to the figure it tells about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Stands after the people counted, as a participle or adjective:
    /// "70 people were *killed*", "seven *dead*", "12 *missing*".
    After,
    /// Stands before the people counted, as a verb taking them as object:
    /// "a bomb *killed* 10", "*killing* at least 20".
    Before,
    /// Both of the above ("killed", "wounded", "injured", "arrested").
    Both,
}

/// A cue word: the category it signals and where the figure stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    pub category: Category,
    pub role: Role,
}

const fn cue(category: Category, role: Role) -> Option<Cue> {
    Some(Cue { category, role })
}

/// The verb or participle cues. `word` is lower-case.
///
/// ```text
/// "Two people were killed and 12 wounded"  -> killed (After), wounded (After)
/// "a car bomb killed at least 34 people"   -> killed (Before)
/// "Gunmen kidnapped over 140 boys"         -> kidnapped (Before)
/// ```
pub(crate) fn verb_cue(word: &str) -> Option<Cue> {
    use Category::*;
    use Role::*;
    match word {
        // killed: "were killed", "killed 70", "kills 34" (headline), "killing 20"
        "killed" | "slain" | "massacred" | "murdered" | "executed" | "assassinated"
        | "slaughtered" | "beheaded" | "lynched" | "decapitated" => cue(Killed, Both),
        "electrocuted" | "suffocated" | "asphyxiated" | "incinerated" => cue(Killed, After),
        "kills" | "killing" | "kill" | "massacring" | "slaughtering" | "executing" => {
            cue(Killed, Before)
        }
        // "70 people died", "13 are dead", "seven dead", "feared dead"
        "dead" | "died" | "drowned" | "perished" | "die" => cue(Killed, After),
        // "ten have lost their lives" is handled as a phrase; "lost" alone is not a cue.
        // injured: "12 were wounded", "wounding 30", "three people were shot"
        "wounded" | "injured" | "hurt" => cue(Injured, Both),
        "wounding" | "injuring" | "injures" | "wounds" => cue(Injured, Before),
        "shot" | "stabbed" => cue(Injured, Both),
        // "two deputies were hit": needs an auxiliary, checked by the recognizer
        "hit" => cue(Injured, After),
        "burned" | "trampled" => cue(Injured, After),
        // missing: "120 people are still missing", "240 unaccounted for"
        "missing" | "unaccounted" | "disappeared" => cue(Missing, After),
        // arrested: "19 people were arrested", "police detained 30"
        "arrested" | "detained" | "jailed" | "imprisoned" | "captured" | "apprehended" => {
            cue(Arrested, Both)
        }
        "arresting" | "detaining" => cue(Arrested, Before),
        // kidnapped: "kidnapped over 140 boys", "200 girls were abducted"
        "kidnapped" | "abducted" | "seized" => cue(Kidnapped, Both),
        "kidnapping" | "abducting" => cue(Kidnapped, Before),
        // displaced: "100,000 have fled", "displacing 20,000", "500 were left homeless"
        "displaced" | "homeless" | "uprooted" => cue(Displaced, Both),
        "fled" => cue(Displaced, After),
        "displacing" => cue(Displaced, Before),
        _ => None,
    }
}

/// Nouns that count victims themselves: "34 deaths", "12 casualties",
/// "90 bodies", "41 injuries", "more than 400 hostages", "25,000 refugees".
pub(crate) fn noun_cue(word: &str) -> Option<Category> {
    use Category::*;
    match word {
        "deaths" | "fatalities" | "dead" | "bodies" | "corpses" | "killings" | "drownings"
        | "murders" | "homicides" | "assassinations" => Some(Killed),
        "casualties" | "casualty" => Some(Casualties),
        "injuries" | "injured" | "wounded" | "injury" => Some(Injured),
        "missing" => Some(Missing),
        "arrests" | "detainees" | "detentions" | "arrest" => Some(Arrested),
        "hostages" | "hostage" | "kidnappings" | "abductions" | "captives" => Some(Kidnapped),
        "refugees" | "evacuees" | "displaced" | "homeless" => Some(Displaced),
        _ => None,
    }
}

/// Toll nouns that a figure is the value of: "the death toll rose to 92",
/// "bringing the toll to 11", "the number of injured reached 300".
pub(crate) fn is_toll_noun(word: &str) -> bool {
    matches!(word, "toll" | "tally" | "count")
}

/// Words that may stand between a subject figure and its cue:
/// auxiliaries, adverbs and the verbs of belief and report.
///
/// ```text
/// "70 people *have been* killed", "13 *are* dead", "30 *were also* hurt",
/// "five *are feared* dead", "12 *were reported* killed", "72 *remain* missing"
/// ```
pub(crate) fn is_aux(word: &str) -> bool {
    matches!(
        word,
        "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "be"
            | "being"
            | "also"
            | "reportedly"
            | "allegedly"
            | "apparently"
            | "all"
            | "both"
            | "later"
            | "since"
            | "now"
            | "still"
            | "already"
            | "initially"
            | "officially"
            | "confirmed"
            | "believed"
            | "feared"
            | "thought"
            | "presumed"
            | "reported"
            | "said"
            | "known"
            | "listed"
            | "to"
            | "remain"
            | "remained"
            | "remains"
            | "left"
            | "found"
            | "seriously"
            | "critically"
            | "severely"
            | "slightly"
            | "badly"
            | "fatally"
            | "mortally"
            | "gravely"
            | "lightly"
            | "so"
            | "far"
            | "who"
            | "that"
            | "either"
            | "as"
            | "not"
            | "then"
            | "just"
            | "recently"
            | "subsequently"
            | "eventually"
            | "ultimately"
            | "likely"
            | "probably"
            | "possibly"
            | "immediately"
            | "seem"
            | "seemed"
            | "seems"
            | "appear"
            | "appeared"
            | "appears"
            | "certain"
    )
}

/// The auxiliaries that end a subject and start its verb: forms of "be" and
/// "have", "will", "would", "remain" ("seven of the wounded *were*
/// arrested"). Adverbs and report verbs, which [`is_aux`] also allows, are
/// not among them.
pub(crate) fn is_verbal_aux(word: &str) -> bool {
    matches!(
        word,
        "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "be"
            | "will"
            | "would"
            | "remain"
            | "remained"
            | "remains"
    )
}

/// The people a figure counts, by head noun. `None` from the outer option:
/// not a word for people; `Some(None)`: people with no victim group.
///
/// ```text
/// "11,000 civilians" -> civilians      "140 Kurdish boys" -> children
/// "15 officers"      -> security forces "40 Iranians"      -> people, no group
/// ```
pub(crate) fn person_noun(word: &str) -> Option<Option<Victims>> {
    use Victims::*;
    let v = match word {
        "people" | "persons" | "person" | "individuals" | "individual" | "others" | "other"
        | "men" | "man" | "residents" | "villagers" | "passengers" | "workers" | "miners"
        | "pilgrims" | "worshippers" | "worshipers" | "migrants" | "tourists" | "visitors"
        | "patients" | "inmates" | "prisoners" | "suspects" | "members" | "staff" | "employees"
        | "family" | "relatives" | "fishermen" | "farmers" | "students" | "teachers"
        | "doctors" | "nurses" | "firefighters" | "crew" | "sailors" | "hikers" | "climbers"
        | "fans" | "spectators" | "shoppers" | "bystanders" | "pedestrians" | "drivers"
        | "motorists" | "guests" | "diplomats" | "officials" | "lawmakers" | "politicians"
        | "leaders" | "activists" | "victims" | "hostages" | "refugees" | "asylum"
        | "survivors" | "adults" | "citizens" | "nationals" | "foreigners" | "locals"
        | "americans" | "britons" | "christians" | "muslims" | "shiites" | "sunnis" | "kurds"
        | "palestinians" | "israelis" | "iraqis" | "syrians" | "afghans" | "pakistanis"
        | "indians" | "chinese" | "egyptians" | "libyans" | "nigerians" | "somalis" | "yemenis"
        | "turks" | "germans" | "french" | "uzbeks" | "peruvians" | "mexicans" | "russians"
        | "ukrainians" | "lebanese" | "iranians" | "saudis" | "tunisians" | "sudanese"
        | "congolese" | "ethiopians" | "kenyans" | "filipinos" | "indonesians" | "japanese"
        | "koreans" | "europeans" | "africans" | "asians" | "arabs" | "jews" | "hindus"
        | "yazidis" | "rohingya" | "bodies" | "lives" | "casualties" | "people's" | "passersby"
        | "passers-by" | "traffickers" | "smugglers" | "runners" | "classmates" | "crewmen"
        | "bodyguards" | "pilots" | "commuters" | "churchgoers" | "partygoers" | "concertgoers"
        | "clients" | "customers" | "hunters" | "campers" | "swimmers" | "divers" | "skiers"
        | "cyclists" | "bikers" | "riders" | "laborers" | "labourers" | "engineers"
        | "contractors" | "volunteers" | "rescuers" | "medics" | "paramedics" | "priests"
        | "monks" | "nuns" | "clerics" | "imams" | "bishops" | "judges" | "lawyers"
        | "prosecutors" | "mayors" | "councillors" | "councilors" | "candidates" | "voters"
        | "supporters" | "opponents" | "dissidents" | "detainees" | "convicts" | "defendants"
        | "witnesses" | "neighbors" | "neighbours" | "friends" | "brothers" | "sisters"
        | "sons" | "daughters" | "husbands" | "wives" | "parents" | "siblings" | "elderly"
        | "pensioners" | "retirees" | "homeowners" | "tenants" | "occupants" | "travellers"
        | "travelers" | "backpackers" | "trekkers" | "mountaineers" | "athletes" | "coaches"
        | "executives" | "ministers" | "staffers" | "aides" => None,
        "civilians" | "civilian" | "noncombatants" | "non-combatants" | "peasants" => {
            Some(Civilians)
        }
        "children" | "child" | "boys" | "boy" | "girls" | "girl" | "minors" | "kids"
        | "schoolchildren" | "schoolgirls" | "schoolboys" | "babies" | "infants" | "teenagers"
        | "teens" | "youths" | "juveniles" | "toddlers" => Some(Children),
        "women" | "woman" | "mothers" => Some(Women),
        "soldiers" | "soldier" | "troops" | "police" | "policemen" | "policeman"
        | "policewomen" | "officers" | "officer" | "servicemen" | "servicemembers"
        | "personnel" | "marines" | "guards" | "guardsmen" | "deputies" | "troopers"
        | "gendarmes" | "peacekeepers" | "commandos" | "paratroopers" | "militiamen"
        | "conscripts" | "recruits" | "cadets" | "airmen" | "agents" | "security" | "army"
        | "forces" | "constables" => Some(SecurityForces),
        "rebels" | "rebel" | "militants" | "militant" | "insurgents" | "insurgent"
        | "jihadists" | "jihadist" | "fighters" | "fighter" | "terrorists" | "terrorist"
        | "subversives" | "guerrillas" | "guerrilla" | "gunmen" | "gunman" | "attackers"
        | "extremists" | "extremist" | "bombers" | "combatants" | "separatists" | "islamists"
        | "taliban" | "mujahideen" | "assailants" => Some(Fighters),
        "protesters" | "protestors" | "demonstrators" | "protester" | "marchers" => {
            Some(Protesters)
        }
        "journalists" | "reporters" | "journalist" | "reporter" | "photographers" | "cameramen" => {
            Some(Journalists)
        }
        "aid" => Some(AidWorkers),
        _ => return None,
    };
    Some(v)
}

/// Nouns that make a number a count of something other than harmed people:
/// "16 months", "more than 60 countries", "2.4 million e-mails",
/// "528 cases", "12 hours", "200 meters".
pub(crate) fn is_thing_noun(word: &str) -> bool {
    matches!(
        word,
        "years"
            | "year"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "days"
            | "day"
            | "hours"
            | "hour"
            | "minutes"
            | "minute"
            | "seconds"
            | "decades"
            | "centuries"
            | "times"
            | "percent"
            | "per"
            | "pct"
            | "countries"
            | "nations"
            | "states"
            | "cities"
            | "towns"
            | "villages"
            | "provinces"
            | "districts"
            | "regions"
            | "homes"
            | "houses"
            | "buildings"
            | "vehicles"
            | "cars"
            | "trucks"
            | "buses"
            | "tanks"
            | "planes"
            | "aircraft"
            | "jets"
            | "helicopters"
            | "drones"
            | "rockets"
            | "missiles"
            | "shells"
            | "bombs"
            | "mortars"
            | "rounds"
            | "bullets"
            | "weapons"
            | "guns"
            | "e-mails"
            | "emails"
            | "cases"
            | "votes"
            | "seats"
            | "points"
            | "goals"
            | "runs"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "km"
            | "meters"
            | "metres"
            | "feet"
            | "yards"
            | "dollars"
            | "euros"
            | "pounds"
            | "yuan"
            | "yen"
            | "rupees"
            | "tons"
            | "tonnes"
            | "barrels"
            | "shares"
            | "acres"
            | "hectares"
            | "games"
            | "matches"
            | "animals"
            | "animal"
            | "dolphins"
            | "whales"
            | "fish"
            | "cats"
            | "cat"
            | "goats"
            | "elephants"
            | "rhinos"
            | "lions"
            | "tigers"
            | "bears"
            | "deer"
            | "turtles"
            | "sharks"
            | "bees"
            | "bats"
            | "monkeys"
            | "camels"
            | "donkeys"
            | "livestock"
            | "poultry"
            | "ducks"
            | "geese"
            | "pets"
            | "wolves"
            | "wasps"
            | "hornets"
            | "insects"
            | "mosquitoes"
            | "lobsters"
            | "species"
            | "nationalities"
            | "groups"
            | "gangs"
            | "blazes"
            | "wildfires"
            | "photos"
            | "photographs"
            | "pictures"
            | "dog"
            | "hamster"
            | "hamsters"
            | "shotguns"
            | "pistols"
            | "revolvers"
            | "explosives"
            | "cartridges"
            | "arms"
            | "ballots"
            | "firearms"
            | "ambulances"
            | "listings"
            | "thoroughbreds"
            | "racehorses"
            | "cards"
            | "pills"
            | "tablets"
            | "businesses"
            | "stores"
            | "shops"
            | "molecules"
            | "cells"
            | "failures"
            | "closures"
            | "bankruptcies"
            | "horse"
            | "cow"
            | "pig"
            | "goat"
            | "bird"
            | "camel"
            | "donkey"
            | "mule"
            | "farms"
            | "rifles"
            | "articles"
            | "jobs"
            | "players"
            | "songs"
            | "albums"
            | "films"
            | "movies"
            | "episodes"
            | "books"
            | "awards"
            | "medals"
            | "titles"
            | "wins"
            | "losses"
            | "victories"
            | "defeats"
            | "strikes"
            | "attempts"
            | "tries"
            | "calls"
            | "complaints"
            | "lawsuits"
            | "suits"
            | "claims"
            | "warrants"
            | "orders"
            | "sentences"
            | "contracts"
            | "plans"
            | "programs"
            | "projects"
            | "decisions"
            | "laws"
            | "rules"
            | "bills"
            | "proposals"
            | "documents"
            | "shacks"
            | "huts"
            | "bus"
            | "car"
            | "truck"
            | "scene"
            | "scenes"
            | "things"
            | "thing"
            | "inquiries"
            | "investigations"
            | "searches"
            | "rats"
            | "rat"
            | "mice"
            | "pigeons"
            | "files"
            | "records"
            | "accounts"
            | "websites"
            | "computers"
            | "phones"
            | "devices"
            | "machines"
            | "trees"
            | "plants"
            | "crops"
            | "stars"
            | "servers"
            | "passwords"
            | "viruses"
            | "dlrs"
            | "cents"
            | "francs"
            | "marks"
            | "lire"
            | "pesos"
            | "dinars"
            | "riyals"
            | "stocks"
            | "bonds"
            | "loans"
            | "cattle"
            | "sheep"
            | "dogs"
            | "birds"
            | "horses"
            | "pigs"
            | "chickens"
            | "cows"
            | "head"
            | "attacks"
            | "incidents"
            | "shootings"
            | "bombings"
            | "explosions"
            | "blasts"
            | "fires"
            | "crimes"
            | "charges"
            | "counts"
            | "stories"
            | "floors"
            | "storeys"
            | "pages"
            | "words"
            | "letters"
            | "copies"
            | "units"
            | "items"
            | "products"
            | "companies"
            | "firms"
            | "banks"
            | "schools"
            | "hospitals"
            | "mosques"
            | "churches"
            | "sites"
            | "locations"
            | "beds"
            | "doses"
            | "tests"
            | "samples"
            | "degrees"
            | "mph"
            | "kph"
            | "pm"
            | "am"
            | "gmt"
            | "bc"
            | "ad"
            | "gallons"
            | "liters"
            | "litres"
            | "kilos"
            | "kilograms"
            | "kg"
            | "grams"
            | "ounces"
            | "calories"
            | "bags"
            | "boxes"
            | "packages"
            | "crates"
            | "containers"
            | "ships"
            | "boats"
            | "vessels"
            | "trains"
            | "flights"
            | "routes"
            | "roads"
            | "streets"
            | "blocks"
            | "apartments"
            | "rooms"
            | "shots"
            | "arrows"
            | "laps"
            | "innings"
            | "sets"
            | "wickets"
            | "grenades"
            | "ieds"
            | "mines"
            | "landmines"
            | "kilometre"
            | "meter"
            | "mile"
            | "shark"
            | "dolphin"
            | "whale"
            | "elephant"
            | "rhino"
            | "lion"
            | "tiger"
            | "bear"
            | "turtle"
            | "monkey"
            | "wolf"
            | "suspensions"
            | "violations"
            | "tickets"
            | "summonses"
            | "citations"
            | "championships"
            | "tournaments"
            | "races"
            | "van"
            | "vans"
            | "boat"
            | "plane"
            | "pups"
            | "puppies"
            | "puppy"
            | "kittens"
            | "cubs"
            | "calves"
            | "foals"
            | "chicks"
            | "pup"
            | "temples"
            | "temple"
            | "candles"
            | "sandwiches"
            | "knives"
            | "knife"
            | "wheel"
            | "wheels"
            | "camps"
            | "crashes"
            | "collisions"
            | "orcas"
            | "orca"
            | "gorillas"
            | "gorilla"
            | "chimpanzees"
            | "apes"
    )
}

/// Words right before a number that make it a label, not a count:
/// "Flight 17", "Route 9", "No. 5", "Article 5", "aged 26".
pub(crate) fn is_label_before(word: &str) -> bool {
    matches!(
        word,
        "flight"
            | "route"
            | "highway"
            | "road"
            | "interstate"
            | "room"
            | "no"
            | "number"
            | "page"
            | "article"
            | "chapter"
            | "section"
            | "resolution"
            | "platform"
            | "gate"
            | "apartment"
            | "suite"
            | "floor"
            | "unit"
            | "precinct"
            | "district"
            | "ward"
            | "zone"
            | "sector"
            | "area"
            | "street"
            | "avenue"
            | "st"
            | "ave"
            | "aged"
            | "ages"
            | "age"
            | "ranked"
            | "rank"
            | "version"
            | "model"
            | "level"
            | "grade"
            | "channel"
            | "bus"
            | "train"
            | "line"
            | "pier"
            | "exit"
            | "lot"
            | "block"
            | "division"
            | "battalion"
            | "brigade"
            | "regiment"
            | "squadron"
            | "fleet"
            | "army"
            | "corps"
            | "company"
            | "day"
            | "season"
            | "episode"
            | "game"
            | "round"
            | "stage"
            | "phase"
            | "term"
            | "class"
            | "category"
            | "type"
            | "size"
            | "par"
            | "scored"
            | "score"
            | "beat"
            | "won"
            | "lost"
            | "dow"
            | "index"
            | "nasdaq"
            | "ftse"
            | "nikkei"
            | "population"
            | "turned"
            | "turns"
            | "turning"
            | "top"
            | "best"
            | "tel"
            | "phone"
            | "fax"
            | "ext"
            | "pp"
            | "vol"
            | "volume"
            | "issue"
            | "paragraph"
            | "clause"
            | "amendment"
            | "bill"
            | "proposition"
            | "prop"
            | "measure"
            | "question"
            | "item"
    )
}

/// Days a statement or an event is dated by: the weekdays and "today",
/// "yesterday", "tonight" ("said Wednesday", "2 killed Tuesday").
pub(crate) fn is_day_name(word: &str) -> bool {
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
    )
}

/// People who did the harm, not who suffered it: "the four suspects fled"
/// is no displacement.
pub(crate) fn is_perpetrator(word: &str) -> bool {
    matches!(
        word,
        "suspect"
            | "suspects"
            | "gunman"
            | "gunmen"
            | "attacker"
            | "attackers"
            | "assailant"
            | "assailants"
            | "robber"
            | "robbers"
            | "thief"
            | "thieves"
            | "burglar"
            | "burglars"
            | "shooter"
            | "shooters"
            | "perpetrator"
            | "perpetrators"
            | "kidnapper"
            | "kidnappers"
            | "hijacker"
            | "hijackers"
            | "driver"
            | "drivers"
    )
}

/// Months: a number right after one is a day of the month ("March 3").
pub(crate) fn is_month(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words before a figure that make it a change in a toll, not a toll:
/// "the toll rose by 19", "an increase of 19".
pub(crate) fn is_change_marker(word: &str) -> bool {
    matches!(
        word,
        "by" | "increase" | "rise" | "jump" | "drop" | "decrease" | "decline" | "fall"
    )
}

/// Word beginnings that make a sentence worth reading: every cue of this
/// lexicon, and the words the recognizers read around a figure ("toll",
/// "includes", "among", "condition"), begin with one of these. Lower-case,
/// sorted, so that the stems sharing their first two letters stand together.
///
/// ```text
/// "Floods *kill*ed 40"   "the *death* toll"   "*among* them 12 children"
/// ```
const CUE_STEMS: &[&[u8]] = &[
    b"abduct",
    b"among",
    b"apprehend",
    b"arrest",
    b"asphyxiat",
    b"assassin",
    b"beheaded",
    b"bodie",
    b"body",
    b"burn",
    b"captiv",
    b"captur",
    b"casualt",
    b"claim",
    b"condition",
    b"corpse",
    b"cost",
    b"custody",
    b"dead",
    b"death",
    b"decapitat",
    b"detain",
    b"detention",
    b"die",
    b"disappear",
    b"displac",
    b"drown",
    b"electrocut",
    b"evacu",
    b"execut",
    b"fatal",
    b"fled",
    b"flee",
    b"forced",
    b"forcing",
    b"gunshot",
    b"hit",
    b"homeless",
    b"homes",
    b"homicid",
    b"hospital",
    b"hostage",
    b"hurt",
    b"imprison",
    b"incinerat",
    b"includ",
    b"injur",
    b"jail",
    b"kidnap",
    b"kill",
    b"life",
    b"lives",
    b"lose",
    b"losing",
    b"lost",
    b"lynch",
    b"massacr",
    b"missing",
    b"murder",
    b"perish",
    b"prisoner",
    b"refugee",
    b"relocat",
    b"remains",
    b"seiz",
    b"shot",
    b"slain",
    b"slaughter",
    b"slay",
    b"stabb",
    b"suffer",
    b"suffocat",
    b"sustain",
    b"toll",
    b"trampl",
    b"trapped",
    b"unaccounted",
    b"uproot",
    b"victim",
    b"wound",
];

/// The first three letters of every stem of [`CUE_STEMS`], as a bit set
/// indexed by [`trigram`]: the one look-up most words fail.
static STEM_TRIGRAMS: [u64; 512] = stem_trigrams();

/// Three ASCII letters, any case, as a number below 32,768 (five bits each).
const fn trigram(a: u8, b: u8, c: u8) -> usize {
    ((a & 31) as usize) << 10 | ((b & 31) as usize) << 5 | (c & 31) as usize
}

const fn stem_trigrams() -> [u64; 512] {
    let mut t = [0u64; 512];
    let mut i = 0;
    while i < CUE_STEMS.len() {
        let s = CUE_STEMS[i];
        let k = trigram(s[0], s[1], s[2]);
        t[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    t
}

/// Whether a cue stem begins the word at `b[p..]`, which starts with three
/// ASCII letters (any case).
fn stem_at(b: &[u8], p: usize) -> bool {
    let Some(&[c0, c1, c2]) = b.get(p..p + 3) else {
        return false;
    };
    let k = trigram(c0, c1, c2);
    if STEM_TRIGRAMS[k / 64] & (1 << (k % 64)) == 0 {
        return false;
    }
    let (c0, c1) = (c0.to_ascii_lowercase(), c1.to_ascii_lowercase());
    if !c0.is_ascii_lowercase() || !c1.is_ascii_lowercase() {
        return false;
    }
    // a byte `c` of the text is the letter `s` of a stem in either case
    // exactly when `c | 0x20 == s`
    let (lo, hi) = STEM_RANGES[usize::from(c0 - b'a') * 26 + usize::from(c1 - b'a')];
    CUE_STEMS[usize::from(lo)..usize::from(hi)]
        .iter()
        .any(|stem| {
            b.get(p..p + stem.len())
                .is_some_and(|w| w.iter().zip(*stem).all(|(&c, &s)| c | 0x20 == s))
        })
}

/// For the first two letters of a word (`a` is 0): the range of
/// [`CUE_STEMS`] that begin with them (the stems are sorted).
static STEM_RANGES: [(u8, u8); 26 * 26] = stem_ranges();

const fn stem_ranges() -> [(u8, u8); 26 * 26] {
    let mut t = [(0u8, 0u8); 26 * 26];
    let mut i = 0;
    while i < CUE_STEMS.len() {
        let s = CUE_STEMS[i];
        let k = (s[0] - b'a') as usize * 26 + (s[1] - b'a') as usize;
        if t[k].1 == 0 {
            t[k].0 = i as u8;
        }
        t[k].1 = i as u8 + 1;
        i += 1;
    }
    t
}

/// Whether the word at `b[p..]` is "of" before "them", "whom", "those" or
/// "the", after a word that can end a number ("12 of them", "dozens of
/// the"): the partitive that a figure's group is read from.
fn partitive_at(b: &[u8], p: usize) -> bool {
    let word_end = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        i
    };
    if word_end(p) != p + 2 || !b[p..p + 2].eq_ignore_ascii_case(b"of") {
        return false;
    }
    let mut q = p + 2;
    while b.get(q).is_some_and(u8::is_ascii_whitespace) {
        q += 1;
    }
    if q == p + 2 {
        return false;
    }
    let e = word_end(q);
    let next = &b[q..e];
    if !["them", "whom", "those", "the"]
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w.as_bytes()))
    {
        return false;
    }
    // the word before: digits, or a word the number reader knows
    let mut e = p;
    while e > 0 && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    if e == p {
        return false;
    }
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphanumeric() {
        s -= 1;
    }
    s < e && (b[e - 1].is_ascii_digit() || crate::number::is_number_word(&b[s..e]))
}

/// Where the casualty cues of `text` begin, in text order: each word that
/// begins with one of [`CUE_STEMS`], and each partitive after a number
/// ("12 of them"). A sentence without one holds no claim, so the scanner
/// reads numbers only in sentences with one.
///
/// One pass over the text, 64 bytes at a time as bit masks: a word costs a
/// look-up of its first three letters; words of one letter, and of two
/// letters but "of", cost nothing.
///
/// ```text
/// "Floods killed 40 people."        -> [7]
/// "Two of them were children."      -> [4]
/// "The 40 members of the board met" -> []
/// ```
pub(crate) fn cue_positions(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let end = b.len().min(at + 64);
        let alpha = crate::number::letter_mask(&b[at..end]);
        // the starts looked at: all but the block's last two bytes when more
        // text follows, so that the two letters after a start are in the masks
        let take = if end < b.len() { 62 } else { end - at };
        let keep = u64::MAX >> (64 - take);
        let before = u64::from(at > 0 && b[at - 1].is_ascii_alphabetic());
        let starts = alpha & !((alpha << 1) | before) & keep;
        // words of three letters or more, which a stem may begin, and words
        // of two letters, of which "of" may be a partitive
        let mut long = starts & (alpha >> 1) & (alpha >> 2);
        let mut short = starts & (alpha >> 1) & !(alpha >> 2);
        let first = out.len();
        while long != 0 {
            let p = at + long.trailing_zeros() as usize;
            long &= long - 1;
            if stem_at(b, p) {
                out.push(p);
            }
        }
        let stems = out.len();
        while short != 0 {
            let p = at + short.trailing_zeros() as usize;
            short &= short - 1;
            if b[p] | 0x20 == b'o' && b[p + 1] | 0x20 == b'f' && partitive_at(b, p) {
                out.push(p);
            }
        }
        // both loops push in order; a partitive may precede a stem of the
        // block (rare: most blocks have neither)
        if stems > first && out.len() > stems {
            out[first..].sort_unstable();
        }
        at += take;
    }
    out
}

/// Whether `text` holds a casualty cue ([`cue_positions`]).
#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! table {
        ($f:expr, [$(($word:expr, $want:expr)),* $(,)?]) => {{
            let mut bad = Vec::new();
            $( if $f($word) != $want { bad.push(($word, format!("{:?}", $f($word)))); } )*
            assert!(bad.is_empty(), "mismatches: {bad:?}");
        }};
    }

    #[test]
    fn cue_stems_are_sorted_lower_case_and_long_enough() {
        assert!(CUE_STEMS.windows(2).all(|w| w[0] < w[1]));
        assert!(CUE_STEMS
            .iter()
            .all(|s| s.len() >= 3 && s.iter().all(u8::is_ascii_lowercase)));
    }

    #[test]
    fn every_cue_word_begins_with_a_stem() {
        // the scanner reads only sentences with a cue: every word the
        // recognizers take as a cue must pass
        let words = [
            "killed",
            "slain",
            "massacred",
            "murdered",
            "executed",
            "assassinated",
            "slaughtered",
            "beheaded",
            "lynched",
            "decapitated",
            "electrocuted",
            "suffocated",
            "asphyxiated",
            "incinerated",
            "kills",
            "killing",
            "dead",
            "died",
            "drowned",
            "perished",
            "die",
            "wounded",
            "injured",
            "hurt",
            "wounding",
            "injuring",
            "shot",
            "stabbed",
            "hit",
            "burned",
            "trampled",
            "missing",
            "unaccounted",
            "disappeared",
            "arrested",
            "detained",
            "jailed",
            "imprisoned",
            "captured",
            "apprehended",
            "kidnapped",
            "abducted",
            "seized",
            "displaced",
            "homeless",
            "uprooted",
            "fled",
            "deaths",
            "fatalities",
            "bodies",
            "corpses",
            "killings",
            "murders",
            "homicides",
            "casualties",
            "injuries",
            "arrests",
            "detainees",
            "hostages",
            "captives",
            "refugees",
            "evacuees",
            "toll",
            "lives",
            "life",
            "lost",
            "remains",
            "homes",
            "victims",
            "gunshot",
            "slayings",
            "sustained",
            "suffered",
            "claimed",
            "cost",
            "including",
            "among",
            "condition",
            "hospitalized",
            "custody",
            "prisoners",
        ];
        let missing: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| cue_positions(&format!("Then {w} 12.")) != [5])
            .collect();
        assert!(missing.is_empty(), "no stem begins {missing:?}");
    }

    #[test]
    fn cue_positions_table() {
        let cases: &[(&str, &[usize])] = &[
            ("Floods killed 40 people.", &[7]),
            ("FLOODS KILLED 40 PEOPLE.", &[7]),
            ("Two of them were children.", &[4]),
            ("12 of the dead", &[3, 10]),
            ("dozens of those", &[7]),
            ("The 40 members of the board met.", &[]),
            ("each of them left", &[]),
            ("of the", &[]),
            ("skilled workers", &[]),
            ("", &[]),
            ("é killed", &[3]),
        ];
        for &(text, want) in cases {
            assert_eq!(cue_positions(text), want, "{text:?}");
        }
    }

    #[test]
    fn cue_positions_across_blocks() {
        // a cue word at every offset around the 62- and 64-byte block edges
        for pad in 50..140 {
            let text = format!("{} killed 3", "x".repeat(pad));
            assert_eq!(cue_positions(&text), [pad + 1], "pad {pad}");
            let text = format!("{}-KILLED", "a b ".repeat(pad / 4) + &" ".repeat(pad % 4));
            assert_eq!(cue_positions(&text).len(), 1, "pad {pad}");
        }
    }

    #[test]
    fn verb_cues() {
        table!(
            |w| verb_cue(w).map(|c| c.category),
            [
                ("killed", Some(Category::Killed)),
                ("dead", Some(Category::Killed)),
                ("wounding", Some(Category::Injured)),
                ("unaccounted", Some(Category::Missing)),
                ("detained", Some(Category::Arrested)),
                ("abducted", Some(Category::Kidnapped)),
                ("fled", Some(Category::Displaced)),
                ("rescued", None),
                ("said", None),
            ]
        );
    }

    #[test]
    fn people() {
        table!(
            person_noun,
            [
                ("people", Some(None)),
                ("civilians", Some(Some(Victims::Civilians))),
                ("boys", Some(Some(Victims::Children))),
                ("policemen", Some(Some(Victims::SecurityForces))),
                ("subversives", Some(Some(Victims::Fighters))),
                ("demonstrators", Some(Some(Victims::Protesters))),
                ("countries", None),
            ]
        );
    }

    #[test]
    fn things() {
        table!(
            is_thing_noun,
            [
                ("months", true),
                ("countries", true),
                ("e-mails", true),
                ("people", false)
            ]
        );
    }
}
