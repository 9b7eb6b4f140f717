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

  /**
   * A rule's own result for this text, computed once; `compute` must depend on
   * the text alone. `a` and `b` are handed to it, so that a caller in a loop can
   * pass a function of its module instead of making a closure on every call.
   */
  memo<T, A = undefined, B = undefined>(key: string, compute: (text: string, a: A, b: B) => T, a?: A, b?: B): T {
    const memos = (this.memos ??= new Map());
    // One lookup when known: rules ask for every block on every keystroke.
    let value = memos.get(key);
    if (value === undefined && !memos.has(key)) memos.set(key, (value = compute(this.text, a as A, b as B)));
    return value as T;
  }

  references(): readonly TextReference[] {
    return (this.referenceList ??= findReferences(this.text, this.lawMentions()));
  }
}

/**
 * The facts of the versions of a document, by text. A version takes over the
 * previous version's facts; the texts that edits left behind are dropped when
 * there are more than STALE_TEXTS_KEPT of them, so the facts stay bounded and
 * a keystroke does not copy the whole table.
 */
export class FactsByText {
  private readonly facts: Map<string, TextFacts>;

  constructor(texts: readonly string[] = [], previous?: FactsByText) {
    if (previous && previous.facts.size <= texts.length + STALE_TEXTS_KEPT) {
      this.facts = previous.facts;
      return;
    }
    this.facts = new Map();
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

/**
 * Texts that edits left behind, kept until the next clean-up (a word typed
 * and taken back finds its facts). A fixed number, not one that grows with
 * the letter: they are garbage that outlives young-generation collections,
 * and a bound of twice the letter's texts let a 40-page letter keep hundreds.
 */
export const STALE_TEXTS_KEPT = 64;
