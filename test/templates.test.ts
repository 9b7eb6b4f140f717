import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, templatesAt } from '../server/src/core';
import { WHOLE_LETTER } from '../server/src/core/templates';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';

const LETTER = readFileSync(join(EXAMPLES_DIR, 'god-afslag-hjaelpemiddel-sel-112.md'), 'utf8');
const README = readFileSync(join(ROOT, 'test', 'e2e', 'fixtures', 'README.md'), 'utf8');

/** The names of the templates offered after `typed` is written on a new last line of `text`. */
function offered(text: string, typed: string, isLetter: boolean): string[] {
  const written = `${text}${typed}`;
  return templatesAt(written, written.length, { isLetter, profile: {} }).map((t) => t.name);
}

describe('templates as you type (core/templates.ts)', () => {
  it('the documents the templates are tried on are what they claim: a letter and a README', () => {
    assert.equal(checkDocument(LETTER, { fileName: 'brev.md' }).detection.isLetter, true);
    assert.equal(checkDocument(README, { fileName: 'README.md' }).detection.isLetter, false);
  });

  it('offers the section templates whose prefix starts with what was typed at the start of a line, in a letter', () => {
    assert.deepEqual(offered(`${LETTER}\n`, 'klagev', true), ['Klagevejledning', 'Klagevejledning, direkte til Ankestyrelsen']);
    assert.deepEqual(offered(`${LETTER}\n`, 'Hovedh', true), ['Hovedhensyn'], 'any case');
    assert.deepEqual(offered(`${LETTER}\n`, '  partsh', true), ['Partshøring'], 'after indentation');
    assert.deepEqual(offered(`${LETTER}\n`, 'sådan klager', true), ['Klagevejledning: sådan klager du'], 'a prefix of several words');
  });

  it('offers nothing in other Markdown, in the middle of a line, or before three letters are typed', () => {
    assert.deepEqual(offered(`${README}\n`, 'klagev', false), []);
    assert.deepEqual(offered(`${LETTER}\nVi sender din `, 'klagev', true), []);
    assert.deepEqual(offered(`${LETTER}\n`, 'kl', true), []);
    assert.deepEqual(offered(`${LETTER}\n`, 'klagevejledningen', true), [], 'a longer word than any prefix');
  });

  it('offers the whole letter only in a document that holds nothing else yet', () => {
    assert.deepEqual(offered('', 'afgø', false), [WHOLE_LETTER]);
    assert.deepEqual(offered('\n\n', 'afgoe', false), [WHOLE_LETTER], 'the ASCII spelling');
    assert.deepEqual(offered(`${LETTER}\n`, 'afgø', true), []);
    assert.deepEqual(offered(`${README}\n`, 'afgø', false), []);
  });

  it('replaces what was typed, fills in the organisation profile and keeps the document\'s line endings', () => {
    const text = `${LETTER.replace(/\n/g, '\r\n')}\r\nklagev`;
    const [template] = templatesAt(text, text.length, { isLetter: true, profile: { municipality: 'Ydby Kommune' } });
    assert.deepEqual(template.range, { start: text.length - 'klagev'.length, end: text.length });
    assert.match(template.rendered.text, /sende din klage til Ydby Kommune, inden 4 uger/);
    assert.match(template.rendered.snippet, /\$\{2:Ydby Kommune\}/);
    assert.doesNotMatch(template.rendered.text.replace(/\r\n/g, ''), /[\r\n]/, 'every line break is CRLF');
  });
});
