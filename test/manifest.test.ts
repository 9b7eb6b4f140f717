import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';
import { RULES } from '../server/src/core';
import { OFFERED_SEVERITIES, rulesSetting } from '../scripts/manifest';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json from the rules\' metadata', () => {
  it('the afgoerelsestjek.rules setting offers every rule with a dropdown, as generated (npm run manifest)', () => {
    const setting: { properties: Record<string, { enum: string[] }>; default: Record<string, string> } = manifest.contributes.configuration.properties['afgoerelsestjek.rules'];
    assert.deepEqual(setting as unknown, rulesSetting(RULES), 'package.json is out of date: run npm run manifest');
    assert.deepEqual(Object.keys(setting.properties), RULES.map((rule) => rule.id));
    for (const rule of RULES) {
      assert.deepEqual(setting.properties[rule.id].enum, [...OFFERED_SEVERITIES]);
      assert.equal(setting.default[rule.id], rule.defaultSeverity);
    }
  });

  it('no rule is by default below information, so every finding shows in Problems', () => {
    for (const rule of RULES) assert.ok((OFFERED_SEVERITIES as readonly string[]).includes(rule.defaultSeverity), `${rule.id}: ${rule.defaultSeverity}`);
  });
});
