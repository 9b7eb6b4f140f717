/**
 * The HTML report in headless Chromium: it fits a laptop screen (no sideways scrolling, no
 * cell wider than the page) and its letter links lead to the letters. Screenshots go to
 * test-results/e2e-report/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../lib/code-server';
import { REPO } from '../letters';

const SHOTS = join(REPO, 'test-results', 'e2e-report');
/** Common laptop screens, CSS pixels. */
const SCREENS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

describe('the HTML report in Chromium', function () {
  this.timeout(60_000);
  let scratch: string;
  let context: BrowserContext | undefined;
  let page: Page;
  let html: string;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    scratch = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-report-'));
    html = join(scratch, 'rapport.html');
    // The report over the letters in the repository, written elsewhere: the links must still reach them.
    const cli = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'report', join(REPO, 'test', 'report-letters'), '--html', html], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    context = await launchChromium(join(scratch, 'chromium'));
    page = context.pages()[0] ?? (await context.newPage());
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  for (const screen of SCREENS) {
    it(`fits a ${screen.width}×${screen.height} screen: nothing scrolls sideways`, async () => {
      await page.setViewportSize(screen);
      await page.goto(pathToFileURL(html).toString());
      await page.locator('h1', { hasText: 'Afgørelsestjek: rapport' }).waitFor();
      const widths = {
        page: await page.locator('html').evaluate((root) => root.scrollWidth),
        viewport: await page.locator('html').evaluate((root) => root.clientWidth),
        widest: Math.max(...(await page.locator('table, td, th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right)))),
      };
      assert.ok(widths.page <= widths.viewport, `the page is ${widths.page} px wide in a ${widths.viewport} px window`);
      assert.ok(widths.widest <= widths.viewport, `a table reaches ${widths.widest} px in a ${widths.viewport} px window`);
      await page.screenshot({ path: join(SHOTS, `report-${screen.width}x${screen.height}.png`), fullPage: true });
    });
  }

  it('names the defects by their Danish titles and links each letter, with its findings under it', async () => {
    await page.goto(pathToFileURL(html).toString());
    await page.locator('table.bars', { hasText: 'Henvisning til retsreglerne mangler' }).waitFor();
    const row = page.locator('tr', { has: page.locator('a', { hasText: '03-afslag-madservice-sel-83.md' }) });
    assert.match(await row.innerText(), /fejl\s+linje \d+: Afgørelsen mangler klagevejledning/);
    await row.locator('a').click();
    await page.waitForURL(/03-afslag-madservice-sel-83\.md$/);
    assert.match(await page.locator('body').innerText(), /Afgørelse/);
  });
});
