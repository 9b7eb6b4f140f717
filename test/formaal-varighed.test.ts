import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, checkDocument } from '../server/src/core';
import type { Finding } from '../server/src/core/rule';
import { FIXTURE_DIR } from './helpers/fixtures';

/** Barnets lov § 32, stk. 3, 2. pkt.: a decision that grants a supportive measure states its purpose and expected duration. */
function findings(text: string): Finding[] {
  return checkDocument(text, { force: true }).findings.filter((f) => f.ruleId === 'formaal-varighed');
}

const fixture = (name: string): string => readFileSync(join(FIXTURE_DIR, name), 'utf8');

/** A letter to parents under barnets lov § 32 whose decision section says `decision`, with `reasons` in the reasons. */
function letter(decision: string, reasons = 'Vi har lagt vægt på, at Emil selv ønsker en voksen at tale med.'): string {
  return [
    'Nordby Kommune, Børn og Familie',
    'Dato: 3. marts 2025',
    '',
    'Kære Anne og Jonas Friis',
    '',
    'I har søgt om en fast kontaktperson til Emil, som er 12 år.',
    '',
    '## Afgørelse',
    '',
    decision,
    '',
    'Afgørelsen er truffet efter barnets lov § 32, stk. 1, nr. 3.',
    '',
    '## Begrundelse',
    '',
    reasons,
    '',
    '## Klagevejledning',
    '',
    'Hvis I ikke er enige i afgørelsen, kan I klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har modtaget afgørelsen. Vi genvurderer afgørelsen.',
    '',
    'Med venlig hilsen',
    '',
    'Pia Holm',
    '',
  ].join('\n');
}

describe('formaal-varighed: a grant under barnets lov § 32 states the purpose and the expected duration', () => {
  it('reads a bare period under a title that names it (»PERIODE«) as the duration', () => {
    const decision = 'Emil får en fast kontaktperson 2 timer om ugen, så han har en voksen at tale med.\n\nPERIODE\n\nFra 1. marts 2025 til og med 31. august 2025.';
    assert.deepEqual(findings(letter(decision)), []);
    assert.match(findings(letter(decision.replace('PERIODE', 'PRAKTISK')))[0]?.message ?? '', /ikke den forventede varighed/);
  });

  it('reads a sentence that grants one measure and refuses another (»…, og at I får afslag på aflastning«) as the grant of the first', () => {
    const both = 'Vi har besluttet, at Emil får en fast kontaktperson 2 timer om ugen, og at I får afslag på aflastning.';
    assert.match(findings(letter(both))[0]?.message ?? '', /hverken formålet eller den forventede varighed/);
    // A refusal or a condition in the grant's own clause grants nothing.
    assert.deepEqual(findings(letter('Emil får ikke en fast kontaktperson, men vi tilbyder jer et netværksmøde.')), []);
    assert.deepEqual(findings(letter('Emil får en fast kontaktperson, hvis han selv ønsker det efter et møde i april.')), []);
  });

  it('reads »Den« after the grant as the measure, so its period is the duration; »Det« and a date opening with »Den« are not', () => {
    const decision = (next: string) => `Emil får en fast kontaktperson 2 timer om ugen, så han har en voksen at tale med. ${next}`;
    assert.deepEqual(findings(letter(decision('Den begynder den 15. marts 2025 og løber til og med den 14. september 2025.'))), []);
    assert.match(findings(letter(decision('Det er aftalt, at han holder fri til og med den 14. september 2025.')))[0]?.message ?? '', /ikke den forventede varighed/);
    assert.match(findings(letter(decision('Den 15. marts 2025 holder vi møde med jer, og Emils far er ude at sejle til og med den 14. september 2025.')))[0]?.message ?? '', /ikke den forventede varighed/);
  });

  it('reads a measure that »blev bevilget« as history, not as a grant: a letter that stops it needs neither purpose nor duration', () => {
    const stop = 'Emils kontaktpersonordning stopper den 31. maj 2025.\n\nVi har truffet afgørelsen efter barnets lov § 32, stk. 1, nr. 3, som er den regel, kontaktpersonen blev bevilget efter.';
    assert.deepEqual(findings(letter(stop)), []);
  });

  it('reads the børnefaglig undersøgelse (§ 20) named beside the basis as a step of the case, not a second basis that leaves the measure ambiguous', () => {
    const grant = 'Emil får en fast kontaktperson 4 timer om ugen. I får afslag på de sidste 2 timer.';
    const withInvestigation = letter(grant).replace('Afgørelsen er truffet efter barnets lov § 32, stk. 1, nr. 3.', 'Afgørelsen er truffet efter barnets lov § 32, stk. 1. Vi har forinden lavet en børnefaglig undersøgelse efter barnets lov § 20.');
    assert.match(findings(withInvestigation)[0]?.message ?? '', /hverken formålet eller den forventede varighed/);
    // Another help beside it (servicelovens § 84) still leaves »aflastning« or »kontaktperson« to either law.
    assert.deepEqual(findings(withInvestigation.replace('barnets lov § 20', 'servicelovens § 84')), []);
  });

  it('reads the goals and the end of a measure the letter ends as that measure\'s, not as the purpose and duration of the one that replaces it', () => {
    const swap = (more: string) => `Emils familiebehandling ophører den 31. maj 2025. Målet med familiebehandlingen var færre konflikter derhjemme, og det er nået.\n\nI stedet får Emil en fast kontaktperson 2 timer om ugen fra 1. juni 2025.${more}`;
    assert.match(findings(letter(swap('')))[0]?.message ?? '', /hverken formålet eller den forventede varighed/);
    // The new measure's own purpose and end, or one sentence about both measures, state them.
    assert.deepEqual(findings(letter(swap(' Kontaktpersonen skal hjælpe Emil med at holde fast i det, han har lært, og ordningen løber til 30. november 2025.'))), []);
    assert.deepEqual(findings(letter(swap(' Formålet med kontaktpersonen er, at Emil holder fast i det, familiebehandlingen har givet, frem til sommerferien 2025.'))), []);
    // A measure that ends and is granted again (another provider) is the measure granted.
    assert.deepEqual(findings(letter('Emils kontaktperson fra Familiehuset stopper den 31. maj 2025.\n\nEmil får i stedet en ny kontaktperson fra Ungehuset i 6 måneder. Kontaktpersonen skal hjælpe Emil med at komme i skole hver dag.')), []);
    // Where nothing ends, a measure's purpose is its own (»Familiebehandleren skal hjælpe …« beside a grant of familiebehandling).
    assert.deepEqual(findings(letter('I får familiebehandling i 6 måneder. Familiebehandleren skal hjælpe jer med at få faste rutiner om morgenen.')), []);
  });

  it('reads a letter whose only title is its subject (»Vedrørende jeres ansøgning om …«) as the decision, not as facts', () => {
    const untitled = 'Nordby Kommune\nDato: 3. marts 2025\n\n**Vedrørende jeres ansøgning om aflastning til Emil**\n\nI har søgt om aflastning. Emil er 12 år og har mange konflikter hjemme.\n\nVi har derfor truffet afgørelse om, at Emil får en fast kontaktperson efter barnets lov § 32, stk. 1, 3 timer om ugen, og at I får afslag på aflastning.\n\nHvis I ikke er enige, kan I klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har modtaget afgørelsen. Vi genvurderer afgørelsen.\n\nMed venlig hilsen\n\nPia Holm\n';
    assert.match(findings(untitled)[0]?.message ?? '', /hverken formålet eller den forventede varighed/);
  });

  it('takes a period of someone else\'s life in the facts (»i perioder på to uger«) for no duration of the measure', () => {
    const decision = 'Emil får en fast kontaktperson 2 timer om ugen, så han har en voksen at tale med.';
    const away = 'Vi har lagt vægt på, at Emils far arbejder i Norge i perioder på to uger ad gangen.';
    assert.match(findings(letter(decision, away))[0]?.message ?? '', /ikke den forventede varighed/);
    assert.deepEqual(findings(letter(decision, `${away} Kontaktpersonen er bevilget for en periode på 6 måneder.`)), []);
  });

  it('reads a provision the help had before (»efter den dagældende servicelovens § 52«) as history, not as a basis that makes the measure\'s provision unclear', () => {
    const decision = 'Emil får en fast kontaktperson 2 timer om ugen.\n\nEmil havde fra 2021 til 2023 en kontaktperson efter den dagældende servicelovens § 52, stk. 3, nr. 6.';
    assert.match(findings(letter(decision))[0]?.message ?? '', /hverken formålet eller den forventede varighed/);
  });

  it('gives one warning on the granting sentence that names both when a grant states neither', () => {
    const text = letter('Emil får en fast kontaktperson 4 timer om ugen fra den 1. april 2025.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].text.key, 'formaal-varighed.missingBoth');
    assert.match(found[0].message, /angiver hverken formålet eller den forventede varighed/);
    assert.match(found[0].message, /\(barnets lov § 32, stk\. 3, 2\. pkt\.\)/);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), 'Emil får en fast kontaktperson 4 timer om ugen fra den 1. april 2025.');
  });

  it('names the duration when only the purpose is stated, and a follow-up date is no duration', () => {
    const found = findings(letter(
      'Emil får en fast kontaktperson. Formålet er, at Emil kommer i gang med en fritidsaktivitet.',
      'Vi har lagt vægt på, at Emil selv ønsker det. Vi følger op på indsatsen senest den 1. oktober 2025.',
    ));
    assert.deepEqual(found.map((f) => f.text.key), ['formaal-varighed.missingDuration']);
    assert.match(found[0].message, /angiver formålet, men ikke den forventede varighed/);
    assert.match(found[0].message, /en dato for opfølgning er ikke en varighed/);
  });

  it('names the purpose when only the duration is stated', () => {
    const found = findings(letter('Emil får en fast kontaktperson i et halvt år.'));
    assert.deepEqual(found.map((f) => f.text.key), ['formaal-varighed.missingPurpose']);
    // A "for at" that completes a word is no purpose: "positiv over for at", "grundlag for at".
    for (const reasons of ['Vi har lagt vægt på, at Emil selv er positiv over for at få en kontaktperson.', 'Vi vurderer, at der er grundlag for at give Emil en kontaktperson.']) {
      assert.deepEqual(findings(letter('Emil får en fast kontaktperson i et halvt år.', reasons)).map((f) => f.text.key), ['formaal-varighed.missingPurpose'], reasons);
    }
    assert.match(found[0].message, /angiver varigheden, men ikke formålet/);
  });

  it('is silent when purpose and duration are stated in other words', () => {
    for (const decision of [
      'Emil får en fast kontaktperson. Formålet er, at Emil får en voksen at tale med. Indsatsen forventes at vare et halvt år.',
      'Kontaktpersonen er bevilget fra 1. marts til 31. august 2025. Kontaktpersonen skal hjælpe Emil med at komme i skole.',
      'Emil får en fast kontaktperson, så han kan komme mere i skole. Ordningen løber til sommerferien 2025.',
      'Vi har forlænget Emils kontaktpersonordning til den 31. december 2025 med henblik på, at han kan gøre 9. klasse færdig.',
      // "Støtten" for the measure; a date without "den"; "i første omgang"; "Med … ønsker vi"; "skal medvirke til"; a range under a label.
      'Emil får en fast kontaktperson. Støtten skal give ham en voksen at gå til, og den gives foreløbig til 30. juni 2026.',
      'I får praktisk pædagogisk støtte i hjemmet 4 timer om ugen i første omgang 6 måneder. Med støtten ønsker vi, at aftenerne bliver roligere.',
      'Emil får familiebehandling. Forløbet skal medvirke til, at I taler bedre sammen. Hvor længe: 1. april 2026 – 31. marts 2027.',
      // What the measure will give, and what it leaves room for.
      'Emil får aflastning én weekend om måneden til og med 30. juni 2026. Aflastningen vil give jer mulighed for at hvile, så I har overskud til Emil.',
      // A least length; an end at the young person's birthday.
      'Emil får en fast kontaktperson, så han har en voksen at tale med. Vi regner med, at han skal have kontaktperson i mindst 6 måneder.',
      'Emil får en fast kontaktperson fra 15. januar og frem til hans 18-års fødselsdag. Formålet er, at han kommer i gang med skolen igen.',
    ]) assert.deepEqual(findings(letter(decision)).map((f) => f.message), [], decision);
  });

  it('reads »Vi har besluttet at give …« and an offer decided (»Vi har besluttet at tilbyde jer …«) as a grant, not an offer to be decided later', () => {
    assert.deepEqual(findings(letter('Vi har besluttet at give Emil en fast kontaktperson 4 timer om ugen.')).map((f) => f.text.key), ['formaal-varighed.missingBoth']);
    assert.deepEqual(findings(letter('Vi har besluttet at tilbyde jer en fast kontaktperson til Emil 4 timer om ugen.')).map((f) => f.text.key), ['formaal-varighed.missingBoth']);
    assert.deepEqual(findings(letter('Vi tilbyder jer en fast kontaktperson til Emil. Hvis I ønsker det, træffer vi en særskilt afgørelse om det.')), []);
  });

  it('reads a visiting time as no period, and a range of real dates as one', () => {
    // "17.30-19.00" has no month 30: a clock time, not a date range.
    for (const decision of [
      'Emil får en fast kontaktperson. Formålet er, at Emil får en voksen at tale med. Støtten gives mandag og torsdag kl. 17.30-19.00.',
      'Emil får en fast kontaktperson. Formålet er, at Emil får en voksen at tale med. Kontaktpersonen kommer om tirsdagen 15.30-17.00.',
      // A clock time after »kl.« that could be a date: 10.10 and 11.10.
      'Emil får en fast kontaktperson. Formålet er, at Emil får en voksen at tale med. Kontaktpersonen kommer om onsdagen kl. 10.10-11.10.',
    ]) assert.deepEqual(findings(letter(decision)).map((f) => f.text.key), ['formaal-varighed.missingDuration'], decision);
    assert.deepEqual(findings(letter('Emil får en fast kontaktperson 1.4.2025-30.9.2025. Formålet er, at Emil får en voksen at tale med.')), []);
  });

  it('reads a grant under § 32 when the facts section, headed "Grundlag", names the child examination (§ 20)', () => {
    const text = letter('Emil får en fast kontaktperson 4 timer om ugen.', 'Vi har lagt vægt på, at Emil selv ønsker en voksen at tale med.')
      .replace('## Begrundelse', '## Grundlag\n\nDen børnefaglige undersøgelse efter barnets lov § 20 viser, at Emil ikke har en voksen at tale med.\n\n## Begrundelse');
    assert.deepEqual(findings(text).map((f) => f.text.key), ['formaal-varighed.missingBoth']);
  });

  it('is silent on a refusal under § 32: there is no measure whose purpose and duration could be stated', () => {
    assert.deepEqual(findings(letter('I får afslag på en fast kontaktperson til Emil.')), []);
    assert.deepEqual(findings(letter('Emil får ikke en fast kontaktperson.')), []);
    assert.deepEqual(findings(letter('Vi har besluttet, at Emil ikke skal have en kontaktperson. Skolen anbefaler, at Emil får en mentor.')), []);
    assert.deepEqual(findings(fixture('formaal-varighed-bl-32-afslag-tavs.md')), []);
  });

  it('is silent on decisions under other provisions, and on § 32 help told as history or kept unchanged', () => {
    assert.deepEqual(findings(fixture('formaal-varighed-bl-86-merudgifter-tavs.md')), []);
    const other = letter('Emil får aflastning én weekend om måneden.').replace('barnets lov § 32, stk. 1, nr. 3', 'barnets lov § 90, jf. servicelovens § 84, stk. 1');
    assert.deepEqual(findings(other), []);
    assert.deepEqual(findings(letter('Emils støtteophold i plejefamilien fortsætter uændret.')), []);
    // A grant under another provision beside a refusal under § 32.
    assert.deepEqual(findings(letter('I får dækket merudgifter med 500 kr. om måneden efter barnets lov § 86. I får afslag på en fast kontaktperson efter barnets lov § 32.')), []);
    // What the school gives is no støttende indsats the municipality grants.
    assert.deepEqual(findings(letter('Emil får ikke en fast kontaktperson. Vi har aftalt med skolen, at Emil får en fast voksen i frikvartererne.')), []);
  });

  it('asks a full approval for purpose and duration too (not silent on full approval)', () => {
    const found = findings(letter('Emil får den faste kontaktperson, som I har søgt om.'));
    assert.deepEqual(found.map((f) => [f.text.key, f.severity]), [['formaal-varighed.missingBoth', 'warning']]);
  });

  it('gives information, not a warning, when the letter refers to the child\'s plan for what is missing', () => {
    const found = findings(letter('Emil får en fast kontaktperson. Formål og varighed fremgår af barnets plan, som er vedlagt.'));
    assert.deepEqual(found.map((f) => f.severity), ['information']);
    assert.match(found[0].message, /Brevet henviser til »barnets plan«/);
    assert.match(found[0].message, /\(barnets lov § 92\)/);
    // A plan to be made later states nothing: the warning stays.
    const later = findings(letter('Emil får en fast kontaktperson. Vi udarbejder en barnets plan inden 3 måneder.'));
    assert.deepEqual(later.map((f) => f.severity), ['warning']);
  });

  it('inserts the missing sentences after the decision paragraph; filled in, the letter checks clean for this rule', () => {
    const text = letter('Emil får en fast kontaktperson 4 timer om ugen fra den 1. april 2025.');
    const [finding] = findings(text);
    assert.equal(finding.fix!.title, 'Indsæt formålet og den forventede varighed');
    const { edit } = finding.fix!;
    assert.equal(edit.range.start, text.indexOf('2025.') + '2025.'.length, 'right after the decision paragraph');
    assert.match(edit.text, /^\n\nFormålet med indsatsen er, at «[^»]+»\. Vi forventer, at indsatsen skal vare «[^»]+»\.$/);
    assert.match(edit.snippet!, /\$\{1:«[^»]+»\}.*\$\{2:«[^»]+»\}/);
    const filled = edit.text.replace(/«[^»]+»/, 'Emil får en voksen at tale med').replace(/«[^»]+»/, '6 måneder');
    const fixed = applyEdits(text, [{ ...edit, text: filled }]).text;
    assert.match(fixed, /1\. april 2025\.\n\nFormålet med indsatsen er, at Emil får en voksen at tale med\. Vi forventer, at indsatsen skal vare 6 måneder\.\n\nAfgørelsen er truffet/);
    assert.deepEqual(findings(fixed), []);

    // Only what is missing is inserted.
    const [onlyDuration] = findings(letter('Emil får en fast kontaktperson. Formålet er, at Emil får en voksen at tale med.'));
    assert.match(onlyDuration.fix!.edit.text, /^\n\nVi forventer, at indsatsen skal vare «[^»]+»\.$/);
    const [onlyPurpose] = findings(letter('Emil får en fast kontaktperson i et halvt år.'));
    assert.match(onlyPurpose.fix!.edit.text, /^\n\nFormålet med indsatsen er, at «[^»]+»\.$/);
  });

  it('inserts after the whole list when the grant is a list item', () => {
    const text = letter('- Emil får en fast kontaktperson.\n- I får afslag på familiebehandling.');
    const [finding] = findings(text);
    assert.equal(finding.fix!.edit.range.start, text.indexOf('familiebehandling.') + 'familiebehandling.'.length);
  });
});

describe('formaal-varighed: a placement under barnets lov §§ 46-47 states its purpose and expected duration', () => {
  /** A placement with consent decided in `decision`, its basis in its own paragraph beside the placement site's (§ 52). */
  const placement = (decision: string): string => [
    'Bakkeskov Kommune, Børn og Unge',
    'Dato: 22. april 2024',
    '',
    'Kære Hanne og Nikoline',
    '',
    '## Afgørelse',
    '',
    decision,
    '',
    'Afgørelsen om anbringelse er truffet efter barnets lov § 46, stk. 1. Valget af anbringelsessted er truffet efter barnets lov § 52.',
    '',
    '## Begrundelse',
    '',
    'Vi har lagt vægt på, at Nikoline ikke har været i skole siden efterårsferien, og at familiebehandling ikke har hjulpet.',
    '',
    'Med venlig hilsen',
    '',
    'Lene Dahl',
  ].join('\n');

  it('names § 46, stk. 1, 3. pkt., as information to check, when a placement states neither', () => {
    const [finding] = findings(placement('Vi har besluttet, at Nikoline skal anbringes uden for hjemmet på Ungehuset Ravnsholt fra den 29. april 2024.'));
    assert.match(finding.message, /Afgørelsen efter barnets lov § 46 angiver hverken formålet eller den forventede varighed/);
    assert.match(finding.message, /barnets lov § 46, stk\. 1, 3\. pkt\./);
    assert.equal(finding.severity, 'information');
  });

  it('is silent when the placement states both', () => {
    assert.deepEqual(findings(placement('Vi har besluttet, at Nikoline skal anbringes uden for hjemmet på Ungehuset Ravnsholt fra den 29. april 2024. Formålet med anbringelsen er, at Nikoline kommer i skole igen og får ro til sin behandling. Vi forventer, at anbringelsen skal vare et år.')), []);
  });
});
