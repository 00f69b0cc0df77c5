import { fold } from "../text/fold.js";
import type { Discrepancy, ExtractedFunding, ExtractedStatus, PartyRef } from "./extraction.model.js";
import { OWN_SUBJECT_AFTER, type Mention } from "./mentions.js";
import type { MoneyMention } from "./money.js";
import type { Line, Sentence } from "./segments.js";
import { lineAt } from "../text/lines.js";
import { containing, inSpan, lastInSpan } from "./spans.js";
import { FIGURE_LABEL, cellSpans, tableHeaderReader } from "./tables.js";

/** Everything the fact rules look at in one document. */
export interface DocumentView {
  text: string;
  lines: Line[];
  sentences: Sentence[];
  mentions: Mention[];
  money: MoneyMention[];
  /** Year of the document's date, for "i år", "neste år" and facts that state none. */
  year: number | null;
  /** Month of the document's date, when it has one: "i desember" told in February is last year's. */
  month: number | null;
  /** The budget year a budget document's title names ("Statsbudsjettet 2013: …"), for facts that state none. */
  budgetYear: number | null;
  /** The title and headline lines, whose amounts restate the body's. */
  headlines: Line[];
  /** The publisher as a party, the payer of last resort for a public body's own release. */
  publisher: PartyRef | null;
}

interface Draft {
  money: MoneyMention;
  sentence: Sentence;
  recipient: Mention | null;
  payer: Mention | null;
  payerRef?: PartyRef;
  rules: string[];
  recipientScore: number;
  payerInSentence: boolean;
  quoteStart: number;
  quoteEnd: number;
  year: number | null;
  status: ExtractedStatus;
  partOf: Draft | null;
  inTitle: boolean;
  /** Stated in a list item (also when a list restates a sentence's amount). */
  listed: boolean;
  /** The recipient stands before the amount in the amount's own clause: its subject or indirect object. */
  recipientOpensClause: boolean;
  /** The giving verb that governs the amount, folded ("betalte"), when one does. */
  gives: string | null;
}

const GIVE = /(?<![\p{L}])(gir|gi|gav|ga|giver|give|givet|gjev|gjeve|gje|fordele|uddele|afsætte|bevilger|bevilget|bevilga|bevilge|bevilgede|bevilges|bevilliger|bevilliget|bevillige|bevilligede|bevilliges|tildeler|tildelte|tildele|tildelt|tildeles|deler ut|delar ut|delte ut|delt ut|deles ut|dele ut|dela ut|lyser ut|lyses ut|utlyser|(?:deler|delar|delte)(?=\s+(?:[\p{L}-]+\s+){1,4}ut(?![\p{L}]))|(?:deler|delar|delte)(?=\s+(?:[\p{L}-]+\s+){1,3}(?:mellom|mellem|blant|blandt)(?![\p{L}]))|set av|(?:sætter|satte|setter)(?=\s+(?:\S+\s+){0,3}\d\S*\s+(?:\S+\s+){0,3}a[fv](?![\p{L}]))|uddeler|uddelt|uddelte|fordeler|fordelte|fordelt|fordeles|løyver|løyvde|løyvd|løyvt|satt av|setter av|sett av|(?:setter|sætter|satte|satt|sett|set|sat)\s+(?:selv|sjølv|også|òg|nå|nu|no|i år|dessuten|desuden)\s+a[fv]|afsat|afsætter|støtter|støttar|øremerker|øyremerker|øremærket|øremærker|(?:bidrar|bidreg|bidrager|bidraget|bidratt|bidrog|bidro|bidra|bidrage|supplerer|supplerar|supplerte|supplerede|supplere|spæder|spædes|spædede|spyter|spytter|spytta|stiller|stillar|stilte|stillede)(?:\s+(?:selv|sjølv|også|òg|dessuten|desuden|i tillegg|i tillæg|derudover|til|inn|ind|op|opp|tilsammen|til sammen|til saman|samlet|samla|i alt|hver|hvert|kvar))?\s+med|(?:går|gikk|gjekk|gik|gaar)\s+(?:(?:selv|sjølv|også|òg|nu|nå|no)\s+)?(?:inn|ind)\s+med|(?:budsjettert|budsjetterer|budsjetterte|budgetteret|budgetterer)\s+med|(?:prioriteret|prioritert|prioriterte|prioriteres|prioriterast)(?=\s+(?:[\p{L}.]+\s+){0,3}\d)|(?:flytter|flyttar|flyttet|flytta|flyttede|omfordeler|omfordelar|omfordelte|omfordelt|omprioriterer|omprioriteret|omprioriterte|omprioritert)(?=\s+(?:[\p{L}.]+\s+){0,3}\d)|investerer|investerte|investere|investert|investeres|investeret|investerede|spytter|spyttar|spyttede|spytta|punger ud|punger ut|pungede ud|pungar ut|selv finne|selv finde|sjølv finne|selv skaffe|sjølv skaffe|tilbyder|tilbyr|tilbød|tilbyd|tilbudt|tilbydes|tilbys|betaler|udbetaler|udbetalte|udbetalt|udbetale|utbetaler|utbetalte|utbetalt|utbetale|betalar|betalte|betale|betalt|(?:lægger|lægge|legger|leggja|legge|legg|la|lagde)(?=\s+(?:[\p{L}.]+\s+){0,3}(?:\d|(?:en|et|ei|ein|eit|to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|halv|halvanden|halvannen)\s+(?:\p{L}+\s+){0,3}(?:million\p{L}*|milliard\p{L}*|mio|mill|mia|mrd)(?![\p{L}])))|(?:bruge|bruke|anvende)(?=\s+(?:[\p{L}.]+\s+){0,2}\d)|(?:skyder|skyter|skaut|skød)(?=\s+(?:\S+\s+){0,4}(?:ind|inn|i)(?![\p{L}]))|overfører|overføre|overførte|overført|overføres|tilfører|tilførte|tilføre|sikrer|sikret|(?:styrker|styrkar|styrket|styrke|øker|øke|økte|øger|øgede|løfter|løftar|løftet|løfte|opprioriterer|opprioriterte|prioriterer)(?=\s+(?:[\p{L}.-]+\s+){0,5}med\s+(?:\S+\s+){0,2}\d)|finansierer|finansiere|finansiera|finansieret|finansierte|finansiert|finansierede|donerer|donerte|donert|doneret|donere|donerede|skjenker|skjenket|skjenkte|skænker|skænkede|skænket|dekker|dekkar|dekkjer|dekket|dekte|dekke|dekkje|dækker|dækkede|dække|(?:varsler|varslar|varslet|varsla|lover|lovar|lovet|lova|lovede|annonserer|annonserte|kunngjør|kunngjorde)(?=\s+(?:[\p{L}.-]+\s+){0,3}\d)|(?:står|stod)\s+for(?=\s+(?:[\p{L}.]+\s+){0,2}\d)|(?:kjøper|kjøpte|kjøpar|køber|købte)\s+(?:seg|sig)\s+(?:inn|ind)\s+(?:med|for)|(?:godkendt|godkender|godkendte|godkjent|godkjenner|godkjente|vedtaget|vedtog|vedtatt|vedtok)(?=\s+(?:en|ei|et)\s+(?:\p{L}+\s+)?\p{L}*(?:bevilling|bevilgning|løyving)\s+på(?![\p{L}]))|(?:indgået|indgår|inngått|inngår)\s+(?:en\s+)?(?:driftsaftale|driftsavtale|driftsoverenskomst)\s+med|kompenserer|kompensere|kompenserte|kompenseret|kompenserede|kompensert|medfinansierer|medfinansiere|medfinansierte|medfinansierede|medfinansierar|delfinansierer|delfinansierte|udmønter|udmøntes|udmøntet|udmøntede|gitt)(?![\p{L}])/giu;
// Not "får" as a modal before an infinitive: "Agdenes, Meldal og Skaun får bruke sengene".
const RECEIVE = /(?<![\p{L}])((?:får|fekk|fikk|fik)(?!\s+(?:bruke|bruka|bruge|kjøpe|kjøpa|købe|lov|beholde|behalde|gjøre|gjere|gøre|være|vere|ta|tage|søke|søkje|søge|komme|kome|bli|blive|leie|leige|leje|ansette|tilsette|ansætte|betale|betala|drive|benytte|nytte)(?![\p{L}]))|fått|fået|mottar|mottek|mottok|modtager|modtog|modtage|modtaget|motta|mottatt|motteke|innvilget|innvilga|tilkjent|(?<!(?<![\p{L}])(?:gi|gir|gav|ga|gitt|givet|giver|give|gjev|gjeve)\s+(?:[\p{L}\d-]+\s+){0,3})tilsagn om|går til|gå til|tilskud|(?:deler|delar|deler på|deler seg om|deles om)(?=\s+(?:resten|restan|pengene|pengane|pengerne|beløbet|beløpet|summen|potten|midlene|midlane|midlerne)(?!\s+(?:mellom|mellem|på|ut|blant|blandt)(?![\p{L}]))))(?![\p{L}])/giu;
// A document's payer may also be the body that proposes: "Regjeringen foreslår i revidert nasjonalbudsjett å bevilge …".
// "Det er Sparebankstiftelsen som står bak tildelingen": who is behind a grant gives it.
// Also one that cuts: "Helse Nord RHF kutter 30 millioner … Samtidig får Helgelandssykehuset HF 12
// millioner kroner ekstra" is the same owner's decision.
const DOCUMENT_GIVE = new RegExp(`${GIVE.source}|(?<![\\p{L}])(?:foreslår|foreslo|foreslog|foreslået|foreslått|står bak|stod bak|står bag|stod bag|kutter|kuttar|kuttet|kutta|skærer|skar ned|indgået aftale om|indgået en aftale om|inngått avtale om|inngått ei avtale om|inngått en avtale om|(?:lavet|indgået|inngått|vedtaget|vedtatt) (?:en |et |ei )?(?:budgetaftale|budgetforlig|budsjettavtale|budsjettforlik))(?![\\p{L}])`, "giu");
// "Bak tildelingen står Sparebankstiftelsen DNB": the same, the other way round.
const BEHIND_BEFORE = /(?<![\p{L}])(?:bak|bag)\s+(?:tildelingen|tildelinga|pengene|pengane|pengarna|tilskuddet|tilskotet|bevilgningen|bevillingen|løyvinga|støtten|støtta|midlene|midlane|midlerne)\s+(?:står|stod)\s+$/iu;
const GIVES_OR_RECEIVES = new RegExp(`${GIVE.source}|${RECEIVE.source}`, "iu");
// Between a subject and its verb: an auxiliary and a short adverb at most ("har i dag bevilget").
const RELATIVE_SUBJECT_GAP = /^\s*,?\s+(?:som|der)\s+(?:(?:hver|hvert|kvar|kvart|begge|båe|også|selv|sjølv)\s+)?(?:(?:har|have|vil|skal)\s+)?$/iu;
// Or a verb of deciding: "Styret i Helse Nord RHF har vedtatt å fordele …".
// "hver part" is each of the bodies just named, whatever their kind.
const EACH_SUBJECT = /^[\s,]*(?:(?:at|å)\s+)?(?:hver|hvert|kvar|kvart)\s+(?:af\s+|av\s+)?(?:de\s+|dei\s+)?(?:to\s+|tre\s+)?(kommune|kommuner|kommunerne|kommunene|kommunane|region|regionerne|regionene|part|parterne|partane|partene|partner|partnerne)\s+(?:(?:selv|sjølv|også|og)\s+)?$/iu;
// "Regeringen og satspuljepartierne har indgået aftale om at afsætte …": the parties of an
// agreement named with the body give with it.
const WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag";
const SUBJECT_GAP = new RegExp(String.raw`^(?:\s+\([\p{Lu}\d-]{2,12}\))?(?:\s+(?:og|samt)\s+(?:de\s+|dei\s+)?\p{Ll}[\p{L}-]*parti(?:er|ene|erne|a)(?:\s+(?:bag|bak)\s+(?:aftalen|avtalen|forliget))?)?\s+(?:(?:selv|sjølv|hver|hvert|kvar|kvart|alene|aleine|åleine|tilsammen|til sammen|til saman|tilsaman)\s+)?(?:(?:har|have|hadde|havde|har nå|har nu|vil|skal|kunne|kan|kunde|må|måtte)\s+)?(?:(?:(?:på|i)\s+(?:mødet|møtet|møde|møte|sitt møte|sit møde|dagens møde|dagens møte)(?:\s+(?:i\s+)?(?:${WEEKDAYS}|i dag|i går|i gær))?|(?:i\s+)?(?:${WEEKDAYS})(?:\s+(?:aften|aftes|kveld|kveldens|morgen|formiddag|eftermiddag|ettermiddag))?|i går|i gær)\s+)?(?:(?:i (?:19|20)\d{2}|i dag|i år|i fjor|i flere år|i fleire år|i mange år|i en årrekke|i ei årrekke|nå|nu|også|òg|igjen|igen|tidligere|tidlegare|selv|sjølv|hver|hvert|kvar|kvart|sammen|saman|tilsammen|til sammen|til saman|tilsaman|i fællesskab|i fellesskap|desuden|dessuten|i tillegg|i tillæg|derudover|i forvejen|allerede|på forhånd|så langt|hittil|til nå|indtil nu|indtil videre)\s+){0,2}(?:(?:vedtatt|vedteke|vedtaget|besluttet|bestemt|valgt|valt|lovet|lova|lovt|lovede|tilbudt|tilbydt|sagt ja til|gått inn for|godkendt|godkjent|aftalt|avtalt|avtala|blevet enige om|blitt enige om|enige om|indgået (?:en\s+)?aftale om|inngått (?:en\s+)?avtale om)\s+(?:å|at)\s+)?$`, "iu");
const IN_RETURN_GAP = /^\s+(?:får|fikk|fekk|fik|kan|skal|vil)\s+[^.,;]{1,40}?\s+(?:mot å|mod at|imod at)\s+$/iu;
const RELATIVE_RECEIVES_GAP = /^,\s+(?:som|der)\s+(?:(?:nu|nå|også|har)\s+)?(?:får|fik|fikk|fekk|modtager|modtog|mottar|mottok|fått|fået)\s+(?:(?:nu|nå|også|i alt|til sammen)\s+)?$/iu;
const ACTIVE_PAST_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}-]*\s+$/u;
const ACTIVE_PERFECT_BEFORE = /(?<![\p{L}])(har|hadde|have|havde)\s+(?:(?:nå|nu|også|i dag)\s+)?$/iu;
const EMPTY_SUBJECT_PASSIVE = /(?<![\p{L}])(?:der|det)\s+(?:er|blir|bliver|ble|blev|vart|blei)\s+(?:\p{L}+\s+)?$/iu;
const THING_RECEIVES = /^[\s•·▪◦*–-]*(?:prosjektet|projektet|tilbudet|tilbuddet|tilbodet|tiltaket|tiltaget|satsingen|satsinga|satsningen|teamet|forløbet|samarbeidet|samarbejdet|ordningen|ordninga)\s+(?:(?:har|vil|skal|også|òg|nå|nu)\s+){0,2}(?:får|fikk|fekk|fik|fått|fået|mottar|mottok|modtager|modtog)\s+(?:(?:også|òg|nå|nu|i tillegg|i tillæg|desuden|dessuten)\s+)?$/iu;
const INVERTED_EMPTY_SUBJECT = /(?<![\p{L}])(?:er|blir|bliver|ble|blev|vart|blei)\s+(?:det|der)\s+(?:\p{L}+\s+){1,2}$/iu;
const PASSIVE_BEFORE = /(?<![\p{L}])(får|fått|fikk|fekk|fik|fået|er|ble|blei|vart|blev|bliver|blir|har fått|har fået)\s+(?:\p{L}+\s+)?$/iu;
// A passive's auxiliary earlier in the clause, with no comma, no active auxiliary and no empty
// subject ("Det er i år tildelt …", "hvor der er afsat …") between it and the participle.
const DISTANT_PASSIVE_BEFORE = /(?<![\p{L}])(?<!(?:det|der)\s+)(?:er|ble|blei|vart|blev|bliver|blir)\s+(?!(?:det|der)\s)(?:(?!(?:har|have|hadde|havde|som|der|at)\s)[^\s,;:.]+\s+){1,7}$/iu;
const PARTICIPLE = /^(?:tildelt|bevilget|bevilga|bevilliget|løyvd|løyvt|gitt|givet|fordelt|uddelt|utdelt|overført|øremerket|øyremerkt|øremærket|afsat|satt av|sett av|tilført)$/iu;
const FROM_BEFORE = /(?<![\p{L}])(fra|frå|av|af|from)\s+$/iu;
const ON_BEHALF_BEFORE = /(?<![\p{L}])(?:på|paa)\s+(?:vegne|vegner)\s+(?:av|af)\s+$/iu;
/** "på vegner av Helsedirektoratet": the one a body acts for, who neither gives nor is the subject. */
const actedFor = (text: string, m: Mention) => ON_BEHALF_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
const POOL_OF_BEFORE = /(?<![\p{L}])(?:fra|frå|af|av)\s+(?:en\s+|ei\s+|ein\s+|den\s+)?(?:\p{Ll}+\s+)?pulj\p{L}*\s+(?:under|hos)\s+$/iu;
const FROM_POOL_BEFORE = /(?<![\p{L}])(?:fra|frå|af|av)\s+(?:den|det|en|et|ei|ein)\s+(?:\p{Ll}+\s+)?$/iu;
const FROM_ONLY_BEFORE = /(?<![\p{L}])(fra|frå|from)\s+$/iu;
const FOLLOWED_BY = /(?<![\p{L}])(?:efter)?fulgt\s+(?:af|av)\s+$|(?<![\p{L}])etterfulgt\s+av\s+$/iu;
// "på" only before a counted or determined collective: "fordeler 60 millioner kroner på 40 kommuner".
const TOWARDS = /(?<![\p{L}])(?:til|mellom|mellem|på(?=\s+(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|otte|ni|ti|alle|de|dei|disse|desse|landets|fylkets)\s))\s+/giu;
const NEGATED = /(?<![\p{L}])(ikke innvilget|ikkje innvilga|ikkje innvilget|ikke fått|ikkje fått|fikk ikke|fekk ikkje|fik ikke|fik ikke penge|ikke fik|ikke tildelt|avslag|afslag|avslått|afvist|avslo|avviste|afviste|avvist|takket nej til|takket nei til|takka nei til|sagt nej til|sagt nei til|afslog|afslået|ble ikke|blev ikke|ikke riktig at|ikkje rett at|ikke rigtigt at|ikke rigtig at|ikke korrekt at|stemmer ikke at|passer ikke at|er feil at|er forkert at|(?:ikke|ikkje)\s+(?:(?!bare|berre|kun|blot|blott|alene|åleine)\p{L}+\s+)?(?:give|gi|gje|bevilge|bevilga|betale|udbetale|utbetale|tildele))(?![\p{L}])/iu;
// "Oprindeligt havde regeringen foreslået 1 mia. kr.": a proposal the decision replaced.
// A correction's wrong figure: "I en tidligere versjon av saken sto det at Askøy fikk 1,5 millioner kroner."
const CORRECTED = /(?<![\p{L}])(?:i en tidligere versjon|i ei tidlegare utgåve|i en tidligere utgave|i en tidligere udgave|i en tidligere version)(?![\p{L}])[^.]*?(?<![\p{L}])(?:sto|stod|het|stå|skrev|skreiv|skrevet|fremgik|fremgikk)(?![\p{L}])/iu;
const SUPERSEDED = /(?<![\p{L}])(?:(?:oprindeligt|oprindelig|opprinnelig|opprinneleg|i utgangspunktet|i udgangspunktet)(?![\p{L}])[^.]*?(?:foreslået|foreslått|føreslått|lagt op til|lagt opp til)|(?:havde|hadde|hade)\s+(?:\p{L}+\s+)?(?:foreslået|foreslått|føreslått))(?![\p{L}])/iu;
const EXPECTATION = /(?<![\p{L}])(?:forventer|forventar|regner med|reknar med|håper|håpar|håber|venter|ventar|satser på)\s+(?:at|å|på)\s+(?:at\s+)?(?:få|fa|kunne få|modtage|motta)(?![\p{L}])/iu;
// And a condition: "Dersom Sarpsborg kommune bygger et nytt helsehus, kan kommunen få 5 millioner kroner".
const CONDITION = /^[\s•·▪◦*–-]*(?:dersom|hvis|viss|såfremt|såframt|forudsat at|forutsatt at)\s/iu;
const OFFER_REFUSED = /(?<![\p{L}])(?:(?:takkede|takket|takka|sagde|sa|sagt)\s+(?:nej|nei)\s+til|afslog|avslo|afviste|avviste)\s+(?:tilbuddet|tilbudet|tilboda|tilbodet)(?![\p{L}])/iu;
// An invoice is a claim, not a payment: "Trondheim kommune har fakturert St. Olavs hospital for 3,4 millioner kroner".
const INVOICED = /(?<![\p{L}])(?:fakturert|fakturerer|fakturerte|faktureret|fakturerede|fakturerar)(?![\p{L}])/iu;
// Demands are no grants either: "Regionerne havde krævet 3,5 mia. kr.".
const DEMAND_BEFORE = /(?<![\p{L}])(?:krævet|kræver|krævede|krever|krevde|krevd|kravd)\s+(?:[\p{L}.]+\s+){0,2}$/iu;
// And an estimate: "I fjor ble regningen på 2,1 millioner kroner, mot anslått 8 millioner".
const ESTIMATE_BEFORE = /(?<![\p{L}])(?:anslått|anslåtte|estimert|estimerte|estimeret|skønnet|anslår|anslog|anslås|estimerer|skønner)\s+(?:til\s+)?$/iu;
// So is a need: "KS mener kommunene trenger minst 1 milliard kroner mer".
const NEED_BEFORE = /(?<![\p{L}])(?:trenger|treng|trænger|behøver|har behov for)\s+(?:[\p{L}.]+\s+){0,3}$/iu;
// Damages and fines: "fikk 450 000 kroner i erstatning", "ilagt en bot på 200 000 kroner".
const PENALTY_WORDS = "erstatning|erstatningen|skadeserstatning|pasientskadeerstatning|bot|boten|bøter|bøtene|bøde|bøden|bøder|bøderne|dagbøter|tvangsmulkt|sakskostnader|saksomkostninger";
const PENALTY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${PENALTY_WORDS})\s+(?:på|pålydende)\s+$`, "iu");
const PENALTY_AFTER = new RegExp(String.raw`^\s+(?:i|som|til)\s+(?:\p{L}+\s+)?(?:${PENALTY_WORDS})(?![\p{L}])`, "iu");
// A rate named before its amount: "et tillæg pr. konsultation på 120 kr.".
const RATE_NOUN_BEFORE = /(?<![\p{L}])(?:pr\.?|per)\s+(?:\p{L}+\s+){1,2}(?:på|af|av)\s+$/iu;
// Money left over: "300 millioner kroner i ubrukte øremerkede tilskudd", "41 millioner kroner som ikke var brukt".
const UNSPENT_AFTER = /^\s+(?:i\s+(?:ubrukte|ubrukt|ubenyttede|ubrugte|ubrugt)|som\s+(?:ikke|ikkje)\s+(?:var|er|ble|blev|vart)\s+(?:brukt|brugt|benyttet|nytta)|(?:som\s+)?(?:står|stod)\s+ubrukt)(?![\p{L}])/iu;
// A party's wish is no one's grant: "Komiteens medlemmer fra Fremskrittspartiet foreslår å øke
// bevilgningen med 100 millioner kroner", "Dansk Folkeparti vil give 500 mio. kr.".
const PARTIES = String.raw`\p{Lu}[\p{L}-]*partiet|Høyre|Venstre|Rødt|SV|KrF|FrP|Frp|MDG|Ap|Sp|Socialdemokratiet|Socialdemokraterne|Enhedslisten|Dansk Folkeparti|Det Konservative Folkeparti|De Konservative|Konservative|Radikale Venstre|Det Radikale Venstre|Liberal Alliance|Alternativet|SF|Moderaterne|Danmarksdemokraterne`;
const PARTY_PROPOSES = new RegExp(String.raw`^(?:[^.!?]{0,60}?(?<![\p{L}])(?:medlem\p{L}*|representant\p{L}*|politiker\p{L}*)\s+(?:fra|frå)\s+)?(?:${PARTIES})(?![\p{L}])(?:\s+(?:og|samt)\s+(?:${PARTIES}))*\s+(?:\p{L}+\s+)?(?:foreslår|foreslo|foreslog|foreslåt|foreslått|foreslået|vil|ville|ønsker|ønskjer|ønsket|ønskede|ønskte|går inn for|gikk inn for|kræver|krever|krævet|krævede|krevde|kravde)(?![\p{L}])`, "u");
// "søker Helsedirektoratet om 1,5 mill. kr": the body asked may stand between the verb and "om".
const APPLICATION = /(?<![\p{L}])((?:søker|søkjer|søger|ansøger|søkte|søgte|ansøgte|søgt|søkt)\s+(?:[\p{L}-]+\s+){1,3}om|søkt om|søkte om|søkt|søkjer|søker om|søgt om|søger om|søgte om|ansøgt|søknadsbeløp\p{L}*|ansøgningsbeløb|søke om|søkje om|søge om|ansøge om|søknadene|søknadane|søknader|søknadar|ansøgningerne|ansøgninger|bedt om|ba om|bad om|bede om|be om|anmodet om|anmodede om|anmoder om)(?![\p{L}])/iu;
// Money paid back: "må betale tilbake 420 000 kroner", "skal betale 600.000 kroner tilbage".
const REPAYMENT = /(?<![\p{L}])(?:tilbakebetal\p{L}*|tilbagebetal\p{L}*|(?:betale|betaler|betalte|betalt|betales|sende|sender|sendte)\s+(?:[\p{L}\d.,]+\s+){0,4}(?:tilbake|tilbage))(?![\p{L}])/iu;
// Money taken away, lent or held back is no grant: "Regjeringen kutter 20 millioner kroner", "Oslo
// kommune mister 1,5 millioner", "får 2 millioner kroner mindre", "et lån på 30 millioner kroner",
// "De siste 0,5 millionene holdes tilbake til felles evaluering".
const CUT_OR_LOAN = new RegExp(String.raw`(?<![\p{L}])(holdes tilbake|holdast tilbake|holdt tilbake|holde tilbake|holder tilbake|holdes tilbage|holdt tilbage|holde tilbage|tilbageholdes|tilbageholdt|kutter|kuttar|kutta|kuttet|kuttes|kutt|kutte|skjærer ned|skjer ned|mister|miste|mistet|misser|taper|tapte|skærer|beskærer|beskæres|nedskærer|nedskæring\p{L}*|besparelse\p{L}*|innsparing\p{L}*|lån|lånet|låner|lånt|låne|lånebeløp\p{L}*|låneramme\p{L}*|trukket tilbake|trekker tilbake|trekke tilbake|trakk tilbake|krever tilbake|krev tilbake|kræver tilbage|trækker tilbage|trukket tilbage|(?:føre|fører)\s+(?:[\p{L}\d.,]+\s+){1,4}(?:tilbake|tilbage)|${REPAYMENT.source})(?![\p{L}])`, "iu");
// A ceiling or a range a call offers is no grant: "Kommunene kan få inntil 500 000 kroner",
// "Det kan søkes om mellom 200 000 og 500 000 kroner".
// A bound on grants, not a grant: "inntil 500 000 kroner", "tildelingene over 1 million kroner".
const CEILING_BEFORE = /(?<![\p{L}])(?:inntil|opptil|opp til|op til|(?:oppad\s+|opad\s+)?(?:begrenset|begrænset|avgrenset|avgrensa)\s+til|(?:maksimalt|maks\.?|høyst|højst)(?:\s+(?:være|vere|bli|blive|utgjøre|utgjere|udgøre|beløpe seg til|beløbe sig til))?|mellom\s+\S+(?:\s+\S+)?\s+og|mellem\s+\S+(?:\s+\S+)?\s+og)\s+$/iu;
// "tildelingene over 1 million kroner" ("over" read with the amount): grants above a bound.
const BOUND_HEDGE = /^(?:over|under|mer enn|meir enn|mere end|mindre enn|mindre end|godt over)$/u;
const BOUND_NOUN_BEFORE = /(?<![\p{L}])(?:tildelingene|tildelingane|tildelinger|tildelingar|tilskuddene|tilskotta|bevilgningene|bevillingerne|beløpene|beløbene|tilsagnene)\s+(?:på\s+)?$/iu;
// A rate is no grant: "4 000 kroner per døgn" (or "4000 kroner døgnet"), "120 kroner per innbygger", "1.200 kr. pr. indlæggelse"
// ("3 millioner kroner per år" is a yearly grant and stays).
const RATE_AFTER = /^\s*(?:(?:(?:om|i)\s+)?(?:måneden|månaden|ugen|uka|veka|timen|døgnet)(?![\p{L}])|(?:per|pr\.?|for hver|for hvert|for kvar)\s+(?:(?:opsøgende|oppsøkende|forebyggende|akut|akutt|ny|nyt|nytt|enkelt|enkelte)\s+)?(?:besøg|besøk|hjemmebesøg|ydelse|kontakt|undersøgelse|undersøkelse|behandling|operasjon|operation|fødsel|vaccination|vaksinasjon|døgn|døgnet|dag|time|timen|vagttime|vakttime|arbejdstime|arbeidstime|uke|måned|innbygger|innbyggjar|indbygger|lege|læge|indlæggelse|innleggelse|pasient|patient|bruker|brukar|borger|elev|barn|plass|plads|seng|konsultasjon|konsultation|kilometer|km|projekt|prosjekt|ansøgning|ansøger|søknad|søker|sykehjemsplass|sjukeheimsplass|plejehjemsplads|omsorgsbolig|bolig|bustad|årsverk|stilling)(?![\p{L}]))/iu;
// A bonus is paid to each person who earns it: "en etableringsbonus på 500.000 kr., hvis de køber en praksis".
const BONUS_BEFORE = /(?<![\p{L}])\p{L}*bonus(?:en)?\s+(?:på\s+)?$/iu;
// An open question of how to pay is no grant: "Vi må nu se på, hvordan vi finansierer de sidste 6 mio. kr.".
const HOW_TO_PAY_BEFORE = /(?<![\p{L}])(?:hvordan|korleis|hvorledes)\s+(?:\p{L}+\s+){0,3}(?:finansierer|finansiere|finansiera|betaler|betale|skaffer|skaffe|finder|finner|finne|finde|dekker|dekke|dækker|dække)\s+(?:\p{L}+\s+){0,3}$/iu;
const SEVERAL_BODIES_NAME = /^(?:Helsefellesskap\p{L}*|Sundhedsklynge\p{L}*)\s|\s(?:samkommune|regionråd|regionrådet)$/u;
// An organisation's own budget is no grant: "Tromsø kommune har et budsjett på 4 milliarder kroner",
// "Vi har budsjettert med 65 millioner kroner i år".
const BUDGET_BEFORE = /(?<![\p{L}])(?:(?:\p{L}*budsjett(?:et)?|\p{L}*budget(?:tet)?|omsetning\p{L}*|omsætning\p{L}*)(?:\s+(?:for|til|på|i)\s+[\p{L}-]+)?\s+(?:på|er|var|lyder på|udgør|utgjør)|(?:budsjettert|budsjetterer|budsjetterte|budsjettera|budgetteret|budgetterer|budgetterede)\s+med)\s+(?:\p{L}+\s+)?$/iu;
// "af de samlede udgifter på 10 mio. kr.": what it all costs, which shares are told of.
const TOTAL_COST_BEFORE = /(?<![\p{L}])(?:samlede|samla|samlet|totale|hele|heile)\s+(?:udgifter|udgift|omkostninger|utgifter|utgiftene|kostnader|kostnadene|kostnad)\s+(?:på|er på|er|var|udgør|utgjør|beløper seg til|beløber sig til)\s+(?:\p{L}+\s+)?$/iu;
const LESS_AFTER = /^\s*(?:\p{L}+\s+)?(?:mindre|færre)(?![\p{L}])/iu;
// A difference stated as such is no grant either: "Det er 300 000 kroner meir enn i fjor", "Det
// er 2 mio. kr. mere end sidste år" (but "UNN får 15 millioner kroner mer enn i fjor" gets them).
const CHANGE_OF_BEFORE = /(?<![\p{L}])(?:økning|økningen|auke|auken|stigning|stigningen|forøgelse|forøgelsen|nedgang|nedgangen|reduksjon|reduksjonen|reduktion|reduktionen|fald|faldet|fall|fallet)\s+på\s+(?:\p{L}+\s+)?$/iu;
// Either way round: "Til sammen innebærer forslaget en økning på …".
const PROPOSAL_BRINGS_BEFORE = /(?<![\p{L}])(?:(?:forslaget|budsjettforslaget|budgetforslaget|budsjettet|budgettet|satsingen|satsinga|aftalen|avtalen)\s+(?:innebærer|inneber|indebærer|gir|gjev|giver|betyr|betyder)|(?:innebærer|inneber|indebærer|gir|gjev|giver|betyr|betyder)\s+(?:forslaget|budsjettforslaget|budgetforslaget|budsjettet|budgettet|satsingen|satsinga|aftalen|avtalen))\s+(?:\p{L}+\s+)?(?:en|ei|ein)\s+(?:samlet\s+|samla\s+|samlede\s+)?(?:økning|auke|forøgelse|stigning)\s+på\s+(?:\p{L}+\s+)?$/iu;
const POOL_SIZE_RELATIVE = /(?<![\p{L}])(?:\p{L}*pulje|\p{L}*puljen|\p{L}*pott|\p{L}*potten|rammen|ordningen|ordninga)\s*,?\s+(?:som|der)\s+(?:\p{L}+\s+){0,3}?(?:er|var|blir|bliver|utgjør|udgør)\s+(?:på\s+)?$/iu;
// The money told of, in the definite form: "Pengene kommer fra …", "har fått tilskuddet fra …".
const THE_MONEY = "tilskuddet|tilskotet|tilskuddene|pengene|pengane|pengarna|pengerne|midlene|midlane|midlerne|støtten|støtta|bevillingen|bevilgningen|løyvinga|tildelingen|tildelinga";
const FOUND_BY_MOVING = new RegExp(String.raw`^[\s•·▪◦*–-]*(?:${THE_MONEY}|beløbet|beløpet|summen|finansieringen|finansieringa)\s+(?:findes|finnes|finnast|hentes|hentast|skaffes|skaffast|tages|tas|sker|skjer)\s+(?:ved at|ved å|gjennom|gennem|ved)\s`, "iu");
const MONEY_COMES_FROM = new RegExp(String.raw`^[\s•·▪◦*–-]*(?:${THE_MONEY})\s+(?:\p{L}+\s+){0,2}?(?:kommer|kjem|kom|kommer fra|stammer|hentes|tas|blir hentet)\s+(?:fra|frå|af|ud af|ut av)\s+`, "iu");
const POOL_SIZE_BEFORE = /(?<![\p{L}])(?:\p{L}*pulje|\p{L}*puljen|ramme|rammen|\p{L}*pott|potten)\s+på\s+(?:\p{L}+\s+)?$/iu;
// The verb may stand before what changed: "økes tilskuddet til kommunalt rusarbeid fra 300 millioner kroner til 350".
const CHANGED = String.raw`(?<![\p{L}])(?:redusert|reduseres|redusere|økt|økes|øket|auka|hevet|senket|nedjustert|oppjustert|justert|endret|reduceret|reduceres|øget|øges|hævet|sænket|nedsat|ændret)\s+(?:[\p{L}-]+\s+){0,5}fra\s+`;
const CHANGED_FROM_BEFORE = new RegExp(`${CHANGED}$`, "iu");
const DIFFERENCE_BEFORE = /^\s*(?:det|dette|som)\s+(?:er|var|blir|ble|vart|utgjør|udgør)\s+(?:(?:altså|dermed|da|nå|nu|hele|heile)\s+)?$/iu;
const MORE_THAN_AFTER = /^\s*(?:\p{L}+\s+)?(?:mer|meir|mere|flere|fleire)\s+(?:enn|end)(?![\p{L}])/iu;
// A grant told after "men" with no amount of its own: "søkte om 3,5 millioner, men fikk altså noe mindre".
const BUT_GRANTED = /(?<![\p{L}])(?:men|mens|medan)\s+(?:\p{L}+\s+){0,2}(?:fikk|fekk|fik|fått|fået)(?![\p{L}])/iu;
// Not "har endnu ikke fået svar": a grant not yet had is none.
const GRANTED = /(?<![\p{L}])(?<!(?:ikke|ikkje|ikkje fått|aldri|ennå ikke|endnu ikke)\s+)(innvilget|innvilga|bevilget|tildelt|fått|fikk|fekk|fik|fået)(?![\p{L}])/iu;
// What a thing costs, said of the amount right after: "Byggeriet koster 25 mio. kr.".
const PRICE_BEFORE = /(?<![\p{L}])(?:koster|koste|kostet|kostede|kostar|prislapp\p{L}*|byggesum\p{L}*|anlægssum\p{L}*|anleggssum\p{L}*)(?![\p{L}])[^.!?\n]*$/iu;
const COST = /(?<![\p{L}])(leier|leiger|lejer|leide|lejede|husleie\p{L}*|husleige\p{L}*|husleje\p{L}*|egenandel\p{L}*|eigenandel\p{L}*|egenbetaling\p{L}*|egenfinansiering\p{L}*|koster|koste|kostet|kostede|kostar|kosta|kostnad\p{L}*|kostpris|prislapp\p{L}*|pris|prisen|brukt|brukte|brugt|brugte|(?:bruker|bruger|brukar)(?=\s+(?:[\p{L}.]+\s+){0,4}\d)|forbrukt|forbrugt|anlægssum|byggesum\p{L}*|anleggssum\p{L}*|udbud|licitation|underskudd|overskudd|underskud\p{L}*|overskud\p{L}*|underskot\p{L}*|overskot\p{L}*|merforbru[gk]\p{L}*|meirforbruk\p{L}*|mindreforbru[gk]\p{L}*|reiseutgift\p{L}*|reisekostnad\p{L}*|rejseudgift\p{L}*|reise og opphold|rejse og ophold|(?:tjener|tjente|tjent)(?=\s+(?:[\p{L}.]+\s+){0,3}\d)|lønn|lønnen|løn|løna|lønna|lønningar|lønninger|lønnskostnad\p{L}*|merutgift\p{L}*|merudgift\p{L}*|ekstraudgift\p{L}*|ekstrautgift\p{L}*|meromkostning\p{L}*|merkostnad\p{L}*|årslønn\p{L}*|månedsløn\p{L}*|omsetning|mangler|manglar|finansieringsbehov\p{L}*|(?:døgn|time|dags|enhets|kilo|plass)pris\p{L}*|i leie|i leige|i husleje|i leje|leieinntekt\p{L}*|lejeindtægt\p{L}*|sparte|sparer|spart|sparet|sparede|sparar|spare|spara|spares|sparast|dyrere|dyrare|billigere|billigare|besparelse\p{L}*|innsparing\p{L}*|råder over|rår over|disponerer over|driftsutgift\p{L}*|driftsudgift\p{L}*|driftskostnad\p{L}*|(?:samlede|samlet|samla|samlete|årlige|årlege)\s+(?:udgifter|utgifter|utgiftar|kostnader|kostnadar|omkostninger)|investeringsbehov\p{L}*|vedlikeholdsbehov\p{L}*|(?:bruges|brukes|brukast|anvendes)(?=\s+(?:[\p{L}.]+\s+){0,4}\d)|finansieringshul\p{L}*|totalbudsjett\p{L}*|totalkostnad\p{L}*|totalomkostning\p{L}*|byggekostnad\p{L}*|anlægsudgift\p{L}*|totalbudget\p{L}*|totalramme\p{L}*|(?:udgift|utgift|udgiften|utgiften)(?=\s+på\s+(?:[\p{L}.]+\s+){0,2}\d)|\p{L}*(?:udgifter|utgifter|utgiftar|kostnader)(?=\s+(?:udgjorde|utgjorde|udgør|utgjør|utgjer|beløb sig til|beløber sig til|var på|var))|total ramme|samla ramme|samlet ramme|samlede budget|samlet budget|samla budsjett|samlet budsjett)(?![\p{L}])/iu;
// A building project is a cost only with no verb that gives or receives in its clause: "Ombygningen
// er budgetteret til 16,6 mio. kr." is a cost, "har afsat 22 millioner kroner til byggeriet" a grant.
const BUILDING = /(?<![\p{L}])(?:ombygning\p{L}*|ombygging\p{L}*|byggeri\p{L}*|byggeprosjekt\p{L}*|byggjeprosjekt\p{L}*)(?![\p{L}])/iu;
const FUNDING_CUE = /(?<![\p{L}])(bidrag\p{L}*|driftsaftale\p{L}*|driftsavtale\p{L}*|finansier\p{L}*|tildel\p{L}*|bevilg\p{L}*|tilskud\p{L}*|tilskot\p{L}*|tilskudd\p{L}*|støtte\p{L}*|pulje\p{L}*|får|fik|fekk|fikk|modtag\p{L}*|mottar|innvilg\p{L}*|løyv\p{L}*|uddel\p{L}*|fordel\p{L}*|tilsagn\p{L}*)(?![\p{L}])/iu;
// Nor is a deficit the money is given to cover: "tilfører Nordlandssykehuset HF 40 millioner kroner for å dekke underskuddet".
const COVERS_DEFICIT = /(?<![\p{L}])(?:dekke|dække|dekning av|dækning af)\s+(?:\p{L}+\s+)?(?:underskudd\p{L}*|underskud\p{L}*)/giu;
// "Af beløbet går 7,8 mio. kr. til kommunens del af byggeriet": money that goes somewhere is no building's cost.
const GOES_TO = /(?<![\p{L}])(?:går|gikk|gaar)\s+(?:[\p{L}\d.,-]+\s+){1,4}til\s/iu;
const speaksOfCost = (t: string) => {
  const u = t.replace(COVERS_DEFICIT, " ");
  return (COST.test(u) || (BUILDING.test(u) && !GIVES_OR_RECEIVES.test(u) && !GOES_TO.test(u))) && !FUNDING_CUE.test(u) && !PAYS_SHARE_OF_COST.test(u);
};
// A share of the cost that a body pays is money it gives: "Kommunen dekker selv 1 million kroner av kostnadene".
const PAYS_SHARE_OF_COST = /(?<![\p{L}])(?:dekker|dekkar|dekkjer|dekket|dekke|dekkje|dækker|dækkede|dække|betaler|betalar|betalte|betale|betala)\s+(?:(?:selv|sjølv|også|òg)\s+)?[^.;]{0,30}?\d[^.;]{0,40}?\s(?:av|af)\s+(?:kostnadene|kostnaden|kostnadane|utgiftene|utgiftane|udgifterne|udgiften|regningen|rekninga)(?![\p{L}])/iu;
// A body's own money, which it puts into its own project: "bidrager selv med", "av eigne midlar".
const OWN_FUNDS_AFTER = /^\s+(?:av|af|fra|frå)\s+(?:sitt\s+|sit\s+|sine\s+|sin\s+)?(?:eget|eige|egne|eigne)\s+(?:budsjett|budsjettet|budget|midler|midlar|kasse|drift)(?![\p{L}])/iu;
const OWN_MONEY = /(?<![\p{L}])(?:selv|sjølv|egne|eigne|egen|eigen|eget|eige)(?![\p{L}])/iu;
// An example, not a grant: "En kommune med 10 000 innbyggere vil få om lag 280 000 kroner".
const EXAMPLE_SUBJECT = /^\s*(?:(?:for eksempel|til dømes|eksempelvis|som eksempel|f\.eks\.)\s*,?\s+)?(?:for|i|hos)?\s*(?:en|ei|et|ein|eit)\s+(?:\p{L}+\s+)?(?:kommune|region|fylkeskommune|bydel|sykehus|sjukehus|sygehus|hospital)\s+(?:med|på)\s+/iu;
const VERB_AFTER_AND = /^[\s,–-]*(?:og|samt)\s+(?:(?:har|have|vil|skal)\s+)?(?:(?:desuden|dessuten|også|òg|selv|sjølv)\s+)?$/iu;
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:fra|frå|af|av|til|hos|ved|med|i)\s+$/iu;
const COORDINATED_VERB_BEFORE = /^[^.;:]{3,80}?\s(?:og|samt)\s+(?:(?:har|have|hadde|havde|vil|skal)\s+)?(?:(?:desuden|dessuten|også|òg|i tillegg|i tillæg|nu|nå|samtidig)\s+)?$/iu;
const EACH_NOUN_SUBJECT = /(?<![\p{L}])(?:hver|hvert|kvar|kvart)\s+(?:enkelt\s+)?\p{L}+\s+$/iu;
// A body's share: "Region Syddanmarks andel".
const SHARE_WORDS = "andel|andelen|andelar|andele";
const SHARE_CUE = new RegExp(`^(?:${SHARE_WORDS})$`, "iu");
const REST_CUE = /^(?:resten av|resten af|restan av)/iu;
const PART_CUE = new RegExp(String.raw`(?<![\p{L}])(resten av|resten af|restan av|av økningen|av økninga|av auken|af stigningen|af forøgelsen|av denne summen|av desse pengane|av disse pengene|av pengane|av pengene|av midlene|av midlane|av dette|av disse|av desse|av de|heraf|herav|hvoraf|af disse|af dem|af de|af pengene|af midlerne|af beløbet|af summen|inkludert|inklusive|herunder|av dei|${SHARE_WORDS})(?![\p{L}])`, "iu");
// Every part cue of a sentence, to pass over those that only say whose a thing is.
const PART_CUES = new RegExp(PART_CUE.source, "giu");
const ADDITIVE_PASSIVE_OPENING = /^(?:I tillegg|I tillæg|Derudover|Herudover|Dessuten|Desuden|Attåt)\s*,?\s+(?:(?:settes|vert|blir|bliver|er|afsættes|bevilges|løyvast|løyves|gis|gives)\s+(?:det|der)\s+(?:også\s+)?(?:av|sett av|satt av|afsat|bevilget|bevilga|løyvd|løyvt|gitt|givet|afsat)?|(?:afsættes|bevilges|løyvast|løyves)\s)/u;
const STATE_POOL_SIZE_BEFORE = /(?<![\p{L}])(?:statslige|statsligt|statlige|statlege|nationale|regeringens|regjeringens|regjeringas)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:pulje|pott)\p{L}*\s+på\s+(?:i alt\s+|samlet\s+|samla\s+|totalt\s+|til sammen\s+)?$/iu;
const CENTRAL_KINDS = new Set(["MINISTRY", "DIRECTORATE", "BODY", "POOL"]);
const PRICE_FOR_BEFORE = /(?<![\p{L}])(?:bygge|bygges|byggje|byggjast|opføre|opføres|oppføre|oppføres|købe|købes|kjøpe|kjøpes|kjøpt|købt)\s[^.;]{0,80}?\sfor\s+(?:(?:ca\.|cirka|omkring|rundt|knap|knapt)\s+)?$/iu;
const BARE_PART_CUE = /^(?:av|af)\s+(?:de|dei|dem|disse|desse|dette)$/iu;
const COUNTED_BEFORE = /(?<![\p{L}])(?:hver|hvert|kvar|kvart|en|ein|ei|et|eit|én|to|tre|fire|fem|seks|alle|begge|båe|flere|fleire|nogle|noen|nokre|\d+)\s+$/iu;
const NEW_LEVEL_BEFORE = /^[^.;]{0,40}?,\s+til\s+(?:(?:totalt|i alt|samlet|samla|til sammen|tilsammen)\s+)?$/iu;
const THING_OPENING = /^(?:Prosjektet|Projektet|Stillingene|Stillingane|Stillingen|Stillingerne|Teamet|Tilbudet|Tilbodet|Tilbuddet|Tiltaket|Satsingen|Satsinga|Indsatsen|Ordningen|Ordninga|Enheten|Enheden|Klinikken|Akutteamet|Rusteamet)\s+(?:er|blir|ble|vart|bliver|blev|får|fikk|fekk|fik|har fått|har fået|har fenge)(?![\p{L}])/u;
// The owner's verb of having started, hired or set up what the next sentence funds.
const MONEY_FROM_OPENING = /^(?:Pengene|Pengane|Midlerne|Midlene|Midlane)\s*(?:[–,(][^;\n]{0,60}?[–,)]\s*)?(?:kommer|kom)\s+(?:fra|frå)(?![\p{L}])/u;
const OWNER_ACTS_AFTER = /^\s+(?:har\s+|have\s+|hadde\s+|havde\s+)?(?:nå\s+|nu\s+|no\s+|også\s+)?(?:ansatt|ansett|tilsett|ansat|startet|starta|starter|etablert|etablerer|etableret|oppretta|opprettet|oppretter|opretter|oprettet|startede|sat i gang|satt i gang|sett i gang|fått på plass|lansert|lanceret|åbner|åbnet|åbnede|åpner|åpnet|åpna|opnar|opna)(?![\p{L}])/iu;
const COMPARED_OPENING = /^\s*(?:sammenlignet|sammenliknet|samanlikna|sammenholdt)\s+med\s/iu;
const CUT_BY_BEFORE = /(?<![\p{L}])(?:reduseres|redusert|reduserer|reduserte|reduceres|reduceret|reducerer|nedjusteres|nedjustert|nedjusterer|sænkes|sænket|senkes|senket|kuttes|kuttet)\s+(?:\p{L}+\s+)?med\s+$/iu;
// "Tilskuddet til Bodø kommune økes med 500 000 kroner til 2,5 millioner kroner": the increase is part of the new total.
const MOVED_BY_BEFORE = /(?<![\p{L}])(?:steget|stiget|steg|steig|stiger|stig|vokset|voksede|vokser|vokst|faldet|falder|faldt|falt|fallet|sunket|sank|gått ned|gået ned|gått opp|gået op)\s+(?:\p{L}+\s+)?med\s+$/iu;
const RAISED_BY_BEFORE = /(?<![\p{L}])(?:økes|øker|økte|økt|øket|aukar|aukast|auka|styrkes|styrket|heves|hevet|øges|øget|øger|hæves|hævet)\s+(?:\p{L}+\s+)?med\s+$/iu;
const TOTAL_BEFORE_AMOUNT = /(?<![\p{L}])(?:til sammen|tilsammen|totalt|i alt|samlet|til saman|i sum)\s+(?:om lag\s+|ca\.?\s+|omkring\s+)?$/iu;
const TOTAL_ROW = /^[\s•·▪◦*–-]*(?:sum|summen|total|totalt|i alt|samlet|til sammen|tilsammen|til saman)(?![\p{L}])/iu;
const TOTAL_CUE = /(?<![\p{L}])(til sammen|tilsammen|totalt|i alt|samlet|til saman|i sum)(?![\p{L}])/iu;
const AMOUNT_RELATIVE_GAP = /^\s*,?\s+(?:som|der)\s+$/iu;
const GIVER_VERB_AFTER = /^\s+(?:(?:har|havde|hadde|vil|skal|nu|nå|no)\s+){0,2}(?:afsat|afsætter|bevilget|bevilliget|bevilger|givet|giver|gitt|gir|gav|tildelt|tildeler|fordelt|fordeler|satt av|sat av|set av|avsatt|løyvd|løyvt|øremerket|øremærket)(?![\p{L}])/iu;
const WE_BEFORE_VERB = /(?:^|[\s–-])(?:vi|me)\s+(?:(?:har|vil|skal|kan)\s+)?(?:(?:nå|nu|no|også|derfor)\s+)?$/iu;
// Also with a clause between: "Vi søkte om 2 millioner, men fikk bare 800 000 kroner".
const WE_RECEIVE = /(?<![\p{L}])(?:vi|me)\s+(?:[^.!?«»]{0,60}?,\s+(?:men|og)\s+)?(?:har\s+|har no\s+|har nå\s+|har nu\s+)?(?:fått|får|fekk|fikk|fik|fået|mottatt|modtaget|modtager)(?![\p{L}])/iu;
const SAME_OCCASION = /(?<![\p{L}])(?:samtidig|samstundes|på samme tid|i samme (?:aftale|avtale|budsjett|budsjettet|budget|budgettet|finanslov|finansloven))(?![\p{L}])/iu;
const FURTHER_BEFORE = /(?<![\p{L}])(?:ytterligere|ytterlegare|yderligere)\s+(?:(?:ca\.?|cirka|om lag|omkring|rundt)\s+)?$/iu;
const IN_ADDITION = /(?<![\p{L}])(?:i tillegg|i tillæg|derudover|desuden|dessuten|attåt|òg i tillegg)(?![\p{L}])/iu;
const TO_STAFF = /^\s*(?:\S+\s+){0,4}?til\s+(?:de\s+|dei\s+)?(?:ansatte|tilsette|medarbejderne|medarbejdere|personalet)(?![\p{L}])/iu;
// Or an apposition: "Fredrikstad kommune, den største, skal betale 640 000 kroner".
const RELATIVE_CLAUSE = /^,\s+(?:som|der|den|det|de|dei)\s[^,]*,/iu;
// "…, som kjøper legevakttjenester av Tromsø, skal betale 1,3 millioner kroner": who sells to the payer is paid.
const BUYS_FROM = /^,\s+(?:som|der)\s+(?:\p{L}+\s+)?(?:kjøper|kjøpte|kjøpt|kjøber|køber|købte|købt)\s[^,]*?(?:av|af|fra|frå)\s+$/iu;
const AMONG_BEFORE = /(?<![\p{L}])(?:er|var|blir|bliver)\s+(?:blant|blandt|en av|én av|ei av|ein av|en af|én af|et af)\s+$/iu;
const SHARE_OF = /(?<![\p{L}])(?:del i|del av|del af|andel av|andel af|sin del|sin andel)(?![\p{L}])/iu;
const WITH_IT_SUBJECT_GAP = /^[^,.;]*?\s(?:kan|kunne|skal|vil|får|fik|fikk)\s+(?:nu\s+|nå\s+|også\s+)?$/iu;
const MONEY_FOR_BEFORE = /^(?:pengene|pengane|midlene|midlane|midlerne|tilskuddet|tilskotet|tilskuddene|beløpet|beløbet|bevillingen|bevilgningen|løyvinga|støtten|støtta)\s+til\s+$/iu;
const DEFINITE_BEFORE_COUNT = /^(?:de|dei|disse|desse|begge|båe)\s/iu;
const WE_RECEIVED_IT = new RegExp(String.raw`^\s*(?:som\s+|der\s+|at\s+)?${WE_RECEIVE.source}`, "iu");
const SAYS = /(?<![\p{L}])(?:sier|seier|siger|sa|sagde|fortæller|forteller|fortel|uttaler|udtaler)(?![\p{L}])/iu;
const RESPECTIVELY = /(?<![\p{L}])(henholdsvis|høvesvis|hhv\.|respektive|respektivt)(?![\p{L}])/iu;
const NOT_YET_GIVEN = /(?<![\p{L}])(?:(?:fordeles|fordelast|uddeles|deles ut|tildeles)\s+(?:senere|seinare|seinere|på et senere tidspunkt|på eit seinare tidspunkt|til efteråret|til høsten|til hausten)|(?:ikke|ikkje|endnu ikke|ennå ikke|enno ikkje)\s+(?:er\s+|blevet\s+|blitt\s+)?(?:fordelt|uddelt|delt ut|tildelt))(?![\p{L}])/iu;
const LOCATIVE_OPENING = /^\s*(?:her|hit|dit|hid|hertil)\s+(?:lander|landar|havner|hamner|hamnar|går|kommer|kjem|ender|endar)\s/iu;
// "de" before "i alt" is a determiner ("en del af de i alt 200 mio. kr."), not "they".
const ANAPHOR = /(?<![\p{L}])(kommune og region|region og kommune|kommunen|regionen|(?:dei|de)(?!\s+(?:i alt|samlede|samla|totalt)(?![\p{L}]))|begge|sammen|saman|hun|han|ho)(?![\p{L}])/iu;

const STATUS_RULES: [ExtractedStatus, RegExp][] = [
  ["PROPOSED", /(?<![\p{L}])(foreslå\p{L}*|foreslår|foreslått|foreslog|foreslo|føreslo|føreslår|forslag\p{L}*|forelås|indstill\p{L}*|vil gi|vil gje|legger opp til|lægger op til)(?![\p{L}])/iu],
  ["DISBURSED", /(?<![\p{L}])(utbetalt|utbetales|udbetalt|udbetales|overført|overføres)(?![\p{L}])/iu],
  ["ANNOUNCED", /(?<![\p{L}])(varsler|varslar|varslet|annonserer|annonserte|kunngjør|kunngjorde|lyser ut|lyses ut|utlyser|slår op|slås op|opslår|vil få|skal få|vil motta|skal motta|vil modtage|skal modtage|opslås|lanserer|bevilger|bevilliger|deler ut|deles ut|setter(?:\s+(?:selv|sjølv|også|òg))?\s+av|satt av|afsætter)(?![\p{L}])/iu],
];

const within = (s: { start: number; end: number }, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;

// Years the text gives for a fact, in figures or relative to its date.
const STATED_YEAR = ["year:stated", "year:next-year", "year:last-year", "year:column"];

/** A municipality, or municipalities named together ("Balsfjord, Karlsøy og Lyngen"). */
const isMunicipalities = (m: Mention | null) =>
  m?.actor?.kind === "MUNICIPALITY" || (m?.type === "joint" && m.members.length > 0 && m.members.every((x) => x.actor?.kind === "MUNICIPALITY"));

/** The rules with those of one part of a fact ("recipient") replaced by the rule that now decides it. */
const swapRule = (rules: string[], part: string, rule: string) => [...rules.filter((r) => !r.startsWith(`${part}:`)), rule];

/** The same in place, where the part's rule stood (a draft still being read keeps its rules' order). */
function setRule(rules: string[], part: string, rule: string): void {
  const i = rules.findIndex((r) => r.startsWith(`${part}:`));
  if (i < 0) rules.push(rule);
  else rules[i] = rule;
}

/** The funding facts of one document, with totals tied to their parts. */
export function fundingFacts(view: DocumentView): { funding: ExtractedFunding[]; discrepancies: Discrepancy[] } {
  const drafts: Draft[] = [];
  // What things cost, which are no grants but may be shared out below them.
  const costs: MoneyMention[] = [];
  // Amounts the body tells as applied for, hoped for, conditional or superseded: no grants, nor a headline that restates them.
  const withheld: MoneyMention[] = [];
  // Sentences that grant with no amount of their own.
  const grants: NonNullable<Frame["grant"]>[] = [];
  const docPayers = documentPayers(view);
  let frame: Frame = { payer: null, recipient: null, grant: null };
  for (const sentence of view.sentences) {
    if (sentence.line.elsewhere) continue;
    const sMentions = inSpan(view.mentions, sentence);
    const sMoney = inSpan(view.money, sentence);
    if (sMoney.length === 0) {
      // A sentence with a verb and parties but no amount frames the list that follows it.
      const roles = framingRoles(view, sentence, sMentions);
      if (roles) frame = { ...roles, grant: frame.grant };
      // "Fylkesmannen har fått 4,2 millionar kroner frå Helsedirektoratet … Midlane er fordelte
      // slik:": the one who got the money shares it out.
      const got = drafts[drafts.length - 1]?.recipient;
      if (!roles && sMentions.length === 0 && THE_MONEY_SHARED.test(sentence.text) && got?.type === "known" && got.actor && DISTRIBUTORS.has(got.actor.kind)) frame = { payer: got, recipient: null, heading: sentence.line, grant: frame.grant };
      // The sentence's first verb, read once for both of the frames below.
      // "Regionsrådet … har torsdag godkendt pengene til en ny akutklinik på Kolding Sygehus": to
      // approve the money is to grant it.
      const approves = APPROVES_THE_MONEY.exec(sentence.text);
      const verb = sMentions.length > 0 && FUNDING_CUE.test(sentence.text) ? sentenceVerbs(view.text, sentence)[0]
        : sMentions.length > 0 && approves ? { kind: "give" as const, start: sentence.start + approves.index, end: sentence.start + approves.index + approves[1]!.length } : undefined;
      const receiver = verb ? receivingSubject(view, sentence, sMentions, verb) : null;
      if (receiver) frame = { ...frame, receiver: { mention: receiver, line: sentence.line } };
      const grant = verb ? grantWithoutAmount(view, sentence, sMentions, verb) : null;
      if (grant) {
        frame = { ...frame, grant };
        grants.push(grant);
      }
      continue;
    }
    // "Nyborg Kommune fik afslag på sin ansøgning om 1,5 mio. kr., men fik i stedet 500.000 kr.",
    // "Bergen fikk ikke støtte, mens Os fikk 500 000 kroner": a refusal voids only its own clause;
    // an amount in another clause stands where that clause says it was granted.
    const negated = NEGATED.test(sentence.text);
    // What was applied for is no grant, nor is a headline that restates it ("– Vi søkte om fire millioner, fikk to").
    if (APPLICATION.test(sentence.text.replace(OPEN_CALL, " ")) && !GRANTED.test(sentence.text)) {
      withheld.push(...sMoney);
      continue;
    }
    // The one billed pays what it pays next to the one who billed: "Sykehuset har betalt 1,9 millioner kroner".
    if (INVOICED.test(sentence.text)) {
      withheld.push(...sMoney);
      const verbAt = sentence.start + INVOICED.exec(sentence.text)!.index;
      const biller = lastBefore(sMentions.filter((m) => m.type !== "collective"), verbAt);
      const billed = sMentions.find((m) => m.start >= verbAt && m.type !== "collective");
      if (biller && billed) {
        const grant = { payer: billed, recipient: biller, sentence };
        frame = { ...frame, grant };
        grants.push(grant);
      }
      continue;
    }
    // "Holstebro Kommune forventer at få omkring 2 mio. kr. af pengene": a hope, not a grant.
    // "Langeland Kommune havde tilbudt at betale 500.000 kr. om året, men regionen takkede nej til tilbuddet": an offer refused.
    if (EXPECTATION.test(sentence.text) || CONDITION.test(sentence.text) || SUPERSEDED.test(sentence.text) || CORRECTED.test(sentence.text) || OFFER_REFUSED.test(sentence.text)) {
      withheld.push(...sMoney);
      continue;
    }
    const costly = speaksOfCost(sentence.text);
    // "Bergen kommune søkte om 2 millioner kroner, men fikk 1 million": where another amount
    // of the sentence is the one granted, the amount applied for in its own clause is no grant.
    // ("Søknadsbeløpet var på 1 million kroner, og hele dette beløpet er innvilget" grants it.)
    const clauses = sMoney.map((money) => {
      const c = clauseOf(view.text, sentence, sMentions, money);
      return view.text.slice(c.start, c.end);
    });
    const anyGranted = clauses.some((c) => GRANTED.test(c));
    const firstOwn = drafts.length;
    let keptBefore = false;
    for (const [i, money] of sMoney.entries()) {
      // "Kommunen søkte om 3,5 millioner, men fikk altså noe mindre": the grant may be a clause with
      // no amount. (Not "…, og hele dette beløpet er innvilget", which grants what was applied for.)
      if ((anyGranted || BUT_GRANTED.test(sentence.text)) && APPLICATION.test(clauses[i]!) && !GRANTED.test(clauses[i]!)) {
        withheld.push(money);
        continue;
      }
      // A clause with no verb of its own ("og Fjell 300 000 kroner") stands or falls with the one before it.
      const ownVerb = GIVES_OR_RECEIVES.test(clauses[i]!) || GRANTED.test(clauses[i]!);
      // What something costs is no grant: "Ombygningen koster 16,6 mio. kr.". In "Middelfart
      // Kommune lægger selv 15 mio. kr. i projektet, og byggeriet ventes at koste i alt 61 mio.
      // kr." the cost is the second clause's; the first clause, giving with no cost word, stands.
      // "besluttet at bygge et sundhedshus i Karup for 14 mio. kr.": the price of what is built or bought.
      if (speaksOfCost(clauses[i]!) || (costly && !ownVerb) || PRICE_FOR_BEFORE.test(view.text.slice(Math.max(sentence.start, money.start - 100), money.start))) {
        costs.push(money);
        continue;
      }
      keptBefore = negated ? !NEGATED.test(clauses[i]!) && (GRANTED.test(clauses[i]!) || (!ownVerb && keptBefore)) : true;
      if (!keptBefore) continue;
      if (CUT_OR_LOAN.test(clauses[i]!) || LESS_AFTER.test(view.text.slice(money.end, sentence.end))) continue;
      // "Pengene findes ved at flytte 9 mio. kr. fra Amager Hospital og 12 mio. kr. fra …": where
      // the grant just told is found, not grants of their own.
      if (FOUND_BY_MOVING.test(sentence.text)) continue;
      // "Tilskuddet til Lyngen kommune er redusert fra 1 million til 600 000 kroner": the amount it
      // changed from is no grant; the one it changed to is.
      if (CHANGED_FROM_BEFORE.test(view.text.slice(Math.max(sentence.start, money.start - 80), money.start)) && /^\s+(?:(?:i|for)\s+\d{4}\s+)?til\s/iu.test(view.text.slice(money.end, money.end + 16))) continue;
      if (DIFFERENCE_BEFORE.test(view.text.slice(sentence.start, money.start)) && MORE_THAN_AFTER.test(view.text.slice(money.end, sentence.end))) continue;
      // "Kommunene får fra 200 000 til 1,2 millioner kroner hver": the bounds of a range are no grants.
      if (inRange(view.text.slice(Math.max(sentence.start, money.start - 80), money.start), view.text.slice(money.end, Math.min(sentence.end, money.end + 12)))) continue;
      const just = view.text.slice(Math.max(sentence.start, money.start - 40), money.start);
      // "Bevilgningen til kommunene reduseres med 20 millioner kroner": a cut, no grant; nor is
      // a level that moved by itself ("Beløbet er steget med 300.000 kr. på et år").
      if (CUT_BY_BEFORE.test(just) || MOVED_BY_BEFORE.test(just)) continue;
      // "Sammenlignet med regjeringens forslag er post 68 økt med 15 mill. kroner": a difference between two budgets.
      if (COMPARED_OPENING.test(sentence.text) && RAISED_BY_BEFORE.test(just)) continue;
      // "Tilskuddsbeløp: kr 0": nothing given.
      if (money.value === 0n) continue;
      // "12,4 milliarder kroner (+340 millioner)": the change beside an amount is no grant of its own.
      if (/\(\s*[+±−–-]\s*$/u.test(just)) continue;
      if (CEILING_BEFORE.test(just) || (BOUND_HEDGE.test(money.hedge ?? "") && BOUND_NOUN_BEFORE.test(just)) || BUDGET_BEFORE.test(just) || TOTAL_COST_BEFORE.test(just) || RATE_AFTER.test(view.text.slice(money.end, sentence.end)) || BONUS_BEFORE.test(just) || HOW_TO_PAY_BEFORE.test(view.text.slice(Math.max(sentence.start, money.start - 70), money.start))) continue;
      if (EXAMPLE_SUBJECT.test(view.text.slice(sentence.start, money.start)) || NEED_BEFORE.test(just) || DEMAND_BEFORE.test(just) || ESTIMATE_BEFORE.test(just)) continue;
      if (PARTY_PROPOSES.test(view.text.slice(sentence.start, money.start))) continue;
      // Damages, fines, rates named before the amount and money left over are no grants.
      const soon = view.text.slice(money.end, Math.min(sentence.end, money.end + 40));
      if (PENALTY_BEFORE.test(just) || PENALTY_AFTER.test(soon) || RATE_NOUN_BEFORE.test(just) || UNSPENT_AFTER.test(soon)) continue;
      // "…, en økning på 5 millioner fra i fjor": a change told beside an amount, in a clause with no verb of its own.
      // Not what a proposal brings: "Til sammen innebærer forslaget en økning på 1,4 mrd. kroner".
      if (CHANGE_OF_BEFORE.test(just) && !ownVerb && !PROPOSAL_BRINGS_BEFORE.test(view.text.slice(Math.max(sentence.start, money.start - 60), money.start))) continue;
      // "Fra Sundheds- og Ældreministeriets pulje på 100 mio. kr. har Viborg Kommune fået 2 mio. kr.": the pool's size describes where the grant beside it came from.
      // So does "Pengene kommer fra en pott på 30 millioner kroner", a sentence of its own about where the money came from.
      if (POOL_SIZE_BEFORE.test(just) && (sMoney.length > 1 || MONEY_COMES_FROM.test(view.text.slice(sentence.start, money.start)))) continue;
      // "Pengene kommer fra sykehusets egen samhandlingspott, som i år er på 8 millioner kroner": the pot's size.
      if (POOL_SIZE_RELATIVE.test(view.text.slice(Math.max(sentence.start, money.start - 80), money.start))) continue;
      drafts.push(...expandEach(view, draftFor(view, sentence, sMentions, money, drafts, frame)));
    }
    respectively(sentence, sMentions, drafts.slice(firstOwn));
    gapped(view, sMentions, drafts.slice(firstOwn));
    gappedReceiver(view, sMentions, drafts.slice(firstOwn));
  }
  sharesOfCost(view, drafts, costs);
  partsOfCosts(view, drafts, costs);
  dropHeadlinesOfNonGrants(view, drafts, costs, withheld);
  headlineOfGrant(view, drafts, grants);
  moneyGoesToNext(view, drafts);
  moneyComesFromNext(view, drafts);
  const groups = drafts.filter((e) => e.payer && e.recipient && e.recipient.members.length > 0);
  for (const d of drafts) {
    // "Puljen er på 40 mio. kr." on Sundhedsstyrelsen's own page: a pool the graph does not know,
    // named as the subject, is filled by the body that publishes it.
    if (d.payer && isPool(d.payer) && !d.payer.actor && d.rules.includes("payer:named-before") && view.publisher && publisherPays(view.publisher, d.recipient)) {
      d.payer = null;
      d.payerRef = view.publisher;
      d.rules = swapRule(d.rules, "payer", "payer:publisher-of-the-pool");
    }
    if (!d.payer && !d.payerRef) {
      // "Kommunene Alta, Hammerfest og Vadsø får 3 millioner kroner fra Helse Nord RHF … – Vi har
      // fått 1,2 millioner kroner, sier ordfører … i Alta kommune": a share of a group's money
      // comes from whoever paid the group.
      const group = d.recipient?.actor ? groups.find((e) => e !== d && e.money.start < d.money.start && e.recipient!.members.some((x) => x.actor === d.recipient!.actor)) : undefined;
      if (group) {
        d.payer = group.payer;
        d.rules.push("payer:of-its-group");
        continue;
      }
      // "Helsedirektoratet har nå fordelt 378 millioner kroner … til 299 kommuner. … Oslo kommune får
      // størst tilskudd": a municipality's money comes from whoever last gave to municipalities in number.
      const ofKind = isMunicipalities(d.recipient)
        ? drafts.filter((e) => e !== d && e.money.start < d.money.start && e.payer && e.payerInSentence && e.recipient?.type === "collective" && /kommun/i.test(e.recipient.surface) && !/fylkeskommun/i.test(e.recipient.surface)).pop()
        : undefined;
      if (ofKind && !sameParty(ofKind.payer!, d.recipient)) {
        d.payer = ofKind.payer;
        d.rules.push("payer:of-municipalities-before");
        // "… skal overføre 9 millioner kroner til kommunene i Troms neste år. Tromsø kommune får
        // den største delen": a share dated only by the document has the year of the money it shares.
        if (d.rules.includes("year:document-date") && STATED_YEAR.some((r) => ofKind.rules.includes(r))) {
          d.year = ofKind.year;
          d.rules = swapRule(d.rules, "year", "year:of-municipalities-before");
        }
        continue;
      }
      // A body that usually receives pays only what the text says after it gave.
      // "… 45 mio. kr., som er doneret af private fonde": an agent the text gives but does not name
      // is no one the document names.
      if (UNNAMED_AGENT.test(d.sentence.text)) continue;
      // Nor does a group pay one of its own kind: "Sykehusene deler ut samhandlingsmidler" over
      // "Sykehuset Innlandet HF får 9 millioner kroner".
      const ownMember = (p: Mention) => p.actor?.kind === "GROUP" && !!p.actor.memberKind && d.recipient?.actor?.kind === p.actor.memberKind;
      const fallback = docPayers.find((p) => !sameParty(p, d.recipient) && !ownMember(p) && (p.role !== "recipient-like" || p.end <= d.sentence.start));
      // "Bevillinger fra puljen til …" on Sundhedsstyrelsen's own page: a pool the graph does not
      // know is given from by the body that publishes it.
      // "Pengene kommer fra den statslige psykiatripulje på i alt 600 mio. kr.": the size of the
      // state's pool is the state's, which no body below it pays, whoever publishes the page.
      const statePool = STATE_POOL_SIZE_BEFORE.test(view.text.slice(Math.max(d.sentence.start, d.money.start - 80), d.money.start));
      if (statePool && !(fallback?.actor && CENTRAL_KINDS.has(fallback.actor.kind))) continue;
      const publisherPaysIt = view.publisher !== null && publisherPays(view.publisher, d.recipient);
      if (fallback && !(publisherPaysIt && isPool(fallback) && !fallback.actor)) {
        d.payer = fallback;
        d.rules.push("payer:document");
      } else if (view.publisher && publisherPaysIt) {
        d.payerRef = view.publisher;
        d.rules.push("payer:publisher");
      }
    }
  }
  const kept = dropRestatements(drafts);
  linkParts(view, kept);
  // "Pengene skal fordeles på denne måten: … 40 millioner til …": a part that names no one
  // splits its total's money by purpose, so it goes where the total goes.
  for (const d of kept) {
    if (!d.partOf?.recipient) continue;
    // "… modtager 3,4 mio. kr. fordelt på tre projekter: 1,2 mio. kr. til …": the count the total
    // is split into, read as the first part's receiver, names no one either.
    const splitInto = d.recipient?.type === "collective" && d.recipient.count === kept.filter((x) => x.partOf === d.partOf).length && SPLIT_INTO_BEFORE.test(view.text.slice(Math.max(0, d.recipient.start - 30), d.recipient.start));
    if (d.recipient && !splitInto) continue;
    d.recipient = d.partOf.recipient;
    d.rules = swapRule(d.rules, "recipient", "recipient:of-its-total");
    d.recipientScore = 0.1;
  }
  // "Helse Bergen HF deler ut 3 millioner kroner … Askøy kommune og Fjell kommune får 600 000
  // kroner hver": a share no one is named to pay is paid by whoever pays its total.
  // A share the text only guessed a payer for (the document's or the publisher's) takes its
  // total's named one: "Regjeringen foreslår å øke bevilgningene … med 1,6 milliarder … Helse Vest
  // RHF: 300 millioner kroner"; and a proposal's status ("foreslår") when its own says nothing.
  const WEAK_PAYER = ["payer:document", "payer:publisher"];
  for (const d of kept) {
    const total = d.partOf;
    if (!total) continue;
    // "… afsætter 120 mio. kr. til psykiatrien i perioden 2016-2019. Aftalen indeholder: • 40 mio. kr. …": a share dated only by the document has its total's stated year.
    if (d.rules.includes("year:document-date") && total.rules.includes("year:stated") && total.year !== null) {
      d.year = total.year;
      d.rules = [...d.rules.filter((r) => r !== "year:document-date"), "year:of-its-total"];
    }
    if (d.status === "ALLOCATED" && d.rules.includes("status:default-allocated") && total.status === "PROPOSED") {
      d.status = total.status;
      d.rules = [...d.rules.filter((r) => r !== "status:default-allocated"), "status:of-its-total"];
    }
    // "Helse Nord RHF gir UNN 10 millioner kroner … UNN skal bruke 3 millioner av pengene på …": a
    // share its total's recipient spends is still the total's money to it, not money it gives.
    if (d.gives && d.payer && total.recipient && sameParty(d.payer, total.recipient) && (!d.recipient || sameParty(d.recipient, d.payer)) && (total.payer || total.payerRef) && d.rules.includes("partOf:stated")) {
      d.payer = total.payer;
      d.payerRef = total.payerRef;
      d.recipient = total.recipient;
      d.rules = swapRule(swapRule(d.rules, "payer", "payer:of-its-total"), "recipient", "recipient:its-total's-spending");
      continue;
    }
    // A pool the paragraph named is a guess too: "… fordelt 3 millioner kroner i samhandlingsmidler … Bodø fikk 1,2 millioner".
    const guessed = (!d.payer && !d.payerRef) || d.rules.some((r) => WEAK_PAYER.includes(r)) || (d.rules.includes("payer:paragraph") && d.payer !== null && isPool(d.payer));
    if (!guessed || !(total.payer || total.payerRef) || total.rules.some((r) => WEAK_PAYER.includes(r))) continue;
    if (total.payer && sameParty(total.payer, d.recipient)) continue;
    // "Helse Møre og Romsdal HF har fått 6 millioner kroner fra Helse Midt-Norge RHF … Kristiansund
    // kommune og Averøy kommune … får til sammen 1,2 millioner kroner av disse pengene": one body
    // that got the total passes a share of it on to others, so it pays that share.
    const passer = total.recipient;
    // So does a body of several the graph lacks: "Helsefellesskapet Innlandet", "Namdal regionråd".
    const passes = passer && ((passer.type === "known" && passer.actor && !["GROUP", "POOL"].includes(passer.actor.kind)) || (passer.type === "unknown" && SEVERAL_BODIES_NAME.test(passer.surface)));
    if (passer && passes && d.recipient && !sameParty(passer, d.recipient) && d.rules.includes("partOf:stated")) {
      d.payer = passer;
      d.payerRef = undefined;
      d.rules = [...d.rules.filter((r) => !WEAK_PAYER.includes(r)), "payer:its-total-passed-on"];
      continue;
    }
    d.payer = total.payer;
    d.payerRef = total.payerRef;
    d.rules = [...d.rules.filter((r) => !WEAK_PAYER.includes(r)), "payer:of-its-total"];
  }
  // "300 000 kroner hver fra fylkeskommunen … 1,5 millioner ble fordelt likt mellom …": a
  // total that names no payer is paid by whoever its parts say pays them all, in their own words.
  for (const d of kept) {
    if (d.payer || d.payerRef) continue;
    const parts = kept.filter((x) => x.partOf === d);
    const stated = parts.filter((x) => x.payerInSentence && x.payer);
    if (parts.length >= 2 && stated.length === parts.length && stated.every((x) => sameParty(stated[0]!.payer!, x.payer)) && !sameParty(stated[0]!.payer!, d.recipient)) {
      d.payer = stated[0]!.payer;
      d.rules.push("payer:of-its-parts");
    }
  }
  const discrepancies = checkTotals(kept);
  return { funding: kept.map((d) => toFact(view, d, kept)), discrepancies };
}

function draftFor(view: DocumentView, sentence: Sentence, sMentions: Mention[], money: MoneyMention, earlier: Draft[], frame: Frame): Draft {
  const rules = [`money:${money.currencyStated ? "stated" : "implied"}-currency`];
  const clause = clauseOf(view.text, sentence, sMentions, money);
  const cMentions = sMentions.filter((m) => within(clause, m));
  const verb = governingVerb(view.text, sentence, clause, money);

  // Payer: "fra X" / "av X" first, then the subject of a giving verb, then a payer-like name before it.
  // Not "av X" inside a relative clause: "Karlsøy kommune, som kjøper legevakttjenester av Tromsø, skal betale …".
  // Nor in another cell of a table row: "Næstved Kommune⇥1.200.000⇥Telemedicin til KOL-patienter fra Slagelse".
  const otherCell = (m: Mention) => /\t/.test(view.text.slice(Math.min(m.end, money.end), Math.max(m.start, money.start)));
  const fromHere = (m: Mention) => isFrom(view.text, m) && !inRelativeClause(view.text, sentence, m) && !otherCell(m);
  // A clause with a giving verb of its own ("… fra Region Sjælland til et nyt akutteam – og lægger
  // selv 1 mio. kr. i projektet") takes no "fra X" from another clause.
  const ownGivingVerb = verb?.kind === "give" && verb.start >= clause.start && verb.end <= clause.end;
  let payer: Mention | null = nearest(cMentions.filter(fromHere), money) ?? (ownGivingVerb ? null : nearest(sMentions.filter(fromHere), money));
  if (payer) rules.push("payer:from-phrase");
  // "Sundheds- og Ældreministeriet har fordelt 60 mio. kr. fra puljen": the pool is where the
  // money is kept; the giving verb's subject pays.
  if (payer && isPool(payer) && verb?.kind === "give") {
    const giver = lastBefore(sMentions.filter((m) => m.end <= verb.start && m.role !== "recipient-like" && m.type !== "collective" && !isPool(m)), verb.start);
    if (giver) {
      payer = giver;
      setRule(rules, "payer", "payer:giver-not-its-pool");
    }
  }
  // "Ringsted Kommune får 2 mio. kr. fra Region Sjælland … – og lægger selv 1 mio. kr. i
  // projektet": a verb that opens its clause after "og" has the sentence's subject.
  const sharesSubject = verb?.kind === "give" && verb.start >= clause.start && VERB_AFTER_AND.test(view.text.slice(clause.start, verb.start));
  if (!payer && verb?.kind === "give" && !sharesSubject) {
    payer = lastBefore(sMentions.filter((m) => m.end <= verb.start && m.role !== "recipient-like" && m.type !== "collective" && !actedFor(view.text, m)), verb.start);
    // "Regeringen og Dansk Folkeparti har med finansloven for 2017 afsat …": the budget "med" which
    // the sentence's subject acts is its instrument; the subject gives.
    if (payer && /(?<![\p{L}])med\s+$/iu.test(view.text.slice(Math.max(sentence.start, payer.start - 6), payer.start))) {
      const subject = sMentions.find((m) => m.end <= payer!.start && m.role !== "recipient-like" && m.type !== "collective" && /^[\s•·▪◦*–-]*$/u.test(view.text.slice(sentence.start, m.start)));
      if (subject) payer = subject;
    }
    // "Med finansloven for 2019 afsætter regeringen …": a name in a fronted phrase is no subject;
    // the verb's inverted subject after it gives.
    if (payer && FRONTED_PHRASE.test(view.text.slice(sentence.start, payer.start))) {
      const after = sMentions.find((m) => m.start >= verb.end);
      payer = after && after.type !== "collective" && /^\s+(?:(?:nå|nu|også|igjen|igen|i dag)\s+)?$/iu.test(view.text.slice(verb.end, after.start)) ? after : null;
    }
    // A body that usually receives gives too when it is the verb's subject: "Aarhus Kommune
    // bevilliger 2 mio. kr. til …" (an s-passive such as "tildeles" is a receiving verb here).
    // Two bodies named together as the subject pay together ("Region Hovedstaden og Københavns Kommune bevilger …").
    // The subject may carry a relative clause set off by commas ("Karlsøy kommune, som kjøper … av Tromsø, skal betale").
    // Such a subject wins over a payer-like name further back, in another clause: "… investerer
    // Region Nordjylland 45 mio. kr. …, mens Brønderslev Kommune bidrager med 12 mio. kr.".
    // Also one that pays in return for something: "Agdenes, Meldal og Skaun får bruke sengene mot å betale …".
    // "Statsforvaltaren i Vestland har på vegner av Helsedirektoratet tildelt": the one acted for is
    // no subject, and the phrase naming it stands in the subject's gap.
    const gapOf = (m: Mention) => {
      const acted = sMentions.find((o) => o.start > m.end && o.end <= verb.start && actedFor(view.text, o));
      const gap = acted ? view.text.slice(m.end, acted.start).replace(/\s*(?:på|paa)\s+(?:vegne|vegner)\s+(?:av|af)\s+$/iu, "") + view.text.slice(acted.end, verb.start) : view.text.slice(m.end, verb.start);
      return gap.replace(RELATIVE_CLAUSE, "");
    };
    const subject = sMentions.find((m) => m.type !== "collective" && !actedFor(view.text, m) && (SUBJECT_GAP.test(gapOf(m)) || IN_RETURN_GAP.test(view.text.slice(m.end, verb.start))));
    if (subject && (!payer || payer.end <= subject.start)) payer = subject;
    // "Dei tre nabokommunane betaler til saman 600 000 kroner" after "… omfattar Granvin, Ulvik og
    // Vaksdal": a counted group as the subject is the ones of that number named before it.
    const counted = payer ? null : sMentions.find((m) => m.type === "collective" && m.count !== null && SUBJECT_GAP.test(view.text.slice(m.end, verb.start)));
    const theOnes = counted ? view.mentions.filter((m) => m.type === "joint" && m.end <= counted.start && m.members.length === counted.count && (!/kommun/i.test(counted.surface) || m.members.every((x) => x.actor?.kind === "MUNICIPALITY"))).pop() : undefined;
    // With no such list, the group itself as the text counts it: "mens de øvrige ni kommuner tilsammen har betalt 1,8 mio. kr.".
    if (theOnes || counted) payer = theOnes ?? counted ?? null;
    // "Lolland Kommune og Guldborgsund Kommune får sammen 6 mio. kr. … Hver kommune lægger selv
    // 1,5 mio. kr. i projektet": each of the bodies of that kind named together before pays.
    const each = payer ? null : EACH_SUBJECT.exec(view.text.slice(Math.max(sentence.start, clause.start), verb.start));
    const anyKind = each !== null && /^part/iu.test(each[1]!);
    const ofThem = each ? view.mentions.filter((m) => m.type === "joint" && m.end <= sentence.start && (anyKind || m.members.every((x) => x.actor?.kind === (/region/i.test(each[1]!) ? "REGION" : "MUNICIPALITY")))).pop() : undefined;
    if (ofThem) payer = ofThem;
    // "… med Vejle Kommune og Kolding Kommune, som hver bidrager med 500.000 kroner": the
    // relative pronoun's antecedent gives, each of them when it says "hver".
    const relative = payer ? null : sMentions.find((m) => m.type !== "collective" && RELATIVE_SUBJECT_GAP.test(view.text.slice(m.end, verb.start)));
    if (relative) {
      payer = relative;
      rules.push(relative.type === "joint" && /(?<![\p{L}])(hver|hvert|kvar|kvart|begge|båe)(?![\p{L}])/iu.test(view.text.slice(relative.end, verb.start)) ? "payer:each-of-relative" : "payer:relative");
    } else if (payer) {
      // "Giske og Sula skal hver betale …", "Aabenraa og Sønderborg kommuner lægger hver 500.000 kroner
      // oveni", "Region Syddanmark og Esbjerg Kommune har hver afsat 1,5 mio. kr.", "… bidrager hver med 250.000 kroner".
      const eachOfThem = payer.type === "joint" && (/^\s+(?:(?:har|have|hadde|havde|vil|skal)\s+)?(?:hver|hvert|kvar|kvart)\s/iu.test(view.text.slice(payer.end, verb.start)) || (verb.end <= money.start && /^\s+(?:hver|hvert|kvar|kvart)\s+$/iu.test(view.text.slice(verb.end, money.start))) || /(?<![\p{L}])(?:hver|hvert|kvar)\s+med$/iu.test(view.text.slice(verb.start, verb.end)));
      rules.push(payer === ofThem || eachOfThem ? "payer:each-of-subject" : "payer:giver");
    }
    else {
      payer = invertedSubject(view.text, sentence, sMentions, verb, money);
      if (payer) rules.push("payer:inverted-subject");
    }
  }
  // "Tønder Kommune stiller lokaler til rådighed gratis og har desuden bevilget 350.000 kr.": a
  // second verb joined by "og" shares the subject that opens the sentence. Names after a
  // preposition in the first clause ("… fra Region Sjælland til et nyt akutteam – og lægger selv …") are no subjects.
  // So does a clause's after "mens": "…, mens kommunen stiller bygningen til rådighed og betaler 800.000 kroner".
  if (!payer && verb?.kind === "give") {
    const contrast = [...view.text.slice(sentence.start, verb.start).matchAll(/,\s*(?:mens|men|medan)\s+/giu)].pop();
    const clauseOpener = contrast ? sMentions.find((m) => m.start === sentence.start + contrast.index! + contrast[0].length) : undefined;
    const opener = clauseOpener ?? sMentions[0];
    if (opener && opener.type !== "collective" && (opener === clauseOpener || /^[\s•·▪◦*–-]*$/u.test(view.text.slice(sentence.start, opener.start))) && opener.end <= verb.start
      && inSpan(sMentions, { start: opener.end, end: verb.start }).every((m) => PREPOSITION_BEFORE.test(view.text.slice(Math.max(0, m.start - 6), m.start))) && COORDINATED_VERB_BEFORE.test(view.text.slice(opener.end, verb.start).replace(/(?<![\p{L}])(kr|mio|mill|mrd|mia)\./giu, "$1"))) {
      payer = opener;
      rules.push("payer:subject-of-both-verbs");
    }
  }
  // "Fylkesmannen i Rogaland … har fått 67,6 millionar": a receiving verb's subject is the
  // recipient, whatever its kind, so it is not taken for the payer.
  // "… 4 millioner kroner er tildelt KS": a passive verb after the amount has its receiver after it.
  let receiver = verb?.kind !== "receive" ? null
    : verb.start >= money.end ? (cMentions.find((m) => m.start >= verb.end && !isFrom(view.text, m) && m !== payer && !placeOfThing(view.text, m)) ?? null)
    : lastBefore(sMentions.filter((m) => m.end <= money.start && !isFrom(view.text, m) && m !== payer && !isStateMoney(m) && !inRelativeClause(view.text, sentence, m) && !(m.actor?.kind === "REGION" && placeOfThing(view.text, m))), money.start);
  // "Bodø kommune er blant kommunene som får penger: 1,1 millioner kroner": the one among them
  // receives the amount; not "en af 14 kommuner, der får del i 85 mio. kroner", the group's total.
  const oneAmong = (group: Mention | null): Mention | null =>
    group && (group.type === "collective" || group.actor?.kind === "GROUP") && AMONG_BEFORE.test(view.text.slice(Math.max(sentence.start, group.start - 30), group.start)) && verb && !SHARE_OF.test(view.text.slice(verb.end, money.start))
      ? lastBefore(sMentions.filter((m) => m !== group && m !== payer && m.type !== "collective"), group.start)
      : null;
  receiver = oneAmong(receiver) ?? receiver;
  // "Sundhedsministeriet har fordelt 42 mio. kr. til de 21 sundhedsklynger, så hver klynge får 2
  // mio. kr.": a receiving verb whose own subject is "hver klynge" has no named receiver before it.
  if (receiver && verb && receiver.end <= verb.start && EACH_NOUN_SUBJECT.test(view.text.slice(receiver.end, verb.start))) receiver = null;
  // "… evalueres af VIVE, som får 400.000 kr.": the antecedent of a receiving relative clause
  // right before the amount receives it, whatever preposition came before the name.
  const antecedent = verb?.kind === "receive" ? sMentions.find((m) => m.end <= money.start && RELATIVE_RECEIVES_GAP.test(view.text.slice(m.end, money.start))) : undefined;
  if (antecedent) {
    receiver = antecedent;
    if (payer === antecedent) {
      payer = null;
      rules.splice(0, rules.length, ...rules.filter((r) => !r.startsWith("payer:")));
    }
  }
  // "Fylkesmannen i Hedmark får 1,3 millioner kroner og Fylkesmannen i Oppland 1,4 millioner
  // kroner": the subject of a receiving verb receives, in the clause that leaves the verb out too.
  // Not the state's money named by its kind, which the Danish noun "tilskud" follows: "et statsligt tilskud".
  const receivingSubject = (m: Mention) => verb?.kind === "receive" && m.end <= verb.start && !isStateMoney(m) && SUBJECT_GAP.test(view.text.slice(m.end, verb.start));
  if (!payer) {
    payer = lastBefore(sMentions.filter((m) => m.role === "payer-like" && m.end <= money.start && m !== receiver && !receivingSubject(m)), money.start);
    if (payer) rules.push("payer:named-before");
  }
  // "Med budgetaftalen for 2021 i Region Hovedstaden får Bornholms Hospital 5 mio. kr. ekstra",
  // "I Bergen kommunes budsjett for 2020 …": the body whose budget it is pays.
  if (!payer) {
    payer = sMentions.find((m) => m !== receiver && m.end <= money.start && m.actor && ["REGION", "MUNICIPALITY", "COUNTY"].includes(m.actor.kind) && (BUDGET_OF_BEFORE.test(view.text.slice(Math.max(sentence.start, m.start - 40), m.start)) || /^\s+(?:budget|budsjett)/iu.test(view.text.slice(m.end, m.end + 10)))) ?? null;
    if (payer) rules.push("payer:its-budget");
  }
  // "Lenvik kommune har fått 2,3 millioner kroner i statstilskudd": the kind of money named right
  // after the amount says whose it is.
  if (!payer) {
    payer = sMentions.find((m) => isStateMoney(m) && m.start >= money.end && STATE_KIND_GAP.test(view.text.slice(money.end, m.start))) ?? null;
    if (payer) rules.push("payer:kind-of-money");
  }
  // "Staten betaler 3 millioner kroner, mens kommunen selv tar resten, 2 millioner kroner": a
  // clause whose own subject pays "selv" pays its own money, whatever verb it uses.
  // A group too: "…, siger ministeren, at regionerne selv skal lægge yderligere 500 mio. kr.".
  // Or after the amount, with the object fronted: "Resten, anslagsvis 120 millioner kroner, må kommunene selv finansiere".
  const ownMoney = (m: Mention) => m !== payer && (m.type !== "collective" || /^(?:regionerne|regionene|kommunerne|kommunene|kommunane)$/iu.test(m.surface)) && OWN_SUBJECT_AFTER.test(view.text.slice(m.end, m.end + 8));
  const ownSubject = lastBefore(sMentions.filter(ownMoney), money.start) ?? sMentions.find((m) => m.start >= money.end && ownMoney(m) && FRONTED_OBJECT_MODAL.test(view.text.slice(money.end, m.start))) ?? null;
  if (ownSubject && (!payer || payer.end <= ownSubject.start)) {
    payer = ownSubject;
    rules.splice(0, rules.length, ...swapRule(rules, "payer", "payer:own-money-subject"));
  }
  // "Helse Bergen HF skal i tillegg bruke 800 000 kroner av eget budsjett på en koordinator": the
  // clause's subject spends its own money.
  if (!ownSubject && OWN_FUNDS_AFTER.test(view.text.slice(money.end, sentence.end))) {
    const subject = sMentions.find((m) => m.type !== "collective" && m.start >= Math.max(sentence.start, clause.start) && m.end <= money.start);
    if (subject && /^\s*$/u.test(view.text.slice(Math.max(sentence.start, clause.start), subject.start))) {
      payer = subject;
      rules.splice(0, rules.length, ...swapRule(rules, "payer", "payer:own-money-subject"));
    }
  }
  // "– Vi setter av 50 millioner kroner …, sier helse- og omsorgsminister Bent Høie": "vi" who
  // give are the body the speaker speaks for, named after the verb of saying (a minister's is
  // the ministry, which the minister's title resolves to after extraction).
  if (!payer && verb?.kind === "give" && WE_BEFORE_VERB.test(view.text.slice(Math.max(sentence.start, clause.start), verb.start))) {
    const said = SAYS.exec(view.text.slice(money.end, sentence.end));
    const candidates = said ? sMentions.filter((m) => m.start >= money.end + said.index && m.type !== "collective") : [];
    const speaker = candidates.find((m) => /(?<![\p{L}])(?:i|for|på)\s+$/iu.test(view.text.slice(Math.max(0, m.start - 5), m.start))) ?? candidates[0];
    if (speaker) {
      payer = speaker;
      rules.push("payer:speaker");
    }
  }
  // "de i alt 200 mio. kr., som regeringen har afsat til puljen": the subject of a relative clause
  // on the amount, with a verb of giving, gave it.
  if (!payer) {
    const giver = sMentions.find((m) => m.start >= money.end && m.type !== "collective" && AMOUNT_RELATIVE_GAP.test(view.text.slice(money.end, m.start)) && GIVER_VERB_AFTER.test(view.text.slice(m.end, Math.min(sentence.end, m.end + 40))));
    if (giver) {
      payer = giver;
      rules.push("payer:relative-clause-on-the-amount");
    }
  }
  const payerInSentence = payer !== null;

  // Recipient.
  // "… 200 mio. kr., som regeringen har afsat til puljen": money put into a pool goes to no body,
  // though "puljen" as a payer is the body that owns it.
  // Nor is a person the graph knows (a minister) ever the one who receives.
  const notPayer = (m: Mention) => m !== payer && m.actor?.kind !== "PERSON" && !isFrom(view.text, m) && !isStateMoney(m) && !(m.actor?.kind !== "POOL" && /^(?:den nationale )?puljen$/.test(fold(m.surface)));
  let recipient: Mention | null = null;
  let score = 0;
  // Not past another amount: in "Av de 10 millionene går 4 millioner til Bergen kommune" the 4 go to Bergen, the 10 to no one named.
  // "til frisklivstiltak i Finnmark": a county named as where the thing is, not its authority.
  const countyAsPlace = (m: Mention) => m.actor?.kind === "COUNTY" && !/fylkeskommun/iu.test(m.surface) && /(?<![\p{L}])i\s+$/u.test(view.text.slice(Math.max(0, m.start - 3), m.start));
  // "til økt basistilskudd, som kommunene betaler ut til legene": a relative clause's subject that passes the money on is no recipient.
  const passesOn = (m: Mention) => /,\s*(?:som|der)\s+$/iu.test(view.text.slice(money.end, m.start)) && PASSES_ON_AFTER.test(view.text.slice(m.end, m.end + 30));
  const towards = (scope: Mention[]) => scope.find((m) => m.start >= money.end && notPayer(m) && !countyAsPlace(m) && !passesOn(m) && !inWhereClause(view.text, money.end, m) && (isTowards(view.text, money.end, m.start) || FOR_NAME.test(view.text.slice(money.end, m.start))) && inSpan(view.money, { start: money.end, end: m.start }).length === 0);
  // Not a town where a listed thing is, its amount in brackets ("digital hjemmeoppfølging i
  // Arendal (NOK 420 000)"); "støtter desuden projektet i Odense med 500.000 kr." gives to Odense.
  const indirect = verb?.kind === "give" ? cMentions.find((m) => m.start > verb.end && m.end <= money.start && notPayer(m) && !(placeOfThing(view.text, m) && /^\s*\(\s*(?:NOK|DKK|kr\.?)?\s*$/iu.test(view.text.slice(m.end, money.start)))) : undefined;
  if (indirect) {
    recipient = indirect;
    rules.push("recipient:indirect-object");
    score = 0.2;
  }
  if (!recipient && verb?.kind !== "receive") {
    recipient = towards(cMentions) ?? towards(sMentions) ?? null;
    if (recipient) {
      rules.push("recipient:til-phrase");
      score = 0.2;
    }
  }
  if (!recipient) {
    // In a list of projects ("• Fælles sygeplejeklinik i Vejen Kommune (2,5 mio. kr.)") a body
    // named with its kind is the project's owner, not only where it is.
    const ownerInList = (m: Mention) => sentence.line.listItem && m.actor?.kind === "MUNICIPALITY" && /kommune$/iu.test(m.surface);
    const before = cMentions.filter((m) => m.end <= money.start && notPayer(m) && (verb?.kind !== "give" || m.start > verb.end) && (!placeOfThing(view.text, m) || ownerInList(m)));
    // "• Asker kommune (vertskommune for Røyken og Hurum): 1,5 millioner kroner": names in an
    // aside in brackets are not the ones the amount is named with.
    const outside = before.filter((m) => !inAside(view.text, m, money.start));
    // "– Helse Førde HF: kompetanseprogram for kommunane i Sogn og Fjordane (1,2 mill. kr)": in a
    // list item the body its label names receives, not one the project's title names.
    const label = sentence.line.listItem ? outside.find((m) => /^[\s•·▪◦*–-]*$/u.test(view.text.slice(sentence.line.start, m.start)) && /^\s*:/u.test(view.text.slice(m.end, m.end + 3))) : undefined;
    recipient = label ?? (outside.length > 0 ? outside : before).pop() ?? null;
    if (recipient) {
      rules.push(verb?.kind === "receive" ? "recipient:receiver" : "recipient:named-with-amount");
      score = 0.2;
    }
  }
  // "Midlene fordeles med 1 million kroner til Strand og 500 000 kroner til Forsand": in a clause
  // that leaves its verb out, a "til X" beats the receiver of the clause the verb stands in.
  if (!recipient && verb?.kind === "receive" && verb.end <= clause.start && receiver && !within(clause, receiver)) {
    recipient = towards(cMentions) ?? null;
    if (recipient) {
      rules.push("recipient:til-phrase-in-clause");
      score = 0.2;
    }
  }
  const seller = payer && !recipient && verb?.kind === "give" ? sMentions.find((m) => m.start > payer!.end && m.end <= verb.start && BUYS_FROM.test(view.text.slice(payer!.end, m.start))) : undefined;
  if (seller) {
    recipient = seller;
    rules.push("recipient:the-seller");
    score = 0.15;
  }
  if (!recipient && receiver && (notPayer(receiver) || receiver === antecedent)) {
    recipient = receiver;
    rules.push("recipient:receiver-in-sentence");
    score = 0.15;
  }
  let quoteStart = sentence.start;
  if (!recipient) {
    const item = lineSubject(view, sentence, money);
    if (item) {
      // "Lofotrådet (på vegne av seks kommuner) – felles samhandlingskoordinator: 950 000 kroner":
      // a row's body receives, whatever its name sounds like; who pays is found as for any row.
      if (item.mention === payer) {
        payer = null;
        rules.splice(0, rules.length, ...rules.filter((r) => !r.startsWith("payer:")));
      }
      if (item.rule === "recipient:row-subject") indexOf(view).rowBodies.add(item.mention);
      recipient = item.mention;
      quoteStart = Math.min(quoteStart, item.quoteStart);
      rules.push(item.rule);
      score = 0.15;
    }
  }
  // "Helse Bergen har sagt ja til å betale 3 millioner kroner for at legevakten skal ta imot flere
  // pasienter": the body paid so that it does something is paid.
  if (!recipient && verb?.kind === "give") {
    // So is one whose costs it covers: "skal dekke 35 millioner kroner av kostnadene når kommunene i Vestland … tar i bruk".
    const served = sMentions.find((m) => m.start >= money.end && m !== payer && !sameParty(m, payer) && ((m.type !== "collective" && SO_THAT_BEFORE.test(view.text.slice(money.end, m.start)) && SO_THAT_AFTER.test(view.text.slice(m.end, m.end + 40))) || COSTS_WHEN_BEFORE.test(view.text.slice(money.end, m.start))));
    if (served) {
      recipient = served;
      rules.push("recipient:paid-so-that-it");
      score = 0.15;
    }
  }
  // "… kommunale akutte døgnplasser, som St. Olavs hospital i dag betaler 1,2 millioner kroner i
  // året for": a municipal service is the municipality's, when the text has named just one.
  // So are beds a trust pays "for å disponere": "Nordlandssykehuset HF skal betale 8 millioner
  // kroner i året for å disponere ti av sengene" in the centre the town builds.
  const trustUses = payer?.actor?.kind === "HEALTH_TRUST" && TO_USE_AFTER.test(view.text.slice(money.end, Math.min(sentence.end, money.end + 80)));
  if (!recipient && payer && verb?.kind === "give" && (MUNICIPAL_SERVICE_BEFORE.test(view.text.slice(Math.max(0, payer.start - 80), payer.start)) || trustUses)) {
    const towns = view.mentions.flatMap((m) => (m.type === "joint" ? m.members : [m])).filter((m) => m.end <= sentence.start && m.actor?.kind === "MUNICIPALITY");
    const distinct = new Set(towns.map((m) => m.actor!.id));
    if (distinct.size === 1 && !sameParty(towns[0]!, payer)) {
      recipient = towns[towns.length - 1]!;
      rules.push("recipient:the-municipality's-service");
      score = 0.1;
    }
  }
  if (!recipient && sentence.line.listItem && frame.recipient) {
    recipient = frame.recipient;
    rules.push("recipient:list-frame");
    score = 0.1;
  }
  // A table of what one body received, each row naming its giver, under the sentence that says so.
  if (!recipient && frame.receiver && tableUnder(view, frame.receiver.line, sentence.line) && !sameParty(frame.receiver.mention, payer)) {
    recipient = frame.receiver.mention;
    rules.push("recipient:table-frame");
    score = 0.1;
  }
  // "I alt …", or a table's "Sum" row: the total of what the heading sentence gives.
  const statesTotal = TOTAL_CUE.test(sentence.text) || TOTAL_ROW.test(sentence.line.text);
  if (!recipient && statesTotal && frame.recipient) {
    recipient = frame.recipient;
    rules.push("recipient:total-frame");
    score = 0.1;
  }
  // The anaphor must be someone other than the payer: in "Kommunen selv lægger 1,5 mio. kr. i
  // projektet" the municipality pays its own money.
  const beforeMoney = view.text.slice(sentence.start, Math.max(sentence.start, money.start));
  // Within the amount's own clause: in "Kommunen lægger selv 4 millioner kroner i projektet, mens
  // regionen bidrager med 2 millioner kroner" the 2 millions are not the municipality's.
  const from = Math.min(Math.max(sentence.start, clause.start), money.start);
  const clauseBefore = view.text.slice(from, Math.max(from, money.start));
  const anaphorText = payer && payer.start >= from && payer.end <= money.start
    ? clauseBefore.slice(0, payer.start - from) + " ".repeat(payer.end - payer.start) + clauseBefore.slice(payer.end - from)
    : clauseBefore;
  const found = ANAPHOR.exec(anaphorText);
  // "fik psykiatrien i regionen": a place, not the body itself; "Til sammen utgjør tildelingen
  // 45 millioner": in all, not "together".
  // "mens de øvrige ni kommuner tilsammen har betalt": "de" that opens a name is its article, no pronoun.
  const anaphor = found && !/(?<![\p{L}])i\s+$/iu.test(anaphorText.slice(0, found.index)) && !(/^(?:sammen|saman)$/iu.test(found[1]!) && /(?<![\p{L}])til\s+$/iu.test(anaphorText.slice(0, found.index)))
    && !sMentions.some((m) => m.start === from + found.index) ? found : null;
  // "De resterende 5 mio. kr. fordeles senere": money no one has been given yet has no
  // recipient to find in the sentences around it.
  const notYetGiven = NOT_YET_GIVEN.test(view.text.slice(money.end, sentence.end));
  // "Også Hjørring Kommune er blandt de heldige. Her lander 6,2 millioner kroner …": "here" is the body just named.
  const locative = LOCATIVE_OPENING.test(beforeMoney);
  if (!recipient && (anaphor || locative) && !notYetGiven) {
    // "kommunen" and "regionen" point at a body of their kind: the previous sentence's, else the
    // first the document names (its subject, in the title or lead).
    const word = locative ? "" : anaphor![1]!;
    const kind = /^kommunen$/i.test(word) ? "MUNICIPALITY" : /^regionen$/i.test(word) ? "REGION" : null;
    const fits = (m: Mention) => m.role !== "payer-like" && m.type !== "collective" && (!kind || m.actor?.kind === kind);
    const prev = previousSentence(view, sentence);
    const first = (prev ? inSpan(view.mentions, prev).find(fits) : undefined) ?? (kind ? view.mentions.find((m) => m.end <= sentence.start && fits(m)) : undefined);
    if (first) {
      recipient = first;
      rules.push("recipient:anaphor");
      score = 0.05;
    }
  }
  if (!recipient && verb?.kind !== "give") {
    recipient = towards(sMentions) ?? null;
    if (recipient) {
      rules.push("recipient:til-phrase");
      score = 0.15;
    }
  }
  // "Vennesla kommune har ansatt to nye psykiatriske sykepleiere. Stillingene er finansiert med et
  // tilskudd på 1,4 millioner kroner fra …": the thing the sentence opens with is the one the sentence
  // before told its subject has, so that subject receives.
  // So does "Pengene – i alt 12 mio. kr. – kommer fra satspuljen" after "Psykiatrien i Region
  // Syddanmark åbner en psykiatrisk skadestue".
  if (!recipient && (THING_OPENING.test(sentence.text) || MONEY_FROM_OPENING.test(sentence.text))) {
    const prev = previousSentence(view, sentence);
    const owner = prev ? inSpan(view.mentions, prev).find((m) => m.start === prev.start && m.type !== "collective" && m.role !== "payer-like" && m !== payer && !inSpan(view.money, prev).length) : undefined;
    if (owner && OWNER_ACTS_AFTER.test(view.text.slice(owner.end, Math.min(prev!.end, owner.end + 40)))) {
      recipient = owner;
      rules.push("recipient:owner-of-the-thing");
      score = 0.1;
    }
  }
  // "– Vi har fått 1,2 millioner kroner, sier ordfører Monica Nielsen i Alta kommune": "vi" is
  // the body the speaker speaks for, named after the verb of saying.
  // Also after the amount: "– Vi er glade for de 800 000 kronene vi har fått fra Fylkesmannen, sier …".
  if (!recipient && (WE_RECEIVE.test(view.text.slice(sentence.start, money.start)) || WE_RECEIVED_IT.test(view.text.slice(money.end, sentence.end)))) {
    // A quote of several sentences is said after its last: "«Vi søkte om 2 millioner, men fikk bare
    // 800 000 kroner. Det er skuffende,» sier rådmann … i Trysil kommune."
    const tail = quoteTail(view.text, sentence, money);
    const said = SAYS.exec(view.text.slice(money.end, tail));
    // The body the speaker is "i" (of), not a surname that is also a place ("kommuneoverlege Per Strand i Hitra kommune").
    const candidates = said ? inSpan(view.mentions, { start: money.end + said.index, end: tail }).filter((m) => m.type !== "collective" && m.role !== "payer-like") : [];
    const speaker = candidates.find((m) => /(?<![\p{L}])(?:i|for|på)\s+$/iu.test(view.text.slice(Math.max(0, m.start - 5), m.start))) ?? candidates[0];
    if (speaker) {
      recipient = speaker;
      rules.push("recipient:speaker");
      score = 0.15;
    }
  }
  // "Bodø kommune har fått tilskudd fra Helsedirektoratet til … Tilskuddet er på 2,5 millioner
  // kroner": the grant's amount, in the sentence after the one that names its parties.
  const grant = frame.grant;
  // Also "Det er Helsedirektoratet som står bak tildelingen på 4,2 millioner kroner" after the
  // lead "Vefsn kommune får statlige penger …", with bylines between: the first amount after it.
  // So does "Pengene, i alt 12 mio. kr., kommer fra …" after "Psykiatrien i Region Syddanmark får penge til …".
  // So does "Denne gang drejer det sig om 650.000 kr." after "… får Nyborg Kommune penge fra Sundhedsstyrelsen".
  const namesTheGrant = GRANT_NOUN.test(sentence.text) || MONEY_NOUN_OPENING.test(sentence.text) || GRANT_NOUN_BEFORE.test(view.text.slice(Math.max(sentence.start, money.start - 30), money.start)) || IT_CONCERNS_BEFORE.test(view.text.slice(Math.max(sentence.start, money.start - 40), money.start));
  // So is the next sentence's money from the same giver: "Sel kommune har mottatt tilsagnsbrev fra
  // Helsedirektoratet. Direktoratet gir tilsagn om tilskudd på kr 395 000 til rekruttering …".
  const sameGiver = grant?.payer && payer && payerInSentence && sameParty(payer, grant.payer) && sentenceDistance(view, grant.sentence, sentence) <= 1;
  const ofTheGrant = grant && ((namesTheGrant && (sentenceDistance(view, grant.sentence, sentence) <= 2 || earlier.every((e) => e.sentence.start < grant.sentence.start))) || sameGiver);
  if (!recipient && ofTheGrant && grant.recipient && !notYetGiven) {
    recipient = grant.recipient;
    rules.push("recipient:the-grant-before");
    score = 0.15;
  }
  // "Dette er … den tilsvarande summen var 76,9 millionar": a sentence that names no one before
  // its amount continues the fact just before it.
  const opensWithAmount = view.text.slice(sentence.start, money.start).trim() === "";
  // A sentence that names anyone before its amount (its own giver), or says where the money
  // goes in words the graph has no actor for ("Det er satt av 20 millioner kroner til
  // forskning"), starts a fact of its own.
  const saysWhere = /^\s*(?:\S+\s+){0,3}?(?:til|mellom|mellem)\s/iu.test(view.text.slice(money.end, sentence.end));
  // Nor does one with an empty subject ("I fjor ble det fordelt 4,9 millioner kroner"), which
  // tells of money given to no one in particular, nor one whose receiver is a thing ("Tilbudet får
  // også 800 000 kroner fra Fylkesmannen"), which is no body.
  const noBodyReceives = EMPTY_SUBJECT_PASSIVE.test(view.text.slice(sentence.start, money.start)) || INVERTED_EMPTY_SUBJECT.test(view.text.slice(sentence.start, money.start)) || THING_RECEIVES.test(view.text.slice(sentence.start, money.start));
  if (!recipient && !notYetGiven && !opensWithAmount && !saysWhere && !statesTotal && !noBodyReceives && !sMentions.some((m) => m.end <= money.start) && !(payer && OWN_MONEY.test(clauseBefore))) {
    const last = earlier[earlier.length - 1];
    if (last && last.recipient && last.recipient.type !== "collective" && sentenceDistance(view, last.sentence, sentence) <= 2) {
      recipient = last.recipient;
      rules.push("recipient:previous-fact");
      score = 0.05;
    }
  }
  // "I fjor betalte Stavanger kommune 61,8 millioner kroner … til Helse Stavanger. Sandnes kommune
  // betalte 38,2 millioner kroner, mens Sola betalte 11,4 millioner": another giver, with the
  // same verb and no receiver of its own, gives to whom the fact just before gave (only a byline
  // or a line naming no one between them). Not its own
  // money ("Kommunen bidrager selv med 15 mio. kr."), which goes to no one the text names.
  // So does one that gives "i tillegg" (besides), whatever its verb, also to that body's staff:
  // "Statsforvalteren har i tillegg gitt 1,5 millioner kroner i kompetansetilskudd til de
  // ansatte" after "Bærum kommune har fått innvilget et investeringstilskudd på 62 millioner
  // kroner". A purpose ("i tillegg … 300 000 kroner til evaluering av prosjektet") is no body.
  const gives = verb?.kind === "give" ? fold(view.text.slice(verb.start, verb.end)) : null;
  // So does "ytterligere" money: "Bergen kommune får 11,3 millioner kroner … Helse Bergen bidrar
  // med ytterligere 4 millioner kroner."
  const besides = IN_ADDITION.test(clauseBefore) || FURTHER_BEFORE.test(clauseBefore);
  if (!recipient && gives && payer && payerInSentence && !notYetGiven && (!saysWhere || (besides && TO_STAFF.test(view.text.slice(money.end, sentence.end)))) && !OWN_MONEY.test(clauseBefore + view.text.slice(money.end, clause.end))) {
    const last = earlier[earlier.length - 1];
    if (last?.recipient && (last.gives === gives || besides) && last.payer !== payer && !(last.payer && sameParty(last.payer, payer)) && !sameParty(payer, last.recipient) && inSpan(view.mentions, { start: last.sentence.end, end: sentence.start }).length === 0 && sentenceDistance(view, last.sentence, sentence) <= 3) {
      recipient = last.recipient;
      rules.push("recipient:as-the-giver-before");
      score = 0.05;
    }
  }
  // "Pengene til Svendborg Kommune, i alt 2,2 mio. kr., kommer fra satspuljen": the money named
  // with whom it is for, before its amount.
  if (!recipient) {
    const named = sMentions.find((m) => m.end <= money.start && m !== payer && MONEY_FOR_BEFORE.test(view.text.slice(sentence.start, m.start)));
    if (named) {
      recipient = named;
      rules.push("recipient:the-money-for");
      score = 0.15;
    }
  }
  // "Med bevillingen på 3 mio. kr. fra Sundhedsstyrelsen kan Holbæk Kommune ansætte …": the
  // main clause's subject after a fronted "med" phrase is whom the money serves.
  if (!recipient && /^med\s/iu.test(sentence.text)) {
    const served = sMentions.find((m) => m.start >= money.end && m !== payer && !isFrom(view.text, m) && WITH_IT_SUBJECT_GAP.test(view.text.slice(money.end, m.start)));
    if (served) {
      recipient = served;
      rules.push("recipient:served-by-it");
      score = 0.1;
    }
  }
  // "Fylkesmannen har innvilget søknaden fra Lenvik kommune på 1,2 millioner kroner": the
  // applicant of the application granted gets it.
  if (!recipient && GRANTED.test(sentence.text)) {
    const applicant = sMentions.find((m) => m !== payer && APPLICATION_FROM.test(view.text.slice(Math.max(sentence.start, m.start - 30), m.start)));
    if (applicant) {
      recipient = applicant;
      setRule(rules, "recipient", "recipient:the-applicant");
      score = 0.2;
    }
  }
  // "Ansøger: Randers Kommune" over "Bevilget beløb: 1.850.000 kr.": in a record of labelled
  // fields, the party field names who got the amount field's money.
  const record = recordOf(view, sentence.line, money);
  // Its own record's party wins over the fact before it, which a line naming no one would continue.
  if (record?.party && (!recipient || rules.includes("recipient:previous-fact"))) {
    recipient = record.party;
    setRule(rules, "recipient", "recipient:record-field");
    score = 0.2;
  }
  const one = oneAmong(recipient);
  if (one) {
    recipient = one;
    setRule(rules, "recipient", "recipient:the-one-among-them");
  }
  // "til et nytt pasienthotell i Bodø, som Nordlandssykehuset skal bygge": the body the relative
  // clause says builds or runs the thing gets its money, not the place it stands in.
  const builder = recipient && recipient.actor?.kind === "MUNICIPALITY" ? sMentions.find((m) => m.start > recipient!.end && RELATIVE_SUBJECT_BEFORE.test(view.text.slice(recipient!.end, m.start)) && BUILDS_AFTER.test(view.text.slice(m.end, m.end + 40))) : undefined;
  if (builder) {
    recipient = builder;
    setRule(rules, "recipient", "recipient:who-builds-it");
  }
  // "Kommune⇥Fylke⇥Beløp (kr)" over "Hammerfest⇥Finnmark⇥2 400 000": in a table with a column for
  // the body, the body is that column's cell, not the name nearest the amount.
  const bodyCell = tableBodyCell(view, sentence.line);
  if (bodyCell && bodyCell !== recipient && within(sentence.line, bodyCell)) {
    recipient = bodyCell;
    setRule(rules, "recipient", "recipient:table-column");
  }
  // "Fylke | Antall kommuner | Tilskudd (kr)" over "Østfold | 5 | 4 200 000": under a county
  // column the money goes to the county's municipalities, not to the county authority.
  // So does a list of "Østfold: 6,4 millioner kroner" under "Fylkesvis fordeling:".
  // So does "Ramma for Nordland var 3,2 millioner kroner": a county's frame is its municipalities' money.
  if (recipient?.actor?.kind === "COUNTY" && (/^fylke/iu.test(indexOf(view).tableHeader(sentence.line.start)?.[0] ?? "") || FRAME_FOR_BEFORE.test(view.text.slice(Math.max(sentence.start, recipient.start - 30), recipient.start)) || (recipient.start === sentence.line.start && /^\s*:/u.test(view.text.slice(recipient.end, recipient.end + 3)) && BY_COUNTY.test(listIntro(view, sentence.line))))) {
    recipient = { ...recipient, type: "collective", actor: null, candidates: [], members: [], surface: `kommunene i ${recipient.surface}` };
    setRule(rules, "recipient", "recipient:the-county's-municipalities");
  }
  // "Region Hovedstaden (kommunerne): 32,0 mio. kr.": the municipalities of the region, as the brackets say.
  if ((recipient?.actor?.kind === "REGION" || recipient?.actor?.kind === "COUNTY") && /^\s*\((?:kommunerne|kommunene|kommunane)\)/iu.test(view.text.slice(recipient.end, recipient.end + 16))) {
    recipient = { ...recipient, type: "collective", actor: null, candidates: [], members: [], surface: `kommunerne i ${recipient.surface}` };
    setRule(rules, "recipient", "recipient:the-region's-municipalities");
  }
  // "Sundhedsklynge⇥Projekt⇥Tilsagn (kr.)" over "Aalborg⇥Fælles akutteam⇥2.450.000": a town in a
  // column headed by a body of several ("Sundhedsklynge", "Helsefellesskap") names that body.
  const header = recipient?.actor?.kind === "MUNICIPALITY" ? indexOf(view).tableHeader(sentence.line.start) : null;
  const firstCell = header ? cellSpans(sentence.line.text)[0] : undefined;
  if (recipient && header && firstCell && NAMED_BY_TOWN_COLUMN.test(header[0]!) && recipient.start === sentence.line.start + firstCell.start) {
    recipient = { ...recipient, type: "unknown", actor: null, candidates: [], surface: `${header[0]!.trim()} ${recipient.surface}`, role: "recipient-like" };
    setRule(rules, "recipient", "recipient:the-column's-body");
  }
  // "til hver av de fire kommunene Lyngen, Storfjord, Kåfjord og Nordreisa": a counted group
  // followed by as many names is those names.
  if (recipient?.type === "collective" && recipient.count) {
    const counted = recipient;
    const listed = sMentions.find((m) => m.start >= counted.end && m.type === "joint" && m.members.length === counted.count && /^[\s,:]*$/u.test(view.text.slice(counted.end, m.start)));
    if (listed) {
      recipient = listed;
      setRule(rules, "recipient", "recipient:the-ones-listed");
    }
  }
  // "Næstved, Vordingborg, Faxe og Slagelse kommuner har fået 7,2 millioner kroner … 2,4 millioner
  // kroner til Næstved, 1,8 millioner kroner til Slagelse og 1,5 millioner kroner til hver af de to
  // andre kommuner": the others are the ones named together before, less those this sentence names.
  if (recipient?.type === "collective" && recipient.count && /(?<![\p{L}])(?:andre|øvrige|resterende)(?![\p{L}])/iu.test(recipient.surface)) {
    const counted = recipient;
    // The group may stand in the paragraph before, as a lead names it.
    const from = view.sentences[sentenceIndex(view, sentence) - 1]?.start ?? sentence.start;
    const group = inSpan(view.mentions, { start: from, end: counted.start }).filter((m) => m.type === "joint" && m.members.length > counted.count!).pop();
    const namedHere = inSpan(view.mentions, { start: Math.max(sentence.start, group?.end ?? 0), end: counted.start }).flatMap((m) => (m.type === "joint" ? m.members : [m]));
    const others = group?.members.filter((x) => !namedHere.some((n) => sameParty(n, x)));
    if (others && others.length === counted.count && others.length < group!.members.length) {
      recipient = { ...counted, type: "joint", members: others, surface: others.map((x) => x.surface).join(" og ") };
      setRule(rules, "recipient", "recipient:the-others");
    }
  }
  // "Assens og Svendborg Kommune er udvalgt … 16,5 millioner kroner … er på vej til de to
  // kommuner": "de to kommuner" are the two just named together.
  if (recipient?.type === "collective" && recipient.count && DEFINITE_BEFORE_COUNT.test(recipient.surface)) {
    const counted = recipient;
    const from = previousSentence(view, sentence)?.start ?? sentence.start;
    const municipal = /kommun/i.test(counted.surface);
    const named = inSpan(view.mentions, { start: from, end: counted.start })
      .filter((m) => m.type === "joint" && m.members.length === counted.count && (!municipal || m.members.every((x) => x.actor?.kind === "MUNICIPALITY")))
      .pop();
    if (named && named !== payer) {
      recipient = named;
      setRule(rules, "recipient", "recipient:the-ones-just-named");
    }
  }
  if (recipient && verb?.kind === "receive") {
    const pair = togetherWith(view.text, sMentions, recipient);
    if (pair) {
      recipient = pair;
      rules.push("recipient:together-with");
    }
  }
  if (recipient?.type === "collective") score = Math.max(score, 0.15);
  if (!payer && ofTheGrant && grant.payer && !sameParty(grant.payer, recipient)) {
    payer = grant.payer;
    rules.push("payer:the-grant-before");
  }
  if (!payer && (sentence.line.listItem || statesTotal || (frame.heading && rowUnder(view, frame.heading, sentence.line))) && frame.payer) {
    payer = frame.payer;
    rules.push("payer:list-frame");
  }
  // "I regjeringens forslag til statsbudsjett for 2016 får Molde kommune 3 millioner kroner …
  // Tilskuddet på 1,5 millioner kroner til Aukra og Midsund går til …": "the grant" opening the
  // next sentence is one more of the grants just told, from the same payer, year and state.
  const told = earlier[earlier.length - 1];
  // So is one more amount "I tillegg settes det av" or "Derudover er der afsat" with no giver named,
  // in the next paragraph too: the giver of the grants just told sets it aside as well.
  const another = !payer && told?.payer && (GRANT_NOUN.test(sentence.text) || ADDITIVE_PASSIVE_OPENING.test(sentence.text)) && sentenceDistance(view, told.sentence, sentence) === 1 && !sameParty(told.payer, recipient) ? told : undefined;
  if (another) {
    payer = another.payer;
    rules.push("payer:the-grant-just-told");
  }
  // "øker bevilgningen til Helgelandssykehuset HF med 25 millioner kroner neste år, til totalt 1,6
  // milliarder kroner": the level an increase reaches is the same body's money, from the same payer.
  const raised = recipient ? undefined : earlier[earlier.length - 1];
  if (raised?.recipient && raised.sentence === sentence && NEW_LEVEL_BEFORE.test(view.text.slice(raised.money.end, money.start))) {
    recipient = raised.recipient;
    rules.push("recipient:the-level-it-reaches");
    if (!payer && raised.payer) {
      payer = raised.payer;
      rules.push("payer:the-level-it-reaches");
    }
  }
  if (!payer) {
    payer = paragraphPayer(view, sentence, recipient);
    if (payer) rules.push("payer:paragraph");
  }
  // "Viborg Byråd har givet en anlægsbevilling på 4,5 mio. kr. til ombygning af akutpladserne på
  // Viborg Sundhedscenter": the giver's own place in what the money is for does not receive it.
  // So does "Byrådet i Bergen foreslår å øke bevilgningen til Bergen legevakt": its own service.
  const ownPlace = rules.includes("recipient:til-phrase") ? "recipient:til-phrase" : rules.includes("recipient:indirect-object") ? "recipient:indirect-object" : null;
  if (recipient && payer && sameParty(recipient, payer) && rules.includes("payer:giver") && ownPlace) {
    recipient = null;
    rules.splice(rules.indexOf(ownPlace), 1);
  }
  if (recipient && payer && sameParty(recipient, payer)) payer = null;
  if (!recipient) rules.push("recipient:none");

  let { year, rule: yearRule } = yearOf(view, sentence, money);
  // "Tilskuddsår: 2022" in the amount's record.
  if (record?.year && (yearRule === "year:document-date" || yearRule === "year:budget-title")) [year, yearRule] = [record.year, "year:record-field"];
  let [status, statusRule] = statusOf(sentence.text);
  if (another && yearRule === "year:document-date" && STATED_YEAR.some((r) => another.rules.includes(r))) [year, yearRule] = [another.year, "year:of-the-grant-just-told"];
  if (another && statusRule === "status:default-allocated" && another.status !== "ALLOCATED") [status, statusRule] = [another.status, "status:of-the-grant-just-told"];
  // "Regjeringen foreslår å overføre 5,1 milliarder kroner til kommunene i 2012 … Oslo kommune får
  // 647 millioner kroner": in the paragraph of a later year's money, the undated amount in the
  // next sentence is of that year, and proposed as that was; so is one the next paragraph opens
  // with "I tillegg".
  // With "I tillegg", the later year is the last one stated, across the undated amounts after it.
  const last = earlier[earlier.length - 1];
  // "Kommunerne får samtidig 400 mio. kr.": told as of the same occasion, it has that occasion's year.
  const besidesThose = IN_ADDITION.test(sentence.text.slice(0, 12)) || SAME_OCCASION.test(sentence.text);
  const lead = besidesThose ? [...earlier].reverse().find((e) => !e.rules.includes("year:document-date")) : last;
  // Not when the occasion told several years: "en anlægsbevilling på 4,5 mio. kr. … og et
  // rådighedsbeløb på 1,2 mio. kr. til drift i 2022. Samtidig har Region Midtjylland givet …".
  const mixedOccasion = besidesThose && lead !== undefined && earlier.some((e) => e.sentence.line.paragraph === lead.sentence.line.paragraph && e.year !== lead.year);
  if (!another && lead && !mixedOccasion && yearRule === "year:document-date" && lead.year !== null && view.year !== null && lead.year > view.year && [...STATED_YEAR, "year:of-the-paragraph"].some((r) => lead.rules.includes(r))
    && (lead.sentence.line.paragraph === sentence.line.paragraph ? sentenceDistance(view, last!.sentence, sentence) <= 1 : besidesThose && sentenceDistance(view, last!.sentence, sentence) <= 4) && !NOW.test(sentence.text)) {
    [year, yearRule] = [lead.year, "year:of-the-paragraph"];
    if (statusRule === "status:default-allocated" && lead.status === "PROPOSED") [status, statusRule] = [lead.status, "status:of-the-paragraph"];
  }
  rules.push(yearRule, statusRule);
  return {
    money, sentence, recipient, payer, rules, recipientScore: score, payerInSentence,
    quoteStart, quoteEnd: sentence.end, year, status, partOf: null,
    inTitle: view.headlines.some((l) => within(l, money)),
    listed: sentence.line.listItem,
    recipientOpensClause: recipient !== null && within(clause, recipient) && recipient.end <= money.start,
    gives,
  };
}

/**
 * "Saltdal og Fauske kommune får henholdsvis 350 000 og 420 000 kroner", "Projekterne i
 * Helsingør og Hillerød får henholdsvis …": the amounts go to the names before them in the same
 * order, when there are as many names as amounts.
 */
function respectively(sentence: Sentence, sMentions: Mention[], sentenceDrafts: Draft[]): void {
  const word = RESPECTIVELY.exec(sentence.text);
  if (!word) {
    // "Også Viborg Kommune og Skive Kommune får del i puljen. De får 1,9 og 1,4 millioner kroner":
    // a pair of amounts that all went to one pair of names is shared out in order without the word.
    const shared = sentenceDrafts[0]?.recipient;
    if (sentenceDrafts.length >= 2 && shared?.type === "joint" && shared.members.length === sentenceDrafts.length && sentenceDrafts[0]!.rules.includes("recipient:anaphor") && sentenceDrafts.every((d) => d.recipient === shared && (d.rules.includes("recipient:anaphor") || d.rules.includes("recipient:previous-fact")))) {
      sentenceDrafts.forEach((d, i) => {
        d.recipient = shared.members[i]!;
        d.rules = swapRule(d.rules, "recipient", "recipient:anaphor-in-order");
      });
    }
    return;
  }
  // Only the amounts after the word: "Helse Stavanger får 45 millioner kroner, mens Helse Fonna
  // og Helse Førde får henholdsvis 20 og 15 millioner kroner" gives the 45 millions to Stavanger.
  const after = sentenceDrafts.filter((d) => d.money.start >= sentence.start + word.index);
  if (after.length < 2) {
    // The amounts first, the names after the word: "har givet 3,5 mio. kr., 2,1 mio. kr. og 1,4
    // mio. kr. til henholdsvis Vesthimmerlands Kommune, Skive Kommune og Tønder Kommune".
    const before = sentenceDrafts.filter((d) => d.money.end <= sentence.start + word.index);
    const listed = sMentions.find((m) => m.start >= sentence.start + word.index + word[0].length && (m.type === "joint" || (m.type === "collective" && m.members.length >= 2)));
    if (!listed || before.length !== listed.members.length || !/^\s*$/u.test(sentence.text.slice(word.index + word[0].length, listed.start - sentence.start))) return;
    before.forEach((d, i) => {
      d.recipient = listed.members[i]!;
      d.rules = swapRule(d.rules, "recipient", "recipient:respectively");
      d.recipientScore = 0.2;
      d.recipientOpensClause = true;
    });
    return;
  }
  const names = lastBefore(sMentions.filter((m) => m.type === "joint" || (m.type === "collective" && m.members.length >= 2)), after[0]!.money.start);
  // As many amounts as names, and no more than the next clause's ("… 900 000 og 850 000 kroner, medan Lærdal får 500 000").
  const own = names ? after.slice(0, names.members.length) : [];
  if (!names || own.length !== names.members.length || (after.length > own.length && !inSpan(sMentions, { start: own[own.length - 1]!.money.end, end: after[own.length]!.money.start }).length)) return;
  // "Region Midtjylland og de 19 midtjyske kommuner har afsat henholdsvis 10 og 5 mio. kr.": the
  // names that give together give each their own amount.
  if (own.every((d) => d.payer === names)) {
    own.forEach((d, i) => {
      d.payer = names.members[i]!;
      d.rules = swapRule(d.rules, "payer", "payer:respectively");
    });
    return;
  }
  own.forEach((d, i) => {
    d.recipient = names.members[i]!;
    d.rules = swapRule(d.rules, "recipient", "recipient:respectively");
    d.recipientScore = 0.2;
    d.recipientOpensClause = true;
  });
}

// "X med 58 millioner kroner": a clause that leaves out the verb of the one before it.
// "og helseføretaket resten, 1,6 millionar kroner": the rest, then what it comes to.
const BARE_GAP = /^[^\S\n]+(?:(?:til sammen|tilsammen|til saman|i alt|hver|kvar|resten,?|resterande,?|resterende,?|restbeløbet,?|restbeløpet,?)[^\S\n]+)?$/iu;
const GAPPED_CLAUSE = /^[^\S\n]+(?:med|with)[^\S\n]+(?:(?:ca\.|cirka|omkring|rundt|drøyt|nesten|nærmere|vel)[^\S\n]+)?$/iu;

/**
 * "Helse Sør-Øst RHF bidrar med 170 millioner kroner, Helse Vest RHF med 58 millioner kroner og
 * Helse Nord RHF med 36 millioner kroner": each later "X med N" gives as the first giver does,
 * to the same recipient.
 */
const TO_RIGHT_AFTER = /^\s*(?:kroner|kronar|kr\.?)?\s*til\s+$/iu;

function gapped(view: DocumentView, sMentions: Mention[], own: Draft[]): void {
  const first = own[0];
  if (!first?.payer || !first.rules.includes("payer:giver") || own.length < 2) return;
  for (const d of own.slice(1)) {
    const subject = lastBefore(sMentions.filter((m) => m.end <= d.money.start && m.start > first.money.end && (m.type !== "collective" || m.count === null)), d.money.start);
    if (!subject) continue;
    // "… så regionen betaler 5 mio. kr. og kommunerne tilsammen 5 mio. kr.": with the verb left
    // out, the name right before the amount is the next giver, as the first giver stood before
    // its verb; not where the first clause named its receiver there too ("giver Aarhus 5 mio. kr.
    // og Odense 3 mio. kr." gives to both).
    const bare = BARE_GAP.test(view.text.slice(subject.end, d.money.start)) && /^[^.;:\d]{0,40}?(?:,|\s(?:og|samt))\s+$/iu.test(view.text.slice(first.money.end, subject.start)) && !first.recipientOpensClause && (d.recipient === subject || (!d.recipient && !first.recipient));
    if (!(subject.type !== "collective" && GAPPED_CLAUSE.test(view.text.slice(subject.end, d.money.start))) && !bare) continue;
    d.payer = subject;
    d.payerRef = undefined;
    d.payerInSentence = true;
    // "Fitjar kommune skal betale 200 000 kroner og Bømlo kommune 350 000 kroner til Stord": a
    // receiver after the last amount is both clauses'.
    const to = first.recipient ? null : sMentions.find((m) => m.start >= d.money.end && m !== subject && TO_RIGHT_AFTER.test(view.text.slice(d.money.end, m.start)));
    if (to) {
      first.recipient = to;
      first.rules = swapRule(first.rules, "recipient", "recipient:shared-til-phrase");
      first.recipientScore = 0.2;
    }
    d.recipient = first.recipient;
    d.rules = [...d.rules.filter((r) => !r.startsWith("payer:") && !r.startsWith("recipient:")), "payer:gapped-clause", to ? "recipient:shared-til-phrase" : first.recipient ? "recipient:gapped-clause" : "recipient:none"];
    d.recipientScore = first.recipientScore;
  }
}

/**
 * "I 2015 fekk kommunen vel 2 millionar, og i 2014 nærare 1,5 millionar kroner": a clause that
 * leaves out its verb and its subject, and names no one, is about the receiver and giver of the
 * clause before it, in another year.
 */
function gappedReceiver(view: DocumentView, sMentions: Mention[], own: Draft[]): void {
  for (let i = 1; i < own.length; i += 1) {
    const [prev, d] = [own[i - 1]!, own[i]!];
    if (d.recipient || !prev.recipient) continue;
    if (!YEAR_GAP.test(view.text.slice(prev.money.end, d.money.start)) || sMentions.some((m) => m.start >= prev.money.end && m.end <= d.money.start)) continue;
    d.recipient = prev.recipient;
    d.rules = swapRule(d.rules, "recipient", "recipient:gapped-clause");
    d.recipientScore = prev.recipientScore;
    if (!d.payerInSentence && prev.payer) {
      d.payer = prev.payer;
      d.payerRef = prev.payerRef;
      d.rules = swapRule(d.rules, "payer", "payer:gapped-clause");
    }
  }
}
const YEAR_GAP = /^[^\S\n]*(?:kroner|kronar|kr\.?)?,?[^\S\n]+(?:og|samt)[^\S\n]+(?:i|for)[^\S\n]+(?:(?:19|20)\d{2}|fjor)[^\S\n]+(?:(?:nærare|nærmere|nesten|vel|drøyt|knapt|snaut|snaue|omkring|rundt|ca\.)[^\S\n]+)?$/iu;

// "Holstebro Kommune har sammen med Regionshospitalet Gødstrup søgt og fået …": both receive.
const TOGETHER_WITH = /^[^\S\n]+(?:(?:har|have|hadde|havde|har også)[^\S\n]+)?(?:sammen med|saman med|i samarbejde med|i samarbeid med)[^\S\n]+$/iu;

/** The receiver and the partner named with it by "sammen med", as one joint party, or null. */
function togetherWith(text: string, sMentions: Mention[], r: Mention): Mention | null {
  if (r.type !== "known" && r.type !== "unknown") return null;
  const lead = sMentions.find((m) => m !== r && (m.type === "known" || m.type === "unknown") && ((m.end <= r.start && TOGETHER_WITH.test(text.slice(m.end, r.start))) || (r.end <= m.start && TOGETHER_WITH.test(text.slice(r.end, m.start)))));
  if (!lead) return null;
  const [a, b] = lead.start < r.start ? [lead, r] : [r, lead];
  // Named as the text joins them, "A sammen med B", for the reviewer.
  return { ...a, end: b.end, surface: `${a.surface} ${text.slice(a.end, b.start).trim().replace(/^(?:har|have|hadde|havde|har også)\s+/iu, "")} ${b.surface}`, type: "joint", members: [a, b], count: 2, actor: null, candidates: [], role: "recipient-like", unresolved: null };
}

/**
 * "Hirtshals får sundhedshus til 25 millioner" over "Byggeriet koster 25 mio. kr.": a headline's
 * figure that the body tells as a price is the price. So is one the body makes conditional or
 * hopes for: "Sarpsborg kan få 5 millioner" over "Dersom Sarpsborg kommune bygger …, kan kommunen
 * få 5 millioner kroner".
 */
function dropHeadlinesOfNonGrants(view: DocumentView, drafts: Draft[], costs: MoneyMention[], withheld: MoneyMention[]): void {
  const inBody = (c: MoneyMention) => !view.headlines.some((l) => within(l, c));
  const price = (c: MoneyMention) => PRICE_BEFORE.test(view.text.slice(Math.max(0, c.start - 60), c.start));
  for (let i = drafts.length - 1; i >= 0; i -= 1) {
    const d = drafts[i]!;
    if (d.inTitle && [...costs.filter(price), ...withheld].some((c) => inBody(c) && close(c, d.money, 0.1))) drafts.splice(i, 1);
  }
}

/**
 * "Kostnaden for 2021 er beregnet til 14,6 millioner kroner. Fordeling etter innbyggertall:
 * Lillestrøm kommune: 10 220 000 kroner …": lines whose amounts add up to a cost told just above
 * them are the named bodies' shares of it. Each body pays its line's amount, for the thing that
 * costs, which is not named as a party.
 */
function sharesOfCost(view: DocumentView, drafts: Draft[], costs: MoneyMention[]): void {
  for (const cost of costs) {
    const costLine = view.lines.find((l) => l.start <= cost.start && cost.end <= l.end)?.index ?? -1;
    // The lines right below the cost, within a few lines of it, one amount each and no verb.
    const below = drafts.filter((d) => {
      const at = d.sentence.line.index;
      return at > costLine && at - costLine <= 12 && d.sentence.line.text.trim() === d.sentence.text.trim() && !d.gives && !d.payerInSentence && d.recipient && d.recipient.type !== "collective" && !isPool(d.recipient);
    });
    const run = below.filter((d, i) => i === 0 || d.sentence.line.index === below[i - 1]!.sentence.line.index + 1);
    if (run.length < 2 || run.length !== new Set(run.map((d) => d.sentence.line)).size) continue;
    if (run.reduce((sum, d) => sum + d.money.value, 0n) !== cost.value) continue;
    for (const d of run) {
      d.payer = d.recipient;
      d.recipient = null;
      d.rules = swapRule(swapRule(d.rules, "recipient", "recipient:none"), "payer", "payer:share-of-a-cost");
    }
  }
}

/**
 * "Regionernes samlede sundhedsudgifter udgjorde 115 mia. kr. i 2019. Heraf gik 24 mia. kr. til
 * praksissektoren.": a sentence that opens with a part cue right after a cost, with no giver and no
 * verb of giving ("Av disse ble 18 millioner kroner fordelt til helseforetakene" is a grant),
 * tells where the spending went, not a grant.
 */
function partsOfCosts(view: DocumentView, drafts: Draft[], costs: MoneyMention[]): void {
  for (let i = drafts.length - 1; i >= 0; i -= 1) {
    const d = drafts[i]!;
    if (d.payerInSentence || GIVE_ONCE.test(d.sentence.text) || !PART_OPENING.test(d.sentence.text)) continue;
    const before = view.sentences[sentenceIndex(view, d.sentence) - 1];
    if (!before || before.line.paragraph !== d.sentence.line.paragraph) continue;
    const cost = costs.find((c) => c.start >= before.start && c.end <= before.end && c.currency === d.money.currency && c.value > d.money.value);
    if (cost && !drafts.some((e) => e.sentence === before)) drafts.splice(i, 1);
  }
}
const PART_OPENING = /^(?:Heraf|Herav|Af dette|Av dette|Af disse|Av disse|Av desse|Herunder|Derav|Deraf)(?![\p{L}])/u;

// "… 3 millioner kroner (i året) for at legevakten skal …", "… slik at kommunen kan …".
// Also "afsat 3,8 mio. kr. til, at akutklinikken på Sygehus Vendsyssel i Frederikshavn kan holde åbent": the unit's body.
const SO_THAT_BEFORE = /^(?:\s+(?:i året|om året|årlig|årligt|per år|pr\. år))?\s*,?\s+(?:for at|slik at|sådan at|så at|til,?\s+at)\s+(?:\p{Ll}+\s+(?:på|ved|hos)\s+)?$/iu;
const COSTS_WHEN_BEFORE = /^\s+(?:av|af)\s+(?:kostnadene|kostnadane|utgiftene|utgiftane|udgifterne|omkostningerne)\s+(?:når|da|ved at|for at)\s+$/iu;
const SO_THAT_AFTER = /^(?:\s+i\s+\p{Lu}[\p{L}-]+)?\s+(?:skal|kan|vil|kunne|skulle|får|slipper)\s/iu;
// "…, anslagsvis 120 millioner kroner, må kommunene selv …": the modal of a clause whose object opens it.
const FRONTED_OBJECT_MODAL = /^,?\s+(?:må|skal|vil|kan|måtte|skulle|får)\s+$/iu;
// Also "for de fire spesialisthelsetjenestesengene".
const TO_USE_AFTER = /^\s*(?:(?:i året|om året|årlig|per år|pr\. år)\s+)?for (?:å (?:disponere|leie|leige|kjøpe|kjøpa|bruke|bruka)\s|(?:de|dei)\s+(?:\p{L}+\s+){0,2}\p{L}*(?:sengene|sengane|plassene|plassane)(?![\p{L}]))/iu;
const UNNAMED_AGENT = /(?<![\p{L}])(?:er|blev|ble|blir|bliver|vart)\s+(?:doneret|donert|givet|gitt|betalt|finansieret|finansiert|bevilget|bevilga|skænket|skjenket)\s+(?:af|av)\s+(?:private|lokale|flere|mange|ulike|forskellige|anonyme)\s+\p{Ll}/iu;
const MUNICIPAL_SERVICE_BEFORE = /(?<![\p{L}])kommunale?\s+[^,.;\n]{2,50},\s+(?:som|der)\s+$/iu;
const THE_MONEY_SHARED = new RegExp(String.raw`^[\s•·▪◦*–-]*(?:${THE_MONEY}|beløpet|beløbet|summen)\s+(?:er|blir|vart|ble|blev|bliver)\s+(?:fordelt|fordelte|delt ut|delte ut|fordelt på)(?:\s+(?:slik|således|som følger|sånn))?\s*:\s*$`, "iu");
// Bodies that share out money they got: a county governor, a directorate, a health region, a region, a ministry.
const DISTRIBUTORS = new Set(["COUNTY_GOVERNOR", "DIRECTORATE", "REGIONAL_HEALTH_TRUST", "REGION", "MINISTRY"]);
const SPLIT_AMONG_BEFORE = /(?:mellem|mellom|blandt|blant)\s+$/iu;
// Also split among them: "Beløbet fordeles ligeligt mellem Randers, Norddjurs … kommuner"; and
// held by one who shares it out: "Midlene forvaltes av Fylkesmannen i Nordland".
const MONEY_GOES_TO = new RegExp(String.raw`^[\s•·▪◦*–-]*(?:${THE_MONEY}|beløpet|beløbet|summen)\s+(?:(?:skal|vil|kommer til å|kommer til at)\s+)?(?:(?:går|gikk|gik|gå|gaar)\s+(?:\p{L}+\s+)?til|(?:fordeles|fordelast|deles|delast|bliver fordelt|blir fordelt|blir delt)\s+(?:(?:ligeligt|likt|jevnt|jamt)\s+)?(?:mellem|mellom|blandt|blant|på)|(?:forvaltes|forvaltast|administreres|administrerast)\s+(?:av|af))\s+$`, "iu");

/**
 * "Regionsrådet har besluttet at bruge 22 mio. kr. på et nyt akuttilbud. Pengene går til Region
 * Hovedstadens Psykiatri …": an amount no one was named for goes to the body the next sentence
 * sends "the money" to, when that sentence has no amount of its own.
 */
function moneyGoesToNext(view: DocumentView, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.recipient) continue;
    // The definite "pengene" points back across a paragraph's end too.
    const next = view.sentences[sentenceIndex(view, d.sentence) + 1];
    if (!next) continue;
    // Amounts of its own after the bodies it is split among are their shares ("Beløbet fordeles
    // mellem … kommuner, så hver kommune får 1 mio. kr."); where it goes, with amounts, is told
    // body by body ("Pengene går til Syddjurs Kommune (1,2 mio. kr.), …"), which is no one body's.
    const firstMoney = inSpan(view.money, next)[0]?.start ?? next.end;
    const body = inSpan(view.mentions, next).find((m) => m.end <= firstMoney && MONEY_GOES_TO.test(view.text.slice(next.start, m.start)) && (firstMoney === next.end || SPLIT_AMONG_BEFORE.test(view.text.slice(next.start, m.start))))
      // "Aabenraa Kommune er tovholder og modtager pengene på vegne af partnerskabet."
      ?? inSpan(view.mentions, next).find((m) => firstMoney === next.end && m.type !== "collective" && /^[\s•·▪◦*–-]*$/u.test(view.text.slice(next.start, m.start)) && RECEIVES_THE_MONEY.test(view.text.slice(m.end, next.end)));
    if (!body || (d.payer && sameParty(body, d.payer))) continue;
    d.recipient = body;
    d.rules = swapRule(d.rules, "recipient", "recipient:the-money-goes-to");
  }
}

const COMES_FROM = new RegExp(String.raw`^[\s•·▪◦*–-]*(?:${THE_MONEY}|beløpet|beløbet|summen)\s+(?:(?:kommer|kom|stammer|stammar)\s+(?:fra|frå)|(?:udbetales|utbetales|utbetalast|betales|finansieres|finansieras)\s+(?:af|av)|(?:(?:kommer|kom|stammer|stammar)\s+(?:fra|frå)\s+[^.;]{1,60}?\s+og\s+)?(?:er|blir|bliver)\s+(?:gitt|givet|bevilget|bevilga|tildelt|innvilget|innvilga)\s+(?:av|af))\s+$`, "iu");

// Or "Det er Helsedirektoratet som står bak tildelingen".
const IT_IS_BEFORE = /^[\s•·▪◦*–-]*det\s+(?:er|var)\s+$/iu;
const BEHIND_AFTER = new RegExp(String.raw`^\s+som\s+(?:står|stod)\s+(?:bak|bag)\s+(?:${THE_MONEY}|beløpet|beløbet)(?![\p{L}])`, "iu");

/**
 * "Alta kommune får 4,5 millioner kroner til … Midlene kommer fra Helse Nord RHF.": the body the
 * next sentence, with no amount of its own, says the money came from pays it, where the sentence
 * of the amount named no payer.
 */
function moneyComesFromNext(view: DocumentView, drafts: Draft[]): void {
  for (const d of drafts) {
    // The state named only by the kind of money ("i statlige midler") gives way to the body named.
    // So does a pool the money was drawn from ("fra satspuljen … Pengene kommer fra Sundheds- og Ældreministeriet").
    // And a payer-like name that only stood before the amount ("Regionsrådet har godkendt, at … får 10 mio. kr.").
    if (d.payerInSentence && !d.rules.includes("payer:kind-of-money") && !d.rules.includes("payer:named-before") && !(d.payer && isPool(d.payer))) continue;
    const next = nextSentence(view, d.sentence) ?? openingOfNextParagraph(view, d, drafts);
    if (!next || inSpan(view.money, next).length > 0) continue;
    // "Pengene kommer fra satspuljen og er givet af Sundheds- og Ældreministeriet": the body before the pool.
    const named = inSpan(view.mentions, next).filter((m) => m.type !== "collective" && (COMES_FROM.test(view.text.slice(next.start, m.start)) || (IT_IS_BEFORE.test(view.text.slice(next.start, m.start)) && BEHIND_AFTER.test(view.text.slice(m.end, next.end)))));
    const body = named.find((m) => !isPool(m)) ?? (d.payer ? undefined : named[0]);
    if (!body || (d.recipient && sameParty(body, d.recipient))) continue;
    d.payer = body;
    d.payerRef = undefined;
    d.rules = [...d.rules.filter((r) => !r.startsWith("payer:")), "payer:the-money-comes-from"];
  }
}

const RECEIVES_THE_MONEY = new RegExp(String.raw`^[^.!?]{0,40}?(?<![\p{L}])(?:modtager|modtog|mottar|mottok|tar imot|tager imod|forvalter)\s+(?:${THE_MONEY}|beløpet|beløbet)(?![\p{L}])`, "iu");

/**
 * "Får 3 millioner til nytt helsehus" over "Hadsel kommune har fått tilskuddet fra Husbanken.":
 * a headline's amount that names no one is the grant the body's first lines tell without one.
 */
function headlineOfGrant(view: DocumentView, drafts: Draft[], grants: NonNullable<Frame["grant"]>[]): void {
  // The first such grant, before any other amount of the body.
  const firstBodyAmount = drafts.find((e) => !e.inTitle)?.money.start ?? Infinity;
  for (const d of drafts) {
    if (!d.inTitle) continue;
    // A town the headline gives to ("42 millioner til ny akutklinik i Kolding") yields to the body
    // the grant below names in it ("… godkendt pengene til en ny akutklinik på Kolding Sygehus").
    const townOf = (g: NonNullable<Frame["grant"]>) => !!d.recipient && d.rules.includes("recipient:til-phrase") && d.recipient.actor?.kind === "MUNICIPALITY" && g.recipient!.actor?.kind !== "MUNICIPALITY" && fold(g.recipient!.surface).includes(fold(d.recipient.surface));
    const grant = grants.find((g) => g.sentence.start > d.sentence.end && g.sentence.start < firstBodyAmount && g.recipient && MONEY_NOUN.test(g.sentence.text) && (!d.recipient || townOf(g)));
    if (!grant) continue;
    d.recipient = grant.recipient;
    d.rules = swapRule(d.rules, "recipient", "recipient:the-grant-below");
    if (grant.payer && !d.payer) {
      d.payer = grant.payer;
      d.payerRef = undefined;
      d.rules = swapRule(d.rules, "payer", "payer:the-grant-below");
    }
  }
}
const IT_CONCERNS_BEFORE = /(?<![\p{L}])(?:drejer det sig om|dreier det seg om|handler det om|er der tale om|er det tale om|er det snakk om)\s+(?:(?:i alt|totalt|cirka|ca\.|omkring|rundt)\s+)?$/iu;
const APPROVES_THE_MONEY = /(?<![\p{L}])(godkendt|godkjent|godkendte|godkjente|vedtatt|vedtaget|vedtog|vedtok)\s+(?:pengene|pengane|midlerne|midlene|midlane|beløbet|beløpet)(?![\p{L}])/iu;
const MONEY_NOUN_OPENING = new RegExp(String.raw`^[–-]?\s*(?:${THE_MONEY})(?![\p{L}])`, "iu");
const MONEY_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${THE_MONEY})(?![\p{L}])`, "iu");

/** "300 000 kroner hver" to "fem kommuner": one fact per listed municipality. */
// "Læsø og Samsø, der hver får 500.000 kroner", "Randers Kommune og Silkeborg Kommune får hver 4,7 millioner kroner".
// Also "Sundhedshuset i Rødekro og Sundhedshuset i Skærbæk hver får 4 millioner kroner", and with
// an auxiliary, "Odsherred Kommune og Holbæk Kommune har hver fået 1,5 mio. kr.".
const EACH_RELATIVE = /^\s*(?:,?\s+(?:der|som)\s+(?:hver|hvert|kvar|kvart|begge|båe)\s+(?:[\p{L}-]+\s+){0,2}|\s+(?:(?:får|fekk|fikk|fik|modtager|modtog|mottar|mottek|mottok)\s+)?(?:hver|hvert|kvar|kvart)\s+|\s+(?:hver|hvert|kvar|kvart)\s+(?:får|fekk|fikk|fik|modtager|modtog|mottar|mottek|mottok)\s+|\s+(?:har|hadde|havde|skal|vil|kan)\s+(?:hver|hvert|kvar|kvart)\s+(?:fået|fått|fenge|modtaget|mottatt|motteke|få|modtage|motta)\s+(?:(?:tildelt|bevilget|bevilga|innvilget|innvilga)\s+)?)$/iu;

const GIVE_BEFORE_LIST = new RegExp(`${GIVE.source}\\s+$`, "iu");
const PAID_BY_BEFORE = /(?<![\p{L}])(?:finansieret|finansiert|finansieres|finansierast|betalt|betales|dækket|dækkes|dekket|dekkes)\s+(?:af|av)\s/iu;

function expandEach(view: DocumentView, d: Draft): Draft[] {
  if ((d.rules.includes("payer:each-of-relative") || d.rules.includes("payer:each-of-subject")) && d.payer?.type === "joint") {
    return d.payer.members.map((member) => ({ ...d, payer: member }));
  }
  // "De mindste tilskud går til Læsø og Samsø, der hver får 500.000 kroner", "har givet Region
  // Hovedstaden og Region Sjælland hver 10 mio. kr.".
  if (d.recipient?.type === "joint" && EACH_RELATIVE.test(view.text.slice(d.recipient.end, d.money.start))) {
    return d.recipient.members.map((member) => ({ ...d, recipient: member, rules: swapRule(d.rules, "recipient", "recipient:each-of-relative"), recipientScore: 0.2 }));
  }
  if (d.recipient?.type === "joint" && EACH_OF_BEFORE.test(view.text.slice(d.money.end, d.recipient.start))) {
    return d.recipient.members.map((member) => ({ ...d, recipient: member, rules: swapRule(d.rules, "recipient", "recipient:each-of-them"), recipientScore: 0.2 }));
  }
  // "betale 450 000 kroner hver, mot 380 000 kroner i år": the amount compared with is each one's too.
  const before = view.money.filter((m) => m.end <= d.money.start && m.start >= d.sentence.start).pop();
  const eachToo = before?.each === true && /^\s*(?:hver|hvert|kvar|kvart)?\s*,\s*(?:mot|mod)\s+$/iu.test(view.text.slice(before.end, d.money.start));
  // "…, så hver kommune får 1 mio. kr.", "hver af de fire kommuner får 1 mio. kr.": each of the
  // bodies of that kind the paragraph names together.
  const eachReceiver = !d.recipient?.actor && EACH_RECEIVER_BEFORE.exec(view.text.slice(d.sentence.start, d.money.start));
  if (!d.money.each && !eachToo && !eachReceiver) return [d];
  // "Kommunane skal i tillegg betale 50 000 kroner kvar" after "Flå, Nes, … og Hol har fått …":
  // each of the towns named together just before pays its own money.
  if (d.payer?.actor?.kind === "GROUP" && d.payer.actor.memberKind === "MUNICIPALITY" && d.rules.includes("payer:giver")) {
    const para = d.sentence.line.paragraph;
    const list = view.mentions.filter((m) => m.type === "joint" && m.end <= d.sentence.start && m.members.every((x) => x.actor?.kind === "MUNICIPALITY") && view.lines.some((l) => (l.paragraph === para || l.paragraph === para - 1) && within(l, m))).pop();
    if (list) return list.members.map((member) => ({ ...d, payer: member, recipient: null, rules: swapRule(swapRule(d.rules, "payer", "payer:each-of-list"), "recipient", "recipient:none") }));
  }
  // "Giske, Sula og Skodje skal betale 400 000 kroner hver til Ålesund": each of the givers pays.
  if (d.payer?.type === "joint" && d.rules.includes("payer:giver")) {
    return d.payer.members.map((member) => ({ ...d, payer: member, rules: swapRule(d.rules, "payer", "payer:each-of-subject") }));
  }
  const para = d.sentence.line.paragraph;
  const want = d.recipient?.count ?? null;
  if (eachReceiver) {
    // The bodies of that kind in the latest list before it, in its paragraph or the one before: the
    // four municipalities of "Regionshospitalet Gødstrup og Herning, Holstebro, Ikast-Brande og
    // Ringkøbing-Skjern kommuner" for "hver af de fire kommuner".
    const ofKind = (x: Mention) => !/kommun/iu.test(eachReceiver[1]!) || x.actor?.kind === "MUNICIPALITY";
    const lists = view.mentions.filter((m) => m.type === "joint" && m.end <= d.money.start && view.lines.some((l) => (l.paragraph === para || l.paragraph === para - 1) && within(l, m)));
    const members = lists.map((m) => m.members.filter(ofKind)).reverse().find((ms) => ms.length >= 2 && (want === null || ms.length === want));
    return members ? members.map((member) => ({ ...d, recipient: member, rules: swapRule(d.rules, "recipient", "recipient:each-of-list"), recipientScore: 0.15 })) : [d];
  }
  const list = view.mentions.find((m) => m.type === "joint" && view.lines.some((l) => l.paragraph === para && within(l, m)) && (want === null || m.count === want));
  if (!list) return [d];
  // "Aftalen er finansieret af de to parter i fællesskab med 1,5 mio. kr. hver": each of them pays.
  // So does a list that follows its giving verb: "I tillegg betaler Eidskog kommune og Sør-Odal kommune 300 000 kroner hver".
  const givesFirst = list.start > d.sentence.start && list.end <= d.money.start && GIVE_BEFORE_LIST.test(view.text.slice(d.sentence.start, list.start));
  if (!d.payer && (!d.recipient || d.recipient === list) && (PAID_BY_BEFORE.test(view.text.slice(d.sentence.start, d.money.start)) || givesFirst)) {
    return list.members.map((member) => ({ ...d, payer: member, payerRef: undefined, recipient: null, rules: swapRule(swapRule(d.rules, "payer", "payer:each-of-list"), "recipient", "recipient:none") }));
  }
  return list.members.map((member) => ({ ...d, recipient: member, rules: swapRule(d.rules, "recipient", "recipient:each-of-list"), recipientScore: 0.15 }));
}

const EACH_RECEIVER_BEFORE = /(?<![\p{L}])(?:hver|hvert|kvar|kvart)\s+(?:enkelt\s+)?(?:(?:af|av)\s+(?:de|dei)\s+(?:\p{L}+\s+)?)?(kommune|kommuner|kommunar|kommunerne|kommunene|kommunane|region|regioner|regionerne)\s+(?:(?:nu|nå|så)\s+)?(?:får|fik|fekk|fikk|modtager|mottar|har fået|har fått|skal have|skal ha)\s+(?:(?:altså|dermed|derfor|hermed)\s+)?$/iu;

/** The part of the sentence around the amount, between commas, "og", "medan", dashes or semicolons. */
const APPOSITION_AFTER_COMMA = /^,\s(?:dvs\.|d\.v\.s\.|altså|det vil si|det vil seie|det vil sige|svarende til|tilsvarende|ca\.|cirka)\s/iu;

function clauseOf(text: string, sentence: Sentence, mentions: Mention[], money: MoneyMention): { start: number; end: number } {
  const cuts: number[] = [];
  const re = /,\s|;\s|\s(?:og|samt|mens|medan|men|while|and)\s|\s–\s/gu;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(re)) {
    const at = sentence.start + m.index!;
    if (mentions.some((x) => at >= x.start && at < x.end)) continue;
    // "lærings- og meistringssenter": a compound's shared half, not a second clause.
    if (body[m.index! - 1] === "-") continue;
    // "Hver part betaler halvdelen, dvs. 1,5 mio. kr.": the amount in apposition, not a second clause.
    if (APPOSITION_AFTER_COMMA.test(body.slice(m.index!, m.index! + 24))) continue;
    cuts.push(at);
  }
  let start = sentence.start;
  let end = sentence.end;
  for (const c of cuts) {
    if (c < money.start) start = c;
    else if (c >= money.end) {
      end = c;
      break;
    }
  }
  return { start, end };
}

interface Verb {
  kind: "give" | "receive";
  start: number;
  end: number;
}

/** The verb that governs the amount: the nearest before it in its clause, else in its sentence. */
function governingVerb(text: string, sentence: Sentence, clause: { start: number; end: number }, money: MoneyMention): Verb | null {
  const verbs = sentenceVerbs(text, sentence);
  const before = (lo: number) => verbs.filter((v) => v.end <= money.start && v.start >= lo).sort((a, b) => b.start - a.start)[0];
  const after = verbs.filter((v) => v.start >= money.end && v.end <= clause.end).sort((a, b) => a.start - b.start)[0];
  return before(clause.start) ?? after ?? before(sentence.start) ?? null;
}

/** Where the words after an amount that may say who said it end: its sentence's end, or past a «quote» it stands in, the end of the line that closes it. */
function quoteTail(text: string, sentence: Sentence, money: MoneyMention): number {
  // "- Vi har fået 1,2 millioner kroner. Det betyder meget for os, siger …": a paragraph that opens
  // with a dash is one quote, said at its end.
  if (/^\s*[–-]\s/u.test(sentence.line.text)) return sentence.line.end;
  const open = text.lastIndexOf("«", money.start);
  const close = text.indexOf("»", money.end);
  if (open < 0 || close < 0 || text.lastIndexOf("»", money.start) > open || close <= sentence.end || close - money.end > 300 || text.slice(money.end, close).includes("\n")) return sentence.end;
  const lineEnd = text.indexOf("\n", close);
  return lineEnd < 0 ? text.length : lineEnd;
}

/** The sentence's verbs of giving and receiving, each read as the voice it stands in. */
function sentenceVerbs(text: string, sentence: Sentence): Verb[] {
  const verbs: Verb[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const [re, kind] of [[GIVE, "give"], [RECEIVE, "receive"]] as const) {
    for (const m of body.matchAll(re)) {
      const start = sentence.start + m.index!;
      let k: Verb["kind"] = kind;
      // "får tildelt", "er bevilget": the giving verb in the passive names the receiver.
      // Not after an empty subject: in "…, hvor der er afsat 35 mio. kr. til …" or "Det er bevilget
      // 2 millioner til …" no one named before the verb receives; the money goes where "til" says.
      if (kind === "give" && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 25), start)) && !EMPTY_SUBJECT_PASSIVE.test(text.slice(Math.max(sentence.start, start - 25), start))) k = "receive";
      // "I statsbudsjettet for 2013 er Helse Nord RHF tildelt 18 mill. kroner", "Helse Nord RHF er i
      // statsbudsjettet tildelt …": the auxiliary of a passive may stand further back, its subject
      // or an adverbial between it and the participle.
      if (kind === "give" && PARTICIPLE.test(m[0]) && DISTANT_PASSIVE_BEFORE.test(text.slice(sentence.start, start))) k = "receive";
      // "Sauda kommune tildeles 2 millioner": the s-passive names the receiver as its subject.
      if (kind === "give" && /s$/iu.test(m[0].split(" ")[0]!)) k = "receive";
      // "Statsforvalteren har innvilget 1,8 millioner": in the active perfect the granter is the subject.
      // So is the simple past right after a name: "Fylkesmannen i Troms innvilget i går 1,2 millioner kroner".
      if (kind === "receive" && /^(innvilget|innvilga|tilkjent)$/iu.test(m[0]) && (ACTIVE_PERFECT_BEFORE.test(text.slice(Math.max(sentence.start, start - 20), start)) || ACTIVE_PAST_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start)))) k = "give";
      // "har bevilget tilskud på i alt 8 mio. kr.": the noun after a giving verb is what it gives, not a receiving cue.
      if (kind === "receive" && /^tilskud$/iu.test(m[0]) && [...text.slice(Math.max(sentence.start, start - 25), start).matchAll(GIVE)].length > 0) continue;
      verbs.push({ kind: k, start, end: start + m[0].length });
    }
  }
  return verbs.sort((a, b) => a.start - b.start);
}

/**
 * Norwegian and Danish put the verb second: after a fronted adverbial the subject follows it
 * ("I år giver Region Syddanmark 5 mio. kr. …", "Totalt deler fylkeskommunen ut 3,2 millionar").
 * The name right after a giving verb is its subject, not its indirect object, when some words
 * but no name stand before the verb in its clause.
 */
// The opening of a sentence that puts a prepositional phrase before its verb.
const FRONTED_PHRASE = /^[\s•·▪◦*–-]*(?:med|i|gjennom|gennem|via|ifølge|iflg\.|etter|efter|under|over)\s+(?:\p{L}+\s+)?$/iu;

function invertedSubject(text: string, sentence: Sentence, sMentions: Mention[], verb: Verb, money: MoneyMention): Mention | null {
  const head = text.slice(sentence.start, verb.start);
  const clauseStart = sentence.start + Math.max(head.lastIndexOf(","), head.lastIndexOf(":"), head.lastIndexOf(";")) + 1;
  if (!/\p{L}/u.test(text.slice(clauseStart, verb.start))) return null;
  // "Samtidig har Husbanken gitt Drammen kommune …": a capitalised word after the sentence's
  // first is a name the graph lacks, standing as the subject; the name after the verb receives.
  if (/\s\p{Lu}/u.test(text.slice(clauseStart, verb.start).trimStart())) return null;
  if (sMentions.some((m) => m.start >= clauseStart && m.end <= verb.start)) return null;
  // "Opptrappingsplanen har siden 2016 gitt kommunene …": after an auxiliary, an inverted subject
  // stands before the participle ("I år har Region Syddanmark givet …"); the name after it is the object.
  if (/(?<![\p{L}])(?:har|have|hadde|havde|har nå|er|ble|blev|vart|vil|skal)(?![\p{L}])/iu.test(text.slice(clauseStart, verb.start))) return null;
  const next = sMentions.find((m) => m.start >= verb.end);
  // A group too, when the amount goes "til" someone after it: "Til sammenligning betalte kommunene
  // i Agder i fjor 11 millioner kroner til sykehuset".
  const toAfter = sMentions.some((m) => m.start >= money.end && /^\s*(?:(?:i året|om året|årlig)\s+)?til\s+$/iu.test(text.slice(money.end, m.start)));
  if (!next || next.end > money.start || ((next.type === "collective" || next.type === "joint") && !toAfter)) return null;
  return /^\s+(?:(?:nå|nu|også|igjen|igen|i dag)\s+)?$/iu.test(text.slice(verb.end, next.start)) ? next : null;
}

/**
 * "… fra X": X gave the money. "fra" names the giver whoever it is, also a body that usually
 * receives ("300 000 kroner hver fra fylkeskommunen"); "av"/"af" name the agent of a passive
 * ("tildelt 3 mio. kr. af Region Syddanmark") but are also partitive ("to av kommunene"), so
 * after them a body that usually receives counts only as one named body, not a group. A
 * collective or a list never gives.
 */
const MEMBERS_FROM = /(?<![\p{L}])(?:medlem\p{L}*|representant\p{L}*|politiker\p{L}*|deltaker\p{L}*|deltager\p{L}*)\s+(?:fra|frå)\s+$/iu;
// "afsat 75 mio. kr. til en pulje, som kommunerne kan søge om midler fra": who may apply to a
// pool says nothing of the amount put into it, which stands.
const OPEN_CALL = /(?<![\p{L}])(?:pulje|puljen|pott|potten|ordning|ordningen|ordninga|tilskuddsordning\p{L}*|tilskudsordning\p{L}*),?\s+(?:som|der|hvor|hvorfra|kor)\s+(?:[\p{L}-]+\s+){0,3}(?:kan|skal|kunne)\s+(?:søge|søke|søkje|ansøge)\s+om\s+(?:midler|midlar|penge|pengar|penger|tilskud|tilskot|tilskudd|støtte|stønad)(?![\p{L}])/giu;
const APPLICATION_FROM = /(?<![\p{L}])(?:søknad|søknaden|søknadene|søknader|søknadar|ansøgning|ansøgningen|ansøgninger|ansøgningerne)\s+(?:fra|frå)\s+$/iu;

const THING_FROM_BEFORE = /(?<![\p{L}])til\s+(?:\p{L}+\s+){1,8}(?:fra|frå)\s+$/iu;
const PROVIDER = /(?:center|centre|senter|senteret|centret|sygehus|sykehus|sjukehus|hospital|klinik|klinikk|DPS|afdeling|avdeling)(?![\p{L}])/iu;

function isFrom(text: string, m: Mention): boolean {
  // "fra en ny pulje under Sundhedsministeriet": the body a pool belongs to gives from it.
  if (POOL_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
  // "fra den nationale pulje til læge- og sundhedshuse": a pool named after its article and scope.
  if (isPool(m) && FROM_POOL_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
  const before = text.slice(Math.max(0, m.start - 6), m.start);
  if (!FROM_BEFORE.test(before)) return false;
  // "har på vegner av Helsedirektoratet tildelt": the one acted for, not the one who gives.
  if (actedFor(text, m)) return false;
  // "Størst bevilling får Aarhus Kommune med 4,1 mio. kr., fulgt af Odense Kommune med 3,6 mio. kr.": next in a ranking, not a giver.
  if (FOLLOWED_BY.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  // "har innvilget søknaden fra Lenvik kommune på 1,2 millioner kroner": the applicant, not a giver.
  if (APPLICATION_FROM.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  // "medlemmene fra Arbeiderpartiet": where people come from, not who gives.
  if (MEMBERS_FROM.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  // "går til et udgående team fra Psykiatrisk Center København": a provider the thing comes from, not a giver.
  // Within the name's own line: a headline above ("Mer penger til legevakta") is no thing it provides.
  if (THING_FROM_BEFORE.test(text.slice(Math.max(text.lastIndexOf("\n", m.start - 1) + 1, m.start - 80), m.start)) && (m.actor?.kind === "HEALTH_TRUST" || PROVIDER.test(m.surface))) return false;
  if (m.role !== "recipient-like") return true;
  if (m.type === "collective" || m.type === "joint") return false;
  // "uddannelse af kommunens akutsygeplejersker": "af" before a genitive is "of".
  if (!FROM_ONLY_BEFORE.test(before) && /s$/u.test(m.surface) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) return false;
  return FROM_ONLY_BEFORE.test(before) || (m.actor !== null && m.actor.kind !== "GROUP");
}

/** "… kroner til samhandling i kommunene": a "til" between the amount and the name, close to the name. */
// "Tilskuddet er på 2,2 mill. kr for Bodø, … og 1,4 mill. kr for hver av kommunene Hamar,
// Gjøvik og Lillehammer": an amount "for" a body named right after it is that body's.
const FOR_NAME = /^\s*(?:for|til)\s+(?:hver\s+av\s+(?:kommunene|kommunane|dei|de)\s+|hver\s+af\s+(?:kommunerne|de)\s+)?$/iu;
// Or right before the bodies: "til hver af" the two "de to andre kommuner" stand for.
// Also "til hvert av de tre helseforetakene i regionen, St. Olavs hospital HF, …".
const EACH_OF_BEFORE = /(?<![\p{L}])(?:hver|hvert|kvar|kvart)\s+a[vf]\s+(?:(?:(?:dei|de)\s+\p{L}+\s+(?:kommunene|kommunane|kommunerne|helseforetakene|helseføretaka|sykehusene|sjukehusa|regionene|regionerne|hospitalerne)|kommunene|kommunane|kommunerne|helseforetakene|helseføretaka|sykehusene|sjukehusa|regionene|regionerne|hospitalerne|dei|de)(?:\s+i\s+(?:regionen|fylket|landet))?(?:\s*,)?\s+)?$/iu;

const FRAME_FOR_BEFORE = /(?<![\p{L}])(?:ramma|rammen|ramme|fylkesramma|fylkesrammen|potten|potta)\s+(?:for|til)\s+$/iu;
// Or money "til kommunene" that a list then splits by county: "… til kommunene gjennom fylkesmennene. Slik fordeles pengene:".
const BY_COUNTY = /(?<![\p{L}])(?:fylkesvis|per fylke|pr\.? fylke|etter fylke|(?:fordelt|fordeling\p{L}*|fordeles|fordelast) på fylk\p{L}*|fylkesfordeling\p{L}*|til kommunene(?=[^.:]*\.[^.:]*:\s*$))(?![\p{L}])/iu;
const FIELD = /^\s*([\p{L}][\p{L} ()./-]{1,30}?)\s*:\s+\S/u;
// The labels of a record's amount granted, and of the party that got it.
// Also in a compound: "Tilskuddsbeløp: kr 1 250 000".
const AMOUNT_FIELD = /(?:beløb|beløp)(?![\p{L}])|(?<![\p{L}])(?:bevilget|bevilling|bevilga|tildelt|tildeling|tilskud|tilskudd|tilskot|støtte|løyvd|løyving)(?![\p{L}])/iu;
const APPLIED_FIELD = /(?<![\p{L}])(?:søkt|omsøkt|ansøgt|søgt|søknadsbeløp|ansøgningsbeløb)(?![\p{L}])/iu;
const YEAR_FIELD = /^(?:år|tilskuddsår|tilskotsår|tilskudsår|budsjettår|budgetår|tilsagnsår|bevillingsår|regnskapsår)$/iu;
const PARTY_FIELD = /^(?:ansøger|søker|søkjar|modtager|mottaker|mottakar|tilskudsmodtager|tilskuddsmottaker|tilskotsmottakar|bevillingsmodtager|projektejer|prosjekteier|prosjekteigar|projektholder|prosjektholder|prosjekthaldar|projektansvarlig|prosjektansvarlig|prosjektansvarleg|kommune|region|organisasjon|organisation|institution|institusjon|helseforetak|sygehus|sykehus|ansvarlig|ansvarleg)$/iu;

const RANGE_LOW_BEFORE = /(?<![\p{L}])(?:fra|frå|mellom|mellem)\s+$/iu;
const RANGE_HIGH_BEFORE = /(?<![\p{L}])(?:fra|frå|mellom|mellem)\s+\d[\d\s.,]*(?:\s*(?:kr\.?|kroner|mill\.?|millioner|millionar|mio\.?|mrd\.?|milliarder))*\s+(?:til|og)\s+$/iu;
const RANGE_LOW_AFTER = /^\s*(?:til|og)\s+\d/iu;
const CHANGED_FROM_NUMBER = new RegExp(`${CHANGED}\\d`, "iu");

/** The lower or upper bound of "fra 200 000 til 1,2 millioner kroner", "mellem 20 og 25 mio. kr."; not what a grant changed from or to. */
function inRange(before: string, after: string): boolean {
  if (CHANGED_FROM_BEFORE.test(before) || CHANGED_FROM_NUMBER.test(before)) return false;
  return (RANGE_LOW_BEFORE.test(before) && RANGE_LOW_AFTER.test(after)) || RANGE_HIGH_BEFORE.test(before);
}

/** The line a list hangs from: the nearest line above it that ends with a colon, within a few lines. */
function listIntro(view: DocumentView, line: Line): string {
  for (let i = line.index - 1; i >= Math.max(0, line.index - 12); i -= 1) {
    const l = view.lines[i]!;
    if (/:\s*$/u.test(l.text)) return l.text;
  }
  return "";
}

/**
 * "Projekt: …⇥Ansøger: Region Nordjylland⇥Bevilget beløb: 2.300.000 kr.": when the amount stands
 * in a field of a block of labelled lines, the first name in that block's party field, and the
 * year its year field gives ("Tilskuddsår: 2022"); null when the amount is in no such record.
 */
function recordOf(view: DocumentView, line: Line, money: MoneyMention): { party: Mention | null; year: number | null } | null {
  const field = FIELD.exec(line.text);
  if (!field || !AMOUNT_FIELD.test(field[1]!) || APPLIED_FIELD.test(field[1]!) || money.start < line.start + field[0].length - 1) return null;
  // The record is the run of labelled lines around the amount's, up to a blank or unlabelled line.
  const isField = (l: Line | undefined) => !!l && l.paragraph === line.paragraph && FIELD.test(l.text);
  let lo = line.index;
  while (isField(view.lines[lo - 1])) lo -= 1;
  let hi = line.index;
  while (isField(view.lines[hi + 1])) hi += 1;
  let party: Mention | null = null;
  let year: number | null = null;
  for (let i = lo; i <= hi; i += 1) {
    const l = view.lines[i]!;
    const label = FIELD.exec(l.text)![1]!.trim();
    if (YEAR_FIELD.test(label)) year = Number(/(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(l.text.slice(l.text.indexOf(":")))?.[1] ?? NaN) || null;
    if (!party && PARTY_FIELD.test(label)) party = view.mentions.find((m) => m.start >= l.start && m.end <= l.start + l.text.length && m.type !== "collective") ?? null;
  }
  return { party, year };
}

// A table's first column of bodies named by their town: "Sundhedsklynge", "Helsefellesskap".
const NAMED_BY_TOWN_COLUMN = /^(?:sundhedsklynge|klynge|helsefellesskap|helsefelleskap|samarbeid|samarbejde|opptaksområde|optageområde)$/iu;

// A table's column for the body that gets the money.
const BODY_COLUMN = /^(?:kommune|kommuner|kommunar|tilskuddsmottaker|tilskotsmottakar|tilskudsmodtager|mottaker|mottakar|modtager|ansøger|søker|søkjar|helseforetak|sykehus|sygehus|hospital)$/iu;

/** The name in the body column of the table row `line`, when the table has such a column. */
function tableBodyCell(view: DocumentView, line: Line): Mention | null {
  const header = indexOf(view).tableHeader(line.start);
  const col = header ? header.findIndex((h) => BODY_COLUMN.test(h.replace(/\s*\(.*\)\s*$/, ""))) : -1;
  if (!header || col < 0) return null;
  const spans = cellSpans(line.text);
  if (spans.length !== header.length) return null;
  const cell = spans[col]!;
  const at = { start: line.start + cell.start, end: line.start + cell.end };
  // "Børne- og Ungdomspsykiatrisk Center" in the "Ansøger" column: a body the graph lacks is
  // still the row's body, named by its cell, not the row above's.
  // Not a total row's label ("Sum", "I alt"), which names no body.
  const named = inSpan(view.mentions, at).find((m) => m.type !== "collective");
  if (named || TOTAL_ROW.test(view.text.slice(at.start, at.end)) || !/\p{Lu}/u.test(view.text.slice(at.start, at.end))) return named ?? null;
  return { ...at, surface: view.text.slice(at.start, at.end), type: "unknown", candidates: [], actor: null, unresolved: null, members: [], count: null, role: "recipient-like" };
}

/**
 * "til et projekt, hvor praktiserende læger i Aalborg kan ringe … på Aalborg Universitetshospital":
 * the thing ends at the comma, and a body in the clause of where it happens is not paid, but for
 * the bodies that clause opens with, who run it ("til et projekt, hvor Aarhus Kommune og Aarhus
 * Universitetshospital sammen skal følge hjertepatienter"); a group of people there only use it.
 */
function inWhereClause(text: string, from: number, m: Mention): boolean {
  const gap = text.slice(from, m.start);
  const where = /,\s*(?:hvor|hvori|kor|der)\s+/iu.exec(gap);
  if (!where) return false;
  return where.index + where[0].length < gap.length || m.actor?.kind === "GROUP";
}

function isTowards(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (/[.;:]/.test(between.replace(/\b(kr|mill|mio|mrd)\./gi, ""))) return false;
  // "til prosjektet, medan Fitjar og Bømlo …": the next clause's subject is no recipient.
  // "til projektet, hvoraf Region Sjælland betaler 8 mio. kr.": the subject of a clause of its parts is no recipient either.
  if (/,\s*(?:hvoraf|hvorav|herav|heraf)\s/iu.test(between)) return false;
  // But "…, og går til Vefsn kommune" goes on with the money as its subject.
  if (/,\s*(?:medan|mens|men|mentre|samt|while|og)\s(?!(?:går|gikk|skal gå|går videre|går direkte)\s+til\s)/iu.test(between)) return false;
  // Read a little past the name's start: "på" looks ahead at the count that opens the name.
  const all = [...text.slice(from, to + 12).matchAll(TOWARDS)].filter((m) => m.index! + m[0].length <= between.length);
  const last = all[all.length - 1];
  if (!last) return false;
  const rest = between.slice(last.index! + last[0].length).trim();
  // "til et telemedicinsk projekt på Sygehus Lillebælt", "til innovasjonsprosjekt i kommunane": a
  // project named with where it is run.
  // But after a purpose the payer carries out ("til å byggja om lokala til den interkommunale
  // legevakta på Voss sjukehus"), the body is where the thing is, not who is paid.
  if (/(?<![\p{L}])(?:på|ved|hos|i)$/iu.test(rest) && /(?<![\p{L}])(?:til|for)\s+(?:å|at)\s/iu.test(between.slice(0, last.index))) return false;
  // "til eit felles velferdsteknologiprosjekt for Førde, Naustdal, Jølster og Gaular": a project for them.
  // "til et udgående team fra Psykiatrisk Center København": a thing a provider runs (a giver after "fra" is never a recipient).
  return rest === "" || rest.split(/\s+/).length <= 3 || (rest.split(/\s+/).length <= 5 && /(?<![\p{L}])(?:på|ved|hos|i|for|fra|frå)$/iu.test(rest)) || (rest.split(/\s+/).length <= 6 && /(?<![\p{L}])(?:på|ved|hos)$/iu.test(rest));
}

// A pool, or the state budget, is where money is kept: the body that gives from it pays.
const SPLIT_INTO_BEFORE = /(?<![\p{L}])(?:fordelt|fordeles|fordelast|fordelte|fordeler seg|fordeler sig|delt|deles)\s+(?:på|mellom|mellem|over)\s+$/iu;
const RELATIVE_SUBJECT_BEFORE = /^\s*,\s*(?:som|der)\s+$/iu;
const PASSES_ON_AFTER = /^\s+(?:(?:så|også|òg|selv|sjølv|kan|skal|må)\s+)?(?:søge|søke|søkje|ansøge|søger|søker|søkjer|betaler|betalar|betalte|deler|delar|fordeler|fordelar|gir|giver|gjev|utbetaler|udbetaler|sender|videreformidler|videresender)(?![\p{L}])/iu;
const BUILDS_AFTER = /^\s+(?:(?:skal|vil|skal nå|skal nu|kommer til å|kommer til at)\s+)(?:bygge|byggja|byggje|drive|drifte|etablere|etablera|eie|eige|stå for|drive og eie)(?![\p{L}])/iu;
const BUDGET_OF_BEFORE = /(?<![\p{L}])(?:budget|budsjett)\p{L}*\s+(?:for\s+(?:19|20)\d{2}\s+)?(?:i|for)\s+$/iu;
const STATE_KIND_GAP = /^\s+(?:i|som|av|af|fra|frå)\s+(?:\p{L}+\s+)?$/iu;
// The state budget, and the state's money named by its kind ("et statlig tilskudd", "statstilskudd").
const isStateMoney = (m: Mention) => /budsjett|finanslov|^stat(?:l|sl|stil|smid|sst[oø]t)/.test(fold(m.surface));
const isPool = (m: Mention) => m.actor?.kind === "POOL" || /pulje/.test(fold(m.surface)) || isStateMoney(m);

/** The mention stands in brackets closed before `until`: "(vertskommune for Røyken og Hurum)". */
function inAside(text: string, m: Mention, until: number): boolean {
  const open = text.lastIndexOf("(", m.start);
  const close = text.indexOf(")", m.end);
  return open >= 0 && close >= 0 && close < until && !/[)\n]/.test(text.slice(open, m.start)) && !/[(\n]/.test(text.slice(m.end, close));
}

function nearest(ms: Mention[], money: MoneyMention): Mention | null {
  return ms.sort((a, b) => Math.abs(a.start - money.start) - Math.abs(b.start - money.start))[0] ?? null;
}

const BRANCH_TOWN_BEFORE = /(?:^|\n)[\s•·▪◦*–-]*\p{Lu}[^\n,:]{2,60},[^\S\n]+$/u;

/** "Flere sengepladser i Esbjerg: 15 mio. kr.", "fik psykiatrien i regionen": a municipality or region named as where something is, not who gets it. */
function placeOfThing(text: string, m: Mention): boolean {
  // Also the town of a hospital named before it ("Sydvestjysk Sygehus i Esbjerg"), the city of a
  // district ("Bydel Alna i Oslo kommune"), and the town of a branch a line opens with
  // ("Nasjonalforeningen for folkehelsen, Tromsø: 250 000 kroner").
  if (m.actor?.kind === "MUNICIPALITY" && BRANCH_TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start))) return true;
  return (m.actor?.kind === "MUNICIPALITY" || m.actor?.kind === "REGION") && /(?<![\p{L}])(?:\p{Ll}[\p{L}-]*|[\p{L}-]*(?:[Ss]ygehus|[Ss]ykehus|[Ss]jukehus|[Hh]ospital|[Cc]enter|[Ss]enter|[Kk]linikk?)|[Bb]ydel\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+i\s+$/u.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** "Balsfjord kommune, som har legevaktsamarbeid med Tromsø, får …": a name inside a relative clause set off by commas. */
function inRelativeClause(text: string, sentence: Sentence, m: Mention): boolean {
  const before = text.slice(sentence.start, m.start);
  const opened = /,\s+(?:som|der|hvor|hvis|der hvor|kor)\s[^,]*$/iu.test(before);
  return opened && /^[^,.]*,/.test(text.slice(m.end, sentence.end));
}

function lastBefore(ms: Mention[], at: number): Mention | null {
  return ms.filter((m) => m.end <= at).sort((a, b) => b.end - a.end)[0] ?? null;
}

// ": <a title> – " between a row's body and its amount, or " – <a title>: " ("Vefsn kommune –
// interkommunal legevakt: 1 200 000 kroner").
// Or " – <a title> – " ("Helse Nord-Trøndelag HF og Levanger kommune – felles intermediærenhet – 2 400 000 kroner").
const TITLED_ROW = /^(?:\s*\([^()\n]{1,60}\))?\s*(?::\s*\S[^\n]{1,100}?\s[–-]|\s[–-]\s*\S[^\n:]{1,100}?(?::|\s[–-]))\s*$/u;

/**
 * A list's amount whose name stands at the start of its line ("• Sogndal: 4 850 000 kroner"),
 * in a later sentence of the same bullet, or on a heading line above ("Tønder Kommune: …" then
 * "Tilskud: 2.390.000,00 kr.").
 */
function lineSubject(view: DocumentView, sentence: Sentence, money: MoneyMention): { mention: Mention; quoteStart: number; rule: string } | null {
  const line = sentence.line;
  const startsLine = (l: Line) => inSpan(view.mentions, l).find((m) => /^[\s•·▪◦*–\-\d.)]*$/.test(view.text.slice(l.start, m.start)));
  if (line.listItem && sentence.start > line.start) {
    const m = startsLine(line);
    if (m && m.end <= money.start) return { mention: m, quoteStart: sentence.start, rule: "recipient:list-item-subject" };
  }
  // The amount first, then whom it went to: "• 1,2 millioner kroner: Lenvik kommune, digital hjemmeoppfølging".
  if (/^[\s•·▪◦*–-]*$/u.test(view.text.slice(line.start, money.start)) && line.text.length < 160 && !GIVES_OR_RECEIVES.test(line.text)) {
    const after = inSpan(view.mentions, { start: money.end, end: line.end })[0];
    if (after && after.type !== "collective" && /^\s*[:–-]\s*$/u.test(view.text.slice(money.end, after.start))) return { mention: after, quoteStart: line.start, rule: "recipient:after-amount-label" };
  }
  // A project's title with its owners in brackets, then the amount: "- Felles akutteam
  // (Finnmarkssykehuset og Alta kommune) – 400 000 kroner".
  const owners = inSpan(view.mentions, { start: line.start, end: money.start }).filter((m) => m.type !== "collective");
  if (owners.length === 1 && line.text.length < 160 && !GIVES_OR_RECEIVES.test(line.text) && /^[\s•·▪◦*–-]*[^\s()][^()\n]{1,80}\(\s*$/u.test(view.text.slice(line.start, owners[0]!.start)) && /^\s*\)\s*[:–-]\s*$/u.test(view.text.slice(owners[0]!.end, money.start))) {
    return { mention: owners[0]!, quoteStart: line.start, rule: "recipient:owner-in-brackets" };
  }
  // A table row written as text, without a bullet: "Alta kommune, 450 000 kroner", "Vefsn – 650 000 kroner".
  // A row labelled as the sum is the table's total, whatever its label resolves to ("Sum" is also an abbreviation).
  if (TOTAL_ROW.test(line.text)) return null;
  const head = startsLine(line);
  // Also with the branch's town after a comma: "Nasjonalforeningen for folkehelsen, Tromsø: 250 000 kroner".
  if (head && head.end <= money.start && /^(?:\s*,\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?\s*[,:;–\-\t]\s*$/u.test(view.text.slice(head.end, money.start)) && line.text.length < 100 && !GIVES_OR_RECEIVES.test(line.text)) {
    return { mention: head, quoteStart: line.start, rule: "recipient:row-subject" };
  }
  // A row with the project's title between the body and the amount: 'Randers Kommune: "Fælles
  // akutplejeteam på tværs af sektorer" – 3.450.000 kr.'; a note in brackets may follow the body.
  if (head && head.end <= money.start && TITLED_ROW.test(view.text.slice(head.end, money.start)) && line.text.length < 160 && !GIVES_OR_RECEIVES.test(line.text)) {
    return { mention: head, quoteStart: line.start, rule: "recipient:row-subject" };
  }
  // A value line under a name: "Tilskud: 2.390.000,00 kr." or the amount alone, not a heading
  // such as "Resterende 600 mio. kr. udmøntes til foråret", which opens a section of its own.
  const valueLine = /^[\s•·▪◦*–-]*(?:\p{L}[\p{L} ]{0,30}:|(?:kr\.?\s*)?\d)/u.test(line.text);
  const amountOnly = valueLine && inSpan(view.mentions, line).length === 0 && line.text.length < 80;
  if (!amountOnly) return null;
  const idx = line.index;
  for (let k = idx - 1; k >= Math.max(0, idx - 4); k -= 1) {
    const prev = view.lines[k]!;
    if (inSpan(view.money, prev).length > 0) break;
    // A sentence that gives or receives frames the list below it ("Fylkesmannen … har tildelt
    // kommunene i fylket"); its subject is no heading naming the line's recipient.
    if (GIVES_OR_RECEIVES.test(prev.text)) break;
    const m = startsLine(prev);
    if (m) return { mention: m, quoteStart: prev.start, rule: "recipient:heading-line" };
  }
  return null;
}

interface Frame {
  payer: Mention | null;
  recipient: Mention | null;
  /** The last sentence that grants without an amount, and its parties. */
  grant: { payer: Mention | null; recipient: Mention | null; sentence: Sentence } | null;
  /** A heading that says only where the rows under it come from ("Fra Sundhedsstyrelsens pulje:"). */
  heading?: Line;
  /** The subject of a sentence that receives without an amount, and its line: "Aarhus Kommune har modtaget tilskud fra flere puljer." */
  receiver?: { mention: Mention; line: Line };
}

// The grant named as such, in the definite form: a sentence that opens with it ("Tilskuddet er
// på …", "Beløbet udgør …"), or it just before its amount ("står bak tildelingen på 4,2 millioner").
const THE_GRANT = "tilskuddet|tilskotet|beløpet|beløbet|bevilgningen|bevillingen|løyvinga|løyvingen|støtten|støtta|tildelingen|tildelinga|tilsagnet";
const GRANT_NOUN = new RegExp(String.raw`^[–-]?\s*(?:${THE_GRANT}|tilskuddene|summen)(?![\p{L}])`, "iu");
// Also inverted after a fronted word: "Her udgør tilskuddet 1,7 mio. kr.", "Nå er beløpet på 2 millioner".
const GRANT_NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:${THE_GRANT})\s+(?:på|er på|er|lyder på|udgør|utgjør)|(?:udgør|utgjør|er|lyder)\s+(?:${THE_GRANT})(?:\s+på)?)\s+$`, "iu");

/**
 * Parties of a sentence that grants with no amount: "Bodø kommune har fått tilskudd fra
 * Helsedirektoratet" (receiving: its subject and "fra X"), "Helsedirektoratet har innvilget
 * Bodø kommune tilskudd" (giving: its subject and the name after the verb).
 */
function grantWithoutAmount(view: DocumentView, sentence: Sentence, sMentions: Mention[], verb: Verb): Frame["grant"] {
  const from = sMentions.find((m) => isFrom(view.text, m)) ?? null;
  if (verb.kind === "give") {
    const payer = from ?? lastBefore(sMentions.filter((m) => m.role !== "recipient-like" && m.type !== "collective"), verb.start);
    const recipient = sMentions.find((m) => m.start >= verb.end && m !== payer && !isFrom(view.text, m)) ?? null;
    return recipient ? { payer, recipient, sentence } : null;
  }
  // "For anden gang i år får Nyborg Kommune penge fra …": the subject after a fronted phrase and its verb.
  const recipient = lastBefore(sMentions.filter((m) => !isFrom(view.text, m)), verb.start)
    ?? sMentions.find((m) => m.start >= verb.end && !isFrom(view.text, m) && /^\s+$/u.test(view.text.slice(verb.end, m.start))) ?? null;
  return recipient ? { payer: from, recipient, sentence } : null;
}

/** The known body that opens a sentence receiving money with no amount of its own. */
function receivingSubject(view: DocumentView, sentence: Sentence, sMentions: Mention[], verb: Verb): Mention | null {
  if (verb.kind !== "receive") return null;
  const subject = sMentions.find((m) => m.type === "known" && m.end <= verb.start && /^[\s•·▪◦*–-]*$/u.test(view.text.slice(sentence.start, m.start)));
  return subject ?? null;
}

/** `line` is a row of a tab-separated table that starts within a few lines under `above`. */
function tableUnder(view: DocumentView, above: Line, line: Line): boolean {
  if (line.index <= above.index || line.index - above.index > 20 || !line.text.includes("\t")) return false;
  let prose = 0;
  for (let i = above.index + 1; i < line.index; i += 1) {
    const t = view.lines[i]!.text;
    if (t.trim() !== "" && !t.includes("\t") && (prose += 1) > 1) return false;
  }
  return true;
}

const FROM_HEADING = /^\s*(?:fra|frå)\s[^\n:]{3,80}:\s*$/iu;
const ROW = new RegExp(String.raw`${FIGURE_LABEL}\d[^\n]{0,30}$`, "u");

/** `line` is a row "Body: amount" under `heading`, with only such rows or blank lines between. */
function rowUnder(view: DocumentView, heading: Line, line: Line): boolean {
  if (line.index <= heading.index || line.index - heading.index > 30 || !ROW.test(line.text)) return false;
  for (let i = heading.index + 1; i < line.index; i += 1) {
    const t = view.lines[i]!.text;
    if (t.trim() !== "" && !ROW.test(t)) return false;
  }
  return true;
}

/** Payer and recipient of a sentence that has a funding verb but no amount: a list's heading. */
function framingRoles(view: DocumentView, sentence: Sentence, sMentions: Mention[]): { payer: Mention | null; recipient: Mention | null; heading?: Line } | null {
  if (sMentions.length === 0) return null;
  const body = view.text.slice(sentence.start, sentence.end);
  // A list's heading that says only where its money comes from: "Fra Sundhedsstyrelsens pulje til
  // nære sundhedstilbud:" over "Hvidovre Kommune: 1.200.000 kr.".
  if (FROM_HEADING.test(body)) {
    const from = sMentions.find((m) => isFrom(view.text, m) && m.type !== "collective");
    if (from) return { payer: from, recipient: null, heading: sentence.line };
  }
  if (!FUNDING_CUE.test(sentence.text)) return null;
  const give = [...body.matchAll(GIVE)][0];
  if (!give) return null;
  const at = sentence.start + give.index!;
  // "Regionsrådet har fordelt midlerne fra Region Syddanmarks pulje til …": the body the money
  // comes from gives (when no subject does); it receives nothing.
  const from = sMentions.find((m) => m.start > at && isFrom(view.text, m)) ?? null;
  const payer = lastBefore(sMentions.filter((m) => m.role !== "recipient-like" && m.type !== "collective"), at) ?? from;
  const recipient = sMentions.find((m) => m.start > at && m !== payer && m !== from && !sameParty(m, payer)) ?? null;
  // "Midlene forvaltes av Fylkesmannen i Nordland, som har fordelt dem slik:" over "Bodø kommune |
  // 1 400 000": whoever the line says shares the money out pays its rows.
  const heading = payer && /:\s*$/u.test(body) ? { heading: sentence.line } : {};
  return payer || recipient ? { payer, recipient, ...heading } : null;
}

function sameParty(a: Mention, b: Mention | null): boolean {
  if (!b) return false;
  return a === b || (a.actor !== null && a.actor === b.actor) || fold(a.surface) === fold(b.surface);
}

/** Lookups of one document built once, so no rule scans the whole document per sentence. */
interface DocumentIndex {
  /** The payer-like mentions, in order. */
  payerLike: Mention[];
  /** Where each paragraph starts. */
  paragraphStart: Map<number, number>;
  /** Each sentence's place. */
  sentenceIndex: Map<Sentence, number>;
  /** The header cells of the table a line is a row of, each table read once. */
  tableHeader: (lineStart: number) => string[] | null;
  /** Bodies that head a row of a list with their amount: receivers, paying for no later row. */
  rowBodies: Set<Mention>;
}

const indexes = new WeakMap<DocumentView, DocumentIndex>();

function indexOf(view: DocumentView): DocumentIndex {
  let index = indexes.get(view);
  if (!index) {
    const paragraphStart = new Map<number, number>();
    for (const l of view.lines) if (!paragraphStart.has(l.paragraph)) paragraphStart.set(l.paragraph, l.start);
    index = { payerLike: view.mentions.filter((m) => m.role === "payer-like"), paragraphStart, sentenceIndex: new Map(view.sentences.map((x, i) => [x, i])), tableHeader: tableHeaderReader(view.text), rowBodies: new Set() };
    indexes.set(view, index);
  }
  return index;
}

const sentenceIndex = (view: DocumentView, s: Sentence) => indexOf(view).sentenceIndex.get(s) ?? -1;

function previousSentence(view: DocumentView, s: Sentence): Sentence | null {
  const prev = view.sentences[sentenceIndex(view, s) - 1];
  return prev && prev.line.paragraph === s.line.paragraph ? prev : null;
}

function nextSentence(view: DocumentView, s: Sentence): Sentence | null {
  const next = view.sentences[sentenceIndex(view, s) + 1];
  return next && next.line.paragraph === s.line.paragraph ? next : null;
}

/** The next paragraph's first sentence, when the draft's sentence ends a paragraph that states no other amount. */
function openingOfNextParagraph(view: DocumentView, d: Draft, drafts: Draft[]): Sentence | null {
  const next = view.sentences[sentenceIndex(view, d.sentence) + 1];
  if (!next || next.line.paragraph === d.sentence.line.paragraph) return null;
  return drafts.some((e) => e !== d && e.sentence.line.paragraph === d.sentence.line.paragraph) ? null : next;
}

function sentenceDistance(view: DocumentView, a: Sentence, b: Sentence): number {
  return Math.abs(sentenceIndex(view, b) - sentenceIndex(view, a));
}

/** A payer-like name earlier in the same paragraph: "Helsedirektoratet har fordelt … Over 93 millioner …". */
function paragraphPayer(view: DocumentView, s: Sentence, recipient: Mention | null): Mention | null {
  const index = indexOf(view);
  const from = index.paragraphStart.get(s.line.paragraph) ?? s.line.start;
  const span = { start: from, end: s.start };
  // "Det er Fylkesmannen i Nordland som har fordelt midlene, som kommer fra Helsedirektoratet":
  // the body the money only came from pays when no other is named.
  // A body before a pool: "… fra Sundheds- og Ældreministeriets pulje til læge- og sundhedshuse" is the ministry's money.
  const fits = (m: Mention) => !sameParty(m, recipient) && !index.rowBodies.has(m) && !ORIGIN_BEFORE.test(view.text.slice(Math.max(0, m.start - 30), m.start));
  return lastInSpan(index.payerLike, span, (m) => fits(m) && !isPool(m)) ?? lastInSpan(index.payerLike, span, fits)
    ?? lastInSpan(index.payerLike, span, (m) => !sameParty(m, recipient) && !index.rowBodies.has(m)) ?? null;
}

const ORIGIN_BEFORE = /(?<![\p{L}])(?:kommer|kjem|kom|stammer|stammar)\s+(?:(?:opprinnelig|opphavleg|oprindeligt|egentlig)\s+)?(?:fra|frå)\s+$/iu;

/** Payers the document names anywhere, in order: the fallback for amounts whose sentence names none. */
// A publisher the graph lacks that names itself as a state agency or a foundation.
const AGENCY_NAME = /(?:styrelsen|direktoratet|departementet|ministeriet|fonden|fondet|stiftelsen|tilsynet|instituttet)$/iu;

/**
 * Whether the publisher pays out of its own release, to someone other than itself: only a
 * publisher the graph knows (a ministry, a county, a region), or one named as an agency or a
 * foundation ("Sundhedsstyrelsen"); a newspaper that reports a grant is no party to it.
 */
function publisherPays(publisher: PartyRef, recipient: Mention | null): boolean {
  if (publisher.id) return publisher.id !== recipient?.actor?.id;
  return AGENCY_NAME.test(publisher.name ?? "") && !(recipient && fold(recipient.surface) === fold(publisher.name!));
}
// "Viborg Kommune, som ikke modtager midler fra puljen": a source denied in its clause gives nothing.
const DENIED_BEFORE = /(?<![\p{L}])(?:ikke|ikkje|ingen|aldri|aldrig)(?![\p{L}])[^.,;:]*$/iu;

function documentPayers(view: DocumentView): Mention[] {
  const out: Mention[] = [];
  const trusts: Mention[] = [];
  for (const m of view.mentions) {
    // A minister speaks for a body; "Bent Høie sier at regjeringen vil gi …" names the body that pays.
    if (m.type === "collective" || m.actor?.kind === "PERSON") continue;
    const s = containing(view.sentences, m);
    // A body that pays money back gives none of the document's grants: "Struer Kommune skal betale 600.000 kroner tilbage".
    const repays = s ? REPAYMENT.exec(s.text) : null;
    if (repays && m.end <= s!.start + repays.index) continue;
    const gives = s ? [...view.text.slice(m.end, s.end).matchAll(DOCUMENT_GIVE)] : [];
    // "Fordeling av samhandlingsmidler 2014": a pool "av" which is shared out does not pay; one money comes "fra" does.
    const fromPhrase = isFrom(view.text, m) && (!isPool(m) || FROM_ONLY_BEFORE.test(view.text.slice(Math.max(0, m.start - 6), m.start))) && !DENIED_BEFORE.test(view.text.slice(Math.max(s?.start ?? 0, m.start - 50), m.start));
    // A body that usually receives pays the document's money only as a giving verb's subject:
    // "Helse Sør-Øst har tildelt Sykehuset Østfold kr. 12 mill." before "Akershus universitetssykehus fikk i fjor 9 mill. kroner";
    // or where money comes "fra" it ("Rana kommune får fem millioner kroner fra Helse Nord RHF").
    // Not a municipality "fra" which something comes ("Søknader fra Kautokeino kommune").
    const paysFrom = fromPhrase && (m.actor?.kind === "HEALTH_TRUST" || m.actor?.kind === "REGIONAL_HEALTH_TRUST");
    // Not an s-passive's subject, who gets: "Helse Nord RHF tildeles 13,2 milliarder kroner".
    const subjectGives = gives[0] && !/(?:es|ys)$/iu.test(gives[0][0]) && SUBJECT_GAP.test(view.text.slice(m.end, m.end + gives[0].index!));
    if (m.role === "recipient-like" && !subjectGives) {
      // Such a trust comes last, after every body that usually pays.
      if (paysFrom && !trusts.includes(m)) trusts.push(m);
      continue;
    }
    // "Regjeringen la fram forslaget til statsbudsjett for 2021" over a list of what it gives: the budget the government proposes, or the state's, pays.
    // Not the budget that gave the publisher the money its own paper shares out: "I revidert
    // nasjonalbudsjett fekk Helse Vest RHF auka basisramma med 48 mill. kr" under Helse Vest's list.
    const paysPublisher = view.publisher?.id && s ? inSpan(view.mentions, { start: m.end, end: s.end }).some((x) => x.actor?.id === view.publisher!.id) : false;
    const budget = isStateMoney(m) && m.type === "known" && !paysPublisher;
    const giver = gives.some((g) => g.index! < 40 && !PASSIVE_BEFORE.test(view.text.slice(m.end, m.end + g.index!))) || subjectGives || budget || BEHIND_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start));
    if ((fromPhrase || giver) && !out.includes(m)) out.push(m);
  }
  // "Tilskud fra puljen til demensvenlige kommuner" over "Sundhedsstyrelsen har nu fordelt de 24 mio.
  // kr. fra puljen": the body that gives from a pool pays before the pool it gives from.
  // Of the budgets, the government's proposal ("forslaget til statsbudsjett") before the state's
  // budget it proposes ("Statsbudsjettet 2021: Dette får Innlandet"): the proposal says who gives.
  const pools = out.filter(isPool);
  const proposed = pools.filter((m) => isStateMoney(m) && m.actor?.kind === "BODY" && !/staten$/.test(m.actor.id));
  return [...out.filter((m) => !isPool(m)), ...proposed, ...pools.filter((m) => !proposed.includes(m)), ...trusts.filter((t) => !out.some((m) => m.actor && m.actor === t.actor))];
}

// "… til projektet, som løber frem til 2024": the end of a period dates no grant.
const YEAR_NEAR = /(?<![\p{L}\d])(?:for|i|in|(?<!(?:frem|fram|helt)\s+)til|budsjettet for|statsbudsjettet for|finansloven for|perioden|perioda|årene|årerne|åra)\s+((?:19|20)\d{2})(?![\d])|((?:19|20)\d{2})-budsjett\p{L}*/giu;

// Words that date a sentence to the document's day, whatever the sentence before said.
const NOW = /(?<![\p{L}])(?:nå|nu|no|i dag|allerede|tidligere|hittil|i år|i fjor|sidste år|i forrige uke|i sidste uge)(?![\p{L}])/iu;

const RELATIVE_YEAR = /(?<![\p{L}])(?<!(?:enn|end|som|mot|mod|med|af|av|siden|sidan)\s+)(?:(?<next>neste år|næste år|til neste år|neste budsjettår)|(?<last>i fjor|sidste år|forrige år)|(?<this>i år|i inneverande år|i inneværende år|i indeværende år))(?![\p{L}])/giu;

const MONTHS: Record<string, number> = { januar: 1, februar: 2, mars: 3, marts: 3, april: 4, mai: 5, maj: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12, december: 12 };
const IN_MONTH = new RegExp(String.raw`(?<![\p{L}])i\s+(${Object.keys(MONTHS).join("|")})(?![\p{L}])`, "iu");
const TOLD_IN_PAST = /(?<![\p{L}])(?:vedtok|vedtog|vedtatt|vedteke|vedtaget|besluttet|besluttede|bevilget|bevilgede|bevilga|bevilgede|fikk|fik|fekk|fått|fået|ble|blev|vart|tildelte|fordelte|gav|ga)(?![\p{L}])/iu;
const TOLD_AHEAD = /(?<![\p{L}])(?:skal|vil|kommer til|blir|bliver|skulle|planlegger|planlægger)(?![\p{L}])/iu;
const BUDGET_PROPOSITION = /(?<![\p{L}])(?:Prop\.\s*1\s*S|St\.\s*prp\.\s*nr\.\s*1)\s*\(((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})\)/u;
const COMPARED_BEFORE = /(?<![\p{L}])(?:mot|mod|sammenlignet med|sammenliknet med|samanlikna med)\s+$/iu;
const LAST_YEAR_AFTER = /^\s*(?:i fjor|sidste år|året før|året innan|forrige år)(?![\p{L}])/iu;

const YEAR_LABEL = /^[\s•·▪◦*–-]*((?:19|20)\d{2})\s*:\s/u;

function yearOf(view: DocumentView, s: Sentence, money: MoneyMention): { year: number | null; rule: string } {
  // "Kommune⇥2020 (kr)⇥2021 (kr)": a table of several years dates each figure by its column.
  if (money.columnYear !== null) return { year: money.columnYear, rule: "year:column" };
  const body = s.text;
  // "• 2019: 30 mio. kr." under "Puljens midler fordeler sig således:": a line labelled by a year is that year's.
  const label = YEAR_LABEL.exec(s.line.text);
  if (label && s.line.start + label[0].length <= money.start) return { year: Number(label[1]), rule: "year:stated" };
  // Nearest by the gap between the two: "625.000 kr. i 2019 og 625.000 kr. i 2020" dates each by the year right after it.
  // Not a year in a clause of its own after the amount: "… betaler 18 mio kr, og huset ventes at stå klar i 2025".
  const years = [...body.matchAll(YEAR_NEAR)]
    .filter((m) => !(s.start + m.index! >= money.end && /,\s*(?:og|men|mens|medan|samt)\s/iu.test(view.text.slice(money.end, s.start + m.index!))))
    .map((m) => ({ year: Number(m[1] ?? m[2]), gap: Math.max(s.start + m.index! - money.end, money.start - (s.start + m.index! + m[0].length), 0) }));
  if (years.length > 0) {
    const best = years.sort((a, b) => a.gap - b.gap)[0]!;
    return { year: best.year, rule: "year:stated" };
  }
  // "Ifølge Prop. 1 S (2019–2020) får Helse Vest RHF …": the budget proposition of a session is the budget of its second year.
  const proposition = BUDGET_PROPOSITION.exec(body);
  if (proposition) return { year: Number(proposition[2]), rule: "year:stated" };
  // "fikk 1,2 millioner kroner i år, mot 2 millioner kroner i fjor": the amount compared with is last year's.
  if (view.year !== null && COMPARED_BEFORE.test(view.text.slice(s.start, money.start)) && LAST_YEAR_AFTER.test(view.text.slice(money.end, s.end))) return { year: view.year - 1, rule: "year:compared-last-year" };
  if (view.year !== null) {
    // The relative year nearest the amount: "Kommunen får 2,5 millioner kroner i år og tilsvarende
    // beløp neste år" is this year's. "… mer enn i fjor", "… end sidste år" compare and date nothing.
    // Not one told of the amount compared with after it: "betale 450 000 kroner hver, mot 380 000 kroner i år" after "Fra neste år".
    const relative = [...body.matchAll(RELATIVE_YEAR)].map((m) => ({ m, at: s.start + m.index!, gap: Math.max(s.start + m.index! - money.end, money.start - (s.start + m.index! + m[0].length), 0) }))
      .filter((r) => !(r.at >= money.end && /,\s*(?:mot|mod)\s/iu.test(view.text.slice(money.end, r.at))));
    const nearest = relative.sort((a, b) => a.gap - b.gap)[0];
    if (nearest?.m.groups!.next) return { year: view.year + 1, rule: "year:next-year" };
    if (nearest?.m.groups!.last) return { year: view.year - 1, rule: "year:last-year" };
    // "i år" dates the money against a budget title's year (a budget for next year written this
    // year) and against a later "neste år" in the sentence.
    if (nearest?.m.groups!.this && (view.budgetYear !== null || relative.length > 1)) return { year: view.year, rule: "year:this-year" };
    // "Stortinget vedtok i desember å bevilge …" in a release of February: a later month told in
    // the past is last year's.
    const month = IN_MONTH.exec(body);
    if (month && view.month !== null && MONTHS[fold(month[1]!)]! > view.month && TOLD_IN_PAST.test(body) && !TOLD_AHEAD.test(body)) return { year: view.year - 1, rule: "year:month-before" };
  }
  if (view.budgetYear !== null) return { year: view.budgetYear, rule: "year:budget-title" };
  if (view.year !== null) return { year: view.year, rule: "year:document-date" };
  return { year: null, rule: "year:none" };
}

function statusOf(sentence: string): [ExtractedStatus, string] {
  for (const [status, re] of STATUS_RULES) {
    const m = re.exec(sentence);
    if (m) return [status, `status:${fold(m[1]!)}`];
  }
  return ["ALLOCATED", "status:default-allocated"];
}

const keyOf = (d: Draft): string => {
  const r = d.recipient;
  if (!r || r.type === "collective") return "none";
  return r.actor ? `id:${r.actor.id}` : `name:${fold(r.surface)}`;
};

// "de 24 millioner kronene", "De 200 millioner kr.": a definite article before an amount
// points back at an amount already stated, unless its own clause opens with someone else who
// gets it ("Finnmarkssykehuset får de resterende 2 millionene" after Helgelandssykehuset's 2 millioner).
// "Nå får de 4,5 millioner kroner": after a finite verb, "de" is who gets it, not "the".
const DEFINITE_BEFORE = /(?<![\p{L}])(?<!(?:får|fikk|fekk|fik|fått|har|hadde|skal|vil|kan|gir|gav|gjev)\s+)(de|dei|disse|desse|the|resterende|dei resterande)\s+$/iu;

/**
 * The same grant said twice is one fact: the title's amount restating the body's, a caption
 * repeating a sentence, "4,85 millionar" and "4 850 000 kroner" for one municipality, the
 * rounded "80 millioner" after "81,6 millioner". The most precise statement is kept.
 */
function dropRestatements(drafts: Draft[]): Draft[] {
  drafts = drafts.filter((d, i) => !(DEFINITE_BEFORE.test(d.sentence.text.slice(0, d.money.start - d.sentence.start)) && drafts.slice(0, i).some((e) => close(e.money, d.money, 0.025) && !(d.recipientOpensClause && !sameParty(d.recipient!, e.recipient)))));
  const body = drafts.filter((d) => !d.inTitle);
  const title = drafts.filter((d) => d.inTitle && !body.some((b) => close(b.money, d.money, 0.1)));
  // "Vejle Kommune får 3,2 mio. kr. til rehabilitering" over "Vi har fået 3,2 mio. kr. fra
  // Sundhedsstyrelsen": a headline restated by a body sentence that names no receiver names it.
  for (const t of drafts.filter((d) => d.inTitle && d.recipient?.type === "known" && d.recipient.actor && !["GROUP", "POOL"].includes(d.recipient.actor.kind) && d.rules.includes("recipient:receiver"))) {
    const restated = body.filter((b) => b.money.value === t.money.value && b.money.currency === t.money.currency);
    if (restated.length === 1 && !restated[0]!.recipient && !(restated[0]!.payer && sameParty(restated[0]!.payer, t.recipient!))) {
      restated[0]!.recipient = t.recipient;
      restated[0]!.rules = swapRule(restated[0]!.rules, "recipient", "recipient:the-headline's");
    }
  }
  const all = [...title, ...body].sort((a, b) => a.money.start - b.money.start);
  const kept: Draft[] = [];
  // "625.000 kr. i 2019 og 625.000 kr. i 2020": one figure for two years it states is two payments.
  const otherYear = (k: Draft, d: Draft) => k.year !== d.year && [k, d].every((x) => x.rules.some((r) => STATED_YEAR.includes(r)));
  for (const d of all) {
    const key = keyOf(d);
    // The same figure again with no one named ("Nå deles 24,3 millioner kroner ut.") restates it,
    // also when the only one it could go to is the previous fact's ("Det er en halv milliard kroner").
    const unnamed = key === "none" || d.rules.includes("recipient:previous-fact");
    // Facts of one amount given by each of several are not restatements of each other.
    // Not two items of one list ("- 50 millioner kroner til kompetanseheving", "- 50 millioner kroner til forskning").
    const siblings = (k: Draft) => k.sentence.line !== d.sentence.line && !!k.sentence.line.listItem && !!d.sentence.line.listItem;
    // Nor what two givers each pay ("regionen betaler 5 mio. kr. og kommunerne tilsammen 5 mio. kr."),
    // nor two amounts of a sentence each given by its own verb ("Sykehuset betaler 1,4 millioner
    // kroner, mens kommunene til sammen betaler 1,4 millioner kroner"), named payer or not.
    const otherGiver = (k: Draft) => k.sentence === d.sentence && ((!!k.payer && !!d.payer && k.payerInSentence && d.payerInSentence && !sameParty(k.payer, d.payer)) || (!!k.gives && !!d.gives && ownVerbBetween(d.sentence, k.money, d.money)));
    if (unnamed && kept.some((k) => k.money !== d.money && k.money.currency === d.money.currency && !otherYear(k, d) && !siblings(k) && !otherGiver(k) && (k.money.value === d.money.value || (d.rules.includes("recipient:previous-fact") && roundedRestatement(k.money, d.money))))) continue;
    // A rounder figure for the same party restates it, unless no one is named and it says it is a part.
    const same = kept.find((k) => k.money !== d.money && k.money.currency === d.money.currency && keyOf(k) === key && k.money.columnYear === d.money.columnYear && !otherYear(k, d) && !siblings(k) && !otherGiver(k) && (k.money.value === d.money.value || (roundedRestatement(k.money, d.money) && (key !== "none" || !PART_CUE.test(d.sentence.text)))));
    if (!same) {
      kept.push(d);
      continue;
    }
    if (precision(d.money) > precision(same.money)) kept[kept.indexOf(same)] = { ...d, listed: d.listed || same.listed, rules: [...d.rules, "dedup:more-precise"] };
    else same.listed ||= d.listed;
  }
  return kept;
}

const GIVE_ONCE = new RegExp(GIVE.source, "iu");
/** A giving verb stands between two amounts of a sentence, so the second has its own. */
function ownVerbBetween(s: Sentence, a: MoneyMention, b: MoneyMention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return GIVE_ONCE.test(s.text.slice(first.end - s.start, second.start - s.start));
}

const precision = (m: MoneyMention) => (m.exact ? 100 : 0) + m.significant - (m.hedge ? 0.5 : 0);

function close(a: MoneyMention, b: MoneyMention, tolerance: number): boolean {
  if (a.currency !== b.currency) return false;
  const hi = a.value > b.value ? a.value : b.value;
  const lo = a.value > b.value ? b.value : a.value;
  return hi === 0n ? lo === 0n : Number(hi - lo) / Number(hi) <= tolerance;
}

/** A rounder figure within 6% of a more precise one ("4,9" for "4,85", "ein million" for 950 000). */
function roundedRestatement(a: MoneyMention, b: MoneyMention): boolean {
  if (!close(a, b, 0.06)) return false;
  return a.significant !== b.significant || a.hedge !== null || b.hedge !== null || a.exact !== b.exact;
}

/**
 * Parts and totals: a part that says so ("av denne summen", "heraf") belongs to the latest
 * larger amount before it; a run of two or more consecutive amounts that adds up exactly to an
 * amount just before or after it is that amount's breakdown.
 */
function linkParts(view: DocumentView, ds: Draft[]): void {
  for (let i = 0; i < ds.length; i += 1) {
    const d = ds[i]!;
    // "bidrager med 1 mio. kr. til uddannelse af de frivillige": a bare "af de" after the amount,
    // not right after it, says whose the thing is, not what the amount is a part of; "hver af
    // de fire kommuner" still counts them out of a whole.
    const cue = [...d.sentence.text.matchAll(PART_CUES)].find((c) => {
      const at = d.sentence.start + c.index;
      return !(BARE_PART_CUE.test(c[0]) && at > d.money.end && /\S/.test(view.text.slice(d.money.end, at)) && !COUNTED_BEFORE.test(view.text.slice(Math.max(d.money.end, at - 20), at)));
    });
    if (!cue) continue;
    // The total stands before the cue: "100 mio. kr., heraf 50 mio. kr. til …" in the sentence,
    // or before it when the cue opens the sentence ("Heraf går 100 mio. kr. til … og 50 mio.
    // kr. til …": both are parts of the total before, not the second of the first).
    const cueAt = d.sentence.start + cue.index;
    // Not an amount the cue stands right after: in "Region Hovedstaden får 480 mio. kr. af
    // pengene, mens Region Nordjylland får 155 mio. kr." both are parts of the total before.
    const partByCue = (t: Draft) => t.sentence === d.sentence && /^\s*$/.test(view.text.slice(t.money.end, cueAt));
    const sameSentenceTotal = ds.find((t) => t !== d && t.sentence === d.sentence && t.money.value > d.money.value && t.money.end <= cueAt && cueAt < d.money.start && !partByCue(t));
    // "Resten av pengane, 350 000 kroner, …" after the shares of a 4,2 millionar total: the total is
    // the latest larger amount that no single body gets, before any share of it that one does.
    // Not a sibling of the same sentence: in "… med 2,4 millioner kroner til Næstved, 1,8 millioner
    // kroner til Slagelse og 1,5 millioner kroner til hver af de to andre" the 1,8 is no share of the 2,4.
    const larger = ds.slice(0, i).reverse().filter((t) => t.money.end <= cueAt && t.sentence !== d.sentence && t.money.value > d.money.value && t.money.currency === d.money.currency && !partByCue(t));
    // "Region Hovedstadens andel udgør 35 mio. kr. Region Sjællands andel er 12 mio. kr.": a body's
    // share, like the rest, is of the total no single body gets, not of the share named before it.
    const earlierTotal = (REST_CUE.test(cue[0]) || SHARE_CUE.test(cue[0]) ? larger.find((t) => !t.recipient || t.recipient.type === "collective" || t.recipient.actor?.kind === "GROUP") : undefined) ?? larger[0];
    // "Af de 10 mio. kr. går 4 mio. kr. til Esbjerg Kommune": the amount the cue opens with is the total.
    const openedTotal = /^(?:av|af)\s+(?:de|dei|disse|desse)$/iu.test(cue[0])
      ? ds.find((t) => t !== d && t.sentence === d.sentence && t.money.value > d.money.value && t.money.end <= d.money.start && t.money.start >= cueAt + cue[0].length && /^\s*$/.test(view.text.slice(cueAt + cue[0].length, t.money.start)))
      : undefined;
    d.partOf = openedTotal ?? sameSentenceTotal ?? earlierTotal ?? null;
    if (d.partOf) d.rules.push("partOf:stated");
  }
  // "Av dette går 8 millioner kroner til UNN og 5 millioner kroner til Nordlandssykehuset.
  // Helgelandssykehuset og Finnmarkssykehuset får 3,25 millioner kroner hver.": the breakdown goes
  // on in the paragraph's next sentences, while the shares stay within the total and none says it
  // comes in addition.
  for (const total of ds) {
    const stated = ds.filter((p) => p.partOf === total && p.rules.includes("partOf:stated"));
    if (stated.length === 0) continue;
    const lastStated = stated[stated.length - 1]!;
    let sum = stated.reduce((s, p) => s + p.money.value, 0n);
    // The breakdown's last sentence so far, and the one whose amounts are being taken in after it.
    let prev = lastStated.sentence;
    let taking: Sentence | null = null;
    for (let k = ds.indexOf(lastStated) + 1; k < ds.length; k += 1) {
      const d = ds[k]!;
      if (d.sentence === prev) continue;
      if (taking && d.sentence !== taking) prev = taking;
      taking = d.sentence;
      const next = d.sentence.line.paragraph === prev.line.paragraph && sentenceDistance(view, prev, d.sentence) === 1;
      if (!next || d.partOf || d.money.currency !== total.money.currency || sum + d.money.value > total.money.value) break;
      if (IN_ADDITION.test(d.sentence.text) || !mayBePartOf(d, total)) break;
      d.partOf = total;
      d.rules.push("partOf:continued");
      sum += d.money.value;
    }
  }
  // "økte … med ytterligere 200 millioner kroner til totalt 580 millioner kroner": an amount
  // named as the total later in the same sentence contains the smaller ones before it.
  for (const total of ds) {
    const cue = total.sentence.text.slice(0, total.money.start - total.sentence.start).match(TOTAL_BEFORE_AMOUNT);
    if (!cue) continue;
    for (const d of ds) {
      if (d.sentence !== total.sentence || d.partOf || d.money.start >= total.money.start || d.money.currency !== total.money.currency || d.money.value >= total.money.value) continue;
      d.partOf = total;
      d.rules.push("partOf:named-total-after");
    }
  }
  for (const d of ds) {
    if (d.partOf || !RAISED_BY_BEFORE.test(d.sentence.text.slice(0, d.money.start - d.sentence.start))) continue;
    const total = ds.find((t) => t.sentence === d.sentence && t.money.start >= d.money.end && t.money.currency === d.money.currency && t.money.value > d.money.value && /^\s*til\s+$/iu.test(view.text.slice(d.money.end, t.money.start)));
    if (!total) continue;
    d.partOf = total;
    d.rules.push("partOf:raised-to");
  }
  // "• 5 milliarder … / ␣␣• Om lag 4,2 milliarder … / ␣␣• … 560 millioner": items indented under a
  // list item with a larger amount break it down, whether or not they add up.
  for (const total of ds) {
    const line = total.sentence.line;
    if (!line.listItem) continue;
    for (const d of ds) {
      const l = d.sentence.line;
      if (!l.listItem || l.index <= line.index || l.indent <= line.indent || d.partOf || d.money.currency !== total.money.currency || d.money.value >= total.money.value) continue;
      if (!subItemOf(view.lines, l.index, line)) continue;
      d.partOf = total;
      d.rules.push("partOf:sub-item");
    }
  }
  for (let t = 0; t < ds.length; t += 1) {
    const total = ds[t]!;
    if (ds.some((x) => x.partOf === total)) continue;
    for (const dir of [1, -1]) {
      let sum = 0n;
      const run: Draft[] = [];
      for (let k = t + dir; k >= 0 && k < ds.length; k += dir) {
        const p = ds[k]!;
        // A larger amount between a total and its parts (the sum they belong to) is passed over.
        if (p.money.value >= total.money.value) continue;
        // Items of one list are siblings, not a total and its parts, however they add up.
        if (p.money.currency !== total.money.currency || p.partOf || !mayBePartOf(p, total) || (total.listed && p.listed && p.sentence.line.indent === total.sentence.line.indent)) break;
        run.push(p);
        sum += p.money.value;
        if (sum >= total.money.value) break;
      }
      if (run.length >= 2 && sum === total.money.value) {
        for (const p of run) {
          p.partOf = total;
          p.rules.push("partOf:sum-matches");
        }
        break;
      }
    }
  }
  // "To kommuner på Djursland får tilsammen 11,2 millioner kroner" before "Syddjurs Kommune får 6,5
  // millioner kroner …, mens Norddjurs Kommune får 4,7 millioner kroner": as many bodies as the
  // count, each receiving a part that adds up to the total, are the ones it counted.
  for (const total of ds) {
    const counted = total.recipient;
    if (counted?.type !== "collective" || !counted.count || counted.members.length > 0) continue;
    const parts = ds.filter((p) => p.partOf === total);
    const bodies = [...new Map(parts.flatMap((p) => (p.recipient?.actor ? [[p.recipient.actor.id, p.recipient] as const] : []))).values()];
    if (parts.length !== counted.count || bodies.length !== counted.count) continue;
    if (/kommun/iu.test(counted.surface) && !bodies.every((b) => b.actor!.kind === "MUNICIPALITY")) continue;
    // "til fire projekter" over four municipalities' projects: the count is of things, which the bodies run.
    if (/prosjekt|projekt|tiltak|initiativ|indsats/iu.test(counted.surface)) continue;
    total.recipient = { ...counted, type: "joint", members: bodies, surface: bodies.map((b) => b.surface).join(" og ") };
    total.rules = swapRule(total.rules, "recipient", "recipient:the-ones-counted");
  }
  // A total stated as such ("Til sammen", "I alt") in a text with a list whose sum misses it: the
  // list items are still its parts, and the mismatch is reported. A total that is itself a list
  // item speaks of its own sentence, not of the list around it.
  for (let t = 0; t < ds.length; t += 1) {
    const total = ds[t]!;
    if (total.listed || !TOTAL_CUE.test(total.sentence.text) || ds.some((x) => x.partOf === total)) continue;
    const items = ds.filter((p) => p.listed && !p.partOf && p.money.currency === total.money.currency && p.money.value < total.money.value);
    if (items.length >= 2) for (const p of items) {
      p.partOf = total;
      p.rules.push("partOf:listed-under-total");
    }
  }
}

/**
 * Whether an amount can be a share of a total that merely adds up with it: not when each names
 * its own single recipient ("Hamar 350 000" holds no "Løten 250 000"), nor when the part's own
 * sentence names another payer ("Hedmark fylkeskommune har i tillegg gitt 100 000 kroner"),
 * unless that payer is the total's recipient passing the money on.
 */
function mayBePartOf(p: Draft, total: Draft): boolean {
  // Bodies, not groups or pools: "kommuner og DPS" may hold a share that names a municipality.
  const single = (m: Mention | null) => m?.type === "known" && m.actor !== null && !["GROUP", "POOL"].includes(m.actor.kind);
  if (single(total.recipient) && single(p.recipient) && !sameParty(p.recipient!, total.recipient)) return false;
  if (p.payerInSentence && p.payer && total.payer && !sameParty(p.payer, total.payer) && !sameParty(p.payer, total.recipient)) return false;
  return true;
}

/** Whether every line from just after a list item down to the line at `index` is indented deeper than it. */
function subItemOf(lines: Line[], index: number, parent: Line): boolean {
  return lines.every((l) => l.index <= parent.index || l.index > index || l.indent > parent.indent);
}

function checkTotals(ds: Draft[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  ds.forEach((total, i) => {
    const parts = ds.map((p, j) => [p, j] as const).filter(([p]) => p.partOf === total);
    if (parts.length < 2) return;
    const sum = parts.reduce((s, [p]) => s + p.money.value, 0n);
    if (sum !== total.money.value && parts.every(([p]) => p.rules.includes("partOf:listed-under-total") || p.rules.includes("partOf:sub-item"))) {
      out.push({ total: i, parts: parts.map(([, j]) => j), partsSum: sum.toString(), difference: (total.money.value - sum).toString() });
    }
  });
  return out;
}

function partyOf(m: Mention | null): PartyRef {
  if (!m) return { id: null, name: null };
  const name = m.surface.replace(/[\s:]+$/, "").replace(/\s+/g, " ");
  if (m.type === "collective") return { id: null, name: null, mention: name };
  if (m.type === "joint") return { id: null, name, members: m.members.map((x) => ({ id: x.actor?.id ?? null, name: x.surface })) };
  return { id: m.actor?.id ?? null, name, label: m.actor?.name ?? null, ...(m.actor ? {} : { unresolved: m.unresolved ?? "not in the graph" }) };
}

// Payers whose money stays in their county, region or trust.
const REGIONAL_PAYERS = new Set(["COUNTY_GOVERNOR", "COUNTY", "REGION", "REGIONAL_HEALTH_TRUST", "HEALTH_TRUST", "MUNICIPALITY"]);

function toFact(view: DocumentView, d: Draft, all: Draft[]): ExtractedFunding {
  const quote = view.text.slice(d.quoteStart, d.quoteEnd);
  // "Fylkesmannen … har fordelt … til kommunene": the county's municipalities, not the group of
  // every municipality in the country, so the text's words stay a description with no id.
  const share = !!d.recipient?.actor?.memberKind && REGIONAL_PAYERS.has(d.payer?.actor?.kind ?? "");
  if (share) d.rules.push("recipient:a-regional-payer's-own");
  let confidence = 0.55 + (d.money.currencyStated ? 0.15 : 0.05) + d.recipientScore + (d.payerInSentence ? 0.05 : 0) - (d.money.hedge ? 0.1 : 0);
  if (!d.recipient) confidence -= 0.1;
  confidence = Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100;
  return {
    amount: d.money.value.toString(),
    currency: d.money.currency,
    payer: d.payerRef ?? partyOf(d.payer),
    recipient: share ? { id: null, name: null, mention: d.recipient!.surface.replace(/\s+/g, " ").trim() } : partyOf(d.recipient),
    year: d.partOf && (d.rules.includes("year:document-date") || d.rules.includes("year:budget-title")) && d.partOf.year !== null ? d.partOf.year : d.year,
    status: d.status,
    partOf: d.partOf ? all.indexOf(d.partOf) : null,
    quote,
    start: d.quoteStart,
    end: d.quoteEnd,
    line: lineAt(view.text, d.quoteStart),
    amountStart: d.money.start,
    amountEnd: d.money.end,
    confidence,
    rule: d.rules.join(" "),
    approximate: d.money.hedge,
  };
}
