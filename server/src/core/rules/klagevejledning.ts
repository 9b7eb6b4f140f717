import type { Block } from '../markdown';
import type { LetterModel } from '../letter';
import type { Message, Report, Rule } from '../rule';
import type { Profile } from '../config';
import type { PhraseGroupId } from '../phrases';
import type { SnippetName } from '../snippets';
import { appendToSection, insertAfter, insertBeforeClosing } from '../fixes';
import { blockRange, decisionAnchor } from '../anchors';
import { textsOf } from '../messages';

const say = textsOf('klagevejledning');

interface Element {
  group: PhraseGroupId;
  snippet: SnippetName;
  message: Message;
  fixTitle: Message;
}

/** What appeal guidance must name (FVL § 25, stk. 1; RSL §§ 66-67), one finding and one fix each. */
const ELEMENTS: readonly Element[] = [
  {
    group: 'appeal.body',
    snippet: 'Klagevejledning: klageinstans',
    message: say('missingBody'),
    fixTitle: say('fixBody'),
  },
  {
    group: 'appeal.deadline',
    snippet: 'Klagevejledning: klagefrist',
    message: say('missingDeadline'),
    fixTitle: say('fixDeadline'),
  },
  {
    group: 'appeal.lodging',
    snippet: 'Klagevejledning: sådan klager du',
    message: say('missingLodging'),
    fixTitle: say('fixLodging'),
  },
];

/** The appeal guidance: its section if it has a heading, else the paragraphs that speak of appealing. */
function appealGuidance(letter: LetterModel): Block[] {
  const section = letter.sectionBlocks('klagevejledning');
  if (section.length > 0) return section;
  return [...new Set(letter.find('appeal.mention', (block) => block.kind === 'paragraph').map((hit) => hit.block))];
}

function missingGuidance(letter: LetterModel, options: Readonly<Profile>): Report[] {
  const anchor = decisionAnchor(letter);
  if (!anchor) return [];
  return [{
    message: say('missing'),
    range: blockRange(anchor),
    fix: insertBeforeClosing(letter, 'Klagevejledning', say('fixInsert'), options),
  }];
}

/** The profile's own appeal body or deadline ("Børne- og Ungeudvalget", "8 uger") counts as named too. */
function namedByProfile(element: Element, blocks: Block[], options: Readonly<Profile>): boolean {
  const own = element.group === 'appeal.body' ? options.appealBody : element.group === 'appeal.deadline' ? options.complaintDeadline : undefined;
  return own !== undefined && blocks.some((block) => block.text.toLowerCase().includes(own.toLowerCase()));
}

export const klagevejledning: Rule = {
  id: 'klagevejledning',
  title: 'Klagevejledning mangler eller er ufuldstændig',
  titleEn: 'Appeal guidance missing or incomplete',
  source: {
    citation: 'forvaltningslovens § 25; retssikkerhedslovens §§ 66-67',
    urls: [
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/klagevejledning/',
      'https://aktivsocialraadgiver.dk/klagevejledning-indhold-vejledning-og-domstolsproevelse/',
      'https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister',
      'https://www.3f.dk/fagforening/syg/klag-over-afgoerelse',
    ],
  },
  defaultSeverity: 'error',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const blocks = appealGuidance(letter);
    if (blocks.length === 0) return missingGuidance(letter, options);
    const inGuidance = new Set(blocks);
    const head = blocks[0];
    const last = blocks[blocks.length - 1];
    return ELEMENTS.filter((element) => letter.find(element.group, (block) => inGuidance.has(block)).length === 0 && !namedByProfile(element, blocks, options))
      .map((element) => ({
        message: element.message,
        range: blockRange(head),
        fix: head.kind === 'heading'
          ? appendToSection(letter, head, element.snippet, element.fixTitle, options)
          : insertAfter(letter, last, element.snippet, element.fixTitle, options),
      }));
  },
};
