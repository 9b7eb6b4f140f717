import { Block, HtmlComment, ParsedBlocks, SectionRole, blankUnclosedFences, detached, parseBlocks, placedBlocks, sourceOffset } from './markdown';
import { limitStructure, limitStructureAfterEdit } from './nesting';
import { LineEnding, editBetween, lineEndingOf } from './position';
import { PhraseGroup, PhraseGroupId, PhraseMatch, phrases, scanPhrases } from './phrases';
import { LegalReference, LawMention, placeMention, placeReference } from './references';
import { TextCounts } from './sentences';
import { firstNotBefore } from './sorted';
import { FactsByText, TextFacts } from './textFacts';

export interface SourceRange {
  start: number;
  end: number;
}

/** A hit of a phrase group in a block, in source offsets. */
export interface Hit extends SourceRange {
  block: Block;
  /** Offsets of the match within block.text. */
  textStart: number;
  textEnd: number;
  /** The words matched, as written. */
  text: string;
}

/** A hit as the match within its block's text, which the block-level helpers take (negatedJustBefore, insideAny). */
export function matchOfHit(hit: Hit): PhraseMatch {
  return { start: hit.textStart, end: hit.textEnd, text: hit.text };
}

/**
 * Heading roles in order of precedence: "Klage over afgørelsen" is appeal
 * guidance, "Begrundelse for afgørelsen" is reasons, not the result.
 */
const HEADING_ROLES: ReadonlyArray<[SectionRole, PhraseGroupId]> = [
  ['klagevejledning', 'heading.klagevejledning'],
  ['begrundelse', 'heading.begrundelse'],
  ['beregning', 'heading.beregning'],
  ['fakta', 'heading.fakta'],
  ['regler', 'heading.regler'],
  ['partshoering', 'heading.partshoering'],
  ['afgoerelse', 'heading.afgoerelse'],
];

/** Headings are short; a long "heading" is a sentence set in bold and gets no role. */
const MAX_ROLE_HEADING_LENGTH = 60;
/** The longest heading that has a role when its role word opens it. */
const MAX_LONG_ROLE_HEADING_LENGTH = 2 * MAX_ROLE_HEADING_LENGTH;
/** How far into a heading its role word may start ("Bilag: Klagevejledning", "Vores vurdering"). */
const MAX_ROLE_WORD_START = 16;

/** A numbered title ("3. Lovgrundlag", "4) Klagevejledning") is read without its number. */
const TITLE_NUMBER = /^\d{1,2}[.)]?[ \t]+/;
/**
 * Lines of rule characters over a title (»=====« above »BILAG: KLAGEVEJLEDNING«, whose own »=====« under it makes the
 * two one setext heading): a frame drawn in plain text, not words of the title.
 */
const RULE_LINES_ABOVE = /^(?:[ \t]*[=\-_*~#+][ \t=\-_*~#+]*\r?\n)+/;

/**
 * Roles of the short texts asked about, by text: every version of a letter
 * asks again for each of its headings and short lines, and letters share
 * their headings. In memory only, and bounded.
 */
const rolesByText = new Map<string, SectionRole>();
const ROLES_KEPT = 10_000;
/** Longer texts are not kept: a heading with a role is at most MAX_ROLE_HEADING_LENGTH once trimmed. */
const ROLE_KEY_LENGTH = MAX_LONG_ROLE_HEADING_LENGTH;

export function headingRole(text: string): SectionRole {
  if (text.length > ROLE_KEY_LENGTH) return roleOf(text);
  let role = rolesByText.get(text);
  if (role === undefined) {
    if (rolesByText.size >= ROLES_KEPT) rolesByText.clear();
    rolesByText.set(detached(text), (role = roleOf(text)));
  }
  return role;
}

function roleOf(text: string): SectionRole {
  const trimmed = text.trim().replace(RULE_LINES_ABOVE, '').replace(TITLE_NUMBER, '');
  // A longer heading has a role only when it opens with the role word (»Klagevejledning – klagen skal sendes direkte til Ankestyrelsen«).
  const long = trimmed.length > MAX_ROLE_HEADING_LENGTH;
  if (trimmed.length > MAX_LONG_ROLE_HEADING_LENGTH) return 'other';
  // The role word must open the heading ("Vores afgørelse" yes, "Tak for din afgørelse" no); the earliest wins
  // ("Svar på din ansøgning" is the result, not the application), then the order of HEADING_ROLES.
  let best: SectionRole = 'other';
  let bestStart = MAX_ROLE_WORD_START + 1;
  let reasons = false;
  const scan = scanPhrases(trimmed);
  for (const [role, group] of HEADING_ROLES) {
    const match = phrases(group).findAll(trimmed, scan)[0];
    if (match && role === 'begrundelse') reasons = true;
    if (match && match.start < bestStart) {
      best = role;
      bestStart = match.start;
    }
  }
  if (long && bestStart > 0) return 'other';
  // »Reglerne og vores vurdering« holds the letter's own assessment, not only the law it quotes.
  return best === 'regler' && reasons ? 'begrundelse' : best;
}

/** Depth of a title that is not a Markdown heading (a bold, ALL CAPS or short plain line), as for bold lines. */
const LINE_TITLE_DEPTH = 7;
/** A plain line reads as a title only when it is short: a few words, no sentence. */
const MAX_PLAIN_TITLE_WORDS = 8;

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Whether a line of a paragraph stands as a title: short, not a sentence
 * (no closing full stop, comma, semicolon or colon), and either in ALL CAPS
 * or naming a section ("Begrundelse", "Hvis I vil klage", "3. Lovgrundlag").
 * A bold line is a title whatever it says (`bold`).
 */
function isLineTitle(line: string, bold: boolean): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_ROLE_HEADING_LENGTH) return false;
  if (bold) return true;
  if (!isTitleShaped(text)) return false;
  if (!ENDS_MID_SENTENCE.test(text)) return isAllCaps(text) || headingRole(text) !== 'other';
  // A title that is word for word a section's name may end as a wrapped line would (»Hvad vi har lagt vægt på«).
  return namesSectionExactly(text);
}

/**
 * A field label on a line of its own, as case systems export a section's title (»Vurdering:«, »Oplysninger i sagen:«):
 * the name of a section word for word, at most three words, then a colon. Not a sentence that leads a list (»Vi har lagt
 * vægt på:«, »Sådan har vi beregnet beløbet:«): those are longer or open on the authority or the party. Its length
 * without the colon, or 0.
 */
function fieldLabelLength(text: string, lineEnd: number): number {
  // Read in place: only a line that ends on a colon is sliced (every paragraph passes here on every keystroke).
  let end = lineEnd;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (text[end - 1] !== ':') return 0;
  const label = text.slice(0, end - 1).trimEnd();
  return label.split(/\s+/).length <= MAX_FIELD_LABEL_WORDS && RUN_IN_LABEL.test(label) && namesSectionExactly(label.trimStart()) ? label.length : 0;
}

const MAX_FIELD_LABEL_WORDS = 3;

/** Whether the whole of `text` is one phrase of a heading group. */
function namesSectionExactly(text: string): boolean {
  const scan = scanPhrases(text);
  return HEADING_ROLES.some(([, group]) => phrases(group).findAll(text, scan).some((match) => match.start === 0 && match.end === text.length));
}

/** A line that ends on one of these has been wrapped mid-sentence ("Du kan klage til Det" / "Sociale Nævn …"): no title ends so. */
const ENDS_MID_SENTENCE = /(?<![\p{L}])(?:(?:til|af|på|i|med|for|om|fra|ved|efter|over|under|hos|mod)(?:[ \t]+(?:det|den|de|en|et))?|og|eller|men|at|som|din|dit|dine|jeres|deres|vores)$/iu;

/** Short enough for a title and not a sentence: a few words, no closing full stop, comma, semicolon or colon, not wrapped mid-sentence. */
function isPlainTitle(line: string): boolean {
  const text = line.trim();
  return isTitleShaped(text) && !ENDS_MID_SENTENCE.test(text);
}

/** A few words, with no closing full stop, comma, semicolon or colon. */
function isTitleShaped(text: string): boolean {
  return text.length > 0 && text.length <= MAX_ROLE_HEADING_LENGTH && !/[.,;:]$/.test(text) && text.split(/\s+/).length <= MAX_PLAIN_TITLE_WORDS;
}

/** The list number that opens a block's line: "3. " before "Sådan har vi regnet". */
const ITEM_NUMBER = /^[ \t]{0,3}(\d{1,2})[.)][ \t]+$/;
/** A line that is an item of a list. */
const LIST_ITEM_LINE = /^[ \t]{0,3}(?:\d{1,2}[.)]|[-*+•])[ \t]/;

/** The line of `source` before the blank lines that end at `at`. */
function lineBefore(source: string, at: number): string {
  let i = at;
  while (i >= 0 && /\s/.test(source[i])) i--;
  return i < 0 ? '' : source.slice(source.lastIndexOf('\n', i) + 1, i + 1);
}

/**
 * Whether a one-line paragraph is a numbered section title in a letter
 * numbered so ("2. Lovgrundlag", then "3. Sådan har vi regnet timerne ud"):
 * its number follows a numbered line earlier in the letter, and the line
 * before it is no list item (an item of a list follows one). To Markdown each
 * title is an ordered list that starts at its number. Only the text before
 * the block is read, so that the blocks before an edit keep their reading.
 */
function isNumberedTitle(source: string, block: Block): boolean {
  const lineStart = source.lastIndexOf('\n', block.start - 1) + 1;
  const number = ITEM_NUMBER.exec(source.slice(lineStart, block.start))?.[1];
  if (!number || number === '1' || LIST_ITEM_LINE.test(lineBefore(source, lineStart - 1))) return false;
  return new RegExp(`(?:^|\\n)[ \\t]{0,3}${Number(number) - 1}[.)][ \\t]+\\S`).test(source.slice(0, lineStart));
}

const BULLET_MARKER = /^[ \t]{0,3}[-*+][ \t]+$/;
const NUMBERED_ITEM_LINE = /^[ \t]{0,3}\d{1,2}[.)][ \t]/;

/**
 * Whether a block is an item of a bulleted list, or of a numbered list that goes on from a numbered line before it:
 * its words are an item, never a title (»- Partshøringsbrev af 17. april 2025« among the documents of the case). A
 * numbered line after prose may still be a section's title (»2. Begrundelse«).
 */
function itemOfRunningList(source: string, block: Block): boolean {
  const lineStart = source.lastIndexOf('\n', block.start - 1) + 1;
  const marker = source.slice(lineStart, block.start);
  return BULLET_MARKER.test(marker) || (ITEM_NUMBER.test(marker) && NUMBERED_ITEM_LINE.test(lineBefore(source, lineStart - 1)));
}

/** The part [from, to) of a block's text as a block of its own, with its source positions. */
function sliceBlock(block: Block, from: number, to: number, kind: Block['kind'], depth: number): Block {
  const start = sourceOffset(block, from);
  const end = to >= block.text.length ? block.end : sourceOffset(block, to - 1) + 1;
  const runs: number[] = [];
  const r = block.runs;
  for (let i = 0; i < r.length; i += 3) {
    const next = i + 3 < r.length ? r[i + 3] : Infinity;
    if (next <= from || r[i] >= to) continue;
    const at = Math.max(r[i], from);
    runs.push(at - from, block.start + r[i + 1] + (at - r[i]) * r[i + 2] - start, r[i + 2]);
  }
  runs.push(to - from, end - start, 0);
  return { kind, depth, text: block.text.slice(from, to), runs, start, end, section: -1, index: -1, role: 'other' };
}

/** A line wrapped in ** or __ on its own in the source: a bold title that Markdown merged with the paragraph below (sticky: read at the block's start). */
const BOLD_FIRST_LINE = /(\*\*|__)[^\r\n]+?\1[ \t]*\\?\r?\n/y;
/**
 * A bold label that opens a paragraph on its own line's start, the text going on after it (»**Begrundelse:** Du er …«,
 * »**Regler.** Efter …«): group 2 is the label, the colon or full stop inside or just after the bold (sticky: read at the
 * block's start).
 */
const BOLD_RUN_IN = /(\*\*|__)([^\r\n*_]{1,60}?)\1[ \t]*[:.]?[ \t]+(?=\S)/y;
/** What a run-in label may end on, left out of its title. */
const LABEL_END = /[ \t]*[:.]?$/;
/**
 * A label, not a bold sentence (»**Du får bostøtte 3 timer om ugen efter serviceloven § 85.**«): at most six words, no
 * figure or paragraph sign, not opening on the party or the authority as its subject.
 */
const RUN_IN_LABEL = /^(?!(?:du|dig|i|jer|de|dem|han|hun|jeg|vi|kommunen)(?![\p{L}]))[^\d§]*$/iu;
const MAX_RUN_IN_WORDS = 6;

/**
 * A run-in label that names a section (»Regler.«, »Begrundelse:«) as a title of its own and the rest of the paragraph,
 * or undefined. Other bold openings (»**Vigtigt:** …«) stay emphasis in the prose.
 */
function splitRunInTitle(source: string, block: Block): [Block, Block] | undefined {
  BOLD_RUN_IN.lastIndex = block.start;
  const m = BOLD_RUN_IN.exec(source);
  if (!m) return undefined;
  const label = m[2].replace(LABEL_END, '');
  const text = block.text;
  if (!text.startsWith(label) || !RUN_IN_LABEL.test(label) || label.split(/\s+/).length > MAX_RUN_IN_WORDS || headingRole(label) === 'other') return undefined;
  let rest = label.length;
  while (rest < text.length && /[:.\s]/.test(text[rest])) rest++;
  // »**Klageadgang efter ældreloven** til Ankestyrelsen …« goes on with its sentence: a label ends on a colon or a full stop, or the text after it opens one.
  if (rest >= text.length || (!/[:.]/.test(text.slice(label.length, rest)) && !/[\p{Lu}\p{N}]/u.test(text[rest]))) return undefined;
  return [sliceBlock(block, 0, label.length, 'heading', LINE_TITLE_DEPTH), sliceBlock(block, rest, text.length, 'paragraph', 0)];
}

/** A wrapped sentence continues in lower case; the paragraph under a title opens a new one (sticky: read after the first line). */
const OPENS_PARAGRAPH = /\s*[\p{Lu}\p{N}\-•*]/uy;
const NOT_SPACE = /\S/g;

/**
 * Titles as letters pasted from Word or an ESDH system write them: a short
 * plain or ALL CAPS line standing alone becomes a heading; a bold, ALL CAPS
 * or section-naming line that Markdown merged with the paragraph below, or a
 * bold label naming a section that opens a paragraph, is split off as a
 * heading of its own. A line alone at the end stays prose: a title opens
 * something.
 */
function withLineTitles(source: string, blocks: Block[], openRole: SectionRole): Block[] {
  const result: Block[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') {
      // A bold sentence ("**Din hjælp stopper den 1. marts.**") is emphasis, not a title.
      const sentence = block.depth === LINE_TITLE_DEPTH && /[.!]$/.test(block.text.trim()) && block.text.trim().split(/\s+/).length > 3;
      result.push(sentence ? sliceBlock(block, 0, block.text.length, 'paragraph', 0) : block);
      return;
    }
    if (itemOfRunningList(source, block)) {
      result.push(block);
      return;
    }
    const runIn = splitRunInTitle(source, block);
    if (runIn) {
      result.push(...runIn);
      return;
    }
    const text = block.text;
    const newline = text.indexOf('\n');
    if (newline < 0) {
      const opens = index < blocks.length - 1;
      const label = fieldLabelLength(text, text.length);
      const title = isLineTitle(text, false) || (isPlainTitle(text) && isNumberedTitle(source, block));
      result.push(opens && (title || label > 0) ? sliceBlock(block, 0, label || text.length, 'heading', LINE_TITLE_DEPTH) : block);
      return;
    }
    // Read in place (sticky expressions, no slices): every paragraph of the letter passes here on every keystroke.
    BOLD_FIRST_LINE.lastIndex = block.start;
    OPENS_PARAGRAPH.lastIndex = newline + 1;
    NOT_SPACE.lastIndex = newline + 1;
    const label = fieldLabelLength(text, newline);
    if (NOT_SPACE.test(text) && (BOLD_FIRST_LINE.test(source) || (OPENS_PARAGRAPH.test(text) && (label > 0 || isLineTitle(text.slice(0, newline), false))))) {
      result.push(sliceBlock(block, 0, label || text.slice(0, newline).trimEnd().length, 'heading', LINE_TITLE_DEPTH));
      result.push(sliceBlock(block, newline + 1, block.text.length, 'paragraph', 0));
    } else {
      result.push(block);
    }
  });
  return nestQuestionTitles(result, openRole);
}

/**
 * Guidance pasted from Word often breaks into questions ("Hvem skal De klage
 * til?", "Hvad sker der, når De har klaget?") under one title: a line title
 * that asks a question, or names the same section again, belongs to the line
 * title with a role before it instead of ending that section.
 */
function nestQuestionTitles(blocks: Block[], openRole: SectionRole): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    if (block.depth < LINE_TITLE_DEPTH) {
      openRole = 'other';
      return block;
    }
    const role = headingRole(block.text);
    // A question that names a section of its own (»Hvad har vi lagt vægt på?« after »Lovgrundlag«) ends the one before; in the guidance every question is one of its topics.
    const questionOfOpen = block.text.trim().endsWith('?') && (role === 'other' || role === openRole || openRole === 'klagevejledning');
    if (openRole !== 'other' && (questionOfOpen || role === openRole || (openRole === 'klagevejledning' && namesAppealTopic(block.text)))) {
      return sliceBlock(block, 0, block.text.length, 'heading', LINE_TITLE_DEPTH + 1);
    }
    openRole = role;
    return block;
  });
}

/** A title that is one topic of the appeal guidance and nothing more (»FRIST«, »Opsættende virkning«). */
function namesAppealTopic(title: string): boolean {
  const text = title.trim();
  return phrases('heading.appealTopic').matchAt(text, 0)?.end === text.length;
}

/** The role of the line title that questions after `blocks` would nest under (nestQuestionTitles), as it stands at their end. */
function openTitleRole(blocks: readonly Block[]): SectionRole {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    // A nested title (deeper than a line title) left the open one as it was.
    if (block.kind !== 'heading' || block.depth > LINE_TITLE_DEPTH) continue;
    return block.depth < LINE_TITLE_DEPTH ? 'other' : headingRole(block.text);
  }
  return 'other';
}

export interface LetterModel {
  readonly source: string;
  /** The letter's line ending, for inserted text. */
  readonly eol: LineEnding;
  readonly frontMatter: Readonly<Record<string, string>>;
  /** The source with its front matter blanked, at the same offsets. */
  readonly body: string;
  readonly blocks: readonly Block[];
  /** HTML comments outside code, in document order (disable directives live here). */
  readonly comments: readonly HtmlComment[];
  /** Where nesting too deep to parse begins (nesting.ts): from there the letter was not fully checked. */
  readonly tooDeepAt?: number;
  /** Where emphasis markers too many to pair in one paragraph begin (nesting.ts): those after it were read as text. */
  readonly tooDenseAt?: number;
  /** Whether `block` lies in a section (or subsection of a section) with `role`. */
  inRole(block: Block, role: SectionRole): boolean;
  /** The first heading with a role, or undefined. */
  heading(role: SectionRole): Block | undefined;
  /** The blocks of the first section with `role`, subsections included. */
  sectionBlocks(role: SectionRole): Block[];
  /** The blocks of every section with `role`, subsections included, in order. */
  allSectionBlocks(role: SectionRole): Block[];
  /** Hits of a phrase group in prose blocks, optionally filtered. */
  find(group: PhraseGroupId, where?: (block: Block) => boolean): readonly Hit[];
  /** Whether a phrase group has a hit in a prose block, optionally filtered: find(…).length > 0 without making the hits. */
  has(group: PhraseGroupId | PhraseGroup, where?: (block: Block) => boolean): boolean;
  /** Sentence containing `hit`, in source offsets. */
  sentenceAt(block: Block, textOffset: number): SourceRange;
  references(): readonly LegalReference[];
  lawMentions(): readonly LawMention[];
  /**
   * The references, or law mentions, for which `holds` is true, found once
   * per version. `holds` must depend only on the item, its block's text and
   * kind and the letter's sections: when an edit changed no heading, the next
   * version keeps the answer for the blocks it shares with this one and for
   * the blocks after the edit; when it changed one, all are asked again.
   * `key` names the test.
   */
  referencesWhere(key: string, holds: (reference: LegalReference) => boolean): readonly LegalReference[];
  lawMentionsWhere(key: string, holds: (mention: LawMention) => boolean): readonly LawMention[];
  /** The references, or law mentions, in one of this letter's blocks. */
  referencesIn(block: Block): readonly LegalReference[];
  lawMentionsIn(block: Block): readonly LawMention[];
  toSource(block: Block, textOffset: number): number;
  /** Words and sentences of a block's text, for LIX and sentence length. */
  counts(block: Block): TextCounts;
  /** Hits of a phrase group in a block, in block-text offsets (a group of the catalogue's, too). */
  matchesIn(block: Block, group: PhraseGroupId | PhraseGroup): readonly PhraseMatch[];
  /**
   * A rule's own result for a block's text, computed once and reused by later
   * versions of the letter while the text is unchanged. `key` names the rule
   * and the result; `compute` must depend on the text alone (it is handed the
   * block and the letter to ask about that text, so that a caller in a loop can
   * pass a function of its module instead of making a closure each time).
   */
  memo<T>(block: Block, key: string, compute: (text: string, block: Block, letter: LetterModel) => T): T;
  /**
   * The blocks for which `holds` is true, in order, found once per version.
   * `holds` must depend on the block's text alone (a memo's result, say): the
   * next version keeps the answer for the blocks an edit left as they were, so
   * a keystroke tests only the blocks it changed. `key` names the test.
   */
  blocksWhere(key: string, holds: (block: Block) => boolean): Block[];
}

/** `compute` once per version of a letter: several rules ask the same of it on every check. */
export function oncePerLetter<T>(compute: (letter: LetterModel) => T): (letter: LetterModel) => T {
  const results = new WeakMap<LetterModel, { value: T }>();
  return (letter) => {
    let result = results.get(letter);
    if (!result) results.set(letter, (result = { value: compute(letter) }));
    return result.value;
  };
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;

/** Splits off YAML-like front matter (`key: value` lines) and blanks it, keeping offsets. */
export function readFrontMatter(source: string): { fields: Record<string, string>; body: string } {
  const fields: Record<string, string> = {};
  const open = FRONT_MATTER.exec(source);
  if (!open) return { fields, body: source };
  const close = /(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(source);
  if (!end) return { fields, body: source };
  const inner = source.slice(open[0].length, end.index);
  for (const line of inner.split(/\r\n?|\n/)) {
    const kv = /^([\p{L}\w-]+)[ \t]*:[ \t]*(.*)$/u.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, '');
  }
  const stop = end.index + end[0].length;
  const blanked = source.slice(0, stop).replace(/[^\r\n]/g, ' ');
  return { fields, body: blanked + source.slice(stop) };
}

/** The parse and text facts behind each model, so that the next version of the document can reuse its unchanged parts. */
const parsedBlocks = new WeakMap<LetterModel, ParsedBlocks>();
const factsOfModel = new WeakMap<LetterModel, FactsByText>();

/** With `previous` (the model of an earlier version of the same document), unchanged parts are not parsed again. */
export function parseLetter(source: string, previous?: LetterModel): LetterModel {
  const { fields, body: afterFrontMatter } = readFrontMatter(source);
  const body = blankUnclosedFences(afterFrontMatter);
  const before = previous instanceof Letter ? previous : undefined;
  // Compared once, as bodies: a front matter that grows or ends elsewhere changes what is blanked, beyond the edit itself.
  const edit = previous && editBetween(previous.body, body);
  // Only the lines an edit touched are read for the structure budgets, when the previous version kept within them.
  const withinBudget = previous && previous.tooDeepAt === undefined && previous.tooDenseAt === undefined;
  const structure = withinBudget ? limitStructureAfterEdit(body, previous.body, edit) : limitStructure(body);
  const previousParse = previous && parsedBlocks.get(previous);
  const parsed = parseBlocks(source, structure.text, previousParse, edit);
  const head = before && previousParse ? unchangedHead(before.blocks, previousParse, parsed) : NO_HEAD;
  const placed = letterBlocks(body, parsed, head);
  const blocks = placed.blocks;
  // The blocks before the edit are the previous version's own objects, so that what was placed on them carries over.
  const kept = before ? keepUnchangedHead(blocks, before.blocks, placed.fromHead) : 0;
  const sections = new Sections(blocks, before?.sections, kept);
  const facts = new FactsByText(blocks.map((block) => block.text), previous && factsOfModel.get(previous));
  const model = new Letter(source, fields, body, blocks, placed.comments, structure.tooDeepAt, structure.tooDenseAt, sections, facts, previous, kept);
  parsedBlocks.set(model, parsed);
  factsOfModel.set(model, facts);
  return model;
}

/** The previous version's blocks that a version takes as they are, and the parsed chunks they come from. */
interface Head {
  readonly chunks: number;
  readonly blocks: readonly Block[];
}

const NO_HEAD: Head = { chunks: 0, blocks: [] };

/**
 * The leading chunks that a parse took over from the previous version's (the
 * same objects at the same places), and the previous version's blocks in
 * them. A block's title, section and role depend only on the blocks before
 * it, and on there being a block after it, which the previous version had.
 */
function unchangedHead(before: readonly Block[], beforeParse: ParsedBlocks, parsed: ParsedBlocks): Head {
  const chunks = parsed.chunks;
  const shorter = Math.min(chunks.length, beforeParse.chunks.length);
  let shared = 0;
  while (shared < shorter && chunks[shared] === beforeParse.chunks[shared]) shared++;
  if (shared === 0 || shared === chunks.length) return NO_HEAD;
  const end = chunks[shared - 1].end;
  // Blocks are in document order: the first that ends after the shared chunks.
  const kept = firstNotBefore(before.length, (i) => before[i].end <= end);
  return kept < before.length ? { chunks: shared, blocks: before.slice(0, kept) } : NO_HEAD;
}

/**
 * The letter's blocks: those of `head` as they are, then copies of the rest
 * (placedBlocks: sections and roles are assigned to them, and the parsed
 * blocks are shared with other versions) with their line titles.
 * `fromHead`: how many leading blocks are the head's (none when it was read again).
 */
function letterBlocks(body: string, parsed: ParsedBlocks, head: Head): { blocks: Block[]; comments: HtmlComment[]; fromHead: number } {
  const placed = placedBlocks(parsed, head.chunks);
  const rest = withLineTitles(body, placed.blocks, openTitleRole(head.blocks));
  // A line title must open something: with no block after the head any more, its last block is read again.
  if (rest.length === 0 && head.blocks.length > 0) return letterBlocks(body, parsed, NO_HEAD);
  return { blocks: head.blocks.length > 0 ? [...head.blocks, ...rest] : rest, comments: placed.comments, fromHead: head.blocks.length };
}

/**
 * Puts the previous version's block objects in place of the leading blocks
 * that are the same in every respect (text, runs, place, kind): what a
 * version placed on them (hits, references, law mentions) is then valid for
 * the next as it stands. Their index, section and role are the same in both,
 * for they depend only on the blocks before them. The first `from` are
 * theirs already (letterBlocks). Returns how many leading blocks are theirs.
 */
function keepUnchangedHead(blocks: Block[], before: readonly Block[], from: number): number {
  const shorter = Math.min(blocks.length, before.length);
  for (let i = from; i < shorter; i++) {
    const block = blocks[i];
    const old = before[i];
    if (block.text !== old.text || block.start !== old.start || block.end !== old.end || block.kind !== old.kind || block.depth !== old.depth || !sameRuns(block.runs, old.runs)) return i;
    blocks[i] = old;
  }
  return shorter;
}

function sameRuns(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first of `items` (in block order) that lies in the block with index `index` or after it. */
function firstFrom(items: ReadonlyArray<{ block: Block }>, index: number): number {
  return firstNotBefore(items.length, (i) => items[i].block.index < index);
}

/** The items (in block order) that lie in `block`, found by halving. */
function inBlock<P extends { block: Block }>(items: readonly P[], block: Block): P[] {
  const found: P[] = [];
  for (let i = firstFrom(items, block.index); i < items.length && items[i].block === block; i++) found.push(items[i]);
  return found;
}

/** Whether a heading lies among `blocks[from]` to `blocks[to - 1]` (read in place: this runs on every keystroke). */
function hasHeading(blocks: readonly Block[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (blocks[i].kind === 'heading') return true;
  return false;
}

/** A bit per role, so that the roles a block lies under are one number (inRole is asked for every block by most rules). */
const ROLE_BITS: Readonly<Record<SectionRole, number>> = {
  klagevejledning: 1,
  begrundelse: 2,
  fakta: 4,
  regler: 8,
  beregning: 16,
  partshoering: 32,
  afgoerelse: 64,
  other: 128,
};

/**
 * The roles of the case itself: the decision, its reasons, facts and calculation. Under one of them a block is not in
 * the appeal guidance, however deep its title; and one titled after a guidance title shows the case goes on after it.
 */
export const CASE_ROLES: readonly SectionRole[] = ['afgoerelse', 'begrundelse', 'fakta', 'beregning'];
const CASE_ROLE_BITS = CASE_ROLES.reduce((bits, role) => bits | ROLE_BITS[role], 0);

/**
 * The sections of a letter: a heading opens a section that runs until a
 * heading of the same or higher level. Assigns each block its index in the
 * letter, its section and role, and answers which roles a block lies under (its section's and those
 * of the sections around it).
 */
class Sections {
  /** Per heading (by index), the roles of its section and of every section it lies in, as ROLE_BITS. */
  private readonly roles: Int32Array;
  /** Per heading (by index), the heading of the section it lies in, or -1. */
  private readonly parents: Int32Array;

  /** The first `kept` blocks are those of the version `before` was made for, with their index, section and role. */
  constructor(blocks: readonly Block[], before?: Sections, kept = 0) {
    this.roles = new Int32Array(blocks.length);
    this.parents = new Int32Array(blocks.length);
    const open: number[] = [];
    let from = 0;
    if (before && kept > 0) {
      from = kept;
      this.roles.set(before.roles.subarray(0, from));
      this.parents.set(before.parents.subarray(0, from));
      // The sections open after the kept blocks: the innermost and the ones it lies in.
      for (let heading = blocks[from - 1].section; heading >= 0; heading = this.parents[heading]) open.unshift(heading);
    }
    for (let index = from; index < blocks.length; index++) {
      const block = blocks[index];
      block.index = index;
      if (block.kind === 'heading') {
        while (open.length && blocks[open[open.length - 1]].depth >= block.depth) open.pop();
        const parent = open.length ? open[open.length - 1] : -1;
        block.role = headingRole(block.text);
        block.section = index;
        this.parents[index] = parent;
        const inherited = parent >= 0 ? this.roles[parent] : 0;
        // The decision, its reasons, facts or calculation titled one level down under the guidance (»## Klagevejledning«
        // then »### Begrundelse«, headings set too deep) are the case again, not the guidance.
        this.roles[index] = ROLE_BITS[block.role] | ((ROLE_BITS[block.role] & CASE_ROLE_BITS) !== 0 ? inherited & ~ROLE_BITS.klagevejledning : inherited);
        open.push(index);
      } else {
        block.section = open.length ? open[open.length - 1] : -1;
      }
    }
    for (let index = from; index < blocks.length; index++) {
      const block = blocks[index];
      if (block.kind === 'paragraph') block.role = block.section >= 0 ? blocks[block.section].role : 'other';
    }
  }

  /** Whether the block's section, or a section it lies in, has `role`. */
  has(block: Block, role: SectionRole): boolean {
    return block.section >= 0 && (this.roles[block.section] & ROLE_BITS[role]) !== 0;
  }
}

/**
 * How a version's blocks line up with the previous version's: the first
 * `head` and the last `tail` blocks have the same texts in both (an edit
 * changes blocks in one place). What the previous version found by text is
 * carried over for them; only the blocks between are read again.
 */
interface Carried {
  readonly head: number;
  readonly tail: number;
  /** Blocks in the previous version. */
  readonly length: number;
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** How many leading blocks are the previous version's own objects (keepUnchangedHead): what it placed on them holds. */
  readonly sameObjects: number;
  readonly hitsByGroup: ReadonlyMap<PhraseGroupId, ReadonlyArray<Hit[] | undefined>>;
  readonly references?: readonly LegalReference[];
  readonly mentions?: readonly LawMention[];
  /**
   * How many trailing blocks lie in the same sections as before, with the
   * same roles: they are alike in text, kind and depth, and the edit changed
   * no heading (0 when it did). What the previous version found on them by
   * their text and sections holds for them.
   */
  readonly alikeTail: number;
  /** A heading lies in the edited stretch of either version: the sections may have changed, before the edit too. */
  readonly headingEdited: boolean;
  readonly placedByKey: ReadonlyMap<string, PlacedPassed>;
}

/** Per key of referencesWhere and lawMentionsWhere, the items that passed, and their places in the letter's list. */
interface PlacedPassed {
  readonly items: ReadonlyArray<LegalReference | LawMention>;
  readonly indices: readonly number[];
}

/** The letter model: the blocks with their sections, and what the rules ask of their text, each computed once. */
class Letter implements LetterModel {
  readonly eol: LineEnding;
  readonly toSource = sourceOffset;
  /** Resolved once per block: rules ask per block and phrase group, thousands of times per check. */
  private readonly factsList: TextFacts[];
  /** Per key (a phrase group, or a rule's test of a text), the indices of the blocks whose text passes. */
  private readonly byKey = new Map<string, readonly number[]>();
  /** Per phrase group, the hits of the blocks with a match, by block index (made for the blocks a filter passes). */
  private readonly hitsByGroup = new Map<PhraseGroupId, Array<Hit[] | undefined>>();
  private readonly carried?: Carried;
  private referenceList?: LegalReference[];
  private mentionList?: LawMention[];
  /** Per key of referencesWhere and lawMentionsWhere, the items that passed. */
  private readonly placedByKey = new Map<string, PlacedPassed>();

  constructor(
    readonly source: string,
    readonly frontMatter: Readonly<Record<string, string>>,
    readonly body: string,
    readonly blocks: readonly Block[],
    readonly comments: readonly HtmlComment[],
    readonly tooDeepAt: number | undefined,
    readonly tooDenseAt: number | undefined,
    readonly sections: Sections,
    private readonly facts: FactsByText,
    previous?: LetterModel,
    /** How many leading blocks are the previous version's own objects (keepUnchangedHead). */
    kept = 0,
  ) {
    this.eol = lineEndingOf(source);
    if (previous instanceof Letter) {
      this.carried = previous.alignedWith(blocks, kept);
      this.factsList = previous.carriedFacts(blocks, this.carried, facts);
    } else {
      this.factsList = blocks.map((block) => facts.of(block.text));
    }
  }

  /**
   * The facts of the next version's blocks: those before and after the edit
   * (`carried`) keep theirs without a lookup by text; only the blocks an edit
   * touched are looked up.
   */
  private carriedFacts(blocks: readonly Block[], { head, tail }: Carried, facts: FactsByText): TextFacts[] {
    const fromEnd = blocks.length - this.blocks.length;
    const list: TextFacts[] = new Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) {
      if (i < head) list[i] = this.factsList[i];
      else if (i >= blocks.length - tail) list[i] = this.factsList[i - fromEnd];
      else list[i] = facts.of(blocks[i].text);
    }
    return list;
  }

  /** How the next version's blocks line up with this version's, and what this version found by text. */
  private alignedWith(blocks: readonly Block[], sameObjects: number): Carried {
    const before = this.blocks;
    const shorter = Math.min(blocks.length, before.length);
    let head = sameObjects;
    while (head < shorter && blocks[head].text === before[head].text) head++;
    let tail = 0;
    let alikeTail = -1;
    while (tail < shorter - head) {
      const block = blocks[blocks.length - 1 - tail];
      const old = before[before.length - 1 - tail];
      if (block.text !== old.text) break;
      if (alikeTail < 0 && (block.kind !== old.kind || block.depth !== old.depth)) alikeTail = tail;
      tail++;
    }
    if (alikeTail < 0) alikeTail = tail;
    // A heading between the shared blocks and the alike tail, in either version, may have changed the sections after it.
    const headingEdited = hasHeading(before, sameObjects, before.length - alikeTail) || hasHeading(blocks, sameObjects, blocks.length - alikeTail);
    if (headingEdited) alikeTail = 0;
    return {
      head, tail, length: before.length, byKey: this.byKey, alikeTail, headingEdited,
      sameObjects, hitsByGroup: this.hitsByGroup, references: this.referenceList, mentions: this.mentionList, placedByKey: this.placedByKey,
    };
  }

  /**
   * The indices of the blocks whose text passes `holds`, found once per
   * version. `holds` must depend on the block's text alone: the blocks the
   * previous version had with the same texts keep its answer, so a keystroke
   * tests only the blocks it changed.
   */
  private indicesWhere(key: string, holds: (index: number) => boolean): readonly number[] {
    let found = this.byKey.get(key);
    if (found) return found;
    const carried = this.carried;
    const known = carried?.byKey.get(key);
    const indices: number[] = [];
    if (carried && known) {
      const { head, tail, length } = carried;
      const tailStart = length - tail;
      const fromEnd = this.blocks.length - length;
      for (const i of known) if (i < head) indices.push(i);
      for (let i = head; i < this.blocks.length - tail; i++) if (holds(i)) indices.push(i);
      for (const i of known) if (i >= tailStart) indices.push(i + fromEnd);
    } else {
      for (let i = 0; i < this.blocks.length; i++) if (holds(i)) indices.push(i);
    }
    this.byKey.set(key, (found = indices));
    return found;
  }

  blocksWhere(key: string, holds: (block: Block) => boolean): Block[] {
    // Apart from the phrase groups' ids, which key the blocks with a match.
    return this.indicesWhere(`#${key}`, (i) => holds(this.blocks[i])).map((i) => this.blocks[i]);
  }

  inRole(block: Block, role: SectionRole): boolean {
    return this.sections.has(block, role);
  }

  heading(role: SectionRole): Block | undefined {
    return this.blocks.find((b) => b.kind === 'heading' && b.role === role);
  }

  sectionBlocks(role: SectionRole): Block[] {
    const head = this.blocks.findIndex((b) => b.kind === 'heading' && b.role === role);
    return head < 0 ? [] : this.sectionFrom(head);
  }

  allSectionBlocks(role: SectionRole): Block[] {
    const result: Block[] = [];
    for (let head = 0; head < this.blocks.length; head++) {
      const block = this.blocks[head];
      if (block.kind !== 'heading' || block.role !== role) continue;
      const section = this.sectionFrom(head);
      result.push(...section);
      // A subsection with the same role is already in its parent's blocks.
      head += section.length - 1;
    }
    return result;
  }

  /** The heading at index `head` and the blocks under it, up to the next heading as high or higher. */
  private sectionFrom(head: number): Block[] {
    const blocks = this.blocks;
    const result: Block[] = [blocks[head]];
    for (let i = head + 1; i < blocks.length; i++) {
      if (blocks[i].kind === 'heading' && blocks[i].depth <= blocks[head].depth) break;
      result.push(blocks[i]);
    }
    return result;
  }

  find(group: PhraseGroupId, where?: (block: Block) => boolean): readonly Hit[] {
    // Rules ask for the same group many times with different filters: the blocks with a match are found once,
    // and each one's hits made once, only for blocks that pass a filter.
    const matching = this.matching(group);
    let hitsOf = this.hitsByGroup.get(group);
    if (!hitsOf) this.hitsByGroup.set(group, (hitsOf = []));
    // The previous version's hits on the blocks it shares with this one.
    const sameObjects = this.carried?.sameObjects ?? 0;
    const carriedHits = this.carried?.hitsByGroup.get(group);
    const found: Hit[] = [];
    for (const i of matching) {
      const block = this.blocks[i];
      if (where && !where(block)) continue;
      let hits = hitsOf[i] ?? (i < sameObjects ? carriedHits?.[i] : undefined);
      if (!hits) hits = this.factsList[i].matches(group).map((m) => this.toHit(block, m));
      hitsOf[i] = hits;
      for (const hit of hits) found.push(hit);
    }
    return found;
  }

  has(group: PhraseGroupId | PhraseGroup, where?: (block: Block) => boolean): boolean {
    const phraseGroup = typeof group === 'string' ? phrases(group) : group;
    // Known, or a version being edited (whose next version then takes the blocks with a match over): read them all.
    if (this.byKey.has(phraseGroup.id) || this.carried) return this.matching(phraseGroup).some((i) => !where || where(this.blocks[i]));
    // A first version: stop at the first block with a match that passes; having read them all, keep the blocks with a match.
    const blocks: number[] = [];
    for (let i = 0; i < this.blocks.length; i++) {
      if (this.factsList[i].matches(phraseGroup).length === 0) continue;
      if (!where || where(this.blocks[i])) return true;
      blocks.push(i);
    }
    this.byKey.set(phraseGroup.id, blocks);
    return false;
  }

  /** The blocks with a match of `group`, found once per check (a keystroke reads the cached matches of the blocks it changed). */
  private matching(group: PhraseGroupId | PhraseGroup): readonly number[] {
    const phraseGroup = typeof group === 'string' ? phrases(group) : group;
    return this.indicesWhere(phraseGroup.id, (i) => this.factsList[i].matches(phraseGroup).length > 0);
  }

  sentenceAt(block: Block, textOffset: number): SourceRange {
    const sentences = this.factsOf(block).sentences();
    // Sentences are ordered and disjoint: binary search (a rule asks once per hit).
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const [s, e] = sentences[mid];
      if (textOffset < s) high = mid - 1;
      else if (textOffset >= e) low = mid + 1;
      else return { start: this.toSource(block, s), end: this.toSource(block, e) };
    }
    return { start: block.start, end: block.end };
  }

  references(): readonly LegalReference[] {
    return (this.referenceList ??= this.placedInBlocks((block) => this.factsOf(block).references(), placeReference, this.carried?.references));
  }

  lawMentions(): readonly LawMention[] {
    return (this.mentionList ??= this.placedInBlocks((block) => this.factsOf(block).lawMentions(), placeMention, this.carried?.mentions));
  }

  referencesWhere(key: string, holds: (reference: LegalReference) => boolean): readonly LegalReference[] {
    return this.placedWhere(`references.${key}`, this.references(), this.carried?.references, holds);
  }

  lawMentionsWhere(key: string, holds: (mention: LawMention) => boolean): readonly LawMention[] {
    return this.placedWhere(`mentions.${key}`, this.lawMentions(), this.carried?.mentions, holds);
  }

  referencesIn(block: Block): readonly LegalReference[] {
    return inBlock(this.references(), block);
  }

  lawMentionsIn(block: Block): readonly LawMention[] {
    return inBlock(this.lawMentions(), block);
  }

  /**
   * The items that pass `holds`: the previous version's answer for those on
   * the blocks both versions share and on the alike tail (alignedWith), whose
   * places in the list move by as many items as the edit added; `holds` is
   * asked for the rest.
   */
  private placedWhere<P extends LegalReference | LawMention>(
    key: string, items: readonly P[], previousItems: readonly P[] | undefined, holds: (item: P) => boolean,
  ): readonly P[] {
    const known = this.placedByKey.get(key);
    if (known) return known.items as readonly P[];
    const carried = this.carried;
    const before = carried && previousItems && carried.placedByKey.get(key);
    const indices: number[] = [];
    // A heading edited may change what a test of the sections answers for the blocks before it too (a guidance title at
    // the top holds the letter's own text only while the decision gets a title later: anchors.ts): all are asked again.
    if (carried && previousItems && before && !carried.headingEdited) {
      // In block order: the items on the shared blocks come first in both versions, those on the alike tail last.
      const headEnd = firstFrom(previousItems, carried.sameObjects);
      const tailFrom = firstFrom(previousItems, carried.length - carried.alikeTail);
      const moved = items.length - previousItems.length;
      for (const i of before.indices) if (i < headEnd) indices.push(i);
      for (let i = headEnd; i < tailFrom + moved; i++) if (holds(items[i])) indices.push(i);
      for (const i of before.indices) if (i >= tailFrom) indices.push(i + moved);
    } else {
      for (let i = 0; i < items.length; i++) if (holds(items[i])) indices.push(i);
    }
    const passed = indices.map((i) => items[i]);
    this.placedByKey.set(key, { items: passed, indices });
    return passed;
  }

  counts(block: Block): TextCounts {
    return this.factsOf(block).counts();
  }

  matchesIn(block: Block, group: PhraseGroupId | PhraseGroup): readonly PhraseMatch[] {
    return this.factsOf(block).matches(group);
  }

  memo<T>(block: Block, key: string, compute: (text: string, block: Block, letter: LetterModel) => T): T {
    return this.factsOf(block).memo(key, compute, block, this);
  }

  /** By text, so that a slice of a block or a block of another version is answered too; this letter's own blocks by index (thousands of calls per check). */
  private factsOf(block: Block): TextFacts {
    return this.blocks[block.index] === block ? this.factsList[block.index] : this.facts.of(block.text);
  }

  /** What each block's text holds, placed in the document; what the previous version placed on the blocks it shares with this one is taken as it is. */
  private placedInBlocks<T extends { textStart: number; textEnd: number }, P extends { block: Block }>(
    of: (block: Block) => readonly T[],
    place: (found: T, block: Block, start: number, end: number) => P,
    carried: readonly P[] | undefined,
  ): P[] {
    // In block order: those on the shared blocks (the first `from`, the same objects in both versions) come first.
    const from = carried ? this.carried?.sameObjects ?? 0 : 0;
    const placed = carried ? carried.slice(0, firstFrom(carried, from)) : [];
    for (let i = from; i < this.blocks.length; i++) {
      const block = this.blocks[i];
      for (const found of of(block)) placed.push(place(found, block, this.toSource(block, found.textStart), this.toSource(block, found.textEnd)));
    }
    return placed;
  }

  private toHit(block: Block, m: PhraseMatch): Hit {
    return { block, textStart: m.start, textEnd: m.end, text: m.text, start: this.toSource(block, m.start), end: this.toSource(block, m.end) };
  }
}
