import * as assert from 'node:assert/strict';
import { unbalancedTotals } from '../server/src/core/tableSums';
import { checkDocument } from '../server/src/core/check';
import { DEFAULT_CONFIG } from '../server/src/core/config';

const table = (...rows: string[]): string => [rows[0], rows[0].replace(/[^|]+/g, '---'), ...rows.slice(1)].join('\n');

describe('a table whose items do not add up to its total (server/src/core/tableSums.ts)', () => {
  it('finds the column whose items add up to another figure than its total row', () => {
    const hours = table('| Behov | Timer pr. uge |', '| Pasning efter skoletid (4 × 1,5 time) | 6,0 |', '| Kontroller, afrundet | 1,0 |', '| **I alt** | **9,0** |');
    assert.deepEqual(unbalancedTotals(hours).map(({ sum, total }) => ({ sum, total })), [{ sum: '7', total: '9' }]);
    const [{ totalStart, totalEnd }] = unbalancedTotals(hours);
    assert.equal(hours.slice(totalStart, totalEnd), '| **I alt** | **9,0** |');
    const money = table('| Udgift | Søgt | Medregnet |', '| Medicin | 1.134 kr. | 1.134 kr. |', '| Kørsel | 2.268 kr. | 1.200 kr. |', '| I alt | 3.402 kr. | 2.634 kr. |');
    assert.deepEqual(unbalancedTotals(money).map(({ sum, total }) => ({ sum, total })), [{ sum: '2.334', total: '2.634' }], 'only the column that is off');
  });

  it('takes a total that adds up, or differs only by rounding, as balanced', () => {
    // An item priced per unit has its count outside the figure: 2 × 4.950 + 1.940 = 11.840.
    for (const unit of ['2 linser á', '2 linser à', 'Linser, pr. stk. (2 stk.)', 'Linser (2 stk. à)']) {
      assert.deepEqual(unbalancedTotals(table('| Post | Pris |', `| ${unit} | 4.950 kr. |`, '| Tilpasning | 1.940 kr. |', '| I alt | 11.840 kr. |')), [], unit);
    }
    assert.equal(unbalancedTotals(table('| Post | Pris |', '| 2 linser | 4.950 kr. |', '| Tilpasning | 1.940 kr. |', '| I alt | 11.840 kr. |')).length, 1);
    assert.deepEqual(unbalancedTotals(table('| Opgave | Minutter |', '| Bad | 45 |', '| Påklædning | 30 min. |', '| Samlet: | 75 |')), []);
    // Minutes over a total in hours are added in minutes.
    assert.deepEqual(unbalancedTotals(table('| Område | Tid pr. uge |', '| Post | 45 min. |', '| Madlavning | 60 min. |', '| Opfølgning | 75 min. |', '| **I alt** | **3 timer** |')), []);
    assert.deepEqual(unbalancedTotals(table('| Område | Tid pr. uge |', '| Post | 45 min. |', '| Madlavning | 1 time |', '| **I alt** | **2 timer** |')).map(({ sum, total }) => ({ sum, total })), [{ sum: '105', total: '120' }]);
    assert.deepEqual(unbalancedTotals(table('| Udgift | Pr. måned |', '| Medicin | 333,33 kr. |', '| Kørsel | 666,67 kr. |', '| Sum | 1.000 kr. |')), []);
    // A subtotal among the items sums those above it and is not added again.
    const subtotal = table('| Opgave | Minutter pr. uge |', '| Støvsugning | 20 |', '| Gulvvask | 15 |', '| **Rengøring i alt** | **35** |', '| Tøjvask | 15 |', '| **Samlet** | **50** |');
    assert.deepEqual(unbalancedTotals(subtotal), []);
    assert.deepEqual(unbalancedTotals(subtotal.replace('**50**', '**60**')).map(({ sum }) => sum), ['50']);
    // A total row that says it is rounded may differ by less than its step (30: tens), no more.
    const rounded = table('| Aflastning | Beregning | Timer |', '| Aften | 4 × 52 ÷ 12 | 17,3 |', '| Lørdag | 8 × 1 | 8,0 |', '| Efter anfald | 4 × 1 | 4,0 |', '| **I alt** | afrundet op til hele timer | **30** |');
    assert.deepEqual(unbalancedTotals(rounded), []);
    assert.deepEqual(unbalancedTotals(rounded.replace('afrundet op til hele timer', '')).map(({ sum }) => sum), ['29,3']);
    assert.deepEqual(unbalancedTotals(rounded.replace('**30**', '**50**')).map(({ sum }) => sum), ['29,3']);
  });

  it('leaves a table alone whose arithmetic is not in its cells: a deduction, a conversion, a cell of several figures, a total per period', () => {
    assert.deepEqual(unbalancedTotals(table('| Post | Beløb |', '| Medicin | 1.500 kr. |', '| Fradrag for almindelige udgifter | 500 kr. |', '| I alt | 1.000 kr. |')), []);
    assert.deepEqual(unbalancedTotals(table('| Post | Beløb |', '| Medicin | 100 kr. |', '| Kørsel | 200 kr. |', '| Pr. måned | 300 kr. |', '| I alt | 3.600 kr. |')), []);
    assert.deepEqual(unbalancedTotals(table('| Post | Beregning |', '| Bad | 2 × 45 = 90 |', '| Påklædning | 30 |', '| I alt | 120 |')), []);
    assert.deepEqual(unbalancedTotals(table('| Post | Beløb |', '| Medicin | 100 kr. |', '| Kørsel | 200 kr. |', '| I alt pr. år | 3.600 kr. |')), []);
    assert.deepEqual(unbalancedTotals(table('| Post | Beløb |', '| Medicin | 100 kr. |', '| I alt | 300 kr. |')), [], 'one item is no breakdown');
  });

  it('is reported by beregning on the table, in the letter\'s own text', () => {
    const letter = (rows: string) =>
      `Nordby Kommune\nDato: 3. marts 2026\n\nKære Ida Holm\n\nI har søgt om tabt arbejdsfortjeneste i 12 timer om ugen.\n\n## Afgørelse\n\nI får dækket 9 timer om ugen efter barnets lov § 87. I får afslag på resten.\n\n## Udmåling\n\n${rows}\n\nVi har lagt vægt på, at Noah går i skole til kl. 13.30.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const off = table('| Behov | Timer pr. uge |', '| Pasning efter skoletid | 6,0 |', '| Kontroller | 1,0 |', '| I alt | 9,0 |');
    const text = letter(off);
    const found = checkDocument(text, { fileName: 'x.md', config: DEFAULT_CONFIG }).findings.filter((f) => f.ruleId === 'beregning');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /giver tilsammen 7, men resultatet er angivet til 9/);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '| I alt | 9,0 |', 'on the total row');
    assert.deepEqual(checkDocument(letter(off.replace('| 1,0 |', '| 3,0 |')), { fileName: 'x.md', config: DEFAULT_CONFIG }).findings.filter((f) => f.ruleId === 'beregning'), []);
  });
});
