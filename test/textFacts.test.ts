import * as assert from 'node:assert/strict';
import { FactsByText, STALE_TEXTS_KEPT } from '../server/src/core/textFacts';

describe('text facts across versions of a document (FactsByText)', () => {
  it('gives the next version the facts of the texts it still has, without working them out again', () => {
    const first = new FactsByText(['Afgørelse', 'Du får hjælp.']);
    const kept = first.of('Du får hjælp.');
    const next = new FactsByText(['Afgørelse', 'Du får hjælp til rengøring.'], first);
    assert.equal(next.of('Du får hjælp.'), kept);
  });

  it('drops the texts that edits left behind once they outnumber the current ones, so typing does not grow it without end', () => {
    let facts = new FactsByText(['Overskrift', 'a']);
    const typedAway = facts.of('a');
    const kept = facts.of('Overskrift');
    let typed = 'a';
    for (let key = 0; key < 500; key++) {
      typed += 'b';
      facts = new FactsByText(['Overskrift', typed], facts);
      facts.of(typed);
    }
    assert.equal(facts.of('Overskrift'), kept, 'a text every version has keeps its facts');
    assert.notEqual(facts.of('a'), typedAway, 'a text no version has any longer was dropped');
  });

  it('keeps no more texts that edits left behind in a long letter than in a short one', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `Afsnit ${i}`);
    let facts = new FactsByText([...paragraphs, 'a']);
    for (const paragraph of paragraphs) facts.of(paragraph);
    const typedAway = facts.of('a');
    let typed = 'a';
    for (let key = 0; key <= STALE_TEXTS_KEPT + 1; key++) {
      typed += 'b';
      facts = new FactsByText([...paragraphs, typed], facts);
      facts.of(typed);
    }
    assert.notEqual(facts.of('a'), typedAway, `a text typed away ${STALE_TEXTS_KEPT + 2} keystrokes ago was dropped`);
  });
});
