import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LetterModel, parseLetter } from '../server/src/core/letter';
import { Block, sourceOffset } from '../server/src/core/markdown';
import { PhraseGroupId, allPhraseGroups } from '../server/src/core/phrases';
import { EXAMPLES_DIR } from './helpers/fixtures';

/** The roles of the headings the letter model sees, in order. */
function headings(text: string): string[] {
  return parseLetter(text).blocks.filter((b) => b.kind === 'heading').map((b) => `${b.role}: ${b.text}`);
}

/** Whether the paragraph containing `words` lies in the appeal-guidance section. */
function inGuidance(text: string, words: string): boolean {
  const letter = parseLetter(text);
  const block = letter.blocks.find((b) => b.kind === 'paragraph' && b.text.includes(words));
  assert.ok(block, `no paragraph with »${words}«`);
  return letter.inRole(block, 'klagevejledning');
}

describe('sections in every form (letter.ts)', () => {
  const forms: Array<[string, string, string]> = [
    ['an ATX heading', '## Klagevejledning\n\nDu kan klage.\n', 'klagevejledning: Klagevejledning'],
    ['a setext heading', 'Klagevejledning\n---------------\n\nDu kan klage.\n', 'klagevejledning: Klagevejledning'],
    ['a bold line alone', '**Hvis I vil klage**\n\nI kan klage.\n', 'klagevejledning: Hvis I vil klage'],
    ['a bold line merged with the paragraph below', '**Klagemuligheder**\nDu kan klage.\n', 'klagevejledning: Klagemuligheder'],
    ['an ALL CAPS line', 'KLAGEVEJLEDNING\n\nDu kan klage.\n', 'klagevejledning: KLAGEVEJLEDNING'],
    ['an ALL CAPS line merged with the paragraph below', 'BEGRUNDELSE\nVi har lagt vægt på dit helbred.\n', 'begrundelse: BEGRUNDELSE'],
    ['a short plain line', 'Sådan klager De\n\nDe kan klage.\n', 'klagevejledning: Sådan klager De'],
    ['a plain line merged with the paragraph below', 'Lovgrundlag\nAfgørelsen er truffet efter servicelovens § 97.\n', 'regler: Lovgrundlag'],
    ['a numbered title', '3. Lovgrundlag\n\nServicelovens § 97.\n', 'regler: Lovgrundlag'],
    ['a bold numbered title', '**5. Klagevejledning**\n\nDu kan klage.\n', 'klagevejledning: 5. Klagevejledning'],
    ['an appendix title', 'BILAG: KLAGEVEJLEDNING\n\nDu kan klage.\n', 'klagevejledning: BILAG: KLAGEVEJLEDNING'],
    ['a title to a guardian', 'Hvis du som værge vil klage\n\nDu kan klage.\n', 'klagevejledning: Hvis du som værge vil klage'],
    ['a question title', 'Er du uenig?\n\nDu kan klage.\n', 'klagevejledning: Er du uenig?'],
    ['a title of the deadline and the procedure', '## Klagefrist og fremgangsmåde\n\nDu kan klage.\n', 'klagevejledning: Klagefrist og fremgangsmåde'],
    ['a title that tells when to complain', '### Når du vil klage\n\nDu kan klage.\n', 'klagevejledning: Når du vil klage'],
    ['a title of the facts', '### Sagens fakta\n\nDu er 78 år.\n', 'fakta: Sagens fakta'],
    ['a title of what the decision rests on', '**Grundlag**\n\nDen børnefaglige undersøgelse viser, at Emil er ked af det.\n', 'fakta: Grundlag'],
    ['a title of the legal ground, which ends in the same word', '**Retligt grundlag**\n\nBarnets lov § 32.\n', 'regler: Retligt grundlag'],
    ['a title of the complaint made', '### Din klage og dine bemærkninger\n\nDu skrev, at du er faret vild.\n', 'fakta: Din klage og dine bemærkninger'],
    ['a title of the rules and the assessment', '## Reglerne og vores vurdering\n\nVi vurderer, at du kan få hjælp.\n', 'begrundelse: Reglerne og vores vurdering'],
    ['a result title', 'Svar på din ansøgning om el-scooter\n\nDu får afslag.\n', 'afgoerelse: Svar på din ansøgning om el-scooter'],
    ['a title that names its section word for word and ends on a preposition, merged with the paragraph below', 'Det har vi lagt vægt på\nDu er 78 år og bor alene.\n', 'fakta: Det har vi lagt vægt på'],
    ['a bold label that opens a paragraph, its colon inside', '**Begrundelse:** Vi har lagt vægt på dit helbred.\n', 'begrundelse: Begrundelse'],
    ['a bold label that opens a paragraph, its full stop after', '__Lovgrundlag__. Servicelovens § 97.\n', 'regler: Lovgrundlag'],
    ['a bold label that opens a paragraph without a stop', '**Sagens oplysninger** Du er 78 år.\n', 'fakta: Sagens oplysninger'],
    ['a field label on a line of its own, as case systems export it', 'Vurdering:\n\nVi vurderer, at du kan få hjælp.\n', 'begrundelse: Vurdering'],
    ['a field label merged with the paragraph below', 'Oplysninger i sagen:\nDu er 78 år.\n', 'fakta: Oplysninger i sagen'],
    ['a plain line that names the information relied on, over a list', 'Oplysninger vi har lagt vægt på\n- Du er 78 år.\n- Du bor alene.\n', 'fakta: Oplysninger vi har lagt vægt på'],
    ['a plain line that names the information used, with its comma', 'De oplysninger, vi har brugt\n\nDu er 78 år.\n', 'fakta: De oplysninger, vi har brugt'],
    ['a long heading that opens with its role word', '## 6. Klagevejledning – klagen skal sendes direkte til Ankestyrelsen\n\nDu kan klage.\n', 'klagevejledning: 6. Klagevejledning – klagen skal sendes direkte til Ankestyrelsen'],
    ['a long heading whose role word comes later', '## Sådan gør du, hvis du ønsker at klage over afgørelsen: klagevejledning\n\nDu kan klage.\n', 'other: Sådan gør du, hvis du ønsker at klage over afgørelsen: klagevejledning'],
  ];
  for (const [name, text, expected] of forms) {
    it(`reads ${name} as a title`, () => assert.deepEqual(headings(text), [expected]));
  }

  it('leaves sentences, greetings, reference lines and wrapped lines as prose', () => {
    const text = [
      'Kære Ole Berg',
      '',
      'Sagsnr.: 27.12.04-G01-12-25',
      '',
      'Afgørelsen er truffet efter servicelovens § 97.',
      '',
      'Vi har lagt vægt på:',
      '',
      '- at du bor alene',
      '',      'Sådan har vi beregnet beløbet:',
      '',
      '- kørsel 400 kr.',
      '',
      'Begrundelse for vores afgørelse er, at du',
      'kan gå 400 meter med rollator.',
      '',
      'Med venlig hilsen',
      '',
      'Pia Holm',
    ].join('\n');
    assert.deepEqual(headings(text), []);
  });

  it('leaves bold openings that are no section label in the prose: other labels, bold sentences, sentences that go on', () => {
    for (const text of [
      '**Vigtigt:** Husk at melde afbud.\n',
      '**Du får bostøtte 3 timer om ugen efter serviceloven § 85.** Støtten starter i uge 13.\n',
      '**Vi har lagt vægt på:** at du bor alene.\n',
      '- **Klageadgang efter ældreloven** til Ankestyrelsen er ikke bekræftet.\n',
    ]) assert.deepEqual(headings(text), [], text);
    // The text after the label is a paragraph of its section, at its place in the source, on every line ending.
    for (const eol of ['\n', '\r\n']) {
      const text = ['Kære Ole', '', '**Regler.** Efter servicelovens § 97 skal kommunen', 'tilbyde ledsagelse.', '', '**Klagevejledning:** Du kan klage inden 4 uger.', ''].join(eol);
      const letter = parseLetter(text);
      const rules = letter.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Efter'))!;
      assert.equal(letter.inRole(rules, 'regler'), true);
      assert.equal(text.slice(rules.start, rules.end), `Efter servicelovens § 97 skal kommunen${eol}tilbyde ledsagelse.`);
      for (let i = 0; i < rules.text.length; i++) if (rules.text[i] !== '\n') assert.equal(text[sourceOffset(rules, i)], rules.text[i]);
      assert.equal(inGuidance(text, 'Du kan klage inden 4 uger'), true);
    }
  });

  it('keeps a title that names one topic of the guidance (»FRIST«) inside the guidance it follows, and nowhere else', () => {
    const text = 'KLAGEVEJLEDNING\n\nDu kan klage over afgørelsen.\n\nFRIST\n\nKlagen skal være modtaget senest 4 uger efter, at du har fået afgørelsen.\n\nSÅDAN KLAGER DU\n\nSend klagen til os.\n';
    assert.equal(inGuidance(text, 'Klagen skal være modtaget'), true);
    assert.equal(inGuidance(text, 'Send klagen til os'), true);
    const alone = 'AFGØRELSE\n\nDu får en rollator.\n\nFRIST\n\nSend os dine kvitteringer senest 4 uger efter, at du har fået rollatoren.\n';
    assert.equal(inGuidance(alone, 'Send os dine kvitteringer'), false);
  });

  it('ends a section at a question title that names a section of its own (»Hvad har vi lagt vægt på?« after »Lovgrundlag«), while the guidance keeps its questions', () => {
    const text = '**Lovgrundlag**\n\nEfter servicelovens § 97 skal kommunen tilbyde ledsagelse.\n\n**Hvad har vi lagt vægt på?**\n\nVi har modtaget en udtalelse fra din fysioterapeut.\n\n**Klagevejledning**\n\nDu kan klage.\n\n**Hvad sker der, når du har klaget?**\n\nVi ser på sagen igen.\n';
    const letter = parseLetter(text);
    const weighed = letter.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Vi har modtaget'))!;
    assert.equal(letter.inRole(weighed, 'regler'), false);
    assert.equal(inGuidance(text, 'Vi ser på sagen igen'), true);
    // A question with no role of its own still belongs to the section before it.
    const plain = '**Lovgrundlag**\n\nEfter servicelovens § 97 skal kommunen tilbyde ledsagelse.\n\n**Hvad betyder det?**\n\nBestemmelsen gælder kun voksne.\n';
    const parsed = parseLetter(plain);
    assert.equal(parsed.inRole(parsed.blocks.find((b) => b.text.startsWith('Bestemmelsen'))!, 'regler'), true);
  });

  it('reads a list item that is only bold text (»- **900 kr. om måneden til Mille**«) as an item, and a bold first paragraph of a longer item as its title', () => {
    assert.deepEqual(headings('## Afgørelse\n\nI får dækket merudgifter med:\n\n- **900 kr. om måneden til Mille**\n- **500 kr. om måneden til Oscar**\n\nfra den 1. april 2025.\n'), ['afgoerelse: Afgørelse']);
    assert.deepEqual(headings('- **Bad**\n\n  Du får hjælp til bad to gange om ugen.\n'), ['other: Bad']);
  });

  it('reads a list item that names a section (»- Partshøringsbrev af 17. april 2025« among the documents) as an item, not a title', () => {
    const documents = (marker: (n: number) => string) => `## Afgørelse\n\nDu får afslag.\n\nSAGENS DOKUMENTER\n\n${marker(1)}Lægeattest af 4. oktober 2024\n${marker(2)}Partshøringsbrev af 17. april 2025\n${marker(3)}Dine bemærkninger til partshøringen af 6. maj 2025\n\n## Begrundelse\n\nVi har lagt vægt på lægeattesten.\n`;
    assert.deepEqual(headings(documents(() => '- ')), ['afgoerelse: Afgørelse', 'other: SAGENS DOKUMENTER', 'begrundelse: Begrundelse']);
    assert.deepEqual(headings(documents((n) => `${n}. `)), ['afgoerelse: Afgørelse', 'other: SAGENS DOKUMENTER', 'begrundelse: Begrundelse']);
    // A numbered section title after a list of bullets still opens its section.
    assert.deepEqual(headings('1. Afgørelse\n\nDu får:\n\n- en badebænk\n- et toiletstativ\n\n2. Begrundelse\n\nDu kan ikke stå i badet.\n'), ['afgoerelse: Afgørelse', 'begrundelse: Begrundelse']);
  });

  it('a section runs to the next title and holds its lists and quotes', () => {
    const text = 'Afgørelse\n\nDu får afslag.\n\nHvis I vil klage\n\n1. Send klagen til os.\n2. Vi ser på sagen igen.\n\n> Klagen skal være modtaget inden 4 uger.\n\nMed venlig hilsen\n\n**Bilag**\n\nEn liste over hjælpemidler.\n';
    assert.equal(inGuidance(text, 'Send klagen til os'), true);
    assert.equal(inGuidance(text, 'Vi ser på sagen igen'), true);
    assert.equal(inGuidance(text, 'Klagen skal være modtaget'), true);
    assert.equal(inGuidance(text, 'Du får afslag'), false);
    assert.equal(inGuidance(text, 'En liste over hjælpemidler'), false);
  });

  it('does not take a line wrapped mid-sentence for a title, even when the next line opens with a capital', () => {
    const text = '## Klagevejledning\n\nDu kan klage til Det\nSociale Nævn inden 4 uger.\n\nHvis du vil klage til\nAnkestyrelsen, skal du skrive til os.\n\nVi har lagt vægt på\nAnkestyrelsens praksis.\n';
    assert.deepEqual(headings(text), ['klagevejledning: Klagevejledning']);
    assert.equal(inGuidance(text, 'Du kan klage til Det\nSociale Nævn'), true);
  });

  it('reads the reasons titled one level under the guidance (headings set too deep) as the case, not the guidance', () => {
    const text = '## Klagevejledning\n\nDu kan klage inden 4 uger.\n\n### Hvad sker der så?\n\nVi ser på sagen igen.\n\n### Begrundelse\n\nVi har lagt vægt på, at du selv kan handle.\n';
    assert.equal(inGuidance(text, 'Vi ser på sagen igen'), true);
    assert.equal(inGuidance(text, 'Vi har lagt vægt på'), false);
  });

  it('reads a numbered line as a title where the letter numbers its sections, not in a numbered list', () => {
    for (const eol of ['\n', '\r\n']) {
      const numbered = ['1. Afgørelse', '', 'Du får 4 timer om ugen.', '', '2. Lovgrundlag', '', 'Servicelovens § 85.', '', '3. Sådan har vi regnet timerne ud', '', 'Indkøb 1 time, rengøring 3 timer.', ''].join(eol);
      assert.deepEqual(headings(numbered), ['afgoerelse: Afgørelse', 'regler: Lovgrundlag', 'beregning: Sådan har vi regnet timerne ud'], JSON.stringify(eol));
      // Items of a list, and a number that follows no numbered line, stay prose.
      const list = ['Afgørelse', '', 'Du får hjælp til:', '', '1. Indkøb', '2. Rengøring', '3. Tøjvask hver anden uge', '', 'Hjælpen begynder 1. maj.', ''].join(eol);
      assert.deepEqual(headings(list), ['afgoerelse: Afgørelse'], JSON.stringify(eol));
      const alone = ['Afgørelse', '', 'Du får hjælp.', '', '3. Tøjvask hver anden uge', '', 'Indkøb 1 time.', ''].join(eol);
      assert.deepEqual(headings(alone), ['afgoerelse: Afgørelse'], JSON.stringify(eol));
    }
  });

  it('a title split off a paragraph keeps every character at its place in the source, on every line ending', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Kære Ole', '', '**Klagemuligheder**', 'Du kan klage inden 4 uger.', '', 'BEGRUNDELSE', 'Vi har lagt vægt på dit helbred.', ''].join(eol);
      const letter = parseLetter(text);
      for (const block of letter.blocks) {
        for (let i = 0; i < block.text.length; i++) {
          if (block.text[i] === '\n') continue;
          assert.equal(text[sourceOffset(block, i)], block.text[i], `»${block.text}« at ${i}`);
        }
        assert.ok(block.start <= block.end && block.end <= text.length);
      }
      const titles = letter.blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end));
      assert.deepEqual(titles, ['Klagemuligheder', 'BEGRUNDELSE']);
    }
  });
});

describe('phrase hits by section (letter.ts find and has)', () => {
  const letters = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
  const filters: Array<[string, (letter: LetterModel) => (block: Block) => boolean]> = [
    ['in the appeal guidance', (letter) => (block) => letter.inRole(block, 'klagevejledning')],
    ['outside the appeal guidance', (letter) => (block) => !letter.inRole(block, 'klagevejledning')],
    ['in paragraphs', () => (block) => block.kind === 'paragraph'],
    ['nowhere', () => () => false],
  ];

  it('a filter keeps exactly the hits of the blocks it accepts, and has() says whether there are any', () => {
    let kept = 0;
    let dropped = 0;
    for (const text of letters) {
      const letter = parseLetter(text);
      for (const group of allPhraseGroups()) {
        const id = group.id as PhraseGroupId;
        const all = letter.find(id);
        assert.equal(letter.has(id), all.length > 0, `${id}: has() without a filter`);
        for (const [name, filterOf] of filters) {
          const where = filterOf(letter);
          const expected = all.filter((hit) => where(hit.block));
          assert.deepEqual(letter.find(id, where), expected, `${id} ${name}`);
          assert.equal(letter.has(id, where), expected.length > 0, `${id} ${name}: has()`);
          kept += expected.length;
          dropped += all.length - expected.length;
        }
      }
    }
    // The examples give the filters something to keep and something to drop.
    assert.ok(kept > 50 && dropped > 50, `kept ${kept}, dropped ${dropped}`);
  });
});
