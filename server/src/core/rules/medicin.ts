import type { Hit } from '../letter';
import type { Report, Rule } from '../rule';
import { addToReasons } from '../fixes';
import { decisionReferences, inSentenceWith, outsideSentencesWith, ownTreatmentAssessments } from '../elements';
import { outsideAppealGuidance, ownProse } from '../anchors';
import { textsOf } from '../messages';
import { LAWS, cite, referenceInSet, referenceWithinSet } from '../catalogue';
import { escapeRegExp } from '../references';
import { REASON_OPENS, negates } from '../negation';

const ASSESSMENT = /vurder|finder vi|mener vi|ikke omfattet|er omfattet|ikke har|har ikke|ikke er|er ikke|personkreds|målgruppe/i;
/** The law's condition restated (»Efter bestemmelsen …«, »For at et barn er omfattet af målgruppen, skal det …«), not the party assessed. */
const RESTATED_RULE = new RegExp(`^(?:efter (?:bestemmelsen|reglerne|§|${LAWS.map((law) => escapeRegExp(law.shortName)).join('|')})|det er en betingelse|betingelsen er|bestemmelsen|for at (?:et barn|en person|man|der)\\b)`, 'i');

const say = textsOf('medicin');

/** A negated doubt affirms: "Vi er ikke i tvivl om, at De er omfattet", "Der kan ikke være tvivl om …", "ingen tvivl om". */
const NO_DOUBT = /(?<![\p{L}])(?:ikke|ingen)(?:[ \u00a0]+(?:være|er|nogen|i))*[ \u00a0]+tvivl(?![\p{L}])/giu;

/** A negated change keeps the earlier finding: »Vi har ikke ændret vurderingen af, at du er omfattet«, »det har ikke ændret sig«. */
const NO_CHANGE = /(?<![\p{L}])(?:ikke|ingen)(?:[ \u00a0]+\p{L}+)?[ \u00a0]+(?:ændret|ændring)(?![\p{L}])/giu;

/** The sentence without the negations that affirm (no doubt, no change). */
function affirmingNegationsOut(sentence: string): string {
  return sentence.replace(NO_DOUBT, '').replace(NO_CHANGE, '');
}

/** A comparison with peers (»udgifter, som andre børn på samme alder ikke har«): its negation says nothing of the party. */
const PEERS = /(?:,[ \u00a0]*)?som[ \u00a0]+(?:andre|jævnaldrende)(?![\p{L}])[^,.;]*/giu;

/** The party said to be in the target group in so many words: »Liva er i målgruppen«, »Du er omfattet af personkredsen«. */
const AFFIRMS_INSIDE = /(?<![\p{L}])(?:er|hører)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:i|til|omfattet[ \u00a0]+af)[ \u00a0]+(?:mål|person)\p{L}*/iu;

/**
 * A clause of whether (»… en samlet vurdering af, om barnet samlet set er omfattet af målgruppen«, »hvorvidt du hører til
 * personkredsen«): the question asked, not the answer. »om at« opens no such clause.
 */
const WHETHER = /(?<![\p{L}])(?:om(?![ \u00a0]+at(?![\p{L}]))|hvorvidt)(?![\p{L}])[^,.;:]*/giu;

/** A clause of place or time (»i de timer, hvor børnehuset ikke kan …«, »når hun ikke er i skole«): its negation is not the finding. */
const PLACE_OR_TIME = /(?<![\p{L}])(?:hvor|når)(?![\p{L}])[^,.;]*/giu;

/** Whether a sentence's finding (its clause that names the target group) finds the party outside it. */
function findsOutside(finding: string): boolean {
  return negates(affirmingNegationsOut(finding).replace(PEERS, '').replace(PLACE_OR_TIME, '').replace(RELATIVE_CLAUSE, ','));
}

/** A relative clause set off by commas (»et barn på 5 år, der ikke selv kan mærke lavt blodsukker, er …«): it describes, its negation is not the finding. */
const RELATIVE_CLAUSE = /,[ \u00a0]*(?:der|som)(?![\p{L}])[^,.;]*,/giu;


/** The exception for treatment ("uden behandlingen ville barnet være akut livstruet") read into a diet. */
const EXCEPTION = /uden|akut|livstruet|risiko|væsentlig/iu;

function overlaps(a: Hit, b: Hit): boolean {
  return a.block === b.block && a.textStart < b.textEnd && b.textStart < a.textEnd;
}

export const medicin: Rule = {
  id: 'medicin',
  title: 'Personkredsvurderingen siger ikke, hvordan behandling er indregnet',
  titleEn: 'Target-group assessment does not say how treatment was taken into account',
  source: {
    citation: `${cite('BL 86-87')} (tidl. ${cite('SEL 41-42')}) og ${cite('SEL 100')}; Ankestyrelsens praksis om vurdering med og uden behandling (diæt: principmeddelelse 18-17)`,
    urls: [
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/86',
      'https://www.elov.dk/barnets-lov/paragraf/87/',
      'https://socialraadgiverne.dk/faglig-artikel/skal-foraeldres-udgifter-forebygge-boerns-helbredsproblemer-kompenseres/',
      'https://ast.dk/social/artikler/hjaelp-til-handicappede-og-aeldre/artikel-daekning-af-merudgifter-til-et-barn-med-laktoseintolerans-coliaki-eller-fodevareallergi',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    const aboutCompensation = decisionReferences(letter).some((r) => referenceInSet('compensation', r)) || letter.has('compensationContext', relevant);
    if (!aboutCompensation) return [];
    const prose = ownProse(letter);
    // An assessment of the target group, not the law's conditions restated ("Efter bestemmelsen dækkes …").
    const personkreds = letter.find('personkreds', prose).filter((hit) => {
      const { start, end } = letter.sentenceAt(hit.block, hit.textStart);
      const sentence = letter.source.slice(start, end);
      // A matter this letter does not decide (»Den afgørelse er ikke omfattet af dette brev«) assesses no target group.
      return ASSESSMENT.test(sentence) && !RESTATED_RULE.test(sentence.trim()) && !inSentenceWith(letter, hit.block, hit.textStart, 'matter.decidedElsewhere');
    });
    // Outside the target group by age alone (folkepension, 18 år), or the target group left undecided because the refusal
    // rests on something else, or no function assessed by the letter's own word (»Vi har derfor ikke vurderet din
    // funktionsevne«): no function was assessed, with or without treatment. (None at all: every() holds, and there
    // is nothing to ask either.)
    if (personkreds.every((hit) => inSentenceWith(letter, hit.block, hit.textStart, 'targetGroup.byAge')
      || inSentenceWith(letter, hit.block, hit.textStart, 'targetGroup.notAssessed')) || letter.has('targetGroup.functionNotAssessed', prose)) return [];
    const hit = personkreds.find((h) => letter.inRole(h.block, 'begrundelse')) ?? personkreds[0];
    const range = letter.sentenceAt(hit.block, hit.textStart);
    // Found in the target group ("Du er i målgruppen, fordi …"): how treatment was counted decides nothing against the
    // citizen, and a finding in the party's favour needs no reasons (FVL § 22). Nothing to ask.
    // By sentence start: its text, where its reason opens (0: none after the start), and whether all its target-group
    // words stand in that reason.
    const bySentence = new Map<number, { sentence: string; reasonAt: number; onlyInReason: boolean }>();
    for (const h of personkreds) {
      const { start, end } = letter.sentenceAt(h.block, h.textStart);
      const known = bySentence.get(start);
      const sentence = known?.sentence ?? letter.source.slice(start, end);
      const reasonAt = known?.reasonAt ?? (REASON_OPENS.exec(sentence)?.index ?? 0);
      bySentence.set(start, { sentence, reasonAt, onlyInReason: (known?.onlyInReason ?? true) && reasonAt > 0 && h.start - start > reasonAt });
    }
    const sentences = [...bySentence.values()];
    // The finding comes before its reason: »… har en indgribende kronisk lidelse, fordi SFO'en ikke kan …« finds the child in.
    // Unless the target group is named in the reason alone: »Vi giver afslag …, fordi Ella ikke er i den personkreds, …«.
    const findingOf = ({ sentence, reasonAt, onlyInReason }: (typeof sentences)[number]): string =>
      reasonAt === 0 ? sentence : onlyInReason ? sentence.slice(reasonAt) : sentence.slice(0, reasonAt);
    // »Liva er i målgruppen.« said outright settles it, whatever a clause of the next sentence negates.
    const inTargetGroup = sentences.every((s) => !findsOutside(findingOf(s)))
      || sentences.some(({ sentence }) => AFFIRMS_INSIDE.test(sentence.replace(WHETHER, '')) && !negates(affirmingNegationsOut(sentence)));
    if (inTargetGroup) return [];
    const dietWords = letter.find('diet', prose);
    // "Frida skal ikke følge en særlig diæt" names no diet.
    const diet = outsideSentencesWith(letter, dietWords, 'diet.none');
    // A diet is not medical treatment: its words are not read as treatment.
    // "Han får ikke medicin" names no treatment.
    // Nor into medicine named as an expense: "udgifter til smertestillende medicin".
    const medical = outsideSentencesWith(letter, outsideSentencesWith(letter, letter.find('treatment', prose), 'treatment.none'), 'treatment.expense')
      .filter((t) => !dietWords.some((d) => overlaps(t, d)));
    const assessed = ownTreatmentAssessments(letter, letter.find('treatmentAssessed', relevant));
    const reports: Report[] = [];
    // "Vurderet med behandlingen" about a diet alone says the same as "med diæten".
    const dietAssessed = letter.has('dietAssessedWith', relevant) || (medical.length === 0 && assessed.some((a) => !EXCEPTION.test(a.text)));
    // The diet rule is for conditions whose treatment is the diet (cøliaki, laktoseintolerans, fødevareallergi): a diet named
    // as an expense of another illness ("Diætkost" for a child with diabetes) asks nothing of the assessment.
    if (diet.length > 0 && !dietAssessed && letter.has('diet.condition', prose)) {
      // With a diet the function is assessed with the diet, full stop: the exception for treatment does not reach it.
      const exception = medical.length === 0 ? assessed.find((a) => EXCEPTION.test(a.text)) : undefined;
      reports.push({
        message: exception ? say('dietException', { diet: diet[0].text, exception: exception.text }) : say('dietNotAssessed', { diet: diet[0].text }),
        range,
        fix: addToReasons(letter, hit.block, 'Diæt', say('fixInsertDiet'), options),
      });
    }
    if (medical.length > 0 && assessed.length === 0) {
      // The exception for a child in acute danger comes from the children's rules: a letter about an adult is asked what it did.
      const compensating = decisionReferences(letter).filter((r) => referenceInSet('compensation', r));
      const adult = compensating.length > 0 && compensating.every((r) => referenceWithinSet('adultCompensation', r));
      reports.push({
        message: say(adult ? 'treatmentNotAssessedAdult' : 'treatmentNotAssessed', { treatment: medical[0].text }),
        range,
        fix: addToReasons(letter, hit.block, 'Medicinsk behandling', say('fixInsert'), options),
      });
    }
    return reports;
  },
};
