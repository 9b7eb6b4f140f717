import * as assert from 'node:assert/strict';
import {
  APPEAL_ROUTES, LAWS, PROVISIONS, PROVISION_SETS, type ProvisionSetId, THRESHOLDS, Sourced, appealRoutesOf, cite, citedMember, inSet, lawById, provision, threshold,
} from '../server/src/core/catalogue';
import { findLawMentions, findReferences } from '../server/src/core/references';

const CONFIDENCES = ['confirmed', 'probable', 'uncertain'];

function assertSourced(entry: Sourced, what: string): void {
  assert.match(entry.source ?? '', /^https?:\/\/\S+$/, `${what} has a source URL`);
  assert.ok(CONFIDENCES.includes(entry.confidence), `${what} has a confidence (${String(entry.confidence)})`);
}

describe('legal catalogue (server/data/legal.json)', () => {
  it('gives every law, provision, set, appeal route and amount a source URL and a confidence', () => {
    for (const law of LAWS) assertSourced(law, `law ${law.id}`);
    for (const p of PROVISIONS) {
      assertSourced(p, `${p.law} § ${p.paragraph}`);
      for (const s of [p.successor, p.elderlySuccessor]) if (s) assert.ok(CONFIDENCES.includes(s.confidence), `${p.law} § ${p.paragraph}'s successor has a confidence`);
    }
    for (const [id, set] of Object.entries(PROVISION_SETS)) assertSourced(set, `set ${id}`);
    for (const route of APPEAL_ROUTES) assertSourced(route, `appeal route ${route.id}`);
    for (const t of THRESHOLDS) assertSourced(t, `amount ${t.provision} ${t.year}`);
  });

  it('points only to laws and provisions it knows', () => {
    for (const p of PROVISIONS) {
      assert.ok(lawById(p.law), `law ${p.law}`);
      for (const s of [p.successor, p.elderlySuccessor]) if (s) assert.ok(provision(s.law, s.paragraph), `${p.law} § ${p.paragraph} → ${s.law} § ${s.paragraph} is catalogued`);
    }
    for (const t of THRESHOLDS) assert.ok(provision(...(t.provision.split(' ') as [string, string])), `amount for ${t.provision}`);
    for (const route of APPEAL_ROUTES) assert.doesNotThrow(() => cite(route.citation), route.id);
  });

  it('has no two entries for one provision, and no law name shared by two laws', () => {
    const keys = PROVISIONS.map((p) => `${p.law} ${p.paragraph}`);
    assert.equal(new Set(keys).size, keys.length);
    const names = LAWS.flatMap((law) => law.names.map((n) => n.toLowerCase()));
    assert.equal(new Set(names).size, names.length);
  });

  it('cites, for a set held by what its provisions require, every member with the part that requires it', () => {
    for (const [id, set] of Object.entries(PROVISION_SETS)) {
      if (!set.citations) continue;
      for (const member of set.members) {
        const [law, paragraph] = member.split(' ');
        assert.ok(citedMember(id as ProvisionSetId, { law, paragraphs: [paragraph] }), `${id}: ${member} has no citation`);
      }
    }
    assert.deepEqual(citedMember('purposeAndDuration', { law: 'BL', paragraphs: ['52', '46'] }), { provision: 'barnets lov § 46', citation: 'barnets lov § 46, stk. 1, 3. pkt.' });
    assert.equal(citedMember('purposeAndDuration', { law: 'BL', paragraphs: ['52'] }), undefined);
  });

  it('spells out citations from catalogue keys', () => {
    assert.equal(cite('FVL 25; RSL 66-67'), 'forvaltningslovens § 25; retssikkerhedslovens §§ 66-67');
    assert.equal(cite('BL 35, stk. 3'), 'barnets lov § 35, stk. 3');
    assert.equal(cite('AEL 10'), 'ældrelovens § 10');
    assert.equal(cite('SEL 83a'), 'servicelovens § 83 a');
    assert.throws(() => cite('XYZ 1'), /Unknown law/);
    assert.throws(() => cite('SEL 999'), /not in the catalogue/, 'a rule cannot cite a paragraph the catalogue does not know');
  });

  it('groups provisions by meaning, with ranges and whole laws', () => {
    assert.ok(inSet('compensation', 'BL', '87'));
    assert.ok(inSet('compensation', 'SEL', '100'));
    assert.ok(!inSet('compensation', 'SEL', '112'));
    assert.ok(inSet('coercionAndPlacement', 'SEL', '128'));
    assert.ok(!inSet('coercionAndPlacement', 'SEL', '138'));
    assert.ok(inSet('procedure', 'FVL', '19'));
    assert.ok(inSet('procedure', 'RSL', '67'));
    // The helhedsvurdering (RSL § 5) is how an application is handled, not a basis for the decision; the handlekommune (§ 9) decides a matter.
    assert.ok(inSet('procedure', 'RSL', '5'));
    assert.ok(!inSet('procedure', 'RSL', '9'));
    assert.ok(!inSet('procedure', 'RSL', '59'));
    assert.ok(inSet('elderlyCare', 'SEL', '83b'));
    assert.ok(!inSet('elderlyCare', 'SEL', '85'));
    assert.ok(!inSet('merudgifter', undefined, '86'), 'a paragraph without a law belongs to no set');
  });

  it('reads the laws\' short forms of legal writing, with their full stop, and not ordinary words', () => {
    const lawsIn = (text: string) => findReferences(text, findLawMentions(text)).map((r) => `${r.law ?? '?'} ${r.paragraphs.join(',')}`);
    assert.deepEqual(lawsIn('jf. servicel. § 112, stk. 1'), ['SEL 112']);
    assert.deepEqual(lawsIn('efter Servicel. §§ 83 og 84'), ['SEL 83,84']);
    assert.deepEqual(lawsIn('partshøring efter fvl. § 19 og begrundelse efter forvaltningsl. § 24'), ['FVL 19', 'FVL 24']);
    assert.deepEqual(lawsIn('genvurdering efter rsl. § 66, jf. retssikkerhedsl. § 67'), ['RSL 66', 'RSL 67']);
    assert.deepEqual(lawsIn('helhedspleje efter ældrel. § 10'), ['AEL 10']);
    assert.deepEqual(lawsIn('bl.a. § 5'), ['? 5'], '»bl.« is »blandt andet«');
    assert.deepEqual(lawsIn('servicelov § 4'), ['? 4'], 'a short form needs its full stop');
    assert.deepEqual(lawsIn('efter § 60, stk. 3, i lov om retssikkerhed og administration på det sociale område'), ['RSL 60'], 'a comma before »i« and the law');
    assert.deepEqual(lawsIn('efter § 83, stk. 1, nr. 2, i serviceloven'), ['SEL 83']);
    assert.deepEqual(lawsIn('efter barnets lov § 47, stk. 1, og stk. 2, jf. § 142'), ['BL 47', 'BL 142'], 'a law carries past a second subsection');
    assert.deepEqual(lawsIn('servicelovens § 83, stk. 1 og stk. 3, samt § 83 a'), ['SEL 83', 'SEL 83a']);
    assert.deepEqual(lawsIn('servicelovens § 41, stk. 1, 2. pkt., og § 42'), ['SEL 41', 'SEL 42']);
  });

  it('knows which decisions take another appeal route than the municipality\'s reassessment', () => {
    assert.deepEqual(appealRoutesOf({ law: 'BL', paragraphs: ['47'] }).map((r) => r.kind), ['direct']);
    assert.deepEqual(appealRoutesOf({ law: 'SEL', paragraphs: ['134'] }).map((r) => r.kind), ['direct']);
    assert.deepEqual(appealRoutesOf({ law: 'BL', paragraphs: ['35'], stk: '3' }).map((r) => r.kind), ['none']);
    assert.deepEqual(appealRoutesOf({ law: 'BL', paragraphs: ['35'], stk: '4' }), [], 'only stk. 3 is closed to appeal');
    assert.deepEqual(appealRoutesOf({ law: 'RSL', paragraphs: ['60'], stk: '3' }).map((r) => r.kind), ['none']);
    assert.deepEqual(appealRoutesOf({ law: 'BL', paragraphs: ['32'] }), [], 'støttende indsatser go through the municipality');
  });

  it('finds the minimum amount on the letter\'s date, or the nearest known, and the kompensationsydelse\'s from 1 September 2025', () => {
    assert.equal(threshold('BL 86', '2023-05-01')?.amount, 5348);
    assert.equal(threshold('BL 86', '2024-05-01')?.amount, 5519);
    assert.equal(threshold('BL 86', '2025-06-30')?.year, 2024, 'a later date before the new scheme gets the latest known amount, with its year');
    assert.equal(threshold('BL 86', '2019-05-01')?.year, 2023, 'an earlier date gets the earliest known');
    assert.equal(threshold('SEL 100', '2024-05-01')?.per, 'month');
    for (const provision of ['SEL 100', 'BL 86']) {
      assert.equal(threshold(provision, '2025-08-31')?.standardAmount, undefined, `${provision}: merudgifter until 31 August 2025`);
      assert.deepEqual([threshold(provision, '2025-09-01')?.amount, threshold(provision, '2026-03-01')?.standardAmount], [6660, 1105], `${provision}: kompensationsydelse`);
    }
    assert.equal(threshold('SEL 112', '2024-05-01'), undefined);
  });
});
