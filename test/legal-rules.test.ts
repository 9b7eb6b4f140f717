import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../server/src/core/check';
import type { Finding } from '../server/src/core/rule';
import { FIXTURE_DIR } from './helpers/fixtures';
import { APPEAL_ROUTES } from '../server/src/core/catalogue';
import { GUIDANCE_ELSEWHERE } from '../server/src/core/rules/klagevejledning';
import { parseLetter } from '../server/src/core/letter';
import { figuresGrantedBelowApplied } from '../server/src/core/outcome';

/** What issue #13 fixed in the rules' legal content, held to the exact texts a case worker would get. */
function findings(text: string, ruleId: string): Finding[] {
  return checkDocument(text, { force: true }).findings.filter((f) => f.ruleId === ruleId);
}

function applyFix(text: string, finding: Finding): string {
  const { range, text: inserted } = finding.fix!.edit;
  return text.slice(0, range.start) + inserted + text.slice(range.end);
}

const fixture = (name: string): string => readFileSync(join(FIXTURE_DIR, name), 'utf8');

describe('legal content of the rules (issue #13)', () => {
  it('rewrites "servicelovens § 44, jf. § 84" so the "jf." stays in serviceloven', () => {
    const text = fixture('foraeldet-henvisning-sel-44-jf-84-aflastning-2025.md');
    const [finding] = findings(text, 'foraeldet-henvisning');
    const fixed = applyFix(text, finding);
    assert.match(fixed, /truffet efter barnets lov § 90, jf\. servicelovens § 84, stk\. 1\./);
    assert.doesNotMatch(fixed, /§ 90, jf\. § 84/);
    assert.deepEqual(findings(fixed, 'foraeldet-henvisning'), []);

    const short = 'Dato: 1. marts 2025\n\n# Afgørelse\n\nVi har truffet afgørelse efter SEL 44 jf. 84.\n';
    assert.match(applyFix(short, findings(short, 'foraeldet-henvisning')[0]), /efter BL 90 jf\. SEL 84\./);
    // Without the letter's own date the rewrite may make a letter from before the reform wrong: the finding stays, the fix goes.
    const undated = '# Afgørelse\n\nVi har truffet afgørelse efter SEL 44 jf. 84 med virkning fra 1. marts 2025.\n';
    const [noDate] = findings(undated, 'foraeldet-henvisning');
    assert.equal(noDate.fix, undefined);
    // A quoted earlier decision, and a ruling named by the provision it was made under, say what they said then.
    const quoting = 'Dato: 6. maj 2024\n\n# Afgørelse\n\nI vores afgørelse fra sidste år stod der:\n\n> Du får dækket merudgifter efter servicelovens § 41, stk. 1.\n\nAnkestyrelsens principafgørelse om servicelovens § 41 er fortsat vejledende. Du får nu dækket merudgifter efter barnets lov § 86, stk. 1.\n';
    assert.deepEqual(findings(quoting, 'foraeldet-henvisning'), []);
  });

  it('maps servicelovens § 52 to barnets lov § 32 or §§ 46-47, and leaves the choice to the case worker', () => {
    const [finding] = findings(fixture('foraeldet-henvisning-sel-52-stoettende-indsats-2025.md'), 'foraeldet-henvisning');
    assert.match(finding.message, /barnets lov § 32 \(støttende indsatser\) eller §§ 46-47 \(anbringelse\) \(sandsynligvis – kontrollér\)/);
    assert.equal(finding.fix, undefined);
  });

  it('names barnets lov §§ 111-121 for efterværn after servicelovens § 76, with no rewrite, and leaves its history alone', () => {
    const letter = 'Dato: 2. juni 2025\n\n# Afgørelse om ungestøtte\n\nDu får fortsat en fast kontaktperson, til du fylder 21 år. Afgørelsen er truffet efter SEL § 76, stk. 3, nr. 2.\n';
    const [finding] = findings(letter, 'foraeldet-henvisning');
    assert.match(finding.message, /barnets lov §§ 111-121 \(videreførelse af støtte og ungestøtte\) \(sandsynligvis – kontrollér\)/);
    assert.equal(finding.fix, undefined);
    const history = 'Dato: 2. juni 2025\n\n# Afgørelse om bostøtte\n\nFra 2021 til 2023 havde du efterværn efter den dagældende servicelovens § 76. Du får nu bostøtte efter servicelovens § 85.\n';
    assert.deepEqual(findings(history, 'foraeldet-henvisning'), []);
  });

  it('leaves alone an outdated reference that a correcting letter tells the earlier letter made (»henviste vi ved en fejl til servicelovens § 44«)', () => {
    const letter = (told: string) => `Dato: 2. juni 2025\n\n# Ny afgørelse om afløsning\n\n${told} Afgørelsen er nu truffet efter barnets lov § 90, jf. servicelovens § 84, stk. 1.\n`;
    assert.deepEqual(findings(letter('Første gang henviste vi ved en fejl til servicelovens § 44.'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('I brevet stod der, at hjælpen var givet efter servicelovens § 44.'), 'foraeldet-henvisning'), []);
    assert.equal(findings(letter('Du får afløsning efter servicelovens § 44.'), 'foraeldet-henvisning').length, 1);
  });

  it('names barnets lov § 100 for a hjemgivelse under servicelovens § 68 after 2023, with no rewrite', () => {
    const letter = (date: string) => `Dato: ${date}\n\n# Afgørelse om hjemgivelse\n\nEmma flytter hjem den 1. juni med en hjemgivelsesperiode på 3 måneder. Afgørelsen er truffet efter servicelovens § 68, stk. 2 og 3.\n`;
    const [finding] = findings(letter('14. januar 2025'), 'foraeldet-henvisning');
    assert.match(finding.message, /barnets lov § 100/);
    assert.equal(finding.fix, undefined);
    assert.deepEqual(findings(letter('14. januar 2023'), 'foraeldet-henvisning'), []);
  });

  it('names barnets lov §§ 103-105 for samvær under servicelovens § 71 after 2023, with no rewrite', () => {
    const letter = (date: string) => `Dato: ${date}\n\n# Afgørelse om samvær\n\nDu kan have samvær med Liam hver anden lørdag fra kl. 10 til 14 på plejefamiliens bopæl. Afgørelsen er truffet efter servicelovens § 71, stk. 2.\n`;
    const [finding] = findings(letter('2. september 2025'), 'foraeldet-henvisning');
    assert.match(finding.message, /barnets lov §§ 103-105 .*§ 104, stk\. 2/);
    assert.equal(finding.fix, undefined);
    assert.deepEqual(findings(letter('2. september 2023'), 'foraeldet-henvisning'), []);
  });

  it('asks only to check a repealed provision, with no rewrite, in a letter that decides a past period by the rules of that time', () => {
    const letter = (period: string) => `Dato: 19. juni 2024\n\n# Genoptagelse af din sag om tabt arbejdsfortjeneste\n\nVi retter pensionsbidraget for 2022 og 2023. ${period}\n\nEfter servicelovens § 42, stk. 3, udgør pensionsbidraget 10 % af bruttoydelsen.\n`;
    const [finding] = findings(letter('Da det er perioden 2022–2023, vi retter, er det de dagældende regler, vi bruger.'), 'foraeldet-henvisning');
    assert.equal(finding.severity, 'information');
    assert.equal(finding.fix, undefined);
    assert.equal(findings(letter('Vi bruger reglerne for pensionsbidrag.'), 'foraeldet-henvisning')[0].severity, 'warning');
  });

  it('reads a repealed provision named beside its successor as where the rule went, not as the basis', () => {
    const letter = (text: string) => `Dato: 14. maj 2024\n\n# Afgørelse om tabt arbejdsfortjeneste\n\nDu får dækket tabt arbejdsfortjeneste i 20 timer om ugen efter barnets lov § 87, stk. 1.\n\n${text}\n`;
    assert.deepEqual(findings(letter('## Fra servicelovens § 42 til barnets lov § 87\n\nReglerne er de samme som før.'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('Bestemmelsen i servicelovens § 42 er den 1. januar flyttet til barnets lov § 87.'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('Hjælpen blev bevilget efter servicelovens § 42, stk. 1.'), 'foraeldet-henvisning'), []);
    // Another law's successor, or the old provision cited by »jf.« after it, is no such history.
    assert.equal(findings(letter('Vi har også brugt servicelovens § 42 og barnets lov § 86.'), 'foraeldet-henvisning').length, 1);
    assert.equal(findings(letter('Timerne gives efter barnets lov § 90, jf. servicelovens § 44.'), 'foraeldet-henvisning').length, 1);
  });

  it('reads "din tidligere bruttoindtægt" as a fact of now, not as the time before the reform', () => {
    const letter = (sentence: string) => `Dato: 2. februar 2026\n\n# Afgørelse om tabt arbejdsfortjeneste\n\nDu får dækket tabt arbejdsfortjeneste efter barnets lov § 87, stk. 1. ${sentence}\n`;
    const [income] = findings(letter('Ydelsen fastsættes på baggrund af din tidligere bruttoindtægt, jf. servicelovens § 42, stk. 2.'), 'foraeldet-henvisning');
    assert.match(income?.message ?? '', /servicelovens § 42, stk\. 2/);
    assert.deepEqual(findings(letter('Du fik tidligere hjælp efter servicelovens § 42.'), 'foraeldet-henvisning'), []);
  });

  it('takes the authority\'s own assessment after "lagt vægt på" for no fact, though it may be the main consideration', () => {
    const letter = (reason: string) => `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på ledsagelse efter servicelovens § 97, stk. 1.\n\n## Begrundelse\n\n${reason}\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('Vi har lagt vægt på, at du efter vores vurdering godt kan færdes alene.'), 'faktiske-oplysninger').length, 1);
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at du ved hjemmebesøget selv gik til busstoppestedet og hjem igen.'), 'faktiske-oplysninger'), []);
    // Nor the law restated there: a criterion of the provision is no fact of the case.
    for (const criterion of [
      'Vi har lagt vægt på, at ledsagelse efter § 97 er målrettet personer, der ikke kan færdes alene.',
      'Vi har lagt vægt på, at bestemmelsen kun omfatter personer med betydelig nedsat funktionsevne.',
    ]) assert.equal(findings(letter(criterion), 'faktiske-oplysninger').length, 1, criterion);
    // A fact of the case that names the law is still a fact.
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at du ved hjemmebesøget selv kørte bil, og at ledsagelse efter § 97 er målrettet personer, der ikke kan færdes alene.'), 'faktiske-oplysninger'), []);
    // Information pointed at, not told, is no fact either; a dated document or a figure tells something.
    for (const generic of [
      'Vi har gennemgået sagens oplysninger, herunder de lægelige oplysninger. Vi har lagt vægt på oplysningerne om din funktionsevne.',
      'Du er efter de foreliggende oplysninger ikke afskåret fra at færdes alene, idet du efter de foreliggende oplysninger kan klare dig selv.',
      // A source named without what it said, and the criterion the assessment asks about.
      'Det afgørende for os har været, om du kan færdes alene. Efter en samlet vurdering af oplysningerne fra hjemmebesøget og de lægelige oplysninger er det vores vurdering, at du kan.',
      // In the formal »De«, or of a child: the function pointed at is no more told.
      'Udvalget har lagt vægt på Deres funktionsniveau og på Deres muligheder for hjælp i hjemmet.',
      'Vi har lagt vægt på hans samlede situation.',
      // The questions weighed, the sources named one after another, a list of the case's documents, a source said to be considered.
      'Vi har lagt vægt på, om du kan færdes uden bil, og om dit behov kan dækkes med Flextrafik.',
      'Vi har lagt vægt på oplysningerne i lægeattesten, udtalelsen fra ambulatoriet og funktionsvurderingen.',
      'Vi har læst disse dokumenter:\n\n- Lægeattest fra egen læge af 4. oktober 2024\n- Udtalelse fra din fysioterapeut af 10. februar 2025\n\nUdtalelsen fra fysioterapeuten er indgået i den samlede vurdering.',
    ]) assert.equal(findings(letter(generic), 'faktiske-oplysninger').length, 1, generic);
    for (const told of [
      'Vi har lagt vægt på ergoterapeutens notat af 4. februar 2025.',
      'Vi har lagt vægt på oplysningerne om din funktionsevne: du gik 800 meter ved testen.',
      'Vi har læst disse dokumenter:\n\n- Udtalelse fra din fysioterapeut af 10. februar 2025, hvoraf det fremgår, at du kan gå 300 meter',
    ]) assert.deepEqual(findings(letter(told), 'faktiske-oplysninger'), [], told);
    // What was weighed that speaks of no one and nothing of the case is an assessment of the help, no fact.
    for (const weighed of [
      'Vi har lagt vægt på, at en bostøtte er en omfattende indsats, som ikke står mål med behovet.',
      'Vi har lagt vægt på, at kommunalbestyrelsen har fastsat serviceniveauet for alle borgere.',
    ]) assert.equal(findings(letter(weighed), 'faktiske-oplysninger').length, 1, weighed);
    for (const ofTheCase of [
      'Vi har lagt vægt på, at Ole selv tager bussen til arbejde.',
      'Vi har lagt vægt på, at badeværelset i boligen er for smalt til en kørestol.',
      'Vi har lagt vægt på, at der er 400 meter til nærmeste busstoppested.',
      'Vi har lagt vægt på, at familien har en bil, som mor kører.',
    ]) assert.deepEqual(findings(letter(ofTheCase), 'faktiske-oplysninger'), [], ofTheCase);
    // The party judged by the law's measure alone is how the case was judged, not what was found.
    for (const judged of [
      'Vi har lagt vægt på, at el-scooteren ikke længere i væsentlig grad afhjælper følgerne af din funktionsnedsættelse, og at din hverdag kan fungere uden den.',
      'Vi har lagt vægt på, at konsekvenserne af din lidelse efter vores vurdering ikke er af indgribende karakter i din dagligdag.',
    ]) assert.equal(findings(letter(judged), 'faktiske-oplysninger').length, 1, judged);
    // With a source, a name, a figure, or an observation beside it, the judgement rests on something told.
    for (const told of [
      'Vi har lagt vægt på, at ledsagelse efter lægens vurdering ikke er nødvendig for dig.',
      'Vi har lagt vægt på, at Ole ikke i væsentlig grad er begrænset, når han går til Brugsen.',
      'Vi har lagt vægt på, at du kan gå 300 meter, og at du derfor ikke i væsentlig grad er begrænset.',
      'Vi var på hjemmebesøg og så, at du selv gik til postkassen. Vi har lagt vægt på, at du derfor ikke i væsentlig grad er begrænset.',
    ]) assert.deepEqual(findings(letter(told), 'faktiske-oplysninger'), [], told);
  });

  it('takes a facts section that only says the case was gone through for no facts', () => {
    const letter = (facts: string) => `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på hjælp til bad efter ældrelovens § 10.\n\n## Sagens oplysninger\n\n${facts}\n\n## Begrundelse\n\nUd fra en samlet vurdering finder vi, at du selv kan klare dit bad. Vi har lagt vægt på dine egne ressourcer.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('Vi har gennemgået sagen og de oplysninger, der er indhentet. Dit funktionsniveau er vurderet ud fra sagens oplysninger.'), 'faktiske-oplysninger').length, 1);
    for (const told of [
      'Vi har gennemgået sagen. Ved hjemmebesøget den 2. februar gik du selv ind og ud af brusenichen.',
      'Du bor alene i en stuelejlighed med brusenich og har en badetaburet.',
      'Vi har gennemgået sagens oplysninger:\n\n- Du går med rollator i hjemmet.\n- Du vasker dig selv ved håndvasken.',
    ]) assert.deepEqual(findings(letter(told), 'faktiske-oplysninger'), [], told);
  });

  it('takes what holds for anyone (»det generelt er bedst for borgeren …«) for no fact of the case', () => {
    const letter = (weighed: string) => `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på aflastning efter servicelovens § 84, stk. 2.\n\n## Begrundelse\n\nVi har lagt vægt på, at ${weighed}\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('det generelt er bedst for borgeren at blive i hjemmet.'), 'faktiske-oplysninger').length, 1);
    assert.deepEqual(findings(letter('du generelt klarer dig godt i hjemmet med hjælp fra din datter.'), 'faktiske-oplysninger'), []);
  });

  it('reads what was weighed from the items under a lead that ends with it (»Vi har lagt vægt på,« over »- at …«)', () => {
    const letter = (items: string) => `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på praktisk hjælp efter servicelovens § 83, stk. 1.\n\n## Begrundelse\n\nVi har lagt vægt på,\n\n${items}\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('- at Malthe flytter med jer og skal gå på Søholmskolen i Aarhus\n- at afløserkorpset kun arbejder i kommunen'), 'faktiske-oplysninger'), []);
    assert.equal(findings(letter('- at det generelt er bedst for borgeren at blive i hjemmet'), 'faktiske-oplysninger').length, 1);
    // What the help must be is a norm, though it names whom it serves; a fact beside it tells the case.
    const norms = '- at støtten ikke skal overtage opgaver, som du selv kan varetage\n- at der skal være sammenhæng mellem målene i din plan og omfanget af hjælpen\n- at praktisk hjælp efter § 83 skal gøre dig mere selvhjulpen';
    assert.equal(findings(letter(norms), 'faktiske-oplysninger').length, 1);
    assert.deepEqual(findings(letter(`${norms}\n- at du ved besøget selv tørrede støv af og tømte opvaskemaskinen`), 'faktiske-oplysninger'), []);
  });

  it('gives an example provision of the law the letter names without a paragraph', () => {
    const letter = (law: string) => `Dato: 2. juni 2025\n\n# Afgørelse\n\nDu får afslag på hjælp efter ${law}.\n\n## Begrundelse\n\nVi har lagt vægt på, at du selv kan klare opgaven.\n`;
    assert.match(findings(letter('barnets lov'), 'hjemmel')[0].message, /fx »barnets lov § 86, stk\. 1«/);
    assert.match(findings(letter('serviceloven'), 'hjemmel')[0].message, /fx »servicelovens § 112, stk\. 1«/);
    // No provision of aktivloven is catalogued as an example: the form only, never another law's paragraph.
    assert.match(findings(letter('aktivloven'), 'hjemmel')[0].message, /fx »aktivlovens § …, stk\. …«/);
  });

  it('takes the rules of handling (»jf. retssikkerhedslovens § 5«, »forvaltningslovens § 19«) for no legal basis of the decision', () => {
    const letter = (basis: string) => `Nordby Kommune\nDato: 2. juni 2025\n\nKære Ole\n\n## Afgørelse\n\nDin socialpædagogiske støtte nedsættes fra 6 til 4 timer om ugen.\n\n## Begrundelse\n\nVi har lagt vægt på, at du nu selv betaler dine regninger. Vi har også set på, om du kan få anden hjælp, jf. ${basis}.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('retssikkerhedslovens § 5'), 'hjemmel')[0]?.severity, 'error');
    assert.deepEqual(findings(letter('servicelovens § 85'), 'hjemmel'), []);
  });

  it('reads the legal basis from the notes a Word letter points to ("jf. note 1" … "Noter")', () => {
    const letter = (notes: string) => `Nordby Kommune\n\nDen 2. juni 2025\n\nAFGØRELSE OM STØTTE\n\nAfgørelse\n\nDin støtte nedsættes fra 6 til 3 timer om ugen, jf. note 1.\n\nBegrundelse\n\nVi har lagt vægt på, at du nu selv betaler dine regninger.\n\nKlagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger, jf. note 2.\n\nMed venlig hilsen\n\nLone Berg\n${notes}`;
    // The notes follow the appeal guidance: under a title of their own they are not part of it.
    const notes = '\n1. Servicelovens § 85, stk. 1.\n2. Retssikkerhedslovens §§ 66 og 67.\n';
    assert.deepEqual(findings(letter(`\nNoter\n${notes}`), 'hjemmel'), []);
    assert.deepEqual(findings(letter(`\nFodnoter\n${notes}`), 'hjemmel'), []);
    assert.equal(findings(letter(notes), 'hjemmel').length, 1);
  });

  it('reads a bare paragraph as the law the letter named it with in a sentence about the complaint', () => {
    const letter = (complaint: string) => `Vestmark Kommune\nDato: 9. marts 2026\n\nKære Ove\n\n${complaint}\n\n## Afgørelse\n\nVi har set på sagen igen og ændrer afgørelsen. Du får nu praktisk hjælp til rengøring hver uge efter § 83, stk. 1.\n\n## Begrundelse\n\nVi har lagt vægt på, at du efter din operation ikke kan støvsuge.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.deepEqual(findings(letter('Vi har modtaget din klage over vores afgørelse af 2. februar 2026 om rengøring hver anden uge efter servicelovens § 83.'), 'hjemmel'), []);
    // Another paragraph named with its law is no law for this one.
    assert.equal(findings(letter('Vi har modtaget din klage over vores afgørelse af 2. februar 2026 om rengøring hver anden uge efter servicelovens § 112.'), 'hjemmel').length, 1);
  });

  it('names barnets lov §§ 75-79 for a støtteperson after servicelovens § 54, with no rewrite', () => {
    const letter = 'Dato: 2. juni 2025\n\n# Afgørelse om støtteperson\n\nDu får en støtteperson, mens Victor er anbragt. Afgørelsen er truffet efter servicelovens § 54.\n';
    const [finding] = findings(letter, 'foraeldet-henvisning');
    assert.match(finding.message, /barnets lov §§ 75-79 \(hjælp til barnets forældre under anbringelsen, fx en støtteperson\) \(sandsynligvis – kontrollér\)/);
    assert.equal(finding.fix, undefined);
  });

  it('never tells the citizen to send a direct appeal to the municipality', () => {
    const missing = fixture('klagevejledning-boerne-og-ungeudvalget-mangler-klagevejledning.md');
    const [finding] = findings(missing, 'klagevejledning');
    assert.equal(finding.severity, 'error');
    assert.match(finding.fix!.edit.text, /klage direkte til Ankestyrelsen/);
    assert.doesNotMatch(finding.fix!.edit.text, /send\w* din klage til kommunen|genvurderer vi/i);
    assert.deepEqual(findings(applyFix(missing, finding), 'klagevejledning'), []);

    const noDeadline = fixture('klagevejledning-boerne-og-ungeudvalget-direkte-til-ankestyrelsen-god.md').replace(' Din klage skal være modtaget af Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.', '');
    const [deadline] = findings(noDeadline, 'klagevejledning');
    assert.match(deadline.message, /klagefristen på 4 uger/);
    assert.doesNotMatch(deadline.fix!.edit.text, /kommunen/i);
  });

  it('takes the direct route from the provision alone, when the letter does not name who decided', () => {
    const letter = 'Dato: 1. marts 2025\n\n# Afgørelse om anbringelse\n\nEmil skal anbringes uden for hjemmet uden samtykke. Afgørelsen er truffet efter barnets lovs § 47.\n\n## Begrundelse\n\nVi har lagt vægt på, at Emil ikke kan få den støtte, han har brug for, i hjemmet.\n';
    const [finding] = findings(letter, 'klagevejledning');
    assert.match(finding.fix!.edit.text, /klage direkte til Ankestyrelsen/);
    assert.doesNotMatch(finding.fix!.edit.text, /send\w* din klage til kommunen|genvurderer vi/i);
  });

  it('keeps the municipality\'s route when the direct route is only what would happen on a condition', () => {
    const letter = (extra: string) => `Dato: 1. marts 2026\n\n# Afgørelse om anbringelse\n\nEmil anbringes uden for hjemmet med jeres samtykke efter barnets lov § 46. ${extra}\n\n## Begrundelse\n\nVi har lagt vægt på, at Emil ikke kan få den støtte, han har brug for, i hjemmet.\n`;
    const conditional = 'Trækker I samtykket tilbage, ophører anbringelsen, medmindre børne- og ungeudvalget træffer afgørelse om anbringelse uden samtykke efter barnets lov § 47.';
    const [finding] = findings(letter(conditional), 'klagevejledning');
    assert.match(finding.fix!.edit.text, /genvurderer/);
    assert.doesNotMatch(finding.fix!.edit.text, /klage direkte til Ankestyrelsen/);
    // Said as what was decided, the committee's decision goes directly to Ankestyrelsen.
    const [direct] = findings(letter('Børne- og ungeudvalget har besluttet det på sit møde den 20. februar 2026.'), 'klagevejledning');
    assert.match(direct.fix!.edit.text, /klage direkte til Ankestyrelsen/);
  });

  it('reads guidance without a heading on into the paragraphs that go on with it', () => {
    const letter = (after: string) => `Nordby Kommune\nDato: 3. februar 2026\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på ledsagelse efter servicelovens § 97, stk. 1.\n\n## Begrundelse\n\nVi har lagt vægt på, at du ved hjemmebesøget selv gik til bussen.\n\n**Hvis du vil klage.** Du kan klage over afgørelsen. Din klage skal være modtaget hos os inden 4 uger fra den dag, du har fået brevet.\n\n${after}\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Vi ser først på sagen igen. Hvis vi ikke ændrer afgørelsen, sender vi din klage videre til Ankestyrelsen.'), 'klagevejledning'), []);
    // A paragraph about something else does not go on with it: the body is still missing.
    assert.match(findings(letter('Du er velkommen til at ringe, hvis du har spørgsmål.'), 'klagevejledning')[0]?.message ?? '', /Ankestyrelsen/);
  });

  it('gives a decision that cannot be appealed information, not an error', () => {
    const [finding] = findings(fixture('klagevejledning-bl-35-stk-3-fritidsaktiviteter-uden-klagevejledning.md'), 'klagevejledning');
    assert.equal(finding.severity, 'information');
    const serviceLevel = 'Dato: 1. marts 2025\n\n# Afgørelse\n\nDu får afslag på en plads i dagcentret.\n\n## Begrundelse\n\nAfgørelsen er truffet efter retssikkerhedslovens § 60, stk. 3. Vi har lagt vægt på, at kommunen ikke har flere pladser.\n';
    const [level] = findings(serviceLevel, 'klagevejledning');
    assert.equal(level.severity, 'information');
    assert.match(level.message, /En afgørelse om hjælp til den enkelte borger er ikke en sådan afgørelse/);
    assert.equal(level.fix, undefined, 'no text that tells the citizen they cannot complain');
  });

  it('takes guidance that says the decision cannot be appealed, citing the bare closing paragraph, and offers to look again if something changes, as no route of appeal', () => {
    const letter = (guidance: string) => `Nordby Kommune\nDato: 2. juni 2025\n\nKære Hiba og Karim\n\n## Afgørelse\n\nVi betaler Yasmins kontingent til gymnastik. I får afslag på støtte til ridetimer. Afgørelsen er truffet efter barnets lov § 35.\n\n## Begrundelse\n\nVi har lagt vægt på, at gymnastikken er et fællesskab med jævnaldrende, og at ridetimerne er privattimer.\n\n## Kan man klage?\n\n${guidance}\n\nMed venlig hilsen\n\nPia Holm\n`;
    const closed = 'Nej. Afgørelser om støtte til fritidsaktiviteter kan efter § 35, stk. 3, ikke indbringes for anden administrativ myndighed.';
    const offer = 'I er altid velkomne til at kontakte mig, hvis Yasmins situation ændrer sig. Så ser vi på sagen igen.';
    assert.deepEqual(findings(letter(`${closed}\n\n${offer}`), 'klagevejledning'), []);
    assert.deepEqual(findings(letter(`${closed.replace('fritidsaktiviteter kan', 'fritidsaktiviteter efter barnets lov § 35 kan')}\n\n${offer}`), 'klagevejledning'), []);
    // The offer right after the sentence that rules the complaint out.
    assert.deepEqual(findings(letter(`${closed} Du kan derfor ikke klage til Ankestyrelsen. Hvis du mener, at vi har overset noget, så ser vi på det igen.`), 'klagevejledning'), []);
    // A reassessment of a complaint beside it appeals another part: the guidance must then be complete.
    assert.ok(findings(letter(`${closed}\n\nHvis I vil klage over afslaget på ridetimerne, ser vi på sagen igen.`), 'klagevejledning').length > 0);
  });

  it('reads a decision under a paragraph whose stk. the letter names as closing the route (»efter barnets lov § 35« and »BL § 35, stk. 3«) as closed', () => {
    const letter = (basis: string) => `Nordby Kommune\nDato: 5. marts 2026\n\nKære Dorthe\n\nDu får støtte til kontingentet på 1.200 kr. Du får ikke støtte til sko og tøj. Afgørelsen er truffet efter ${basis}.\n\nVi har lagt vægt på, at Alberte selv har fundet håndbold og gerne vil spille.\n\nDu kan ikke klage over denne afgørelse til Ankestyrelsen eller en anden myndighed. Det står i BL § 35, stk. 3.\n\nVenlig hilsen\nJonas Pedersen\n`;
    assert.deepEqual(findings(letter('barnets lov § 35'), 'klagevejledning').filter((f) => f.severity === 'error'), []);
    // Another provision beside it is open to appeal.
    assert.ok(findings(letter('barnets lov § 35 og § 32'), 'klagevejledning').some((f) => f.severity === 'error'));
  });

  it('accepts ældrelovens § 10 as legal basis and informs about servicelovens § 83 only for people it shows are covered', () => {
    assert.deepEqual(findings(fixture('aeldreloven-paragraf-10-helhedspleje-god.md'), 'hjemmel'), []);
    const [elderly] = findings(fixture('aeldreloven-sel-83-borger-81-aar-efter-1-juli-2025.md'), 'foraeldet-henvisning');
    assert.equal(elderly.severity, 'information');
    assert.match(elderly.message, /ældreloven § 10 \(helhedspleje\)/);
    const undated = fixture('aeldreloven-sel-83-borger-81-aar-efter-1-juli-2025.md').replace('Dato: 15. september 2025\n', '').replace(/ 2025/g, '');
    assert.deepEqual(findings(undated, 'foraeldet-henvisning'), [], 'an undated letter shows no date after 1 July 2025');
    // A year of birth shows the age as well; one that may not yet give 67 years by the letter's date does not.
    const aged = fixture('aeldreloven-sel-83-borger-81-aar-efter-1-juli-2025.md');
    for (const born of ['født i 1944', 'født den 3. maj 1944', 'født 3.5.1944']) {
      const [byBirth] = findings(aged.replace('der er 81 år,', `der er ${born},`), 'foraeldet-henvisning');
      assert.match(byBirth?.message ?? '', new RegExp(`»${born}«`), born);
    }
    assert.deepEqual(findings(aged.replace('der er 81 år,', 'der er født i 1958,'), 'foraeldet-henvisning'), [], 'born 1958: perhaps 66 in September 2025');
    // A CPR number shows the year of birth when it lies after the letter's year (the 1900s); a masked one too.
    const byCpr = aged.replace('der er 81 år,', 'der bor på plejecentret,').replace('Dato: 15. september 2025\n', 'Dato: 15. september 2025\nCpr.nr.: 110641-xxxx\n');
    assert.match(findings(byCpr, 'foraeldet-henvisning')[0]?.message ?? '', /»110641-xxxx«/);
    assert.deepEqual(findings(byCpr.replace('110641-xxxx', '110620-xxxx'), 'foraeldet-henvisning'), [], 'born 1920 or 2020: the century is unknown');
    assert.deepEqual(findings(byCpr.replace('110641-xxxx', '110660-xxxx'), 'foraeldet-henvisning'), [], 'born 1960: 64 years');
    // Help to a child, and BPA or kontant tilskud, are outside ældreloven (§ 2, stk. 4).
    assert.deepEqual(findings(aged.replace('servicelovens § 83', 'barnets lov § 90, jf. servicelovens § 83'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(aged.replace('servicelovens § 83', 'servicelovens § 95, jf. § 83'), 'foraeldet-henvisning'), []);
    // The letter's own assessment that ældreloven does not apply settles it.
    assert.deepEqual(findings(aged.replace('der er 81 år,', 'der er 81 år og har haft cerebral parese hele livet, og som derfor ikke er omfattet af ældreloven,'), 'foraeldet-henvisning'), []);
    // A relative's age is not the citizen's.
    const young = fixture('aeldreloven-sel-83-yngre-borger-foertidspension-god.md');
    const withFather = young.replace('at din datter Susanne nu bor hos dig', 'at din far, som er 74 år, og din datter Susanne nu bor hos dig');
    assert.notEqual(withFather, young);
    assert.deepEqual(findings(withFather, 'foraeldet-henvisning'), []);
    // The pension age as the upper bound of a rule says nothing of the citizen's age.
    assert.deepEqual(findings(young.replace('Du har sklerose', 'Merudgifter dækkes for personer mellem 18 år og folkepensionsalderen. Du har sklerose'), 'foraeldet-henvisning'), []);
    assert.equal(findings(young.replace('Du har sklerose', 'Du går på folkepension. Du har sklerose'), 'foraeldet-henvisning').length, 1, 'the citizen on pension is evidence');
    for (const relative of ['Din mormor er 71 år og hjælper dig.', 'Din mor går på folkepension.']) {
      assert.deepEqual(findings(young.replace('Du har sklerose', `${relative} Du har sklerose`), 'foraeldet-henvisning'), [], relative);
    }
  });

  it('does not read the treatment exception into a diet', () => {
    const [finding] = findings(fixture('medicin-coeliaki-vurderet-uden-diaet-undtagelse-forkert.md'), 'medicin');
    assert.match(finding.message, /gælder medicinsk behandling, ikke diæt/);
    assert.deepEqual(findings(fixture('medicin-diabetes-insulin-undtagelse-akut-livstruet-god.md'), 'medicin'), []);
  });

  it('asks nothing of the treatment when the letter says it assessed no function (»Vi har derfor ikke vurderet din funktionsevne«)', () => {
    const text = fixture('medicin-laktoseintolerans-uden-vurdering-med-diaeten.md');
    assert.equal(findings(text, 'medicin').length, 1);
    assert.deepEqual(findings(text.replace('Du får afslag på dækning af merudgifter, fordi Ida ikke er omfattet af personkredsen.', 'Du får afslag på dækning af merudgifter, fordi Ida ikke er omfattet af personkredsen. Vi har ikke taget stilling til Idas funktionsevne.'), 'medicin'), []);
  });

  it('reads the party\'s age as a fact of the case also where the sentence names the application, and »Det har I selv fortalt« as facts told', () => {
    const letter = (reasons: string) => `# Afgørelse om ledsageordning\n\nLindby Kommune, 8. januar 2026\n\nKære Jørgen Holm\n\nDu får afslag på ledsagelse efter servicelovens § 97, stk. 1.\n\n## Begrundelse\n\nLedsageordningen kan kun tilbydes til personer under folkepensionsalderen. ${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, før den sendes videre.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Du fyldte 67 år, før du søgte.'), 'faktiske-oplysninger'), []);
    assert.deepEqual(findings(letter('Du har nået folkepensionsalderen. Det har du selv fortalt.'), 'faktiske-oplysninger'), []);
    assert.equal(findings(letter('Du har nået folkepensionsalderen.'), 'faktiske-oplysninger').length, 1);
  });

  it('reads a complaint »stilet til« the municipality, which »først skal se på den«, as lodged for its reassessment', () => {
    const letter = (guidance: string) => `# Afgørelse om merudgifter\n\nLindby Kommune, 8. januar 2026\n\nKære Eva Holm\n\nDu får afslag på dækning af merudgifter til kost efter barnets lov § 86. Vi har lagt vægt på, at lægen har skrevet, at Ida spiser almindelig mad.\n\n## Klagevejledning\n\nDu kan klage over afgørelsen. Fristen er 4 uger fra den dag, du modtager brevet. ${guidance} Kan vi ikke give dig medhold, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Klagen skal stiles til Lindby Kommune. Det er os, der først skal se på den.'), 'klagevejledning'), []);
    assert.equal(findings(letter('Klagen skal sendes direkte til Ankestyrelsen.'), 'klagevejledning').length, 1);
    // The deadline counted from the letter's date is wrong; a sentence that works out when the letter counts as received is not.
    const fromLetter = findings(letter('Klagen skal stiles til Lindby Kommune. Din klage skal være modtaget senest 4 uger fra dette brevs dato.'), 'klagevejledning');
    assert.deepEqual(fromLetter.map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Klagen skal stiles til Lindby Kommune. Ved almindelig post regnes brevet for modtaget 6 hverdage efter afsendelsen.'), 'klagevejledning'), []);
    // Ankestyrelsen's address and Ankestyrelsen receiving the complaint name no municipal recipient.
    assert.equal(findings(letter('Klagen skal være modtaget hos Ankestyrelsen, 7998 Statsservice. Vi har sendt brevet den 7. oktober, så Ankestyrelsen skal have din klage senest den 4. november.'), 'klagevejledning').length, 1);
  });

  it('holds a merudgift grant to the yearly minimum of its year', () => {
    const [finding] = findings(fixture('beregning-merudgifter-bl-86-bevilling-under-minimumsbeloeb.md'), 'beregning');
    assert.match(finding.message, /300 kr\. om måneden, svarende til 3\.600 kr\. om året.*mindst 5\.519 kr\. om året \(2024-niveau; kontrollér beløbet for 2025\).*barnets lov § 86, stk\. 3/);
    const in2023 = fixture('beregning-merudgifter-bl-86-bevilling-under-minimumsbeloeb.md').replace(/2025/g, '2023');
    assert.match(findings(in2023, 'beregning')[0].message, /mindst 5\.348 kr\. om året \(2023-niveau\)/);
    // An earlier grant under the old law, told as history, does not make the old provision's minimum the letter's.
    const withHistory = fixture('beregning-merudgifter-bl-86-bevilling-under-minimumsbeloeb.md').replace('Afgørelsen er truffet efter barnets lov § 86, stk. 2.', 'I 2021 fik I dækket merudgifter efter den dagældende servicelovens § 41. Afgørelsen er truffet efter barnets lov § 86, stk. 2.');
    const [current] = findings(withHistory, 'beregning');
    assert.match(current.message, /barnets lov § 86, stk\. 3/);
    assert.doesNotMatch(current.message, /servicelovens § 41/);
    // An item of a table headed »Bevilget« is not the grant: its header stands in the sentence the splitter reads.
    const table = '| Udgift | Søgt | Bevilget |\n|---|--:|--:|\n| Kørsel | 650 kr. | 450 kr. om måneden. Heraf parkering ca. 40 kr. pr. måned. |\n';
    const withTable = fixture('beregning-merudgifter-bl-86-bevilling-under-minimumsbeloeb.md').replace('300 kr. om måneden fra', '500 kr. om måneden fra').replace('Sådan har vi beregnet beløbet:', `Sådan har vi beregnet beløbet:\n\n${table}`);
    assert.deepEqual(findings(withTable, 'beregning').filter((f) => /bevilger/.test(f.message)), []);
    // Nor is the sum applied for, named beside the item granted in part.
    const withApplied = fixture('beregning-merudgifter-bl-86-bevilling-under-minimumsbeloeb.md').replace('300 kr. om måneden fra', '500 kr. om måneden fra').replace('Sådan har vi beregnet beløbet:', 'Ekstra tøjvask (søgt: 200 kr. om måneden) er dækket delvist.\n\nSådan har vi beregnet beløbet:');
    assert.deepEqual(findings(withApplied, 'beregning').filter((f) => /bevilger/.test(f.message)), []);
    // The child's merudgift paid out in parts to two homes reaches the minimum together; parts below it together do not.
    const split = (other: string) => fixture('beregning-merudgifter-bl-86-bevilling-under-minimumsbeloeb.md')
      .replace('I får dækket merudgifter med 300 kr. om måneden fra den 1. juli 2025.', `Mor får udbetalt 300 kr. om måneden fra den 1. juli 2025. Far får udbetalt ${other} om måneden fra samme dato.`);
    assert.deepEqual(findings(split('500 kr.'), 'beregning').filter((f) => /bevilger/.test(f.message)), []);
    assert.equal(findings(split('100 kr.'), 'beregning').filter((f) => /bevilger/.test(f.message)).length, 1);
  });

  it('reads »Din ydelse bliver …« as the amount decided, whose calculation must be shown beside the wage it rests on', () => {
    const letter = (calculation: string) =>
      `# Afgørelse om tabt arbejdsfortjeneste\n\nVestby Kommune, 4. juni 2025\n\nKære Anders Holm\n\nDu søgte om dækning af tabt arbejdsfortjeneste i 22 timer om ugen efter barnets lov § 87. Du får 14 timer om ugen.\n\nDin ydelse bliver 11.805 kr. om måneden før skat.\n\n## Sagens oplysninger\n\nDu arbejder 37 timer om ugen med en bruttoløn på 31.200 kr. om måneden. Emma har brug for hjælp hver morgen i 2 timer og 4 timer om ugen til behandling, i alt 14 timer.\n\n## Begrundelse\n\nVi har lagt vægt på, at Emma klarer sig bedre i løbet af dagen. ${calculation}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Vestby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nGry Sand\n`;
    assert.deepEqual(findings(letter(''), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Ydelsen er 31.200 kr. × 14 / 37 = 11.805 kr. om måneden.'), 'beregning'), []);
    // A lead that opens the hours (»Udmåling af timer:«) opens no calculation of the sum.
    const hoursLaidOut = letter('').replace('## Begrundelse', 'Udmåling af timer:\n\n| Behov | Timer pr. uge |\n|---|---|\n| Morgen | 10 |\n| Behandling | 4 |\n\n## Begrundelse');
    assert.deepEqual(findings(hoursLaidOut, 'beregning').map((f) => f.severity), ['warning']);
    // Merudgifter named as untouched by this decision do not make it a merudgift decision with ordinary expenses to deduct.
    const untouched = 'Ydelsen er 31.200 kr. × 14 / 37 = 11.805 kr. om måneden. Merudgiftsydelsen til Emma efter barnets lov § 86 er ikke berørt af denne afgørelse.';
    const granted = (calculation: string) => letter(calculation).replace('Du får 14 timer om ugen.', 'Vi bevilger dig 14 timer om ugen.');
    assert.deepEqual(findings(granted(untouched), 'beregning'), []);
    assert.deepEqual(findings(granted(untouched.replace(' er ikke berørt af denne afgørelse', ' fortsætter')), 'beregning').map((f) => f.text.key), ['beregning.noDeduction']);
  });

  it('reads the figures in a table\'s column of what is granted beside one of what was applied for as decided; such a table calculates only with a total row', () => {
    const letter = (table: string) =>
      `# Afgørelse om tabt arbejdsfortjeneste\n\nVestby Kommune, 4. juni 2025\n\nKære Anders Holm\n\n## Afgørelse\n\nDu får delvist bevilget tabt arbejdsfortjeneste efter barnets lov § 87.\n\n${table}\n\n## Begrundelse\n\nVi har lagt vægt på, at Emma klarer sig selv om formiddagen, og at hun har brug for hjælp hver eftermiddag i 3 timer, 5 dage om ugen.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Vestby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nGry Sand\n`;
    const sideBySide = '| | Ansøgt | Bevilget |\n|---|---|---|\n| Timer pr. uge | 20 | 15 |\n| Ydelse pr. måned | – | 13.250 kr. |\n| Pensionsbidrag pr. måned | – | 1.060 kr. |';
    assert.deepEqual(findings(letter(sideBySide), 'beregning').map((f) => f.text.key), ['beregning.notShown']);
    const withTotal = '| Post | Ansøgt | Bevilget |\n|---|---|---|\n| Løn for 15 timer | 14.000 kr. | 12.190 kr. |\n| Pensionsbidrag | 1.200 kr. | 1.060 kr. |\n| **I alt** | 15.200 kr. | 13.250 kr. |';
    assert.deepEqual(findings(letter(withTotal), 'beregning').map((f) => f.text.key), []);
  });

  it('reads a sum the municipality has decided to give (»besluttet at yde Dem 1.480 kr.«) as decided, whose calculation must be shown', () => {
    const letter = (decision: string) =>
      `# Afgørelse om støtte til samvær\n\nVesthavn Kommune, 6. marts 2026\n\nKære Lone Berg\n\n## Afgørelse\n\n${decision} De har søgt om 2.400 kr. om måneden, og De får derfor delvist medhold. Afgørelsen er truffet efter barnets lov § 35, stk. 4, nr. 5.\n\n## Begrundelse\n\nVi har lagt vægt på, at De bor 90 km fra opholdsstedet og besøger Sebastian hver anden weekend.\n\n## Klagevejledning\n\nDe kan klage til Ankestyrelsen. Send klagen til Vesthavn Kommune inden 4 uger efter, at De har modtaget afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nLars Bo\n`;
    assert.deepEqual(findings(letter('Vi har besluttet at yde Dem 1.480 kr. om måneden i støtte til samvær.'), 'beregning').map((f) => f.text.key), ['beregning.notShown']);
    assert.deepEqual(findings(letter('Vi har besluttet at yde Dem 1.480 kr. om måneden i støtte til samvær: 2 ture × 370 km × 2 kr. = 1.480 kr.'), 'beregning'), []);
  });

  it('asks no deduction of ordinary expenses when a merudgift stops and the letter works out only the part month paid before the stop', () => {
    const letter = (decision: string) =>
      `# Afgørelse om merudgifter til Freja\n\nSøby Kommune, 2. marts 2026\n\nKære Line og Per\n\n## Afgørelse\n\n${decision}\n\nFor marts udbetaler vi ydelse for perioden 1.–19. marts:\n\n| Beregning | Beløb |\n|---|---|\n| Månedlig ydelse | 930 kr. |\n| Pr. dag (930 kr. / 31 dage) | 30 kr. |\n| Udbetaling (19 × 30 kr.) | 570 kr. |\n\n## Begrundelse\n\nEfter barnets lov § 86 dækkes merudgifter til et barn under 18 år. Freja fylder 18 år den 20. marts 2026, og hun er født den 20. marts 2008.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at I har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nGry Sand\n`;
    const keys = (decision: string) => findings(letter(decision), 'beregning').map((f) => f.text.key);
    for (const stop of ['ophører', 'afsluttes', 'stopper', 'bortfalder']) {
      assert.deepEqual(keys(`Merudgiftsydelsen på 930 kr. om måneden efter barnets lov § 86 ${stop} den 20. marts 2026.`).filter((key) => key !== 'beregning.noThresholdCompensation'), [], stop);
    }
    // The sum of the grant that stops, told as paid out until now, was measured when it was granted.
    const stopOnly = letter('Den merudgiftsydelse på 930 kr. om måneden, der siden 1. januar 2024 er udbetalt efter barnets lov § 86, ophører den 20. marts 2026.').replace(/For marts udbetaler vi[\s\S]*?\| Udbetaling \(19 × 30 kr\.\) \| 570 kr\. \|\n/, '');
    assert.ok(!stopOnly.includes('570 kr.'));
    assert.ok(!findings(stopOnly, 'beregning').some((f) => f.text.key === 'beregning.notShown'));
    // A new monthly sum is a merudgift measured anew.
    assert.ok(keys('Merudgiftsydelsen på 930 kr. om måneden efter barnets lov § 86 ophører den 20. marts 2026. Fra den 20. marts bevilger vi i stedet 1.200 kr. om måneden.').includes('beregning.noDeduction'));
  });

  it('reads an amount a grant is changed to, or given, as decided, whose calculation must be shown', () => {
    const letter = (decision: string, calculation: string) =>
      `# Din merudgiftsydelse er beregnet på ny\n\nØstby Kommune, 16. maj 2024\n\nKære Lone Holm\n\n## Afgørelse\n\n${decision}\n\nAfgørelsen er truffet efter servicelovens § 100.\n\n## Begrundelse\n\nDu er flyttet til en lejlighed, hvor viceværten klarer havearbejdet. Vi har lagt vægt på, at udgiften til havearbejde er faldet bort. ${calculation}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Østby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nMorten Kjær\n`;
    for (const decision of ['Din merudgiftsydelse ændres fra 2.200 kr. til 1.100 kr. om måneden fra den 1. juni 2024.', 'Vi sætter din merudgiftsydelse ned fra 2.200 kr. til 1.100 kr. om måneden.', 'Din merudgiftsydelse sænkes fra 2.200 kr. til 1.100 kr. om måneden.', 'Vi har besluttet at give dig 1.100 kr. om måneden i merudgiftsydelse.']) {
      assert.deepEqual(findings(letter(decision, ''), 'beregning').map((f) => f.severity), ['warning'], decision);
      // The items that are left, added up to the new amount.
      assert.deepEqual(findings(letter(decision, 'Dine merudgifter er nu tøjvask 450 kr. + slid på tøj og sko 250 kr. + taxa om vinteren 400 kr. = 1.100 kr. om måneden.'), 'beregning'), [], decision);
    }
  });

  it('reads a loan repaid, paid off or written down as decided, not as an item of the calculation (servicelovens § 114)', () => {
    const letter = (calculation: string) =>
      `# Afgørelse om støtte til bil\n\nEgeby Kommune, 4. november 2025\n\nKære Ole Holm\n\nDu har søgt om støtte til en større stationcar til 214.000 kr.\n\n## Afgørelse\n\nDu får støtte til køb af bil efter servicelovens § 114 som et rentefrit lån på 176.500 kr.\n\nDu skal tilbagebetale 105.984 kr., som afdrages med 1.104 kr. om måneden i 96 måneder. Resten af lånet nedskrives.\n\n## Begrundelse\n\nDu kan gå 30 meter med albuestokke. Den billigste egnede bil er en mindre stationcar til 176.500 kr. ${calculation}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Egeby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nLise Juul\n`;
    assert.deepEqual(findings(letter(''), 'beregning').map((f) => f.severity), ['warning']);
    // The split of the loan shown: the figures are a calculation.
    assert.deepEqual(findings(letter('Halvdelen af lånet, 88.250 kr., er afdragsfrit. Din indtægt er 40.000 kr. over grænsen, og 20 % heraf, 8.000 kr., lægges til den del, du betaler tilbage: 88.250 + 8.000 + 9.734 = 105.984 kr. Det giver 105.984 kr. / 96 = 1.104 kr. om måneden.'), 'beregning'), []);
  });

  it('asks no calculation of hours the application gives (»afslag på de ekstra 17 timer« after 37 instead of 20) nor of hours refused with the verb first', () => {
    const letter = (decision: string) =>
      `# Afgørelse om tabt arbejdsfortjeneste\n\nLindby Kommune, 2. februar 2026\n\nKære Maria Holm\n\n## Afgørelse\n\nDu har søgt om tabt arbejdsfortjeneste for 37 timer om ugen i stedet for 20 timer i uge 9. ${decision}\n\n## Begrundelse\n\nDu får tabt arbejdsfortjeneste efter barnets lov § 87 for 20 timer om ugen. Vi har lagt vægt på, at Noahs behov for pasning ikke er større i ferien.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Vi giver afslag på de ekstra 17 timer.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Du får ikke de ekstra 17 timer om ugen i uge 9.'), 'beregning'), []);
    // Hours measured out below the application are no difference of its figures.
    assert.deepEqual(findings(letter('Vi giver dig 28 timer om ugen i uge 9.'), 'beregning').map((f) => f.severity), ['warning']);
    const between = letter('Du får 23 timer om ugen i uge 9. Det er 3 timer mere end i dag og 14 timer mindre end de 37 timer, du har søgt om.');
    assert.deepEqual(findings(between, 'beregning').map((f) => f.severity), ['warning']);
  });

  it('asks no calculation of a sum that stops or was granted before (»stopper udbetalingen af 600 kr.«, »fik bevilget 600 kr. i 2023«)', () => {
    const letter = (decision: string) =>
      `# Afgørelse om merudgifter\n\nLindby Kommune, 2. april 2025\n\nKære Olena Holm\n\n## Afgørelse\n\nVi har besluttet, at Sofiia ikke længere kan få dækket merudgifter efter barnets lov § 86. ${decision}\n\n## Begrundelse\n\nVi har lagt vægt på, at Sofiia ikke har haft anfald i et år, og at hun ikke længere tager medicin.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Fra 1. maj 2025 stopper udbetalingen af 600 kr. om måneden. Sofiia fik bevilget 600 kr. om måneden i september 2023.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Fra 1. maj 2025 udbetaler vi 600 kr. om måneden.'), 'beregning').map((f) => f.severity), ['warning']);
    // Nor of a ceiling told as a possibility; a sum covered up to is decided.
    assert.deepEqual(findings(letter('Fra 1. maj 2025 stopper udbetalingen af 600 kr. om måneden. Ledsagerens udgifter kan dækkes med op til 1.005 kr. om året, når I beder om det.'), 'beregning'), []);
    assert.ok(findings(letter('Fra 1. maj 2025 dækker vi op til 1.005 kr. om året.'), 'beregning').some((f) => f.severity === 'warning'));
  });

  it('reads a payment the party owes (»Du skal betale 3.108 kr. for kost og vask«) as decided, whose calculation must be shown', () => {
    const letter = (calculation: string) =>
      `# Afgørelse om midlertidigt ophold\n\nLindby Kommune, 2. februar 2026\n\nKære Ole Holm\n\nDu har søgt om et midlertidigt ophold og om at blive fritaget for betaling.\n\n## Afgørelse\n\nDu får et midlertidigt ophold efter servicelovens § 84, stk. 2, fra 23. februar til 15. marts 2026.\n\nDu skal betale 3.108 kr. for kost og vask under opholdet. Vi kan ikke fritage dig for betalingen.\n\n## Begrundelse\n\nDu har Parkinsons sygdom, og din hustru kan ikke hjælpe dig i tre uger efter sin operation. Vi har lagt vægt på, at kost og vask er udgifter, du også har hjemme. ${calculation}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter(''), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Beløbet er 21 døgn × 148 kr. = 3.108 kr.'), 'beregning'), []);
  });

  it('asks how a total of hours granted beside a refusal was reached (»i alt 2 timer og 30 minutter om ugen« over tasks without their time)', () => {
    const letter = (tasks: string) =>
      `# Afgørelse om praktisk hjælp\n\nVesthavn Kommune, 12. maj 2025\n\nKære Inge Nørgaard\n\nDu har søgt om hjælp til rengøring, tøjvask og vinduespudsning.\n\n## Afgørelse\n\nDu får bevilget praktisk hjælp i alt 2 timer og 30 minutter om ugen efter servicelovens § 83, stk. 1, nr. 2.\n\nHjælpen omfatter:\n\n${tasks}\n\nDu får ikke hjælp til vinduespudsning, fordi du kan bruge en privat vinduespudser.\n\n## Begrundelse\n\nVi har lagt vægt på, at du efter din hofteoperation ikke kan bøje dig og bære tunge ting.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Vesthavn Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Kjær\n`;
    assert.deepEqual(findings(letter('- rengøring af stue, køkken og bad\n- tøjvask'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('- rengøring af stue, køkken og bad: 1 time og 30 minutter\n- tøjvask: 60 minutter'), 'beregning'), []);
    // The hours as they stand, said as a total, measure nothing out.
    const standing = letter('- rengøring\n- tøjvask').replace('Du får bevilget praktisk hjælp i alt', 'Du har i dag i alt');
    assert.deepEqual(findings(standing, 'beregning'), []);
  });

  it('reads a calculation section whose table works out to the sum decided as the calculation, though the table leaves »kr.« out', () => {
    const letter = (last: string) =>
      `# Regulering af tilskud til BPA\n\nSøndervig Kommune, 8. december 2025\n\nKære Susanne\n\nLønnen for hjælpere stiger med 2,9 % efter overenskomsten.\n\n## Afgørelse\n\nDeres tilskud efter servicelovens § 96 bliver fra den 1. januar 2026 91.357,34 kr. om måneden. Vi har ikke bevilget det ekstra tillæg til weekendarbejde, De bad om.\n\n## Beregning\n\n| | 2026 |\n|---|---:|\n| Timer pr. år: 84 t × 52,14 uger | 4.379,76 |\n| Løn: timer × timesats 245,65 | 1.075.888,04 |\n| Administration | 20.400,00 |\n| I alt pr. år | 1.096.288,04 |\n| ${last} |\n\nMed venlig hilsen\n\nAnne Krog\n`;
    assert.deepEqual(findings(letter('Pr. måned (÷ 12) | 91.357,34'), 'beregning'), []);
    // A table that never reaches the sum decided calculates something else.
    assert.deepEqual(findings(letter('Timesats | 245,65'), 'beregning').map((f) => f.severity), ['warning']);
  });

  it('asks each part that fixes a sum of its own for its calculation: a table in one part calculates nothing of another', () => {
    const letter = (taf: string, summary = '') =>
      `# Afgørelse om merudgifter og tabt arbejdsfortjeneste\n\nSøndervig Kommune, 8. januar 2026\n\nKære Nina og Ole\n\nI har søgt om dækning af merudgifter til Liva og om tabt arbejdsfortjeneste til Nina.\n\n${summary}## Merudgifter efter barnets lov § 86\n\n| Udgift | Pr. år |\n|---|---|\n| Kørsel til Rigshospitalet | 4.800 kr. |\n| Ekstra vask | 2.400 kr. |\n| I alt | 7.200 kr. |\n\n7.200 kr. om året svarer til 600 kr. om måneden. Vi har kun medregnet den del af vasken, der går ud over en almindelig families.\n\n## Tabt arbejdsfortjeneste efter barnets lov § 87\n\nVi vurderer, at Liva skal passes hjemme to eftermiddage om ugen, fordi hun efter sine anfald skal have ro og tæt opsyn. ${taf}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Søndervig Kommune inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nAnne Krog\n`;
    // The minimum's information finding (a merudgift) is another matter.
    const warnings = (text: string) => findings(text, 'beregning').filter((f) => f.severity !== 'information');
    const unshown = warnings(letter('Nina får 6.450 kr. om måneden i tabt arbejdsfortjeneste. I får afslag på den tredje eftermiddag.'));
    assert.deepEqual(unshown.map((f) => f.severity), ['warning']);
    assert.match(unshown[0].message, /fastsætter 6\.450 kr\. i et afsnit for sig/);
    // The part's own calculation answers it; so does a sum told again in a summary above the parts.
    assert.deepEqual(warnings(letter('Nina får 8 timer om ugen × 4,33 uger × 186 kr. = 6.450 kr. om måneden i tabt arbejdsfortjeneste. I får afslag på den tredje eftermiddag.')), []);
    const calculated = 'Nina får 8 timer om ugen × 4,33 uger × 186 kr. = 6.450 kr. om måneden i tabt arbejdsfortjeneste. I får afslag på den tredje eftermiddag.';
    assert.deepEqual(warnings(letter(calculated, '## Kort fortalt\n\nI får 600 kr. om måneden i merudgifter og 6.450 kr. om måneden i tabt arbejdsfortjeneste.\n\n')), []);
    // A back payment of so many months of a monthly sum decided is that sum times the months; another sum is not.
    const backPaid = (sum: string) => warnings(letter(`${calculated}\n\n## Udbetaling\n\nEfterbetaling for november og december (${sum}) kommer med næste udbetaling.`));
    assert.deepEqual(backPaid('12.900 kr.'), []);
    assert.deepEqual(backPaid('13.100 kr.').map((f) => f.severity), ['warning']);
  });

  it('reads two sums decided for two children in one sentence (»beregnet … til 900 kr. … og 500 kr. …«) as results, not a calculation; a month and a year still convert', () => {
    const letter = (result: string) =>
      `# Afgørelse om merudgifter\n\nNordby Kommune, 2. april 2025\n\nKære Lise og Jens\n\nI har søgt om 1.500 kr. om måneden til Mille og 900 kr. om måneden til Oscar.\n\n## Afgørelse\n\nI får dækket merudgifter efter barnets lov § 86 med:\n\n- **700 kr. om måneden til Mille**\n- **400 kr. om måneden til Oscar**\n\nI får dermed delvist afslag for begge børn.\n\n## Begrundelse\n\nVi har godkendt udgifter til kørsel og bleer, men ikke til en elcykel. ${result}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Nordby Kommune inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const warnings = (text: string) => findings(text, 'beregning').filter((f) => f.severity !== 'information');
    assert.match(warnings(letter('På den baggrund har vi beregnet merudgifterne til 700 kr. om måneden for Mille og 400 kr. om måneden for Oscar.'))[0]?.message ?? '', /uden at vise, hvordan det er beregnet/);
    assert.deepEqual(warnings(letter('Vi har beregnet Milles merudgifter til 8.400 kr. om året, svarende til 700 kr. om måneden, og Oscars til 4.800 kr. om året, svarende til 400 kr. om måneden, efter fradrag af almindelige udgifter.')), []);
  });

  it('reads a price another charges (»det beløb, klubben opkræver for hele året«) as the sum\'s calculation, and arithmetic inside a letter written as one long paragraph', () => {
    const club = `# Afgørelse om fritidsaktivitet\n\nNordby Kommune, 2. februar 2026\n\nKære Lise\n\n## Afgørelse\n\nVi giver støtte til Malthes fodbold efter barnets lov § 35. Du får:\n\n- kontingent for 2026: 1.650 kr. (det beløb, klubben opkræver for hele året)\n\nDu får ikke støtte til træningslejren.\n\n## Begrundelse\n\nVi har lagt vægt på, at den faste træning hjælper Malthe til at få venner.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(club, 'beregning').filter((f) => f.severity !== 'information'), []);
    const padding = 'Vi har lagt vægt på, at Malthe har brug for en voksen, der kender hans sygdom, hver eftermiddag efter skole. '.repeat(20);
    const long = `# Afgørelse om tabt arbejdsfortjeneste\n\nNordby Kommune, 2. februar 2026\n\nKære Louise. Du søgte om 20 timer om ugen, og du får dækket tabt arbejdsfortjeneste i 10 timer om ugen efter barnets lov § 87; du får afslag på resten. ${padding}Din bruttoløn er 33.800 kr. om måneden for 37 timer om ugen; for 10 timer om ugen giver det 33.800 kr. x 10/37 = 9.135 kr. om måneden før skat. Du kan klage til Ankestyrelsen. Send klagen til Nordby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.ok(long.length > 2500);
    assert.deepEqual(findings(long, 'beregning').filter((f) => f.severity !== 'information'), []);
  });

  it('reads »hverken … eller« as a negation: »hverken Signe eller Karl er i målgruppen« finds the children outside it', () => {
    const letter = (finding: string) =>
      `# Afgørelse om merudgifter\n\nNordby Kommune, 2. februar 2026\n\nKære Marianne og Claus\n\n## Afgørelse\n\nI får afslag på dækning af merudgifter efter barnets lov § 86, stk. 1.\n\n## Sagens oplysninger\n\nBegge børn har epilepsi og er i fast behandling med antiepileptisk medicin.\n\n## Begrundelse\n\n${finding} Vi har lagt vægt på, at begge børn går i almindelig skole og til sport.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Nordby Kommune inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('Vi vurderer, at hverken Signe eller Karl er omfattet af målgruppen.'), 'medicin').length, 1);
    assert.deepEqual(findings(letter('Vi vurderer, at både Signe og Karl er omfattet af målgruppen.'), 'medicin'), []);
  });

  it('reads an offer of help to complain beside questions (»kontakte os, hvis du har spørgsmål eller brug for hjælp til at klage«) as no place to lodge the complaint', () => {
    const letter = (offer: string) =>
      `# Afgørelse om plejevederlag\n\nVestby Kommune, 2. september 2024\n\nKære Jens Holm\n\n## Afgørelse\n\nDu får plejevederlag for 32 timer om ugen efter servicelovens § 119. Du får afslag på de sidste 5 timer.\n\n## Begrundelse\n\nVi har lagt vægt på, at du er ansat 32 timer om ugen, og at plejevederlaget ikke kan overstige din hidtidige indtægt.\n\n## Klagevejledning\n\nHvis du ikke er enig, kan du klage til Ankestyrelsen. Du sender klagen direkte til Ankestyrelsen via ast.dk. Klagen skal være modtaget senest 4 uger efter, at du har fået afgørelsen.\n\n${offer}\n\nMed venlig hilsen\n\nEva Dal\n`;
    const errors = (offer: string) => findings(letter(offer), 'klagevejledning').filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.ok(errors('Du er velkommen til at kontakte os, hvis du har spørgsmål til afgørelsen eller brug for hjælp til at klage.').length > 0);
    // A complaint sent to the municipality is lodged with it.
    assert.deepEqual(errors('Du kan også sende klagen til os, så ser vi på sagen igen, inden den går videre til Ankestyrelsen.'), []);
  });

  it('says what to check when only the party\'s economy told among the facts gives the sums beside a payment fixed', () => {
    const letter = (facts: string, reasons = '') =>
      `# Afgørelse om betaling for madordning\n\nØstby Kommune, 4. marts 2026\n\nKære Lise Holm\n\nDu har bedt om at blive fritaget for betaling for frokost i dagtilbuddet.\n\n## Afgørelse\n\nDu bliver ikke fritaget, men din betaling sættes ned. Fra den 1. april 2026 betaler du 520 kr. om måneden.\n\n## Sagens oplysninger\n\n${facts}\n\n## Begrundelse\n\nVi har lagt vægt på, at frokosten erstatter mad, du ellers ville købe hjemme, og at din økonomi er stram. ${reasons}\n\n## Regler\n\nAfgørelsen er truffet efter servicelovens § 104 og bekendtgørelse om betaling for botilbud og andre ydelser.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Østby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPer Lund\n`;
    const economy = '- Din pension er 14.200 kr. om måneden efter skat, og din husleje er 6.900 kr.\n- Din elregning er steget med 310 kr. om måneden.';
    const told = findings(letter(economy), 'beregning');
    assert.deepEqual(told.map((f) => f.severity), ['information']);
    assert.match(told[0].message, /sagens oplysninger.*viser ikke, hvordan det fastsatte beløb er regnet ud/);
    // The facts' own breakdown that makes the sum, and a calculation in the reasons, show it.
    assert.deepEqual(findings(letter('- Frokost: 360 kr. om måneden.\n- Frugt: 90 kr. om måneden.\n- Drikkevarer: 70 kr. om måneden.'), 'beregning'), []);
    assert.deepEqual(findings(letter(economy, 'Du betaler for 18 dage × 25 kr. = 450 kr. og for frugt 70 kr. om måneden.'), 'beregning'), []);
  });

  it('asks no calculation of the kompensationsydelse\'s standard amount (servicelovens § 100 and barnets lov § 86 from 1 September 2025)', () => {
    const letter = (date: string, grant: string, reasons = '') =>
      `# Afgørelse om hjælp til udgifter\n\nBallerup Kommune, ${date}\n\nKære Mette Holm\n\nDu har søgt om hjælp til udgifter til taxakørsel efter servicelovens § 100.\n\n## Afgørelse\n\n${grant} Du får ikke dækket udgiften til vinduespudsning.\n\n## Begrundelse\n\nDu har sklerose, og din gangfunktion er varigt nedsat. Vi har lagt vægt på, at du ikke kan gå mere end 50 meter og derfor må tage taxa til lægen. ${reasons}\n\nMed venlig hilsen\n\nAnna Berg\n`;
    const plain = 'Du får kompensationsydelse på 1.130 kr. om måneden fra den 1. april 2026.';
    // The standard amount named, and the expenses shown to reach the minimum: nothing to calculate.
    assert.deepEqual(findings(letter('3. marts 2026', 'Du får kompensationsydelse som et fast standardbeløb på 1.130 kr. om måneden.', 'Dine sandsynliggjorte udgifter er ca. 900 kr. om måneden og dermed over minimumsbeløbet.'), 'beregning'), []);
    // An amount alone may be the standard amount or documented expenses: information that says both, with the new minimum.
    const unclear = findings(letter('3. marts 2026', plain), 'beregning');
    assert.deepEqual(unclear.map((f) => f.severity), ['information']);
    assert.match(unclear[0].message, /standardbeløb.*mindst 6\.660 kr\. om året \(2025-niveau, fra 1\.9\.2025.*servicelovens § 100, stk\. 2/);
    // A later year's level lies within a twentieth a year above the catalogued one: in a letter of the level's own year, or
    // further above it, the figure is no standard amount and must be itemised.
    assert.equal(findings(letter('3. november 2025', plain), 'beregning')[0]?.text.key, 'beregning.notShown');
    assert.equal(findings(letter('3. marts 2026', plain.replace('1.130', '1.200')), 'beregning')[0]?.text.key, 'beregning.notShown');
    // Another figure is documented expenses with a supplement, or a merudgift: itemised, as before, with the new minimum.
    const other = findings(letter('3. marts 2026', plain.replace('1.130', '900')), 'beregning');
    assert.deepEqual(other.map((f) => f.severity), ['warning', 'information']);
    assert.match(other[1].message, /Kompensationsydelsen ydes kun.*6\.660 kr\. om året/);
    // Documented expenses tested against a limit in other words than »minimum« show the test too.
    for (const test of ['Udgifterne er over grænsen på 2.000 kr. om måneden.', 'Udgifterne overstiger beløbsgrænsen.', 'Udgifterne når tærsklen for dokumenterede udgifter.']) {
      const itemised = letter('3. marts 2026', 'Du får kompensationsydelse på 2.738 kr. om måneden fra den 1. april 2026.', `Dine udgifter til taxa er 26 ture × 86 kr. = 2.236 kr. om måneden. Hertil kommer standardbeløbet på 500 kr. ${test}`);
      assert.deepEqual(findings(itemised, 'beregning'), [], test);
    }
    // The documented expenses granted (»gruppe 2«) are itemised, whatever the reasons say of the standard amount; the grant
    // as it stands and the limit passed are no items of a calculation.
    const documented = letter('3. marts 2026', 'Du får kompensationsydelse efter gruppe 2 med 2.850 kr. om måneden. I dag får du 3.600 kr. om måneden.', 'Dine udgifter er over grænsen på 2.000 kr. om måneden. Udgifter til vask på 150 kr. om måneden dækkes af standardbeløbet.');
    assert.deepEqual(findings(documented, 'beregning').map((f) => f.severity), ['warning']);
    // Its supplement named to explain the form applied for is no grant of it: the standard amount granted needs no calculation.
    const standardGranted = letter('3. marts 2026', 'Du får kompensationsydelse som et fast standardbeløb på 1.130 kr. om måneden. Du søgte gruppe 2, hvor man får dækket sine dokumenterede udgifter plus 500 kr. om måneden.', 'Dine sandsynliggjorte udgifter er ca. 900 kr. om måneden og dermed over minimumsbeløbet.');
    assert.deepEqual(findings(standardGranted, 'beregning'), []);
    // The supplement itself called »standardbeløbet« (»Beløbet omfatter standardbeløbet på 500 kr.«) leaves the documented
    // expenses to be itemised.
    const supplementNamed = letter('3. marts 2026', 'Du får kompensationsydelse på 2.640 kr. om måneden. Beløbet omfatter standardbeløbet på 500 kr.');
    assert.deepEqual(findings(supplementNamed, 'beregning').map((f) => f.severity), ['warning']);
    // So does the standard amount said to be included in the sum (»Beløbet er inklusive standardbeløbet«) or added to it.
    for (const included of ['Beløbet er inklusive standardbeløbet.', 'Du får dine udgifter med tillæg af standardbeløbet.']) {
      assert.deepEqual(findings(letter('3. marts 2026', `Du får kompensationsydelse på 2.640 kr. om måneden. ${included}`), 'beregning').map((f) => f.severity), ['warning'], included);
    }
    // A sum measured out is no standard amount because the reasons compare it with one; the party's own sum and the
    // benefit as it stands are no items of its calculation.
    const compared = letter('3. marts 2026', 'Du får kompensationsydelse på 2.350 kr. om måneden. Du har opgjort dine udgifter til 37.200 kr. om året. Din nuværende merudgiftsydelse på 1.600 kr. om måneden stopper.', 'Gruppe 2 giver dig et højere beløb end standardbeløbet i gruppe 1 på 1.105 kr. om måneden.');
    assert.deepEqual(findings(compared, 'beregning').map((f) => f.severity), ['warning']);
    const partysSum = letter('3. marts 2026', 'Du får kompensationsydelse på 2.350 kr. om måneden.', 'Du har opgjort dine udgifter til 37.200 kr. om året, svarende til 3.100 kr. om måneden.');
    assert.deepEqual(findings(partysSum, 'beregning').map((f) => f.severity), ['warning']);
    // Before the scheme, the same letter's merudgift is calculated item by item: a warning. A grant above the old minimum
    // shows by itself that the expenses reach it; one below it is asked to show them, with the old minimum.
    const before = (amount: string) => findings(letter('3. marts 2025', plain.replace('2026', '2025').replace('1.130', amount)), 'beregning');
    assert.deepEqual(before('1.130').map((f) => f.severity), ['warning']);
    const low = before('500');
    assert.deepEqual(low.map((f) => f.severity), ['warning', 'information']);
    assert.match(low[1].message, /608 kr\. om måneden/);
  });

  it('asserts missing main considerations when the reasons section only states the rule and assesses, with the facts told in a section of their own', () => {
    const letter = (reasons: string) =>
      `# Afgørelse om rengøring\n\nNordby Kommune, 3. juni 2025\n\nKære Aase Winther\n\nDu har søgt om rengøring hver uge.\n\n## Afgørelse\n\nDu får rengøring hver anden uge. Du får afslag på rengøring hver uge.\n\nAfgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2.\n\n## Sagens oplysninger\n\n- Du er 88 år og går med rollator.\n- Du kan selv tørre støv af og vaske op.\n- Din søn bor i nærheden.\n\n## Begrundelse\n\nKommunen skal efter servicelovens § 83 tilbyde praktisk hjælp til personer, som på grund af nedsat funktionsevne ikke selv kan klare opgaverne.\n\n${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Nordby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Bo\n`;
    const bare = findings(letter('Vi vurderer, at dit behov er dækket med rengøring hver anden uge. Rengøring hver uge indgår ikke i bevillingen.'), 'hovedhensyn');
    assert.deepEqual(bare.map((f) => f.severity), ['warning']);
    // The same assessment with a cause of its own argues it.
    assert.deepEqual(findings(letter('Vi vurderer, at dit behov er dækket med rengøring hver anden uge, fordi du selv kan tørre støv af og vaske op, og kun gulvvask er for tungt for dig.'), 'hovedhensyn').map((f) => f.severity).filter((s) => s !== 'information'), []);
  });

  it('reads a decision section titled as the assessment too (»Afgørelse og vurdering«) as the reasons section of a letter that has none', () => {
    const letter = (assessment: string) =>
      `# Afgørelse om ledsagelse\n\nNordby Kommune, 3. juni 2025\n\nKære Aase Winther\n\n## 1. Sagens oplysninger\n\n- Du er 58 år og går med rollator, fordi du har sclerose.\n- Du tager selv bussen til dit arbejde, men du er utryg, fordi du er faldet to gange.\n- Ved besøget den 3. maj fortalte du, at du gerne vil have en ledsager, fordi du vil i biografen.\n\n## 2. Afgørelse og vurdering\n\nKommunen har vurderet din ansøgning ud fra oplysningerne ovenfor.\n\n${assessment}\n\n## 3. Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Nordby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Bo\n`;
    const bare = 'Det er kommunens vurdering, at du ikke er omfattet af målgruppen for ledsagelse efter servicelovens § 97. Du får derfor afslag.';
    assert.deepEqual(findings(letter(bare), 'hovedhensyn').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter(bare.replace('Du får derfor afslag.', 'Vi har lagt vægt på, at du selv tager bussen til arbejde, og at du kan finde vej på kendte ruter. Du får derfor afslag.')), 'hovedhensyn').map((f) => f.severity).filter((s) => s !== 'information'), []);
    // Under a decision title that names no assessment, the facts elsewhere leave it something to check.
    assert.deepEqual(findings(letter(bare).replace('2. Afgørelse og vurdering', '2. Afgørelse'), 'hovedhensyn').map((f) => f.severity), ['information']);
  });

  it('reads an assessment kept after new information, with nothing but the conclusion, as bare (»… vurderet, at …. Den nye lægeerklæring ændrer ikke ved denne vurdering.«)', () => {
    const letter = (assessment: string) =>
      `Nordby Kommune\nDato: 17. november 2025\n\nKære Niels Holm\n\nDu har sendt os en ny lægeerklæring og bedt os se på din ansøgning om en plejeseng igen.\n\n## Afgørelse\n\nVi fastholder afslaget på en plejeseng efter servicelovens § 112, stk. 1.\n\n## Sagens oplysninger\n\n- Lægen skriver, at du har rygsmerter efter en diskusprolaps.\n- Ved hjemmebesøget kom du selv ud af sengen på 15 sekunder.\n\n## Vurdering\n\n${assessment}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nAnja Bruun\n`;
    const severities = (assessment: string) => findings(letter(assessment), 'hovedhensyn').map((f) => f.severity);
    for (const bare of [
      'Kommunen har på baggrund af sagens samlede oplysninger vurderet, at betingelserne fortsat ikke er opfyldt. Den nye lægeerklæring ændrer ikke ved denne vurdering. Vi fastholder derfor afslaget.',
      'Vi har efter en fornyet gennemgang vurderet at betingelserne ikke er opfyldt. Oplysningerne fra lægen giver ikke anledning til en anden vurdering.',
      'Det er vores samlede vurdering, at du ikke er berettiget til en plejeseng.',
    ]) assert.deepEqual(severities(bare), ['warning'], bare);
    // What the new statement says, told, is a reason.
    assert.deepEqual(severities('Kommunen har på baggrund af sagens samlede oplysninger vurderet, at betingelserne fortsat ikke er opfyldt. Vi har lagt vægt på, at du selv kommer ud af sengen på kort tid, og at lægeerklæringen ikke beskriver nye begrænsninger.').filter((s) => s !== 'information'), []);
  });

  it("asserts missing main considerations only where no reasons are given: reasons in the letter's own words are something to check", () => {
    // Argued in two sentences of its own (»Boligen er derfor ikke egnet …«, »… fordi vaskemaskinen kan flyttes op …«).
    assert.deepEqual(findings(fixture('delvis-bevilling-sel-116-grunde-i-egne-ord.md'), 'hovedhensyn'), []);
    // »Vi har vurderet, at …. Du kan derfor ikke få …«: the "derfor" draws the outcome from the assessment, not from facts.
    const bareLetter = fixture('afslag-sel-112-vurdering-med-derfor-uden-grunde.md');
    const bare = findings(bareLetter, 'hovedhensyn');
    assert.deepEqual(bare.map((f) => f.severity), ['warning']);
    // More facts elsewhere do not excuse the bare assessment, and the finding stays on it.
    const moreFacts = bareLetter.replace('## Begrundelse', 'Af lægeerklæringen fremgår det, at du er i genoptræning to gange om ugen.\n\n## Begrundelse');
    const stillBare = findings(moreFacts, 'hovedhensyn');
    assert.deepEqual(stillBare.map((f) => f.severity), ['warning']);
    assert.match(moreFacts.slice(stillBare[0].range.start, stillBare[0].range.end), /^Vi har vurderet, at du ikke opfylder betingelserne/);
    // A conclusion that leads its section, the next paragraph telling why, is no bare assessment.
    const lead = bareLetter.replace(' Du kan derfor ikke få bevilget sengen.', '\n\nDu kan selv komme ud af sengen med en sengebøjle, som du allerede har, og du har ikke brug for hjælp fra andre om morgenen. Derfor er en plejeseng ikke nødvendig.');
    assert.deepEqual(findings(lead, 'hovedhensyn').map((f) => f.severity), ['information']);
    // Followed by another bare conclusion, it is still the defect.
    const twice = bareLetter.replace(' Du kan derfor ikke få bevilget sengen.', '\n\nVi vurderer, at en plejeseng ikke er nødvendig.');
    assert.deepEqual(findings(twice, 'hovedhensyn').map((f) => f.severity), ['warning']);
    // A conclusion that introduces the items below it (a colon) opens them.
    const items = bareLetter.replace('Vi har vurderet, at du ikke opfylder betingelserne for en plejeseng. Du kan derfor ikke få bevilget sengen.', 'Vi har vurderet, at du har brug for disse hjælpemidler i stedet:\n\n| Hjælpemiddel | Antal |\n|---|---|\n| Sengebøjle | 1 |\n\nDu kan selv komme ud af sengen med en sengebøjle, fordi du har kræfter nok i armene. Derfor er en plejeseng ikke nødvendig.');
    assert.notEqual(items, bareLetter);
    assert.deepEqual(findings(items, 'hovedhensyn').filter((f) => f.severity === 'warning'), []);
    // A conclusion over a table of the items it covers, with the items explained one by one after the table, is no bare
    // assessment; the table alone, with nothing that reasons after it, explains nothing.
    const table = '\n\n| Hjælpemiddel | Søgt | Bevilget |\n|---|---|---|\n| Plejeseng | 1 | 0 |\n| Sengebøjle | 1 | 1 |';
    const overTable = (after: string) => bareLetter.replace(' Du kan derfor ikke få bevilget sengen.', `${table}\n\n${after}`);
    const explained = overTable('*Plejeseng:* Du kommer selv ud af sengen om morgenen. Derfor er en plejeseng ikke nødvendig.\n\n*Sengebøjle:* Bøjlen giver dig noget at trække dig op i.');
    assert.notEqual(explained, bareLetter);
    assert.deepEqual(findings(explained, 'hovedhensyn').filter((f) => f.severity === 'warning'), []);
    assert.deepEqual(findings(overTable('Sengebøjlen leveres inden for 14 dage.'), 'hovedhensyn').map((f) => f.severity), ['warning']);
    // A quotation after it is not the letter's reasons.
    const quoted = bareLetter.replace(' Du kan derfor ikke få bevilget sengen.', '\n\n> Ifølge kvalitetsstandarden bevilges plejesenge kun til sengeliggende borgere.');
    assert.deepEqual(findings(quoted, 'hovedhensyn').map((f) => f.severity), ['warning']);
  });

  it('asks a grant that limits nothing to check whether it gives full approval, instead of demanding appeal guidance', () => {
    const letter = (decision: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\nDu har søgt om en badebænk og en badestol.\n\n## Afgørelse\n\n${decision}\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du ifølge ergoterapeuten ikke kan stå op under badet.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const [possible] = findings(letter('Du får badebænken.'), 'klagevejledning');
    assert.equal(possible.severity, 'information');
    assert.match(possible.message, /^Afgørelsen mangler klagevejledning: .* giver den fuldt medhold, kræves dette ikke \(forvaltningslovens § 22 og § 25, stk\. 1, 2\. pkt\.\)/);
    // Every rule that a full approval would not need says the same, at the same severity.
    assert.deepEqual(checkDocument(letter('Du får badebænken.'), { force: true }).findings.filter((f) => f.severity !== 'information').map((f) => f.ruleId), []);
    // A refusal of any part, and the guidance is missing.
    const [limited] = findings(letter('Du får badebænken, men ikke den badestol, du også har søgt om.'), 'klagevejledning');
    assert.equal(limited.severity, 'error');
    assert.doesNotMatch(limited.message, /fuldt medhold/);
    // Partshøring is spared by § 19 itself (only information to the party's disadvantage), not by § 22.
    const heard = letter('Du får badebænken.').replace('Vi har lagt vægt på, at du ifølge ergoterapeuten', 'Vi har indhentet en udtalelse fra ergoterapeuten. Vi har lagt vægt på, at du ifølge udtalelsen');
    const [hearing] = findings(heard, 'partshoering');
    assert.equal(hearing?.severity, 'information');
    assert.match(hearing.message, /til ugunst for parten \(forvaltningslovens § 19, stk\. 1\)/);
    assert.doesNotMatch(hearing.message, /§ 22/);
  });

  it('asks no hearing for information the party sent in, or that is missing, asked for or still to come', () => {
    const letter = (source: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på en badestol.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du selv kan stå op under badet, som vi så ved hjemmebesøget den 2. februar. ${source}\n\n## Klagevejledning\n\nDu kan klage over afgørelsen. Send klagen til Nordby Kommune, så vi har den senest 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    // Relied on, with no word of a hearing: the finding.
    assert.deepEqual(findings(letter('Din læge oplyser, at du kan stå i ti minutter ad gangen.'), 'partshoering').map((f) => f.severity), ['information']);
    // Remarks the party may still send are no hearing held; remarks the party sent are.
    assert.deepEqual(findings(letter('Din læge oplyser, at du kan stå i ti minutter ad gangen. Har du yderligere bemærkninger, kan du sende dem til Ankestyrelsen.'), 'partshoering').map((f) => f.severity), ['information']);
    assert.deepEqual(findings(letter('Din læge oplyser, at du kan stå i ti minutter ad gangen. Du har ikke haft yderligere bemærkninger til udtalelsen.'), 'partshoering'), []);
    for (const source of [
      'Sammen med ansøgningen sendte du en erklæring fra din egen læge om dine smerter.',
      'Du har nu sendt en speciallægeerklæring fra reumatologen.',
      'Der er ingen udtalelse fra din læge om, at du ikke kan stå.',
      'Har du en lægeerklæring, der siger noget andet, kan du sende den, så ser vi på sagen igen.',
      'Bliver dine smerter værre, vil vi gerne have en udtalelse fra smerteklinikken.',
      'Vi afventer stadig epikrisen fra sygehuset og ser på sagen igen, når vi har den.',
    ]) assert.deepEqual(findings(letter(source), 'partshoering'), [], source);
    // A hearing in substance: the statement gone through with the party, and time given for more comments.
    const relied = 'Din læge oplyser, at du kan stå i ti minutter ad gangen.';
    for (const heard of [
      ' På besøget den 9. februar gennemgik jeg lægens udtalelse med dig og din datter.',
      ' Du fik at vide, at du kunne give flere bemærkninger til os inden den 16. februar.',
      '\n\n## Sådan er du blevet hørt\n\nVi ringede til dig den 9. februar og læste udtalelsen op.',
      ' Du og din datter har haft lejlighed til at udtale sig på mødet den 9. februar.',
    ]) assert.deepEqual(findings(letter(relied + heard), 'partshoering'), [], heard);
  });

  it('warns when the appeal deadline is counted from the decision\'s date instead of from its receipt', () => {
    const letter = (deadline: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på en badestol.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du ifølge ergoterapeuten selv kan stå op under badet.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Nordby Kommune, så vi har den senest 4 uger ${deadline}. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const text = letter('efter afgørelsens dato');
    const [wrong] = findings(text, 'klagevejledning');
    assert.equal(wrong.severity, 'warning');
    assert.match(wrong.message, /fra den dag, borgeren har fået afgørelsen/);
    assert.match(text.slice(wrong.range.start, wrong.range.end), /^Send klagen til Nordby Kommune, så vi har den senest 4 uger efter afgørelsens dato\.$/);
    assert.deepEqual(findings(letter('efter, at du har fået afgørelsen'), 'klagevejledning'), []);
    // The same said of this decision's or letter's date in other words; and the date named as where the deadline does not run from.
    for (const deadline of ['efter datoen på denne afgørelse', 'fra datoen for vores brev']) assert.equal(findings(letter(deadline), 'klagevejledning')[0]?.text.key, 'klagevejledning.deadlineFromDate', deadline);
    assert.deepEqual(findings(letter('efter, at du har fået afgørelsen, og altså ikke fra datoen på brevet'), 'klagevejledning'), []);
  });

  it('reads information the municipality obtained from others (»på vores forespørgsel oplyst«, »har vi kontaktet …, som har oplyst«) as needing a hearing', () => {
    const letter = (obtained: string) =>
      `Nordby Kommune\nDato: 3. juni 2025\n\nKære Else\n\n## Afgørelse\n\nDu får afslag på hjælp til et nyt komfur efter aktivlovens § 81.\n\n## Begrundelse\n\n${obtained} Vi har lagt vægt på, at du derfor selv kan betale komfuret.\n\nMed venlig hilsen\n\nPia Holm\n`;
    for (const obtained of ['Boligselskabet har på vores forespørgsel oplyst, at din søn bor hos dig og betaler husleje.', 'Med dit samtykke har vi kontaktet boligselskabet, som har oplyst, at din søn bor hos dig.']) {
      assert.deepEqual(findings(letter(obtained), 'partshoering').map((f) => f.severity), ['information'], obtained);
      assert.deepEqual(findings(letter(`${obtained} Vi sendte oplysningerne til dig, og du har haft mulighed for at komme med bemærkninger.`), 'partshoering'), []);
    }
  });

  it('reads a source outside the municipality that opens its sentence and reports, whatever stands between (»Ellas skole, Lindeskolen, har den 27. februar oplyst«), as needing a hearing', () => {
    const letter = (told: string) =>
      `Nordby Kommune\nDato: 3. juni 2025\n\nKære Anne og Jonas\n\n## Afgørelse\n\nElla får fremover aflastning én weekend om måneden i stedet for to efter barnets lov § 90, jf. servicelovens § 84, stk. 1.\n\n## Begrundelse\n\n${told} Vi har lagt vægt på, at Ella nu sover bedre.\n\nMed venlig hilsen\n\nPia Holm\n`;
    for (const told of ['Ellas skole, Lindeskolen, har den 27. februar 2025 oplyst, at hun er udhvilet om morgenen.', 'Aflastningsfamilien har i deres halvårlige status\noplyst, at Ella sover igennem.', 'Solbakkens leder, Mette Sand, har i en mail af 3. maj 2025 oplyst, at Ella sover igennem.']) {
      const [finding] = findings(letter(told), 'partshoering');
      assert.equal(finding?.severity, 'information', told);
      assert.doesNotMatch(finding.message, /\n/);
      assert.deepEqual(findings(letter(`${told} I har fået oplysningerne til kommentarer.`), 'partshoering'), []);
    }
    // What the party told, a condition for later, or a source in a compound names no report of a source.
    for (const told of ['Skolen og I har sammen beskrevet, at Ella sover bedre.', 'Hvis jeres læge senere anbefaler mere aflastning, kan I søge igen.', 'Skole-hjem-samtalen viste, som I selv fortalte, at Ella sover bedre.']) {
      assert.deepEqual(findings(letter(told), 'partshoering'), [], told);
    }
  });

  it('asks an adult\'s letter how treatment was counted without the children\'s exception for acute danger', () => {
    const child = fixture('medicin-merudgifter-adhd-uden-vurdering-med-eller-uden-medicin.md');
    const [forChild] = findings(child, 'medicin');
    assert.match(forChild.message, /medmindre barnet uden den ville være akut livstruet/);
    const adult = `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på dækning af merudgifter.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 100, stk. 1.\n\nDu har sukkersyge og får insulin. Vi vurderer, at du ikke har en varigt nedsat funktionsevne. Vi har lagt vægt på, at du arbejder på fuld tid.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const [forAdult] = findings(adult, 'medicin');
    assert.match(forAdult.message, /Skriv, hvordan behandlingen er indregnet/);
    assert.doesNotMatch(forAdult.message, /medmindre barnet/);
    // A treatment named only by its drug is treatment too; the letter that counts it is silent.
    const drug = adult.replace('får insulin', 'tager Metformin morgen og aften');
    assert.notEqual(drug, adult);
    assert.match(findings(drug, 'medicin')[0].message, /»Metformin«/);
    assert.deepEqual(findings(drug.replace('Vi vurderer, at du', 'Vi har vurderet din funktionsevne med medicinen. Vi vurderer, at du'), 'medicin'), []);
  });

  it('reads a condition held in check (»anfaldsfri«, »velkontrolleret«) as treatment whose weight the assessment must tell', () => {
    const letter = (facts: string) => `Nordby Kommune\nDato: 9. december 2024\n\nKære Rasmus\n\n## Afgørelse\n\nDu får afslag på dækning af tabt arbejdsfortjeneste efter barnets lov § 87, stk. 1.\n\n## Begrundelse\n\n${facts} Vi vurderer, at Emma ikke har en indgribende kronisk lidelse. Vi har lagt vægt på, at hun fungerer som sine jævnaldrende i skolen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    for (const facts of ['Emma fik epilepsi i 2023 og har været anfaldsfri siden januar 2024.', 'Emmas astma er velkontrolleret.']) {
      const [finding] = findings(letter(facts), 'medicin');
      assert.match(finding?.message ?? '', /behandling eller dens virkning/, facts);
      assert.deepEqual(findings(letter(`${facts} Vi har vurderet Emmas funktionsevne med den behandling, hun får.`), 'medicin'), [], facts);
    }
    assert.deepEqual(findings(letter('Emma fik epilepsi i 2023 og har flere anfald om ugen.'), 'medicin'), []);
  });

  it('reads the law\'s condition restated (»For at en person er omfattet af målgruppen, skal …«) as no finding that the party is inside it', () => {
    const letter = (rule: string) => `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på dækning af merudgifter efter servicelovens § 100, stk. 1.\n\n## Begrundelse\n\n${rule}\n\nDu har sukkersyge og tager insulin morgen og aften. Vi vurderer, at din funktionsevne ikke er så betydeligt nedsat, at du er omfattet af målgruppen. Vi har lagt vægt på, at du arbejder på fuld tid.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('For at en person er omfattet af målgruppen, skal funktionsevnen være betydeligt og varigt nedsat.'), 'medicin').length, 1);
    // Said of the party, it settles the target group in the party's favour.
    assert.deepEqual(findings(letter('Ole er omfattet af målgruppen for hjælpemidler.'), 'medicin'), []);
  });

  it('leaves the history of the appeal bodies alone, and replaces an old body named across a line break whole', () => {
    const letter = (guidance: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på en badestol. Afgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du ifølge ergoterapeuten selv kan stå op under badet.\n\n## Klagevejledning\n\n${guidance} Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    for (const history of ['Du kan klage til Ankestyrelsen (tidligere Det Sociale Nævn).', 'Du kan klage til Ankestyrelsen, som i 2013 overtog de sociale nævns opgaver.']) {
      assert.deepEqual(findings(letter(history), 'klageinstans-foraeldet'), [], history);
    }
    // An English summary at the top that sends the appeal to an old body is guidance too.
    const summary = letter('Du kan klage til Ankestyrelsen.').replace('## Afgørelse', 'Summary in English: if we do not change the decision, your appeal will be sent to Det Sociale Nævn.\n\n## Afgørelse');
    assert.equal(findings(summary, 'klageinstans-foraeldet').length, 1);
    const wrapped = letter('Du kan klage til Det\nSociale Nævn.');
    const [old] = findings(wrapped, 'klageinstans-foraeldet');
    assert.match(applyFix(wrapped, old), /Du kan klage til Ankestyrelsen\. Send klagen/);
  });

  it('never sends the complaint to Ankestyrelsen in an old body\'s place, and leaves a name that goes on whole', () => {
    const letter = (guidance: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på en badestol. Afgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du ifølge ergoterapeuten selv kan stå op under badet.\n\n## Klagevejledning\n\n${guidance}\n\nMed venlig hilsen\n\nPia Holm\n`;
    // Where the complaint is sent: the municipality reassesses first (RSL § 66), so no swap, and the message says so.
    for (const sending of ['Send klagen til Det Sociale Nævn inden 4 uger.', 'Din klage skal være modtaget hos Statsforvaltningen inden 4 uger.', 'Klagen indgives til det sociale nævn inden 4 uger.']) {
      const [finding] = findings(letter(sending), 'klageinstans-foraeldet');
      assert.equal(finding.fix, undefined, sending);
      assert.match(finding.message, /hvor klagen skal sendes hen: som regel til kommunen/, sending);
    }
    // Two old names side by side, or a name that goes on: no "Ankestyrelsen, Ankestyrelsen Midtjylland".
    for (const name of ['Det Sociale Nævn, Statsforvaltningen Midtjylland', 'Statsforvaltningen Midtjylland', 'Det Sociale Nævn for Region Syddanmark', 'Det Sociale Nævn i Statsforvaltningen']) {
      const guidance = `Du kan klage over afgørelsen til ${name} inden 4 uger.`;
      const found = findings(letter(guidance), 'klageinstans-foraeldet');
      assert.ok(found.length > 0, name);
      for (const finding of found) assert.equal(finding.fix, undefined, name);
    }
    // The municipality forwarding the complaint names the body that decides it: swapped.
    const forwarding = letter('Send klagen til os inden 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Det Sociale Nævn.');
    assert.match(applyFix(forwarding, findings(forwarding, 'klageinstans-foraeldet')[0]), /sender vi din klage videre til Ankestyrelsen\./);
    // "nævnet" later in the guidance is the same old body: it is found and swapped too.
    const later = letter('Du kan klage over afgørelsen til Det Sociale Nævn inden 4 uger. Send klagen til os. Vi genvurderer sagen, før den sendes videre til nævnet.');
    let fixed = later;
    for (let found = findings(fixed, 'klageinstans-foraeldet').find((f) => f.fix); found; found = findings(fixed, 'klageinstans-foraeldet').find((f) => f.fix)) fixed = applyFix(fixed, found);
    assert.match(fixed, /klage over afgørelsen til Ankestyrelsen inden 4 uger\. Send klagen til os\. Vi genvurderer sagen, før den sendes videre til Ankestyrelsen\./);
    // The body named as the one that decides the complaint is still swapped.
    const plain = letter('Du kan klage over afgørelsen til Det Sociale Nævn inden 4 uger.');
    assert.match(applyFix(plain, findings(plain, 'klageinstans-foraeldet')[0]), /klage over afgørelsen til Ankestyrelsen inden 4 uger\./);
  });

  it('asks for the assessment with the diet only where the diet is the treatment (cøliaki, laktoseintolerans, fødevareallergi)', () => {
    const letter = (condition: string) =>
      `Nordby Kommune\nDato: 3. juni 2025\n\nKære Anne og Jonas Friis\n\n## Afgørelse\n\nI får dækket merudgifter på 650 kr. om måneden efter barnets lov § 86, stk. 1.\n\n## Begrundelse\n\nAlma er i målgruppen, fordi ${condition} er en indgribende kronisk lidelse. Vi har lagt vægt på lægens udtalelse.\n\nVi har godkendt disse udgifter:\n\n1. Diætkost og ekstra mellemmåltider: 400 kr. om måneden\n2. Ekstra tøjvask: 250 kr. om måneden\n\nMed venlig hilsen\n\nPia Holm\n`;
    const dietFindings = (text: string) => findings(text, 'medicin').filter((f) => /diæt/i.test(f.message));
    assert.deepEqual(dietFindings(letter('type 1-diabetes')), []);
    // Found in the target group, the child loses nothing by how the diet was counted: no finding. Found outside it: a warning.
    assert.deepEqual(dietFindings(letter('cøliaki')).map((f) => f.severity), []);
    const outside = letter('cøliaki').replace('Alma er i målgruppen, fordi cøliaki er en indgribende kronisk lidelse.', 'Alma har cøliaki. Vi vurderer, at Alma ikke er i målgruppen.').replace('I får dækket merudgifter på 650 kr. om måneden', 'I får afslag på dækning af merudgifter');
    assert.deepEqual(dietFindings(outside).map((f) => f.severity), ['warning']);
    // Assessed with the diet, in the letter's words: no finding, though the letter calls the illness well treated.
    const withDiet = outside.replace('Alma har cøliaki.', 'Alma har cøliaki, som er velbehandlet med diæten. Vi har vurderet Almas funktionsevne, som den er, når hun følger den glutenfri diæt.');
    assert.notEqual(withDiet, outside);
    assert.deepEqual(findings(withDiet, 'medicin'), []);
    // The diet named with its kind and a determiner, or followed: assessed with it.
    for (const assessedWith of ['Vi har vurderet Almas funktionsevne med den glutenfri diæt, som er hendes behandling.', 'Funktionsevnen er vurderet, når diæten følges.', 'Når Alma overholder sin diæt, har hun ingen symptomer.']) {
      const said = outside.replace('Alma har cøliaki.', `Alma har cøliaki. ${assessedWith}`);
      assert.deepEqual(dietFindings(said), [], assessedWith);
    }
    // A diet named as an expense is not an assessment with it.
    assert.deepEqual(dietFindings(outside.replace('Alma har cøliaki.', 'Alma har cøliaki. I har søgt om udgifter i forbindelse med glutenfri diæt.')).map((f) => f.severity), ['warning']);
    // A negated doubt finds the child in the target group.
    for (const noDoubt of ['Vi er ikke i tvivl om, at Alma er i målgruppen', 'Der kan ikke være tvivl om, at Alma er omfattet af personkredsen', 'Der er ingen tvivl om, at Alma er i målgruppen']) {
      const affirmed = letter('cøliaki').replace('Alma er i målgruppen,', `${noDoubt},`);
      assert.ok(affirmed.includes(noDoubt));
      assert.deepEqual(dietFindings(affirmed).map((f) => f.severity), [], noDoubt);
    }
    // A negation in the reason after the finding (»fordi SFO'en ikke kan …«) does not put the child outside; one in the finding does.
    const reasoned = (finding: string) => dietFindings(letter('cøliaki').replace('Alma er i målgruppen, fordi cøliaki er en indgribende kronisk lidelse.', finding)).map((f) => f.severity);
    assert.deepEqual(reasoned('Vi vurderer, at Alma er i målgruppen, fordi cøliaki er en indgribende kronisk lidelse, som ikke går over.'), []);
    assert.deepEqual(reasoned('Vi vurderer, at Alma ikke er i målgruppen, fordi cøliaki hos hende er mild.'), ['warning']);
    // The target group named in the reason of a refusal is the finding: »Vi giver afslag …, fordi Alma ikke er i målgruppen«.
    assert.deepEqual(reasoned('Vi giver afslag på dækning af merudgifter, fordi Alma med sin cøliaki ikke er i målgruppen.'), ['warning']);
    assert.deepEqual(reasoned('Vi giver jer ret, fordi Alma med sin cøliaki er i målgruppen.'), []);
  });

  it('asks a letter that assesses in its own words beside the quality standard to check, and warns one that rests on the standard', () => {
    const letter = (reasons: string) =>
      `Nordby Kommune\nDato: 3. februar 2026\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får hjælp til bad én gang om ugen efter servicelovens § 83, stk. 1. Du får ikke hjælp til påklædning.\n\n## Begrundelse\n\n${reasons}\n\nMed venlig hilsen\n\nPia Holm\n`;
    const severities = (reasons: string) => findings(letter(reasons), 'kvalitetsstandard').map((f) => f.severity);
    assert.deepEqual(severities('Vi vurderer, at du selv kan klare påklædningen, fordi du har vist terapeuten, at du kan gøre det siddende. Det svarer til kommunens kvalitetsstandard.'), ['information']);
    assert.deepEqual(severities('Efter kommunens kvalitetsstandard gives der bad én gang om ugen. Du får derfor ikke mere.'), ['warning']);
    // An assessment that only applies the standard is no assessment of the party.
    assert.deepEqual(severities('Vi vurderer, at du skal have bad én gang om ugen, fordi kvalitetsstandarden siger det.'), ['warning']);
    assert.deepEqual(severities('Ifølge kommunens kvalitetsstandard får borgere bad én gang om ugen. Vi vurderer derfor, at det er tilstrækkeligt.'), ['warning']);
    // The standard named and departed from, for reasons of the party's own, is an individual assessment; so is a plain-language one.
    assert.deepEqual(severities('Kommunens kvalitetsstandard giver bad hver anden uge. Det har vi ikke fulgt i din sag, fordi du har hudproblemer.'), []);
    assert.deepEqual(severities('Kommunens kvalitetsstandard giver bad hver anden uge. Vi har kun brugt den som en start og set på din situation.'), []);
    assert.deepEqual(severities('Kommunens serviceniveau er bad hver anden uge. Vi har brugt det som et udgangspunkt og har derefter set på, om din egen situation giver grund til mere.'), []);
    assert.deepEqual(severities('Kommunens serviceniveau er bad hver anden uge. Det gælder uanset din egen situation.'), ['warning']);
    // One matter's outcome drawn from the standard in a paragraph of its own, beside another matter assessed in own words.
    const ownWordsElsewhere = 'Vi vurderer, at du selv kan klare påklædningen, fordi du har vist terapeuten, at du kan gøre det siddende.';
    assert.deepEqual(severities(`${ownWordsElsewhere}\n\nIfølge kommunens kvalitetsstandard tilbydes bad én gang om ugen. Du får derfor bad én gang om ugen.`), ['warning']);
    assert.deepEqual(severities(`${ownWordsElsewhere}\n\nIfølge kommunens kvalitetsstandard tilbydes bad én gang om ugen. Du har eksem og bader selv om aftenen. Du får derfor bad én gang om ugen.`), ['information'], 'a fact of the case in the paragraph');
    assert.deepEqual(severities(`${ownWordsElsewhere}\n\nKommunens kvalitetsstandard har bad to gange om ugen som udgangspunkt. Du får derfor bad tre gange om ugen, fordi du sveder meget om natten.`), ['information'], 'a reason of the case in the drawing sentence');
  });

  it('takes a finding in the target group kept unchanged (»Vi har ikke ændret vurderingen af, at du er omfattet af målgruppen«) as in the group', () => {
    const letter = (finding: string) =>
      `Nordby Kommune\nDato: 3. februar 2026\n\nKære Ole Berg\n\n## Afgørelse\n\nDin kompensationsydelse efter servicelovens § 100 nedsættes fra 2.960 kr. til 2.750 kr. om måneden.\n\n## Begrundelse\n\nDu har type 1-diabetes og får insulin. ${finding} Nedsættelsen skyldes de nye regler.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const medicine = (finding: string) => findings(letter(finding), 'medicin').length;
    assert.equal(medicine('Vi har ikke ændret vurderingen af, at du er omfattet af målgruppen.'), 0);
    assert.equal(medicine('Vi vurderede i 2021, at du er omfattet af målgruppen, og det har ikke ændret sig.'), 0);
    assert.equal(medicine('Vi vurderer, at du ikke længere er omfattet af målgruppen.'), 1);
  });

  it('reads no treatment into medicine named as an expense, and takes expected improvement under treatment for treatment counted', () => {
    const letter = (reasons: string) =>
      `Nordby Kommune\nDato: 3. februar 2026\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på dækning af udgifter efter servicelovens § 100.\n\n## Begrundelse\n\n${reasons} Vi vurderer derfor, at du ikke er omfattet af personkredsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const severities = (reasons: string) => findings(letter(reasons), 'medicin').map((f) => f.severity);
    assert.deepEqual(severities('Du har søgt om udgifter til smertestillende medicin og taxa. Du er opereret for diskusprolaps og har smerter.'), []);
    assert.deepEqual(severities('Du får smertestillende medicin efter en operation for diskusprolaps. Efter lægens vurdering forventes der bedring inden for et halvt år.'), []);
    // Treatment named, and nothing said of how it was counted: the finding stays.
    assert.deepEqual(severities('Du får smertestillende medicin efter en operation for diskusprolaps og har stadig smerter.'), ['warning']);
  });

  it('reads the target group in the law\'s words of the finding (»nedsat psykisk funktionsevne, men … ikke er betydelig«, »ikke omfattet af barnets lov § 87«) as its assessment', () => {
    const letter = (finding: string) =>
      `Nordby Kommune\nDato: 3. februar 2026\n\nKære Anne og Jonas\n\n## Afgørelse\n\nI får afslag på tabt arbejdsfortjeneste efter barnets lov § 87.\n\n## Begrundelse\n\nEmil har ADHD og er siden marts i medicinsk behandling med methylphenidat. ${finding}\n\nMed venlig hilsen\n\nPia Holm\n`;
    const severities = (finding: string) => findings(letter(finding), 'medicin').map((f) => f.severity);
    assert.deepEqual(severities('Samlet vurderer vi, at Emil har en nedsat psykisk funktionsevne, men at den ikke er betydelig.'), ['warning']);
    assert.deepEqual(severities('Vi vurderer, at Emil derfor ikke er omfattet af barnets lov § 87.'), ['warning']);
    assert.deepEqual(severities('Vi har vurderet Emils funktionsevne, som den er med medicinen, og vurderer, at Emil ikke er omfattet af barnets lov § 87.'), []);
  });

  it('reads no diet into a dietitian or a sentence that says there is none', () => {
    const letter = `Nordby Kommune\nDato: 3. marts 2025\n\nKære Anne og Jonas Friis\n\n## Afgørelse\n\nI får afslag på dækning af merudgifter til mellemmåltider.\n\n## Begrundelse\n\nAfgørelsen er truffet efter barnets lov § 86, stk. 1.\n\nFrida har type 1-diabetes og får insulin. Vi har vurderet Fridas funktionsevne, som den er med insulinbehandlingen, og hun er omfattet af personkredsen. Vi sendte diætistens notat til jer, og I havde ingen bemærkninger. Vi har lagt vægt på, at Frida ikke skal følge en særlig diæt, men spise som andre børn.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter, 'medicin'), []);
    // Nor treatment into a sentence that says there is none.
    const noMedicine = letter.replace('Frida har type 1-diabetes og får insulin. Vi har vurderet Fridas funktionsevne, som den er med insulinbehandlingen, og hun er omfattet af personkredsen.', 'Frida har astma, men hun får ikke medicin og er ikke i behandling. Vi vurderer, at hun ikke har en varigt nedsat funktionsevne.');
    assert.notEqual(noMedicine, letter);
    assert.deepEqual(findings(noMedicine, 'medicin'), []);
    // A diet named outright is still read where the child is found outside the target group.
    const diet = letter.replace('ikke skal følge en særlig diæt, men spise som andre børn', 'skal følge en glutenfri diæt').replace('og hun er omfattet af personkredsen', 'og hun er ikke omfattet af personkredsen');
    assert.equal(findings(diet, 'medicin').length, 1);
  });

  it('holds hours decided to a breakdown, not the hours applied for, and offers a breakdown of hours, not of expenses', () => {
    const letter = (decision: string, reasons: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\n${decision}\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 85, stk. 1. Vi har lagt vægt på, at du ifølge bostøtten nu selv betaler dine regninger. ${reasons}\n\nMed venlig hilsen\n\nPia Holm\n`;
    const reduced = letter('Din støtte bliver sat ned fra 5 til 2 timer om ugen.', '');
    const [bare] = findings(reduced, 'beregning');
    assert.match(applyFix(reduced, bare), /Sådan har vi udmålt timerne:/);
    assert.doesNotMatch(applyFix(reduced, bare), /Fratrukket/);
    assert.deepEqual(findings(letter('Din støtte bliver sat ned fra 5 til 2 timer om ugen.', 'Du har brug for et besøg på 1½ time og en telefonsamtale på ½ time om ugen.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Du har søgt om ledsagelse 15 timer om måneden. Du får afslag.', ''), 'beregning'), []);
    // Nor help kept as it was when more is refused.
    assert.deepEqual(findings(letter('Du har søgt om at få din støtte sat op fra 3 til 6 timer om ugen. Du får ikke flere timer. Du beholder dine 3 timer om ugen.', ''), 'beregning'), []);
    // Help that stops has no hours to measure out.
    assert.deepEqual(findings(letter('Din socialpædagogiske støtte på 5 timer om ugen stopper den 31. marts.', ''), 'beregning'), []);
    // Days of respite granted below those applied for are measured out too; days worked out from the weekends granted are the grant said again.
    const respite = (decision: string) => letter(`Du har søgt om aflastning to weekender om måneden og to uger i sommerferien. ${decision}`, '');
    assert.deepEqual(findings(respite('Du får aflastning i alt 30 døgn i 2026. Du får ikke hele den aflastning, du har søgt om.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(respite('Du får aflastning én weekend om måneden. Det svarer til 24 døgn om året. Du får ikke den anden weekend.'), 'beregning'), []);
    // The hours the party has now, kept and told again in the facts, are none measured out now.
    const kept = 'Du får afslag på botilbud efter servicelovens § 107. Du fortsætter med den socialpædagogiske støtte på 6 timer om ugen, som du har i dag.';
    assert.deepEqual(findings(letter(`${kept} Du bor i egen lejlighed og får støtte fra bostøtten 6 timer om ugen.`, ''), 'beregning'), []);
    // Hours granted, the paragraph after them refusing the rest of the wish (»Du får dermed ikke …«): measured out, to be shown.
    assert.deepEqual(findings(letter('Du får socialpædagogisk støtte 4 timer om ugen.\n\nDu får dermed ikke støtte hver morgen, som du har søgt om.', ''), 'beregning').map((f) => f.severity), ['warning']);
    // Hours the provision itself sets are the law's, not measured out (servicelovens § 97: 15 timer om måneden); other hours still are.
    const companion = (hours: string) => `Nordby Kommune\nDato: 3. marts 2026\n\nKære Ole Berg\n\n## Afgørelse\n\nDu har søgt om ledsagelse 30 timer om måneden. Du får ${hours} timer om måneden efter servicelovens § 97, stk. 1. Du kan ikke få flere timer.\n\n## Begrundelse\n\nVi har lagt vægt på, at du ved hjemmebesøget fortalte, at du ikke kan finde vej på steder, du ikke kender.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(companion('15'), 'beregning'), []);
    assert.equal(findings(companion('12'), 'beregning').length, 1);
    // The hours applied for, said again beside the law's (»at du får 15 timer og ikke 30 timer«), are the application's.
    const restated = companion('15').replace('Vi har lagt vægt på', 'Ledsagelsen er fastsat i loven til 15 timer om måneden. Kommunen kan ikke bevillige flere timer. Det er derfor ikke et skøn, at du får 15 timer og ikke 30 timer. Vi har lagt vægt på');
    assert.notEqual(restated, companion('15'));
    assert.deepEqual(findings(restated, 'beregning'), []);
    // The hours told as what has been received so far, the next sentence stopping it.
    assert.deepEqual(findings(letter('Du har siden december 2023 fået socialpædagogisk støtte i 4 timer om ugen. Støtten ophører den 31. marts.', ''), 'beregning'), []);
    // Fewer hours than applied for, granted without a word that limits: decided all the same.
    const fewer = letter('Du har søgt om socialpædagogisk støtte 10 timer om ugen. Du får socialpædagogisk støtte 4 timer om ugen fra den 4. maj.', '');
    assert.deepEqual(findings(fewer, 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(fewer.replace('Vi har lagt vægt på', 'Du har brug for 2 timer til indkøb og madlavning og 2 timer til at holde styr på aftaler om ugen. Vi har lagt vægt på'), 'beregning'), []);
    // Hours in another period are not compared; hours from a quality standard are kvalitetsstandard's finding.
    assert.deepEqual(findings(fewer.replace('10 timer om ugen', '10 timer om måneden'), 'beregning'), []);
    assert.deepEqual(findings(fewer.replace('Vi har lagt vægt på', 'Kommunens serviceniveau for socialpædagogisk støtte er 4 timer om ugen. Vi har lagt vægt på'), 'beregning'), []);
  });

  it('reads items laid out one to a line with their amounts as a calculation, whatever their labels say', () => {
    const letter = (items: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på dækning af merudgifter efter servicelovens § 100.\n\n## Begrundelse\n\nVi har ud fra dine kvitteringer opgjort dine merudgifter således:\n\n${items}\nDet giver i alt 150 kr. om måneden, hvilket er under minimumsbeløbet. Vi har lagt vægt på dine kvitteringer.\n\nMed venlig hilsen\n\nPia Holm\n`;
    // "tilskud" in an item's label grants nothing.
    assert.deepEqual(findings(letter('- Medicin, egenbetaling efter tilskud: 90 kr. om måneden\n- Ekstra vask: 60 kr. om måneden\n'), 'beregning'), []);
    assert.deepEqual(findings(letter('Medicin, egenbetaling efter tilskud – 90 kr.\nEkstra vask – 60 kr.\n'), 'beregning'), []);
    // One item is no breakdown of the total.
    assert.equal(findings(letter('- Medicin, egenbetaling efter tilskud: 90 kr. om måneden\n'), 'beregning').length, 1);
    // The sum decided said again on lines of its own (a form's »Bevilget: 900 kr.« and »Samlet godkendt: 900 kr.«) is no item.
    const form = (lines: string) => `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\nAfgørelse: Delvis bevilling\nBevilget: 900 kr. om måneden\nLovgrundlag: servicelovens § 100\n\n| Udgift | Godkendt |\n|---|---|\n| Kørsel | Ja |\n| Tøjvask | Ja |\n| Ferie | Nej |\n\n${lines}\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(form('Samlet godkendt merudgift: 900 kr. om måneden.'), 'beregning').filter((f) => f.severity === 'warning').length, 1);
    assert.deepEqual(findings(form('Kørsel: 500 kr.\nTøjvask: 400 kr.'), 'beregning').filter((f) => f.severity === 'warning' && /uden at vise/.test(f.message)), []);
  });

  it('reads a calculation written in prose with units: "50 % af 6.000 kr. = 3.000 kr.", "1.170 kr. – 430 kr. = 740 kr."', () => {
    const letter = (calculation: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får tilskud til en el-cykel efter servicelovens § 113, stk. 1.\n\n## Begrundelse\n\nVi har lagt vægt på, at du ifølge ergoterapeuten ikke kan cykle på en almindelig cykel. ${calculation}\n\nMed venlig hilsen\n\nPia Holm\n`;
    for (const calculation of ['En almindelig cykel koster 6.000 kr. Du får derfor 50 % af 6.000 kr. = 3.000 kr.', 'Prisen er 1.170 kr. Du får 1.170 kr. – 430 kr. = 740 kr.', 'Du får 50 % af 6.000 kr., i alt 3.000 kr.']) {
      assert.deepEqual(findings(letter(calculation), 'beregning'), [], calculation);
    }
    assert.equal(findings(letter('Du får 3.000 kr.'), 'beregning').length, 1);
  });

  it('offers the deduction of ordinary expenses only for merudgifter', () => {
    const letter = (basis: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\nDu har søgt om støtte.\n\n## Afgørelse\n\nDu får 6.000 kr. i støtte. Du får afslag på resten.\n\n## Begrundelse\n\nAfgørelsen er truffet efter ${basis}. Vi har lagt vægt på, at du ifølge ergoterapeuten har brug for hjælpen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const consumerGood = letter('servicelovens § 113, stk. 3');
    const [forGood] = findings(consumerGood, 'beregning');
    assert.match(applyFix(consumerGood, forGood), /Sådan har vi beregnet beløbet:/);
    assert.doesNotMatch(applyFix(consumerGood, forGood), /Fratrukket/);
    const extraCosts = letter('servicelovens § 100, stk. 1');
    const [forExtra] = findings(extraCosts, 'beregning');
    assert.match(applyFix(extraCosts, forExtra), /Fratrukket almindelige udgifter/);
  });

  it('reads guidance without a heading that names who may complain beside the party (»kan du eller Knud klage«, »I og Noah kan klage«)', () => {
    const letter = (guidance: string) =>
      `Egeby Kommune\nDato: 2. december 2025\n\nKære Grethe Holm\n\nDu har søgt om aflastning 3 dage om ugen. Du får aflastning 2 dage om ugen efter ældrelovens § 16. Du får afslag på den tredje dag, fordi Knud allerede er i mødestedet om onsdagen.\n\n${guidance}\n\nMed venlig hilsen\n\nMalene Krag\n`;
    for (const guidance of [
      'Er du uenig, kan du eller Knud klage: Giv os besked inden 4 uger efter, du har fået brevet. Vi vurderer sagen igen, og holder vi fast i afgørelsen, sendes klagen til Ankestyrelsen.',
      'I og Knud kan klage til os inden 4 uger efter, at I har fået dette brev. Vi genvurderer afgørelsen, og er vi stadig uenige, sender vi sagen til Ankestyrelsen.',
    ]) assert.deepEqual(findings(letter(guidance), 'klagevejledning'), [], guidance);
    assert.equal(findings(letter('Ring til os, hvis du har spørgsmål.'), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads the case that runs on under a guidance title opening the letter as the letter\'s own text, not as guidance', () => {
    const letter = (guidance: string, decision: string) =>
      `Højby Kommune\n5. december 2025\n\nKære Camilla Ravn\n\n${guidance}\n\nDu kan klage til Ankestyrelsen inden 4 uger efter, at du har fået afgørelsen. Klagen sendes direkte til Ankestyrelsen.\n\nAf den børnefaglige undersøgelse af 24. oktober 2025 fremgår det, at Emil har haft et fravær fra skolen på 62 %, og at politiet har fundet ham alene i byen om natten.\n\nUdvalget har lagt vægt på, at familiebehandlingen ikke har ført til ændringer, fordi du udeblev fra 9 af 16 aftaler.\n\n${decision} Børne- og ungeudvalget har besluttet, at Emil anbringes uden for hjemmet uden samtykke, jf. barnets lov § 47, stk. 1, nr. 1.\n\nPå udvalgets vegne\n\nLise Ahrenkiel\n`;
    const facts = (guidance: string, decision: string) => findings(letter(guidance, decision), 'faktiske-oplysninger').map((f) => f.severity);
    assert.deepEqual(facts('KLAGEADGANG – LÆS DETTE FØRST', '**Afgørelse:**'), []);
    // The same guidance title at the end of a letter holds the guidance to the end.
    const atEnd = `Højby Kommune\n5. december 2025\n\nKære Camilla Ravn\n\n**Afgørelse:** Emil anbringes uden for hjemmet uden samtykke, jf. barnets lov § 47, stk. 1, nr. 1.\n\nVi har vurderet sagen.\n\nKLAGEADGANG\n\nDu kan klage til Ankestyrelsen inden 4 uger. Klagen sendes direkte til Ankestyrelsen.\n\nDet fremgår af skolens udtalelse af 3. november 2025, at Emil har haft et fravær fra skolen på 62 %.\n\nPå udvalgets vegne\n\nLise Ahrenkiel\n`;
    assert.deepEqual(findings(atEnd, 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    // A calculation titled later shows the case goes on too.
    const calculatedAfter = `Vestkøbing Kommune\n2. februar 2026\n\nKære Hanne Lind\n\nSÅDAN KLAGER DU – LÆS DETTE FØRST\n\nDu kan klage over afgørelsen inden 4 uger efter, at du har fået den. Klagen sendes til os, og vi vurderer sagen igen. Holder vi fast i afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nDu har søgt om dækning af merudgifter til kost og medicin. Du får 1.150 kr. om måneden fra den 1. marts 2026 efter servicelovens § 100, stk. 1.\n\nBEREGNING\n\nDiætkost 650 kr. + medicin 500 kr. = 1.150 kr. om måneden.\n\nMed venlig hilsen\n\nOle Berg\n`;
    assert.deepEqual(findings(calculatedAfter, 'hjemmel'), []);
  });

  it('reads the amount a grant of hours comes to (»Det svarer til 16.450 kr. om måneden«) as decided, so its calculation is asked', () => {
    const letter = (amount: string) =>
      `Nordby Kommune\nDato: 14. januar 2026\n\nKære Peter Holm\n\nDu har søgt om tabt arbejdsfortjeneste på fuld tid.\n\n## Afgørelse\n\nDu får dækket tabt arbejdsfortjeneste i 18,5 timer om ugen efter barnets lov § 87. ${amount} Du får afslag på de resterende timer.\n\n## Begrundelse\n\nVictor er i skole kl. 8-14 og har brug for pasning fra kl. 14 til 17,5 fem dage om ugen, i alt 17,5 timer. Dertil kommer en time til kørsel til fysioterapi, i alt 18,5 timer. Vi har lagt vægt på, at Victors mor arbejder til kl. 16.\n\nMed venlig hilsen\n\nSigne Holt\n`;
    const money = (amount: string) => findings(letter(amount), 'beregning').map((f) => f.severity);
    assert.deepEqual(money('Det svarer til 16.450 kr. om måneden før skat.'), ['warning']);
    assert.deepEqual(money('Det svarer til 16.450 kr. om måneden før skat: 18,5 / 37 × 32.900 kr. = 16.450 kr.'), []);
    // Hours »svarende til« one sum convert them; two sums in the sentence calculate.
    assert.deepEqual(money('Det er 18,5 timer om ugen, svarende til 16.450 kr. brutto om måneden.'), ['warning']);
    assert.deepEqual(money('Du får 16.450 kr. om måneden, svarende til 197.400 kr. om året.'), []);
  });

  it('asks no deduction of ordinary expenses in a claim to pay back a merudgift already paid', () => {
    const letter = (decision: string) =>
      `Nordby Kommune\nDato: 3. januar 2026\n\nKære Ole Berg\n\n## Afgørelse\n\n${decision}\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 164 og § 100. Ved afgørelse af 4. marts 2024 fik du bevilget 1.134 kr. om måneden til kørsel til træning. Du fortalte ved opfølgningen den 21. november 2025, at du holdt op med at træne i august. Vi har lagt vægt på, at du ikke gav os besked, selv om bevillingen sagde, at du skulle.\n\n3 måneder × 1.134 kr. = 3.402 kr.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const deduction = (decision: string) => findings(letter(decision), 'beregning').filter((f) => /almindelige udgifter/.test(f.message)).map((f) => f.severity);
    assert.deepEqual(deduction('Du skal betale 3.402 kr. tilbage for september, oktober og november 2025.'), []);
    assert.deepEqual(deduction('Du skal tilbagebetale 3.402 kr.'), []);
    // A grant with a warning about paying back on a condition is still a merudgift calculated now.
    assert.equal(deduction('Du får 3.402 kr. om året i merudgiftsydelse. Hvis du holder op med at træne, kan du komme til at betale ydelsen tilbage.').length, 1);
    // Nor the kompensationsydelse's forms and minimum: a »fast beløb« of the facts is no standard amount, and a claim shown nowhere is a warning.
    const unshown = letter('Du skal betale 3.402 kr. tilbage. I dit nye botilbud betaler du et fast beløb for el og vask.').replace('\n\n3 måneder × 1.134 kr. = 3.402 kr.', '');
    assert.deepEqual(findings(unshown, 'beregning').map((f) => [f.severity, /kompensationsydelse/i.test(f.message)]), [['warning', false]]);
  });

  it('does not take a legal conclusion after "lagt vægt på" for the considerations or the facts behind it', () => {
    const letter = (reasons: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\nDu har søgt om støtte til køb af bil.\n\n## Afgørelse\n\nDu får afslag på støtte til køb af bil.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 114, stk. 1. ${reasons} Vi vurderer, at du kan dække dit behov for kørsel på anden måde.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const bare = letter('Vi har lagt vægt på, at betingelserne ikke er opfyldt i din sag.');
    assert.deepEqual(findings(bare, 'hovedhensyn').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(bare, 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    // A conclusion beside real reasons in the same sentence leaves the reasons standing.
    const reasoned = letter('Vi vurderer, at du ikke er i målgruppen, og vi har lagt vægt på, at du ifølge din læge selv kan gå 2 km og tage bussen.');
    assert.deepEqual(findings(reasoned, 'hovedhensyn'), []);
    assert.deepEqual(findings(reasoned, 'faktiske-oplysninger'), []);
  });

  it('does not read a reassessment the guidance rules out as the complaint going to the municipality', () => {
    const letter = (guidance: string) =>
      `Nordby Kommune\nDato: 3. marts 2025\n\nKære Ole Berg\n\n## Afgørelse\n\nDu får afslag på en badestol. Afgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du ifølge ergoterapeuten selv kan stå op under badet.\n\n## Klagevejledning\n\n${guidance} Klagen skal være modtaget senest 4 uger efter, at du har fået afgørelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const [direct] = findings(letter('Du kan klage direkte til Ankestyrelsen. Kommunen skal ikke først se på afgørelsen igen.'), 'klagevejledning');
    assert.equal(direct?.severity, 'error');
    assert.deepEqual(findings(letter('Du kan klage til Ankestyrelsen. Send klagen til os, så ser vi på afgørelsen igen.'), 'klagevejledning'), []);
  });

  it('names the successors of the children\'s provisions of serviceloven for placement and investigation, without rewriting them', () => {
    const letter = 'Dato: 3. oktober 2024\n\n# Afgørelse\n\nBørne- og ungeudvalget har besluttet, at Emil skal anbringes uden for hjemmet uden jeres samtykke efter servicelovens § 58, stk. 1.\n';
    const [placement] = findings(letter, 'foraeldet-henvisning');
    assert.match(placement.message, /barnets lov § 47/);
    assert.equal(placement.fix, undefined);
    const [investigation] = findings(letter.replace('skal anbringes uden for hjemmet uden jeres samtykke efter servicelovens § 58, stk. 1', 'skal have en børnefaglig undersøgelse efter servicelovens § 50'), 'foraeldet-henvisning');
    assert.match(investigation.message, /barnets lov § 20/);
  });

  it('asks a letter dated before barnets lov took effect that cites it to check its date, unless it looks ahead to the reform', () => {
    const letter = (sentence: string) => `Dato: 6. november 2023\n\n# Afgørelse\n\n${sentence}\n`;
    const [early] = findings(letter('Afgørelsen er truffet efter barnets lov § 86, stk. 1.'), 'foraeldet-henvisning');
    assert.equal(early.severity, 'information');
    assert.match(early.message, /barnets lov trådte først i kraft 1\.1\.2024/);
    assert.equal(early.fix, undefined);
    assert.deepEqual(findings(letter('Fra 1. januar 2024 står reglerne i barnets lov § 86.'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('Afgørelsen er truffet efter barnets lov § 86, stk. 1.').replace('6. november 2023', '6. november 2024'), 'foraeldet-henvisning'), []);
  });

  it('asks guidance from barnets lov\'s time that gives a child the right to appeal only at 12 to check the age', () => {
    const letter = (date: string, age: string) =>
      `Nordby Kommune\nDato: ${date}\n\nKære Anne og Jonas Friis\n\n## Afgørelse\n\nSofie får en kontaktperson 3 timer om ugen. I får afslag på en aflastningsfamilie.\n\n## Begrundelse\n\nAfgørelsen er truffet efter barnets lov § 32, stk. 1. Vi har lagt vægt på, at skolen beskriver, at Sofie trives bedst hjemme.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen. Sofie kan selv klage, når hun er ${age} år.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const [twelve] = findings(letter('26. februar 2024', 'fyldt 12'), 'klagevejledning');
    assert.equal(twelve.severity, 'information');
    assert.match(twelve.message, /mellem 10 og 18 år/);
    assert.deepEqual(findings(letter('26. februar 2024', 'fyldt 10'), 'klagevejledning'), []);
    assert.deepEqual(findings(letter('26. februar 2023', 'fyldt 12'), 'klagevejledning'), [], 'the old serviceloven\'s age was 12');
  });

  it('warns a letter from 1 July 2025 that cites madservice as servicelovens § 83, stk. 1, nr. 3 (now § 83 b), unless it tells of the time before', () => {
    const letter = (date: string, reference: string) => `Dato: ${date}\n\n# Afgørelse\n\nDu får madservice. Afgørelsen er truffet efter ${reference}.\n`;
    const [meals] = findings(letter('22. september 2025', 'servicelovens § 83, stk. 1, nr. 3'), 'foraeldet-henvisning');
    assert.equal(meals.severity, 'warning');
    const history = `Dato: 22. september 2025\n\n# Afgørelse\n\nDu får madservice efter servicelovens § 83 b. Indtil 1. juli 2025 fik du madservice efter servicelovens § 83, stk. 1, nr. 3.\n`;
    assert.deepEqual(findings(history, 'foraeldet-henvisning'), []);
    assert.match(meals.message, /servicelovens § 83 b/);
    assert.deepEqual(findings(letter('1. maj 2025', 'servicelovens § 83, stk. 1, nr. 3'), 'foraeldet-henvisning'), []);
    assert.deepEqual(findings(letter('22. september 2025', 'servicelovens § 83, stk. 1, nr. 2'), 'foraeldet-henvisning'), []);
  });

  it('takes the direct route only from the decision maker of this decision, not from a guardian or contact it fixed earlier', () => {
    const guidance = '## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen. Send klagen til Nørreby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\n';
    const letter = (intro: string, decision: string) =>
      `# Afgørelse om bostøtte til Søren\n\nNørreby Kommune, 4. marts 2025\n\nKære Lise Dam\n\n${intro}\n\n## Afgørelse\n\n${decision}\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 85. Vi har lagt vægt på, at Søren har svært ved at holde sine aftaler, og at han selv har sagt, at han har brug for hjælp hver uge.\n\n${guidance}Med venlig hilsen\n\nPer Lund\n`;
    const intros = [
      'Du er værge for Søren, jf. Familieretshusets beslutning af 2. juni 2022, og vi sender derfor afgørelsen til dig.',
      'Samværet mellem Søren og hans far er fastsat af Familieretshuset.',
      'Søren blev i 2019 anbragt af børne- og ungeudvalget, og anbringelsen sluttede, da han fyldte 18 år.',
    ];
    for (const intro of intros) assert.deepEqual(findings(letter(intro, 'Søren får socialpædagogisk støtte 3 timer om ugen. Han får afslag på 5 timer.'), 'klagevejledning'), [], intro);
    // Named as the one who decides, in a heading or a sentence that decides, the route is direct, and guidance that sends the complaint to the municipality is asked to check it.
    const byCommittee = letter('Børne- og ungeudvalget har behandlet sagen på sit møde den 3. marts 2025.', 'Børne- og ungeudvalget har besluttet, at Søren anbringes uden for hjemmet uden samtykke efter barnets lov § 47.');
    assert.match(findings(byCommittee, 'klagevejledning').map((f) => f.message).join('\n'), /direkte til Ankestyrelsen/);
  });

  it('reads the appeal guidance in an appendix after a list of enclosures that names it', () => {
    const body = '# Afgørelse om aktivitetstilbud\n\nNørreby Kommune, 4. marts 2025\n\nKære Lise Dam\n\n## Afgørelse\n\nSøren får aktivitetstilbud tre dage om ugen. Han får afslag på de to andre dage.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 104. Vi har lagt vægt på, at Søren har beskyttet beskæftigelse de to andre dage, og at han selv har sagt, at han bliver træt af to tilbud samme dag.\n\nMed venlig hilsen\n\nPer Lund\n\nBilag: Klagevejledning\nBilag: Letlæst udgave\n\n---\n\n';
    const appendix = '## Bilag: Klagevejledning\n\nDu kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen. Send den til Nørreby Kommune, som genvurderer afgørelsen. Fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n';
    assert.deepEqual(findings(body + appendix, 'klagevejledning'), []);
    // Without the appendix the list only names it: the guidance is missing.
    assert.ok(findings(body, 'klagevejledning').some((f) => f.severity === 'error'));
  });

  it('reads a stock assessment (»en samlet, konkret og individuel vurdering. På den baggrund vurderer vi …«) followed by the hearing as giving no reasons', () => {
    const letter = (after: string) =>
      `# Afgørelse om botilbud\n\nVesterå Kommune, 3. marts 2025\n\nKære Ib Holm\n\nDu har søgt om et midlertidigt botilbud.\n\n## Sagens oplysninger\n\n- Du er 48 år og bor i egen lejlighed.\n- Ved samtalen den 2. februar fortalte du, at du selv laver mad og handler ind.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 107. Kommunen har foretaget en samlet, konkret og individuel vurdering af din situation. På den baggrund vurderer vi, at du ikke har behov for et midlertidigt botilbud.\n\n${after}\n\n## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen. Send klagen til Vesterå Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nAnne Lund\n`;
    const hearing = findings(letter('Udtalelsen fra bostøtten blev sendt til dig i partshøring den 14. februar 2025. Du har ikke haft bemærkninger.'), 'hovedhensyn');
    assert.deepEqual(hearing.map((f) => f.severity), ['warning']);
    // The next paragraph tells why: the stock sentence leads the reasons.
    const reasons = findings(letter('Det skyldes, at du selv klarer madlavning og indkøb, og at du har en fast kontaktperson i bostøtten, som kommer to gange om ugen.'), 'hovedhensyn');
    assert.ok(reasons.every((f) => f.severity === 'information'), JSON.stringify(reasons));
  });

  it('reads an assessment of the need beyond the standard, concluded in the letter\'s own words beside considerations it weighs, as something to check', () => {
    const letter = (assessment: string) =>
      `# Afgørelse om praktisk hjælp\n\nLindby Kommune, 3. marts 2025\n\nKære Grete Friis\n\nDu har søgt om rengøring hver uge.\n\n## Afgørelse\n\nDu får rengøring hver 2. uge efter servicelovens § 83. Du får afslag på rengøring hver uge.\n\n## Begrundelse\n\nVi har lagt vægt på, at det er de tunge opgaver, du ikke kan klare, og at du selv kan tørre af.\n\nKommunens kvalitetsstandard nævner rengøring hver 2. uge som udgangspunkt. ${assessment}\n\n## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Berg\n`;
    const severities = (assessment: string) => findings(letter(assessment), 'kvalitetsstandard').map((f) => f.severity);
    assert.deepEqual(severities('Vi har vurderet, om din situation er sådan, at du har brug for mere. Det mener vi ikke: lejligheden er lille. Rengøring hver 2. uge er derfor nok.'), ['information']);
    assert.deepEqual(severities('Rengøring hver 2. uge er derfor nok.'), ['warning']);
  });

  it('does not take the individual assessment a representative asks for (»Din fagforening har anført, at … en konkret vurdering«) for one the letter made', () => {
    const letter = (argument: string) =>
      `# Afgørelse om praktisk hjælp\n\nLindby Kommune, 3. marts 2025\n\nKære Grete Friis\n\nDu har søgt om rengøring hver uge.\n\n## Afgørelse\n\nDu får rengøring hver 2. uge efter servicelovens § 83. Du får afslag på rengøring hver uge.\n\n## Begrundelse\n\n${argument}\n\nVi har lagt vægt på, at du efter kommunens kvalitetsstandard får rengøring hver 2. uge.\n\n## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Berg\n`;
    const severities = (argument: string) => findings(letter(argument), 'kvalitetsstandard').map((f) => f.severity);
    assert.deepEqual(severities('Din fagforening har anført, at hjælpen efter Ankestyrelsens praksis skal gives efter en konkret vurdering.'), ['warning']);
    assert.deepEqual(severities('Vi har foretaget en konkret vurdering af dit behov.'), []);
  });

  it('warns a letter that treats the quality standard as a rule nothing can go beyond, whatever it assesses beside it', () => {
    const letter = (standard: string) =>
      `# Afgørelse om praktisk hjælp\n\nLindby Kommune, 3. marts 2025\n\nKære Grete Friis\n\nDu har søgt om rengøring hver uge.\n\n## Afgørelse\n\nDu får rengøring hver 3. uge. Du får afslag på rengøring hver uge.\n\n## Begrundelse\n\nAfgørelsen er truffet efter servicelovens § 83. Vi vurderer, at du ikke selv kan støvsuge og vaske gulv, fordi du efter din blodprop kun kan bruge den ene arm.\n\n${standard}\n\n## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Berg\n`;
    const severities = (standard: string) => findings(letter(standard), 'kvalitetsstandard').map((f) => f.severity);
    assert.deepEqual(severities('Kommunens kvalitetsstandard fastsætter, at rengøring gives hver 3. uge. Der er derfor ikke mulighed for at bevilge rengøring hver uge.'), ['warning']);
    assert.deepEqual(severities('Kommunens kvalitetsstandard giver kun mulighed for rengøring hver 3. uge.'), ['warning']);
    assert.match(findings(letter('Kommunens kvalitetsstandard giver kun mulighed for rengøring hver 3. uge.'), 'kvalitetsstandard')[0].message, /som en regel.*»kun mulighed for«/);
    assert.match(findings(letter('Efter kommunens serviceniveau bevilges der kun rengøring hver 3. uge.'), 'kvalitetsstandard')[0].message, /som en regel.*»bevilges der kun«/);
    assert.match(findings(letter('Det fremgår af retningslinjerne, at der højst bevilges rengøring hver 3. uge.'), 'kvalitetsstandard')[0].message, /som en regel.*»højst bevilges«/);
    // The standard declared not decisive, and the help set by what the party concretely needs: an individual assessment.
    assert.deepEqual(severities('Kommunens kvalitetsstandard beskriver rengøring hver 3. uge, men den har ikke været afgørende.'), []);
    assert.deepEqual(severities('Kommunens kvalitetsstandard beskriver rengøring hver 3. uge. Hjælpen er fastsat ud fra, hvad du konkret har brug for.'), []);
    // The service level as the edge of what can be had, or as what the help must match.
    assert.deepEqual(severities('Rengøring hver uge ligger uden for kommunens serviceniveau.'), ['warning']);
    assert.deepEqual(severities('Din hjælp skal derfor svare til kommunens serviceniveau.'), ['warning']);
    // The standard as a starting point, with the need beyond it assessed: something to check, as before.
    assert.deepEqual(severities('Kommunens kvalitetsstandard beskriver rengøring hver 3. uge. Vi har vurderet, om du har brug for mere, og det har du ikke, fordi din datter gør rent i køkkenet.'), ['information']);
    // A limit with its own reason in the next sentence does not make the standard binding.
    assert.deepEqual(severities('Kommunens kvalitetsstandard beskriver rengøring hver 3. uge. Du har ikke mulighed for hjælp om aftenen, fordi du bor i et område uden aftenhjemmepleje.'), ['information']);
  });

  it('does not take the standard that sets how granted help is used for the reason of the outcome', () => {
    const letter = (sentence: string) =>
      `# Afgørelse om ledsagelse\n\nLindby Kommune, 3. marts 2026\n\nKære Mads Kro\n\nDu har søgt om 20 timers ledsagelse om måneden og om hjælp til indkøb.\n\n## Afgørelse\n\nDu får 15 timers ledsagelse om måneden efter servicelovens § 97. Du får afslag på hjælp til indkøb efter servicelovens § 83. Du kan ikke selv færdes uden for hjemmet, fordi du ikke kan orientere dig.\n\n${sentence}\n\n## Klagevejledning\n\nDu kan klage over afgørelsen til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Berg\n`;
    const severities = (sentence: string) => findings(letter(sentence), 'kvalitetsstandard').map((f) => f.severity);
    assert.deepEqual(severities('Ubrugte timer kan du spare op i et halvt år efter kommunens retningslinjer, som er vedlagt.'), []);
    assert.deepEqual(severities('Hvis du aflyser en tur, flytter vi timerne efter kvalitetsstandarden.'), []);
    assert.deepEqual(severities('Efter kvalitetsstandarden bytter vi ikke ledsagelse til indkøb.'), []);
    // The same standard as the reason for the refusal.
    assert.deepEqual(severities('Efter kommunens retningslinjer gives hjælp til indkøb kun til borgere over 67 år.'), ['warning']);
    // Saving money up is not a term of using the help.
    assert.deepEqual(severities('Efter kommunens retningslinjer kan du selv spare op til indkøbene.'), ['warning']);
  });

  it('reads plain-language letters: a full grant said in other tenses, a title that decides, a question that heads the guidance, a conclusion after its reasons', () => {
    const head = '# Du får bostøtte\n\nHavby Kommune, 12. marts 2026\n\nKære Nanna Holm\n\nDu søgte den 23. februar 2026 om bostøtte 3 timer om ugen.\n\n';
    // Granted as applied for under a title that decides, with no reasons and no guidance: something to check, not an error.
    const titled = `${head}**Du får bostøtte 3 timer om ugen efter serviceloven § 85.** Støtten starter i uge 13.\n\nVenlig hilsen\n\nAnja Holm\n`;
    assert.deepEqual(checkDocument(titled, { force: true }).findings.filter((f) => f.severity !== 'information').map((f) => f.ruleId), []);
    // Said to be all that was applied for: no guidance needed.
    const said = `${head}Du får bostøtte 3 timer om ugen efter serviceloven § 85.\n\n## Klagevejledning\n\nDu har fået det, du søgte om. Derfor får du ingen klagevejledning.\n\nVenlig hilsen\n\nAnja Holm\n`;
    assert.deepEqual(findings(said, 'klagevejledning'), []);
    // A partial grant whose guidance is headed by a question and whose conclusion follows its reasons.
    const partial = '# Svar på din ansøgning om bostøtte\n\nHavby Kommune, 12. marts 2026\n\nKære Nanna Holm\n\nDu søgte om bostøtte 5 timer om ugen.\n\n## Hvad har vi besluttet?\n\nDu får bostøtte 3 timer om ugen efter serviceloven § 85. Du får afslag på 2 timer.\n\n## Hvorfor?\n\n- Du klarer selv din post, fordi du har fået betalingsservice.\n- Du har brug for hjælp til at komme op om morgenen: 30 minutter hver hverdag og 30 minutter til ugeplanen om mandagen.\n- Derfor vurderer vi, at 3 timer om ugen er nok.\n\n## Hvad kan du gøre, hvis du er uenig?\n\nDu kan klage til Ankestyrelsen. Klagen skal være hos os senest 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og ændrer vi den ikke, sender vi klagen videre til Ankestyrelsen.\n\nVenlig hilsen\n\nAnja Holm\n';
    const partialFindings = checkDocument(partial, { force: true }).findings;
    assert.deepEqual(partialFindings.filter((f) => f.severity !== 'information').map((f) => f.ruleId), [], JSON.stringify(partialFindings.map((f) => f.message)));
  });

  it('asks no breakdown of hours in a step-down before help stops', () => {
    const letter = (decision: string) =>
      `# Afgørelse om ophør af støtte\n\nNordby Kommune, 4. september 2024\n\nKære Sara Lund\n\n## Afgørelse\n\nDin støtte efter servicelovens § 85 stopper den 31. oktober 2024. ${decision}\n\n## Begrundelse\n\nVi har lagt vægt på, at du nu selv betaler dine regninger og kommer op om morgenen, og at din støtteperson og du selv har sagt, at målene er nået.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Nordby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPer Lund\n`;
    assert.deepEqual(findings(letter('I oktober bliver støtten trappet ned fra 3 timer til 1,5 time om ugen.'), 'beregning'), []);
    assert.equal(findings(letter('I oktober bliver støtten nedsat fra 3 timer til 1,5 time om ugen.'), 'beregning').length, 1);
  });

  it('asks no calculation of the minutes that tell how help in another form is given (»… ser ind til dig via et kamera i højst 2 minutter hver nat«)', () => {
    const letter = (decision: string) =>
      `# Ændring af dit tilsyn om natten\n\nVestby Kommune, 28. oktober 2025\n\nKære Ruth\n\n## Afgørelse\n\n${decision}\n\nAfgørelsen er truffet efter ældrelovens § 10.\n\n## Begrundelse\n\nVi har lagt vægt på, at du ikke har haft brug for hjælp ved besøgene om natten siden juni, og at du har nødkald.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Vestby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJakob Sand\n`;
    assert.deepEqual(findings(letter('Fra den 10. november får du dit tilsyn om natten som et kameratilsyn i stedet for et besøg. En medarbejder ser ind til dig via et kamera i højst 2 minutter hver nat.'), 'beregning'), []);
    // Hours the decision gives, or limits in their own sentence, are measured out.
    assert.equal(findings(letter('Fra den 10. november får du dit tilsyn om natten som et kameratilsyn i stedet for et besøg. Du får hjælp i 2 timer om ugen.'), 'beregning').length, 1);
    assert.equal(findings(letter('Fra den 10. november får du tilsyn som et kameratilsyn. En medarbejder ser ind til dig i 20 minutter i stedet for 40 minutter hver nat.'), 'beregning').length, 1);
  });

  it('reads an assessment made »ud fra reglerne og de oplysninger, vi har om dig« as giving no reason', () => {
    const letter = (why: string) =>
      `# Svar på ansøgning om kørsel\n\nLindby Kommune, 13. januar 2026\n\nKære Tom Berg\n\nDu søgte om tilskud til taxa til træning to gange om ugen.\n\n## Hvad ved vi?\n\nDu bor 6 km fra træningsstedet. Du har fortalt, at bussen er svær at komme ind i med kørestol.\n\n## Hvorfor?\n\n${why}\n\n## Hvis du er uenig\n\nDu kan klage til Ankestyrelsen. Send klagen til Lindby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSigne Juhl\n`;
    const pointer = findings(letter('Vi har vurderet din ansøgning ud fra reglerne og de oplysninger, vi har om dig. Vi vurderer, at du ikke kan få tilskud til kørsel efter serviceloven § 117.'), 'hovedhensyn');
    assert.deepEqual(pointer.map((f) => f.severity), ['warning']);
    const reasoned = findings(letter('Vi vurderer, at du ikke kan få tilskud til kørsel efter serviceloven § 117, fordi du er godkendt til handicapkørsel, som kan bringe dig til træningen.'), 'hovedhensyn');
    assert.ok(reasoned.every((f) => f.severity === 'information'), JSON.stringify(reasoned));
  });

  it('reads »Det er kommunens vurdering, at …« as the authority’s assessment, bare when nothing backs it', () => {
    const letter = (why: string) =>
      `# Afslag på aflastning\n\nSkovby Kommune, 3. marts 2026\n\nKære Lise og Bo Holm\n\nI søgte den 2. februar 2026 om aflastning for Emil én weekend om måneden efter barnets lov § 32, stk. 1, nr. 7.\n\n## Sagens oplysninger\n\nEmil er 9 år. Skolen har oplyst, at han trives i klassen. Familien har en farmor, som ser Emil hver onsdag.\n\n## Vurdering\n\n${why}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    const bare = findings(letter('Det er kommunens samlede vurdering, at betingelserne for aflastning ikke er opfyldt. Derfor får I afslag.'), 'hovedhensyn');
    assert.deepEqual(bare.map((f) => f.severity), ['warning']);
    const reasoned = findings(letter('Det er kommunens vurdering, at betingelserne for aflastning ikke er opfyldt. Vi har lagt vægt på, at Emil trives i skolen, og at farmor allerede giver jer en fast pause hver uge.'), 'hovedhensyn');
    assert.deepEqual(reasoned.filter((f) => f.severity !== 'information'), []);
  });

  it('asks for the reasons of a point concluded bare when the letter’s other points are reasoned', () => {
    const letter = (respite: string) =>
      `# Afgørelse om støtte til familien\n\nSkovby Kommune, 3. marts 2026\n\nKære Lise og Bo Holm\n\nI søgte den 2. februar 2026 om praktisk støtte i hjemmet og om aflastning for Emil efter barnets lov § 32, stk. 1.\n\n## Sagens oplysninger\n\nEmil er 9 år. Skolen har oplyst, at han har svært ved at falde til ro om aftenen. Familien har en farmor, som ser Emil hver onsdag.\n\n## Vores vurdering\n\nPraktisk støtte i hjemmet: Vi vurderer, at støtten er af væsentlig betydning for Emil. Vi har lagt vægt på, at hans vanskeligheder især viser sig om aftenen, og at skolen beskriver, at han klarer sig godt, når han har sovet.\n\n${respite}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    const bare = findings(letter('Aflastning: Vi vurderer ikke, at aflastning er nødvendig.'), 'hovedhensyn');
    assert.deepEqual(bare.map((f) => [f.severity, f.message.startsWith('Konklusionen står uden begrundelse')]), [['information', true]]);
    assert.deepEqual(findings(letter('Aflastning: Vi vurderer ikke, at aflastning er nødvendig, fordi farmor allerede giver jer en fast pause hver uge.'), 'hovedhensyn'), []);
    // Naming what was assessed draws no conclusion.
    assert.deepEqual(findings(letter('Aflastning: Vi har vurderet Emils behov for aflastning, som det er med den medicin, han får.'), 'hovedhensyn'), []);
    // The point's own paragraph after it gives the reasons.
    assert.deepEqual(findings(letter('Aflastning: Vi vurderer ikke, at aflastning er nødvendig.\n\nFarmor giver jer allerede en fast pause hver onsdag, og I har ikke fortalt om nætter uden søvn.'), 'hovedhensyn'), []);
  });

  it('takes a price per delivery or what a sum was for no sum decided, and a provision the party may apply under, or that a part of the application is sent on under, for no basis of a minimum', () => {
    const letter = (facts: string) =>
      `# Afgørelse om praktisk hjælp\n\nSkovby Kommune, 3. marts 2026\n\nKære Ib Holm\n\nDu søgte den 2. februar 2026 om rengøring 2 timer om ugen.\n\n## Afgørelse\n\nDu får rengøring 1 time om ugen efter servicelovens § 83, stk. 1, nr. 2. Du får afslag på resten.\n\n## Sådan er tiden regnet ud\n\n| Opgave | Minutter pr. uge |\n|---|---|\n| Støvsugning | 30 |\n| Gulvvask | 30 |\n| I alt | 60 min. = 1 time |\n\n## Sagens oplysninger\n\nDu kan ikke støvsuge eller vaske gulv, men du kan tørre støv af siddende. ${facts}\n\n## Begrundelse\n\nVi har lagt vægt på, at du selv kan tørre støv af, og at lejligheden er lille.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    assert.deepEqual(findings(letter('Du får varer bragt hjem og betaler 49 kr. for hver levering.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Du betaler 49 kr. for hver levering. Udgiften kan du eventuelt søge dækket som en merudgift efter servicelovens § 100.'), 'beregning'), []);
    // What a sum was is a fact of the case.
    assert.deepEqual(findings(letter('Du får et vederlag fra værkstedet, som i 2025 i gennemsnit var ca. 640 kr. om måneden.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Du betaler 49 kr. for hver levering. Den del af ansøgningen har vi sendt videre til behandling som en ansøgning om merudgifter efter servicelovens § 100.'), 'beregning'), []);
  });

  it('counts neither the hours applied for, restated where they are refused, nor the period the hours run for (»til og med«) as a breakdown', () => {
    const letter = (reasons: string) =>
      `# Afgørelse om bostøtte\n\nSkovby Kommune, 3. oktober 2024\n\nKære Kim Juhl\n\nDu søgte den 2. september 2024 om bostøtte 6 timer om ugen.\n\n## Afgørelse\n\nDu får socialpædagogisk støtte efter servicelovens § 85 i 4 timer om ugen til og med 14. januar 2025 og herefter 2 timer om ugen. Du får altså ikke de 6 timer, du har søgt om. Formålet er, at du kan blive boende i lejligheden. Vi følger op i januar 2025.\n\n## Begrundelse\n\n${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    const bare = findings(letter('Vi har ikke fundet behov for 6 timer om ugen. Vi har lagt vægt på, at du selv klarer madlavning og rengøring.'), 'beregning');
    assert.deepEqual(bare.map((f) => f.severity), ['warning']);
    const shown = findings(letter('Vi har ikke fundet behov for 6 timer om ugen. Vi har lagt vægt på, at du selv klarer madlavning og rengøring. De 4 timer er 3 timer til breve og gæld og 1 time til at komme i gang med aktiviteter.'), 'beregning');
    assert.deepEqual(shown, []);
    // What the hours leave time for, told in words, measures them out too.
    assert.deepEqual(findings(letter('Vi har ikke fundet behov for 6 timer om ugen. Vi har lagt vægt på, at du selv klarer madlavning og rengøring. De 4 timer giver tid til to faste besøg om ugen og til at følge dig til aftaler.'), 'beregning'), []);
    // Hours refused whole, as kept or applied for, are not measured out: nothing is granted to calculate.
    const stop = `# Ophør af BPA\n\nSkovby Kommune, 3. december 2024\n\nKære Kim Juhl\n\nDu flyttede den 1. oktober 2024 i botilbud efter servicelovens § 108 og bad om at beholde en del af din BPA.\n\n## Afgørelse\n\nDin BPA efter servicelovens § 96 ophører den 31. december 2024. Du får afslag på at beholde 10 timer om ugen.\n\n## Begrundelse\n\nVi har lagt vægt på, at personalet i botilbuddet følger dig ud.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    assert.deepEqual(findings(stop, 'beregning'), []);
  });

  it('counts the items of the list the party applied with as no calculation of the sum granted', () => {
    const letter = (reasons: string) =>
      `# Afgørelse om etableringshjælp\n\nSkovby Kommune, 3. februar 2026\n\nKære Kim Juhl\n\nDu har søgt om 5.000 kr. til din første lejlighed. Du har sendt os denne liste:\n\n- seng: 2.500 kr.\n- sofa: 1.800 kr.\n- gryder: 700 kr.\n\n## Afgørelse\n\nDu får 3.000 kr. efter servicelovens § 85. Du får altså ikke hele beløbet.\n\n## Begrundelse\n\n${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at møbler kan købes brugt.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at møbler kan købes brugt. Vi har regnet med 1.500 kr. til seng, 1.000 kr. til sofa og 500 kr. til gryder.'), 'beregning'), []);
  });

  it('counts no word that only leads to the hours decided (»svarende til 4 timer«) as a breakdown', () => {
    const letter = (grant: string, facts: string) =>
      `# Afgørelse om bostøtte\n\nSkovby Kommune, 3. oktober 2024\n\nKære Kim Juhl\n\nDu søgte den 2. september 2024 om bostøtte 6 timer om ugen.\n\n## Afgørelse\n\n${grant} Du får altså ikke de 6 timer, du har søgt om. Formålet er, at du kan blive boende i lejligheden. Vi følger op i januar 2025.\n\n## Sagens oplysninger\n\n${facts}\n\n## Begrundelse\n\nVi har lagt vægt på, at du selv klarer madlavning og rengøring.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    const grant = 'Du får socialpædagogisk støtte efter servicelovens § 85 svarende til 4 timer om ugen.';
    const facts = 'Du bor alene i en lejlighed.';
    assert.deepEqual(findings(letter(grant, facts), 'beregning').map((f) => f.severity), ['warning']);
    // In the grant's own account the same words measure out: »… svarende til to besøg om ugen på hver 2 timer«.
    assert.deepEqual(findings(letter('Du får socialpædagogisk støtte efter servicelovens § 85 i 4 timer om ugen, svarende til to besøg om ugen på hver 2 timer.', facts), 'beregning'), []);
    // Help »beregnet til« a period was meant for it, not worked out; »beregnet til 2 timer« works out.
    const plain = 'Du får socialpædagogisk støtte efter servicelovens § 85 i 4 timer om ugen.';
    assert.deepEqual(findings(letter(plain, 'Den støtte, du fik efter indlæggelsen, var beregnet til en kort periode.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter(plain, 'Støtten til post er beregnet til 2 timer og støtten til indkøb til 2 timer.'), 'beregning'), []);
  });

  it('reads an assessment the authority could not make (»ikke haft mulighed for at vurdere, om …«) as no bare conclusion', () => {
    const letter = (rule: string) =>
      `# Afslag på refusion af toiletløfter\n\nSkovby Kommune, 3. marts 2026\n\nKære Erik Bund\n\nDu har bedt os betale 14.800 kr. for en toiletløfter, du selv har købt. Du får afslag efter servicelovens § 112, stk. 1.\n\n## Sagens oplysninger\n\nDu har en toiletforhøjer med armlæn. Ergoterapeuten så den 3. februar, at du rejser dig fra toilettet uden hjælp.\n\n## Begrundelse\n\n${rule}\n\nVi har undersøgt, om der er grund til at fravige hovedreglen. Det mener vi ikke. Du havde ikke kontaktet os, og der var ikke sket en pludselig ændring.\n\nToiletforhøjeren gør, at du selv kan rejse dig. Løfteren vil derfor ikke lette din hverdag, da du stadig skal stå op og gå fra toilettet.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Skovby Kommune inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Vest\n`;
    assert.deepEqual(findings(letter('Når en borger selv køber et hjælpemiddel, har kommunen ikke haft mulighed for at vurdere, om der er et behov, og hvilket hjælpemiddel der er det bedst egnede og billigste. Derfor er hovedreglen, at udgiften ikke dækkes.'), 'hovedhensyn'), []);
  });

  it('reads a bare »jf. § 142« after barnets lov as the committee\'s decision, appealed directly to Ankestyrelsen', () => {
    const letter = (guidance: string) =>
      `Egeby Kommune\nBørne- og ungeudvalget\n\n3. december 2024\n\n# Afgørelse om afbrydelse af samvær\n\nUdvalget har besluttet at afbryde forbindelsen mellem dig og William fra den 3. december 2024 til og med den 2. juni 2025.\n\nAfgørelsen er truffet efter barnets lov § 105, stk. 1, nr. 2, og stk. 2, jf. § 142, stk. 1 og 3.\n\n## Begrundelse\n\nUdvalget har lagt afgørende vægt på, at William selv har sagt, at han ikke vil se dig, og at han har reageret med angst.\n\n## Klagevejledning\n\n${guidance}\n\nFor Børne- og ungeudvalget\n\nMaria Lykke\n`;
    const viaMunicipality = findings(letter('Send klagen til Egeby Kommune inden 4 uger efter, at du har modtaget afgørelsen. Kommunen genvurderer afgørelsen, og fastholder den afgørelsen, sendes klagen til Ankestyrelsen.'), 'klagevejledning');
    assert.ok(viaMunicipality.some((f) => f.severity === 'warning' && /direkte til Ankestyrelsen/.test(f.message)), JSON.stringify(viaMunicipality.map((f) => f.message)));
    assert.deepEqual(findings(letter('Du kan klage direkte til Ankestyrelsen. Klagen skal være modtaget inden 4 uger efter, at du har fået afgørelsen.'), 'klagevejledning').filter((f) => f.severity !== 'information'), []);
  });

  it('reads a section that only names the application as no statement of the facts, and a longer one or a facts heading in other words as one', () => {
    const letter = (application: string, more = '') =>
      `# Svar på din ansøgning om trappelift\n\nEgeby Kommune, 2. februar 2026\n\nKære Ole Dam\n\n## Hvad har du søgt om?\n\n${application}\n\n${more}## Hvad har vi besluttet?\n\nDu får ikke en trappelift. Vi har behandlet ansøgningen efter serviceloven § 116.\n\n## Hvorfor?\n\nVi vurderer, at trappeliften ikke er nødvendig, og at du kan bo i huset uden den.\n\n## Hvis du er uenig\n\nDu kan klage til Ankestyrelsen. Send klagen til Egeby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJens Bo\n`;
    const bare = findings(letter('Du har søgt om en trappelift til 1. sal.'), 'faktiske-oplysninger');
    assert.deepEqual(bare.map((f) => f.severity), ['warning']);
    const told = findings(letter('Du har søgt om en trappelift til 1. sal. Du er 81 år og har slidgigt i begge knæ efter en operation i 2024. Dit soveværelse og dit eneste badeværelse ligger på 1. sal, og du går i dag op ad trappen med hjælp fra din søn, der kommer to gange om dagen.'), 'faktiske-oplysninger');
    assert.deepEqual(told, []);
    const headed = findings(letter('Du har søgt om en trappelift til 1. sal.', '## Hvad bygger vi på?\n\nDu har slidgigt i knæene, og soveværelset ligger på 1. sal.\n\n'), 'faktiske-oplysninger');
    assert.deepEqual(headed, []);
  });

  it('takes a paragraph in a law the catalogue does not hold as a named basis, and a bare paragraph still as none', () => {
    const letter = (basis: string) =>
      `# Afgørelse om plejebolig\n\nSøby Kommune, 3. marts 2026\n\nKære Aase Holm\n\nDu har søgt om en plejebolig. Du får afslag. ${basis} Vi har lagt vægt på, at du klarer dig i din bolig med hjælp morgen og aften.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    for (const named of ['Afgørelsen er truffet efter § 54 i lov om almene boliger m.v.', 'Afgørelsen er truffet efter almenboliglovens § 54.', 'Afgørelsen er truffet efter almenboligloven § 54, stk. 1.', 'Afgørelsen er truffet efter § 4 i hjælpemiddelbekendtgørelsen.']) {
      assert.deepEqual(findings(letter(named), 'hjemmel'), [], named);
    }
    assert.deepEqual(findings(letter('Afgørelsen er truffet efter § 54.'), 'hjemmel').map((f) => f.severity), ['error']);
    // »loven« alone names no law.
    assert.deepEqual(findings(letter('Afgørelsen er truffet efter loven § 54.'), 'hjemmel').map((f) => f.severity), ['error']);
  });

  it('reads reasons listed under a lead that gives them, a table of what was assessed and an assessment left for the follow-up as no bare conclusion', () => {
    const letter = (reasons: string) =>
      `# Afgørelse om kørestol\n\nSøby Kommune, 3. marts 2026\n\nKære Eva og Jon Holm\n\nI har søgt om en el-kørestol med stå-funktion til Ida. Ida får en el-kørestol efter barnets lov § 90, nr. 4. Hun får ikke stå-funktionen.\n\n## Vurdering\n\n${reasons}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at I har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const severities = (reasons: string) => findings(letter(reasons), 'hovedhensyn').map((f) => f.severity);
    const listed = 'Vi har ikke bevilget stå-funktion, fordi:\n\n- Idas behov for at stå er dækket af ståstativet, som terapeuten vurderer virker.\n- Sædeløftet bringer hende op i øjenhøjde med kammeraterne.';
    assert.deepEqual(severities(listed), ['information']);
    assert.deepEqual(severities(listed.replace('fordi:', 'og det er vores afgørelse:')), ['warning'], 'a lead that gives no reason');
    const table = 'Ida har cerebral parese og kan ikke gå. Hun kan selv styre en el-kørestol, fordi hun har god kontrol over højre hånd.\n\nStå-funktionen er ikke nødvendig, fordi hun står i sit ståstativ hver dag.\n\n| Funktion | Vurderet | Bemærkning |\n|---|---|---|\n| Kørsel | Ja | Nødvendig |\n| Stå-funktion | Nej | Står i ståstativ |\n\nI blev partshørt ved brev af 18. februar 2026. I har ikke svaret.';
    // Argued in two sentences of its own (»fordi hun har god kontrol …«, »fordi hun står i sit ståstativ …«).
    assert.deepEqual(severities(table), []);
    const followUp = `${table}\n\nVi holder et opfølgningsmøde i marts, hvor vi vurderer, om der fortsat er behov for ståstativet.`;
    assert.deepEqual(severities(followUp), []);
    assert.deepEqual(severities(followUp.replace('hvor vi vurderer, om der fortsat er behov for ståstativet', 'og vi vurderer, at der ikke er behov for ståstativet')), ['warning'], 'an assessment made there');
  });

  it('takes an assessment argued in its own words, or one that lists its points, as giving its considerations; a conclusion drawn after facts is still to check', () => {
    const letter = (reasons: string) =>
      `# Afgørelse om løftestol\n\nSøby Kommune, 3. marts 2026\n\nKære Grethe Holm\n\nDu har søgt om en lænestol med el-løft. Du får afslag efter servicelovens § 113, stk. 1.\n\n## Sagens oplysninger\n\nDu har slidgigt i knæene. Ergoterapeuten besøgte dig den 3. februar 2026 og så dig rejse dig fra en spisebordsstol med armlæn. Fra din lave sofa havde du svært ved at komme op. Du fortalte ved besøget, at du helst vil sidde i sofaen om aftenen.\n\n## Vurdering\n\n${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const severities = (reasons: string) => findings(letter(reasons), 'hovedhensyn').map((f) => f.severity);
    const concluded = 'Du kan rejse dig fra en stol med armlæn. Vi vurderer derfor, at stolen ikke er nødvendig.';
    assert.deepEqual(severities(concluded), ['information']);
    // Two sentences that give causes or draw consequences from the facts argue the assessment.
    const argued = 'Vi vurderer, at stolen ikke i væsentlig grad vil lette din hverdag. Du kan rejse dig fra en stol med armlæn, fordi du har kræfter nok i armene. Du har derfor ikke brug for hjælp fra andre til at rejse dig.';
    assert.deepEqual(severities(argued), []);
    assert.deepEqual(severities(argued.replace(', fordi du har kræfter nok i armene', '')), ['information'], 'one argued sentence');
    // A consequence that is itself the assessment or the decision argues nothing.
    assert.deepEqual(severities(`${concluded} Vi finder derfor ikke, at betingelserne er opfyldt. Vi har derfor besluttet at fastholde afslaget. Vi vurderer derfor, at stolen ikke er nødvendig.`), ['information']);
    // An assessment that opens its points gives them as its considerations.
    assert.deepEqual(severities('Vi vurderer ikke, at en løftestol vil være en væsentlig hjælp for dig:\n\n- Du kan rejse dig fra en stol med armlæn.\n- Problemet opstår kun fra den lave sofa.'), []);
  });

  it('takes an assessment said not to be made (»Vi har derfor ikke vurderet dit behov«) as no discretion exercised', () => {
    const letter = (reasons: string) =>
      `# Afslag på ledsageordning\n\nSøby Kommune, 3. marts 2026\n\nKære Ove Brandt\n\nDu har søgt om ledsagelse efter servicelovens § 97. Du får afslag.\n\n## Begrundelse\n\nEn ledsageordning kan kun gives til personer under folkepensionsalderen. Du fyldte 67 år den 14. marts 2025. ${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Vi har derfor ikke vurderet dit behov for ledsagelse.'), 'hovedhensyn'), []);
    // Nor one the letter says rests on no discretion.
    assert.deepEqual(findings(letter('Vi har vurderet dit behov for ledsagelse, men der er ikke tale om et skøn: alderen afgør det.'), 'hovedhensyn'), []);
    assert.deepEqual(findings(letter('Vi har vurderet dit behov for ledsagelse, men afslaget er en konsekvens af din alder og ikke en ny vurdering af dit behov.'), 'hovedhensyn'), []);
    assert.deepEqual(findings(letter('Vi har vurderet dit behov for ledsagelse tidligere. Afgørelsen bygger alene på din alder. Vi har ikke vurderet dit behov på ny.'), 'hovedhensyn'), []);
    assert.equal(findings(letter('Vi har vurderet dit behov for ledsagelse.'), 'hovedhensyn').length, 1);
  });

  it('reads a conclusion in the party\'s favour as favourable also where it says the law\'s condition that a need »ikke kan dækkes på en anden måde« is met', () => {
    const letter = (assessment: string) =>
      `# Afgørelse om støtte til bil\n\nSøby Kommune, 3. marts 2026\n\nKære Ove Brandt\n\nDu har søgt om støtte til køb af bil efter servicelovens § 114. Du får afslag på støtte til en minibus, men du får et rentefrit lån til en stationcar.\n\n## Vurdering\n\n${assessment}\n\n## Bilen\n\nVed afprøvningen den 4. februar kunne du selv sætte dig ind i stationcaren.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    // No bare conclusion: at most a question whether the considerations are said.
    const severities = (assessment: string) => findings(letter(assessment), 'hovedhensyn').map((f) => f.severity);
    assert.deepEqual(severities('Vi vurderer, at du er berettiget til støtte, og at dit behov for kørsel ikke kan dækkes på en anden måde.'), ['information']);
    assert.deepEqual(severities('Vi vurderer, at du ikke er berettiget til støtte til en minibus.'), ['warning']);
  });

  it('takes guidance that says a decision on the general service level cannot be appealed, under retssikkerhedslovens § 60, stk. 3, at its word, and asks no individual assessment there', () => {
    const letter = (guidance: string) =>
      `# Svar på din ansøgning om weekendåbent\n\nSøby Kommune, 3. marts 2026\n\nKære Bent Holm\n\nDu har bedt os holde værestedet åbent i weekenden. Værestedet er et tilbud efter servicelovens § 104. Vi har besluttet ikke at udvide åbningstiden.\n\n## Begrundelse\n\nÅbningstiderne er fastsat i kommunens kvalitetsstandard og gælder for alle brugere. Der er ikke penge til flere timer i budgettet.\n\n## Klageadgang\n\n${guidance}\n\nMed venlig hilsen\n\nEva Dal\n`;
    const closed = 'Du kan ikke klage over beslutningen. Den handler om det generelle serviceniveau, og sådanne afgørelser kan efter § 60, stk. 3, i lov om retssikkerhed og administration på det sociale område ikke indbringes for anden administrativ myndighed.';
    assert.deepEqual(findings(letter(closed), 'klagevejledning'), []);
    assert.deepEqual(findings(letter(closed), 'kvalitetsstandard'), []);
    const withoutProvision = 'Du kan ikke klage over beslutningen, fordi den handler om det generelle serviceniveau.';
    const unsupported = findings(letter(withoutProvision), 'klagevejledning');
    assert.ok(unsupported.length > 0 && unsupported.every((f) => f.severity === 'error'), 'the claim alone, without the provision');
    assert.deepEqual(findings(letter(withoutProvision), 'kvalitetsstandard').map((f) => f.severity), ['warning']);
    // Guidance that also sends a complaint on another part through the municipality's reassessment appeals that part: its deadline is owed.
    const partly = `Er du uenig i beregningen, kan du klage til Ankestyrelsen. Send klagen til Søby Kommune, så vi kan se på sagen igen. ${closed.replace('Du kan ikke klage over beslutningen.', 'Takstens størrelse kan ikke påklages.')}`;
    assert.match(findings(letter(partly), 'klagevejledning').map((f) => f.message).join(' '), /klagefristen på 4 uger/);
  });

  it('reads the grant as it stands (»I får i dag 800 kr. om måneden«) as no figure decided, and the next figure in the sentence as one', () => {
    const letter = (decision: string) =>
      `# Afgørelse om merudgifter\n\nSøby Kommune, 3. november 2025\n\nKære Maria Holm\n\n${decision}\n\n## Begrundelse\n\nAfgørelsen er truffet efter barnets lov § 86. Vi har lagt vægt på, at Emmas cøliaki ifølge ambulatoriets udtalelse af 10. oktober 2025 ikke længere har følger ud over kosten.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('I får i dag 800 kr. om måneden til glutenfri kost. Ydelsen ophører med udgangen af december 2025.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Jeres ydelse på 800 kr. om måneden, som I fik bevilget ved vores afgørelse af 2. april 2024, ophører med udgangen af december 2025.'), 'beregning'), [], 'the grant named right after its figure');
    const text = letter('I får i dag 800 kr. om måneden til glutenfri kost. Fra 1. januar 2026 får I 500 kr. om måneden, og I får ikke længere tilskud til tøjvask.');
    const shown = findings(text, 'beregning').find((f) => f.severity === 'warning');
    assert.match(text.slice(shown!.range.start, shown!.range.end), /^Fra 1\. januar 2026 får I 500 kr\./);
  });

  it('reads a reassessment that names no one (»bliver afgørelsen først vurderet igen«) as not saying where to send the complaint', () => {
    const letter = (guidance: string) =>
      `# Afgørelse om trappelift\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu får afslag på en trappelift efter servicelovens § 116. Vi har lagt vægt på, at du kan bo i stueetagen, hvor der er soveværelse og bad.\n\n## Klagevejledning\n\nDu kan klage over afgørelsen inden 4 uger fra den dag, du har modtaget den. ${guidance} Hvis den fastholdes, bliver klagen behandlet af Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const unnamed = findings(letter('Når der er klaget, bliver afgørelsen først vurderet igen.'), 'klagevejledning');
    assert.equal(unnamed.length, 1);
    assert.match(unnamed[0].message, /sendes til kommunen/);
    assert.deepEqual(findings(letter('Når der er klaget, vurderer kommunen først afgørelsen igen.'), 'klagevejledning'), []);
  });

  it('asks a letter dated after 1 September 2025 that names only the merudgiftsydelse to check whether the rules of the kompensationsydelse apply', () => {
    const letter = (date: string, name: string) =>
      `# Afgørelse om ${name}\n\nSøby Kommune, ${date}\n\nKære Ole Dam\n\nDu får ${name} på 1.400 kr. om måneden efter servicelovens § 100. Vi har lagt vægt på, at du har udgifter til kost og transport på grund af din sygdom.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const asked = findings(letter('12. januar 2026', 'merudgiftsydelse'), 'foraeldet-henvisning');
    assert.deepEqual(asked.map((f) => f.severity), ['information']);
    assert.match(asked[0].message, /kompensationsydelse/);
    assert.deepEqual(findings(letter('12. juni 2025', 'merudgiftsydelse'), 'foraeldet-henvisning'), [], 'before the change');
    assert.deepEqual(findings(letter('12. januar 2026', 'kompensationsydelse'), 'foraeldet-henvisning'), []);
  });

  it('reads the kinds of facts named without what they say (»dit nuværende funktionsniveau, de ressourcer du har, og dit netværk«) as no facts stated', () => {
    const letter = (reasons: string) =>
      `# Afgørelse om socialpædagogisk støtte\n\nSøby Kommune, 3. marts 2026\n\nKære Nadia Holm\n\nVi har besluttet at nedsætte din støtte efter servicelovens § 85 fra 5 til 3 timer om ugen.\n\n## Begrundelse\n\n${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Vi har lagt vægt på dit nuværende funktionsniveau, de ressourcer du har, og dit netværk.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Vi har lagt vægt på dit funktionsniveau: du laver selv mad 5 dage om ugen og betaler dine regninger til tiden.'), 'faktiske-oplysninger'), []);
  });

  it('takes a refund up to a price the letter states as calculated, and a grant above the standard with its own reason as assessed', () => {
    const refund = (price: string) =>
      `# Afgørelse om kørestol\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu har søgt om en Permobil-stol. Du får dog ikke den model, du har søgt om, men en Invacare-stol efter servicelovens § 112. Vi har lagt vægt på, at den dækker dit behov i terræn.\n\n${price}\n\nKøber du selv Permobil-stolen, får du refunderet højst 71.400 kr.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(refund('Invacare-stolen koster kommunen 71.400 kr. hos leverandøren.'), 'beregning'), []);
    // A bill or a receipt states its sum as a price: a refund up to it, or the party paying it, is that price.
    for (const bill of ['Du har sendt os en regning på 71.400 kr. fra forhandleren.', 'Kvitteringen lyder på 71.400 kr.']) {
      assert.deepEqual(findings(refund(bill), 'beregning'), [], bill);
    }
    assert.deepEqual(findings(refund('Invacare-stolen kan leveres inden for tre uger.'), 'beregning').map((f) => f.severity), ['warning'], 'no price stated');
    // The price named where the chair is first granted, then the same sum decided as the refund's ceiling.
    assert.deepEqual(findings(refund('Vi bevilger Invacare-stolen. Prisen for den bevilgede stol er 71.400 kr.'), 'beregning'), []);
    assert.deepEqual(findings(refund('Vi bevilger Invacare-stolen. Vi betaler 71.400 kr. for den bevilgede stol.'), 'beregning').map((f) => f.severity), ['warning'], 'no price named');
    const standard = (grant: string) =>
      `# Afgørelse om afløsning\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu har søgt om afløsning 8 timer om ugen efter ældrelovens § 16. Du får 6 timer om ugen.\n\n## Begrundelse\n\nKommunens kvalitetsstandard beskriver afløsning op til 3 timer om ugen. ${grant}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(standard('Vi har bevilget 6 timers afløsning om ugen, fordi du selv er syg og står alene med opgaven.'), 'kvalitetsstandard').map((f) => f.severity), ['information']);
    assert.deepEqual(findings(standard('Vi har bevilget 6 timers afløsning om ugen.'), 'kvalitetsstandard').map((f) => f.severity), ['warning']);
  });

  it('takes a decision on access to the files as one with no deadline, appealed directly, resting on forvaltningsloven', () => {
    const letter = (guidance: string, basis = 'efter forvaltningslovens § 9 og § 15 b') =>
      `# Afgørelse om aktindsigt\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu får delvis aktindsigt i din søns sag ${basis}. Vi undtager lægens notat om hans mor, fordi hensynet til hende vejer tungere.\n\n## Klagevejledning\n\n${guidance}\n\nMed venlig hilsen\n\nEva Dal\n`;
    const right = 'Du kan klage til Ankestyrelsen, som er klageinstans i sagen. Der er ingen frist for at klage.';
    assert.deepEqual(findings(letter(right), 'klagevejledning'), []);
    assert.deepEqual(findings(letter(right), 'hjemmel'), []);
    const withDeadline = findings(letter('Du kan klage til Ankestyrelsen inden 4 uger efter, at du har fået afgørelsen.'), 'klagevejledning');
    assert.deepEqual(withDeadline.map((f) => f.severity), ['information']);
    assert.match(withDeadline[0].message, /ingen klagefrist/);
    assert.deepEqual(findings(letter(right, ''), 'hjemmel').map((f) => f.severity), ['error'], 'without forvaltningsloven');
    const ordinary = `# Afgørelse om rollator\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu får afslag på en rollator efter servicelovens § 112. Vi har lagt vægt på, at du går sikkert med stok.\n\n## Aktindsigt\n\nDu kan få aktindsigt i din sag.\n\n## Klagevejledning\n\n${right}\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.ok(findings(ordinary, 'klagevejledning').some((f) => f.severity === 'error'), 'a section on the right to see the files does not make the decision one on access');
  });

  it('reads a table of the expenses as the facts an amount rests on, and a comparison with peers as no finding outside the target group', () => {
    const letter = (facts: string) =>
      `# Afgørelse om kompensationsydelse\n\nSøby Kommune, 6. oktober 2025\n\nKære Marianne Skov\n\nI får kompensationsydelse på 1.105 kr. om måneden efter barnets lov § 86. I får afslag på gruppe 2, fordi udgifterne er under grænsen.\n\n## Begrundelse\n\nIda har en indgribende kronisk lidelse, der giver udgifter, som andre børn på samme alder ikke har.\n\n${facts}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at I har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const table = '| Udgift | Ansøgt | Medregnet |\n|---|---|---|\n| Glutenfri kost ved cøliaki | 1.150 kr. | 1.150 kr. |\n| Tøjvask | 210 kr. | 0 kr. |';
    assert.deepEqual(findings(letter(table), 'faktiske-oplysninger'), []);
    assert.deepEqual(findings(letter('Vi har behandlet ansøgningen.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    assert.ok(findings(letter(table), 'medicin').every((f) => f.severity === 'information'), 'in the target group: something to check');
  });

  it('reads minutes decided as hours are, and a breakdown of them in a table as their calculation', () => {
    const letter = (breakdown: string) =>
      `# Afgørelse om rengøring\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu har søgt om rengøring hver uge. Du får hjælp til rengøring i 55 minutter hver anden uge efter servicelovens § 83, stk. 1, nr. 2. Du får ikke hjælp hver uge.\n\n## Reglerne og vores vurdering\n\nVi har lagt vægt på, at du selv kan tørre af og rydde op, fordi du kan stå i kortere tid.\n\n${breakdown}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Hjælpen leveres af Hjemmeplejen Syd.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('| Opgave | Minutter hver 2. uge |\n|---|---|\n| Støvsugning og gulvvask | 25 |\n| Badeværelse | 15 |\n| Køkken | 15 |\n| I alt | 55 |'), 'beregning'), []);
  });

  it('asks no appeal guidance of a decision on individual transport under servicelovens § 117, which cannot be appealed', () => {
    const letter = (guidance: string) =>
      `# Afgørelse om kørsel\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu får afslag på tilskud til taxa efter servicelovens § 117. Vi har lagt vægt på, at du er visiteret til handicapkørsel, som dækker dine ture i fritiden.\n\n${guidance}\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Efter servicelovens § 117, stk. 2, kan afgørelsen ikke indbringes for anden administrativ myndighed. Du kan derfor ikke klage til Ankestyrelsen.'), 'klagevejledning'), []);
    assert.deepEqual(findings(letter('Hvis du har spørgsmål, er du velkommen til at ringe.'), 'klagevejledning').map((f) => f.severity), ['information']);
  });

  it('reads footnote definitions after the appeal guidance as notes to the whole letter', () => {
    const letter = (notes: string) =>
      `# Afgørelse om el-scooter\n\nSøby Kommune, 3. marts 2026\n\nKære Ole Dam\n\nDu får afslag på en el-scooter.[^1] Vi har lagt vægt på, at du kan gå 2 km med rollator.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Søby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n\n${notes}\n`;
    assert.deepEqual(findings(letter('[^1]: Servicelovens § 113, stk. 1.'), 'hjemmel'), []);
    assert.deepEqual(findings(letter('Vedlagt: notat af 2. marts 2026.'), 'hjemmel').map((f) => f.severity), ['error']);
  });

  it('reads the age of the party or a dated event in a short letter as the facts stated', () => {
    const letter = (reasons: string) =>
      `Søby Kommune, 2. december 2025\n\nHej Mette\n\nTak for ansøgningen om 15 timers ledsagelse om måneden til Lucas efter barnets lov § 89. ${reasons}\n\nHvis du vil klage, skal klagen være modtaget hos os senest 4 uger efter, at du fik denne mail. Vi vurderer sagen igen, og fastholder vi afslaget, sender vi klagen til Ankestyrelsen.\n\nMvh Pia\n`;
    assert.deepEqual(findings(letter('Vi må give afslag, fordi Lucas er 11 år. Ordningen gælder kun fra 12 år.'), 'faktiske-oplysninger'), []);
    assert.deepEqual(findings(letter('Vi må give afslag, fordi Lucas fik en ny diagnose 18. august, som ordningen ikke gælder for.'), 'faktiske-oplysninger'), []);
    assert.deepEqual(findings(letter('Vi må give afslag, fordi Lucas fik en ny diagnose i august 2025, som ordningen ikke gælder for.'), 'faktiske-oplysninger'), []);
    assert.deepEqual(findings(letter('Vi må give afslag, fordi ordningen blev ændret, og den gælder ikke for ham.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Vi må give afslag, fordi ordningen ikke gælder for ham.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    // A measure of what the party can do is a fact too; a measure of the help applied for is not.
    assert.deepEqual(findings(letter('Vi må give afslag, fordi Lucas kan gå ca. 800 meter alene.'), 'faktiske-oplysninger'), []);
    assert.deepEqual(findings(letter('Vi må give afslag på de 800 meter, du har søgt om.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
  });

  it('takes facts of the case told in a letter\'s own words as reasons beside an assessment: something to check, not a missing consideration', () => {
    const letter = (facts: string) =>
      `# Afgørelse om støtte til bil\n\nEgeby Kommune, 4. november 2025\n\nKære Ole Holm\n\nDu har søgt om støtte til køb af bil efter servicelovens § 114.\n\n## Afgørelse\n\nDu får afslag på støtte til en større bil. Du får støtte til den mindre model.\n\n## Sagens oplysninger\n\nDu har haft polio. ${facts}\n\n## Begrundelse\n\nVi vurderer, at din gangfunktion er varigt nedsat. Der er tale om faste, ugentlige aktiviteter, som du ikke kan nå uden bil.\n\nDen større bil er ikke nødvendig, fordi kørestolen kan være i den mindre.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Egeby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nLise Juul\n`;
    const severities = (facts: string) => findings(letter(facts), 'hovedhensyn').map((f) => f.severity);
    assert.deepEqual(severities('Du kan gå ca. 30 meter med to albuestokke, og din kørselsdagbog viser 220 km om ugen.'), ['information']);
    assert.deepEqual(severities('Du bruger kørestol udendørs.'), ['warning']);
  });

  it('asks the paragraph of a law named without one: an error where only the law is named, a warning where its rules are named by subject', () => {
    const letter = (basis: string) =>
      `# Afgørelse om madservice\n\nÅlykke Kommune, 3. november 2025\n\nKære Inge Holm\n\n## Afgørelse\n\nDin madservice stopper den 1. december 2025. Afgørelsen er truffet efter ${basis}.\n\n## Begrundelse\n\nDit håndled er helet, og du laver selv mad igen, som du fortalte ved besøget den 3. oktober 2025.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Ålykke Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const severities = (basis: string) => findings(letter(basis), 'hjemmel').map((f) => f.severity);
    assert.deepEqual(severities('ældreloven'), ['error']);
    assert.deepEqual(severities('ældrelovens regler om madservice'), ['warning']);
    assert.deepEqual(severities('serviceloven, kapitel 16'), ['warning']);
    assert.deepEqual(severities('ældrelovens § 10'), []);
  });

  it('takes the least intrusive measure as the law in ungestøtte (barnets lov kapitel 13), not in handicap-compensating help', () => {
    const letter = (basis: string) =>
      `# Afgørelse om ${basis.includes('85') ? 'socialpædagogisk støtte' : 'ungestøtte'}\n\nFjordby Kommune, 3. november 2025\n\nKære Emil Holm\n\nDu har søgt om at blive boende i plejefamilien, til du fylder 23 år.\n\n## Afgørelse\n\nDu får støtte til og med 31. juli 2027 efter ${basis}. Det er en kortere periode, end du har søgt om.\n\n## Begrundelse\n\nDu er 19 år og går på en uddannelse, der slutter i juni 2027. Vi har lagt vægt på, at der er mindre indgribende muligheder, fx en kontaktperson, når du er flyttet.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Fjordby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('barnets lov kapitel 13 om ungestøtte (§§ 114-116)'), 'mindst-indgribende'), []);
    assert.deepEqual(findings(letter('servicelovens § 85'), 'mindst-indgribende').map((f) => f.severity), ['error']);
    // The symptoms of obsessive-compulsive disorder (»tvangstanker«) are no case of force.
    const ocd = letter('servicelovens § 85').replace('Du er 19 år', 'Du har tvangstanker og bruger meget tid på tvangshandlinger. Du er 19 år');
    assert.deepEqual(findings(ocd, 'mindst-indgribende').map((f) => f.severity), ['error']);
    // A placement told as past is the case's history; one the letter is about still makes it a case of placement.
    const placedBefore = (history: string) => findings(letter('servicelovens § 85').replace('Du er 19 år', `${history} Du er 19 år`), 'mindst-indgribende').map((f) => f.severity);
    assert.deepEqual(placedBefore('Din anbringelse i plejefamilien i Ry sluttede, da du fyldte 18 år.'), ['error']);
    assert.deepEqual(placedBefore('Du var anbragt på et opholdssted fra du var 12 år.'), ['error']);
    assert.deepEqual(placedBefore('Vi har samtidig besluttet, at din anbringelse i plejefamilien fortsætter.'), []);
  });

  it('asks only to rephrase an aid called less intrusive where the sentence gives the cheapest suitable aid', () => {
    const letter = (reason: string) =>
      `# Afgørelse om hjælpemidler\n\nFjordby Kommune, 3. november 2025\n\nKære Ole Holm\n\nDu har søgt om et toilet med skylle- og tørrefunktion.\n\n## Afgørelse\n\nDu får afslag på toilettet. Du får i stedet en tørretang og to støttearme efter servicelovens § 112, stk. 1.\n\n## Begrundelse\n\nVed afprøvningen 5. november 2025 klarede du toiletbesøget selv med tørretangen. ${reason}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Fjordby Kommune inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    const cheapest = findings(letter('Dit behov er derfor dækket af et mindre indgribende og billigere hjælpemiddel.'), 'mindst-indgribende');
    assert.deepEqual(cheapest.map((f) => f.severity), ['information']);
    assert.match(cheapest[0].message, /bedst egnede og billigste/);
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at tørretangen er mindre indgribende.'), 'mindst-indgribende').map((f) => f.severity), ['error']);
  });

  it('reads a refusal announced in the application\'s sentence, in the chancery style, as the outcome (»…, og man skal herved meddele Dem, at ansøgningen ikke kan imødekommes«)', () => {
    const letter = `Lemby Kommune\nDato: 15. august 2025\n\nHr. Oliver Holm\n\n**AFGØRELSE OM MIDLERTIDIGT BOTILBUD**\n\nMan har modtaget Deres ansøgning af 2. maj d.å., hvorved De har ansøgt om et midlertidigt botilbud på Egely, og man skal herved meddele Dem, at ansøgningen ikke kan imødekommes.\n\nDe tilbydes i stedet socialpædagogisk støtte efter servicelovens § 85, stk. 1, i egen bolig i forbindelse med, at De flytter i egen lejlighed. Omfanget af støtten vil blive fastsat ved en særskilt afgørelse.\n\n**Begrundelse**\n\nDet er forvaltningens vurdering, at Deres behov kan dækkes ved støtte i egen bolig, hvorfor der ikke er grundlag for at bevilge et midlertidigt botilbud.\n\nForvaltningen har lagt vægt på, at De selv kan klare personlig hygiejne, og at støtte i egen bolig er en mindre indgribende foranstaltning end et botilbud.\n\n**Klagevejledning**\n\nDe kan klage til Ankestyrelsen. Klagen sendes til Lemby Kommune inden 4 uger efter, at De har modtaget afgørelsen. Kommunen genvurderer sagen, før den sendes til Ankestyrelsen.\n\nMed venlig hilsen\n\nThomas Riis\n`;
    assert.deepEqual(findings(letter, 'mindst-indgribende').map((f) => f.severity), ['error']);
  });

  it('reads an admission asked for as a possible full approval, and another letter\'s own guidance as none of this letter\'s', () => {
    const letter = (payment: string) =>
      `# Du er optaget på Herberget Fyrlyset\n\nKære Kim\n\nDu kom til os mandag aften og bad om at måtte bo her. Vi kan nu bekræfte, at du er optaget på Herberget Fyrlyset fra den 3. marts 2025 efter servicelovens § 110, stk. 1.\n\n## Betaling\n\n${payment}\n\nVenlig hilsen\n\nPalle Holm\nForstander\n`;
    // A possible full approval: information, and here that the letter has no guidance of its own.
    const found = (payment: string) => findings(letter(payment), 'klagevejledning').map((f) => `${f.severity}: ${/mangler klagevejledning/.test(f.message) ? 'none' : 'incomplete'}`);
    for (const other of ['Du får et særskilt brev fra kommunen om betalingen. Det brev har sin egen klagevejledning.', 'Du får et særskilt brev om betalingen. I det brev får du også klagevejledning.']) {
      assert.deepEqual(found(other), ['information: none'], other);
    }
    // Guidance of this letter, incomplete, is read as such.
    assert.ok(found('Du får et særskilt brev om betalingen. Du kan klage over denne afgørelse.').every((f) => f === 'information: incomplete'));
  });

  it('asks no calculation of the benefit as it stands, said again, nor of what it already pays for', () => {
    const letter = (reason: string) =>
      `Roskilde Kommune\nDato: 3. oktober 2025\n\nHej Mette\n\nDu har søgt om at få dækket dit medlemskab af et fitnesscenter (299 kr. om måneden) som en merudgift efter servicelovens § 100. Du får afslag. Din nuværende merudgiftsydelse på 800 kr. om måneden er uændret.\n\nVi har lagt vægt på, at et fitnessmedlemskab er en udgift, som mange på din alder også har. ${reason}\n\nDu kan klage til Ankestyrelsen. Send klagen til Roskilde Kommune senest 4 uger efter, at du har modtaget brevet. Vi vurderer sagen igen, før den sendes videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nJonas Krag\n`;
    const shown = (reason: string) => findings(letter(reason), 'beregning').filter((f) => f.severity !== 'information');
    assert.deepEqual(shown('Den varmtvandstræning, din læge anbefaler, betaler vi allerede for gennem din merudgiftsydelse (600 kr. pr. halvår, som indgår i de 800 kr.).'), []);
    assert.equal(shown('Vi betaler i stedet 600 kr. pr. halvår for varmtvandstræning.').length, 1);
  });

  it('reads »Nævnet« as the short name of a board the letter names that still exists, and as Det Sociale Nævn where none is named', () => {
    const letter = (guidance: string) =>
      `# Afgørelse om specialskole\n\nFjordby Kommune, 3. marts 2025\n\nKære Anne og Ole\n\nI har søgt om en plads på en specialskole til Sebastian. I får afslag. Sebastian får i stedet en plads i en specialklasse efter folkeskolelovens § 20, stk. 2, fordi han kan følge undervisningen dér med støtte.\n\n## Klagevejledning\n\n${guidance} Kommunen genvurderer sagen inden 4 uger. Nævnet kan tage stilling til, om Sebastian skal have et specialskoletilbud.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('I kan klage til Klagenævnet for Specialundervisning inden 4 uger, efter at I har fået afgørelsen. Send klagen til Fjordby Kommune.'), 'klageinstans-foraeldet'), []);
    assert.deepEqual(findings(letter('I kan klage inden 4 uger, efter at I har fået afgørelsen. Send klagen til Fjordby Kommune.'), 'klageinstans-foraeldet').map((f) => f.severity), ['error']);
  });

  it('takes the least intrusive measure as the law in what the børne- og ungeudvalg decides without consent', () => {
    const letter = (maker: string) =>
      `# Afgørelse om lægelig undersøgelse\n\nFjordby Kommune, 3. november 2025\n\nKære Nanna og Jakob Holm\n\n## Afgørelse\n\n${maker} har besluttet, at Asta skal undersøges under bedøvelse på Høreklinikken, uden jeres samtykke.\n\n## Begrundelse\n\nOverlægen har oplyst, at en sikker diagnose kræver undersøgelsen. Afgørelsen er begrænset til undersøgelsen, fordi det er det mindst indgribende skridt, der kan afklare Astas behov.\n\n## Klagevejledning\n\nI kan klage direkte til Ankestyrelsen inden 4 uger efter, at I har fået afgørelsen.\n\nMed venlig hilsen\n\nEva Dal\n`;
    assert.deepEqual(findings(letter('Børne- og ungeudvalget'), 'mindst-indgribende'), []);
    assert.deepEqual(findings(letter('Kommunen'), 'mindst-indgribende').map((f) => f.severity), ['error']);
  });

  it('reads a grant of what was asked for (»bedt om«, »give dig det«) as a full approval, unless it is negated', () => {
    const letter = (sentence: string) =>
      `Egedal Kommune\nDato: 2. marts 2026\n\nKære Malthe\n\nDu bad på mødet den 10. februar om at få en fast kontaktperson. ${sentence} Afgørelsen er truffet efter barnets lov § 32, stk. 1, nr. 3. Vi følger op om et halvt år.\n\nVenlig hilsen\n\nKaren Juhl\n`;
    for (const sentence of ['Vi har besluttet at give dig det, du har bedt om.', 'Du har fået, hvad du bad om.', 'Vi bevilger dig det, du søgte om.']) {
      assert.deepEqual(findings(letter(sentence), 'klagevejledning'), [], sentence);
    }
    const refused = findings(letter('Vi kan ikke give dig det, du har bedt om.'), 'klagevejledning');
    assert.equal(refused[0]?.severity, 'error');
  });

  it('reads an earlier refusal told as the case\'s history, or a matter the letter does not decide, as no limit of a full approval', () => {
    const letter = (history: string) =>
      `Vestby Kommune\nDato: 9. februar 2026\n\nKære Bent Lund\n\n${history}\n\n## Afgørelse\n\nDu får hjælp til at fjerne to dørtrin efter servicelovens § 116, stk. 1. Vi bevilger dig det, du har søgt om.\n\nMed venlig hilsen\n\nLis Holm\n`;
    for (const history of [
      'Den 3. december 2025 gav vi dig afslag på at fjerne dørtrinene. Vi har genoptaget sagen, fordi vi manglede ergoterapeutens rapport.',
      'Afgørelsen af 3. december 2025 bortfalder.',
      'Kommunen har ikke truffet afgørelse om din plejebolig og skal ikke godkende flytningen.',
    ]) assert.deepEqual(findings(letter(history), 'klagevejledning'), [], history);
    // Upheld in the same sentence, the earlier refusal is this letter's outcome too.
    const upheld = findings(letter('Vi fastholder afgørelsen af 3. december 2025 om afslag på en rampe.'), 'klagevejledning');
    assert.equal(upheld[0]?.severity, 'error');
  });

  it('asks direct-route guidance that has the municipality reassess the complaint to check it as a warning, and reads »ingen genvurdering« as the right route', () => {
    const letter = (guidance: string) =>
      `Nordby Kommune\nDato: 3. marts 2026\n\nKære Anne og Jonas Friis\n\n## Afgørelse\n\nBørne- og ungeudvalget har besluttet, at samværet mellem Sofie og hendes far skal foregå med en voksen til stede i 6 måneder, jf. barnets lov § 105, stk. 1. Udvalget har lagt vægt på, at Sofie har fortalt sin lærer, at hun er bange ved samværet.\n\n## Klagevejledning\n\n${guidance} Klagen skal være modtaget inden 4 uger efter, at I har fået afgørelsen.\n\nFor udvalget\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('I kan klage til Ankestyrelsen. Der er ingen genvurdering i kommunen, fordi udvalget har truffet afgørelsen.'), 'klagevejledning'), []);
    const reassessed = findings(letter('I kan klage til Ankestyrelsen. Send klagen til Familieafdelingen i Nordby Kommune. Afdelingen vil genvurdere afgørelsen, før den sendes videre.'), 'klagevejledning');
    assert.deepEqual(reassessed.map((f) => f.severity), ['warning']);
    assert.match(reassessed[0].message, /direkte til Ankestyrelsen/);
    const lodgedOnly = findings(letter('I kan klage til Ankestyrelsen. Send klagen til Familieafdelingen i Nordby Kommune.'), 'klagevejledning');
    assert.deepEqual(lodgedOnly.map((f) => f.severity), ['information']);
  });

  it('takes guidance that says the decision under a provision cannot be appealed as something to check, not missing elements', () => {
    const letter = (guidance: string) =>
      `Søby Kommune\nDato: 3. marts 2026\n\nKære Ida Berg\n\n## Afgørelse\n\nDu får tidsbegrænset støtte 2 timer om ugen i 12 uger efter servicelovens § 82 b. Du søgte om 3 timer om ugen. Vi har lagt vægt på, at du selv kan tage bussen til skolen, og at studievejlederen hjælper med ansøgninger.\n\n## Klagemuligheder\n\n${guidance}\n\nMed venlig hilsen\n\nOle Berg\n`;
    const declared = findings(letter('Afgørelser efter servicelovens § 82 b kan ikke indbringes for anden administrativ myndighed, jf. § 82 b, stk. 2. Ring gerne til os, hvis du er uenig.'), 'klagevejledning');
    assert.deepEqual(declared.map((f) => f.severity), ['information']);
    assert.match(declared[0].message, /kontrollér i loven/);
    // Said of the municipality's practice, not in the sentence with the provision, it is no declaration.
    const vague = findings(letter('Afgørelsen er truffet efter servicelovens § 82 b. Vi mener ikke, at du kan klage.'), 'klagevejledning');
    assert.ok(vague.some((f) => f.severity === 'error'));
    // A provision the decision does not rest on (the quality standard) leaves the decision open to appeal.
    const other = findings(letter('Kvalitetsstandarden efter servicelovens § 138 kan ikke påklages. Ring gerne til os, hvis du er uenig.'), 'klagevejledning');
    assert.ok(other.some((f) => f.severity === 'error'));
  });

  it('takes guidance that says a decision under a law outside the catalogue cannot be appealed as something to check, when the decision rests on that law alone', () => {
    const letter = (basis: string, guidance: string) =>
      `Søby Kommune\nDato: 4. maj 2026\n\nKære Rikke og Jonas Lund\n\n## Afgørelse\n\nVilma kan ikke få plads i Børnehuset Mågen fra 1. juni 2026. Hun får i stedet plads i Børnehuset Ternen. ${basis}\n\n## Begrundelse\n\nVi har lagt vægt på, at Mågen ikke har ledige pladser, og at Ternen ligger 800 meter fra jeres bopæl.\n\n## Kan I klage?\n\n${guidance}\n\nMed venlig hilsen\n\nOle Berg\n`;
    const closedAfter = 'En afgørelse om optagelse kan ikke indbringes for anden administrativ myndighed, jf. § 26, stk. 1, i dagtilbudsloven. Skriv til os, hvis I har nye oplysninger, så ser vi på sagen igen.';
    const declared = findings(letter('Afgørelsen er truffet efter § 26, stk. 1, i dagtilbudsloven.', closedAfter), 'klagevejledning');
    assert.deepEqual(declared.map((f) => f.severity), ['information']);
    assert.match(declared[0].message, /efter § 26, stk\. 1, i dagtilbudsloven ikke kan påklages/);
    // The law named before the provision, and in the same sentence as the decision.
    const before = findings(letter('Det følger af dagtilbudslovens § 26.', 'Afgørelser efter dagtilbudslovens § 26 kan ikke påklages til anden myndighed.'), 'klagevejledning');
    assert.deepEqual(before.map((f) => f.severity), ['information']);
    // A decision that also rests on a social law, named or maybe meant by a bare paragraph, keeps its guidance, and so does guidance that names a deadline.
    for (const alsoSocial of ['og barnets lov.', 'og § 83.']) {
      const social = findings(letter(`Afgørelsen er truffet efter § 26, stk. 1, i dagtilbudsloven ${alsoSocial}`, closedAfter), 'klagevejledning');
      assert.ok(social.some((f) => f.severity === 'error'), alsoSocial);
    }
    const withDeadline = findings(letter('Afgørelsen er truffet efter § 26, stk. 1, i dagtilbudsloven.', `${closedAfter} Klagen skal være os i hænde inden 4 uger.`), 'klagevejledning');
    assert.ok(withDeadline.some((f) => f.severity === 'error'));
    // An executive order alone may rest on a social law: no law of its own is named.
    const order = findings(letter('Afgørelsen er truffet efter § 3 i bekendtgørelse om optagelse.', 'Afgørelser efter § 3 i bekendtgørelse om optagelse kan ikke påklages.'), 'klagevejledning');
    assert.ok(order.some((f) => f.severity === 'error'));
  });

  it('leaves the appeal route of a decision under sundhedsloven to that law, and asks only for guidance missing altogether', () => {
    const letter = (guidance: string) =>
      `Kildeby Kommune\nDato: 3. november 2025\n\nKære Per Holm\n\n## Afgørelse\n\nDin kørsel til genoptræning stopper den 1. december 2025, jf. sundhedslovens § 172. Vi har lagt vægt på, at du nu kan tage bussen, og at afstanden er under 50 km.\n\n${guidance}Med venlig hilsen\n\nSusanne Krog\n`;
    assert.deepEqual(findings(letter('## Klagevejledning\n\nDu kan klage til Styrelsen for Patientklager senest 4 uger efter, at du har modtaget afgørelsen. Brug klageskemaet på borger.dk.\n\n'), 'klagevejledning'), []);
    const missing = findings(letter(''), 'klagevejledning');
    assert.deepEqual(missing.map((f) => f.severity), ['information']);
    assert.match(missing[0].message, /sundhedsloven/);
    // With a provision of serviceloven beside it, the social route applies.
    assert.ok(findings(letter('').replace('jf. sundhedslovens § 172', 'jf. sundhedslovens § 172 og servicelovens § 117'), 'klagevejledning').length > 0);
  });

  it('leaves the route to sundhedsloven when the guidance says the social part of the letter is granted in full', () => {
    const letter = (socialPart: string) =>
      `Kildeby Kommune\nDato: 3. november 2025\n\nKære Per Holm\n\nDu har søgt om sårpleje i hjemmet og om rengøring hver anden uge.\n\n## Afgørelse\n\nDu får sårpleje efter sundhedslovens § 138 i sygeplejeklinikken. Du kan ikke få sårplejen i dit hjem. Du får rengøring hver anden uge efter servicelovens § 83, stk. 1.\n\n## Begrundelse\n\nVi har lagt vægt på, at du selv kan gå de 300 meter til klinikken, og at sårplejen kræver godt lys og sterilt udstyr.\n\n## Klagevejledning\n\nSårplejen hører under sundhedsloven. Er du uenig, kan du klage til Styrelsen for Patientklager via borger.dk.\n\n${socialPart}\n\nMed venlig hilsen\n\nSusanne Krog\n`;
    assert.deepEqual(findings(letter('Rengøringen har du fået, som du søgte om, så der er ikke noget at klage over.'), 'klagevejledning').filter((f) => f.severity !== 'information'), []);
    // Said of no part, the social route still asks for its deadline.
    assert.ok(findings(letter('Rengøringen er bevilget efter servicelovens § 83.'), 'klagevejledning').some((f) => f.severity === 'error'));
  });

  it('leaves the appeal route of a decision on special education under folkeskoleloven to Klagenævnet for Specialundervisning', () => {
    const letter = (guidance: string) =>
      `Kildeby Kommune\nDato: 3. november 2025\n\nKære Anne og Jens Holm\n\n## Afgørelse\n\nVi henviser Oskar til specialklassen på Engskolen efter folkeskolelovens § 20, stk. 2, og ikke til den specialskole, I søgte om. Vi har lagt vægt på, at PPR vurderer, at Oskar kan følge undervisningen i en lille klasse med to voksne.\n\n${guidance}Med venlig hilsen\n\nSusanne Krog\n`;
    // The social route would ask for Ankestyrelsen: this route goes to another body.
    assert.deepEqual(findings(letter('## Klagevejledning\n\nI kan klage til Klagenævnet for Specialundervisning senest 4 uger efter, at I har fået afgørelsen. Send klagen til Skoleafdelingen, som ser på sagen igen, før den sendes videre (folkeskolelovens § 51, stk. 3, og § 51 b).\n\n'), 'klagevejledning'), []);
    const missing = findings(letter(''), 'klagevejledning');
    assert.deepEqual(missing.map((f) => f.severity), ['information']);
    assert.match(missing[0].message, /Klagenævnet for Specialundervisning .*folkeskolelovens § 51\)/);
    // With a provision of serviceloven beside it, the social route applies.
    assert.ok(findings(letter('').replace('efter folkeskolelovens § 20, stk. 2,', 'efter folkeskolelovens § 20, stk. 2, og servicelovens § 85'), 'klagevejledning').some((f) => f.severity === 'error'));
    // A part sent on for the social authority to decide is not this decision's: the school's route still applies.
    const forwarded = letter('').replace('to voksne.', 'to voksne. Jeres ansøgning om en computer til hjemmet har vi sendt videre til Familie og Handicap, som behandler den efter barnets lov § 90.');
    assert.deepEqual(findings(forwarded, 'klagevejledning').map((f) => f.severity), ['information']);
    // Guidance that names the board and no deadline: the 4 weeks of folkeskolelovens § 51, stk. 3-5, are asked for, as a warning.
    const noDeadline = findings(letter('## Sådan klager I\n\nI kan klage over henvisningen til Klagenævnet for\nSpecialundervisning. Send klagen til Skoleafdelingen, som vurderer sagen igen.\n\n'), 'klagevejledning');
    assert.deepEqual(noDeadline.map((f) => f.severity), ['warning']);
    assert.match(noDeadline[0].message, /inden 4 uger \(folkeskolelovens § 51, stk\. 3-5\)/);
    // Guidance that rules the board out names no route to it.
    assert.deepEqual(findings(letter('## Klagemuligheder\n\nAfgørelsen kan ikke indbringes for anden administrativ myndighed, jf. folkeskolelovens § 51, stk. 2. Adgangen til at klage til Klagenævnet for Specialundervisning gælder ikke for denne type afgørelse.\n\n'), 'klagevejledning'), []);
  });

  it('has a message for missing guidance on every appeal route outside the social area in the catalogue', () => {
    const outside = APPEAL_ROUTES.filter((route) => route.kind === 'other').map((route) => route.id);
    assert.ok(outside.length >= 2);
    assert.deepEqual(outside.filter((id) => !GUIDANCE_ELSEWHERE[id]), []);
  });

  it('asks nothing about treatment when the target group is left by age alone', () => {
    const letter = (reason: string) =>
      `Vejby Kommune\nDato: 3. februar 2026\n\nKære Hanne Lykke\n\n## Afgørelse\n\nDin kompensationsydelse efter servicelovens § 100 til udgifter ved din leddegigt, som du får medicin for, stopper med udgangen af februar 2026.\n\n## Begrundelse\n\n${reason}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Når man går på folkepension, er man ikke længere i den personkreds, som bestemmelsen omfatter. Du går på folkepension den 1. marts 2026.'), 'medicin'), []);
    // Left by an assessment of the function, the question stands.
    assert.deepEqual(findings(letter('Vi vurderer, at din leddegigt ikke længere giver en varigt nedsat funktionsevne, og du er derfor ikke i personkredsen.'), 'medicin').map((f) => f.severity), ['warning']);
  });

  it('asks nothing about treatment when the letter leaves the target group undecided, the expenses being below the minimum', () => {
    const letter = (reason: string) =>
      `Vejby Kommune\nDato: 3. februar 2026\n\nKære Hanne Lykke\n\n## Afgørelse\n\nDu får afslag på kompensationsydelse efter barnets lov § 86 til Noras merudgifter ved hendes astma, som hun får medicin for.\n\n## Begrundelse\n\nDe sandsynliggjorte udgifter er 300 kr. om måneden og når ikke minimumsbeløbet. ${reason}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Vi har derfor ikke taget stilling til, om Nora hører til målgruppen.'), 'medicin'), []);
    // The target group found against her, the question stands.
    assert.deepEqual(findings(letter('Vi vurderer også, at Nora ikke hører til målgruppen.'), 'medicin').map((f) => f.severity), ['warning']);
  });

  it('reads a negation in a clause of place or time as no finding outside the target group', () => {
    const letter = `Vejby Kommune\nDato: 3. februar 2026\n\nKære Mette\n\n## Afgørelse\n\nDu får dækket tabt arbejdsfortjeneste i 10 timer om ugen efter barnets lov § 87. Du søgte om 15 timer om ugen.\n\n## Begrundelse\n\nVi vurderer, at Emil har en indgribende kronisk lidelse, og at han skal passes hjemme i de timer, hvor børnehaven ikke kan give ham hans insulin. Vi har lagt vægt på, at børnehaven kan klare det frem til kl. 14.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter, 'medicin').map((f) => f.severity), []);
    assert.deepEqual(findings(letter.replace('Vi vurderer, at Emil har', 'Vi vurderer ikke, at Emil har'), 'medicin').map((f) => f.severity), ['warning']);
    // Said outright (»Emil er i målgruppen.«), a negated clause in the sentence after it finds no one outside.
    const outright = letter.replace('Vi vurderer, at Emil har en indgribende kronisk lidelse, og at han skal passes hjemme i de timer, hvor børnehaven ikke kan give ham hans insulin.', 'Emil er i målgruppen. Type 1-diabetes hos et barn på 5 år, der ikke selv kan styre sin insulin, er en indgribende kronisk lidelse.');
    assert.deepEqual(findings(outright, 'medicin').map((f) => f.severity), []);
    // Asked, not said (»… vurdere, om barnet er omfattet af målgruppen«): the finding outside it in the next sentence stands.
    for (const question of ['Kommunen skal foretage en samlet vurdering af, om barnet samlet set er omfattet af målgruppen.', 'Spørgsmålet er, hvorvidt Emil hører til personkredsen.']) {
      const asked = letter.replace('Vi vurderer, at Emil har en indgribende kronisk lidelse, og at han skal passes hjemme i de timer, hvor børnehaven ikke kan give ham hans insulin.', `Emil får insulin fire gange om dagen. ${question} Vi vurderer, at Emil ikke er i målgruppen.`);
      assert.deepEqual(findings(asked, 'medicin').map((f) => f.severity), ['warning'], question);
    }
  });

  it('reads »lagt vægt på, at ordningen er for personer, der …« as the law restated, not a fact of the case', () => {
    const letter = (reason: string) =>
      `Bakkeby Kommune\nDato: 4. december 2025\n\nKære Kim Holt\n\n## Afgørelse\n\nDu får afslag på ledsageordning efter servicelovens § 97, stk. 1.\n\n## Begrundelse\n\n${reason} På den baggrund vurderer vi, at du ikke opfylder betingelserne.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at ledsageordningen er for personer, der ikke kan komme ud uden en anden person.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at du ifølge din egen beskrivelse tager bussen alene til arbejde hver dag.'), 'faktiske-oplysninger'), []);
    // A law named without its paragraph restates it too.
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at hjælp efter serviceloven skal være helhedsorienteret og tage udgangspunkt i den enkeltes behov.'), 'faktiske-oplysninger').map((f) => f.severity), ['warning']);
  });

  it('asks how reduced hours are made up, also when the letter repeats the hours as they stand and sums up »samlet set«', () => {
    const letter = (assessment: string) =>
      `Østby Kommune\nDato: 4. maj 2026\n\nKære Lone Friis\n\n## Afgørelse\n\nDu får i dag 7 timer om ugen i socialpædagogisk støtte efter servicelovens § 85. Vi har besluttet at nedsætte støtten til 4 timer om ugen fra den 1. juni 2026.\n\n## Begrundelse\n\nDu fik 7 timer om ugen efter din udskrivning i 2025. Du klarer nu selv dine indkøb og din madlavning, og du kommer i et værested to dage om ugen. ${assessment}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Samlet set vurderer vi, at 4 timer om ugen er tilstrækkeligt.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('De 4 timer er 2 timer til økonomi og post og 2 timer til aftaler og struktur.'), 'beregning'), []);
  });

  it('asks guidance to parents to check the right of a child of 10 or more to complain, in the cases barnets lov § 3 lists', () => {
    const letter = (age: string, provision = 'barnets lov § 32, stk. 1, nr. 3', extra = '') =>
      `Nordby Kommune\nDato: 5. marts 2026\n\nKære Anne og Jonas Friis\n\n## Afgørelse\n\nSofie får en fast kontaktperson 3 timer om ugen efter ${provision}. I søgte om 5 timer om ugen.\n\n## Begrundelse\n\nSofie er ${age} år og har svært ved at komme i skole. Vi har lagt vægt på, at skolen beskriver, at hun er kommet hver dag de sidste to uger, og at 3 timer dækker turene til og fra skole.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.${extra}\n\nMed venlig hilsen\n\nPia Holm\n`;
    const childRight = (text: string) => findings(text, 'klagevejledning').filter((f) => /selv klage/.test(f.message));
    const [asked] = childRight(letter('12'));
    assert.equal(asked?.severity, 'information');
    assert.match(asked.message, /barn på 12 år/);
    assert.deepEqual(childRight(letter('12', undefined, ' Sofie kan også selv klage, fordi hun er fyldt 10 år.')), []);
    assert.deepEqual(childRight(letter('8')), [], 'under 10');
    assert.deepEqual(childRight(letter('12', 'barnets lov § 87')), [], 'tabt arbejdsfortjeneste is not among the cases');
    assert.deepEqual(childRight(letter('12').replace('5. marts 2026', '5. marts 2023')), [], 'before barnets lov');
    assert.deepEqual(childRight(letter('12').replace('Kære Anne og Jonas Friis', 'Kære Sofie\n\nVi har talt med dine forældre.')), [], 'a letter to the child');
  });

  it('reads »der skal lægges særlig vægt på« in the law restated as what the law prescribes, not a consideration the authority weighed', () => {
    const letter = (law: string) =>
      `Ålby Kommune\nDato: 5. december 2025\n\nKære Mia\n\n## Afgørelse\n\nSamværet mellem dig og Elias fortsætter uændret. Du får afslag på at udvide det med en overnatning.\n\n## Lovgrundlag\n\n${law}\n\n## Sagens oplysninger\n\nElias er 8 år og har boet i familiepleje siden januar 2025. Plejefamilien har oplyst, at samværene forløber roligt, og at Elias sover uroligt efter weekender.\n\n## Vurdering\n\nVi har på baggrund af ovenstående vurderet, at samværet ikke skal udvides nu, og at det nuværende omfang er tilstrækkeligt. Vi vil vurdere samværet igen til foråret.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const prescribed = findings(letter('Afgørelsen er truffet efter barnets lov § 104, stk. 2. Ved afgørelsen skal der lægges særlig vægt på hensynet til barnet.'), 'hovedhensyn');
    assert.equal(prescribed.length, 1);
    // Weighed by the authority in its own words, it is a consideration.
    assert.deepEqual(findings(letter('Afgørelsen er truffet efter barnets lov § 104, stk. 2. Vi har lagt særlig vægt på, at Elias sover uroligt efter weekender.'), 'hovedhensyn'), []);
  });

  it('reads bare paragraphs under a lead that names one law as that law\'s: support under barnets lov § 32 may weigh the least intrusive measure', () => {
    const letter = `Vestby Kommune\nDato: 10. januar 2026\n\nKære Lone og Nikolaj\n\n## Afgørelse\n\nEmil får en fast kontaktperson 4 timer om ugen fra 1. februar 2026 til 31. juli 2026. I søgte om 8 timer om ugen.\n\n## Lovgrundlag\n\nAfgørelsen er truffet efter barnets lov. Vi har brugt disse regler:\n\n- § 32, stk. 1, om støttende indsatser.\n- § 32, stk. 3, om valg af indsats, formål og varighed.\n\n## Begrundelse\n\nVi har lagt vægt på, at skolens morgenordning dækker morgenerne. Hvis to indsatser dækker det samme, vælger vi den, der er mindst indgribende i Emils hverdag. De 4 timer er 2 eftermiddage à 2 timer. Formålet er, at Emil kommer i gang med en fritidsaktivitet.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter, 'mindst-indgribende'), []);
    // With a second law named, the bare paragraphs are not read as either law's.
    assert.equal(findings(letter.replace('Afgørelsen er truffet efter barnets lov.', 'Afgørelsen er truffet efter barnets lov og serviceloven.'), 'mindst-indgribende').length, 1);
  });

  it('reads a limit on a condition, or a rule for unused hours, as no limit of a full approval', () => {
    const letter = (rule: string) =>
      `Østby Kommune\nDato: 26. november 2025\n\nHej Mikkel\n\nDu har søgt om ledsageordning. Du får ledsagelse i 15 timer om måneden efter servicelovens § 97. Det er det, du har søgt om.\n\n${rule}\n\nDu har fået fuldt medhold, og derfor er der ingen klagevejledning.\n\nVenlig hilsen\n\nAnne Lund\n`;
    for (const rule of ['Timer, der ikke er brugt efter 6 måneder, bortfalder.', 'Opsparede timer, der er ældre end 6 måneder, bortfalder.', 'Timer, du har sparet op, bortfalder efter et halvt år.', 'Bruger du færre timer, end der er bevilget, skal det overskydende beløb betales tilbage.', 'Hvis du flytter, stopper ordningen.']) {
      assert.deepEqual(findings(letter(rule), 'klagevejledning'), [], rule);
    }
    assert.equal(findings(letter('Du får ikke timer til ferie.'), 'klagevejledning')[0]?.severity, 'error');
    // A full approval told in plain words, with no word that it leaves out the guidance.
    const plain = letter('Timer, der ikke bliver brugt, kan ikke gemmes til senere.').replace('Det er det, du har søgt om.', 'Vi siger ja til det hele.').replace('Du har fået fuldt medhold, og derfor er der ingen klagevejledning.', 'Sig til, hvis din situation ændrer sig.');
    assert.deepEqual(findings(plain, 'klagevejledning'), []);
    assert.equal(findings(plain.replace('Vi siger ja til det hele.', 'Vi siger ja.'), 'klagevejledning').length, 1);
  });

  it('reads help stopped as the party asked as no refusal: information to check, never an error', () => {
    const letter = (decision: string) =>
      `Sønderå Kommune\nDato: 12. januar 2026\n\nKære Emma\n\nTak for din mail af 5. januar 2026. Du har bedt om at stoppe din støtte, fordi du er startet på en uddannelse. Du får i dag 3 timers socialpædagogisk støtte om ugen efter servicelovens § 85.\n\n${decision}\n\nVenlig hilsen\n\nUlla Bak\n`;
    for (const stop of ['Vi har besluttet at stoppe støtten, som du har ønsket. Støtten ophører med udgangen af januar 2026.', 'Din støtte stopper, som du har bedt om, med udgangen af januar 2026.']) {
      assert.deepEqual(findings(letter(stop), 'klagevejledning').map((f) => f.severity), ['information'], stop);
    }
    assert.deepEqual(findings(letter('Vi har besluttet at stoppe støtten. Støtten ophører med udgangen af januar 2026.'), 'klagevejledning').map((f) => f.severity), ['error']);
    // What the party did not ask for is no refusal of what it asked for.
    const asked = letter('Du får et rehabiliteringsforløb efter servicelovens § 83 a. Du får ikke fast hjemmehjælp ved siden af, da du ikke har ønsket det. Du har fået alt det, du har søgt om.');
    assert.deepEqual(findings(asked, 'klagevejledning'), []);
    assert.equal(findings(asked.replace(', da du ikke har ønsket det', ''), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads the end of help the party applied to have replaced, and a refusal told as the case\'s history, as no limit of a full approval', () => {
    const letter = (application: string, after: string) =>
      `Nørreby Kommune\nDato: 4. februar 2026\n\nKære Bent\n\n${application}\n\nVi har bevilget dig det, du har søgt om, efter servicelovens § 96, stk. 1, fra den 1. marts 2026.\n\n${after}\n\nMed venlig hilsen\n\nLise Krog\n`;
    const replaced = letter('Du har søgt om borgerstyret personlig assistance i stedet for din nuværende hjemmehjælp.', 'Din hjemmehjælpsordning ophører den 28. februar 2026, når assistancen begynder.');
    assert.deepEqual(findings(replaced, 'klagevejledning'), []);
    // The help that ends is not the one the party asked to have replaced: a limit, so the guidance is owed.
    assert.equal(findings(replaced.replace('Din hjemmehjælpsordning ophører', 'Din madservice ophører'), 'klagevejledning')[0]?.severity, 'error');
    // Without »i stedet for« in the application, the end of the home help is the authority's own limit.
    assert.equal(findings(replaced.replace(' i stedet for din nuværende hjemmehjælp', ''), 'klagevejledning')[0]?.severity, 'error');
    const reopened = letter('Vi har genoptaget din sag om en trappelift, som du fik afslag på den 3. april 2025, fordi vi har fået en ny lægeerklæring.', 'Lægeerklæringen viser, at du ikke længere kan gå på trapper.');
    assert.deepEqual(findings(reopened, 'klagevejledning'), []);
    assert.equal(findings(reopened.replace('som du fik afslag på den 3. april 2025, fordi', 'og du får afslag på en anden model, fordi'), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads a limit in a question in the party\'s voice (»Spørgsmål og svar«) as asked, not decided', () => {
    const letter = (question: string) =>
      `Nørreby Kommune\nDato: 4. februar 2026\n\nKære Erna\n\nDu har søgt om en badebænk og en rollator.\n\nVi har bevilget dig det, du har søgt om, efter servicelovens § 112, stk. 1, fra den 1. marts 2026.\n\nSpørgsmål og svar\n\n${question} Ring til Hjælpemiddeldepotet på 70 10 20 30, så finder vi en løsning.\n\nMed venlig hilsen\n\nLise Krog\n`;
    assert.deepEqual(findings(letter('Kan jeg få rollatoren bragt hjem i stedet for at hente den?'), 'klagevejledning'), []);
    assert.equal(findings(letter('Hvorfor kan du ikke få en rollator med sæde?'), 'klagevejledning')[0]?.severity, 'error');
    // What the party told, likewise; not where the letter turns from it to the outcome.
    assert.deepEqual(findings(letter('Du har fortalt, at din gamle rollator stopper med at virke, når hjulene slides.'), 'klagevejledning'), []);
    assert.equal(findings(letter('Du har fortalt, at du har en gammel rollator, og den stopper vi nu.'), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads a threshold named in the granting sentence (»der overstiger 2.846 kr. om måneden«) as no figure granted below the one applied for', () => {
    const letter = (basis: string) =>
      `Vestby Kommune\nDato: 12. november 2024\n\nKære Tove\n\nDu har søgt om at få dækket dine dokumenterede merudgifter på 3.240 kr. om måneden.\n\nVi har bevilget det, du har søgt om. ${basis}\n\nMed venlig hilsen\n\nHenrik Staun\n`;
    assert.deepEqual(findings(letter('Bevillingen er givet efter servicelovens § 100, stk. 1, om merudgifter, der overstiger 2.846 kr. om måneden.'), 'klagevejledning'), []);
    assert.equal(findings(letter('Bevillingen er givet efter servicelovens § 100, stk. 1, og du får 2.846 kr. om måneden.'), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads a summary table row by row: the row that asks and the row that grants', () => {
    const letter = (granted: string) =>
      `Vestby Kommune\nDato: 12. november 2025\n\nKære Nanna og Rune\n\nI har søgt om hjælp til de ekstra udgifter, I har til Ella.\n\n| Kort fortalt | |\n|---|---|\n| Det søgte I om | 12.000 kr. om året |\n| Det får I | ${granted} kr. om året |\n\nI får hjælp til Ellas merudgifter efter barnets lov § 86.\n\nMed venlig hilsen\n\nHenrik Staun\n`;
    assert.equal(findings(letter('6.000'), 'klagevejledning')[0]?.severity, 'error');
    assert.equal(findings(letter('12.000'), 'klagevejledning')[0]?.severity, 'information');
  });

  it('reads an item left out of a grant, a part of it covered, or another model, as no full approval', () => {
    const letter = (decision: string) =>
      `Østby Kommune\nDato: 13. august 2024\n\nKære Jesper og Sidsel\n\nI har søgt om dækning af udgifter til bleer, tøjvask og en tablet. ${decision}\n\nMed venlig hilsen\n\nAnne Lund\n`;
    for (const limit of ['I får dækket merudgifter med 900 kr. om måneden efter barnets lov § 86. Tabletten er ikke med i ydelsen.', 'Vi giver jer hjælp til en del af udgifterne efter barnets lov § 86.', 'I får dækket bleer og tøjvask efter barnets lov § 86. Vi dækker ikke tabletten.', 'I får bevilget en tablet efter barnets lov § 86, men ikke den model, I har søgt om.', 'I får dækket bleer og tøjvask efter barnets lov § 86. Tabletten kan I desværre ikke få dækket.']) {
      assert.equal(findings(letter(limit), 'klagevejledning')[0]?.severity, 'error', limit);
    }
  });

  it('reads a difference of two sums the letter states (»Merprisen på 4.300 kr. betaler du selv«) as a calculation shown', () => {
    const letter = (rest: string) =>
      `Klitby Kommune\nDato: 20. august 2025\n\nKære Lis Holm\n\n## Afgørelse\n\nDu har søgt om en el-seng fra Sovekompagniet til 15.500 kr.\n\nDu får en el-seng efter servicelovens § 112, stk. 1. Vi bevilger den seng, vi har aftale om. Den koster kommunen 11.200 kr.\n\nDu har ret til frit valg. Køber du selv sengen fra Sovekompagniet, refunderer vi op til 11.200 kr. ${rest}\n\n## Begrundelse\n\nVi har lagt vægt på, at du ifølge ergoterapeuten har brug for en seng med elevation, og at begge senge dækker det behov.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Merprisen på 4.300 kr. betaler du selv.'), 'beregning'), []);
    // A sum that is no difference of the letter's sums is not shown by being called one.
    assert.equal(findings(letter('Merprisen på 5.100 kr. betaler du selv.'), 'beregning').length, 1);
    // In its own paragraph, the difference needs no name: the sums it is worked out from stand beside it.
    const own = (rest: string): string => letter('').replace('Køber du selv sengen fra Sovekompagniet, refunderer vi op til 11.200 kr. ', `Ifølge tilbuddet koster sengen fra Sovekompagniet 15.500 kr. Vælger du den, giver vi et tilskud på 11.200 kr., så ${rest}`);
    assert.deepEqual(findings(own('din egenbetaling bliver 4.300 kr.'), 'beregning'), []);
    assert.equal(findings(own('din egenbetaling bliver 5.100 kr.'), 'beregning').length, 1);
  });

  it('asks no deduction of ordinary expenses where the letter refuses a merudgift, its grant word negated', () => {
    const letter = (reason: string) =>
      `Klitby Kommune\nDato: 20. august 2025\n\nKære Lis Holm\n\nDu har bedt os dække din egenbetaling for en ny pude til kørestolen. Puden koster 4.000 kr. Regionen giver et tilskud på 1.500 kr., så din egenbetaling bliver 2.500 kr.\n\n## Afgørelse\n\nDu får afslag på dækning af egenbetalingen efter servicelovens § 100, stk. 1.\n\n## Begrundelse\n\n${reason} Vi har lagt vægt på, at regionen dækker puden som et behandlingsredskab, og at du selv har valgt en dyrere model.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const deduction = (text: string): Finding[] => findings(text, 'beregning').filter((f) => /almindelige udgifter/.test(f.message));
    assert.deepEqual(deduction(letter('Derfor kan vi ikke bevilge den som en merudgift.')), []);
    assert.equal(deduction(letter('Derfor kan vi bevilge den som en merudgift.')).length, 1);
  });

  it('reads the bounds of an interval (»i intervallet mellem 1.707 og 2.846 kr.«) as the scale\'s, no items of the calculation', () => {
    const letter = (expenses: string) =>
      `Søby Kommune\nDato: 4. november 2024\n\nKære Mads\n\n## Afgørelse\n\nDu får 2.277 kr. om måneden i merudgiftsydelse efter servicelovens § 100, stk. 1. Du søgte om 3.000 kr. om måneden.\n\n## Begrundelse\n\nDu har sklerose og bruger kørestol. ${expenses} Dine godkendte merudgifter ligger i intervallet mellem 1.707 kr. og 2.846 kr. om måneden. Derfor får du 2.277 kr. om måneden.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.equal(findings(letter('Vi har godkendt udgifter til tøjvask og kørsel.'), 'beregning').length, 1);
    assert.deepEqual(findings(letter('Vi har godkendt 650 kr. om måneden til tøjvask og 1.550 kr. om måneden til kørsel, i alt 2.200 kr. Den udgift, du ville have haft alligevel, er trukket fra.'), 'beregning'), []);
  });

  it('asks a letter that counts expenses as extra as a whole (only what others do not have, the whole expense) to check its deduction, and warns one that says nothing of it', () => {
    const letter = (principle: string) =>
      `Søby Kommune\nDato: 4. november 2025\n\nKære Louise\n\n## Afgørelse\n\nDu får dækket nødvendige merudgifter med 700 kr. om måneden efter servicelovens § 100, stk. 1.\n\n## Begrundelse\n\n${principle}Du har ikke kræfter til at passe haven, og vi har godkendt havehjælp og kørsel til behandling.\n\n## Beregning\n\nHavehjælp 12 × 400 kr. = 4.800 kr. om året. Kørsel 10 × 60 km × 2,23 kr. = 1.338 kr. om året. I alt 6.138 kr. om året, svarende til 511,50 kr. om måneden, som rundes op til 700 kr.\n\nMed venlig hilsen\n\nBo Lind\n`;
    const deduction = (principle: string) => findings(letter(principle), 'beregning').filter((f) => /almindelige udgifter/.test(f.message)).map((f) => f.severity);
    assert.deepEqual(deduction(''), ['warning']);
    for (const principle of ['Vi dækker kun udgifter, der skyldes din funktionsnedsættelse, og som andre på din alder og i samme livssituation ikke har. ', 'Merudgifter er udgifter, som personer uden en funktionsnedsættelse ikke ville have. ', 'Kørslen er en direkte følge af din sygdom, og vi dækker hele udgiften. ']) {
      assert.deepEqual(deduction(principle), ['information'], principle);
    }
    // Ordinary expenses others also have, named to refuse an item, are no such statement.
    assert.deepEqual(deduction('Et fitnessabonnement er en udgift, som mange andre også har, så det dækker vi ikke. '), ['warning']);
  });

  it('takes a section titled as the measuring out that names only the decided sum for no calculation', () => {
    const letter = (measured: string) =>
      `Søby Kommune\nDato: 4. november 2025\n\nKære Maria og Jens\n\n## Afgørelse\n\nI får dækket nødvendige merudgifter med 900 kr. om måneden efter barnets lov § 86. I havde søgt om 1.650 kr. om måneden.\n\n## Udmåling\n\nVi har godkendt udgifterne til kørsel og ekstra tøj, dog med et lavere beløb, fordi en del er almindelige udgifter. ${measured}\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.equal(findings(letter('Samlet har vi fastsat jeres merudgifter til 900 kr. om måneden.'), 'beregning')[0]?.severity, 'warning');
    assert.deepEqual(findings(letter('Kørsel 600 kr. og tøj 300 kr. om måneden ud over almindelige udgifter, i alt 900 kr. om måneden.'), 'beregning').filter((f) => f.severity !== 'information'), []);
  });

  it('takes the decided sum said again (»Beløbet afrundes til 1.300 kr.«) for no item of a calculation', () => {
    const letter = (reasons: string) =>
      `Søby Kommune\nDato: 4. november 2025\n\nKære Louise\n\n## Afgørelse\n\nDu får dækket nødvendige merudgifter med 1.300 kr. om måneden efter servicelovens § 100, stk. 1. Du søgte om 2.150 kr. om måneden og får derfor delvist medhold.\n\n## Begrundelse\n\nVi har medtaget kørsel, slid på tøj og ekstra vask. ${reasons}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.equal(findings(letter('Vi har opgjort dine merudgifter til samlet 1.340 kr. om måneden. Beløbet afrundes til 1.300 kr.'), 'beregning')[0]?.severity, 'warning');
    assert.deepEqual(findings(letter('Kørsel 900 kr., slid 240 kr. og vask 200 kr., i alt 1.340 kr. om måneden, fratrukket almindelige udgifter. Beløbet afrundes til 1.300 kr.'), 'beregning'), []);
  });

  it('reads a limit in one lettered item of a pasted list as that item\'s, not the minutes of the next', () => {
    const letter = (items: string) =>
      `Åby Kommune\nDato: 10. marts 2026\n\nKære Ruth\n\nAFGØRELSE\n\nDu får helhedspleje efter ældrelovens § 10 fra den 16. marts 2026:\n\n${items}\n\nBEGRUNDELSE\n\nVi har lagt vægt på, at du spilder, når du spiser alene, og at du selv kan smøre dit brød om morgenen.\n\nKLAGEVEJLEDNING\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    const items = 'a) Hjælp ved aftensmaden hver dag.\nb) Morgenmaden gør du selv klar. Du får ikke hjælp til den.\nc) Et mellemmåltid kl. 14, hvor en medarbejder bliver hos dig i cirka 15 minutter.';
    assert.deepEqual(findings(letter(items), 'beregning'), []);
    assert.equal(findings(letter(items.replace('i cirka 15 minutter.', 'i cirka 15 minutter. Du får ikke mere tid.')), 'beregning').length, 1);
  });

  it('reads the hours of one session (»1½ time ad gangen«) as the form of the help, which a limit on how often does not measure out', () => {
    const letter = (item: string) =>
      `Åby Kommune\nDato: 2. marts 2026\n\nKære Lone og Peter\n\n## Afgørelse\n\nFamiliebehandlingen efter barnets lov § 32, stk. 1, fortsætter, men den trappes ned:\n\n- ${item}\n- Behandlingen forventes at slutte den 30. juni 2026.\n\nFormålet er, at I kan fastholde de nye aftaler, I har lavet. Vi har lagt vægt på, at Sofie nu kommer i skole hver dag.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.deepEqual(findings(letter('Fra den 1. april er der samtaler hver tredje uge i stedet for hver uge, 2 timer ad gangen.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Samtalerne er fremover hver anden uge (i stedet for hver uge) og varer 1½ time pr. gang.'), 'beregning'), []);
    // Hours a week cut are measured out.
    assert.equal(findings(letter('Fra den 1. april er der samtaler 2 timer om ugen i stedet for 4 timer om ugen.'), 'beregning').length, 1);
    // The length of a meeting granted beside a refusal of other help.
    const beside = letter('Familien får familiebehandling med ét møde om ugen på 1½ time.').replace('- Behandlingen forventes', '- Sofie får ikke et støtteophold i en plejefamilie.\n- Behandlingen forventes');
    assert.deepEqual(findings(beside, 'beregning'), []);
  });

  it('reads »6 timer og 15 minutter« as one duration, not two figures of a breakdown', () => {
    const letter = (breakdown: string) =>
      `Vestby Kommune\nDato: 3. marts 2025\n\nKære Jens\n\n## Afgørelse\n\nDin hjælp efter servicelovens § 83, stk. 1, nedsættes fra 6 timer og 15 minutter om ugen til 4 timer om ugen fra den 7. april 2025.\n\n## Begrundelse\n\nVi har lagt vægt på, at du efter genoptræningen selv kan gå i bad og tage tøj på. ${breakdown}\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.equal(findings(letter('Du får fortsat hjælp til rengøring og indkøb.'), 'beregning').length, 1);
    assert.deepEqual(findings(letter('Du får 2 timer til rengøring, 1 time til indkøb og 1 time til tøjvask om ugen.'), 'beregning'), []);
  });

  it('reads a sum worked out »ud fra prisen« with no price given as no price named', () => {
    const letter = (basis: string) =>
      `Klitby Kommune\nDato: 20. august 2025\n\nKære Lis Holm\n\nDu har købt et mikrofonsystem hos en anden leverandør og bedt os refundere fakturaen.\n\n## Afgørelse\n\nDu får refunderet 8.000 kr. efter servicelovens § 112, stk. 3. ${basis}\n\n## Begrundelse\n\nVi har lagt vægt på, at systemet fra kommunens leverandør dækker dit behov, og at du selv har valgt et dyrere system.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(findings(letter('Beløbet på 8.000 kr. er fastsat ud fra prisen hos kommunens leverandør.'), 'beregning').length, 1);
    assert.deepEqual(findings(letter('Det er prisen på systemet hos kommunens leverandør, 8.000 kr.'), 'beregning'), []);
  });

  it('reads what the party wrote on a date (»Du har den 24. februar 2026 skrevet, at …«) as a fact told', () => {
    const letter = (told: string) => `Nordby Kommune\nDato: 3. marts 2026\n\nKære Ole Berg\n\n${told}\n\n## Afgørelse\n\nDu får afslag på at få hele fakturaen refunderet efter servicelovens § 112, stk. 3.\n\n## Begrundelse\n\nKommunen kan højst refundere det, hjælpemidlet koster hos kommunens leverandør.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Du har den 24. februar 2026 skrevet, at du vil bruge din ret til frit valg og har købt et dyrere system.'), 'faktiske-oplysninger'), []);
    assert.equal(findings(letter('Du vil bruge din ret til frit valg.'), 'faktiske-oplysninger').length, 1);
  });

  it('asks no calculation of the hours of a step-down before help stops, said in their sentence or the next', () => {
    const letter = (purpose: string) =>
      `Ravnsø Kommune\nDato: 2. juni 2025\n\nKære Amir\n\n## Afgørelse\n\nDin støtte efter servicelovens § 85 ophører den 31. juli 2025. I juli nedsættes støtten fra 3 timer til 1 time om ugen. ${purpose}\n\n## Begrundelse\n\nVi har lagt vægt på, at du nu selv betaler dine regninger og handler ind.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nBo Lind\n`;
    assert.deepEqual(findings(letter('Timen skal bruges til at afslutte forløbet.'), 'beregning'), []);
    assert.equal(findings(letter('Timen skal bruges til indkøb.'), 'beregning').length, 1);
  });

  it('reads a frequency as a breakdown of hours only beside hours (»2 gange om ugen à 1½ time«), not of someone else\'s visits', () => {
    const letter = (facts: string) =>
      `# Afgørelse om socialpædagogisk støtte\n\nVesthavn Kommune, 6. oktober 2025\n\nKære Jannie\n\nDu søgte om støtte 8 timer om ugen.\n\n## Afgørelse\n\nVi bevilger dig støtte efter servicelovens § 85 i 3 timer om ugen. Du får dermed delvist afslag.\n\n## Sagens oplysninger\n\n${facts}\n\n## Vurdering\n\nVi har lagt vægt på, at du har brug for støtte til post og økonomi, og at din søster hjælper med resten.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Vesthavn Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nLars Bo\n`;
    assert.deepEqual(findings(letter('Din søster kommer to gange om ugen og hjælper med indkøb.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Støtten gives 2 gange om ugen à 1½ time.'), 'beregning'), []);
    // Occasions named by the time of day, with the hours of each: a breakdown in words.
    assert.deepEqual(findings(letter('Støtten gives to formiddage om ugen i 1½ time, når du skal ordne post.'), 'beregning'), []);
  });

  it('reads a decision table row by row: a refusal in one row does not measure out the hours granted in another', () => {
    const letter = (row: string) =>
      `# Afgørelse om støtte til familien\n\nVesthavn Kommune, 6. oktober 2025\n\nKære Maria og Rasmus\n\nI bad om hjælp til familien og om aflastning til Oliver.\n\n## Afgørelse\n\n| Indsats | Afgørelse |\n|---|---|\n| Familiebehandling efter barnets lov § 32, stk. 1, nr. 5, 2 timer om ugen i 6 måneder | ${row} |\n| Aflastning én weekend om måneden | **Afslag** |\n\nFormålet er at give jer redskaber til at skabe faste rammer.\n\n## Vurdering\n\nVi har lagt vægt på, at konflikterne opstår i samspillet i familien, og at Oliver ikke vil sove ude.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til Vesthavn Kommune inden 4 uger efter, at I har modtaget afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nLars Bo\n`;
    assert.deepEqual(findings(letter('**Bevilget**'), 'beregning'), []);
    assert.deepEqual(findings(letter('**Delvis bevilget**'), 'beregning').map((f) => f.severity), ['warning']);
  });

  it('reads the items of the list the party applied with (»Du søgte om dækning af:«) as asked, not decided, whatever their words (»efter tilskud«)', () => {
    const letter = `# Afgørelse om merudgifter\n\nVesthavn Kommune, 6. oktober 2025\n\nKære Jonas\n\n## Hvad har du søgt om?\n\nDu søgte den 11. august 2025 om dækning af:\n- egenbetaling til medicin (ca. 180 kr. om måneden efter tilskud),\n- et coachingforløb (1.200 kr. om måneden).\n\n## Afgørelse\n\nDu får afslag på dækning af merudgifter efter servicelovens § 100, fordi du ikke er i målgruppen.\n\n## Begrundelse\n\nVi har lagt vægt på, at du arbejder fuld tid og selv klarer bolig og økonomi.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til Vesthavn Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nLars Bo\n`;
    assert.deepEqual(findings(letter, 'beregning').filter((f) => f.severity !== 'information'), []);
  });

  it('reads how long a trip or a walk takes (»bussen kører direkte på 14 minutter«) as a fact of the case, not hours measured out', () => {
    const letter = (fact: string) =>
      `Klitby Kommune\nDato: 20. januar 2026\n\nKære Lis Holm\n\n## Afgørelse\n\nDu får afslag på støtte til køb af bil efter servicelovens § 114.\n\n## Begrundelse\n\nVi har lagt vægt på, at ${fact}, og at du kan tage bussen til dit arbejde. Du får derfor afslag på støtte til bil.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    for (const fact of ['linje 12 kører fra din dør til arbejdet på 25 minutter', 'du ved testen gik 300 meter med rollator på 6 minutter', 'turen tager ca. 20 minutter']) {
      assert.deepEqual(findings(letter(fact), 'beregning'), [], fact);
    }
  });

  it('asks no calculation of a sum refused whole, nor of the help as it stands before it stops', () => {
    const letter = (decision: string) =>
      `Klitby Kommune\nDato: 20. august 2025\n\nKære Lis Holm\n\n## Afgørelse\n\n${decision}\n\n## Begrundelse\n\nVi har lagt vægt på, at du ifølge ergoterapeuten har brug for en seng med elevation, og at du fra 1. juni arbejder 37 timer om ugen.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Du kan ikke få 9.800 kr. til selv at købe en seng efter aktivlovens § 81, fordi dit behov bliver dækket af en plejeseng.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Din særlige støtte efter aktivlovens § 34 er senest udbetalt med 1.265 kr. om måneden. Vi har besluttet, at støtten stopper med udgangen af maj 2025.'), 'beregning'), []);
    assert.deepEqual(findings(letter('Fra den 1. juni 2025 får du 0 kr. i særlig støtte efter aktivlovens § 34.'), 'beregning'), []);
    // A sum granted in part is measured out.
    assert.equal(findings(letter('Du får 4.000 kr. til en seng efter aktivlovens § 81. Du søgte om 9.800 kr.'), 'beregning').length, 1);
    // A rate the party pays is the price list's, named where it is decided; a part of a price is not.
    assert.deepEqual(findings(letter('Du får madservice efter ældrelovens § 10. Prisen er kommunens takst på 58 kr. pr. hovedret, og den betaler du selv.'), 'beregning'), []);
    assert.equal(findings(letter('Prisen for sengen er 9.800 kr., og du får 4.000 kr. til den efter aktivlovens § 81.'), 'beregning').length, 1);
    assert.equal(findings(letter('Du har bedt os betale hele regningen for sengen. Kommunen betaler 2.145 kr. af fakturaen efter aktivlovens § 81. Resten betaler du selv.'), 'beregning').length, 1);
    // A bill to be sent names no price.
    assert.equal(findings(letter('Du får 6.800 kr. til sengen efter aktivlovens § 81. Du søgte om 11.400 kr. Vi betaler de 6.800 kr. direkte til firmaet, når de sender faktura.'), 'beregning').length, 1);
  });

  it('reads the gap between two Danish quotations (»…« og »…«) as no placeholder, and a template\'s «felt» as one', () => {
    const letter = (text: string) => `Østby Kommune\nDato: 26. november 2025\n\nHej Mikkel\n\nDu får ledsagelse i 15 timer om måneden efter servicelovens § 97. Det er det, du har søgt om.\n\n${text}\n\nVenlig hilsen\n\nAnne Lund\n`;
    assert.deepEqual(findings(letter('Se Ankestyrelsens »Kvalitetsstandarder 2013« og »Krav om begrundelse ved ændring i serviceniveauer«.'), 'pladsholder'), []);
    assert.deepEqual(findings(letter('Efter § 32 skal kommunen støtte, »når det må anses for nødvendigt«. Efter stk. 3 vælger den indsatsen, »som bedst kan imødekomme behovet«.'), 'pladsholder'), []);
    // A placeholder after a quotation, and two side by side, are still placeholders.
    assert.equal(findings(letter('Efter loven skal vi hjælpe, »når det er nødvendigt«. Din kontaktperson er «navn».'), 'pladsholder').length, 1);
    assert.equal(findings(letter('Kære «fornavn» «efternavn»'), 'pladsholder').length, 2);
  });

  it('reads a field left out on purpose (»[CPR udeladt]«) as a redaction, not a placeholder to fill in', () => {
    const letter = (field: string) => `Østby Kommune\n${field}\nDato: 26. november 2025\n\nHej Mikkel\n\nDu får ledsagelse i 15 timer om måneden efter servicelovens § 97. Det er det, du har søgt om.\n\nVenlig hilsen\n\nAnne Lund\n`;
    assert.deepEqual(findings(letter('[CPR udeladt]'), 'pladsholder'), []);
    assert.deepEqual(findings(letter('[navn anonymiseret]'), 'pladsholder'), []);
    assert.deepEqual(findings(letter('[CPR]'), 'pladsholder').map((f) => f.severity), ['warning']);
    // In a letter redacted for sharing (»[CPR udeladt]«), a field for personal data is a redaction too;
    // an instruction to the writer is not.
    assert.deepEqual(findings(letter('[CPR udeladt]\nTil [Navn], [adresse]'), 'pladsholder'), []);
    // A cut »[…]« and a CPR number masked whole are a template's too: its fields stay to be filled in.
    assert.deepEqual(findings(letter('CPR: XXXXXX-XXXX\nBrevet er sendt den [dato]. Vi har lagt vægt på […].'), 'pladsholder').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('[CPR udeladt]\n[Indsæt navn]'), 'pladsholder').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Til [Navn], [adresse]'), 'pladsholder').map((f) => f.severity), ['warning', 'warning']);
    // A field named by a compound (»[SLUTDATO]«, »[leverandørnavn]«) is one to fill in too.
    assert.deepEqual(findings(letter('Hjælpen gælder til [SLUTDATO].'), 'pladsholder').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Leverandør: [leverandørnavn]'), 'pladsholder').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Se [kvalitetsstandarden](https://kommune.dk/ks).'), 'pladsholder'), []);
  });

  it('reads »[underskrift]« above the writer\'s name as the mark of a signature\'s image, not a field to fill in; the name\'s own field still is one', () => {
    const letter = (closing: string) => `Østby Kommune\nDato: 26. november 2025\n\nHej Mikkel\n\nDu får ledsagelse i 15 timer om måneden efter servicelovens § 97. Det er det, du har søgt om.\n\nMed venlig hilsen\n\n${closing}\n`;
    assert.deepEqual(findings(letter('[underskrift]\nAnne Lund\nSocialrådgiver'), 'pladsholder'), []);
    assert.deepEqual(findings(letter('[Underskrift]\n\nAnne Lund'), 'pladsholder'), []);
    assert.deepEqual(findings(letter('[underskrift]\n[sagsbehandler]'), 'pladsholder').map((f) => f.severity), ['warning']);
  });

  it('reads easy-read grants (»Du får ja.«, »Det har vi sagt ja til.«) as full approvals, also when help the party asked to leave stops', () => {
    const letter = (extra: string) =>
      `Sønderby Kommune\nDato: 28. august 2025\n\nKære Birthe\n\nDu har søgt om at komme i Aktivitetshuset 3 dage om ugen.\n\n**Du får ja.**\n\n- Du kan komme mandag, onsdag og fredag.\n\nVi har besluttet det efter serviceloven § 104.${extra}\n\nMange hilsner\n\nRikke Holst\n`;
    assert.deepEqual(findings(letter(''), 'klagevejledning'), []);
    assert.deepEqual(findings(letter('\n\nDu stopper på værkstedet 12. september 2025. Det har du selv bedt om.'), 'klagevejledning'), []);
    assert.deepEqual(findings(letter('\n\nDin plads på værkstedet stopper som ønsket den 12. september 2025.'), 'klagevejledning'), []);
    assert.deepEqual(findings(letter('\n\nDin plads på værkstedet ophører efter din anmodning den 12. september 2025.'), 'klagevejledning'), []);
    assert.deepEqual(findings(letter('').replace('**Du får ja.**', 'Det har vi sagt ja til.'), 'klagevejledning'), []);
    // Help stopped against the party's wish limits the grant.
    assert.equal(findings(letter('\n\nDu stopper på værkstedet 12. september 2025.'), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads »medhold i din ansøgning« as a full approval, and the party\'s own work or schooling that ended as no stop of the help', () => {
    const letter = (facts: string, decision: string) =>
      `Nordby Kommune\nDato: 27. januar 2026\n\nKære Per Holm\n\n${facts}\n\n${decision} Hjælpen gives efter ældrelovens § 10.\n\nMed venlig hilsen\n\nCamilla Nørgaard\n`;
    const guidance = (facts: string, decision: string) => findings(letter(facts, decision), 'klagevejledning').map((f) => f.severity);
    const granted = 'Du får den hjælp, du har søgt om, hver morgen og aften.';
    assert.deepEqual(guidance('Du har sklerose og er ophørt med at arbejde.', granted), []);
    assert.deepEqual(guidance('Din hustru stoppede på arbejdet i 2024 for at passe dig.', granted), []);
    assert.deepEqual(guidance('Du har sklerose.', 'Du har fået medhold i din ansøgning.'), []);
    // The help itself stopped, or only part of the application granted, limits the grant.
    assert.deepEqual(guidance('Du har sklerose.', `${granted} Vi stopper med at levere rengøring.`), ['error']);
    assert.deepEqual(guidance('Du har sklerose.', 'Du har fået delvist medhold i din ansøgning.'), ['error']);
    assert.deepEqual(guidance('Du har sklerose.', `${granted} Du har ikke fået rengøring bevilget.`), ['error']);
  });

  it('reads a request granted (»Vi har imødekommet din anmodning«) as a full approval, and more hours »i stedet for« fewer as no limit', () => {
    const letter = (request: string, decision: string) =>
      `Åby Kommune\nDato: 16. februar 2026\n\nKære Leif Holm\n\n${request}\n\n${decision}\n\nAfgørelsen er truffet efter servicelovens § 83.\n\nMed venlig hilsen\n\nHanne Mose\n`;
    const guidance = (request: string, decision: string) => findings(letter(request, decision), 'klagevejledning').map((f) => f.severity);
    const asked = 'Du bad den 10. februar om, at morgenbesøget bliver lagt før kl. 7 på dine dialysedage.';
    for (const granted of ['Vi har imødekommet din anmodning. Hjemmeplejen kommer fra 23. februar mellem kl. 6.10 og 6.50.', 'Vi har godkendt dit ønske. Hjemmeplejen kommer fra 23. februar mellem kl. 6.10 og 6.50.', 'Dit ønske er imødekommet.']) {
      assert.deepEqual(guidance(asked, granted), [], granted);
    }
    assert.deepEqual(guidance(asked, 'Vi har ikke imødekommet din anmodning. Hjemmeplejen kommer som hidtil mellem kl. 7.30 og 8.30.'), ['error']);
    const hours = 'Du har søgt om 10 timer mere om ugen i din ordning. Vi har bevilget de 10 timer, du har søgt om.';
    assert.deepEqual(guidance(hours, 'Din ordning er herefter på 94 timer om ugen i stedet for 84 timer.'), []);
    assert.deepEqual(guidance(hours, 'Din ordning er herefter på 84 timer om ugen i stedet for 94 timer.'), ['error'], 'fewer hours than before');
  });

  it('reads a grant below the application however the application and the figures are worded, but not an earlier grant told in the past', () => {
    const letter = (application: string, grant: string) =>
      `Åby Kommune\nDato: 11. september 2025\n\nKære Bent Hvidt\n\n${application}\n\n## Afgørelse\n\n${grant} Afgørelsen er truffet efter servicelovens § 85.\n\nMed venlig hilsen\n\nThomas Ibsen\n`;
    const partial = (application: string, grant: string) => findings(letter(application, grant), 'klagevejledning')[0]?.severity;
    assert.equal(partial('Du søgte den 3. oktober om 6 timers støtte om ugen.', 'Du får støtte i 4 timer om ugen.'), 'error');
    assert.equal(partial('Ansøgningen drejer sig om støtte i 7 timer om ugen.', 'Du bevilges støtte i 3 timer om ugen.'), 'error');
    // The party's wish is the application.
    assert.deepEqual(figuresGrantedBelowApplied(parseLetter(letter('Du ønsker støtte 9 timer om ugen.', 'Du får støtte 6 timer om ugen.'))), [{ key: 'time/ugen', value: 6 }]);
    // A fraction or decimals are part of the figure (»3½ time«, »4,5 timer«).
    assert.deepEqual(figuresGrantedBelowApplied(parseLetter(letter('Du har søgt om støtte 6 timer om ugen.', 'Du får støtte 3½ time om ugen.'))), [{ key: 'time/ugen', value: 3.5 }]);
    assert.deepEqual(figuresGrantedBelowApplied(parseLetter(letter('Du har søgt om støtte 4,5 timer om ugen.', 'Du får støtte 4 timer om ugen.'))), [{ key: 'time/ugen', value: 4 }]);
    assert.deepEqual(figuresGrantedBelowApplied(parseLetter(letter('Du har ønsket at beholde 9 timer om ugen.', 'Du får støtte 6 timer om ugen.'))), [{ key: 'time/ugen', value: 6 }]);
    assert.equal(partial('Du søgte om bad hver dag.', 'Du får bad to gange om ugen. Ansøgningen om bad hver dag imødekommes derfor ikke fuldt ud.'), 'error');
    // How many weeks apart, in words or figures.
    assert.equal(partial('Du søgte om hjælp til rengøring hver uge.', 'Du får hjælp til rengøring hver anden uge.'), 'error');
    assert.equal(partial('Du har søgt om tøjvask hver 2. uge.', 'Du får tøjvask hver 4. uge.'), 'error');
    assert.notEqual(partial('Du søgte om hjælp til rengøring hver anden uge.', 'Du får hjælp til rengøring hver anden uge.'), 'error', 'as applied for');
    // An earlier decision's figure is history: the full approval now stands.
    assert.deepEqual(findings(letter('I afgørelsen af 24. april fik du 8 timers støtte om ugen. Du havde søgt om 15 timer om ugen.', 'Vi ændrer afgørelsen. Du får 15 timers støtte om ugen, som du har søgt om.'), 'klagevejledning'), []);
  });

  it('reads what was paid until now (»Tidligere har vi udbetalt 300 kr. om måneden«) as no grant below the minimum, nor a part of the grant', () => {
    const letter = (monthly: number, before: string) =>
      `Lundby Kommune\nDato: 3. juni 2024\n\nKære Eva og Jens\n\n## Afgørelse\n\nI får dækket Idas merudgifter med ${monthly} kr. om måneden efter barnets lov § 86, stk. 1. ${before}\n\n## Beregning\n\nSensorplaster og glutenfrit brød giver i alt ${monthly} kr. om måneden, efter at udgifterne til almindeligt brød er trukket fra.\n\nMed venlig hilsen\n\nLis Borg\n`;
    const below = (monthly: number, before: string) => findings(letter(monthly, before), 'beregning').filter((f) => /Afgørelsen bevilger/.test(f.message)).length;
    assert.equal(below(700, 'Tidligere har vi udbetalt 300 kr. om måneden.'), 0);
    assert.equal(below(200, 'Tidligere har vi udbetalt 300 kr. om måneden.'), 1);
    // A second sum granted for the same child is a part of the grant: the parts reach the minimum together.
    assert.equal(below(200, 'Vi udbetaler desuden 300 kr. om måneden til kørsel.'), 0);
  });

  it('reads hours per task in the application (»søgt om 3 timers hjælp om ugen til rengøring«) as no breakdown of the hours granted', () => {
    const letter = (grant: string) =>
      `Åby Kommune\nDato: 4. november 2025\n\nKære Else Dahl\n\nDu har den 6. oktober 2025 søgt om 3 timers praktisk hjælp om ugen til rengøring og tøjvask.\n\n## Afgørelse\n\nDu får praktisk hjælp efter servicelovens § 83, stk. 1, nr. 2, i 1 time og 10 minutter om ugen. ${grant}\n\nVi har lagt vægt på, at du selv klarer de lette opgaver.\n\nMed venlig hilsen\n\nLis Borg\n`;
    assert.deepEqual(findings(letter('Du får ikke de 3 timer, du har søgt om.'), 'beregning').map((f) => f.severity), ['warning']);
    assert.deepEqual(findings(letter('Det er 40 minutter om ugen til rengøring og 30 minutter til tøjvask.'), 'beregning'), []);
    // A price told as information beside the hours worked out (a calculation section of minutes, no kroner) is no sum decided.
    const priced = (prices: string) => findings(letter(`Det er 40 minutter om ugen til rengøring og 30 minutter til tøjvask.\n\nEkstra rengøring kan du købe privat. ${prices}`), 'beregning').length;
    assert.equal(priced('Priserne fastsætter leverandøren selv; som eksempel tager Rent Hjem ApS 385 kr. for en time.'), 0);
    assert.equal(priced('Vi fastsætter din egenbetaling til 385 kr. om måneden.'), 1);
  });

  it('asks no main considerations of a bare conclusion in the party\'s favour beside reasons for what is refused', () => {
    const letter = (conclusion: string) =>
      `Hedeby Kommune\nDato: 12. november 2025\n\nKære Sara og Thomas\n\n## Afgørelse\n\nI får dækket merudgifter med 650 kr. om måneden efter barnets lov § 86. I søgte om 1.200 kr. om måneden.\n\n## Vurdering\n\n${conclusion}\n\nVi har set på hver udgift for sig.\n\n**Glutenfri kost – søgt 1.200 kr./md., godkendt 650 kr./md.**\n\nDet er kun forskellen mellem glutenfri og almindelig kost, der er en merudgift: 150 kr. om ugen × 52 ÷ 12 = 650 kr. om måneden. Beløbet bygger på jeres kvitteringer fra september og oktober.\n\n## Klagevejledning\n\nI kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at I har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nNanna Overgaard\n`;
    assert.deepEqual(findings(letter('Vi vurderer, at Almas cøliaki er en indgribende kronisk lidelse. Hun er derfor i målgruppen.'), 'hovedhensyn').filter((f) => f.severity === 'warning'), []);
    // The finding said as the law's words: the child has the condition the provision names, or falls under the provision.
    assert.deepEqual(findings(letter('Samlet vurderer vi, at Alma har en indgribende kronisk lidelse, og at hun er omfattet af barnets lov § 86.'), 'hovedhensyn').filter((f) => f.severity === 'warning'), []);
    assert.equal(findings(letter('Samlet vurderer vi, at Alma ikke har en indgribende kronisk lidelse, og at hun ikke er omfattet af barnets lov § 86.'), 'hovedhensyn')[0]?.severity, 'warning');
    assert.equal(findings(letter('Vi vurderer, at Almas cøliaki ikke er en indgribende kronisk lidelse. Hun er derfor ikke i målgruppen.'), 'hovedhensyn')[0]?.severity, 'warning');
    // An extent set beside the favourable finding needs its reasons.
    assert.equal(findings(letter('Vi vurderer, at Alma er i målgruppen. Efter en samlet vurdering finder vi, at 650 kr. om måneden er passende.'), 'hovedhensyn')[0]?.severity, 'warning');
  });

  it('asks the main considerations of less granted than applied for when the letter gives no assessment and no reason at all', () => {
    const letter = (reasons: string) =>
      `Lyngby Kommune\nDato: 27. august 2025\n\nKære Bente Holm\n\nDu har den 4. august 2025 søgt om aflastning 8 døgn om måneden, fordi du passer din mand.\n\n## Afgørelse\n\nDu får bevilget aflastning 4 døgn om måneden efter ældrelovens § 16.\n\n## Oplysninger\n\nDin mand er 86 år og har Parkinsons sygdom.\n\n${reasons}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nHanne Brøndum\n`;
    const severities = (reasons: string) => findings(letter(reasons), 'hovedhensyn').map((f) => f.severity);
    assert.deepEqual(severities('Vi følger op på aflastningen i november 2025.'), ['warning']);
    // A quality standard cited for the extent is kvalitetsstandard's finding.
    assert.deepEqual(severities('Kommunens kvalitetsstandard giver højst 4 døgn om måneden.'), []);
    // Reasons argued in the letter's own words answer it.
    assert.deepEqual(severities('Du får 4 døgn, fordi din datter tager de andre weekender. Din mand har det desuden bedst med korte ophold, fordi han bliver uroligt af skift.'), []);
  });

  it('reads a rule told of anyone (»man«), an earlier decision sent back, a child\'s help ending at 18 and a stop the party asked for in the sentence before as no limit', () => {
    const letter = (body: string) =>
      `Fjordby Kommune\nDato: 6. maj 2026\n\nKære Ahmad Rahimi\n\n${body}\n\nMed venlig hilsen\n\nTrine Bach\n`;
    const guidance = (body: string) => findings(letter(body), 'klagevejledning').map((f) => f.severity);
    assert.deepEqual(guidance('Du får tilskud til hele den indretning, du har søgt om, efter servicelovens § 114. Efter reglerne kan der gives tilskud til indretning, selv om man ikke får støtte til køb af bil.'), []);
    assert.deepEqual(guidance('Du får tilskud til hele den indretning, du har søgt om, efter servicelovens § 114. Du får ikke støtte til køb af bil.'), ['error']);
    assert.deepEqual(guidance('Ankestyrelsen hjemviste den 22. september 2025 vores afgørelse af 28. januar 2025, hvor vi besluttede, at din tabte arbejdsfortjeneste skulle ophøre. Du får fortsat dækket tabt arbejdsfortjeneste, som du har søgt om, efter barnets lov § 87.'), []);
    assert.deepEqual(guidance('I har søgt om kompensationsydelse til Freja. Det får I. Bevillingen sker efter barnets lov § 86. Ydelsen ophører, når Freja fylder 18 år.'), []);
    assert.deepEqual(guidance('I har søgt om kompensationsydelse til Freja. Det får I. Bevillingen sker efter barnets lov § 86. Ydelsen ophører den 1. marts 2027.'), ['error']);
    assert.deepEqual(guidance('Du bad os om at stoppe din rengøring efter ældrelovens § 10. Vi har imødekommet dit ønske. Rengøringen ophører den 31. august 2025.'), []);
    assert.deepEqual(guidance('Du har søgt om rengøring efter ældrelovens § 10. Vi har vurderet din ansøgning. Rengøringen ophører den 31. august 2025.'), ['error']);
  });

  it('checks a reassessment that grants part of the complaint and sends the rest on, and asks it no new guidance', () => {
    const letter = (forwarded: string) =>
      `Vigsø Kommune\nÆldre og Sundhed\nDato: 10. december 2025\n\nKære Alfred Nissen\n\nVi modtog den 20. november 2025 din klage over vores afgørelse af 4. november 2025.\n\n## Resultat af genvurderingen\n\nBad: Du får medhold. Du får fortsat bad to gange om ugen efter ældrelovens § 10.\n\nRengøring: Vi fastholder afgørelsen. ${forwarded}\n\n## Begrundelse\n\nVi har lagt vægt på, at din læge den 2. december 2025 har bekræftet, at du har en svampeinfektion i huden.\n\nMed venlig hilsen\n\nPernille Vestergaard\n`;
    const result = (forwarded: string) => checkDocument(letter(forwarded), {});
    const checked = result('Den del af klagen er sendt videre til Ankestyrelsen i dag. Du skal ikke klage igen.');
    assert.equal(checked.detection.isLetter, true);
    assert.deepEqual(checked.findings.filter((f) => f.ruleId === 'klagevejledning'), []);
    // Only upholding, and sending the complaint on, decides nothing new.
    assert.equal(checkDocument(letter('Den del af klagen er sendt videre til Ankestyrelsen i dag.').replace('Bad: Du får medhold. Du får fortsat bad to gange om ugen efter ældrelovens § 10.', 'Bad: Vi fastholder også den del.'), {}).detection.isLetter, false);
  });

  it('asks no new guidance of a letter that tells its reassessment and the complaint sent on in one paragraph, under no heading of it', () => {
    const letter = (sentOn: string) =>
      `Vigsø Kommune\nDato: 21. november 2025\n\nKære Camilla og Rasmus\n\nVi modtog jeres klage den 30. oktober 2025 over vores afslag på ledsagelse efter barnets lov § 89.\n\nVi har nu genvurderet afgørelsen efter retssikkerhedslovens § 66. Resultatet er, at vi fastholder afslaget. ${sentOn}\n\nI skal ikke gøre mere. Jeres klage er modtaget inden for klagefristen på 4 uger.\n\nVi har lagt vægt på, at Mathilde selv tager bussen til skole hver dag.\n\nMed venlig hilsen\n\nSøren Vestergaard\n`;
    const guidance = (sentOn: string) => checkDocument(letter(sentOn), { force: true }).findings.filter((f) => f.ruleId === 'klagevejledning');
    assert.deepEqual(guidance('Jeres klage er derfor i dag sendt videre til Ankestyrelsen.'), []);
    assert.deepEqual(guidance('Jeres klage er derfor den 21. november 2025 videresendt til Ankestyrelsen.'), []);
    // Not sent on: the letter decides anew and must say how to complain.
    assert.ok(guidance('Vi beder jer om at sende os en ny ansøgning.').length > 0);
    // The guidance's own account of what will happen sends nothing on: its missing deadline is still missing.
    const ordinary = `Nordby Kommune\nDato: 2. juni 2025\n\nKære Ole\n\n## Afgørelse\n\nDu får afslag på beskyttet beskæftigelse efter servicelovens § 103.\n\n## Begrundelse\n\nVi har lagt vægt på, at du arbejder 20 timer om ugen i fleksjob.\n\n## Hvis du vil klage\n\nDu kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til Nordby Kommune.\n\nNår vi modtager din klage, genvurderer vi afgørelsen. Hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen. Du får besked, når klagen er sendt.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.ok(findings(ordinary, 'klagevejledning').some((f) => f.severity === 'error'));
  });

  it('finds guidance that says who may complain (»Både du og din mor kan klage over udvalgets afgørelse«) under a heading of its own words', () => {
    const letter = `Solbjerg Kommune · Børne- og ungeudvalget\n\nSolbjerg, 16. juni 2026\n\nHej Malou\n\n## Det har udvalget besluttet\n\nUdvalget har besluttet, at du bliver anbragt uden for hjemmet efter barnets lov § 47, stk. 4, sådan som du selv har ønsket.\n\n## Hvis du (eller din mor) ikke er enig\n\nBåde du og din mor kan klage over udvalgets afgørelse.\n\n- Klagen skal sendes direkte til Ankestyrelsen – ikke til kommunen.\n- Ankestyrelsen skal have klagen senest 4 uger efter, at du har fået dette brev.\n\nMed venlig hilsen\n\nBørne- og ungeudvalget\n`;
    assert.deepEqual(findings(letter, 'klagevejledning'), []);
    assert.equal(findings(letter.replace('senest 4 uger efter, at du har fået dette brev', 'hurtigst muligt'), 'klagevejledning')[0]?.severity, 'error');
  });

  it('reads hours worked out on a line of their own (»kl. 8-14 = 6 timer«) as a calculation shown', () => {
    const letter = (lines: string) =>
      `Fjordby Kommune\nDato: 23. marts 2026\n\nKære Bente\n\nDu har søgt om afløsning i hjemmet 6 timer om ugen efter servicelovens § 84. Du får afløsning 4 timer hver tirsdag.\n\nSøren er i aktivitetstilbud hver tirsdag fra kl. 12.\n\n${lines}\n\nDu kan klage over afgørelsen inden 4 uger efter, at du har modtaget den. Send klagen til os. Vi vurderer sagen igen, og giver vi dig ikke medhold, sender vi klagen til Ankestyrelsen.\n\nVenlig hilsen\nCamilla Krogh\n`;
    assert.deepEqual(findings(letter('- du søgte om: tirsdag kl. 8-14 = 6 timer\n- du får: kl. 8-12 = 4 timer'), 'beregning'), []);
    assert.equal(findings(letter('- du søgte om: tirsdag 6 timer\n- du får: 4 timer'), 'beregning')[0]?.severity, 'warning');
  });

  it('reads hours in the genitive as the items of a breakdown, never as the hours decided', () => {
    const letter = (breakdown: string) =>
      `Mølleå Kommune\nDato: 2. juli 2025\n\nKære Oliver\n\nDu har den 20. maj 2025 søgt om socialpædagogisk støtte 6 timer om ugen.\n\n## Afgørelse\n\nDu får bevilget 3 timer om ugen efter servicelovens § 85.\n\n## Begrundelse\n\nVi har lagt vægt på, at du selv klarer de praktiske opgaver. ${breakdown}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nNikolaj Wedel\n`;
    assert.deepEqual(findings(letter('Vi har fastsat 3 timer om ugen ud fra 1 times samtale og 2 timers træning ude i byen.'), 'beregning'), []);
    assert.equal(findings(letter('Vi har fastsat 3 timer om ugen ud fra en samlet vurdering.'), 'beregning')[0]?.severity, 'warning');
    // The hours decided written in the genitive stay unread, as before: a figure that reads as an item must not become the grant.
    const temporary = 'Vi har besluttet, at du midlertidigt får 2 timers støtte om ugen efter servicelovens § 85. Støtten gælder til og med den 30. juni 2026.\n\nDu får altså ikke de 6 timer, du søgte om, i denne periode.';
    assert.deepEqual(findings(letter('Indtil udredningen er færdig, rækker støtten til post og husleje.').replace('Du får bevilget 3 timer om ugen efter servicelovens § 85.', temporary), 'beregning'), []);
  });

  it('reads what the help is for (»så du ikke får flere rykkere«) and a rule for saved hours (»ellers bortfalder de«) as no limit', () => {
    const letter = (body: string) =>
      `Skovbæk Kommune\nDato: 18. september 2025\n\nKære Mads Holm\n\nDu har søgt om socialpædagogisk støtte 4 timer om ugen.\n\n**Du får bevilget det, du har søgt om, efter servicelovens § 85.**\n\n${body}\n\nMed venlig hilsen\n\nTrine Aagaard\n`;
    const guidance = (body: string) => findings(letter(body), 'klagevejledning').map((f) => f.severity);
    assert.deepEqual(guidance('Målet er, at du selv kan svare på din post, så du ikke får flere rykkere.'), []);
    assert.deepEqual(guidance('Opsparede timer skal bruges inden for 6 måneder, ellers bortfalder de.'), []);
    assert.deepEqual(guidance('Du får ikke flere timer end 4 om ugen.'), ['error']);
  });

  it('asks no new guidance of a reassessment that sends the rest of the complaint on, though it tells of the complaint under a title of its own', () => {
    const letter = (title: string) =>
      `Kildebæk Kommune\nDato: 10. marts 2026\n\nKære Jonas Berg\n\n# ${title}\n\nDu klagede den 20. februar 2026 over vores afgørelse om administrationstilskuddet efter servicelovens § 96.\n\n## Resultat\n\nVi ændrer afgørelsen delvist. Tilskuddet forhøjes fra 18,00 kr. til 21,00 kr. pr. time, fordi rekrutteringen nu er dokumenteret.\n\n## Klagevejledning\n\nDu skal ikke klage igen. Vi har i dag sendt din klage til Ankestyrelsen, som tager stilling til resten.\n\nMed venlig hilsen\n\nNadia Holm\n`;
    assert.deepEqual(findings(letter('Genvurdering af afgørelse om administrationstilskud – delvis medhold'), 'klagevejledning'), []);
    // Without the reassessment in a title, a section on the complaint is guidance that must name the deadline.
    assert.ok(findings(letter('Afgørelse om administrationstilskud'), 'klagevejledning').length > 0);
  });

  it('reads hours beyond the law\'s own, a rate at its year\'s level and so many at a price each as no amount left unexplained', () => {
    const letter = (parts: string) =>
      `Kærbæk Kommune\nDato: 10. november 2025\n\nKære Camilla\n\nDu bad om 25 timers ledsagelse om måneden til Freja.\n\n## Afgørelse\n\n${parts}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nMarie Dahl\n`;
    const severities = (parts: string) => findings(letter(parts), 'beregning').map((f) => f.severity);
    assert.deepEqual(severities('Freja får 15 timers ledsagelse om måneden efter barnets lov § 89. Vi giver afslag på 10 timer, fordi loven fastsætter omfanget til 15 timer om måneden.'), []);
    assert.deepEqual(severities('Freja får 15 timers ledsagelse om måneden efter barnets lov § 89, og kommunen dækker ledsagerens udgifter med 948 kr. årligt (2022-niveau, reguleres hvert år). Vi giver afslag på 10 timer, fordi loven fastsætter omfanget til 15 timer om måneden.'), []);
    assert.deepEqual(severities('Freja får 15 timers ledsagelse om måneden efter barnets lov § 89. Vi giver afslag på 8 timer, fordi loven fastsætter omfanget til 15 timer om måneden.'), ['warning']);
    const arrears = (sum: string) =>
      `Kildemose Kommune\nDato: 5. december 2025\n\nKære Jens\n\nDu søgte om hjælp til en restance på 3.140 kr. efter aktivlovens § 81.\n\n## Afgørelse\n\nDu får afslag.\n\n## Oplysninger\n\n${sum}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nMarie Dahl\n`;
    assert.deepEqual(findings(arrears('Restancen dækker fire acontorater fra juli til oktober 2025 á 785 kr.'), 'beregning'), []);
    assert.equal(findings(arrears('Restancen dækker acontorater fra juli til oktober 2025, senest 785 kr.'), 'beregning')[0]?.severity, 'warning');
  });

  it('reads a relative clause that describes the child (», der ikke selv kan mærke lavt blodsukker,«) as no finding outside the target group', () => {
    const letter = (finding: string) =>
      `Østerlund Kommune\nDato: 2. juni 2025\n\nKære Sara\n\nDu har søgt om dækning af tabt arbejdsfortjeneste 37 timer om ugen. Du får 20 timer om ugen efter barnets lov § 87 i 6 måneder.\n\n## Begrundelse\n\nNoah har type 1-diabetes og bruger insulinpumpe. ${finding} Vi har lagt vægt på, at børnehaven ikke kan give insulin, og at du passer ham 20 timer om ugen: 4 timer hver dag.\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nMarie Dahl\n`;
    assert.deepEqual(findings(letter('Type 1-diabetes hos et barn på 5 år, der ikke selv kan mærke lavt blodsukker, er en indgribende kronisk lidelse.'), 'medicin'), []);
    assert.equal(findings(letter('Type 1-diabetes hos et barn på 5 år er ikke en indgribende kronisk lidelse.'), 'medicin')[0]?.severity, 'warning');
  });

  it('reads the party\'s own reason for applying and »Du får derfor afslag« as no argument of the authority\'s', () => {
    const letter = (application: string) =>
      `Åbjerg Kommune\n\n12. januar 2026\n\n**Afslag på el-plejeseng**\n\n${application}\n\nDu har hjerteinsufficiens. Ved hjemmebesøget den 18. december 2025 rejste du dig fra sengen uden hjælp, da du havde et sengebord at tage fat i.\n\nVi har vurderet sagen og er nået frem til, at betingelserne i servicelovens § 112 ikke er opfyldt. Du får derfor afslag.\n\nDu kan klage over afgørelsen. Klagen sendes til os inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer sagen, og fastholder vi afslaget, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nGitte Lauritsen\n`;
    assert.deepEqual(findings(letter('Du har den 3. december 2025 søgt om en elektrisk plejeseng, fordi du har svært ved at komme op om morgenen.'), 'hovedhensyn').map((f) => f.severity), ['information']);
  });

  it('reads »Der er ikke grundlag for at fravige kvalitetsstandarden« alone as the standard applied, and »vurderet, om der er grundlag for at fravige« as an assessment', () => {
    const letter = (assessment: string) =>
      `Vejlerup Kommune\nDato: 2. februar 2026\n\nKære Sofie\n\nDu har søgt om rengøring hver uge.\n\n## Afgørelse\n\nDu får rengøring hver anden uge efter ældrelovens § 10.\n\n## Begrundelse\n\nEfter kommunens kvalitetsstandard gives rengøring hver anden uge. ${assessment}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nMarie Dahl\n`;
    assert.ok(findings(letter('Der er ikke grundlag for at fravige kvalitetsstandarden.'), 'kvalitetsstandard').some((f) => f.severity === 'warning'));
    assert.deepEqual(findings(letter('Vi har vurderet, om der er grundlag for at fravige den i din situation, men du bor i en etværelses lejlighed og kan selv tørre støv af.'), 'kvalitetsstandard'), []);
  });

  it('hovedhensyn: »efter en samlet vurdering af sagens oplysninger« points at the facts and gives no reason for the conclusion', () => {
    const letter = (assessment: string) => `Åby Kommune\nDato: 12. februar 2025\n\nKære Emil\n\nVi har besluttet, at dit ophold på Ankerhus ophører den 31. marts 2025.\n\n## Sagens oplysninger\n\nAnkerhus skriver i en statusrapport af 9. januar 2025, at du laver mad selv tre dage om ugen, og at du går på FGU fire dage om ugen.\n\nDu fortalte ved mødet den 21. januar 2025, at du gerne vil have din egen lejlighed.\n\n## Vurdering\n\n${assessment}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Lykke\n`;
    const severities = (assessment: string) => findings(letter(assessment), 'hovedhensyn').map((f) => f.severity);
    assert.deepEqual(severities('Efter en samlet vurdering af sagens oplysninger finder kommunen, at du ikke længere har behov for et midlertidigt botilbud efter servicelovens § 107. Dit ophold ophører derfor den 31. marts 2025.'), ['warning']);
    assert.equal(severities('Efter en samlet vurdering finder kommunen, at du ikke længere har behov for et midlertidigt botilbud efter servicelovens § 107, fordi du nu selv laver mad og går i skole hver dag.').includes('warning'), false);
  });

  it('hovedhensyn: considerations that only restate what the law prescribes for everyone are none', () => {
    const letter = (weighed: string) => `Åby Kommune\nDato: 12. februar 2025\n\nKære Bo\n\nDu har søgt om flere timer socialpædagogisk støtte efter servicelovens § 85. Du får afslag.\n\n## Begrundelse\n\nDu har fortalt, at du har svært ved at åbne din post.\n\n${weighed}\n\nSamlet vurderer vi derfor, at dit behov fortsat dækkes af 3 timer om ugen.\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nSanne Lykke\n`;
    assert.equal(findings(letter('Vi har lagt vægt på, at støtten skal være nødvendig, og at hjælpen efter § 81 skal styrke den enkeltes egne muligheder.'), 'hovedhensyn').length, 1);
    assert.deepEqual(findings(letter('Vi har lagt vægt på, at din kontaktperson skal hjælpe dig med posten hver mandag.'), 'hovedhensyn'), []);
  });

  it('medicin: a matter the letter does not decide (»Den afgørelse er ikke omfattet af dette brev«) assesses no target group', () => {
    const letter = (sentence: string) => `Åby Kommune\nDato: 2. juni 2025\n\nKære Ole\n\nDu skal betale 4.200 kr. i merudgiftsydelse tilbage efter servicelovens § 164, fordi du ikke har brugt pengene til ridefysioterapi. Du tager medicin mod smerter. ${sentence}\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi den, sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.deepEqual(findings(letter('Vi satte ydelsen ned i maj. Den afgørelse er ikke omfattet af dette brev.'), 'medicin'), []);
    assert.equal(findings(letter('Vi vurderer, at du ikke er omfattet af personkredsen i servicelovens § 100.'), 'medicin').length, 1);
  });

  it('hovedhensyn: a finding in the party\'s favour is no bare assessment because its reason negates something (»…, fordi du ikke kan færdes sikkert«)', () => {
    const severities = findings(fixture('afslag-sel-100-i-maalgruppen-under-minimum.md'), 'hovedhensyn').map((f) => f.severity);
    assert.deepEqual(severities, ['information']);
  });
});

