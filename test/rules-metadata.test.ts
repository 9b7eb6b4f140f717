import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';
import { ruleDocPath } from '../server/src/core/rule';
import { ruleDocHeader } from '../server/src/core/ruleDocs';
import { FIXTURE_DIR, ROOT, expectationsOf, markdownFiles } from './helpers/fixtures';

/** A Danish title has æ, ø or å, or at least one common Danish function word. */
const DANISH_WORD = /[æøå]|\b(?:og|uden|mangler|ikke|er|fra|til|af)\b/iu;

describe('rule metadata: every rule is documented, sourced and tested on letters', () => {
  const markedRules = new Set(markdownFiles(FIXTURE_DIR).flatMap(({ text }) => expectationsOf(text).map((e) => e.ruleId)));

  for (const rule of RULES) {
    describe(rule.id, () => {
      it(`has a Danish documentation page ${ruleDocPath(rule.id)} that names the rule and its legal source`, () => {
        const path = join(ROOT, ruleDocPath(rule.id));
        assert.ok(existsSync(path), `${ruleDocPath(rule.id)} is missing`);
        const page = readFileSync(path, 'utf8');
        assert.ok(page.startsWith(ruleDocHeader(rule) + '\n'), 'the page opens with the head generated from the rule (run npm run docs)');
        for (const section of ['## Hvad loven kræver', '## Eksempler', '## Slå reglen fra', '## Kilder']) {
          assert.ok(page.includes(section), `the page has the section »${section}«`);
        }
        assert.ok(page.includes(`"${rule.id}": "off"`), 'the page shows how to turn the rule off');
        for (const url of rule.source.urls) assert.ok(page.includes(url), `the page cites the rule's source ${url}`);
      });

      it('has a Danish title that differs from the English one', () => {
        assert.ok(rule.title.trim().length > 0);
        assert.match(rule.title, DANISH_WORD, `»${rule.title}« does not look Danish`);
        assert.notEqual(rule.title, rule.titleEn);
      });

      it('cites its legal source with at least one URL', () => {
        assert.ok(rule.source.citation.trim().length > 0);
        assert.ok(rule.source.urls.length > 0, 'no source URL');
        for (const url of rule.source.urls) {
          assert.doesNotThrow(() => new URL(url), `not a URL: ${url}`);
          assert.match(url, /^https?:\/\//);
        }
      });

      it('is expected by at least one fixture letter (<!-- forvent: … -->)', () => {
        assert.ok(markedRules.has(rule.id), `no fixture in test/fixtures/ marks a ${rule.id} finding`);
      });
    });
  }

  it('fixture markers name only rules that exist', () => {
    const known = new Set(RULES.map((rule) => rule.id));
    assert.deepEqual([...markedRules].filter((id) => !known.has(id)), []);
  });
});
