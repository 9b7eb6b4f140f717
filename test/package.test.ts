import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';

describe('the .vsix package', () => {
  it('contains only the bundles, snippets, grammar, rule docs, manifest, README and licence', () => {
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const allowed = /^(dist\/(client|server|serverMain|cli)\.js|dist\/browser\/(client|server)\.js|snippets\/[^/]+\.code-snippets|syntaxes\/[^/]+\.tmLanguage\.json|docs\/(rules|walkthrough)\/[a-z-]+\.md|docs\/images\/[^/]+\.png|package(\.nls)?\.json|README\.md|LICENSE|schemas\/[^/]+\.schema\.json)$/;
    for (const file of files) assert.match(file, allowed, `${file} should not be packaged`);
    for (const needed of ['dist/client.js', 'dist/server.js', 'dist/serverMain.js', 'dist/browser/client.js', 'dist/browser/server.js', 'package.nls.json', 'snippets/afgoerelse.code-snippets', 'syntaxes/afgoerelse.injection.tmLanguage.json', 'package.json']) {
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
    }
  });

  it('every command the menus, keybindings and walkthrough name is contributed, and the walkthrough\'s pages exist', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const contributes = manifest.contributes;
    const commands = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const named: string[] = [
      ...Object.values(contributes.menus as Record<string, Array<{ command?: string }>>).flat().flatMap((item) => (item.command ? [item.command] : [])),
      ...contributes.keybindings.map((k: { command: string }) => k.command),
    ];
    for (const walkthrough of contributes.walkthroughs) {
      for (const step of walkthrough.steps) {
        assert.ok(existsSync(join(ROOT, step.media.markdown)), step.media.markdown);
        for (const event of step.completionEvents) if (event.startsWith('onCommand:afgoerelsestjek.')) named.push(event.slice('onCommand:'.length));
      }
    }
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    for (const [key, value] of Object.entries(nls)) {
      for (const link of String(value).matchAll(/\(command:(afgoerelsestjek\.[\w.]+)/g)) named.push(link[1]);
      assert.ok(JSON.stringify(manifest).includes(`"%${key}%"`), `${key} is not used in package.json`);
    }
    for (const command of named) assert.ok(commands.has(command), `${command} is named but not contributed`);
  });

  it('the manifest points at the bundles the build writes', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.main, './dist/client.js');
    assert.equal(manifest.browser, './dist/browser/client.js');
    assert.equal(manifest.bin.afgoerelsestjek, 'dist/cli.js');
  });
});
