import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../server/src/core';
import { matchesAnyGlob } from '../server/src/core/glob';

const matches = (glob: string, path: string): boolean => matchesAnyGlob(path, [glob]);

/**
 * The regular expression the matcher replaced, for globs whose `**` stands
 * between segments and whose braces hold no `/` (and with `**` inside a name
 * read as `*`, which the old one let cross folders): the matcher must agree with it there.
 */
function referenceRegExp(glob: string): RegExp {
  const segment = (text: string): string =>
    text.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\{([^{}]*)\}/g, (_, body: string) => `(?:${body.split(',').join('|')})`);
  const parts = glob.split('/');
  const source = parts.map((part, i) => (part === '**' ? '(?:[^/]*/)*' : segment(part) + (i < parts.length - 1 ? '/' : ''))).join('');
  return new RegExp(`(?:^|/)${source}$`, 'iu');
}

describe('letterGlobs matching (core/glob.ts)', () => {
  it('the default globs: letter folders at any depth and *.afg.md, case-insensitive, Windows separators', () => {
    const globs = DEFAULT_CONFIG.letterGlobs;
    assert.ok(matchesAnyGlob('/home/sb/sager/afgoerelser/2024/brev.md', globs));
    assert.ok(matchesAnyGlob('/srv/AFGØRELSER/brev.MD', globs));
    assert.ok(matchesAnyGlob('/srv/sager/brev.afg.md', globs));
    assert.ok(matchesAnyGlob('C:\\Sager\\afgoerelser\\brev.md', globs));
    assert.ok(matchesAnyGlob('afgoerelser/brev.md', globs));
    assert.ok(!matchesAnyGlob('/srv/afgoerelser.md', globs));
    assert.ok(!matchesAnyGlob('/srv/afgoerelserne/brev.md', globs));
    assert.ok(!matchesAnyGlob('/srv/afgoerelser/brev.txt', globs));
    assert.ok(!matchesAnyGlob('/srv/sager/brevafg.md', globs));
  });

  it('`*` and `?` stay within a segment; `?` is one character, also outside the BMP', () => {
    assert.ok(matches('sager/*.md', '/srv/sager/brev.md'));
    assert.ok(!matches('sager/*.md', '/srv/sager/2024/brev.md'));
    assert.ok(matches('brev?.md', '/srv/brev1.md'));
    assert.ok(matches('brev?.md', '/srv/brevø.md'));
    assert.ok(matches('brev?.md', '/srv/brev😀.md'));
    assert.ok(!matches('brev?.md', '/srv/brev.md'));
    assert.ok(!matches('brev?.md', '/srv/brev12.md'));
    assert.ok(!matches('brev?.md', '/srv/brev/.md'));
  });

  it('a glob matches at a segment boundary, never inside a name', () => {
    assert.ok(matches('brev.md', '/srv/brev.md'));
    assert.ok(!matches('brev.md', '/srv/mitbrev.md'));
    assert.ok(matches('/srv/*.md', '/srv/brev.md'));
    assert.ok(!matches('/srv/*.md', '/x/srv/brev.md/y'));
  });

  it('`**` matches zero or more folders, also several in a row', () => {
    assert.ok(matches('afgoerelser/**/*.md', '/a/afgoerelser/brev.md'));
    assert.ok(matches('afgoerelser/**/*.md', '/a/afgoerelser/2024/05/brev.md'));
    assert.ok(matches('**/**/afgoerelser/**/**/*.md', '/a/afgoerelser/2024/brev.md'));
    assert.ok(!matches('afgoerelser/**/*.md', '/a/sager/brev.md'));
    assert.ok(matches('afgoerelser/**', '/a/afgoerelser/2024/brev.md'));
  });

  it('character classes: ranges, negation, a leading ] as member; an unclosed [ is literal', () => {
    assert.ok(matches('brev[0-9].md', '/a/brev7.md'));
    assert.ok(!matches('brev[0-9].md', '/a/brevx.md'));
    assert.ok(matches('[a-z]*.md', '/a/Brev.md'));
    assert.ok(matches('[!_]*.md', '/a/brev.md'));
    assert.ok(!matches('[!_]*.md', '/a/_kladde.md'));
    assert.ok(!matches('[^_]*.md', '/a/_kladde.md'));
    assert.ok(matches('[]]x', '/a/]x'));
    assert.ok(matches('[abc', '/a/[abc'));
    assert.ok(!matches('[abc', '/a/a'));
  });

  it('braces: alternatives, nested, holding a /; unclosed or too many alternatives match nothing', () => {
    assert.ok(matches('**/{afgoerelser,sager}/*.md', '/a/sager/brev.md'));
    assert.ok(matches('brev.{md,markdown}', '/a/brev.markdown'));
    assert.ok(!matches('brev.{md,markdown}', '/a/brev.txt'));
    assert.ok(matches('{a,{b,c}}.md', '/x/c.md'));
    assert.ok(matches('{x/y,z}/*.md', '/r/x/y/brev.md'));
    assert.ok(matches('{x/y,z}/*.md', '/r/z/brev.md'));
    assert.ok(!matches('{x/y,z}/*.md', '/r/y/brev.md'));
    assert.ok(!matches('{a,b.md', '/x/a'));
    assert.ok(!matches('{a,b.md', '/x/{a,b.md'));
    assert.ok(!matches('{a,b}'.repeat(9), `/x/${'a'.repeat(9)}`));
    assert.ok(matches('{a,b}'.repeat(8), `/x/${'ab'.repeat(4)}`));
    assert.ok(matches('a}b,c', '/x/a}b,c'));
  });

  it('a backslash in the glob escapes the next character', () => {
    assert.ok(matches('\\*.md', '/a/*.md'));
    assert.ok(!matches('\\*.md', '/a/brev.md'));
    assert.ok(matches('\\{a,b\\}.md', '/a/{a,b}.md'));
  });

  it('agrees with the regular expression it replaced on random globs and paths', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'A', 'b', '.', 'ø', 'Ø'), maxLength: 5 });
    const globName = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'B', '.', '*', '?', 'ø'), maxLength: 5 }),
      fc.tuple(fc.string({ unit: fc.constantFrom('a', '*'), maxLength: 2 }), fc.array(name.filter((option) => option !== ''), { minLength: 1, maxLength: 3 })).map(([before, options]) => `${before}{${options.join(',')}}`),
    );
    // A trailing `**` matched `x/` and not `x` before; now it matches zero or more segments, so it is left out here.
    const glob = fc.tuple(fc.array(fc.oneof(globName, fc.constant('**')), { maxLength: 4 }), globName.filter((last) => last !== '**')).map(([folders, last]) => [...folders, last].join('/'));
    const path = fc.array(name, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
    fc.assert(fc.property(glob, path, (g, p) => {
      assert.equal(matches(g, p), referenceRegExp(g).test(p), `${g} on ${p}`);
    }), { numRuns: 3000 });
  });
});
