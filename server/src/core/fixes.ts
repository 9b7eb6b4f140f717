import type { Block } from './markdown';
import type { LetterModel } from './letter';
import type { Message, RuleFix } from './rule';
import type { Profile } from './config';
import { phrases } from './phrases';
import { textStart } from './position';
import { RenderedSnippet, SnippetName, framed, profileSubstitutions, renderSnippet, withLineEnding } from './snippets';
import { AddressForm, addressForm, inAddressForm } from './address';

/** Per profile, the snippets rendered with it, by form of address: a letter being typed into makes the same fixes on every keystroke. */
const renderedByProfile = new WeakMap<Readonly<Profile>, Map<string, RenderedSnippet>>();

function render(name: SnippetName, options: Readonly<Profile>, form: AddressForm): RenderedSnippet {
  let rendered = renderedByProfile.get(options);
  if (!rendered) renderedByProfile.set(options, (rendered = new Map()));
  const key = `${form} ${name}`;
  let snippet = rendered.get(key);
  if (!snippet) {
    const { snippet: body, text } = renderSnippet(name, { substitute: profileSubstitutions(options) });
    rendered.set(key, (snippet = { snippet: inAddressForm(body, form), text: inAddressForm(text, form) }));
  }
  return snippet;
}

/** Inserted text follows the letter's own line endings and speaks to the reader as the letter does ("du", "I", "De"). */
function inserted(letter: LetterModel, name: SnippetName, options: Readonly<Profile>, before: string, after: string): RenderedSnippet {
  return withLineEnding(framed(render(name, options, addressForm(letter)), before, after), letter.eol);
}

/** A new paragraph right after `block`. */
export function insertAfter(letter: LetterModel, block: Block, name: SnippetName, title: Message, options: Readonly<Profile>): RuleFix {
  const rendered = inserted(letter, name, options, '\n\n', '');
  return { title, edit: { range: { start: block.end, end: block.end }, ...rendered } };
}

/** A new paragraph at the end of the section that `block` belongs to (its last block). */
export function appendToSection(letter: LetterModel, block: Block, name: SnippetName, title: Message, options: Readonly<Profile>): RuleFix {
  return insertAfter(letter, lastBlockOfSection(letter, block), name, title, options);
}

/**
 * Text that belongs to the reasons: at the end of the reasons section when the
 * letter has one, else as a new paragraph after `fallback`.
 */
export function addToReasons(letter: LetterModel, fallback: Block, name: SnippetName, title: Message, options: Readonly<Profile>): RuleFix {
  const reasons = letter.heading('begrundelse');
  return reasons ? appendToSection(letter, reasons, name, title, options) : insertAfter(letter, fallback, name, title, options);
}

/** The last block of the section, not counting a closing greeting and signature that follow it. */
export function lastBlockOfSection(letter: LetterModel, block: Block): Block {
  const blocks = letter.blocks;
  const index = blocks[block.index] === block ? block.index : -1;
  const head = block.kind === 'heading' ? index : block.section;
  if (head < 0) return block;
  const closing = firstClosingAfter(letter, head)?.index ?? blocks.length;
  let last = blocks[head];
  for (let i = head + 1; i < closing; i++) {
    if (blocks[i].kind === 'heading' && blocks[i].depth <= blocks[head].depth) break;
    last = blocks[i];
  }
  return last;
}

/** The first paragraph after the block at `index` that opens with a closing greeting ("Med venlig hilsen"). */
function firstClosingAfter(letter: LetterModel, index: number): Block | undefined {
  return letter.blocksWhere('fixes.closing', (block) => phrases('closing').matchAt(block.text, 0) !== undefined).find((block) => block.index > index);
}

/** A new section at the end of the letter, before the closing greeting if there is one. */
export function insertBeforeClosing(letter: LetterModel, name: SnippetName, title: Message, options: Readonly<Profile>): RuleFix {
  const closing = firstClosingAfter(letter, 0);
  if (closing) {
    const rendered = inserted(letter, name, options, '', '\n\n');
    return { title, edit: { range: { start: closing.start, end: closing.start }, ...rendered } };
  }
  const source = letter.source;
  const end = source.length;
  const trailing = /(?:\r\n?|\n)*$/.exec(source)?.[0].match(/\r\n?|\n/g)?.length ?? 0;
  const before = end === textStart(source) ? '' : '\n'.repeat(Math.max(0, 2 - trailing));
  const rendered = inserted(letter, name, options, before, trailing > 0 ? '\n' : '');
  return { title, edit: { range: { start: end, end }, ...rendered } };
}
