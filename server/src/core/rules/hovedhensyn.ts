import type { Report, Rule } from '../rule';
import type { Profile } from '../config';
import { addToReasons, insertAfter } from '../fixes';
import { QUANTITY, bareExtentJudgements, inSentenceWith, listLead, reasonWords, sentenceIndexAt, statesFactOfCase, substantiveReasons } from '../elements';
import type { Block } from '../markdown';
import { type Hit, type LetterModel, headingRole } from '../letter';
import { blockRange, decisionAnchor, decisionParagraphs, inBlockQuote, outsideAppealGuidance } from '../anchors';
import { figuresGrantedBelowApplied } from '../outcome';
import { textsOf } from '../messages';
import { cite } from '../catalogue';
import { type PhraseMatch, insideAny, overlapsAny } from '../phrases';
import { tableRows } from '../markdown';
import { negates, withoutReasons } from '../negation';

const say = textsOf('hovedhensyn');

/** Paragraphs of the decision that give reasons, from which a letter reasons in its own words. */
const MIN_REASONED_PARAGRAPHS = 2;

/** How many paragraphs of the decision give reasons. */
function reasonedParagraphs(letter: LetterModel): number {
  const decision = decisionParagraphs(letter);
  return letter.blocks.filter((block) => decision(block) && reasonsIn(letter, block)).length;
}

/**
 * A paragraph of conclusions only: an assessment in words ("Vi vurderer",
 * "Vi har vurderet") whose every sentence is an assessment, draws a
 * consequence ("Du kan derfor ikke få …") or states the decision or its
 * basis, and no reason besides. Not the
 * decision itself ("Vi har besluttet at nedsætte …", its own section's
 * paragraphs), which is a conclusion by nature.
 */
function onlyConclusions(letter: LetterModel, block: Block): boolean {
  return block.role !== 'afgoerelse' && conclusionsOnly(letter, block);
}

/** onlyConclusions from the paragraph's text alone, whatever section it stands in. */
function conclusionsOnly(letter: LetterModel, block: Block): boolean {
  // A table sets out what was assessed line by line (hours per activity, items granted or not), no bare conclusion.
  if (tableRows(block.text).length >= 2) return false;
  const decided = letter.matchesIn(block, 'decision.statement');
  const assesses = letter.matchesIn(block, 'assessment').some((word) => !insideAny(word, decided));
  if (!assesses || reasonsIn(letter, block)) return false;
  // »Afgørelsen er truffet efter servicelovens § 107.« before the assessment names the basis, not a reason.
  return letter.counts(block).sentences.every(({ start }) => (['assessment', 'reason.consequence', 'decision.statement'] as const).some((group) => inSentenceWith(letter, block, start, group)));
}

/**
 * Whether a paragraph gives reasons: facts, considerations, a word that gives
 * a reason ("fordi", "på grund af"), or one that concludes ("derfor") from a
 * sentence before it that is not itself the authority's assessment: »Du kan
 * ikke løfte tungt. Du er derfor omfattet.« reasons, »Vi har vurderet, at du
 * ikke er berettiget. Betingelserne er derfor ikke opfyldt.« does not.
 */
function reasonsIn(letter: LetterModel, block: Block): boolean {
  // »Efter en samlet vurdering af sagens oplysninger«, »på baggrund af oplysningerne ovenfor«: information pointed at,
  // not told, gives no reason, however the words that name the facts run into the pointer.
  const pointers = letter.matchesIn(block, 'facts.generic');
  // »Den nye lægeerklæring ændrer ikke ved denne vurdering«: the document is named, what it says is not.
  const told = (fact: PhraseMatch): boolean => !overlapsAny(fact, pointers) && !inSentenceWith(letter, block, fact.start, 'facts.changesNothing');
  if (letter.matchesIn(block, 'considerations').length > 0 || letter.matchesIn(block, 'facts').some(told)) return true;
  // »Du kan gå ca. 30 meter med to albuestokke«: a fact of the case in the letter's own words.
  if (statesFactOfCase(letter, block)) return true;
  if (reasonWords(letter, block).length > 0) return true;
  const concluding = letter.matchesIn(block, 'reason.consequence');
  return concluding.some((word) => {
    const index = sentenceIndexAt(letter, block, word.start);
    return index > 0 && !inSentenceWith(letter, block, letter.counts(block).sentences[index - 1].start, 'assessment');
  });
}

/**
 * Whether a conclusion opens what follows it (it ends in a colon), or the paragraph after it, in the same section and
 * not quoted, gives its reasons: »Vi vurderer, at du har en varigt nedsat funktionsevne.« as the lead of a section
 * whose next paragraph tells why is no bare assessment. A paragraph on the hearing (»Udtalelsen fra herberget blev
 * sendt til dig i partshøring …«) tells how the case was handled, not why it was decided so, unless it weighs.
 */
function reasonedNext(letter: LetterModel, block: Block): boolean {
  // "… og at I har nødvendige merudgifter til:" introduces the items below it.
  if (block.text.trimEnd().endsWith(':')) return true;
  const next = letter.blocks[block.index + 1];
  if (next === undefined || next.kind !== 'paragraph' || next.section !== block.section || inBlockQuote(letter, next)) return false;
  // A table after it sets out what the conclusion covers, item by item: the items' reasons follow the table.
  if (tableRows(next.text).length >= 2) return reasonsInSection(letter, next, 1);
  if (letter.matchesIn(next, 'hearing').length > 0) return letter.matchesIn(next, 'considerations').length > 0;
  return reasonsIn(letter, next);
}

/** Whether a paragraph of `from`'s section, walking away from it (step -1 back, 1 on), not quoted, gives reasons. */
function reasonsInSection(letter: LetterModel, from: Block, step: 1 | -1): boolean {
  for (let other = letter.blocks[from.index + step]; other?.kind === 'paragraph' && other.section === from.section; other = letter.blocks[other.index + step]) {
    if (!inBlockQuote(letter, other) && reasonsIn(letter, other)) return true;
  }
  return false;
}

/**
 * Whether a conclusion draws on the paragraphs before it in the same section (»Vi vurderer derfor, at …« after the
 * list of what applies to the party): its first sentence concludes, and one of them gives reasons.
 */
function reasonedBefore(letter: LetterModel, block: Block): boolean {
  if (listedReason(letter, block)) return true;
  const first = letter.counts(block).sentences[0];
  return first !== undefined && inSentenceWith(letter, block, first.start, 'reason.consequence') && reasonsInSection(letter, block, -1);
}

/**
 * Whether a block is one of the reasons a lead lists (»Vi har ikke bevilget stå-funktion, fordi:« over the items): the
 * lead gives reasons. An item may mention someone's assessment (»… som fysioterapeuten vurderer fungerer godt«) and
 * still be a reason.
 */
function listedReason(letter: LetterModel, block: Block): boolean {
  const lead = listLead(letter, block);
  return lead !== undefined && reasonsIn(letter, lead);
}

/** Sentences of the assessment that give a cause or draw a consequence, from which it is argued in the letter's own words. */
const ARGUED_SENTENCES = 2;

/**
 * Whether the assessment is argued in the letter's own words: enough of its sentences, outside the facts, the rules it
 * quotes and the hearing, give a cause (»fordi«, »da«) or draw a consequence that is not itself the assessment or the
 * decision (»Du kan derfor rejse dig selv fra en stol med armlæn«, not »Efter en samlet vurdering har vi derfor
 * besluttet …«). What it weighed is then in its arguments, if not under the words »lagt vægt på«.
 */
function arguedInOwnWords(letter: LetterModel): boolean {
  const decision = decisionParagraphs(letter);
  let argued = 0;
  for (const block of letter.blocks) {
    if (!decision(block) || letter.inRole(block, 'fakta') || letter.inRole(block, 'regler') || letter.inRole(block, 'partshoering')) continue;
    const sentences = new Set<number>();
    // The party's own reason for applying (»Du har søgt om en plejeseng, fordi du har svært ved …«) argues nothing of the authority's.
    for (const cause of letter.matchesIn(block, 'reason.cause')) {
      if (!inSentenceWith(letter, block, cause.start, 'appliedFor')) sentences.add(sentenceIndexAt(letter, block, cause.start));
    }
    for (const consequence of letter.matchesIn(block, 'reason.consequence')) {
      if (!inSentenceWith(letter, block, consequence.start, 'assessment') && !inSentenceWith(letter, block, consequence.start, 'decision.statement')) sentences.add(sentenceIndexAt(letter, block, consequence.start));
    }
    argued += sentences.size;
    if (argued >= ARGUED_SENTENCES) return true;
  }
  return false;
}

/**
 * Whether the reasons section exercises the discretion and gives no reason of its own: its paragraphs state the rule in
 * one sentence (»Kommunen skal efter servicelovens § 83 tilbyde madservice til personer, som på grund af …«) and the
 * assessment (»Visitationen vurderer, at du har behov for madservice 4 dage om ugen.«), none a fact, a consideration or
 * a cause. Facts listed in a section before it are then told, not weighed: the considerations are missing.
 */
function reasonsSectionUnreasoned(letter: LetterModel): boolean {
  // Without a reasons section, a decision section titled as the assessment too (»Afgørelse og vurdering«) is where the reasons stand.
  const assessedUnder = letter.heading('begrundelse') === undefined ? decisionTitlesAsAssessment(letter) : [];
  const reasons = letter.blocks.filter((block) => block.kind !== 'heading'
    && (assessedUnder.length > 0 ? assessedUnder.includes(block.section) : letter.inRole(block, 'begrundelse'))
    && !letter.inRole(block, 'fakta') && !letter.inRole(block, 'regler') && !letter.inRole(block, 'klagevejledning'));
  // The assessment in words (»Vi vurderer«), not every sign of discretion: a sum measured out (»650 kr. om måneden«) may be its own reason.
  const assesses = (block: Block): boolean => letter.matchesIn(block, 'assessment').length > 0;
  // A conclusion only in the party's favour needs no reasons (favourableOnly).
  if (!reasons.some((block) => assesses(block) && !favourableOnly(letter, block))) return false;
  const statesRule = (block: Block): boolean => letter.referencesIn(block).length > 0 && letter.counts(block).sentences.length === 1 && !assesses(block);
  return !reasons.some((block) => !statesRule(block) && (reasonsIn(letter, block) || listedReason(letter, block) || reasonsListed(letter, block)));
}

/** The indexes of the decision titles that also name the assessment (»4. Afgørelse og vurdering«, »Vores vurdering og afgørelse«). */
function decisionTitlesAsAssessment(letter: LetterModel): number[] {
  return letter.blocks.filter((block) => block.kind === 'heading' && block.role === 'afgoerelse' && letter.matchesIn(block, 'heading.begrundelse').length > 0)
    .map((heading) => heading.index);
}

/** An assessment that opens a list of its reasons (»Vi mener ikke, at en løftestol vil være en væsentlig hjælp for dig:« over the points). */
function reasonsListed(letter: LetterModel, block: Block): boolean {
  if (block.kind !== 'paragraph' || !block.text.trimEnd().endsWith(':') || letter.matchesIn(block, 'assessment').length === 0) return false;
  const next = letter.blocks[block.index + 1];
  return next !== undefined && listLead(letter, next) === block && !letter.inRole(block, 'klagevejledning');
}

/** A conclusion only in the party's favour (»Vi vurderer, at … er en indgribende kronisk lidelse. Hun er derfor i målgruppen.«): what it grants needs no reasons (FVL § 22). */
function favourableOnly(letter: LetterModel, block: Block): boolean {
  // A negation, or an extent set beside the favourable finding (»… finder vi, at 8 timer om måneden er passende«): that part needs its reasons.
  // The law's condition that a need »ikke kan dækkes på anden måde« is met, not refused nor measured out.
  const conditions = letter.matchesIn(block, 'notFullOutcome.condition');
  const outsideConditions = conditions.reduce((text, { start, end }) => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end), block.text);
  return letter.matchesIn(block, 'assessment.favourable').length > 0 && !negates(withoutReasons(outsideConditions))
    && !letter.matchesIn(block, 'extentJudged').some((extent) => !insideAny(extent, conditions)) && !QUANTITY.test(block.text);
}

/**
 * A paragraph that opens on a label of its own (»Støtteophold: Vi vurderer …«, »**Ekstra vask:** …«): one point of
 * several assessed under one title. At most six words before the colon, not opening on the party or the authority, and
 * not naming a part of the letter (»Begrundelse: Vi har lagt vægt på …« gives the reasons of the point above it).
 */
const POINT_LABEL = /^(?!(?:[Dd]u|I|[Dd]e|[Hh]an|[Hh]un|[Vv]i|[Kk]ommunen)(?![\p{L}]))\p{Lu}[\p{L}\p{N} ,\-–]{0,60}?:[ \t]+\S/u;
const MAX_POINT_LABEL_WORDS = 6;

function opensPoint(block: Block): boolean {
  const colon = block.text.indexOf(':');
  if (colon <= 0 || !POINT_LABEL.test(block.text)) return false;
  const label = block.text.slice(0, colon).trim();
  return label.split(/\s+/).length <= MAX_POINT_LABEL_WORDS && headingRole(label) === 'other';
}

/** Whether another paragraph of `block`'s point (its section, between the labels that open points) gives reasons. */
function pointReasoned(letter: LetterModel, block: Block): boolean {
  const reasoned = (other: Block) => !inBlockQuote(letter, other) && reasonsIn(letter, other);
  if (!opensPoint(block)) {
    for (let other = letter.blocks[block.index - 1]; other?.kind === 'paragraph' && other.section === block.section; other = letter.blocks[other.index - 1]) {
      if (reasoned(other)) return true;
      if (opensPoint(other)) break;
    }
  }
  for (let other = letter.blocks[block.index + 1]; other?.kind === 'paragraph' && other.section === block.section && !opensPoint(other); other = letter.blocks[other.index + 1]) {
    if (reasoned(other)) return true;
  }
  return false;
}

/**
 * From an assessment's words, a conclusion (»Vi vurderer ikke, at …«, »Det er vores vurdering, at …«), not what was
 * assessed (»Vi har vurderet hendes funktionsevne«). Sticky: read in place at the words.
 */
const CONCLUDES = /[^.!?:;]{0,50}?(?<![\p{L}])at(?![\p{L}])/uy;

function concludes(text: string, from: number): boolean {
  CONCLUDES.lastIndex = from;
  return CONCLUDES.test(text);
}

/** Parts of a letter that assess nothing of their own: what was found, the rules, the hearing, the calculation. */
const TOLD_ROLES = ['fakta', 'regler', 'partshoering', 'beregning'] as const;

/**
 * Where considerations are given for some points of a letter, the conclusions that stand bare in a point of their own
 * (»Støtteophold: Vi vurderer ikke, at støtteophold er nødvendigt.«): no reason in the point, none listed after it, not
 * only in the party's favour. Only after the facts or the reasons begin (a summary above them is answered below), and
 * only where another point of the assessment weighs considerations. The first discretion in each such paragraph.
 */
function barePoints(letter: LetterModel): Hit[] {
  const opening = letter.blocks.find((b) => b.kind === 'heading' && (b.role === 'fakta' || b.role === 'begrundelse'));
  if (opening === undefined) return [];
  const decision = decisionParagraphs(letter);
  const assessing = (block: Block) => decision(block) && block.index > opening.index && !TOLD_ROLES.some((role) => letter.inRole(block, role));
  // Another point weighs its considerations (not the law restated, nor the facts told).
  if (!letter.has('considerations', assessing)) return [];
  // What the paragraph's text alone tells is found again only for the blocks an edit changed: every keystroke asks.
  const bare = new Set(letter.blocksWhere('hovedhensyn.barePoint', (block) => block.kind === 'paragraph' && concludesBare(letter, block))
    .filter((block) => assessing(block) && block.role !== 'afgoerelse' && !listedReason(letter, block) && !pointReasoned(letter, block)));
  if (bare.size === 0) return [];
  const seen = new Set<Block>();
  return letter.find('discretion', (block) => bare.has(block)).filter((hit) => {
    if (seen.has(hit.block) || inSentenceWith(letter, hit.block, hit.textStart, 'assessment.open')) return false;
    seen.add(hit.block);
    return true;
  });
}

/** A paragraph's text that exercises discretion in an assessment that concludes, nothing but conclusions, not only in the party's favour. */
function concludesBare(letter: LetterModel, block: Block): boolean {
  return letter.matchesIn(block, 'discretion').some((hit) => !inSentenceWith(letter, block, hit.start, 'assessment.open'))
    && letter.matchesIn(block, 'assessment').some((word) => concludes(block.text, word.start))
    && !block.text.trimEnd().endsWith(':') && conclusionsOnly(letter, block) && !favourableOnly(letter, block);
}

export const hovedhensyn: Rule = {
  id: 'hovedhensyn',
  title: 'Hovedhensyn bag skønnet mangler',
  titleEn: 'Main considerations behind the discretion are missing',
  source: {
    citation: cite('FVL 24, stk. 1, 2. pkt.'),
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'http://www.kl.dk/Jura-og-forvaltning/Hvordan-skal-man-begrunde-en-afgorelse-pa-et-omrade-hvor-der-ikke-galder-skrevne-retsregler--id40970/?n=0&section=31275',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/andre-forvaltningsretlige-grundsaetninger/skoen-under-regel-og-pligtmaessigt-skoen/',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    if (substantiveReasons(letter, 'considerations', relevant)) {
      // Considerations for one point (who qualifies) leave a bare conclusion on another (how much) unexplained.
      // Information only: its reasons may stand elsewhere in the letter.
      const extents: Report[] = bareExtentJudgements(letter, decisionParagraphs(letter)).map((judgement) => ({
        message: say('extentUnexplained', { hit: judgement.text }),
        range: judgement.sentence,
        fix: insertAfter(letter, judgement.block, 'Hovedhensyn', say('fixInsert'), options),
        severityCap: 'information',
      }));
      // So do considerations for one point of several (one kind of help) for a bare conclusion on another.
      const points: Report[] = barePoints(letter).filter((hit) => !extents.some((extent) => extent.range.start <= hit.start && hit.start < extent.range.end)).map((hit) => ({
        message: say('pointUnexplained', { hit: hit.text }),
        range: letter.sentenceAt(hit.block, hit.textStart),
        fix: insertAfter(letter, hit.block, 'Hovedhensyn', say('fixInsert'), options),
        severityCap: 'information',
      }));
      return [...extents, ...points];
    }
    // »… hvor vi vurderer, om der fortsat er behov for hjælpen« asks a question for later: no discretion exercised there.
    const discretion = letter.find('discretion', decisionParagraphs(letter))
      .filter((hit) => !inSentenceWith(letter, hit.block, hit.textStart, 'assessment.open'));
    // »Der er ikke tale om et skøn«: a condition not met decides it, and no considerations are asked.
    if (letter.has('discretion.none', decisionParagraphs(letter))) return [];
    if (discretion.length === 0) return grantedBelowAppliedUnreasoned(letter, options);

    // An assessment that stands with nothing but its consequence ("Derfor …") is the defect: the finding sits there.
    const assessedBlocks = new Set(discretion.map((hit) => hit.block));
    const conclusions = [...assessedBlocks].filter((block) => onlyConclusions(letter, block));
    const bareBlocks = new Set(conclusions.filter((block) => !reasonedNext(letter, block) && !reasonedBefore(letter, block) && !favourableOnly(letter, block)));
    const bare = discretion.filter((hit) => bareBlocks.has(hit.block));
    // Else the finding sits on the first assessment in the reasons, else the first anywhere.
    const candidates = bare.length > 0 ? bare : discretion;
    const hit = candidates.find((h) => letter.inRole(h.block, 'begrundelse')) ?? candidates[0];
    const fix = addToReasons(letter, hit.block, 'Hovedhensyn', say('fixInsert'), options);
    const range = letter.sentenceAt(hit.block, hit.textStart);
    // Reasons in the letter's own words (facts, "fordi", "derfor" after facts) may carry the considerations
    // without naming them: something to check, not a defect to assert. So may a conclusion drawn from the
    // paragraphs around it (not bare, though it gives no reason itself).
    if (bare.length === 0 && (conclusions.length > 0 || reasonedParagraphs(letter) >= MIN_REASONED_PARAGRAPHS) && !reasonsSectionUnreasoned(letter)) {
      // An assessment argued in the letter's own words, sentence by sentence or point by point, gives its considerations.
      if (arguedInOwnWords(letter) || letter.blocks.some((block) => reasonsListed(letter, block))) return [];
      return [{ message: say('reasonsWithoutConsiderations', { hit: hit.text }), range, fix, severityCap: 'information' }];
    }
    return [{ message: say('missing', { hit: hit.text }), range, fix }];
  },
};

/**
 * Less granted than applied for (4 of 8 døgn, cleaning every other week for every week) with no word of an assessment
 * and no consideration: the extent is measured out by discretion all the same, and the letter does not say why. A
 * quality standard cited for it is kvalitetsstandard's finding; reasons argued in the letter's own words answer it, and
 * reasons given in a few paragraphs after the decision make it something to check.
 */
function grantedBelowAppliedUnreasoned(letter: LetterModel, options: Readonly<Profile>): Report[] {
  const decision = decisionParagraphs(letter);
  if (figuresGrantedBelowApplied(letter).length === 0 || letter.has('qualityStandard', decision)) return [];
  if (arguedInOwnWords(letter) || letter.blocks.some((block) => reasonsListed(letter, block))) return [];
  const anchor = decisionAnchor(letter);
  if (!anchor) return [];
  // Reasons given after the decision, in words that give a cause or weigh: facts alone and the application's own »fordi« say nothing of the extent.
  const reasoned = letter.blocks.filter((block) => block.index > anchor.index && decision(block) && !letter.inRole(block, 'fakta')
    && (reasonWords(letter, block).length > 0 || letter.matchesIn(block, 'considerations').length > 0)).length;
  return [{
    message: say('belowAppliedUnreasoned'),
    range: blockRange(anchor),
    fix: addToReasons(letter, anchor, 'Hovedhensyn', say('fixInsert'), options),
    ...(reasoned >= MIN_REASONED_PARAGRAPHS ? { severityCap: 'information' as const } : {}),
  }];
}
