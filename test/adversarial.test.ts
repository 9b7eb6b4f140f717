import * as assert from 'node:assert/strict';
import { checkDocument, completionsAt, hoverAt } from '../server/src/core';

/** Inputs that make careless regular expressions backtrack; every rule must stay linear on them. */
const INPUTS: Record<string, string> = {
  'digit groups': '# Afgørelse\n\nDu får ' + '111.'.repeat(30000) + ' kr.\n',
  'digits and commas': '# Afgørelse\n\nAfslag ' + '1,'.repeat(50000) + '\n',
  'spaces after a number': '# Afgørelse\n\nDato: 1' + ' '.repeat(100000) + 'x\n',
  'paragraph signs': '# Afgørelse\n\n' + 'servicelovens § 41, '.repeat(3000) + '\n',
  'one long sentence': '# Afgørelse\n\nDu får afslag ' + 'og bevilges hermed '.repeat(20000) + '.\n',
  'headings': '## Begrundelse\n\n## Afgørelse\n\n'.repeat(1500),
  'long words': '# Afgørelse\n\n' + 'a'.repeat(200000) + '\n',
};

describe('the new rules, hover and completion stay fast and never throw on adversarial input', () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(name, () => {
      const started = process.hrtime.bigint();
      const { letter } = checkDocument(text, { force: true });
      hoverAt(letter, Math.floor(text.length / 2));
      completionsAt(text, text.length);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 10000, `${name} took ${ms.toFixed(0)} ms`);
    });
  }
});
