import type { Config } from './config';
import { type LetterModel, headingRole } from './letter';
import type { Block } from './markdown';
import { matchesAnyGlob } from './glob';
import { PhraseGroupId, type PhraseMatch, insideAny, phrases } from './phrases';
import { ownBlocks } from './anchors';
import { isProcedural } from './catalogue';
import { inSentenceWith, negatedJustBefore, sentenceSpanAt } from './elements';

/** What content detection saw: each signal of a decision letter it found (docs/DETECTION.md). */
export type LetterSignal =
  | 'title'
  | 'decision'
  | 'grantOrChange'
  | 'application'
  | 'salutation'
  | 'referenceBlock'
  | 'legalReference'
  | 'appealGuidance'
  | 'closing'
  | 'authority';

export type Detection =
  | { isLetter: true; reason: 'front-matter' | 'file-name' | 'content'; signals?: readonly LetterSignal[] }
  | {
      isLetter: false;
      /**
       * front-matter: `dokument:` names another kind of document; declared: the
       * title or the text says what else it is (a hearing letter, a note, "ikke
       * en afgørelse"); not-a-letter: too few signals of a decision.
       */
      reason: 'front-matter' | 'declared' | 'not-a-letter';
      signals?: readonly LetterSignal[];
    };

const LETTER_TYPES = new Set(['afgørelse', 'afgoerelse', 'afgørelsesbrev', 'decision']);

/** How much each signal weighs; a document is a letter at MIN_SCORE with a decision in it. */
const WEIGHTS: Readonly<Record<LetterSignal, number>> = {
  decision: 3,
  title: 2,
  application: 2,
  grantOrChange: 1,
  salutation: 1,
  referenceBlock: 1,
  legalReference: 1,
  appealGuidance: 1,
  closing: 1,
  authority: 1,
};
const MIN_SCORE = 5;

/** Title lines are short, though a title may name the help and its provision (»Bevilling af socialpædagogisk støtte efter servicelovens § 85 i forbindelse med …«); a numbered title ("2. Afgørelse") or "Vedr.:" may precede the words. */
const MAX_TITLE_LENGTH = 140;
const TITLE_PREFIX = /^(?:\d{1,2}[.)][ \t]*|vedr(?:\.|ørende)?[ \t]*:?[ \t]*|emne[ \t]*:[ \t]*)?/iu;
/**
 * A reference block entry opening a line or after a separator: "Sagsnr.: …", "J.nr. …", "CPR-nr.: …", "Dato: …"
 * with a number after it, also "Sagsnr. 27.36 · Dato 16. juni 2025" and a dotted leader ("Sagsnr. ...... SOL-2025"). In a sentence (»en linje »Dato: 12. marts«
 * …«) it is quoted, not the document's own.
 */
const REFERENCE_ENTRY = /(?:^|[·|,;][ \t]*)(?:sagsn(?:r|ummer)|j\.?[ \t]?nr|journal(?:nr|nummer)|cpr(?:-?nr)?|brevdato|dato|vores[ \t]+ref|sag(?=[ \t]*(?:nr\.?[ \t]*)?:))\b(?:[ \t]*\.{3,}[ \t]*)?[^\n\d]{0,20}\d/iu;
/** A line that is only the letter's date, perhaps after the town: "4. juni 2024", "Skovlund, 1. marts 2024". */
const DATE_LINE = /^(?:[\p{L} -]{2,40},[ \t]*)?(?:den[ \t]+)?\d{1,2}\.[ \t]*\p{L}{3,9}\.?[ \t]+\d{4}$/u;
/** What Markdown leaves of a date line that opens with its day ("2. december 2026" reads as a list item "december 2026"). */
const LISTED_DATE_LINE = /^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)[ \t]+\d{4}$/iu;
/** Front matter fields that belong to a reference block. */
const REFERENCE_FIELDS = ['sagsnr', 'sagsnummer', 'journalnr', 'dato', 'cpr'];
/** "Kære …", "Hej …", "Til …" or the formal "Hr. …", "Fru …" at the start of a line. */
const SALUTATION_LINE = /^(?:[Kk]ære|[Hh]ej|[Tt]il|Hr\.|Fru|Frk\.)[ \t]+\p{Lu}/u;
/**
 * An e-mail header line with an address: "Fra: Pia Holm <ph@nordby.dk>", "To: …". The sender's and the recipients'
 * domains tell a mail between colleagues, which may quote a decision but makes none.
 */
const MAIL_HEADER = /^(fra|from|til|to|cc|kopi)[ \t]*:[^\n@]*@([\p{L}\d.-]+\.\p{L}{2,})/iu;
/**
 * An addressee who is not the party: the provider of the help (»Til: Handicapformidlingen ApS«, »Til: Hjemmeplejen Nord
 * (leverandør)«), an order; the appeal body (»Til: Ankestyrelsen«), a complaint sent on; a committee (»Til:
 * Visitationsudvalget«), a recommendation it is to decide on. None is the decision to the party.
 */
const OTHER_ADDRESSEE = /^(?:til|modtager)[ \t]*:(?:[^\n]*(?:(?<![\p{L}])(?:ApS|A\/S|I\/S|P\/S|IVS)(?![\p{L}])|leverandør)|[ \t]*(?:ankestyrelsen|(?:[\p{L}-]+[ \t]+){0,3}[\p{L}-]*udvalget)(?![\p{L}]))/iu;

/**
 * What a block's lines show, read once per text (and kind: a heading's lines
 * are all titles) and kept by later versions while the text is unchanged, so
 * that a keystroke does not split the whole letter into lines again.
 */
interface LineFacts {
  /** The first line that is not blank, trimmed. */
  firstLine?: string;
  /** The short lines right after it (»Journalnotat« under »Frydendal Kommune – Omsorgssystem«), trimmed: a title in a letterhead's first block. */
  shortLines?: string[];
  decisionTitle: boolean;
  closing: boolean;
  salutation: boolean;
  /** A reference block entry or a line that is only a date. */
  referenceEntry: boolean;
  otherAddressee: boolean;
  /** The domain of a "Fra:" line's address, and those of the "Til:" and "Cc:" lines. */
  senderDomain?: string;
  recipientDomains?: string[];
}

function readLines(text: string, block: Block): LineFacts {
  const facts: LineFacts = { decisionTitle: false, closing: false, salutation: false, referenceEntry: false, otherAddressee: false };
  let lines = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    facts.firstLine ??= line;
    if (++lines > 1 && lines <= LETTERHEAD_LINES && SHORT_TITLE.test(line)) (facts.shortLines ??= []).push(line);
    // A title stands on a line of its own: a heading, or a short line that does not end a sentence.
    const titleLike = block.kind === 'heading' || (line.length <= MAX_TITLE_LENGTH && !/[.,;]$/.test(line));
    if (titleLike && !facts.decisionTitle && startsWith('title.decision', line)) facts.decisionTitle = true;
    if (titleLike && !facts.closing && startsWith('closing', line)) facts.closing = true;
    if (!facts.salutation && SALUTATION_LINE.test(line)) facts.salutation = true;
    if (!facts.referenceEntry && (REFERENCE_ENTRY.test(line) || DATE_LINE.test(line) || LISTED_DATE_LINE.test(line))) facts.referenceEntry = true;
    if (!facts.otherAddressee && OTHER_ADDRESSEE.test(line)) facts.otherAddressee = true;
    const mail = MAIL_HEADER.exec(line);
    if (mail) {
      const domain = mail[2].toLowerCase();
      if (/^fr/i.test(mail[1])) facts.senderDomain ??= domain;
      else (facts.recipientDomains ??= []).push(domain);
    }
  }
  return facts;
}

function lineFacts(letter: LetterModel, block: Block): LineFacts {
  return letter.memo(block, block.kind === 'heading' ? 'detect.headingLines' : 'detect.paragraphLines', readLines);
}

/** The document's own text: every block outside block quotes. */
function ownText(letter: LetterModel): (block: Block) => boolean {
  const own = ownBlocks(letter);
  return (block) => own.has(block);
}

/** A fenced block at the margin, with its text (group 2): case systems export the fields of a letter's head so. */
const FENCE = /^(```|~~~)[^\n]*\n([\s\S]*?)^\1/gm;

/**
 * Whether a fenced block holds a reference block entry (»Sagsnr. ......... SOL-TR-2025-0845«): code never reaches the
 * blocks, but a case system's export may set the letter's head in one.
 */
function fencedReferenceEntry(source: string): boolean {
  if (!source.includes('```') && !source.includes('~~~')) return false;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(source); m; m = FENCE.exec(source)) {
    if (m[2].split('\n').some((line) => REFERENCE_ENTRY.test(line.trim()))) return true;
  }
  return false;
}

/** Whether a line of the document's own text shows `what`. */
function ownLinesShow(letter: LetterModel, what: Exclude<keyof LineFacts, 'firstLine'>): boolean {
  for (const block of ownBlocks(letter)) if (lineFacts(letter, block)[what]) return true;
  return false;
}

function startsWith(group: PhraseGroupId, text: string): boolean {
  const prefix = TITLE_PREFIX.exec(text)?.[0].length ?? 0;
  return phrases(group).matchAt(text, prefix) !== undefined;
}

/** A heading that is the sender's name: one or two words and »Kommune« first (»GRØNNÆS KOMMUNE«, »Sønderå Kommune – Handicap og Psykiatri«). */
const SENDER_HEADING = /^[\p{L}-]+(?:[ \t]+[\p{L}-]+)?[ \t]+kommune(?![\p{L}])/iu;

/** How many blocks at the top may hold the letterhead before a title in capitals. */
const LETTERHEAD_BLOCKS = 6;
/** How many lines of the first block may name the document, and how such a line looks: a word or two. */
const LETTERHEAD_LINES = 4;
const SHORT_TITLE = /^[ \t]*\p{L}[\p{L} \t–-]{2,30}$/u;
/** A line of capitals alone, as Word exports a title under the letterhead: "LEVERINGSBESKED", "AFGØRELSE OM BOSTØTTE", "PÅMINDELSE: VI MANGLER DIT SAMTYKKE", "INVITATION TIL OPFØLGNINGSBESØG – DIN HJÆLP EFTER SERVICELOVENS § 83". */
const CAPITALS_TITLE = /^[\p{Lu}\d][\p{Lu}\d \t–\-:,.&/§]{3,98}$/u;

/**
 * A field naming the document, on a line of its own: a case system's kind of document (»Dokumenttype: Journalnotat«,
 * »Dokumentart: Notat«) or an e-mail's subject (»Emne: Partshøring – din støtte«, »Emne: SV: Kvittering«).
 */
const DOCUMENT_TYPE_FIELD = /^[ \t]*(?:(?:dokument|notat|brev)(?:type|art|kategori)|emne|subject)[ \t]*:[ \t]*(?:(?:sv|re|vs|fw|fwd)[ \t]*:[ \t]*)*(\S[^\n]*)$/gimu;

/**
 * The document's own title: its first line, its first heading (also a bold line), any level-1 heading, and a block of
 * one line in capitals among the first few (the title under a letterhead).
 */
function titles(letter: LetterModel): string[] {
  const found: string[] = [];
  let index = 0;
  for (const block of ownBlocks(letter)) {
    const firstLine = lineFacts(letter, block).firstLine;
    if (firstLine === undefined) continue;
    // A case system's export names the document under the system's name in the first block (»Frydendal Kommune –
    // Omsorgssystem⏎Journalnotat«): its short lines are the title too.
    if (index === 0) found.push(firstLine, ...(lineFacts(letter, block).shortLines ?? []));
    else if (!block.text.trim().includes('\n') && CAPITALS_TITLE.test(firstLine)) found.push(firstLine);
    // A field that names the document (»Dokumenttype: Journalnotat«, an e-mail's »Emne: …«) names it as a title would.
    for (const field of block.text.matchAll(DOCUMENT_TYPE_FIELD)) found.push(field[1]);
    if (++index >= LETTERHEAD_BLOCKS) break;
  }
  const headings = [...ownBlocks(letter)].filter((block) => block.kind === 'heading');
  // "Vejledning om klage" over the guidance after the signature heads a section of the letter, not the letter.
  const first = headings.find((block) => headingRole(block.text) !== 'klagevejledning');
  if (first && SENDER_HEADING.test(first.text.trim())) {
    for (const title of titlesUnderLetterhead(letter, first)) found.push(title.text.trim());
  }
  if (first) found.push(first.text.trim());
  // Once a title names the decision, a level-1 heading is a section of the letter: a .docx turned into Markdown by Pandoc
  // has every Word heading at level 1 (»# Baggrund«, »# Partshøring«, »# Klagevejledning«).
  let decided = found.some((title) => startsWith('title.decision', title));
  for (const block of headings) {
    if (block.depth !== 1 || decided) continue;
    const title = block.text.trim();
    found.push(title);
    decided = startsWith('title.decision', title);
  }
  return found;
}

/**
 * The headings under a letterhead whose sender's name is set as a heading (»**GRØNNÆS KOMMUNE**« over »**Kvittering for
 * ansøgning**«): those among the first blocks, before the salutation, after which headings head sections. The unit may
 * have a heading of its own above the address before the title (»## Social og Sundhed« over »### Invitation til møde …«).
 */
function titlesUnderLetterhead(letter: LetterModel, sender: Block): Block[] {
  const found: Block[] = [];
  let previous: Block | undefined;
  for (const block of ownBlocks(letter)) {
    if (block.index <= sender.index) continue;
    if (block.index >= LETTERHEAD_BLOCKS || lineFacts(letter, block).salutation) break;
    // A heading right under the title heads the letter's first section (»# Tilskud til elcykel« then »## Resumé«).
    if (block.kind === 'heading' && previous?.kind === 'heading' && found.includes(previous)) break;
    if (block.kind === 'heading') found.push(block);
    previous = block;
  }
  return found;
}

function has(letter: LetterModel, group: PhraseGroupId): boolean {
  return letter.has(group, ownText(letter));
}

/** A grant that is no possibility of the rules (»Plejevederlag kan bevilges fra den dag, vi modtog ansøgningen«). */
function grantsNow(letter: LetterModel): boolean {
  const own = ownText(letter);
  return letter.has('grant', (block) => own(block)
    && letter.matchesIn(block, 'grant').some((grant) => !toldAsPossible(block, grant)));
}

/** A limit said now, not on a condition (»Hvis vi ikke får oplysningerne, kan vi blive nødt til …« asks for documents). */
function limitsNow(letter: LetterModel): boolean {
  const own = ownText(letter);
  return letter.has('notFullOutcome', (block) => own(block)
    && letter.matchesIn(block, 'notFullOutcome').some((limit) => !inSentenceWith(letter, block, limit.start, 'hypothetical')));
}

/** A full approval said, not denied nor on a condition (»… med klagevejledning, hvis I ikke får det, I har bedt om«). */
function saysFullApproval(letter: LetterModel): boolean {
  const own = ownText(letter);
  return letter.has('fullApproval', (block) => own(block) && letter.matchesIn(block, 'fullApproval')
    .some((match) => !negatedJustBefore(letter, block, match) && !inSentenceWith(letter, block, match.start, 'hypothetical')));
}

/** A relative clause just before a statement (»en privat leverandør, som kommunen har godkendt«): it describes, it decides nothing. */
const RELATIVE_BEFORE = /(?<![\p{L}])som[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$/iu;

/** The 30 characters of a block's text before a match: room for the words that qualify it. */
function textBefore(block: Block, match: PhraseMatch): string {
  return block.text.slice(Math.max(0, match.start - 30), match.start);
}

/** Whether a decision or grant word is told as what the rules allow (»kan bevilges«), not as what is decided. */
function toldAsPossible(block: Block, match: PhraseMatch): boolean {
  return POSSIBLE_BEFORE.test(textBefore(block, match));
}

/** »kan« or »kunne« just before a statement (»Plejevederlag kan bevilges fra den dag, vi modtog ansøgningen«): what the rules allow, not what is decided. */
const POSSIBLE_BEFORE = /(?<![\p{L}])(?:kan|kunne)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$/iu;

/**
 * A decision stated, not one announced (»Du får et nyt brev, når vi har truffet afgørelse om dit forløb«), described in
 * a relative clause, or told as a possibility.
 */
function statesDecision(letter: LetterModel): boolean {
  const own = ownText(letter);
  return letter.has('decision.statement', (block) => own(block)
    && letter.matchesIn(block, 'decision.statement').some((statement) => {
      if (insideAny(statement, letter.matchesIn(block, 'decision.announced'))) return false;
      return !RELATIVE_BEFORE.test(textBefore(block, statement)) && !toldAsPossible(block, statement);
    }));
}

/**
 * A sentence that opens with the party getting an amount of help (»Du får 3 timer bostøtte om ugen«, »I får 2.400 kr.
 * om måneden«, »Du får ledsagelse 15 timer om måneden«): a decision told in plain words, as easy-to-read letters tell it. A time frame is no help (»Du får svar
 * inden 4 uger«), nor help that goes on as it is (»Du får fortsat 3 timer«, »Du får 3 timer som hidtil«).
 */
const GRANTED_FIGURE = /(?:^|[.!?:][ \u00a0]+|\n)(?:[Dd]u|I|[Dd]e|\p{Lu}\p{Ll}+)[ \u00a0]+får[ \u00a0]+(?:\p{L}+[ \u00a0]+)?\d[\d.,]*[ \u00a0]*(?:\p{L}+[ \u00a0]+)?(?:timer?|kr\.?|kroner|døgn|weekend(?:er)?|besøg|gange)(?![\p{L}])/gu;
/** Help as it is: »fortsat«, »som hidtil«, and »i dag«, the help the party has now (»Victor får i dag dækket …«), not »fra i dag«. */
const UNCHANGED = /(?<![\p{L}])(?:fortsat|stadig|hidtil|uændret|som i dag|ligesom i dag|som du har i dag|som før|(?<!(?:fra|med)[ \u00a0]+)i[ \u00a0]+dag)(?![\p{L}])/iu;

const SENTENCE_END = /[.!?\n]/g;

function grantedFigureIn(text: string): boolean {
  GRANTED_FIGURE.lastIndex = 0;
  for (let m = GRANTED_FIGURE.exec(text); m; m = GRANTED_FIGURE.exec(text)) {
    // The rest of the sentence, read from where the figure ends: each sentence once, however long the text.
    const from = m.index + m[0].length;
    SENTENCE_END.lastIndex = from;
    const end = SENTENCE_END.exec(text)?.index ?? text.length;
    if (!UNCHANGED.test(m[0]) && !UNCHANGED.test(text.slice(from, end))) return true;
  }
  return false;
}

function grantsFigure(letter: LetterModel): boolean {
  for (const block of ownBlocks(letter)) {
    if (block.kind === 'paragraph' && letter.memo(block, 'detect.grantedFigure', grantedFigureIn)) return true;
  }
  return false;
}

/**
 * A sentence that opens with the party getting help under a provision of the help's own law (»Maja får en fast
 * kontaktperson efter barnets lov § 32, stk. 1, nr. 3«): a grant told in plain words. Not one under the rules of
 * procedure (»Du får svar efter forvaltningslovens § 19«), nor help that goes on as it is.
 */
function getsUnderProvision(letter: LetterModel): boolean {
  const own = ownText(letter);
  return letter.references().some((reference) => {
    if (!own(reference.block) || reference.law === undefined || isProcedural(reference)) return false;
    const { start, end } = sentenceSpanAt(letter, reference.block, reference.textStart);
    const sentence = reference.block.text.slice(start, end);
    return GETS.test(reference.block.text.slice(start, reference.textStart)) && !UNCHANGED.test(sentence);
  });
}

/**
 * A sentence opening with the party, or a person named, getting something not named before (»Du får ledsagelse«,
 * »Maja får en kontaktperson«; »Du får hjælpen efter § 85« names the basis of help the letter spoke of).
 */
const GETS = /^[ \u00a0]*(?:[Dd]u|I|[Dd]e|\p{Lu}\p{Ll}+)[ \u00a0]+får[ \u00a0]+(?!(?!e[nt][ \u00a0])\p{Ll}+(?:en|et|ne)(?![\p{L}]))/u;

/** Whether a phrase of `group` opens a line of the document's own text: a greeting opens the letter, "oplysning til borgerne" does not greet. */
function opensLine(letter: LetterModel, group: PhraseGroupId): boolean {
  return letter.find(group, ownText(letter)).some((hit) => hit.textStart === 0 || hit.block.text[hit.textStart - 1] === '\n');
}

/** The signals of a decision letter that `letter` shows. */
export function letterSignals(letter: LetterModel): LetterSignal[] {
  const signals: LetterSignal[] = [];
  if (ownLinesShow(letter, 'decisionTitle')) signals.push('title');
  // A full approval said in words (»Du får det, du har søgt om«) decides as plainly as »Du får afslag«.
  // So does a reassessment that grants the complaint (»Bad – du får medhold«).
  if (statesDecision(letter) || saysFullApproval(letter) || has(letter, 'decision.complaintUpheld') || has(letter, 'claimWaived') || grantsFigure(letter) || getsUnderProvision(letter)) signals.push('decision');
  if (grantsNow(letter) || limitsNow(letter)) signals.push('grantOrChange');
  if (has(letter, 'application')) signals.push('application');
  if (ownLinesShow(letter, 'salutation') || opensLine(letter, 'salutation')) signals.push('salutation');
  const referenceField = REFERENCE_FIELDS.some((field) => letter.frontMatter[field] !== undefined);
  if (referenceField || ownLinesShow(letter, 'referenceEntry') || fencedReferenceEntry(letter.source)) signals.push('referenceBlock');
  const own = ownText(letter);
  if (letter.references().some((reference) => own(reference.block))) signals.push('legalReference');
  if (has(letter, 'appeal.mention')) signals.push('appealGuidance');
  // A closing ends the letter on a line of its own; an article quotes »Med venlig hilsen« inside a sentence.
  if (ownLinesShow(letter, 'closing')) signals.push('closing');
  if (has(letter, 'authority')) signals.push('authority');
  return signals;
}

/**
 * Whether a document says it is something other than a decision: a title
 * such as "Journalnotat", "Partshøring – inden vi træffer afgørelse",
 * "Kvittering", "Rekvisition"; an addressee that provides the help ("Til:
 * Hjemmeplejen Nord (leverandør)"); or a sentence such as "Udkastet er ikke
 * en afgørelse" in a document that does not decide outright.
 */
function declaresOtherDocument(letter: LetterModel): boolean {
  const ownTitles = titles(letter);
  if (ownTitles.some((title) => startsWith('title.notLetter', title)) || ownLinesShow(letter, 'otherAddressee') || mailBetweenColleagues(letter)) return true;
  // »Resumé« over a letter whose other title decides (»Afgørelse om …«) sums the decisions up, it is no summary of a meeting.
  if (ownTitles.some((title) => startsWith('title.summary', title)) && !ownTitles.some((title) => startsWith('title.decision', title))) return true;
  // Appeal guidance tells what will happen to a complaint (»I får besked, når klagen er sendt videre«), not what the document is.
  const own = ownText(letter);
  // A template's instructions to the case worker stand anywhere, also under the guidance heading (»Slet alle kantede parenteser …«)
  // and in a comment (»<!-- Vejledning til sagsbehandler: Udfyld alle felter i [ ] -->«), or a comment that opens the file
  // names it one (»<!-- SKABELON – må ikke sendes uden udfyldning -->«).
  const template = letter.has('declares.template', own) || letter.comments.some((comment) => phrases('declares.template').test(comment.text))
    || TEMPLATE_COMMENT.test(letter.source.slice(0, TEMPLATE_COMMENT_REACH)) || TEMPLATE_LINE.test(letter.source.slice(0, TEMPLATE_LINE_REACH));
  // A template addressed to no one yet is the template itself, its guidance written out or not; one addressed to the
  // party is a letter written from it, which keeps the template's marks, until it decides outright.
  if (template && UNADDRESSED.test(letter.source.slice(0, UNADDRESSED_REACH))) return true;
  // A letter that forwards the application to the authority that is to decide it decides nothing, unless it also
  // states a decision of its own (»Vi afviser at behandle ansøgningen« is a dismissal, with its own appeal).
  const forwards = letter.has('declares.forwarded', own) && !letter.has('decision.statement', own);
  return (template || forwards || letter.has('declares.notDecision', (block) => own(block) && !letter.inRole(block, 'klagevejledning'))) && !decidesOutright(letter);
}

/** An HTML comment that opens the file and names it a template or a draft (»<!-- INTERN SKABELON … -->«). */
const TEMPLATE_COMMENT = /^\s*<!--\s*(?:\p{L}+[ \t]+)?(?:skabelon|udkast|template)(?![\p{L}])/iu;
const TEMPLATE_COMMENT_REACH = 200;
/**
 * A line near the top that opens with »SKABELON«, in a quote box, brackets, italics or bold too (»> SKABELON – AFGØRELSE OM
 * …«), after one word (»*INTERN SKABELON · version 3*«) or as the end of a compound (»Brevskabelon«).
 */
const TEMPLATE_LINE = /^[ \t>*_#[]*(?:\p{L}+[ \t]+)?\p{L}*skabelon(?![\p{L}])/imu;
const TEMPLATE_LINE_REACH = 1000;
/**
 * The party's name still a placeholder where the letter addresses them: greeted (»Kære [FORNAVN]«), or a merge field for
 * the citizen or recipient on its own line (»«BORGER_NAVN»«, »[MODTAGER]«, »[FORNAVN EFTERNAVN]«, »«Borger_Fornavn»
 * «Borger_Efternavn»«); a bare »[Navn]« may be the sender's signature.
 */
const UNADDRESSED = new RegExp(String.raw`^[ \t]*(?:(?:kære|hej|til)[ \t]+${placeholderWith('navn')}|${placeholderWith('(?:borger|modtager|part(?![\p{L}])|fornavn|efternavn)')}(?:[ \t]+${placeholderWith('')}){0,2})[ \t,]*$`, 'imu');
const UNADDRESSED_REACH = 2000;
/** A placeholder in brackets, guillemets or braces with `word` in it. */
function placeholderWith(word: string): string {
  return String.raw`(?:\[[^\]\n]{0,40}${word}[^\]\n]{0,20}\]|«[^»\n]{0,40}${word}[^»\n]{0,20}»|\{\{[^}\n]{0,40}${word}[^}\n]{0,20}\}\})`;
}

/**
 * An e-mail whose sender and every recipient share one domain: written inside the authority, not to the party. Only
 * the header at the top counts: a forwarded mail further down has its own.
 */
function mailBetweenColleagues(letter: LetterModel): boolean {
  let sender: string | undefined;
  const recipients: string[] = [];
  for (const block of ownBlocks(letter)) {
    const { senderDomain, recipientDomains } = lineFacts(letter, block);
    if (!senderDomain && !recipientDomains) {
      if (sender || recipients.length > 0) break;
      continue;
    }
    sender ??= senderDomain;
    if (recipientDomains) recipients.push(...recipientDomains);
  }
  return sender !== undefined && recipients.length > 0 && recipients.every((domain) => domain === sender);
}

/** A paragraph that is one instruction in square brackets, as templates write what to put there, perhaps under its title line (»Klagevejledning«). */
const BRACKETED_INSTRUCTION = /^(?:[^\n[\]]{1,60}\n)?\[[^[\]]*\]$/;

/**
 * Whether the document decides, under a decision title or in a decision
 * section of its own ("Afgørelse" over "Du får afslag …"), and gives an
 * appeal deadline or the reassessment of a complaint, says why it gives none, or grants part of a complaint it sends on
 * (under a provision, or »du får medhold« on a point). Such a letter that
 * also says "Vi har endnu ikke truffet afgørelse om din ansøgning om
 * hjælpemidler" speaks of another part of the case, which is often decided
 * apart; a hearing letter quotes its draft decision and promises the guidance.
 */
function decidesOutright(letter: LetterModel): boolean {
  const own = ownText(letter);
  // Titled a decision ("AFGØRELSE OM ANBRINGELSE …"), it may say of one part that "det er derfor ikke en afgørelse".
  const decides = ownLinesShow(letter, 'decisionTitle') || letter.has('decision.statement', (block) => own(block) && letter.inRole(block, 'afgoerelse'))
    || letter.has('decision.complaintUpheld', (block) => own(block) && letter.inRole(block, 'afgoerelse'));
  // A full approval leaves the guidance out and says so (»Da du har fået, hvad du søgte om, er der ikke knyttet klagevejledning«);
  // a reassessment that grants part of the complaint sends the rest on, and the complaint's deadline has been met.
  // Guidance that names the reassessment of a complaint (»Kommunen vurderer afgørelsen igen«) without its deadline is guidance all the same;
  // a reassessment told outside the guidance is one that has been made (»Vi har set på sagen igen«).
  // A template's bracketed instruction (»[Indsæt standardtekst K-3 (4 uger, klage til kommunen …)]«) gives no deadline.
  const written = (block: Block): boolean => own(block) && !BRACKETED_INSTRUCTION.test(block.text.trim());
  return decides && (letter.has('appeal.deadline', written) || letter.has('appeal.reassessment', (block) => written(block) && letter.inRole(block, 'klagevejledning'))
    || has(letter, 'appeal.omitted') || (has(letter, 'appeal.forwarded') && (grantsUnderProvision(letter) || has(letter, 'decision.complaintUpheld'))));
}

/** A paragraph of the document's own that grants something and names the provision (»Du får bevilget en kørestol … efter servicelovens § 112«). */
function grantsUnderProvision(letter: LetterModel): boolean {
  const own = ownText(letter);
  return letter.has('grant', (block) => own(block) && letter.referencesIn(block).length > 0);
}

/**
 * Whether a Markdown document is a decision letter. In order: front matter
 * (`dokument: afgørelse` says yes, any other `dokument:` says no), the
 * letterGlobs setting, then - if enabled - the content, by weighing signals
 * (docs/DETECTION.md): a document that says it is another kind of document is
 * not a letter; otherwise it is one when it decides something (a decision
 * statement or title, or a grant or change answering an application), shows a
 * public authority (a municipality or unit, a case number, a legal reference
 * or appeal guidance), and its signals weigh at least MIN_SCORE. A letter that
 * calls itself "Orientering" but stops or reduces help decides, and is one.
 */
export function detectLetter(letter: LetterModel, fileName: string | undefined, config: Readonly<Config>): Detection {
  const declared = letter.frontMatter['dokument'] ?? letter.frontMatter['type'];
  if (declared !== undefined) {
    return LETTER_TYPES.has(declared.toLowerCase())
      ? { isLetter: true, reason: 'front-matter' }
      : { isLetter: false, reason: 'front-matter' };
  }
  if (fileName && matchesAnyGlob(fileName, config.letterGlobs)) return { isLetter: true, reason: 'file-name' };
  if (!config.detectByContent) return { isLetter: false, reason: 'not-a-letter' };
  const signals = letterSignals(letter);
  if (declaresOtherDocument(letter)) return { isLetter: false, reason: 'declared', signals };
  const shows = (signal: LetterSignal): boolean => signals.includes(signal);
  // A change of help with a deadline to complain decides as plainly as one answering an application (a revurdering).
  const decides = shows('decision') || shows('title') || (shows('grantOrChange') && (shows('application') || has(letter, 'appeal.deadline')));
  // An invitation or a receipt announces the decision to come and decides nothing itself; a letter titled a decision
  // that leaves another matter to a decision of its own (»… bliver behandlet i en selvstændig afgørelse efter § 85«)
  // decides this one.
  const othersLater = shows('title') && has(letter, 'matter.decidedElsewhere');
  if (!shows('decision') && !othersLater && has(letter, 'decision.announced')) return { isLetter: false, reason: 'declared', signals };
  const publicAuthority = shows('authority') || shows('legalReference') || shows('appealGuidance') || shows('referenceBlock');
  // Written to someone: an article or a README about decisions quotes the same sentences, but neither greets nor signs.
  const addressed = shows('salutation') || shows('referenceBlock') || shows('closing');
  const score = signals.reduce((sum, signal) => sum + WEIGHTS[signal], 0);
  return decides && publicAuthority && addressed && score >= MIN_SCORE
    ? { isLetter: true, reason: 'content', signals }
    : { isLetter: false, reason: 'not-a-letter', signals };
}

/** Signals that something is decided or applied for. */
const DECISIVE_SIGNALS: ReadonlySet<LetterSignal> = new Set(['decision', 'title', 'grantOrChange', 'application']);

/**
 * Whether a document that was not taken for a letter looks close to one: it
 * decides or answers an application, and shows one more sign of a letter. The
 * editor says so ("Ikke genkendt som afgørelse"), so that a case worker never
 * wonders why nothing is flagged; documents that say what they are do not count.
 */
export function looksLikeLetter(detection: { isLetter: boolean; reason: string; signals?: readonly LetterSignal[] }): boolean {
  if (detection.isLetter || detection.reason !== 'not-a-letter' || !detection.signals) return false;
  return detection.signals.length >= 2 && detection.signals.some((signal) => DECISIVE_SIGNALS.has(signal));
}
