import * as assert from 'node:assert/strict';
import { checkDocument } from '../server/src/core/check';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { CorpusScore, formatScore, ordinaryFiles, scoreCorpus } from './helpers/corpus';

/**
 * Floors on the labelled corpus (issue #12). They only go up: raise a number
 * when the checker gets better, never lower one to make a change pass. The
 * issue's targets: every letter detected, nothing on a non-decision, nothing
 * on a good letter, core rules precision 0.95 / recall 0.90 each, the other
 * labelled rules 0.90 / 0.80 together.
 */
const FLOORS = {
  maxUndetected: 0,
  maxNonDecisionsWithFindings: 0,
  maxGoodLetterComplaints: 0,
  core: {
    hjemmel: { precision: 1.0, recall: 1.0 },
    hovedhensyn: { precision: 1.0, recall: 1.0 },
    klagevejledning: { precision: 1.0, recall: 1.0 },
    kvalitetsstandard: { precision: 1.0, recall: 1.0 },
  } as Record<string, { precision: number; recall: number }>,
  beyondTogether: { precision: 1.0, recall: 1.0 },
};

describe('labelled corpus (test/corpus): letters written without the checker, scored against labels.json', function () {
  let result: CorpusScore;
  before(function () {
    // Checks about a hundred letters: a hang guard, not a speed test.
    this.timeout(180_000);
    result = scoreCorpus();
  });
  const report = (): string => `\n${formatScore(result)}`;

  it('detects the decision letters', () => {
    assert.ok(result.undetected.length <= FLOORS.maxUndetected, `${result.undetected.length} letters not detected${report()}`);
  });

  it('says nothing on documents that are not decisions', () => {
    assert.ok(result.nonDecisionsWithFindings.length <= FLOORS.maxNonDecisionsWithFindings, report());
  });

  it('gives no error or warning on good letters', () => {
    assert.ok(result.goodLetterComplaints.length <= FLOORS.maxGoodLetterComplaints, report());
  });

  it('core rules: precision and recall each', () => {
    for (const [rule, floor] of Object.entries(FLOORS.core)) {
      const score = result.core[rule];
      assert.ok(score.precision >= floor.precision, `${rule} precision ${score.precision.toFixed(2)} < ${floor.precision}${report()}`);
      assert.ok(score.recall >= floor.recall, `${rule} recall ${score.recall.toFixed(2)} < ${floor.recall}${report()}`);
    }
  });

  it('other labelled rules: precision and recall together', () => {
    const score = result.beyondTogether;
    assert.ok(score.precision >= FLOORS.beyondTogether.precision, `precision ${score.precision.toFixed(2)}${report()}`);
    assert.ok(score.recall >= FLOORS.beyondTogether.recall, `recall ${score.recall.toFixed(2)}${report()}`);
  });
});

describe('ordinary Markdown files (test/not-letters) are not decisions', () => {
  for (const { name, text } of ordinaryFiles()) {
    it(name, () => {
      const result = checkDocument(text, { fileName: `/notes/${name}`, config: DEFAULT_CONFIG });
      assert.equal(result.detection.isLetter, false, `${name} was taken for a decision letter`);
      assert.deepEqual(result.findings, []);
    });
  }
});
