import type { LetterModel, SourceRange } from './letter';
import { LegalReference, escapeRegExp } from './references';
import { Confidence, LAWS, LawId, PROVISIONS, Provision, lawById, lawName, paragraphBeyondLaw, paragraphLabel, provision } from './catalogue';

export { PROVISIONS, lawName, paragraphBeyondLaw, paragraphLabel, provision } from './catalogue';
export type { Confidence, Provision, Successor } from './catalogue';

/** "1.1.2024" from "2024-01-01". */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map((n) => parseInt(n, 10));
  return `${d}.${m}.${y}`;
}

/** The day after an ISO date, for "ophævet 1.1.2024" when in force to 2023-12-31. */
function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const CONFIDENCE_NOTE: Readonly<Record<Confidence, string>> = {
  confirmed: '',
  probable: ' (sandsynligvis – kontrollér)',
  uncertain: ' (usikker – kontrollér)',
};

export function confidenceNote(confidence: Confidence): string {
  return CONFIDENCE_NOTE[confidence];
}

/** "barnets lov § 87 – tabt arbejdsfortjeneste"; "serviceloven § 41 – … (ophævet 1.1.2024, nu barnets lov § 86)". */
export function describeProvision(p: Provision): string {
  let text = `${lawName(p.law)} ${paragraphLabel(p.paragraph)} – ${p.title}`;
  if (p.inForceTo) {
    text += ` (ophævet ${danishDate(dayAfter(p.inForceTo))}`;
    if (p.successor) text += `, nu ${lawName(p.successor.law)} ${p.successor.label}${confidenceNote(p.successor.confidence)}`;
    text += ')';
  } else if (p.inForceFrom) {
    text += ` (gældende fra ${danishDate(p.inForceFrom)})`;
  }
  if (p.elderlySuccessor) {
    const { law, label, confidence } = p.elderlySuccessor;
    const from = lawById(law)?.inForceFrom;
    text += `; for personer omfattet af ${lawName(law)}${from ? ` fra ${danishDate(from)}` : ''}: ${lawName(law)} ${label}${confidenceNote(confidence)}`;
  }
  return text;
}

export interface HoverInfo {
  range: SourceRange;
  /** One line per paragraph the reference names. */
  lines: string[];
}

/** What the catalogue says about the reference under `offset`, or undefined. */
export function hoverAt(letter: LetterModel, offset: number): HoverInfo | undefined {
  const reference = letter.references().find((r) => r.start <= offset && offset < r.end);
  if (!reference || !reference.law) return undefined;
  const lines = reference.paragraphs.flatMap((paragraph) => {
    const known = provision(reference.law!, paragraph);
    if (known) return [describeProvision(known)];
    if (paragraphBeyondLaw(reference.law!, paragraph)) return [`${lawName(reference.law!)} har ingen ${paragraphLabel(paragraph)}.`];
    return [];
  });
  return lines.length ? { range: { start: reference.start, end: reference.end }, lines } : undefined;
}

export interface CompletionItem {
  /** "§ 87". */
  label: string;
  /** "tabt arbejdsfortjeneste". */
  detail: string;
  /** Replaces `range` in the source. */
  insertText: string;
  range: SourceRange;
  /** Repealed provisions sort last and are marked. */
  deprecated: boolean;
}

/** Law names (any case) and abbreviations (capitals) as typed just before a "§" or a space, from the catalogue. */
const LAW_AT_END: ReadonlyArray<[RegExp, LawId]> = LAWS.flatMap((law): Array<[RegExp, LawId]> => [
  [new RegExp(`(?<![\\p{L}\\p{N}])(?:${law.names.map(escapeRegExp).join('|')})$`, 'iu'), law.id],
  [new RegExp(`(?<![\\p{L}\\p{N}])(?:${law.abbreviations.map(escapeRegExp).join('|')})\\.?$`, 'u'), law.id],
]);

/** Only this much of the line before the cursor is looked at. */
const LOOK_BACK = 60;

/**
 * Provisions to offer at `offset`: after "§" or "§ 8" (any catalogued law, or
 * the law named just before), and after a law name and a space ("servicelovens ").
 */
export function completionsAt(text: string, offset: number): CompletionItem[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - LOOK_BACK), offset);
  const afterSign = /(§§?)[ \u00a0]?(\d{0,3}[a-h]?)$/u.exec(before);
  if (afterSign) {
    const lawText = before.slice(0, afterSign.index).replace(/[ \u00a0]+$/u, '');
    const law = lawFromText(lawText);
    const typed = afterSign[2];
    const start = offset - typed.length;
    const needsSpace = !/[ \u00a0]$/u.test(before.slice(0, before.length - typed.length));
    return PROVISIONS.filter((p) => (!law || p.law === law) && p.paragraph.startsWith(typed.replace(/\s/g, '')))
      .map((p) => item(p, { start, end: offset }, `${needsSpace ? ' ' : ''}${paragraphLabel(p.paragraph).slice(2)}`, !law));
  }
  if (/[ \u00a0]$/u.test(before)) {
    const law = lawFromText(before);
    if (law) return PROVISIONS.filter((p) => p.law === law).map((p) => item(p, { start: offset, end: offset }, paragraphLabel(p.paragraph), false));
  }
  return [];
}

function lawFromText(text: string): LawId | undefined {
  const trimmed = text.replace(/[ \u00a0]+$/u, '');
  return LAW_AT_END.find(([pattern]) => pattern.test(trimmed))?.[1];
}

function item(p: Provision, range: SourceRange, insertText: string, withLaw: boolean): CompletionItem {
  const status = p.inForceTo ? ` (ophævet; nu ${lawName(p.successor?.law ?? p.law)} ${p.successor?.label ?? ''})`.replace(/ \)$/, ')') : '';
  return {
    label: paragraphLabel(p.paragraph),
    detail: `${withLaw ? `${lawName(p.law)}: ` : ''}${p.title}${status}`,
    insertText,
    range,
    deprecated: p.inForceTo !== undefined,
  };
}

/** Whether a reference names a catalogued law and a paragraph that cannot exist in it. */
export function isStrayReference(reference: LegalReference): boolean {
  const law = reference.law;
  if (law === undefined) return false;
  // A loop, not every() with a closure: asked of every reference of the letter on every keystroke.
  for (const paragraph of reference.paragraphs) if (!paragraphBeyondLaw(law, paragraph)) return false;
  return true;
}
