import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTIVE_RULE, applyEdits, checkDocument, ignoreHereFix, normaliseConfig } from '../server/src/core';
import { EXAMPLES_DIR } from './helpers/fixtures';

const DEFECTIVE = readFileSync(join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md'), 'utf8');
const rules = (text: string, config = normaliseConfig({}).config): string[] => checkDocument(text, { config }).findings.map((f) => f.ruleId).sort();

describe('disable comments', () => {
  it('the defective example has the findings these tests silence', () => {
    assert.deepEqual(rules(DEFECTIVE), ['hjemmel', 'hovedhensyn', 'klagevejledning', 'klagevejledning', 'kvalitetsstandard']);
  });

  it('disable with ids silences those rules from the comment on; enable ends it', () => {
    const text = DEFECTIVE.replace('## Begrundelse', '<!-- afgørelsestjek-disable hovedhensyn, kvalitetsstandard -->\n\n## Begrundelse');
    assert.deepEqual(rules(text), ['hjemmel', 'klagevejledning', 'klagevejledning']);
    const enabledBefore = text.replace('Ifølge kommunens', '<!-- afgørelsestjek-enable kvalitetsstandard -->\nIfølge kommunens');
    assert.deepEqual(rules(enabledBefore), ['hjemmel', 'klagevejledning', 'klagevejledning', 'kvalitetsstandard']);
  });

  it('a disable comment after a finding does not reach back', () => {
    const text = DEFECTIVE.replace('Med venlig hilsen', '<!-- afgørelsestjek-disable hjemmel -->\n\nMed venlig hilsen');
    const found = checkDocument(text).findings;
    assert.ok(found.some((f) => f.ruleId === 'hjemmel'));
    assert.ok(found.some((f) => f.ruleId === DIRECTIVE_RULE.id), 'and it is reported as silencing nothing');
  });

  it('a note after -- explains the comment and is not read as rule ids', () => {
    const text = DEFECTIVE.replace('## Begrundelse', '<!-- afgørelsestjek-disable-next-line hjemmel -- hjemlen står i bilaget -->\n## Begrundelse');
    assert.deepEqual(rules(text), ['hovedhensyn', 'klagevejledning', 'klagevejledning', 'kvalitetsstandard']);
  });

  it('disable without ids silences every rule; the ASCII spelling works too', () => {
    assert.deepEqual(rules(`<!-- afgørelsestjek-disable -->\n${DEFECTIVE}`), []);
    assert.deepEqual(rules(`<!-- afgoerelsestjek-disable -->\n${DEFECTIVE}`), []);
  });

  it('disable-next-line silences only findings starting on the next line', () => {
    const text = DEFECTIVE.replace('## Begrundelse', '<!-- afgørelsestjek-disable-next-line hjemmel -->\n## Begrundelse');
    assert.deepEqual(rules(text), ['hovedhensyn', 'klagevejledning', 'klagevejledning', 'kvalitetsstandard']);
    const twoLinesAway = DEFECTIVE.replace('## Begrundelse', '<!-- afgørelsestjek-disable-next-line hjemmel -->\n\n## Begrundelse');
    assert.ok(rules(twoLinesAway).includes('hjemmel'));
  });

  it('warns about a comment that silences nothing or names an unknown rule, with a fix that removes it', () => {
    const unused = DEFECTIVE.replace('## Afgørelse', '<!-- afgørelsestjek-disable-next-line pladsholder -->\n## Afgørelse');
    const warning = checkDocument(unused).findings.find((f) => f.ruleId === DIRECTIVE_RULE.id)!;
    assert.equal(warning.severity, 'warning');
    assert.match(warning.message, /pladsholder.*ingen fund/);
    assert.equal(applyEdits(unused, [warning.fix!.edit]).text, DEFECTIVE);

    const unknown = DEFECTIVE.replace('## Begrundelse', '<!-- afgørelsestjek-disable hovedhensyyn -->\n\n## Begrundelse');
    const found = checkDocument(unknown).findings;
    assert.match(found.find((f) => f.ruleId === DIRECTIVE_RULE.id)!.message, /ukendt regel: »hovedhensyyn«/);
    assert.ok(found.some((f) => f.ruleId === 'hovedhensyn'), 'an unknown id silences nothing');
  });

  it('does not warn about a comment for a rule switched off in the settings', () => {
    const text = DEFECTIVE.replace('## Afgørelse', '<!-- afgørelsestjek-disable-next-line pladsholder -->\n## Afgørelse');
    assert.ok(!rules(text, normaliseConfig({ rules: { pladsholder: 'off' } }).config).includes(DIRECTIVE_RULE.id));
  });

  it('a directive inside a code block is text, not a directive', () => {
    const text = DEFECTIVE.replace('## Begrundelse', '```\n<!-- afgørelsestjek-disable -->\n```\n\n## Begrundelse');
    assert.deepEqual(rules(text), rules(DEFECTIVE));
  });

  it('"ignore here" silences exactly its finding, on a heading, mid-paragraph and on the first line', () => {
    for (const finding of checkDocument(DEFECTIVE).findings) {
      const ignored = applyEdits(DEFECTIVE, [ignoreHereFix(DEFECTIVE, finding).edit]).text;
      const after = checkDocument(ignored).findings;
      assert.ok(!after.some((f) => f.ruleId === DIRECTIVE_RULE.id), `${finding.ruleId}: the comment is used`);
      assert.equal(after.filter((f) => f.ruleId === finding.ruleId).length, checkDocument(DEFECTIVE).findings.filter((f) => f.ruleId === finding.ruleId).length - (finding.ruleId === 'klagevejledning' ? 2 : 1));
      assert.equal(after.length, checkDocument(DEFECTIVE).findings.length - (finding.ruleId === 'klagevejledning' ? 2 : 1));
    }
    // The hovedhensyn finding starts mid-line in a paragraph: the comment goes at the end of the line before.
    const mid = 'Ifølge kommunens kvalitetsstandard\nfor praktisk hjælp. Vi vurderer derfor, at det er nok.';
    const letter = DEFECTIVE.replace('Ifølge kommunens kvalitetsstandard for praktisk hjælp får borgere rengøring hver 14. dag. Vi vurderer derfor, at rengøring hver 14. dag er tilstrækkeligt.', `Vi har talt med dig.\n${mid}`);
    const kvalitet = checkDocument(letter).findings.find((f) => f.ruleId === 'kvalitetsstandard')!;
    const fix = ignoreHereFix(letter, kvalitet);
    assert.equal(fix.edit.text, ' <!-- afgørelsestjek-disable-next-line kvalitetsstandard -->');
    assert.ok(!checkDocument(applyEdits(letter, [fix.edit]).text).findings.some((f) => f.ruleId === 'kvalitetsstandard'));
  });
});
