import * as assert from 'node:assert/strict';
import { LetterModel, parseLetter } from '../server/src/core/letter';
import { countText, forEachWord, splitSentences } from '../server/src/core/sentences';
import { negatedAtEnd, negates, negatesOrLimits } from '../server/src/core/negation';

const sentencesOf = (text: string): string[] => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('sentences and words (server/src/core/sentences.ts)', () => {
  it('keeps abbreviations and references inside a sentence', () => {
    assert.deepEqual(sentencesOf('Du får hjælp efter servicelovens § 83, stk. 1, jf. § 88. Hjælpen er bevilget til og med d. 1. maj.'), [
      'Du får hjælp efter servicelovens § 83, stk. 1, jf. § 88.',
      'Hjælpen er bevilget til og med d. 1. maj.',
    ]);
    assert.deepEqual(sentencesOf('Beløbet er ca. 500 kr. pr. måned. Det dækker fx. Medicin.'), ['Beløbet er ca. 500 kr. pr. måned.', 'Det dækker fx. Medicin.']);
  });

  it('ends a sentence at a number, a full stop and a capital letter, but not before a number or §', () => {
    assert.deepEqual(sentencesOf('Reglerne står i § 83, stk. 2. Vi har vurderet din sag.'), ['Reglerne står i § 83, stk. 2.', 'Vi har vurderet din sag.']);
    assert.deepEqual(sentencesOf('Se stk. 2. § 84 handler om aflastning.'), ['Se stk. 2. § 84 handler om aflastning.']);
    assert.deepEqual(sentencesOf('Mødet er den 2. januar. Kom gerne.'), ['Mødet er den 2. januar.', 'Kom gerne.']);
  });

  it('ends a sentence after a sum or a list that a capital follows, not before the sum it names', () => {
    assert.deepEqual(sentencesOf('Du får et tilskud på 7.450 kr. Du får ikke hele prisen.'), ['Du får et tilskud på 7.450 kr.', 'Du får ikke hele prisen.']);
    assert.deepEqual(sentencesOf('Vi har set på kørsel, medicin mv. Vi har lagt vægt på udgifterne.'), ['Vi har set på kørsel, medicin mv.', 'Vi har lagt vægt på udgifterne.']);
    assert.deepEqual(sentencesOf('Prisen er kr. 1.250 pr. måned.'), ['Prisen er kr. 1.250 pr. måned.']);
  });

  it('starts a sentence at a bullet pasted from Word after a full stop', () => {
    assert.deepEqual(sentencesOf('Du kan ikke få støtte til bil.\n• Du kan gå 2 km.\n• Du kan tage bussen.'), ['Du kan ikke få støtte til bil.', '• Du kan gå 2 km.', '• Du kan tage bussen.']);
  });

  it('starts a sentence at a lettered item on a new line after a full stop, not at one inside a line', () => {
    assert.deepEqual(sentencesOf('a) Bad to gange om ugen.\nb) Du får ikke hjælp til rengøring.\r\nc) Tøjvask hver uge.'), ['a) Bad to gange om ugen.', 'b) Du får ikke hjælp til rengøring.', 'c) Tøjvask hver uge.']);
    assert.deepEqual(sentencesOf('Det står i bilaget. b) og c) gælder ikke.'), ['Det står i bilaget. b) og c) gælder ikke.']);
  });

  it('counts words, long words and sentences; a hyphenated word is one word, numbers are not words', () => {
    const counts = countText('Vi bevilger ADHD-medicin. Du får 3 timer om ugen.');
    assert.equal(counts.words, 8);
    // "bevilger" and "ADHD-medicin" have more than six letters.
    assert.equal(counts.longWords, 2);
    assert.deepEqual(counts.sentences.map((s) => s.words), [3, 5]);
  });

  it('visits each word once with its letters', () => {
    const text = 'Kommunens -afslag på hjemme-hjælp';
    const words: string[] = [];
    forEachWord(text, 0, text.length, (start, end, letters) => words.push(`${text.slice(start, end)}:${letters}`));
    assert.deepEqual(words, ['Kommunens:9', 'afslag:6', 'på:2', 'hjemme-hjælp:11']);
  });
});

describe('text facts carried to the next version of a letter', () => {
  const first = '# Afgørelse\n\nDu får hjælp efter servicelovens § 83.\n\n## Begrundelse\n\nVi har lagt vægt på din lægeerklæring.\n';
  it('paragraphs an edit did not touch keep their phrase hits; the edited one is searched again', () => {
    const untouched = (letter: LetterModel) => letter.blocks.find((b) => b.text.startsWith('Du får'))!;
    const edited = (letter: LetterModel) => letter.blocks.find((b) => b.text.startsWith('Vi har'))!;
    const before = parseLetter(first);
    // What a check of the first version asks.
    const untouchedHits = before.matchesIn(untouched(before), 'facts');
    const editedHits = before.matchesIn(edited(before), 'facts');
    const after = parseLetter(first.replace('din lægeerklæring', 'din nye lægeerklæring'), before);
    assert.equal(after.matchesIn(untouched(after), 'facts'), untouchedHits);
    assert.notEqual(after.matchesIn(edited(after), 'facts'), editedHits);
    assert.equal(after.find('considerations').length, 1);
    assert.equal(after.references().length, 1);
  });
});

describe('negation (server/src/core/negation.ts)', () => {
  it('finds the negating words as whole words only', () => {
    for (const text of ['Du er ikke omfattet af målgruppen.', 'Der er ingen varig funktionsnedsættelse.', 'Hun kan intet gøre selv.', 'Han har aldrig boet alene.', 'IKKE bevilget']) {
      assert.ok(negates(text), text);
    }
    for (const text of ['Hun arbejder som ingeniør.', 'Vi har set på sagen igen.', 'Ikkevoldelig kommunikation er en metode.']) {
      assert.ok(!negates(text), text);
    }
  });

  it('reads a negation just before a phrase within its sentence and a few words', () => {
    assert.ok(negatedAtEnd('Kommunen skal ikke først'));
    assert.ok(negatedAtEnd('Vi kan aldrig give dig '));
    assert.ok(!negatedAtEnd('Vi kan ikke hjælpe med rengøring. Du får '), 'a negation in the sentence before');
    assert.ok(!negatedAtEnd('Det er ikke noget, vi normalt gør, men denne gang '), 'too far before');
  });

  it('counts a limit on a grant as well as a negation', () => {
    for (const text of ['Du får kun 3 timer.', 'Du får færre dage, end du har søgt om.', 'Du får delvist bevilget hjælpen.', 'Du får ikke det, du har søgt om.', 'Du får en anden model end den, du søgte om.']) {
      assert.ok(negatesOrLimits(text), text);
    }
    assert.ok(!negatesOrLimits('Du får det, du har søgt om.'));
  });
});
