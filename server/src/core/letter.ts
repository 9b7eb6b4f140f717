import { Block, HtmlComment, ParsedBlocks, SectionRole, copyBlock, parseBlocks, sourceOffset } from './markdown';
import { limitNesting } from './nesting';
import { LineEnding, lineEndingOf } from './position';
import { PhraseGroupId, PhraseMatch, phrases } from './phrases';
import { LegalReference, LawMention, placeMention, placeReference } from './references';
import { TextCounts } from './sentences';
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

export function headingRole(text: string): SectionRole {
  const trimmed = text.trim();
  if (trimmed.length > MAX_ROLE_HEADING_LENGTH) return 'other';
  for (const [role, group] of HEADING_ROLES) {
    const match = phrases(group).first(trimmed);
    // The role word must open the heading ("Vores afgørelse" yes, "Tak for din afgørelse" no).
    if (match && match.start <= 16) return role;
  }
  return 'other';
}

export interface LetterModel {
  readonly source: string;
  /** The letter's line ending, for inserted text. */
  readonly eol: LineEnding;
  readonly frontMatter: Readonly<Record<string, string>>;
  readonly blocks: readonly Block[];
  /** HTML comments outside code, in document order (disable directives live here). */
  readonly comments: readonly HtmlComment[];
  /** Where nesting too deep to parse begins (nesting.ts): from there the letter was not fully checked. */
  readonly tooDeepAt?: number;
  /** Whether `blockIndex` lies in a section (or subsection of a section) with `role`. */
  inRole(block: Block, role: SectionRole): boolean;
  /** The first heading with a role, or undefined. */
  heading(role: SectionRole): Block | undefined;
  /** The blocks of the first section with `role`, subsections included. */
  sectionBlocks(role: SectionRole): Block[];
  /** Hits of a phrase group in prose blocks, optionally filtered. */
  find(group: PhraseGroupId, where?: (block: Block) => boolean): readonly Hit[];
  /** Sentence containing `hit`, in source offsets. */
  sentenceAt(block: Block, textOffset: number): SourceRange;
  references(): readonly LegalReference[];
  lawMentions(): readonly LawMention[];
  toSource(block: Block, textOffset: number): number;
  /** Words and sentences of a block's text, for LIX and sentence length. */
  counts(block: Block): TextCounts;
  /** Hits of a phrase group in a block, in block-text offsets. */
  matchesIn(block: Block, group: PhraseGroupId): readonly PhraseMatch[];
  /**
   * A rule's own result for a block's text, computed once and reused by later
   * versions of the letter while the text is unchanged. `key` names the rule
   * and the result; `compute` must depend on the text alone.
   */
  memo<T>(block: Block, key: string, compute: (text: string) => T): T;
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
  const { fields, body } = readFrontMatter(source);
  const nesting = limitNesting(body);
  const parsed = parseBlocks(source, nesting.text, previous && parsedBlocks.get(previous));
  const comments = parsed.comments;
  // Copies: sections and roles are assigned below, and the parsed blocks are shared with other versions.
  const blocks = parsed.blocks.map((block) => copyBlock(block));

  // Assign sections: a heading opens a section that runs until a heading of the same or higher level.
  const parentOf = new Map<number, number>();
  const open: number[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      while (open.length && blocks[open[open.length - 1]].depth >= block.depth) open.pop();
      parentOf.set(index, open.length ? open[open.length - 1] : -1);
      block.role = headingRole(block.text);
      block.section = index;
      open.push(index);
    } else {
      block.section = open.length ? open[open.length - 1] : -1;
    }
  });
  const rolesOfSection = (section: number): Set<SectionRole> => {
    const roles = new Set<SectionRole>();
    for (let s = section; s >= 0; s = parentOf.get(s) ?? -1) roles.add(blocks[s].role);
    return roles;
  };
  const sectionRoles = new Map<number, Set<SectionRole>>();
  const rolesOf = (block: Block): Set<SectionRole> => {
    let roles = sectionRoles.get(block.section);
    if (!roles) {
      roles = block.section >= 0 ? rolesOfSection(block.section) : new Set();
      sectionRoles.set(block.section, roles);
    }
    return roles;
  };
  for (const block of blocks) if (block.kind === 'paragraph') block.role = block.section >= 0 ? blocks[block.section].role : 'other';

  const facts = new FactsByText(blocks.map((block) => block.text), previous && factsOfModel.get(previous));
  // Resolved once per block: rules ask per block and phrase group, thousands of times per check.
  const factsList = blocks.map((block) => facts.of(block.text));
  const factsOfBlock = new Map<Block, TextFacts>(blocks.map((block, i) => [block, factsList[i]]));
  const factsOf = (block: Block): TextFacts => factsOfBlock.get(block) ?? facts.of(block.text);
  const hitsByGroup = new Map<PhraseGroupId, Hit[]>();
  let references: LegalReference[] | undefined;
  let mentions: LawMention[] | undefined;
  const toSource = sourceOffset;

  const model: LetterModel = {
    source,
    eol: lineEndingOf(source),
    frontMatter: fields,
    blocks,
    comments,
    tooDeepAt: nesting.tooDeepAt,
    inRole: (block, role) => rolesOf(block).has(role),
    heading: (role) => blocks.find((b) => b.kind === 'heading' && b.role === role),
    sectionBlocks(role) {
      const head = blocks.findIndex((b) => b.kind === 'heading' && b.role === role);
      if (head < 0) return [];
      const result: Block[] = [blocks[head]];
      for (let i = head + 1; i < blocks.length; i++) {
        const block = blocks[i];
        if (block.kind === 'heading' && block.depth <= blocks[head].depth) break;
        result.push(block);
      }
      return result;
    },
    find(group, where) {
      // Rules ask for the same group several times with different filters: scan each group once.
      let hits = hitsByGroup.get(group);
      if (!hits) {
        hits = [];
        for (let i = 0; i < blocks.length; i++) for (const m of factsList[i].matches(group)) hits.push(toHit(blocks[i], m));
        hitsByGroup.set(group, hits);
      }
      return where ? hits.filter((hit) => where(hit.block)) : hits;
    },
    sentenceAt(block, textOffset) {
      const sentences = factsOf(block).sentences();
      // Sentences are ordered and disjoint: binary search (a rule asks once per hit).
      let low = 0;
      let high = sentences.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const [s, e] = sentences[mid];
        if (textOffset < s) high = mid - 1;
        else if (textOffset >= e) low = mid + 1;
        else return { start: toSource(block, s), end: toSource(block, e) };
      }
      return { start: block.start, end: block.end };
    },
    references: () => (references ??= placedInBlocks((block) => factsOf(block).references(), placeReference)),
    lawMentions: () => (mentions ??= placedInBlocks((block) => factsOf(block).lawMentions(), placeMention)),
    toSource,
    counts: (block) => factsOf(block).counts(),
    matchesIn: (block, group) => factsOf(block).matches(group),
    memo: (block, key, compute) => factsOf(block).memo(key, compute),
  };
  /** What each block's text holds, placed in the document. */
  function placedInBlocks<T extends { textStart: number; textEnd: number }, P>(
    of: (block: Block) => readonly T[],
    place: (found: T, block: Block, start: number, end: number) => P,
  ): P[] {
    const placed: P[] = [];
    for (const block of blocks) for (const found of of(block)) placed.push(place(found, block, toSource(block, found.textStart), toSource(block, found.textEnd)));
    return placed;
  }
  function toHit(block: Block, m: PhraseMatch): Hit {
    return { block, textStart: m.start, textEnd: m.end, text: m.text, start: toSource(block, m.start), end: toSource(block, m.end) };
  }
  parsedBlocks.set(model, parsed);
  factsOfModel.set(model, facts);
  return model;
}
