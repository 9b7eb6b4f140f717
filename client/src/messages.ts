/**
 * The client's own texts in Danish and English. They follow the `afgoerelsestjek.locale` setting,
 * like the server's diagnostics, rather than VS Code's display language (vscode.l10n): there is no
 * Danish VS Code language pack, so a Danish case worker's VS Code runs in English, and the status
 * bar would otherwise speak English next to Danish diagnostics.
 */
import type { Locale } from '../../server/src/protocol';

const TEXTS = {
  letterChanged: {
    da: 'Afgørelsen blev ændret, før rettelsen kunne indsættes. Prøv igen.',
    en: 'The letter changed before the fix could be inserted. Try again.',
  },
  oneFinding: { da: '1 fund', en: '1 finding' },
  findings: { da: '{0} fund', en: '{0} findings' },
  statusTooltip: { da: 'Afgørelsestjek: klik for at åbne Problemer', en: 'Afgørelsestjek: click to open Problems' },
  statusTooltipLix: {
    da: 'Afgørelsestjek: LIX {0} (under 40 er let at læse). Klik for at åbne Problemer.',
    en: 'Afgørelsestjek: LIX {0} (under 40 is easy to read). Click to open Problems.',
  },
  notRecognised: { da: 'Ikke genkendt som afgørelse', en: 'Not recognised as a decision' },
  notRecognisedTooltip: {
    da: 'Afgørelsestjek tjekker kun afgørelser, og dette dokument blev ikke genkendt som en. Klik for at tjekke det som en afgørelse.',
    en: 'Afgørelsestjek checks decisions only, and this document was not recognised as one. Click to check it as a decision.',
  },
  checkAsLetterQuestion: {
    da: 'Dokumentet blev ikke genkendt som en afgørelse, så det er ikke tjekket. Skal det tjekkes som en afgørelse? Linjen »dokument: afgørelse« tilføjes øverst (front matter).',
    en: 'The document was not recognised as a decision, so it has not been checked. Check it as a decision? The line "dokument: afgørelse" is added at the top (front matter).',
  },
  checkAsLetter: { da: 'Tjek som afgørelse', en: 'Check as a decision' },
  checkingWorkspace: { da: 'Tjekker afgørelserne i arbejdsområdet', en: 'Checking letters in the workspace' },
  rulesTitle: { da: 'Afgørelsestjek: reglerne', en: 'Afgørelsestjek: the rules' },
  rulesPlaceholder: {
    da: 'Et flueben: reglen er slået til. Enter gemmer; bogen åbner reglens side.',
    en: 'Checked: the rule is on. Enter saves; the book opens the rule\'s page.',
  },
  readRule: { da: 'Læs reglen', en: 'Read the rule' },
  makingReport: { da: 'Laver rapporten over afgørelserne i arbejdsområdet', en: 'Making the report on the letters in the workspace' },
  reportTitle: { da: 'Afgørelsestjek: rapport', en: 'Afgørelsestjek: report' },
  reportWritten: { da: 'Rapporten er gemt som {0} i arbejdsområdet.', en: 'The report is saved as {0} in the workspace.' },
  reportFailed: { da: 'Rapporten kunne ikke laves: {0}', en: 'The report could not be made: {0}' },
  reportNeedsFolder: { da: 'Åbn mappen med afgørelserne først: rapporten dækker en mappe.', en: 'Open the folder with the letters first: the report covers a folder.' },
  workspaceChecked: { da: '{0} afgørelser tjekket, {1} fund.', en: '{0} letters checked, {1} findings.' },
} satisfies Record<string, Record<Locale, string>>;

export type TextKey = keyof typeof TEXTS;

/** The text under `key` in `locale`, with {0}, {1}… replaced by `args`. */
export function text(locale: Locale, key: TextKey, ...args: Array<string | number>): string {
  return TEXTS[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => (index in args ? String(args[Number(index)]) : whole));
}
