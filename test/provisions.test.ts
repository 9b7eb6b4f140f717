import * as assert from 'node:assert/strict';
import { checkDocument, completionsAt, describeProvision, hoverAt, parseLetter, provision } from '../server/src/core';
import { datesIn, letterDate, notBefore, tellsOfTimeBefore } from '../server/src/core/dates';
import { normaliseConfig } from '../server/src/core/config';
import { PROVISIONS } from '../server/src/core/provisions';

/** The offset just after `marker` in `text` (the cursor position a test types at). */
function after(text: string, marker: string): number {
  const at = text.indexOf(marker);
  assert.ok(at >= 0, `»${marker}« is in the text`);
  return at + marker.length;
}

describe('provisions catalogue (server/data/provisions.json)', () => {
  it('knows every successor it points to, in force from 1 January 2024', () => {
    for (const p of PROVISIONS.filter((q) => q.successor)) {
      const successor = provision(p.successor!.law, p.successor!.paragraph);
      assert.ok(successor, `${p.law} § ${p.paragraph} → ${p.successor!.law} § ${p.successor!.paragraph} is catalogued`);
      assert.equal(successor.inForceFrom, '2024-01-01');
      assert.equal(p.inForceTo, '2023-12-31');
    }
  });

  it('describes a current and a repealed provision with title and status', () => {
    assert.equal(describeProvision(provision('BL', '87')!), 'barnets lov § 87 – tabt arbejdsfortjeneste (gældende fra 1.1.2024)');
    assert.match(describeProvision(provision('SEL', '41')!), /^serviceloven § 41 – merudgifter .* \(ophævet 1\.1\.2024, nu barnets lov § 86\)$/);
    assert.match(describeProvision(provision('SEL', '36')!), /nu barnets lov § 84 \(usikker – kontrollér\)/);
    assert.equal(describeProvision(provision('SEL', '32a')!).startsWith('serviceloven § 32 a – hjemmetræning'), true);
  });
});

describe('hover on a legal reference', () => {
  const text = '# Afgørelse\n\nAfgørelsen er truffet efter barnets lov § 87, stk. 1, og ikke efter servicelovens §§ 41 og 42. Se også § 5 og serviceloven § 999.\n';
  const letter = parseLetter(text);

  it('shows the provision\'s title under the cursor', () => {
    const info = hoverAt(letter, after(text, 'barnets lov § 8'));
    assert.deepEqual(info?.lines, ['barnets lov § 87 – tabt arbejdsfortjeneste (gældende fra 1.1.2024)']);
    assert.equal(text.slice(info!.range.start, info!.range.end), 'barnets lov § 87, stk. 1');
  });

  it('shows every paragraph of a list, with where a repealed one went', () => {
    const info = hoverAt(letter, after(text, 'servicelovens §§'));
    assert.equal(info?.lines.length, 2);
    assert.match(info!.lines[0], /ophævet 1\.1\.2024, nu barnets lov § 86/);
    assert.match(info!.lines[1], /ophævet 1\.1\.2024, nu barnets lov § 87/);
  });

  it('says when the paragraph does not exist, and is silent where it knows nothing', () => {
    assert.deepEqual(hoverAt(letter, after(text, 'serviceloven § 99'))?.lines, ['serviceloven har ingen § 999.']);
    assert.equal(hoverAt(letter, after(text, 'Se også § ')), undefined, 'a § without a law');
    assert.equal(hoverAt(letter, after(text, 'Afgørelsen er')), undefined, 'prose');
  });
});

describe('completion of paragraphs', () => {
  it('offers the provisions of the law named before "§", with titles', () => {
    const text = 'Afgørelsen er truffet efter barnets lov §';
    const items = completionsAt(text, text.length);
    assert.ok(items.length > 5);
    assert.ok(items.every((i) => PROVISIONS.some((p) => p.law === 'BL' && `§ ${p.paragraph}` === i.label)));
    const taf = items.find((i) => i.label === '§ 87')!;
    assert.equal(taf.detail, 'tabt arbejdsfortjeneste');
    assert.equal(taf.insertText, ' 87');
    assert.deepEqual(taf.range, { start: text.length, end: text.length });
  });

  it('narrows by the digits typed and replaces them', () => {
    const text = 'jf. servicelovens § 8';
    const items = completionsAt(text, text.length);
    assert.deepEqual(items.map((i) => i.label), ['§ 81', '§ 82 a', '§ 82 b', '§ 83', '§ 83 a', '§ 83 b', '§ 84', '§ 85', '§ 86']);
    assert.equal(items[3].insertText, '83');
    assert.deepEqual(items[3].range, { start: text.length - 1, end: text.length });
  });

  it('marks repealed children\'s provisions and says where they went', () => {
    const text = 'efter SEL § 4';
    const item = completionsAt(text, text.length).find((i) => i.label === '§ 41')!;
    assert.equal(item.deprecated, true);
    assert.match(item.detail, /ophævet; nu barnets lov § 86/);
  });

  it('offers paragraphs after a law name and a space, and every law after a bare "§"', () => {
    const text = 'Afgørelsen er truffet efter forvaltningslovens ';
    const items = completionsAt(text, text.length);
    assert.ok(items.some((i) => i.label === '§ 24' && i.insertText === '§ 24' && /begrundelse/.test(i.detail)));
    const bare = completionsAt('Se § ', 5);
    assert.ok(bare.some((i) => i.detail.startsWith('barnets lov: ')) && bare.some((i) => i.detail.startsWith('serviceloven: ')));
  });

  it('knows ældreloven: hover names the provision, completion offers its paragraphs', () => {
    const text = '# Afgørelse\n\nAfgørelsen er truffet efter ældrelovens § 10 og servicelovens § 83.\n';
    const letter = parseLetter(text);
    assert.deepEqual(hoverAt(letter, after(text, 'ældrelovens § 1'))?.lines, ['ældreloven § 10 – helhedspleje (personlig hjælp og pleje og praktisk hjælp) (gældende fra 1.7.2025)']);
    assert.match(hoverAt(letter, after(text, 'servicelovens § 8'))!.lines[0], /for personer omfattet af ældreloven fra 1\.7\.2025: ældreloven § 10 \(helhedspleje\) \(sandsynligvis – kontrollér\)$/);
    const typed = 'jf. ældrelovens §';
    assert.deepEqual(completionsAt(typed, typed.length).map((i) => i.label), ['§ 2', '§ 10', '§ 13', '§ 14', '§ 16', '§ 17']);
  });

  it('offers nothing after ordinary words', () => {
    for (const text of ['Du har søgt om ', 'Vi har vurderet', 'Kære Selma ']) assert.deepEqual(completionsAt(text, text.length), [], text);
  });
});

describe('the letter\'s date', () => {
  it('reads Danish dates in the usual forms', () => {
    assert.deepEqual(datesIn('Dato: 12. marts 2025, 12.03.2025, 1-2-2024, 3/4 2023 og 2024-01-01; ikke 99.99.2025 eller stk. 2 til 2024'), [
      '2025-03-12', '2025-03-12', '2024-02-01', '2023-04-03', '2024-01-01',
    ]);
  });

  it('reads the letter\'s date from a line with the town and no comma, and from a field with a two-digit year', () => {
    for (const line of ['Fjordby den 4. december 2023', 'Fjordby d. 4. december 2023', 'København d. 04-12-2023', 'Dato: 04.12.23', 'Dato: 4/12-23']) {
      assert.equal(letterDate(parseLetter(`Nordby Kommune\n${line}\n\n# Afgørelse\n\nDu får hjælp fra den 1. januar 2024.\n`)), '2023-12-04', line);
    }
    // A two-digit year is read only where the line holds nothing but the date.
    assert.equal(letterDate(parseLetter('Nordby Kommune\n\n# Afgørelse\n\nSe punkt 04.12.23 i bilaget.\n')), undefined);
  });

  it('tells a sentence about the time before a day from one about later', () => {
    const reform = '2024-01-01';
    for (const before of [
      'Vi henviser til vores afgørelse af 3. maj 2023 efter servicelovens § 41.',
      'I fik i 2022 dækket merudgifter efter servicelovens § 41.',
      'Bevillingen fra 14.06.2023 var givet efter servicelovens § 44.',
      'Indtil 2024 stod reglerne i servicelovens § 41.',
      'Reglerne stod i servicelovens § 41 før 1. januar 2024.',
    ]) assert.equal(tellsOfTimeBefore(before, reform), true, before);
    for (const later of [
      'Du får dækket merudgifter efter servicelovens § 41 fra den 1. marts 2025.',
      'Du får hjælp efter servicelovens § 41 fra 1. januar 2024.',
      'Vi træffer afgørelse efter servicelovens § 41, jf. lovbekendtgørelse nr. 1287 af 28. august 2023.',
      'Du får 1980 kr. om måneden efter servicelovens § 41.',
      'Du får hjælp efter servicelovens § 41 i 2024.',
      'Vi har truffet afgørelse efter servicelovens § 41.',
    ]) assert.equal(tellsOfTimeBefore(later, reform), false, later);
  });

  it('prefers front matter, then a "Dato:" line, then a line near the top that is only a date', () => {
    assert.equal(letterDate(parseLetter('---\ndato: 2023-05-01\n---\n\nVi modtog den 3. maj 2024 …\n')), '2023-05-01');
    assert.equal(letterDate(parseLetter('# Afgørelse\n\nDato: 4. april 2025\n\nDu søgte den 1. december 2023.\n')), '2025-04-04');
    assert.equal(letterDate(parseLetter('# Afgørelse\n\nDu har søgt om hjælp.\n')), undefined);
  });

  it('reads the date line as letters write it, never a date in the text', () => {
    const dated = (letterhead: string): string | undefined =>
      letterDate(parseLetter(`${letterhead}\n\n# Afgørelse om hjælp\n\nDu har søgt den 2. januar 2025. Du får hjælpen fra den 1. marts 2025.\n`));
    // Alone on its line "20. maj 2025" is an ordered list to Markdown: the date is read from the source line.
    assert.equal(dated('Fjordby Kommune\n\n20. maj 2025'), '2025-05-20');
    assert.equal(dated('Fjordby, den 5. februar 2025'), '2025-02-05');
    assert.equal(dated('**Dato:** 5. februar 2025'), '2025-02-05');
    assert.equal(dated('Sagsnr. 27.36.12-G01-1021-25 · Dato 5. februar 2025 · Sagsbehandler: Kim Holm'), '2025-02-05');
    assert.equal(dated('Vestkyst Kommune, Hjælpemidler · 5. februar 2025 · Sagsnr. 27.36.20'), '2025-02-05');
    assert.equal(dated('Fjordby Kommune, Visitationen – 5. februar 2025'), '2025-02-05');
    assert.equal(dated('| Sagsnr. | 24-123 |\n|---|---|\n| Dato | 5. februar 2025 |'), '2025-02-05');
    // The start date of the help and the date of the application are not the letter's date.
    assert.equal(dated('Fjordby Kommune'), undefined);
  });

  it('reads the date line the same with every line ending, and past a long letter\'s other lines', () => {
    const head = 'Fjordby Kommune\n\nSagsnr. 24-123\n\n20. maj 2025\n\n# Afgørelse\n\nDu får hjælp fra den 1. marts 2025.\n';
    const field = `# Afgørelse\n\n${'Du får hjælp. Det er dateret senere.\n\n'.repeat(300)}**Dato:** 5. februar 2025\n`;
    for (const eol of ['\n', '\r\n', '\r']) {
      assert.equal(letterDate(parseLetter(head.replace(/\n/g, eol))), '2025-05-20', JSON.stringify(eol));
      assert.equal(letterDate(parseLetter(field.replace(/\n/g, eol))), '2025-02-05', JSON.stringify(eol));
      // A "Dato" field is the letter's date wherever it stands; a date alone on a line only near the top.
      assert.equal(letterDate(parseLetter(`${'Tekst.\n\n'.repeat(30)}20. maj 2025\n`.replace(/\n/g, eol))), undefined, JSON.stringify(eol));
    }
  });

  it('findings quote the letter\'s own date, not the start date of the help', () => {
    const letter = (letterhead: string): string =>
      `${letterhead}\n\n# Afgørelse om tabt arbejdsfortjeneste\n\nKære Lone\n\nDu får tabt arbejdsfortjeneste fra den 1. september 2025 efter servicelovens § 42.\n`;
    const quoted = (text: string): string[] =>
      checkDocument(text, { fileName: 'brev.md', force: true }).findings.filter((f) => f.ruleId === 'foraeldet-henvisning').map((f) => f.message);
    assert.match(quoted(letter('Fjordby Kommune\n\n20. maj 2025'))[0], /Brevet er dateret 20\.5\.2025/);
    // Undated: the start date still shows the law that applies, but it is not quoted as the letter's date.
    const undated = quoted(letter('Fjordby Kommune'));
    assert.equal(undated.length, 1);
    assert.match(undated[0], /Brevet har ingen dato/);
  });

  it('bounds the letter from below by the latest date it mentions when it has no date of its own', () => {
    assert.equal(notBefore(parseLetter('# Afgørelse\n\nDu søgte den 1. december 2023 og igen 2. februar 2024.\n')), '2024-02-02');
    assert.equal(notBefore(parseLetter('5. januar 2025\n\n# Afgørelse\n\nDu får hjælp fra 1. marts 2025.\n')), '2025-01-05');
  });
});

describe('klarsprog settings', () => {
  it('keeps valid thresholds and reports invalid ones in Danish', () => {
    const { config, problems } = normaliseConfig({ klarsprog: { maxLix: 45, maxSentenceWords: 'mange', tone: 1 } });
    assert.deepEqual(config.klarsprog, { maxLix: 45 });
    assert.equal(problems.length, 2);
    assert.match(problems.map((p) => p.message).join(' '), /klarsprog\.maxSentenceWords.*tal mellem/);
    assert.equal(normaliseConfig({ klarsprog: [1] }).problems.length, 1);
    assert.equal(normaliseConfig({ klarsprog: { maxLix: Infinity } }).config.klarsprog, undefined);
  });
});
