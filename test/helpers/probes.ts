import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { ROOT } from './fixtures';

/**
 * The probe sets (test/probes): letters written, set by set on one theme, by sessions that had not seen the checker's
 * code. In each set `l*` are correct decisions, `d*` decisions with the one defect labels.json names, `n*` documents
 * that are not decisions. Scored as a folder walk scores them: content detection decides what is a letter.
 */
export const PROBES_DIR = join(ROOT, 'test', 'probes');

export interface ProbeScore {
  sets: number;
  correct: number;
  /** Correct letters with an error or a warning, each with the rules that gave them. */
  correctFlagged: string[];
  /**
   * Correct letters whose only error or warning is an unfilled placeholder (»[INDSÆT LEVERINGSDATO]«): the labels say
   * whether a letter is legally complete, and one can be while a template remnant is left in it, which `pladsholder`
   * is right to flag before it is sent (set 293 keeps one on purpose).
   */
  correctWithPlaceholder: string[];
  /** Correct letters content detection did not take for letters. */
  correctSkipped: string[];
  nonDecisions: number;
  nonDecisionsWithFindings: string[];
  defects: number;
  /** Defects whose labelled rule gave an error or a warning. */
  defectsFlagged: number;
  /** Defects whose labelled rule gave only information or a hint. */
  defectsInformation: string[];
  /** Defects whose labelled rule said nothing, or that were not taken for letters. */
  defectsMissed: string[];
}

const shown = (severity: string): boolean => severity === 'error' || severity === 'warning';

export function scoreProbes(): ProbeScore {
  const score: ProbeScore = { sets: 0, correct: 0, correctFlagged: [], correctWithPlaceholder: [], correctSkipped: [], nonDecisions: 0, nonDecisionsWithFindings: [], defects: 0, defectsFlagged: 0, defectsInformation: [], defectsMissed: [] };
  for (const set of readdirSync(PROBES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    score.sets++;
    const dir = join(PROBES_DIR, set);
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, string[]>;
    for (const file of readdirSync(dir).filter((name) => /^[ldn]\d/.test(name) && name.endsWith('.md')).sort()) {
      const path = join(dir, file);
      const name = `${set}/${file}`;
      const { detection, findings } = checkDocument(readFileSync(path, 'utf8'), { fileName: path, config: DEFAULT_CONFIG });
      if (file.startsWith('n')) {
        score.nonDecisions++;
        if (findings.length > 0) score.nonDecisionsWithFindings.push(`${name}: ${[...new Set(findings.map((f) => f.ruleId))].join(', ')}`);
      } else if (file.startsWith('l')) {
        score.correct++;
        const flagged = findings.filter((f) => shown(f.severity));
        const legal = flagged.filter((f) => f.ruleId !== 'pladsholder');
        if (!detection.isLetter) score.correctSkipped.push(name);
        else if (legal.length > 0) score.correctFlagged.push(`${name}: ${[...new Set(legal.map((f) => `${f.severity} [${f.ruleId}]`))].join(', ')}`);
        else if (flagged.length > 0) score.correctWithPlaceholder.push(name);
      } else {
        score.defects++;
        const labelled = findings.filter((f) => (labels[file] ?? []).includes(f.ruleId));
        if (labelled.some((f) => shown(f.severity))) score.defectsFlagged++;
        else if (labelled.length > 0) score.defectsInformation.push(`${name}: ${labels[file].join(', ')}`);
        else score.defectsMissed.push(`${name}: ${(labels[file] ?? []).join(', ')}${detection.isLetter ? '' : ' (not taken for a letter)'}`);
      }
    }
  }
  return score;
}

export function formatProbeScore(s: ProbeScore): string {
  const list = (items: string[]): string[] => items.map((item) => `  ${item}`);
  return [
    `Probe sets: ${s.sets} (test/probes), ${s.correct} correct letters, ${s.defects} with one defect, ${s.nonDecisions} not decisions`,
    `Correct letters with an error or a warning: ${s.correctFlagged.length}`, ...list(s.correctFlagged),
    `Correct letters whose only error or warning is an unfilled placeholder: ${s.correctWithPlaceholder.length}`, ...list(s.correctWithPlaceholder),
    `Correct letters not taken for letters: ${s.correctSkipped.length}`, ...list(s.correctSkipped),
    `Not decisions with findings: ${s.nonDecisionsWithFindings.length}`, ...list(s.nonDecisionsWithFindings),
    `Defects flagged as an error or a warning: ${s.defectsFlagged} of ${s.defects}`,
    `Defects flagged only as information: ${s.defectsInformation.length}`, ...list(s.defectsInformation),
    `Defects missed: ${s.defectsMissed.length}`, ...list(s.defectsMissed),
  ].join('\n');
}
