import type { Config } from './config';
import type { LetterModel } from './letter';
import { matchesAnyGlob } from './glob';
import { phrases } from './phrases';

export type Detection =
  | { isLetter: true; reason: 'front-matter' | 'file-name' | 'content' }
  | { isLetter: false; reason: 'front-matter' | 'not-a-letter' };

const LETTER_TYPES = new Set(['afgørelse', 'afgoerelse', 'afgørelsesbrev', 'decision']);

/**
 * Whether a Markdown document is a decision letter. In order: front matter
 * (`dokument: afgørelse` says yes, any other `dokument:` says no), the
 * letterGlobs setting, then - if enabled - the content: a title that names
 * another kind of document ("Kvalitetsstandard for …", "Referat af …") says
 * no; otherwise a heading that announces the decision ("Afgørelse", "Vores
 * afgørelse") together with an application or a reasons/appeal section.
 * Ordinary Markdown has neither.
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
  const title = letter.blocks.find((b) => b.kind === 'heading' && b.depth === 1);
  if (title && phrases('title.notLetter').matchAt(title.text, 0)) return { isLetter: false, reason: 'not-a-letter' };
  if (!letter.heading('afgoerelse')) return { isLetter: false, reason: 'not-a-letter' };
  const answersApplication = letter.find('application').length > 0;
  const hasLetterSections = letter.heading('begrundelse') !== undefined || letter.heading('klagevejledning') !== undefined;
  return answersApplication || hasLetterSections ? { isLetter: true, reason: 'content' } : { isLetter: false, reason: 'not-a-letter' };
}
