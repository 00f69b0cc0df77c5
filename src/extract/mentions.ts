import { fold } from "../text/fold.js";
import { latestOfRenamed, namedOn, type Gazetteer, type KnownActor } from "./gazetteer.js";

/**
 * A place where the text names someone who may pay or receive money:
 * - `known`: a name of an actor in the graph (one is chosen by country, date and context);
 * - `unknown`: an organisation's name the graph lacks ("Hospitalsenheden Vest");
 * - `collective`: a group the text does not name one by one ("37 kommuner", "kommunene i
 *   fylket"); it resolves to no one, or to a group actor when it stands for all of a kind;
 * - `joint`: several of the above joined ("Haderslev Kommune og Region Syddanmark") or listed
 *   ("Hammerfest, Tana, Sør-Varanger, Båtsfjord og Måsøy").
 */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  type: "known" | "unknown" | "collective" | "joint";
  candidates: KnownActor[];
  /** The chosen actor of a known or group mention; null when none fits or several do. */
  actor: KnownActor | null;
  /** Why no actor was chosen, for the reviewer: "ambiguous: a, b", "not valid on 2018-06-30". */
  unresolved: string | null;
  members: Mention[];
  /** How many a collective says it has ("fem kommuner" → 5). */
  count: number | null;
  /** The category a reader would give it, to tell payers from recipients. */
  role: "payer-like" | "recipient-like" | "either";
  /** Named with its nation ("den danske regjeringen"): of that country, whatever the document's. */
  nation?: string;
}

// A definite name in the genitive ("Sundhedsstyrelsens", "TrygFondens", "Helsedirektoratets").
const DEFINITE_GENITIVE = /(?:styrelsen|direktoratet|fonden|ministeriet|instituttet|tilsynet|banken|rådet|centret|senteret|agenturet|forbundet)s$/iu;
const NATION_BEFORE = /(?<![\p{L}])(?:den\s+)?(danske|norske)\s+$/iu;
const HOSPITAL_BEFORE_SITE = /(?:hospital|hospitalet|sygehus|sygehuset|sykehus|sykehuset|sjukehus|sjukehuset|universitetshospital)\s*,\s*$/iu;
const COUNT_WORDS: Record<string, number> = { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, "åtte": 8, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, begge: 2, "båe": 2 };
// Any of these words may open a sentence, so each alternative also matches with a capital.
const capitalisable = (alternatives: string) => alternatives.replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const COUNT = String.raw`(?<count>\d{1,4}|${capitalisable("to|tre|fire|fem|seks|sju|syv|åtte|otte|ni|ti|elleve|tolv")})`;
const COLLECTIVE_NOUN = String.raw`(?<noun>${capitalisable("kommunene|kommunane|kommunerne|kommuner|kommunar|nabokommunene|nabokommunane|nabokommunerne|nabokommuner|nabokommunar|fylkeskommunene|fylkeskommunar|fylkeskommuner|sykehusene|sjukehusa|sykehus|helseforetakene|helseforetaka|helseforetak|hospitalerne|hospitaler|regionerne|regionene|regioner|samhandlingsprosjekter|samhandlingsprosjekt|prosjektene|prosjekta|prosjekter|prosjekt|projekterne|projekter|sundhedsprojekter|læge- og sundhedshuse|sundhedshusene|sundhedshuse|helsestasjonene|helsestasjonane|helsestasjoner|frisklivssentralene|frisklivssentraler|tiltak|initiativer")})`;
const SINGULAR_BEFORE = /(?<![\p{L}])(?:nytt|et|eit|ett|det|dette|eitt|hvert|kvart|eget|eige|sitt|stort|lite|felles|(?:et|eit|ett)\s+(?:nytt|stort|felles))\s+$/iu;
const COLLECTIVE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?<det>${capitalisable("de|dei|disse|desse|alle|samtlige|landets|fylkets|regionens|begge|båe")})[^\S\n]+)?(?:(?:øvrige|resterende|andre)[^\S\n]+(?=\p{N}|(?:to|tre|fire|fem|seks|sju|syv|otte|åtte|ni|ti)[^\S\n]))?(?:${COUNT}[^\S\n]+)?(?:(?:forskellige|ulike|nye|utvalgte|utvalde|lokale|fynske|norske|danske|\p{Ll}*jyske|\p{Ll}*sjællandske|sønderjyske|bornholmske|nordnorske|trønderske|vestlandske|(?<others>${capitalisable("øvrige|andre|anden")}))[^\S\n]+)?${COLLECTIVE_NOUN}(?![\p{L}-])(?<scope>[^\S\n]+(?:i[^\S\n]+(?:fylket|landet|regionen|kommunene|kommunane|kommunerne|kommunen|\p{Lu}[\p{L}-]+(?:[^\S\n]+og[^\S\n]+\p{Lu}[\p{L}-]+|[^\S\n]+\p{Lu}[\p{L}-]+)?)|over hele landet|overalt i landet|landet rundt|rundt om i landet)(?![\p{L}-]))?`,
  "gu",
);
// Charities and patient associations that get grants, with the place or church a branch names
// itself by: "Kirkens Bymisjon", "Bergen Røde Kors", "Dansk Røde Kors", "Ældre Sagen"; a patient
// association's branch may name its place after: "Mental Helse Lillehammer", "LHL Lillehammer";
// and a place's own volunteer bodies before: "Alta frivilligsentral", "Kåfjord helselag".
const CHARITY = /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]+[^\S\n]+)?(?:Bymisjon|Bymisjonen|Røde[^\S\n]+Kors|Blå[^\S\n]+Kors|Frelsesarmeen|Kirkens[^\S\n]+Korshær|Kreftforeningen|Kræftens[^\S\n]+Bekæmpelse|Hjerteforeningen|Nasjonalforeningen[^\S\n]+for[^\S\n]+folkehelsen|Ældre[^\S\n]+Sagen|Alzheimerforeningen|Demensforeningen|Landsforeningen[^\S\n]+for[^\S\n]+\p{L}+|(?:Mental[^\S\n]+Helse|LHL|HLF|NHF|FFO)(?:[^\S\n]+\p{Lu}[\p{L}-]{2,})?|\p{Lu}[\p{L}-]+[^\S\n]+(?:frivilligsentral|frivilligsentralen|frivilligcenter|sanitetsforening|sanitetsforeningen|helselag|helselaget|pensjonistforening|pensjonistforeningen|pensionistforening|ældreråd|eldreråd|eldrerådet))(?![\p{L}-])/gu;
// A town's out-of-hours clinic by its name: "Bergen legevakt", "Tromsø legevakt"; not the
// generic "Ny legevakt" or "Felles legevakt" of a headline.
// So is a hospice by its place, either side: "Hospice Nordsjælland", "Sønderborg hospice".
const TOWN_CLINIC = /(?<![\p{L}-])(?:(?!(?:Ny|Nye|Nytt|Nyt|Felles|Fælles|Interkommunal|Interkommunale|Kommunal|Kommunale|Den|Det|En|Ein|Ei|Et|Vår|Vores|Egen|Eiga|Eigen)[^\S\n])\p{Lu}[\p{L}-]+[^\S\n]+(?:legevakt|hospice)|Hospice[^\S\n]+\p{Lu}[\p{L}-]+)(?![\p{L}-])/gu;
// Foundations and centres named by capitalised words before their head: "Novo Nordisk Fonden",
// "Det Obelske Familiefond", "Stiftelsen Dam", "Steno Diabetes Center Odense", "Børne- og
// Ungdomspsykiatrisk Center", and a place's centre in lower case: "Valdres lokalmedisinske senter".
const FOUNDATION_OR_CENTRE = /(?<![\p{L}-])(?:(?!(?:Det|Den|De|Dei|Et|Eit|En|Ein|Ei|Dette|Denne|Nytt|Nye|Vårt|Vår|Hele|Heile|Alle|Hvert|Kvart)[^\S\n])\p{Lu}[\p{L}-]+[^\S\n]+(?:\p{Ll}[\p{L}-]+[^\S\n]+)?\p{Ll}*(?:senter|center)(?![\p{L}-])|(?:(?:Det|Den)[^\S\n]+)?(?:\p{Lu}[\p{L}.-]+[^\S\n]+){1,3}\p{L}*[Ff]ond(?:en|et)?|\p{Lu}\p{L}{2,}fond(?:en|et)?|Stiftelsen[^\S\n]+\p{Lu}[\p{L}-]+|(?:\p{Lu}\p{L}*-[^\S\n]+og[^\S\n]+)?(?:\p{Lu}[\p{L}-]+[^\S\n]+){1,3}(?:Center|Senter)(?:[^\S\n]+\p{Lu}[\p{L}-]{2,})?)(?![\p{L}-])/gu;
// A centre named by what it is for: "Senter for samisk helseforskning", "Nasjonalt senter for
// distriktsmedisin", "Center for Sundhedsinnovation"; its words stop at a preposition ("… ved UiT").
const CENTRE_WORD = String.raw`(?!(?:ved|i|på|og|til|med|som|hos|af|av|for|at|å|under|efter|etter|får|fikk|fekk|fik|fått|fået|modtager|modtog|mottar|mottok|har|er|var|skal|vil|kan|gir|giver|gav|ga|blir|bliver)(?![\p{L}-]))[\p{L}][\p{L}-]*`;
const CENTRE_FOR = new RegExp(String.raw`(?<![\p{L}-])(?:(?:Nasjonalt|Nasjonal|Nationalt|Regionalt|Regional)[^\S\n]+(?:senter|center|kompetansesenter|kompetansetjeneste|videncenter)|Senter|Center|Centre|Kompetansesenter|Videncenter)[^\S\n]+for[^\S\n]+${CENTRE_WORD}(?:[^\S\n]+${CENTRE_WORD}){0,3}`, "gu");
// Bodies of several municipalities, named by their region: "Innherred samkommune", "Namdal regionråd".
// So are a Danish health cluster and a Norwegian health community, named by their place after:
// "Sundhedsklynge Nordsjælland", "Helsefellesskapet Innlandet".
const INTERMUNICIPAL = /(?<![\p{L}-])(?:(?:(?!(?:Den|Det|Ein|En|Et|Eit|Hvert|Kvart|Hver|Kvar|Vårt|Vår|Alle|Hele|Heile)[^\S\n])\p{Lu}[\p{L}-]+[^\S\n]+){1,2}(?:samkommune|regionråd|regionrådet)|(?:Sundhedsklynge|Sundhedsklyngen|Helsefellesskapet|Helsefellesskap)[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+og[^\S\n]+\p{Lu}[\p{L}-]+)?)(?![\p{L}-])/gu;
// Names of bodies by their last word: "Hospitalsenheden Vest", "Regionsrådet", "Frisklivssentralen i Harstad",
// or by a first word that is a hospital's: "Sygehus Lillebælt", "Hospital Sønderjylland";
// or a hospital named by its town: "Odense Universitetshospital", "Volda sjukehus", and the
// merged "Bispebjerg og Frederiksberg Hospital", which are not the municipalities they name, with
// a unit the name gives after a comma ("Aarhus Universitetshospital, Psykiatrien"); a health house
// named by its town ("Sundhedshus Faaborg"), which is not the municipality; a city's
// district ("Bydel Gamle Oslo"), which is not the city; and a Danish region's own service named
// with it ("Psykiatrien i Region Syddanmark", "Region Hovedstadens Psykiatri"), which is not the region.
const ORGANISATION = new RegExp(
  String.raw`(?<![\p{L}-])\p{Lu}\p{L}*(?:-\p{L}*)?(?:enheden|enheten|enhed(?=[^\S\n]+(?:Vest|Øst|Nord|Syd|Sør|Midt)(?![\p{L}]))|sentralen|centret|centeret|klyngen|fellesskapet|fællesskabet|rådet|tilsynet|instituttet|foreningen|forbundet|fondet|[Ff]onden|stiftelsen|universitetet|høgskolen|sykehuset|sygehuset|hospitalet|tinget|psykiatrien)(?![\p{L}-])(?:[^\S\n]+(?:(?:i|på)[^\S\n]+)?(?:Region[^\S\n]+\p{Lu}[\p{L}-]{2,}|\p{Lu}[\p{L}-]{2,}|Vest|Øst|Nord|Syd|Sør|Midt))?|(?<![\p{L}-])(?:Sygehus|Hospital|Sykehus|Sjukehus|Hospice|Sundhedshus|Sundhedshuset|Helsehus|Helsehuset|Lægehus|Lægehuset|Sundhedscenter|Helsesenter)[^\S\n]+(?:i[^\S\n]+)?\p{Lu}[\p{L}-]{2,}|(?<![\p{L}-])[Bb]ydel[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?|(?<![\p{L}-])\p{Lu}[\p{L}-]+(?:[^\S\n]+og[^\S\n]+\p{Lu}[\p{L}-]+[^\S\n]+Hospital|(?:[^\S\n]+\p{Lu}\.)?[^\S\n]+\p{L}*(?:[Hh]ospital|[Ss]ygehus|[Ss]ykehus|[Ss]jukehus))(?![\p{L}-])(?:,[^\S\n]+Psykiatri(?:en)?(?![\p{L}-]))?|(?<![\p{L}-])(?:Psykiatrien|Præhospitalet)[^\S\n]+i[^\S\n]+Region[^\S\n]+\p{Lu}[\p{L}-]{2,}|(?<![\p{L}-])Region[^\S\n]+\p{Lu}[\p{L}-]+s[^\S\n]+Psykiatri(?![\p{L}-])`,
  "gu",
);
// Ministries and agencies, which texts often write in lower case: "kommunal- og moderniseringsdepartementet".
// And the state's own banks and funds by name, which pay: "Husbanken" (the housing bank), "Innovasjon Norge".
const STATE_FUNDS = "Husbanken|Husbankens|Innovasjon Norge|Forskningsrådet|Norges forskningsråd|Extrastiftelsen|Stiftelsen Dam";
const STATE_FUND = new RegExp(`^(?:${STATE_FUNDS})$`, "u");
const SCHEME_PLACE_BEFORE = /(?<![\p{L}])(?:i|hos|via|gjennom)\s+$/iu;
const STATE_BODY = new RegExp(String.raw`(?<![\p{L}-])(?:(?:\p{L}+- og )?\p{L}+(?:departementet|departementets|ministeriet|ministeriets|direktoratet|styrelsen)|${STATE_FUNDS})(?![\p{L}-])`, "gu");
// "Troms og Finnmark fylkeskommune" is one authority; "Norddjurs Kommune" a municipality.
const NAMED_AUTHORITY = /(?<![\p{L}-])(?!(?:Hver|Hvert|Kvar|Den|Denne|Din|Egen|Vår|Alle|Hele|Ny|Nye|En|Ein|Som|Samme|Hvilken)\s)(?:\p{Lu}[\p{L}-]+(?:[^\S\n]+og[^\S\n]+\p{Lu}[\p{L}-]+)?[^\S\n]+fylkeskommune|\p{Lu}[\p{L}-]+[^\S\n]+[Kk]ommune)(?![\p{L}])/gu;
// Bodies a text names by their common noun: the government, the state, "the county authority".
const GENERIC_BODY = /(?<![\p{L}-])(regjeringa|regjeringen|regeringen|regeringens|regjeringens|staten|statens|fylkeskommunen|fylkeskommunens|regionen|regionens|regionsrådet|regionrådet|departementet|departementets|ministeriet|ministeriets|direktoratet|direktoratets|styrelsen|styrelsens|kommunen|kommunens|kommunestyret|kommunestyrets|heradsstyret|heradsstyrets|bystyret|bystyrets|byrådet|byrådets|kommunalbestyrelsen|kommunalbestyrelsens|formannskapet|formannskapets|rådmannen|rådmannens|kommunedirektøren|kommunedirektørens|hospitalet|hospitalets|sygehuset|sygehusets|sykehuset|sykehusets|sjukehuset|sjukehusets|fylkesmannen|fylkesmannens|statsforvalteren|statsforvalterens|statsforvaltaren|statsforvaltarens|den nationale pulje|puljen|satspuljen|helseforetaket|helseforetakets|helseføretaket|helseføretakets)(?![\p{L}-])/giu;
// A common noun in the definite form stands for the one actor of its kind the document names:
// "departementet" after "Helse- og omsorgsdepartementet", "Regionsrådet" in a region's release.
const DEFINITE_KIND: [RegExp, string][] = [
  [/^(departementet|ministeriet)s?$/, "MINISTRY"],
  [/^(direktoratet|styrelsen)s?$/, "DIRECTORATE"],
  [/^(regionen|regionsradet|regionradet)s?$/, "REGION"],
  [/^fylkeskommunens?$/, "COUNTY"],
  // "Til sammen får helseforetaket 19,2 milliarder kroner": the trust the text names.
  [/^(helseforetaket|helseføretaket)s?$/, "HEALTH_TRUST"],
  [/^(fylkesmannen|statsforvalteren|statsforvaltaren)s?$/, "COUNTY_GOVERNOR"],
  // "Kommunestyret løyvde i tillegg 150 000 kroner": the council decides for its municipality.
  [/^(kommunen|kommunestyret|heradsstyret|bystyret|byradet|kommunalbestyrelsen|formannskapet|radmannen|kommunedirektoren)s?$/, "MUNICIPALITY"],
];
// How a name the graph lacks shows its kind.
const UNKNOWN_OF_KIND: Record<string, RegExp> = {
  MINISTRY: /(departementet|ministeriet)$/,
  DIRECTORATE: /(direktoratet|styrelsen)$/,
  // "Region Nordjylland", not the region's service "Region Hovedstadens Psykiatri".
  REGION: /^region [\p{L}-]+$/u,
  MUNICIPALITY: / kommunes?$/,
};
// Only so resolved is "kommunen" a mention: unresolved, it is as often a place ("i kommunen").
// So is "regionen" after "i" ("psykisk helsevern i regionen"), but as a subject it names the
// body even when the document does not say which ("Regionen har øremærket 5 mio. kr.").
const KEPT_ONLY_RESOLVED = /^(kommunen|kommunestyret|heradsstyret|bystyret|kommunalbestyrelsen|formannskapet|radmannen|rådmannen|kommunedirektoren|kommunedirektøren)s?$/;
const PLACE_AFTER_I = /^regionen$/;
const DECIDING_ORGAN = /^(kommunestyret|heradsstyret|bystyret|byradet|kommunalbestyrelsen|formannskapet|radmannen|kommunedirektoren|regionsradet|regionradet)s?$/;
// The body of an actor that decides for it: "Regionsrådet i Region Nordjylland", "Styret i Helse Nord RHF".
const ORGAN = String.raw`(?:Regionsrådet|Regionrådet|Regionsudvalget|Fylkestinget|Fylkesutvalget|Kommunestyret|Bystyret|Byrådet|Kommunalbestyrelsen|Formannskapet|Økonomiudvalget|Sundhedsudvalget|Styret|Styrelsen)[^\S\n]+(?:i|på|for)[^\S\n]+`;
const ORGAN_BEFORE = new RegExp(String.raw`(?<![\p{L}-])${ORGAN}$`, "u");
const ORGAN_FIRST = new RegExp(`^${ORGAN}`, "u");
// The state budget as the one who pays: a proposal for it is the government's, the budget
// itself the state's (as the curated "Finansloven" is the Danish state's).
// Not the adjective of an amount ("300 000 statlige kroner hver fra fylkeskommunen").
// "… evalueres af VIVE, som får 400.000 kr.": a body known by its acronym, named as one that receives.
const ACRONYM_THAT_RECEIVES = /(?<![\p{L}\d-])\p{Lu}{3,6}(?![\p{L}\d-])(?=,\s+(?:som|der)\s+(?:(?:nu|nå|også)\s+)?(?:får|fik|fikk|fekk|modtager|modtog|mottar|mottok|har fått|har fået)(?![\p{L}]))/gu;
const STATE_MONEY = /(?<!\d[\s\u00a0]*)(?<![\p{L}])(statlig|statlige|statleg|statlege|statslig|statslige|statsligt)\s+(?=(?:tilskudd|tilskot|tilskud|tilskuddet|tilskotet|midler|midlar|tilskudsmidler|bevilling|bevilgning|støtte|penger|pengar|penge)(?![\p{L}]))/giu;
// The same as one word: "2,3 millioner kroner i statstilskudd".
const STATE_GRANT = /(?<![\p{L}])(?:statstilskudd|statstilskuddet|statstilskot|statstilskotet|statstilskud|statstilskuddene|statsmidler|statsmidlar|statsmidlene|statsstøtte|statsstøtta|statsstøtten)(?![\p{L}])/giu;
const STATE_BUDGET = /(?<![\p{L}])(?:(?<proposal>(?:regjeringens\s+)?(?:forslaget|forslag)\s+til\s+(?:nytt\s+|revidert\s+)?statsbudsjett(?:et)?|budsjettforslaget|Prop\.\s*1\s*S(?=\s*\()|St\.\s*prp\.\s*nr\.\s*1(?=\s*\()|(?<da>finanslovsforslaget|finanslovforslaget|(?:regeringens\s+)?forslag(?:et)?\s+til\s+finanslov(?:en)?))|statsbudsjett(?:et|a)?|økonomiaftale(?:n|rne)?|(?:revidert\s+|revidera\s+)?nasjonalbudsjett(?:et|a)?)(?![\p{L}])/giu;
// A sentence's subject, a verb or two, then "i": "Regjeringen foreslår i", "Regjeringen har i".
// Or a known name of several words: "Helse- og omsorgsdepartementet foreslår i".
const ACTS_IN_BEFORE = /(?:^|[.!?]\s+|\n)(\p{Lu}[^.!?\n]{1,60})\s+\p{Ll}+\s+i\s+$/u;
const ORGAN_AFTER = /^[^\S\n]+(?:[Bb]yråd|[Bb]ystyre|[Kk]ommunestyre|[Kk]ommunalbestyrelse|[Rr]egionsråd)(?![\p{L}])/u;

// A name its legal form ends, known or not: "Helse Sunnmøre HF" (a trust merged away before the
// registry's list), "Vesterålen Interkommunale Legevakt IKS".
const LEGAL_FORM_NAME = /(?<![\p{L}-])\p{Lu}[\p{L}-]+(?:[^\S\n]+(?:og[^\S\n]+)?(?!(?:HF|RHF|IKS)(?![\p{L}-]))\p{Lu}[\p{L}-]+){0,3}[^\S\n]+(?:HF|RHF|IKS)(?![\p{L}-])/gu;

// Any capitalised name "fra" introduces, known or not: "fra Husbanken", "fra EU". Not Danish "af",
// which is as often "of" ("drift af PET-CT scannerne").
const FROM_NAME = /(?<=(?<![\p{L}])(?:[Ff]ra|[Ff]rå)[^\S\n]+)\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?(?![\p{L}-])/gu;

// A capitalised name between an auxiliary and a giving participle is the verb's subject,
// known or not: "Samtidig har Husbanken gitt Drammen kommune …".
const AUX_SUBJECT = /(?<=(?<![\p{L}])(?:har|hadde|vil|skal|kan|har nå|har også)[^\S\n]+)\p{Lu}[\p{L}-]+(?=[^\S\n]+(?:(?:nå|nu|også|i dag|i år|i fjor|i \d{4})[^\S\n]+)?(?:gitt|givet|bevilget|bevilga|bevilliget|tildelt|fordelt|løyvd|løyvt|innvilget|innvilga|delt ut|uddelt|satt av|sett av|afsat|gi|give|gje|bevilge|tildele|fordele)(?![\p{L}]))/gu;

// And one that opens a sentence before "har" and a giving participle: "Husbanken har gitt
// tilsagn om …" (not "Senteret skal gi tilbud til …", a common noun and an infinitive).
// So does a name of two capitalised words, or two names joined by "og", before "har aftalt at
// bruge …": "KL og Danske Regioner har aftalt at bruge 20 mio. kr.".
const SUBJECT_NAME = String.raw`\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?`;
const OPENING_SUBJECT = new RegExp(
  String.raw`(?<=(?:^|[.!?][^\S\n]+|\n))${SUBJECT_NAME}(?:[^\S\n]+og[^\S\n]+${SUBJECT_NAME})?(?=[^\S\n]+(?:har|hadde|havde)[^\S\n]+(?:(?:nå|nu|også|i dag|i år|i fjor|i \d{4})[^\S\n]+)?(?:gitt|givet|bevilget|bevilga|bevilliget|tildelt|fordelt|løyvd|løyvt|innvilget|innvilga|delt ut|uddelt|satt av|sett av|afsat|(?:aftalt|avtalt|besluttet|besluttede|vedtaget|vedtatt)[^\S\n]+(?:at|å)[^\S\n]+(?:bruge|bruke|give|gi|afsætte|sætte av|sette av|bevilge|investere))(?![\p{L}]))`,
  "gu",
);

const POOL_PURPOSE = /^(?:midl|satsn?ing)\p{L}* (?:til|på) /iu;

const PAYER_KINDS = new Set(["MINISTRY", "BODY", "DIRECTORATE", "POOL", "COUNTY_GOVERNOR", "MUNICIPAL_ASSOCIATION"]);
const RECIPIENT_KINDS = new Set(["MUNICIPALITY", "HEALTH_TRUST", "REGIONAL_HEALTH_TRUST", "GROUP", "ORGANISATION"]);

function roleOfKind(kind: string): Mention["role"] {
  if (PAYER_KINDS.has(kind)) return "payer-like";
  if (RECIPIENT_KINDS.has(kind)) return "recipient-like";
  return "either";
}

/**
 * A pool named by its purpose ("satsingen på samhandling") is where money goes, not who pays;
 * an actor named by its deciding body ("Styret i Helse Nord RHF") is one that decides to pay.
 */
function roleOfKnown(surface: string, kind: string): Mention["role"] {
  if (POOL_PURPOSE.test(surface)) return "recipient-like";
  if (ORGAN_FIRST.test(surface)) return "payer-like";
  return roleOfKind(kind);
}

function roleOfName(surface: string): Mention["role"] {
  const f = fold(surface);
  if (STATE_FUND.test(surface) || /(direktoratet|styrelsen|departement|ministeri|regjering|regering|staten|statens|pulje|radet|fylkesmann|statsforvalt|tinget|fond$|fonden$|fondet$|^stiftelsen )/.test(f)) return "payer-like";
  if (/(kommune|enheden|enheten|sentralen|centret|center|senter|sykehus|sygehus|hospital)/.test(f)) return "recipient-like";
  return "either";
}

const blank = (start: number, end: number, text: string, type: Mention["type"]): Mention => ({
  start, end, surface: text.slice(start, end), type, candidates: [], actor: null, unresolved: null, members: [], count: null, role: "either",
});

/** Every mention of a possible payer or recipient, in text order, without overlaps. */
export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(COLLECTIVE)) {
    const g = m.groups!;
    // A bare singular or a bare "tiltak" is not a collective of actors; "Øvrige kommuner" are the rest.
    if (!g.count && !g.det && !g.scope && !g.others && /^(sykehus|helseforetak|prosjekt|tiltak|initiativer|kommuner|kommunar|regioner|projekter|prosjekter|hospitaler|helsestasjoner|frisklivssentraler|sundhedshuse|samhandlingsprosjekt|sundhedsprojekter|samhandlingsprosjekter)$/i.test(g.noun!)) continue;
    // "til nytt sykehus i Kirkenes", "et prosjekt i Alta": a noun Norwegian writes alike in the singular, here one thing.
    if (!g.count && !g.det && /^(sykehus|sjukehus|prosjekt|tiltak|helseforetak)$/iu.test(g.noun!) && SINGULAR_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const c = blank(m.index!, m.index! + m[0].length, text, "collective");
    // "begge kommunene" are two.
    c.count = g.count ? (COUNT_WORDS[g.count.toLowerCase()] ?? Number(g.count)) : (COUNT_WORDS[g.det?.toLowerCase() ?? ""] ?? null);
    c.role = "recipient-like";
    found.push(c);
  }
  const nations = new Map<number, string>();
  for (const k of gazetteer.find(text)) {
    if (isSurname(text, k)) continue;
    // "Den danske regjeringen" in a Norwegian text is Denmark's government, "den norske regering" Norway's.
    const nation = NATION_BEFORE.exec(text.slice(Math.max(0, k.start - 12), k.start));
    if (nation && k.candidates.some((a) => /regjering|regering/i.test(a.name))) {
      const country = /^dansk/i.test(nation[1]!) ? "DK" : "NO";
      const other = gazetteer.find(country === "DK" ? "Regeringen" : "Regjeringen")[0]?.candidates.filter((a) => a.country === country);
      if (other && other.length > 0) {
        k.candidates = other;
        nations.set(k.start, country);
      }
    }
    // "Sjællands Universitetshospital, Køge,": a hospital's site, not the municipality.
    if (k.candidates.every((a) => a.kind === "MUNICIPALITY") && HOSPITAL_BEFORE_SITE.test(text.slice(Math.max(0, k.start - 40), k.start)) && /^\s*[,.)]/u.test(text.slice(k.end, k.end + 3))) continue;
    const organ = ORGAN_BEFORE.exec(text.slice(Math.max(0, k.start - 40), k.start));
    // "Aarhus Byråd har besluttet at afsætte 8,5 mio. kr.": the council after its place's name decides for it.
    const organAfter = k.candidates.some((a) => a.kind === "MUNICIPALITY" || a.kind === "REGION") ? ORGAN_AFTER.exec(text.slice(k.end, k.end + 25)) : null;
    const m = blank(organ ? k.start - organ[0].length : k.start, organAfter ? k.end + organAfter[0].length : k.end, text, "known");
    m.candidates = k.candidates;
    m.role = organAfter ? "payer-like" : roleOfKnown(m.surface, k.candidates[0]!.kind);
    if (nations.has(k.start)) m.nation = nations.get(k.start);
    found.push(m);
  }
  // A phrase that names no body but whose money is one's: a payer, as the gazetteer knows it.
  const paidBy = (start: number, end: number, name: string) => {
    const known = gazetteer.find(name)[0];
    if (!known) return;
    const m = blank(start, end, text, "known");
    m.candidates = known.candidates;
    m.role = "payer-like";
    found.push(m);
  };
  // "et statlig tilskudd på halvannen million kroner": the state's money, though no body is named.
  for (const a of text.matchAll(STATE_MONEY)) paidBy(a.index!, a.index! + a[1]!.length, "Staten");
  for (const a of text.matchAll(STATE_GRANT)) paidBy(a.index!, a.index! + a[0].length, "Staten");
  // "I forslaget til statsbudsjett for 2023 får de fire regionale helseforetakene …": the budget
  // pays, for the government that proposes it or the state whose budget it is.
  // Not a budget a paying subject acts in: "Regjeringen foreslår i revidert nasjonalbudsjett å
  // bevilge …" is the government's.
  for (const b of text.matchAll(STATE_BUDGET)) {
    const subject = ACTS_IN_BEFORE.exec(text.slice(Math.max(0, b.index! - 80), b.index!))?.[1];
    // The name, then perhaps an auxiliary: "Regjeringen har foreslått i".
    if (subject && gazetteer.find(subject).some((k) => k.start === 0 && /^(?:\s+\p{Ll}+)?$/u.test(subject.slice(k.end)) && k.candidates.every((a) => PAYER_KINDS.has(a.kind)))) continue;
    paidBy(b.index!, b.index! + b[0].length, b.groups!.da ? "Regeringen" : b.groups!.proposal ? "Regjeringen" : "Staten");
  }
  for (const re of [NAMED_AUTHORITY, ORGANISATION, CHARITY, TOWN_CLINIC, CENTRE_FOR, FOUNDATION_OR_CENTRE, INTERMUNICIPAL, STATE_BODY, GENERIC_BODY, LEGAL_FORM_NAME, FROM_NAME, AUX_SUBJECT, OPENING_SUBJECT, ACRONYM_THAT_RECEIVES]) {
    for (const m of text.matchAll(re)) {
      // A legal form names a body the registry lacks, not a known one with words before it ("Basisbevilgning Helse Vest RHF").
      if (re === LEGAL_FORM_NAME && found.some((k) => k.type === "known" && k.start < m.index! + m[0].length && m.index! < k.end)) continue;
      // "fra Sundhedsstyrelsens pulje": the body is "Sundhedsstyrelsen", not its genitive.
      const genitive = DEFINITE_GENITIVE.test(m[0]) && /^\s+\p{Ll}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3)) ? 1 : 0;
      // "investeringstilskudd … i Husbanken": a scheme the agency runs, not the agency acting.
      if (re === STATE_BODY && STATE_FUND.test(m[0]) && SCHEME_PLACE_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
      const u = blank(m.index!, m.index! + m[0].length - genitive, text, "unknown");
      u.role = re === AUX_SUBJECT || re === OPENING_SUBJECT ? "payer-like" : roleOfName(u.surface);
      found.push(u);
    }
  }
  const picked = pickSpans(outsideKnown(text, found));
  // A collective that names its places ("Projekterne i Helsingør og Hillerød") keeps the names
  // inside it as members, so amounts given "henholdsvis" can go to each.
  for (const c of picked) {
    if (c.type !== "collective") continue;
    const inside = found.filter((m) => m.type === "known" && m.start >= c.start && m.end <= c.end);
    if (inside.length >= 2) c.members = pickSpans(inside);
  }
  return joinMentions(text, picked);
}

// "sier kommuneoverlege Per Strand i Hitra kommune": a municipality's bare one-word name right
// after a capitalised word in mid-sentence is a person's surname, not the place.
const FIRST_NAME_BEFORE = /[\p{Ll}\d,)][^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+$/u;
function isSurname(text: string, k: { start: number; end: number; candidates: KnownActor[] }): boolean {
  return k.candidates.every((a) => a.kind === "MUNICIPALITY") && /^\p{Lu}\p{Ll}+$/u.test(text.slice(k.start, k.end)) && FIRST_NAME_BEFORE.test(text.slice(Math.max(0, k.start - 40), k.start));
}

/**
 * "mellem Herning Kommune og Gødstrup Hospital": an unknown name read from a known one's last
 * word ("Kommune og Gødstrup Hospital") is cut to what follows the known name, so the longer
 * span does not swallow the body the graph knows.
 */
function outsideKnown(text: string, found: Mention[]): Mention[] {
  const known = found.filter((m) => m.type === "known");
  return found.flatMap((m) => {
    if (m.type !== "unknown") return [m];
    const over = known.find((k) => k.start < m.start && m.start < k.end && k.end < m.end);
    if (!over) return [m];
    const rest = /^[\s,]*(?:(?:og|and|samt)\s+)?(?=\p{Lu})/u.exec(text.slice(over.end, m.end));
    if (!rest) return [];
    const u = blank(over.end + rest[0].length, m.end, text, "unknown");
    u.role = m.role;
    return [u];
  });
}

// Longer spans win; on equal length a known name beats an unknown one, and a collective with
// a count or scope beats the group name it contains ("37 kommuner" over "kommuner").
function pickSpans(all: Mention[]): Mention[] {
  const rank = (m: Mention) => (m.type === "known" ? 2 : m.type === "collective" ? 1 : 0);
  const sorted = [...all].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(b) - rank(a));
  // Characters already taken, so a long document's thousands of names are not each compared with every other.
  const taken = new Uint8Array(all.reduce((n, m) => Math.max(n, m.end), 0));
  const chosen: Mention[] = [];
  for (const m of sorted) {
    if (taken.subarray(m.start, m.end).includes(1)) continue;
    taken.fill(1, m.start, m.end);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const PLURAL_KIND_END = /\s(?:kommuner|kommunar|kommunene|kommunane|kommunerne)$/iu;

/** "A og B" becomes one joint mention; "A, B, C og D" one listed mention of four. */
function joinMentions(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; ) {
    const run = [mentions[i]!];
    let j = i + 1;
    let sawAnd = false;
    while (j < mentions.length && !sawAnd) {
      const gap = text.slice(run[run.length - 1]!.end, mentions[j]!.start);
      // "Helse Stavanger HF (SUS) og Sandnes kommune": an abbreviation in brackets stays with its name.
      if (/^(?:\s+\([\p{Lu}\d-]{2,12}\))?,\s*$/u.test(gap)) run.push(mentions[j]!);
      else if (/^(?:\s+\([\p{Lu}\d-]{2,12}\))?\s+(og|and|samt)\s+$/u.test(gap)) {
        run.push(mentions[j]!);
        sawAnd = true;
      } else break;
      j += 1;
    }
    // "Regionshospitalet Gødstrup og Herning, Holstebro, Ikast-Brande og Ringkøbing-Skjern kommuner":
    // a list whose plural kind closes it began at the name after the first "og", so the bodies
    // before it and the list are named together.
    if (sawAnd && j < mentions.length && /^,\s*$/u.test(text.slice(run[run.length - 1]!.end, mentions[j]!.start))) {
      let k = j;
      const more: Mention[] = [];
      let closed = false;
      while (k < mentions.length && !closed) {
        const gap = text.slice((more[more.length - 1] ?? run[run.length - 1]!).end, mentions[k]!.start);
        if (/^,\s*$/u.test(gap)) more.push(mentions[k]!);
        else if (/^\s+(?:og|and|samt)\s+$/u.test(gap)) {
          more.push(mentions[k]!);
          closed = true;
        } else break;
        k += 1;
      }
      if (closed && PLURAL_KIND_END.test(more[more.length - 1]!.surface)) {
        run.push(...more);
        j = k;
      }
    }
    // "Region Syddanmark og de ti fynske kommuner har fået 12 mio. kr.", "Sørlandet sykehus HF og
    // kommunene i Vest-Agder får 5 millioner kroner", "Sykehuset i Vestfold og kommunene i fylket":
    // a body and a group it works with receive together.
    const actorLike = run.every((m) => m.type === "known" || m.type === "unknown")
      || (run.length === 2 && (run[0]!.type === "known" || run[0]!.type === "unknown") && run[1]!.type === "collective" && (run[1]!.count !== null || /\si\s+(?:\p{Lu}|fylket|regionen|området|distriktet|opptaksområdet|optageområdet)/u.test(run[1]!.surface)));
    if (run.length >= 2 && sawAnd && actorLike) {
      const joint = blank(run[0]!.start, run[run.length - 1]!.end, text, "joint");
      joint.members = run;
      joint.count = run.length;
      joint.role = run.every((m) => m.role === "payer-like") ? "payer-like" : "recipient-like";
      out.push(joint);
      i = j;
    } else {
      out.push(mentions[i]!);
      i += 1;
    }
  }
  return out;
}

/** Country, then validity on the date, then the county most of the document's municipalities are in. */
export function resolveMentions(mentions: Mention[], opts: { country: string; date: string | null }): void {
  const flat = mentions.flatMap((m) => (m.type === "joint" ? m.members : m.type === "collective" ? [m, ...m.members] : [m]));
  const pick = (m: Mention, countyHint: string | null) => {
    if (m.type !== "known") return;
    let c = m.candidates.filter((a) => a.country === (m.nation ?? opts.country));
    if (c.length === 0) {
      m.unresolved = `named in the graph only for ${[...new Set(m.candidates.map((a) => a.country))].join(", ")}`;
      return;
    }
    if (opts.date) {
      const valid = namedOn(c, opts.date);
      if (valid.length === 0) {
        m.unresolved = `no actor of this name is valid on ${opts.date} (${c.map((a) => a.id).join(", ")})`;
        return;
      }
      c = latestOfRenamed(valid);
    }
    if (c.length > 1 && countyHint) {
      const inCounty = c.filter((a) => countyOf(a) === countyHint);
      if (inCounty.length === 1) c = inCounty;
    }
    if (c.length > 1) {
      m.unresolved = `ambiguous: ${c.map((a) => a.id).join(", ")}`;
      return;
    }
    m.actor = c[0]!;
    m.role = roleOfKnown(m.surface, m.actor.kind);
  };
  flat.forEach((m) => pick(m, null));
  const counties = new Map<string, number>();
  for (const m of flat) {
    const county = m.actor ? countyOf(m.actor) : null;
    if (county) counties.set(county, (counties.get(county) ?? 0) + 1);
  }
  const hint = [...counties].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const m of flat) if (m.type === "known" && !m.actor && m.unresolved?.startsWith("ambiguous")) {
    m.unresolved = null;
    pick(m, hint);
  }
}

/**
 * Resolves each definite common noun ("departementet", "regionen", "kommunen") to the one actor
 * of its kind that the document names or that publishes it; with none or several, it stays a
 * name. Returns the mentions without the unresolved ones that are not names at all.
 */
export function resolveDefiniteMentions(text: string, mentions: Mention[], publishers: KnownActor[]): Mention[] {
  const flat = mentions.flatMap((m) => (m.type === "joint" ? m.members : [m]));
  const named = [...flat.flatMap((m) => (m.actor ? [m.actor] : [])), ...publishers];
  const generic = (f: string) => DEFINITE_KIND.some(([re]) => re.test(f));
  const listed = new Set(mentions.flatMap((m) => (m.type === "joint" ? m.members : [])));
  // Names the graph lacks count as other candidates: "Kommunal- og moderniseringsdepartementet".
  const unknownNames = new Set(flat.filter((m) => m.type === "unknown").map((m) => fold(m.surface)).filter((f) => !generic(f)));
  const kept = mentions.filter((m) => {
    // "til en interkommunal legevakt": one of a group, which the text does not name, not the group.
    if (m.type === "known" && m.actor?.kind === "GROUP" && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
    // "øke bevilgningen til legevakten", "til legevakt": a group's one-word singular name is one of
    // them, or a purpose, not the group.
    if (m.type === "known" && m.actor?.kind === "GROUP" && oneOfTheGroup(m.surface, m.actor)) {
      // "Bergen legevakt … for at legevakten skal ta imot": the one such clinic the text named before.
      const definite = /^\p{Ll}/u.test(m.surface) ? /^(.*?)(?:en|et|a)$/u.exec(fold(m.surface)) : null;
      const clinics = definite ? flat.filter((x) => x.type === "unknown" && x.end <= m.start && fold(x.surface).endsWith(` ${definite[1]}`)) : [];
      if (clinics.length === 0 || new Set(clinics.map((x) => fold(x.surface))).size > 1) return false;
      Object.assign(m, { type: clinics[0]!.type, actor: clinics[0]!.actor, candidates: clinics[0]!.candidates, surface: clinics[0]!.surface, role: "recipient-like" });
      return true;
    }
    if (m.type !== "unknown") return true;
    const f = fold(m.surface);
    // "Odense Kommune og Odense Universitetshospital har fået 8,4 mio. kr. … 3,3 mio. kr. til
    // hospitalet": the one hospital the document names, known to the graph or not.
    if (THE_HOSPITAL.test(f)) {
      const hospitals = flat.filter((x) => x !== m && x.end <= m.start && (x.actor?.kind === "HEALTH_TRUST" || (x.type === "unknown" && HOSPITAL_NAME.test(x.surface) && !THE_HOSPITAL.test(fold(x.surface)))));
      const distinct = [...new Map(hospitals.map((x) => [x.actor?.id ?? fold(x.surface), x])).values()];
      if (distinct.length !== 1) return false;
      const [h] = distinct;
      Object.assign(m, { type: h!.type, actor: h!.actor, candidates: h!.candidates, surface: h!.surface, role: "recipient-like" });
      return true;
    }
    const kind = DEFINITE_KIND.find(([re]) => re.test(f))?.[1];
    if (!kind) return true;
    let ofKind = [...new Set(named.filter((a) => a.kind === kind))];
    // "Ifølge Helse Sør-Øst vil regionen bruke 30 millioner kroner": with no region named, "the
    // region" is the one health region the text names; "i regionen" stays a place.
    if (kind === "REGION" && ofKind.length === 0 && !/(?<![\p{L}])i\s+$/iu.test(text.slice(Math.max(0, m.start - 3), m.start))) ofKind = [...new Set(named.filter((a) => a.kind === "REGIONAL_HEALTH_TRUST"))];
    // "Helse Nord RHF … Til sammen får helseforetaket …": the trust, regional or local, named last before it.
    if (kind === "HEALTH_TRUST") {
      const before = flat.filter((x) => x.end <= m.start && (x.actor?.kind === "HEALTH_TRUST" || x.actor?.kind === "REGIONAL_HEALTH_TRUST")).pop()?.actor;
      ofKind = before ? [before] : [];
    }
    const others = [...unknownNames].filter((n) => UNKNOWN_OF_KIND[kind]?.test(n));
    // "Tønder Kommune og Region Syddanmark har fået tilsagn … Kommunen bidrager selv med 15 mio.
    // kr. … Også Aabenraa Kommune fik penge": a sentence that opens with "Kommunen" speaks of the
    // last municipality named before it, though the document names several.
    // So does "mens kommunen selv tar resten" as a subject, but not "i kommunen", a place.
    // So does a genitive "til kommunens rusteam": the municipality's own.
    // So does the subject after a fronted phrase and its verb ("I tillegg får kommunen …"), but of
    // a municipality named on its own: "pasienter fra Vefsn, Grane og Hattfjelldal" names places.
    const lastNamed = (onItsOwn: boolean) => flat.filter((x) => x.end <= m.start && x.actor?.kind === kind && !(onItsOwn && listed.has(x))).pop()?.actor;
    // On a municipality's own page "Kommunen" is the publisher, whoever was named last.
    const several = kind === "MUNICIPALITY" && ofKind.length > 1;
    const ownPage = several ? publishers.find((a) => a.kind === "MUNICIPALITY") : undefined;
    const opening = !several ? undefined
      : /^\p{Lu}/u.test(m.surface) || OWN_SUBJECT_AFTER.test(text.slice(m.end, m.end + 12)) || /^kommunens$/u.test(f) || CONTRAST_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) || COORDINATE_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) ? ownPage ?? lastNamed(false)
        : INVERTED_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ? ownPage ?? lastNamed(true) : undefined;
    // "Odense Kommune har fået bevilget 2,3 mio. kr. af Sundhedsstyrelsen … tildelt midler af
    // styrelsen": with no body of the kind known, the one name of that kind the text gives.
    if (ofKind.length === 0 && others.length === 1 && !opening) {
      const named = flat.filter((x) => x !== m && x.type === "unknown" && x.end <= m.start && fold(x.surface) === others[0]).pop();
      if (named) {
        Object.assign(m, { surface: named.surface, role: roleOfKind(kind) });
        return true;
      }
    }
    if ((ofKind.length === 1 && others.length === 0) || opening) {
      const actor = opening ?? ofKind[0]!;
      m.type = "known";
      m.candidates = [actor];
      m.actor = actor;
      // A deciding body or chief officer decides for its municipality or region: "Rådmannen foreslår … å sette av 2 millioner kroner".
      m.role = DECIDING_ORGAN.test(f) ? "payer-like" : roleOfKind(kind);
      return true;
    }
    return !KEPT_ONLY_RESOLVED.test(f) && !(PLACE_AFTER_I.test(f) && /(?<![\p{L}])i\s+$/iu.test(text.slice(Math.max(0, m.start - 3), m.start)));
  });
  // "I alt er der uddelt 150 millioner kroner fra puljen" after "Sundheds- og Ældreministeriets
  // pulje": the pool is the body whose pool the text named last.
  // With none named before it, a ministry's or agency's own release: "Puljen på 60 mio. kr. … er
  // nu fordelt mellem regionerne" from Sundhedsministeriet.
  const centralPublishers = publishers.filter((p) => p.kind === "MINISTRY" || p.kind === "DIRECTORATE");
  for (const m of flat) {
    if (m.type !== "unknown" || !/^puljens?$/.test(fold(m.surface))) continue;
    // With no owner named with a pool, the one ministry or agency named before it: "… tilsagn om
    // 1,6 millioner kroner fra Indenrigs- og Sundhedsministeriet … får penge fra puljen".
    const central = [...new Map(flat.filter((x) => x.end <= m.start && (x.actor?.kind === "MINISTRY" || x.actor?.kind === "DIRECTORATE")).map((x) => [x.actor!.id, x])).values()];
    const owner = flat.filter((x) => x.end <= m.start && x.actor && POOL_OWNER_AFTER.test(text.slice(x.end, x.end + 12))).pop()?.actor ?? (central.length === 1 ? central[0]!.actor : centralPublishers.length === 1 ? centralPublishers[0] : undefined);
    if (owner) {
      m.type = "known";
      m.candidates = [owner];
      m.actor = owner;
      m.role = "payer-like";
    }
  }
  return withAbbreviations(text, kept, flat);
}

const ABBREVIATION = /(?<![\p{L}\d-])\p{Lu}{2,6}(?![\p{L}\d-])/gu;
// Nor a legal form: "UNN" for "Universitetssykehuset Nord-Norge HF".
const NOT_INITIAL = new Set(["og", "i", "på", "for", "av", "af", "de", "der", "hf", "rhf", "iks"]);

/**
 * "Universitetssykehuset Nord-Norge … 4 millioner til UNN": an abbreviation the document defines
 * ("Universitetssykehuset Nord-Norge (UNN)") or that spells the initials of a name it gives
 * before (three letters or more) is that name's actor.
 */
function withAbbreviations(text: string, mentions: Mention[], flat: Mention[]): Mention[] {
  const known = flat.filter((m) => m.actor);
  const added: Mention[] = [];
  // An abbreviation read as an unknown name ("fra UNN") gives way to the body it abbreviates.
  const replaced = new Set<Mention>();
  for (const a of text.matchAll(ABBREVIATION)) {
    const start = a.index!;
    const end = start + a[0].length;
    const over = mentions.filter((m) => m.start < end && start < m.end);
    if (over.some((m) => !(m.type === "unknown" && m.start === start && m.end === end))) continue;
    const before = known.filter((m) => m.end <= start);
    const defined = before.find((m) => text.slice(m.end, m.end + a[0].length + 4).replace(/^\s*\(/, "").startsWith(`${a[0]})`));
    const spelled = a[0].length >= 3 ? before.filter((m) => initials(m.surface) === a[0]).pop() : undefined;
    const source = defined ?? spelled;
    if (!source) continue;
    // The definition itself, "(UNN)" right after the name, is not a second mention.
    if (defined && /^\s*\($/.test(text.slice(defined.end, start))) continue;
    added.push({ ...source, start, end, surface: a[0], members: [] });
    for (const m of over) replaced.add(m);
  }
  return added.length === 0 ? mentions : [...mentions.filter((m) => !replaced.has(m)), ...added].sort((x, y) => x.start - y.start);
}

function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !NOT_INITIAL.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join("");
}

/** The surface is a group's one-word singular name ("legevakt"), bare or with the definite singular ending. */
function oneOfTheGroup(surface: string, group: KnownActor): boolean {
  const f = fold(surface);
  return [group.name, ...group.aliases].some((a) => {
    const name = fold(a);
    return !/(er|ar|ene|ane|erne|e)$/.test(name) && f.startsWith(name) && /^(en|et|a|)$/.test(f.slice(name.length)) && !/\s/.test(name);
  });
}

// "I tillegg får kommunen": a fronted phrase, then the verb, then the subject.
const INVERTED_SUBJECT_BEFORE = /(?:^|[.!?]\s+|\n)\p{Lu}[\p{L} ]{0,25}?\s(?:får|fikk|fekk|fik|fået|fått|mottar|modtager|skal|vil|har|kan)\s+$/u;

// The subject of a clause joined after a comma: "Helseføretaket gjev 2,5 mill. kr i året, og kommunen legg inn 3 mill. kr.".
const COORDINATE_SUBJECT_BEFORE = /,\s*(?:og|men|samt)\s+$/u;
// The subject of a clause of contrast: "…, mens kommunen stiller bygningen til rådighed".
const CONTRAST_BEFORE = /,\s*(?:mens|medan)\s+$/u;
/** "kommunen selv": a subject that pays its own money. */
export const OWN_SUBJECT_AFTER = /^\s+(?:selv|sjølv)(?![\p{L}])/u;
const THE_HOSPITAL = /^(?:hospitalet|sygehuset|sykehuset|sjukehuset)s?$/;
// Also a hospital named with its town after it: "Regionshospitalet Gødstrup".
const HOSPITAL_NAME = /(?:[Hh]ospitalsenheden|[Hh]ospitalsenhed|[Hh]ospital|[Ss]ygehus|[Ss]ykehus|[Ss]jukehus|HOSPITAL|SYGEHUS|SYKEHUS|SJUKEHUS)(?:et|ET)?(?:\s+\p{Lu}[\p{L}-]+)?$/u;

const INDEFINITE_BEFORE = /(?<![\p{L}])(?:en|ei|et|ein|eit)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

// What follows the name of a pool's owner: "Sundheds- og Ældreministeriets pulje", "Helsedirektoratets tilskuddspott".
const POOL_OWNER_AFTER = /^s?\s+(?:\p{L}+)?(?:pulje|pott)/iu;

/** Two-digit county of a Norwegian municipality id (`no:kommune:1515` → `15`). */
function countyOf(a: KnownActor): string | null {
  return /^no:kommune:(\d\d)\d\d$/.exec(a.id)?.[1] ?? null;
}
