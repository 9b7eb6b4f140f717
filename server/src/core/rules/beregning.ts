import type { Block } from '../markdown';
import type { LetterModel } from '../letter';
import type { Report, Rule } from '../rule';
import type { LegalReference } from '../references';
import { addToReasons } from '../fixes';
import { outsideAppealGuidance } from '../anchors';
import { textsOf } from '../messages';

/** "1.250 kr.", "kr. 1.250", "1250 kroner", "3,5 timer", "3 timer". Each alternative is linear. */
const AMOUNT = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)[ \u00a0]*(?:kr\.?|kroner)(?![\p{L}])|(?<![\p{L}])kr\.[ \u00a0]*\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|(?<![\p{L}\p{N}.,])\d+(?:,\d)?[ \u00a0]+timer?(?![\p{L}])/giu;
const MONEY = /kr|kroner/i;

/** Merudgifter: BL § 86, formerly SEL § 41, adults SEL § 100. */
function isMerudgiftProvision(reference: LegalReference): boolean {
  if (reference.law === 'BL') return reference.paragraphs.includes('86');
  if (reference.law === 'SEL') return reference.paragraphs.includes('41') || reference.paragraphs.includes('100');
  return false;
}

interface Amount {
  block: Block;
  textStart: number;
  money: boolean;
  /** The figure as written: "1.250 kr." and "1.250 kr" count as one. */
  value: string;
}

function amountsInText(text: string): Array<Omit<Amount, 'block'>> {
  const amounts: Array<Omit<Amount, 'block'>> = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) amounts.push({ textStart: m.index, money: MONEY.test(m[0]), value: m[0].replace(/\D/g, '') });
  return amounts;
}

function amountsIn(letter: LetterModel, where: (block: Block) => boolean): Amount[] {
  const amounts: Amount[] = [];
  for (const block of letter.blocks) {
    if (block.kind !== 'paragraph' || !where(block)) continue;
    for (const amount of letter.memo(block, 'beregning.amounts', amountsInText)) amounts.push({ block, ...amount });
  }
  return amounts;
}

const say = textsOf('beregning');

export const beregning: Rule = {
  id: 'beregning',
  title: 'Beregningen bag beløb eller timer mangler',
  titleEn: 'The calculation behind an amount or hours is missing',
  source: {
    citation: 'forvaltningslovens § 24 (begrundelsen skal kunne forstås); Ankestyrelsens praksis om udmåling og kompensationsprincippet (barnets lov § 86, servicelovens § 100)',
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/86',
      'https://www.dukh.dk/Guides-og-Praksisnyt/@32/Praksisnyt-17---Kompensationsprincippet-',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    // Quoted law ("højst 34.055 kr. om måneden") is not the letter's own figure.
    const ownText = (block: Block): boolean => relevant(block) && !letter.inRole(block, 'regler');
    const amounts = amountsIn(letter, ownText);
    // Hours count only where the decision grants or limits them; money always.
    const decided = amounts.filter((a) => a.money || letter.find('notFullOutcome', (b) => b === a.block).length > 0);
    if (decided.length === 0) return [];
    // The finding sits on the decided figure, not on the figure applied for.
    const first = decided.find((a) => letter.inRole(a.block, 'afgoerelse')) ?? decided[0];
    const range = letter.sentenceAt(first.block, first.textStart);
    const fix = addToReasons(letter, first.block, 'Beregning', say('fixInsert'), options);

    // Three different figures (items and a total) are a calculation laid out, even without the word.
    const figures = new Set(amounts.map((a) => a.value)).size;
    const showsCalculation = letter.heading('beregning') !== undefined || letter.find('calculation', ownText).length > 0 || figures >= 3;
    const reports: Report[] = [];
    if (!showsCalculation) {
      reports.push({
        message: say('notShown'),
        range,
        fix,
      });
      return reports;
    }
    const aboutMerudgift = letter.references().some(isMerudgiftProvision) || letter.find('compensationContext', ownText).some((h) => /merudgift|kompensationsydelse/i.test(h.text));
    // Only a grant has a calculated merudgift; a refusal below the minimum amount needs no deduction.
    const grants = letter.find('grant', ownText).length > 0;
    if (aboutMerudgift && grants && decided.some((a) => a.money) && letter.find('ordinaryExpenses', ownText).length === 0) {
      reports.push({
        message: say('noDeduction'),
        range,
        fix,
      });
    }
    return reports;
  },
};
