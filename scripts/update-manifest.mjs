// Writes the rule-derived parts of package.json (scripts/manifest.ts) from the rules' metadata.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundled = await build({
  stdin: { contents: "export { rulesSetting } from './scripts/manifest'; export { RULES } from './server/src/core/rules';", resolveDir: '.', loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning', loader: { '.code-snippets': 'json' },
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { rulesSetting, RULES } = module.exports;
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties['afgoerelsestjek.rules'] = rulesSetting(RULES);
writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
