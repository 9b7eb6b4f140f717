import type { Rule } from '../rule';
import type { Block } from '../markdown';
import type { LetterModel } from '../letter';
import { type PhraseMatch, insideAny } from '../phrases';
import { inSentenceWith, outsideSentencesWith, reasonWords, sentenceIndexAt } from '../elements';
import { insertAfter } from '../fixes';
import { textsOf } from '../messages';
import { decisionParagraphs, firstHitPerSentence, outsideAppealGuidance } from '../anchors';
import { cite } from '../catalogue';
import { letterAppealRoute } from '../appealRoute';

const say = textsOf('kvalitetsstandard');

export const kvalitetsstandard: Rule = {
  id: 'kvalitetsstandard',
  title: 'Kvalitetsstandard uden konkret og individuel vurdering',
  titleEn: 'Quality standard cited without a concrete, individual assessment',
  source: {
    citation: `${cite('FVL 24')} og forbuddet mod at sætte skøn under regel; Ankestyrelsen om kvalitetsstandarder`,
    urls: [
      'https://ast.dk/tilsynet/artikler/kvalitetsstandarder-2013-en-forventningsafstemning-mellem-borger-og-kommune',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/andre-forvaltningsretlige-grundsaetninger/skoen-under-regel-og-pligtmaessigt-skoen/',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    const decision = decisionParagraphs(letter);
    // Whether there is anything to report first: the hits are made only for a letter that has no assessment.
    // »Der er ikke grundlag for at fravige kvalitetsstandarden« alone says the standard was applied, not that the case was assessed.
    // Nor is the assessment someone else asks for (»FOA har anført, … at hjælpen skal gives efter en konkret vurdering«).
    if (!letter.has('qualityStandard', decision) || letter.has('individualAssessment', (block) => relevant(block)
      && letter.matchesIn(block, 'individualAssessment').some((match) => !insideAny(match, letter.matchesIn(block, 'individualAssessment.declined'))
        && !inSentenceWith(letter, block, match.start, 'othersSay')))) return [];
    // A decision on the general service level (opening hours of an offer, its places, its rates) applies the standard
    // to everyone by design: no individual assessment is owed there.
    if (letterAppealRoute(letter).route.id === 'generalServiceLevel') return [];
    // The standard that sets how granted help is used (saving hours up, cancelling a visit) is not the reason for the outcome.
    const citations = outsideSentencesWith(letter, letter.find('qualityStandard', decision), 'standard.termsOfUse');
    // The authority's own assessment, reasoned from the party's facts, may be the individual one without saying so:
    // something to check, not a defect to assert.
    const ownWords = assessesInOwnWords(letter, decision);
    return firstHitPerSentence(letter, citations).map(({ hit, sentence }) => {
      const fix = insertAfter(letter, hit.block, 'Individuel vurdering', say('fixInsert'), options);
      // The standard as a rule nothing can go beyond is the defect itself, whatever the letter assesses beside it.
      const binding = bindingWords(letter, hit.block, hit.textStart);
      if (binding) return { message: say('standardAsRule', { hit: hit.text, binding: binding.text }), range: sentence, fix };
      const toCheck = ownWords && !drawnFromStandard(letter, hit.block, hit.textStart);
      return {
        message: say(toCheck ? 'withoutAssessmentCheck' : 'withoutAssessment', { hit: hit.text }),
        range: sentence,
        fix,
        ...(toCheck ? { severityCap: 'information' as const } : {}),
      };
    });
  },
};

/**
 * Words that make the standard binding, in the sentence citing it (»Kvalitetsstandarden giver kun mulighed for …«)
 * or in the next when that one draws on it (»Der er derfor ikke mulighed for …«).
 */
function bindingWords(letter: LetterModel, block: Block, citedAt: number): PhraseMatch | undefined {
  const cited = sentenceIndexAt(letter, block, citedAt);
  return letter.matchesIn(block, 'standard.binding').find((match) => {
    const index = sentenceIndexAt(letter, block, match.start);
    return index === cited || (index === cited + 1 && inSentenceWith(letter, block, match.start, 'reason.consequence'));
  });
}

/**
 * Whether the next sentence draws the outcome from the standard (»Ifølge kvalitetsstandarden tilbydes bad én gang om
 * ugen. Du får derfor hjælp til bad én gang om ugen.«) and no other sentence of the paragraph, that one included, gives a fact or a reason:
 * the standard is the reason given for that outcome, whatever the letter assesses in its own words about other matters.
 */
function drawnFromStandard(letter: LetterModel, block: Block, citedAt: number): boolean {
  const cited = sentenceIndexAt(letter, block, citedAt);
  const sentenceOf = (match: PhraseMatch): number => sentenceIndexAt(letter, block, match.start);
  if (!letter.matchesIn(block, 'reason.consequence').some((match) => sentenceOf(match) === cited + 1)) return false;
  // A reason in the drawing sentence itself (»Vi giver dig bad tre gange om ugen, fordi du sveder«) is the case's own.
  const elsewhere = (matches: readonly PhraseMatch[]): boolean => matches.some((match) => sentenceOf(match) !== cited);
  return !elsewhere(letter.matchesIn(block, 'facts')) && !elsewhere(reasonWords(letter, block));
}

/**
 * Whether a paragraph of the decision assesses in the authority's own words ("Vi vurderer, at …") and gives the
 * party's facts or a reason beside it ("Du har fortalt, at …", "fordi du ikke selv kan …"), in sentences that do
 * not cite the quality standard.
 */
function assessesInOwnWords(letter: LetterModel, decision: (block: Block) => boolean): boolean {
  const outsideStandard = (block: Block, matches: readonly PhraseMatch[]): boolean =>
    matches.some((match) => !inSentenceWith(letter, block, match.start, 'qualityStandard'));
  // "Vi vurderer derfor, at …" after the standard's sentence draws on the standard: a concluding word gives no reason.
  // Considerations the letter weighs outside the standard's sentences: the assessment's own conclusion (»Det mener vi ikke: …
  // Rengøring hver anden uge er derfor nok«) then draws on the case, not on the standard.
  const weighs = letter.has('considerations', (block) => decision(block) && outsideStandard(block, letter.matchesIn(block, 'considerations')));
  const reasoned = (block: Block): boolean => outsideStandard(block, letter.matchesIn(block, 'facts')) || outsideStandard(block, reasonWords(letter, block))
    || (weighs && outsideStandard(block, letter.matchesIn(block, 'reason.consequence')));
  return letter.has('reason.ownAssessment', (block) => decision(block) && outsideStandard(block, letter.matchesIn(block, 'reason.ownAssessment')) && reasoned(block))
    // »Vi har bevilget 6 timers afløsning om ugen, fordi du selv er syg« right after the standard's 3 hours: a grant with its own reason.
    || letter.has('grant', (block) => decision(block) && letter.matchesIn(block, 'qualityStandard').length > 0
      && outsideStandard(block, letter.matchesIn(block, 'grant')) && outsideStandard(block, reasonWords(letter, block)));
}
