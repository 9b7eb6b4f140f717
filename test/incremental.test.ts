import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocument, parseLetter } from '../server/src/core';
import type { LetterModel } from '../server/src/core';
import { Block, Chunk, PARSE_WINDOW, SectionRole, StretchCache, parseBlocks, sourceOffset, wholeChunks } from '../server/src/core/markdown';
import { decisionReferences } from '../server/src/core/elements';
import { generateLetter, randomSource } from './helpers/generate';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './helpers/fixtures';

const ROLES: readonly SectionRole[] = ['klagevejledning', 'begrundelse', 'fakta', 'regler', 'beregning', 'partshoering', 'afgoerelse', 'other'];

/** What the rules see of a parse: every block's kind, depth, text, offsets, range, section and the roles it lies under. */
function shape(letter: LetterModel): unknown[] {
  return letter.blocks.map((b) => [
    b.kind, b.depth, b.text, Array.from({ length: b.text.length + 1 }, (_, i) => sourceOffset(b, i)), b.start, b.end, b.section, b.role,
    ROLES.filter((role) => letter.inRole(b, role)),
  ]);
}

const LETTERS = [...markdownFiles(EXAMPLES_DIR).map((file) => file.text), generateLetter(randomSource(1), 3), generateLetter(randomSource(2), 6)];
const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 100);
/** Text that changes Markdown structure when typed somewhere: fences, comments, lists, headings, setext lines, quotes, tables, a byte order mark. */
const STRUCTURE = fc.constantFrom('\n', '\n\n', '```', '~~~', '\n```\n', '<!--', '-->', '\n- ', '\n1. ', '2) ', '# ', '\n## ', '---', '\n---\n', '\n===\n', '> ', '    ', '**', '*', '\n\n*\n\n', '\n\n    kode\n\n', '[a]: /x\n', '[a]', '<div>\n', '| a | b |\n|---|---|\n', '\t', '\r\n', '\uFEFF', '\u00a0', 'å', '§ 83', 'Ankestyrelsen');

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(STRUCTURE, fc.string({ maxLength: 8 })) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Applies the edits one by one, parsing each version with the one before it: every version has the blocks of a fresh parse. */
function reparsesLikeFresh(start: string, edits: ReadonlyArray<{ at: number; remove: number; insert: string }>): void {
  let text = start;
  let letter = parseLetter(text);
  for (const e of edits) {
    text = applyEdit(text, e);
    letter = parseLetter(text, letter);
    assert.deepEqual(shape(letter), shape(parseLetter(text)));
  }
}

describe('incremental parsing (parseLetter with the previous version)', function () {
  this.timeout(RUNS * 1000);
  it('gives exactly the blocks of a whole parse after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS), fc.array(edit, { minLength: 1, maxLength: 12 }), reparsesLikeFresh),
      { numRuns: RUNS },
    );
  });

  it('reads numbered titles as a whole parse does after edits before, at and after them', () => {
    const start = '1. Afgørelse\n\nDu får 4 timer om ugen.\n\n2. Lovgrundlag\n\nServicelovens § 85.\n\n3. Sådan har vi regnet timerne ud\n\nIndkøb 1 time, rengøring 3 timer.\n\n4. Klagevejledning\n\nDu kan klage.\n';
    const at = (needle: string) => start.indexOf(needle);
    // Each edit is made on the text the ones before it left; the first ones change what follows a title, the rest what precedes it.
    reparsesLikeFresh(start, [
      { at: at('4. Klagevejledning'), remove: 1, insert: '5' },
      { at: at('Du kan klage'), remove: 0, insert: '1. ' },
      { at: at('2. Lovgrundlag'), remove: '2. Lovgrundlag\n\n'.length, insert: '' },
      { at: at('2. Lovgrundlag'), remove: 0, insert: '2. Lovgrundlag\n\n' },
      { at: at('3. Sådan'), remove: 0, insert: '- Indkøb\n' },
      { at: at('3. Sådan'), remove: 0, insert: '\n\n' },
      { at: at('Indkøb 1 time'), remove: 0, insert: 'Se her: ' },
      { at: at('2. Lovgrundlag'), remove: 1, insert: '7' },
    ]);
  });

  it('gives the offsets of a whole parse after a byte order mark that breaks a front matter, when a stretch after it is cached (found by the property below)', () => {
    const start = '---\ntitel: Afgørelse om hjælp\ndato: 2025-03-01\n---\n\n# Afgørelse\n\nDu får hjælp efter servicelovens § 83.\n\n## Begrundelse\n\nVi har lagt vægt på din situation.\n\n> citat\n\nSidste afsnit.\n';
    reparsesLikeFresh(start, [{ at: 0, remove: 0, insert: '\uFEFF' }, { at: 41, remove: 7, insert: '---' }, { at: 0, remove: 0, insert: '\n' }]);
  });

  it('gives the blocks and nesting of a whole parse after edits in and around a front matter (compared with the previous version once)', () => {
    const start = '---\ntitel: Afgørelse om hjælp\ndato: 2025-03-01\n---\n\n# Afgørelse\n\nDu får hjælp efter servicelovens § 83.\n\n## Begrundelse\n\nVi har lagt vægt på din situation.\n\n> citat\n\nSidste afsnit.\n';
    const deep = '> '.repeat(60);
    const nearFrontMatter = fc.record({
      at: fc.nat({ max: 70 }),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(fc.constantFrom('---', '\n---\n', '---\n', 'x', '\n', '\r\n', `\n${deep}x\n`, deep), STRUCTURE),
    });
    fc.assert(
      fc.property(fc.array(nearFrontMatter, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = start;
        let letter = parseLetter(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          letter = parseLetter(text, letter);
          const fresh = parseLetter(text);
          assert.deepEqual([letter.frontMatter, letter.tooDeepAt, shape(letter)], [fresh.frontMatter, fresh.tooDeepAt, shape(fresh)]);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('asks again whether a reference lies outside the guidance when a heading after it is deleted (the guidance title at the top holds the letter\'s text only while the decision has a title later)', () => {
    // Found by the property below: a guidance title typed into the first heading, then the decision's title deleted.
    const start = '# Afgørelse om ledsageordning\n\nAarhus Kommune, Voksenhandicap\nDato: 23. juni 2025\n\nKære Thomas Birk\n\nDu har søgt om ledsagelse 15 timer om måneden efter servicelovens § 97, stk. 1.\n\n## Afgørelse\n\nDu får det, du har søgt om. Du får ledsagelse 15 timer om måneden fra den 1. juli 2025.\n\nDu kan selv vælge, hvilke aktiviteter timerne skal bruges til, og du kan spare op til 60 timer op over 6 måneder. Din ledsager hedder Sofie Holm og kontakter dig inden den 1. juli.\n\nMed venlig hilsen\n\nLise Kjærgaard\nSocialrådgiver\n';
    let text = start;
    let previous = checkDocument(text, { force: true }).letter;
    for (const edit of [{ at: 1588515074, remove: 0, insert: '\n\n## Klagevejledning\n\n' }, { at: 168016205, remove: 6, insert: '\n' }, { at: 1601043809, remove: 14, insert: '\n' }]) {
      text = applyEdit(text, edit);
      const incremental = checkDocument(text, { force: true, previous });
      assert.deepEqual(incremental.findings.map((f) => f.ruleId), checkDocument(text, { force: true }).findings.map((f) => f.ruleId), JSON.stringify(text));
      previous = incremental.letter;
    }
    assert.ok(!text.includes('## Afgørelse'), JSON.stringify(text));
  });

  it('gives the findings of a fresh check after any sequence of edits (nothing from an earlier version is reused wrongly)', () => {
    // References and appeal words typed or deleted change what the rules conclude about the whole letter.
    // Repealed references (servicelovens §§ 41 and 52, with a "jf." reference after one) and dates before and after the reform: foraeldet-henvisning keeps its reports per paragraph text and date.
    const words = fc.constantFrom(' servicelovens § 83', ' § 83, stk. 1', ' barnets lov', ' klage', ' Ankestyrelsen', '\n\n## Klagevejledning\n\n', '\n\n## Begrundelse\n\n', ' 1. marts 2023', ' servicelovens § 41', ' SEL § 52, jf. § 84', ' 2. februar 2025');
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS), fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 60 }), insert: fc.oneof(words, STRUCTURE) }), { minLength: 1, maxLength: 8 }), (start, edits) => {
        let text = start;
        let previous = checkDocument(text, { force: true }).letter;
        for (const e of edits) {
          text = applyEdit(text, e);
          const incremental = checkDocument(text, { force: true, previous });
          assert.deepEqual(incremental.findings, checkDocument(text, { force: true }).findings);
          previous = incremental.letter;
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('parses only the nodes around an edit and reuses the rest', () => {
    const text = generateLetter(randomSource(3), 10);
    const first = parseBlocks(text, text);
    const middle = first.chunks[Math.floor(first.chunks.length / 2)];
    const at = middle.start + 5;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const second = parseBlocks(edited, edited, first);
    const reused = second.chunks.filter((chunk) => first.chunks.includes(chunk)).length;
    assert.ok(reused >= first.chunks.length / 2 - 3, `only ${reused} of ${first.chunks.length} top-level nodes reused`);
    assert.equal(second.chunks.length, first.chunks.length);
    assert.equal(second.chunks[second.chunks.length - 1].end, first.chunks[first.chunks.length - 1].end + 1);
  });

  it('tests again only the blocks an edit changed, and finds what a fresh version finds (blocksWhere)', () => {
    const text = generateLetter(randomSource(3), 10);
    const first = parseLetter(text);
    const holds = (block: Block): boolean => /§|kr\./.test(block.text);
    first.blocksWhere('test.paragraph', holds);
    const paragraphs = first.blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 2);
    for (const target of [paragraphs[1], paragraphs[Math.floor(paragraphs.length / 2)], paragraphs[paragraphs.length - 1]]) {
      // Inside the paragraph's text: that block changes, and no other.
      const at = sourceOffset(target, 1);
      const edited = text.slice(0, at) + '§' + text.slice(at);
      const second = parseLetter(edited, first);
      let asked = 0;
      const found = second.blocksWhere('test.paragraph', (block) => (asked++, holds(block)));
      assert.deepEqual(found.map((block) => block.index), second.blocks.filter(holds).map((block) => block.index));
      assert.equal(asked, 1, `asked about ${asked} of ${second.blocks.length} blocks`);
    }
  });

  it('keeps the blocks before an edit, and the hits and references placed on them, from the previous version', () => {
    const text = generateLetter(randomSource(3), 10);
    const first = parseLetter(text);
    const placed = (letter: LetterModel): unknown[] => [
      ...letter.references().map((r) => ['§', r.block.index, r.start, r.end, r.law, r.paragraphs.join()]),
      ...letter.lawMentions().map((m) => ['lov', m.block.index, m.start, m.end, m.law]),
      ...letter.find('legalese').map((hit) => ['hit', hit.block.index, hit.start, hit.end, hit.text]),
    ];
    placed(first);
    const paragraphs = first.blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 2);
    const target = paragraphs[Math.floor(paragraphs.length / 2)];
    const at = sourceOffset(target, 1);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const second = parseLetter(edited, first);
    assert.ok(second.blocks.slice(0, target.index).every((block, i) => block === first.blocks[i]), 'the blocks before the edit are the same objects');
    assert.notEqual(second.blocks[target.index], first.blocks[target.index]);
    const sharedReference = first.references().find((r) => r.block.index < target.index);
    assert.ok(sharedReference && second.references().includes(sharedReference), 'a reference before the edit is carried as it is');
    assert.deepEqual(placed(second), placed(parseLetter(edited)));
    // Blank lines or a comment between paragraphs move the blocks after them without changing a text: those are placed anew.
    for (const inserted of ['\n\n', '<!-- note -->\n\n']) {
      const moved = text.slice(0, target.start) + inserted + text.slice(target.start);
      const third = parseLetter(moved, first);
      assert.equal(third.blocks[target.index].start, target.start + inserted.length);
      assert.deepEqual(shape(third), shape(parseLetter(moved)));
      assert.deepEqual(placed(third), placed(parseLetter(moved)));
    }
  });

  it('reads a title before the edit again when a block comes to follow it or no longer does (a title opens something)', () => {
    // Only a rule and a code block follow the title, so it ends the letter's prose and stays a paragraph;
    // the edit lies beyond them, so its chunk is not parsed again.
    const paragraphs = Array.from({ length: 6 }, (_, i) => `Afsnit ${i} om hjælpen, som kommunen har vurderet.`).join('\n\n');
    const text = `${paragraphs}\n\nKLAGEVEJLEDNING\n\n---\n\n\`\`\`\nkode\n\`\`\`\n`;
    const first = parseLetter(text);
    assert.equal(first.blocks[first.blocks.length - 1].kind, 'paragraph');
    const edited = `${text}\nDu kan klage inden fire uger.\n`;
    const second = parseLetter(edited, first);
    assert.equal(second.blocks.find((block) => block.text === 'KLAGEVEJLEDNING')?.kind, 'heading');
    assert.deepEqual(shape(second), shape(parseLetter(edited)));
    // And without the block after it, it is prose again.
    const third = parseLetter(text, second);
    assert.equal(third.blocks[third.blocks.length - 1].kind, 'paragraph');
    assert.deepEqual(shape(third), shape(first));
  });

  it('keeps the sections open before the edit open after it, nested as they were', () => {
    // The edit lies in a subsection: the subsection after it belongs to the appeal guidance too.
    const paragraphs = (n: number, what: string) => Array.from({ length: n }, (_, i) => `${what} ${i}, som kommunen har vurderet.`).join('\n\n');
    const text = `# Afgørelse\n\n${paragraphs(4, 'Afsnit')}\n\n## Klagevejledning\n\n### Sådan klager du\n\n${paragraphs(4, 'Vejledning')}\n\n### Frist\n\n${paragraphs(2, 'Frist')}\n`;
    const first = parseLetter(text);
    const at = text.indexOf('Vejledning 3') + 3;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const second = parseLetter(edited, first);
    const deadline = second.blocks.find((block) => block.text.startsWith('Frist 1'))!;
    assert.ok(second.inRole(deadline, 'klagevejledning'));
    assert.deepEqual(shape(second), shape(parseLetter(edited)));
  });

  it('carries the decision references after an edit only when the edit changed no heading', () => {
    // The paragraph becomes the appeal guidance's title: the reference after it is no longer one the decision rests on.
    const text = '# Afgørelse\n\nDu får ikke hjælp efter servicelovens § 83.\n\nVi har lagt vægt på din situation.\n\nSe også servicelovens § 112.\n\nMed venlig hilsen\n';
    const first = parseLetter(text);
    decisionReferences(first);
    const edited = text.replace('Vi har lagt vægt på din situation.', '## Klagevejledning');
    const basis = (letter: LetterModel) => decisionReferences(letter).map((r) => `${r.law} ${r.paragraphs.join(',')}`);
    assert.deepEqual(basis(parseLetter(edited, first)), basis(parseLetter(edited)));
    assert.deepEqual(basis(parseLetter(edited)), ['SEL 83']);
  });

  it('keeps the sections of the blocks before an edit that leaves no block after them', () => {
    // The edit turns the end of the letter into code (no prose): the blocks before it are read again, with their sections.
    const text = '# Afgørelse\n\nTekst.\n\n---\n\nVi har lagt vægt på det.\n\nMed venlig hilsen\n';
    const edited = text.replace('\nVi har lagt vægt på det.\n\nMed venlig hilsen\n', '    kode\n');
    const second = parseLetter(edited, parseLetter(text));
    assert.deepEqual(shape(second), shape(parseLetter(edited)));
    assert.ok(second.inRole(second.blocks[1], 'afgoerelse'));
  });

  it('keeps a byte order mark pasted at the start of a paragraph as text, as a whole parse does', () => {
    // Edited in the paragraph after it: the part parsed again starts at the mark, which remark drops at the start of what it parses.
    const text = '# Afgørelse\n\nTekst.\n\n\uFEFFVi har lagt vægt på det.\n\nSidste afsnit.\n\nMed venlig hilsen\n';
    const second = parseLetter(text, parseLetter(text.replace('Sidste', 'Sidst')));
    assert.deepEqual(shape(second), shape(parseLetter(text)));
    assert.equal(second.blocks[2].text, '\uFEFFVi har lagt vægt på det.');
  });

  it('reads a paragraph indented by a tab or four spaces (a Word first-line indent) as prose, not code, also after an edit', () => {
    const text = '# Afgørelse\n\nTekst.\n\n\tDu får afslag efter servicelovens § 112.\n\n*\n\n    Vi har lagt vægt på det.\n\nMere.\n\nMed venlig hilsen\n';
    const edited = text.replace('lagt vægt', 'lagt stor vægt');
    const second = parseLetter(edited, parseLetter(text));
    assert.deepEqual(shape(second), shape(parseLetter(edited)));
    assert.deepEqual(second.blocks.filter((block) => /afslag|vægt/.test(block.text)).map((block) => [block.kind, block.text]), [
      ['paragraph', 'Du får afslag efter servicelovens § 112.'],
      ['paragraph', 'Vi har lagt stor vægt på det.'],
    ]);
  });

  it('reads the letter after a separator of tildes or backticks that never closes as prose; a closed fence stays code', () => {
    const letter = (separator: string) => `Digital Post fra Østby Kommune\n\n${separator}\n\n# Afgørelse\n\nDu får afslag efter servicelovens § 112.\n\n## Klagevejledning\n\nDu kan klage.\n`;
    const prose = (text: string) => parseLetter(text).blocks.filter((block) => /afslag|klage/i.test(block.text)).map((block) => [block.kind, block.role, block.text]);
    const read = [['paragraph', 'afgoerelse', 'Du får afslag efter servicelovens § 112.'], ['heading', 'klagevejledning', 'Klagevejledning'], ['paragraph', 'klagevejledning', 'Du kan klage.']];
    for (const separator of ['~'.repeat(60), '```', '````', '  ~~~ slut på forsiden']) {
      for (const text of [letter(separator), letter(separator).replace(/\n/g, '\r\n'), letter(separator).replace(/\n/g, '\r')]) assert.deepEqual(prose(text), read, JSON.stringify(text));
    }
    // Closed further down, by a fence at least as long, the block is code, as everywhere in Markdown; a shorter one does not close it.
    assert.deepEqual(prose(`${letter('~~~~')}\n~~~~\n`), []);
    assert.deepEqual(prose(`${letter('~~~~')}\n~~~\n`), read);
    // Fence lines inside a closed block neither close it early nor pair with a separator after it.
    assert.deepEqual(prose(`~~~~\n~~~\n\`\`\`\n~~~~\n\n${letter('```')}`), read);
    // An edit that closes or opens the fence far from it reads as a whole parse does.
    const open = letter('~~~');
    const closed = `${open}\n~~~\n`;
    assert.deepEqual(shape(parseLetter(closed, parseLetter(open))), shape(parseLetter(closed)));
    assert.deepEqual(shape(parseLetter(open, parseLetter(closed))), shape(parseLetter(open)));
  });

  it('gives the same findings as a fresh check while a sentence is typed', () => {
    const text = LETTERS.find((t) => t.includes('## Begrundelse'))!;
    let at = text.indexOf('\n', text.indexOf('## Begrundelse') + 3) + 1;
    let current = text;
    let previous = checkDocument(current, { force: true }).letter;
    for (const ch of '\n\nVi har lagt vægt på, at du kan gøre rent selv.') {
      current = current.slice(0, at) + ch + current.slice(at);
      at++;
      const incremental = checkDocument(current, { force: true, previous });
      assert.deepEqual(incremental.findings, checkDocument(current, { force: true }).findings);
      previous = incremental.letter;
    }
  });
});

/** The blocks and comments of top-level chunks, in document order, as plain data. */
function chunkShape(chunks: readonly Chunk[]): unknown {
  return {
    blocks: chunks.flatMap((chunk) => chunk.blocks.map(({ kind, depth, text, runs, start, end }) => ({ kind, depth, text, runs: [...runs], start: start + chunk.shift, end: end + chunk.shift }))),
    comments: chunks.flatMap((chunk) => chunk.comments.map((comment) => ({ ...comment, start: comment.start + chunk.shift, end: comment.end + chunk.shift }))),
  };
}

/** Blocks that can run past a blank line (fences, HTML blocks and comments), or end one, in the three line endings. */
const RUNS_ON = fc.constantFrom('    kode\n\n*\n', '```\n', '~~~~\n', '\n\n```\nkode\n\nmere kode\n', '<!--\n\n', '-->\n', '<!-- afgørelsestjek-disable -->\n', '<pre>\n\n', '</pre>\n', '<?\n\n?>\n', '<![CDATA[\n\n]]>\n', '<!X\n\n>\n', '<div>\n\n</div>\n', '- punkt\n\n- punkt\n\n  fortsat\n', '> citat\n\n> citat\n', '    indrykket\n\n    kode\n', '\r\n\r\n', '\r\rTekst\r', '\n \t\nTekst\n', 'Afsnit\n===\n\n', '[a]: /x\n');

/** The reference: the body parsed by remark in one piece, without the stretch cache. */
const onePiece = (text: string): Chunk[] => wholeChunks(text, text, Infinity, null);

describe('parsing a long body in windows (wholeChunks)', function () {
  this.timeout(RUNS * 1000);
  it('reads a CR before an LF as one line ending, not a blank line to cut at', () => {
    // A lone CR ends the line before, and the CRLF after "Tekst" continues its paragraph.
    const text = 'Første afsnit.\n\r\rTekst\r\n<<?\n\nAndet afsnit.\n';
    assert.deepEqual(chunkShape(wholeChunks(text, text, 1, null)), chunkShape(onePiece(text)));
  });

  it('gives exactly the blocks and comments of a parse in one piece, wherever the windows end', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS), fc.array(fc.record({ at: fc.nat(), insert: RUNS_ON }), { maxLength: 12 }), fc.integer({ min: 1, max: 2000 }), (start, inserts, window) => {
        let text = start;
        for (const { at, insert } of inserts) text = applyEdit(text, { at, remove: 0, insert });
        assert.deepEqual(chunkShape(wholeChunks(text, text, window, null)), chunkShape(onePiece(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it('parses a long letter again around an edit, from its windows, to the blocks of a fresh parse', () => {
    const long = Array.from({ length: 6 }, (_, i) => generateLetter(randomSource(100 + i), 8)).join('\n\n');
    assert.ok(long.length > 2 * PARSE_WINDOW);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => reparsesLikeFresh(long, edits)),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });

  it('takes stretches that letters repeat from the stretch cache, with exactly the blocks of a parse in one piece', () => {
    // Letters made of shared stretches (boilerplate) and structure that runs past blank lines, parsed one after the
    // other with one cache: a stretch is kept when seen twice and taken from the cache after that.
    const shared = fc.constantFrom('Med venlig hilsen\n\nSagsbehandler\n', '## Klagevejledning\n\nDu kan klage over afgørelsen.\n', '- punkt\n\n- punkt\n', '> citat\n', '<!-- note -->\n', '```\nkode\n', '<div>\n', 'Afsnit\r\n===\r\n', 'Tekst **fed**\rmere\r');
    const letter = fc.array(fc.oneof(shared, RUNS_ON, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 14 }).map((parts) => parts.join('\n\n'));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 2, maxLength: 6 }), fc.integer({ min: 1, max: 200 }), (letters, window) => {
        const cache = new StretchCache();
        for (const text of [...letters, ...letters, ...letters]) {
          assert.deepEqual(chunkShape(wholeChunks(text, text, window, cache)), chunkShape(onePiece(text)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a stretch seen twice and gives it back at the next letter, moved to its place', () => {
    const cache = new StretchCache();
    const boilerplate = '## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen.\n\n';
    const letters = ['# Afgørelse\n\nFørste brev.\n\n', '# Afgørelse\n\nAndet brev, lidt længere.\n\n', '# Afgørelse\n\nTredje.\n\n'].map((head) => head + boilerplate + 'Med venlig hilsen\n');
    for (const text of letters.slice(0, 2)) wholeChunks(text, text, PARSE_WINDOW, cache);
    assert.ok(cache.get('Du kan klage over afgørelsen til Ankestyrelsen.\n\n'), 'seen twice, kept');
    assert.equal(cache.get('Tredje.\n\n'), undefined);
    assert.deepEqual(chunkShape(wholeChunks(letters[2], letters[2], PARSE_WINDOW, cache)), chunkShape(onePiece(letters[2])));
  });

  it('gives a repeated stretch after indented text and after a paragraph the same reading, through the cache or not', () => {
    // Indented code once made micromark read a following `*` or `2) x` as a paragraph; indented text is prose now, so the
    // stretch reads alike after either, and the cache may serve it in both places.
    const afterIndent = '    tekst\n\n*\n\nTekst.\n\n\ttekst\n\n2) punkt\n';
    const afterParagraph = 'Tekst.\n\n*\n\nTekst.\n\nTekst.\n\n2) punkt\n';
    for (const order of [[afterIndent, afterParagraph], [afterParagraph, afterIndent]]) {
      const cache = new StretchCache();
      for (const text of [...order, ...order, ...order, ...order]) {
        assert.deepEqual(chunkShape(wholeChunks(text, text, 1, cache)), chunkShape(onePiece(text)), JSON.stringify(text));
        assert.deepEqual(chunkShape(wholeChunks(text, text, PARSE_WINDOW, cache)), chunkShape(onePiece(text)), JSON.stringify(text));
      }
    }
    const starAsText = (text: string): boolean => onePiece(text).some((chunk) => chunk.blocks.some((block) => block.text === '*'));
    assert.ok(!starAsText(afterIndent) && !starAsText(afterParagraph), 'one reading');
  });

  it('tells apart kept stretches that share their sampled characters, and lets the oldest go when full', () => {
    const cache = new StretchCache();
    const chunks = (text: string): Chunk[] => [{ type: 'paragraph', start: 0, end: text.length, blocks: [], comments: [], shift: 0 }];
    // 32 characters: every other one is sampled, so these differ only where no lookup reads.
    const one = 'a'.repeat(31) + 'b';
    const other = 'a'.repeat(31) + 'c';
    cache.put(one, chunks(one));
    assert.equal(cache.get(other), undefined);
    cache.put(other, chunks(other));
    assert.equal(cache.get(one)?.[0].end, one.length);
    assert.equal(cache.get(other)?.[0].end, other.length);
    // About 120 KB each: the ninth passes the cache's megabyte, and the first stretches make room.
    const large = Array.from({ length: 9 }, (_, i) => String(i).repeat(120_000));
    for (const text of large) cache.put(text, chunks(text));
    assert.equal(cache.get(one), undefined);
    assert.equal(cache.get(large[0]), undefined);
    assert.ok(cache.get(large[8]));
  });

  it('parses a body longer than a window in more than one piece, and a shorter one in one', () => {
    // A loose list split across windows is several lists; parsed in one piece, it is one.
    const looseList = (items: number): string => Array.from({ length: items }, (_, i) => `- punkt ${i}\n`).join('\n');
    const lists = (text: string, window?: number): number => wholeChunks(text, text, window, null).filter((chunk) => chunk.type === 'list').length;
    const long = looseList(14_000);
    assert.ok(long.length > 3 * PARSE_WINDOW);
    assert.ok(lists(long) >= 3, 'in windows');
    assert.equal(lists(long, Infinity), 1);
    assert.equal(lists(looseList(100)), 1, 'a short body in one piece');
    assert.deepEqual(chunkShape(wholeChunks(long, long)), chunkShape(onePiece(long)));
  });
});

describe('block text mapped back to the source (runs)', () => {
  it('every character of every fixture and example maps to itself in the source, in order, ending at the block end', () => {
    let checked = 0;
    for (const { name, text: source } of [...markdownFiles(FIXTURE_DIR), ...markdownFiles(EXAMPLES_DIR)]) {
      for (const block of parseLetter(source).blocks) {
        let previous = block.start;
        for (let i = 0; i < block.text.length; i++) {
          const at = sourceOffset(block, i);
          assert.ok(at >= previous && at <= block.end, `${name}: offset ${at} of »${block.text.slice(0, 30)}« out of order`);
          previous = at;
          // Inline code stands at its backtick, a hard line break at its own place.
          const same = source[at] === block.text[i] || source[at] === '`' || block.text[i] === '\n';
          assert.ok(same, `${name}: »${block.text[i]}« at ${i} of »${block.text.slice(0, 30)}« maps to »${source[at]}«`);
          checked++;
        }
        assert.equal(sourceOffset(block, block.text.length), block.end);
      }
    }
    assert.ok(checked > 10000, `checked ${checked} characters`);
  });

  it('a byte order mark at the start is dropped, as remark does; a second one is text; every block keeps its place', () => {
    const places = (text: string) => parseLetter(text).blocks.map((block) => [block.text, block.start, block.end]);
    assert.deepEqual(places('\uFEFF# Afgørelse\n\nTekst her.\n'), [['Afgørelse', 1, 12], ['Tekst her.', 14, 24]]);
    assert.deepEqual(places('\uFEFF\uFEFF# Afgørelse\n\nTekst her.\n'), [['\uFEFF# Afgørelse', 1, 13], ['Tekst her.', 15, 25]]);
  });

  it('emphasis, a character reference, inline code and a hard break', () => {
    const source = 'Vi *giver* dig &amp; `kode` nu.  \nSlut';
    const [block] = parseLetter(source).blocks;
    assert.equal(block.text, 'Vi giver dig & kode nu.\nSlut');
    const at = (fragment: string): number => sourceOffset(block, block.text.indexOf(fragment));
    assert.equal(at('giver'), source.indexOf('giver'));
    assert.equal(at('dig'), source.indexOf('dig'));
    assert.equal(at('&'), source.indexOf('&amp;'));
    assert.equal(at('kode'), source.indexOf('`kode`'));
    assert.equal(at(' nu'), source.indexOf(' nu'));
    assert.equal(at('Slut'), source.indexOf('Slut'));
  });

  it('a Pandoc span (»[Kolding Kommune]{.smallcaps}«) as its text, each character at its place; brackets without attributes stay', () => {
    const source = '**[Afgørelse om rengøring]{.underline}**\n\n[Kolding Kommune]{.smallcaps}, [Visitationen]{#v} og [et ord] her.\n';
    const [title, body] = parseLetter(source).blocks;
    assert.equal(title.text, 'Afgørelse om rengøring');
    assert.equal(body.text, 'Kolding Kommune, Visitationen og [et ord] her.');
    for (const fragment of ['Kolding', 'Kommune', 'Visitationen', ' og [et', 'her.']) {
      assert.equal(sourceOffset(body, body.text.indexOf(fragment)), source.indexOf(fragment), fragment);
    }
    assert.equal(sourceOffset(body, body.text.indexOf(', ')), source.indexOf(']{.smallcaps}') + ']{.smallcaps}'.length);
    assert.equal(sourceOffset(title, 0), source.indexOf('Afgørelse'));
  });
});
