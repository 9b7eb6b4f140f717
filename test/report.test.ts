import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';
import { runCli } from './helpers/cli';
import { buildReport, renderHtml, summariseLetter } from '../server/src/report';
import { RULES, checkDocument } from '../server/src/core';

/**
 * test/report-letters/ holds five letters and one note, counted by hand:
 *   01 SEL § 112, no defect                         02 SEL § 83: kvalitetsstandard, hovedhensyn (warnings)
 *   03 SEL § 83: no appeal guidance (1 error)       04 no provision: hjemmel (1 error)
 *   05 BL § 86: two placeholders (2 errors)         noter.md: not a letter
 */
const FOLDER = join(ROOT, 'test', 'report-letters');

describe('afgoerelsestjek report', () => {
  it('counts the hand-counted folder: share per defect, per provision, worst letters first', () => {
    const { code, out } = runCli(['report', FOLDER]);
    assert.equal(code, 0);
    assert.match(out, /5 afgørelser tjekket\. Afgørelser med mindst ét fund: 4 \(80 %\)/);
    // Five defects in one letter each (20 %); no letter has any other rule's defect.
    const counted: Record<string, number> = { hjemmel: 1, hovedhensyn: 1, klagevejledning: 1, kvalitetsstandard: 1, pladsholder: 1 };
    for (const rule of RULES) {
      const expected = counted[rule.id] ?? 0;
      assert.match(out, new RegExp(`\\| \`${rule.id}\` \\| [^|]+ \\| ${expected} \\| ${expected * 20} % \\|`), rule.id);
    }
    // The table per provision, read by its header: letters citing the provision, and those with each defect.
    const lines = out.split('\n');
    const header = lines.find((line) => line.startsWith('| Bestemmelse |'))!.split(' | ').map((cell) => cell.replace(/[|`\s]/g, ''));
    const cells = (provision: string): Record<string, string> => {
      const row = lines.find((line) => line.startsWith(`| ${provision} |`));
      assert.ok(row, `no row for ${provision}`);
      return Object.fromEntries(row.split(' | ').map((cell, i) => [header[i], cell.replace(/^\| |\s*\|$/g, '')]));
    };
    const expectRow = (provision: string, letters: number, defects: Record<string, string>): void => {
      const row = cells(provision);
      assert.equal(row.Afgørelser, String(letters), provision);
      // Only rules found in some letter get a column.
      for (const rule of RULES) {
        if (rule.id in row) assert.equal(row[rule.id], defects[rule.id] ?? '0 (0 %)', `${provision}, ${rule.id}`);
        else assert.equal(counted[rule.id], undefined, `${rule.id} has a column`);
      }
    };
    expectRow('SEL § 83', 2, { hovedhensyn: '1 (50 %)', klagevejledning: '1 (50 %)', kvalitetsstandard: '1 (50 %)' });
    expectRow('SEL § 112', 1, {});
    expectRow('BL § 86', 1, { pladsholder: '1 (100 %)' });
    expectRow('Ingen bestemmelse nævnt', 1, { hjemmel: '1 (100 %)' });
    assert.equal(lines.filter((line) => /^\| (SEL|BL|Ingen)/.test(line)).length, 4, 'no other provisions');
    const worst = out.split('## Afgørelser, de dårligste først')[1].split('\n').filter((l) => /^\| 0\d-/.test(l)).map((l) => l.split(' | ').slice(0, 3).join(' | '));
    assert.deepEqual(worst, [
      '| 05-merudgifter-bl-86-pladsholder.md | 2 | 0',
      '| 03-afslag-madservice-sel-83.md | 1 | 0',
      '| 04-afslag-trappelift-uden-hjemmel.md | 1 | 0',
      '| 02-nedsaettelse-rengoering-sel-83.md | 0 | 2',
      '| 01-afslag-koerestol-sel-112.md | 0 | 0',
    ]);
    assert.ok(!out.includes('noter.md'));
  });

  it('gives each letter its LIX', () => {
    const { out } = runCli(['report', FOLDER]);
    const lixOf = (name: string) => Number(out.split('\n').find((l) => l.startsWith(`| ${name}`))!.split('|').at(-2)!.trim());
    for (const name of ['01-afslag-koerestol-sel-112.md', '03-afslag-madservice-sel-83.md']) {
      const lix = lixOf(name);
      assert.ok(lix >= 20 && lix <= 60, `${name}: ${lix}`);
    }
  });

  it('writes a self-contained HTML file and a Markdown file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afgtjek-report-'));
    try {
      const html = join(dir, 'rapport.html');
      const md = join(dir, 'rapport.md');
      const { code, out, err } = runCli(['report', FOLDER, '--html', html, '--md', md]);
      assert.equal(code, 0);
      assert.equal(out, '');
      assert.match(err, /Rapport over 5 afgørelser/);
      const page = readFileSync(html, 'utf8');
      assert.match(page, /^<!doctype html>/);
      assert.doesNotMatch(page, /<(script|link|img|svg)\b|src=/i, 'nothing is loaded from outside the file');
      // Bars and tables name the rules by their Danish titles.
      for (const rule of RULES) assert.ok(page.includes(`${rule.title} <small>${rule.id}</small>`), rule.id);
      // Each letter is a link that leads to the letter from the report's folder, with its findings listed under it.
      const links = [...page.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)];
      assert.deepEqual(links.map((m) => m[2]).sort(), readdirSync(FOLDER).filter((n) => n !== 'noter.md').sort());
      for (const [, href] of links) assert.ok(existsSync(join(dir, decodeURIComponent(href))), href);
      const missingAppeal = page.split('03-afslag-madservice-sel-83.md</a>')[1].split('</tr>')[0];
      assert.match(missingAppeal, /<li><span class="sev error">fejl<\/span> linje \d+: Afgørelsen mangler klagevejledning/);
      assert.match(readFileSync(md, 'utf8'), /\| SEL § 83 \| 2 \|/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('escapes file names in HTML', () => {
    const text = readFileSync(join(FOLDER, '04-afslag-trappelift-uden-hjemmel.md'), 'utf8');
    const { letter, findings } = checkDocument(text);
    const page = renderHtml(buildReport([summariseLetter('<b>brev</b>.md', letter, findings)]), '2025-01-01');
    assert.ok(page.includes('&#60;b&#62;brev&#60;/b&#62;.md'));
    assert.ok(!page.includes('<b>brev'));
  });
});
