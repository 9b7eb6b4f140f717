import * as assert from 'node:assert/strict';
import { LspSession } from './helpers/lsp';
import { VARIANTS, checkQuickFixSafety, safetyLetters } from './helpers/quickfixSafety';

/**
 * Issue #14: the quick-fix safety property through the real server, on a
 * bounded sample here (every letter in every variant: npm run fuzz). The
 * sample walks the letters with a stride and turns through the variants, so
 * each variant meets different letters. QUICKFIX_CASES raises the count.
 */
const CASES = Number(process.env.QUICKFIX_CASES ?? 25);

describe('quick-fix safety through the language server (issue #14)', function () {
  this.timeout(120_000);
  let session: LspSession;
  before(async () => {
    session = new LspSession();
    await session.initialize();
  });
  after(() => session?.dispose());

  const letters = safetyLetters();
  const variants = Object.entries(VARIANTS);
  it(`${CASES} letters × line-end variants: no text lost outside a finding's lines, line ends kept, Fix All twice = once`, async () => {
    let actions = 0;
    for (let i = 0; i < CASES; i++) {
      const { name, text } = letters[(i * 37) % letters.length];
      const [variant, make] = variants[i % variants.length];
      actions += (await checkQuickFixSafety(session, `${name} (${variant})`, make(text))).actions;
    }
    assert.ok(actions > CASES, `only ${actions} actions tried`);
  });
});
