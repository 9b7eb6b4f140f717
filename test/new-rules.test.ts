import * as assert from 'node:assert/strict';
import { applyEdits, checkDocument, normaliseConfig } from '../server/src/core';

const APPEAL = '## Klagevejledning\n\nHvis du ikke er enig, kan du klage til Ankestyrelsen. Send klagen til kommunen inden 4 uger. Vi genvurderer afgørelsen.\n';

/** A refusal with facts, reasons and appeal guidance, citing `reference`, dated `date` (no date line when undefined). */
function letter(reference: string, date?: string): string {
  return `# Afgørelse om merudgifter\n\n${date ? `Dato: ${date}\n\n` : ''}Du har søgt om dækning af merudgifter til din søn.\n\n## Afgørelse\n\nDu får afslag.\n\n## Begrundelse\n\nAfgørelsen er truffet efter ${reference}. Vi har lagt vægt på, at du har oplyst, at udgifterne er små.\n\n${APPEAL}`;
}

function findings(text: string, ruleId: string) {
  return checkDocument(text, { force: true }).findings.filter((f) => f.ruleId === ruleId);
}

describe('foraeldet-henvisning rewrites the reference in the form it was written', () => {
  const cases: Array<[string, string]> = [
    ['servicelovens § 41, stk. 1', 'barnets lov § 86, stk. 1'],
    ['Servicelovens § 42', 'Barnets lov § 87'],
    ['§ 41 i serviceloven', '§ 86 i barnets lov'],
    ['§ 45 i lov om social service', '§ 89 i barnets lov'],
    ['§ 41, stk. 1 og 2, i lov om social service', '§ 86, stk. 1 og 2, i barnets lov'],
    ['SEL § 44', 'BL § 90'],
    ['SEL 42', 'BL 87'],
    ['servicelovens §§ 41 og 42', 'barnets lov §§ 86 og 87'],
    ['servicelovens § 32 a', 'barnets lov § 85'],
  ];
  for (const [old, replacement] of cases) {
    it(`${old} → ${replacement}`, () => {
      const text = letter(old, '12. marts 2025');
      const [finding] = findings(text, 'foraeldet-henvisning');
      assert.ok(finding, 'found');
      assert.equal(text.slice(finding.range.start, finding.range.end), old);
      assert.equal(finding.fix!.edit.text, replacement);
      assert.deepEqual(findings(applyEdits(text, [finding.fix!.edit]).text, 'foraeldet-henvisning'), []);
    });
  }

  it('marks probable and uncertain successors, and offers no fix for a mixed list', () => {
    assert.match(findings(letter('servicelovens § 36', '1.2.2024'), 'foraeldet-henvisning')[0].message, /§ 84 \(usikker – kontrollér\)/);
    const mixed = findings(letter('servicelovens §§ 42 og 100', '1.2.2024'), 'foraeldet-henvisning');
    assert.equal(mixed.length, 1);
    assert.equal(mixed[0].fix, undefined);
  });

  it('flags an undated letter and stays silent on one dated before 2024 or citing adult provisions', () => {
    assert.equal(findings(letter('servicelovens § 41'), 'foraeldet-henvisning').length, 1);
    assert.deepEqual(findings(letter('servicelovens § 41', '31.12.2023'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('servicelovens § 100', '12. marts 2025'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('barnets lov § 86', '12. marts 2025'), 'foraeldet-henvisning'), []);
  });
});

describe('klarsprog thresholds come from the settings', () => {
  const sentence = 'Vi har lagt vægt på, at du selv kan gå på trapper, at du handler ind to gange om ugen, og at din datter kommer hver dag.';
  const text = letter('servicelovens § 83', '12. marts 2025').replace('Du får afslag.', `Du får afslag. ${sentence}`);
  it('is silent by default and reports the sentence when the limit is lower', () => {
    assert.deepEqual(findings(text, 'klarsprog'), []);
    const { config } = normaliseConfig({ klarsprog: { maxSentenceWords: 20 } });
    const reported = checkDocument(text, { force: true, config }).findings.filter((f) => f.ruleId === 'klarsprog');
    assert.equal(reported.length, 1);
    assert.match(reported[0].message, /Sætningen har 2\d ord \(grænsen er 20\)/);
  });
});

describe('klarsprog counts passive verbs, not deponents', () => {
  it('reads "skyldes", "lykkes" and "trives" as the active verbs they are', () => {
    const piled = letter('servicelovens § 83', '12. marts 2025').replace('Du får afslag.', 'Du får afslag. Hjælpen bevilges, vurderes og udmåles efter behov.');
    assert.match(findings(piled, 'klarsprog').map((f) => f.message).join('\n'), /»bevilges«, »vurderes«, »udmåles«/);
    const deponents = letter('servicelovens § 83', '12. marts 2025').replace('Du får afslag.', 'Du får afslag. Det skyldes, at det lykkes dig at klare det selv, og at du trives.');
    assert.deepEqual(findings(deponents, 'klarsprog'), []);
    // A word joined by a hyphen, and one of four letters or fewer before -es, is no passive verb.
    for (const sentence of ['Hjælpen bevilges, vurderes og er ADHD-tilpasses.', 'Hjælpen bevilges, vurderes og ses igen.', 'Hjælpen bevilges, vurderes og tilpasses-x.']) {
      assert.deepEqual(findings(letter('servicelovens § 83', '12. marts 2025').replace('Du får afslag.', `Du får afslag. ${sentence}`), 'klarsprog'), [], sentence);
    }
  });
});

describe('struktur accepts an annex with the rules after the appeal guidance', () => {
  it('is silent on "Regler" after "Klagevejledning" and reports "Begrundelse" there', () => {
    const base = letter('servicelovens § 83', '12. marts 2025');
    assert.deepEqual(findings(`${base}\n## Regler\n\nServicelovens § 83 lyder: …\n`, 'struktur'), []);
    assert.equal(findings(`${base}\n## Begrundelse\n\nVi har lagt vægt på, at …\n`, 'struktur').length, 1);
  });
});
