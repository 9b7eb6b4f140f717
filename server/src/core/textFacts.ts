import { PhraseGroup, PhraseGroupId, PhraseMatch, PhraseScan, phrases, scanPhrases } from './phrases';
import { LAW_NAMES, TextLawMention, TextReference, findLawMentions, findReferences } from './references';
import { TextCounts, countText, splitSentences } from './sentences';

/**
 * What the rules ask of a block's plain text. It depends on the text alone, so
 * it is computed once per distinct text, on first use, and the next version of
 * the document reuses it for every block the edit did not touch: the cost of a
 * keystroke then follows the size of the edit, not the size of the letter.
 */
export class TextFacts {
  /** By group index (an array: a letter has thousands of these objects, and maps cost more). */
  private readonly matchesByGroup: Array<readonly PhraseMatch[] | undefined> = [];
  private scan?: PhraseScan;
  private sentenceList?: ReadonlyArray<readonly [number, number]>;
  private textCounts?: TextCounts;
  private mentionList?: readonly TextLawMention[];
  private referenceList?: readonly TextReference[];
  private memos?: Map<string, unknown>;

  constructor(readonly text: string) {}

  matches(group: PhraseGroupId | PhraseGroup): readonly PhraseMatch[] {
    return this.matchesOf(typeof group === 'string' ? phrases(group) : group);
  }

  private matchesOf(group: PhraseGroup): readonly PhraseMatch[] {
    let found = this.matchesByGroup[group.index];
    if (!found) {
      this.scan ??= scanPhrases(this.text);
      found = group.findAll(this.text, this.scan);
      this.matchesByGroup[group.index] = found;
    }
    return found;
  }

  sentences(): ReadonlyArray<readonly [number, number]> {
    return (this.sentenceList ??= splitSentences(this.text));
  }

  counts(): TextCounts {
    return (this.textCounts ??= countText(this.text, this.sentences()));
  }

  lawMentions(): readonly TextLawMention[] {
    return (this.mentionList ??= findLawMentions(this.text, this.matchesOf(LAW_NAMES)));
  }

  /** A rule's own result for this text, computed once; `compute` must depend on the text alone. */
  memo<T>(key: string, compute: (text: string) => T): T {
    this.memos ??= new Map();
    if (!this.memos.has(key)) this.memos.set(key, compute(this.text));
    return this.memos.get(key) as T;
  }

  references(): readonly TextReference[] {
    return (this.referenceList ??= findReferences(this.text, this.lawMentions()));
  }
}

/**
 * The facts of one version of a document, by text. Facts of the previous
 * version are taken over for the texts this version still has, when it is
 * made, so no version keeps its predecessor alive.
 */
export class FactsByText {
  private readonly facts = new Map<string, TextFacts>();

  constructor(texts: Iterable<string> = [], previous?: FactsByText) {
    if (!previous) return;
    for (const text of texts) {
      const known = previous.facts.get(text);
      if (known) this.facts.set(text, known);
    }
  }

  of(text: string): TextFacts {
    let facts = this.facts.get(text);
    if (!facts) this.facts.set(text, (facts = new TextFacts(text)));
    return facts;
  }
}
