import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { Finding } from '../../server/src/core/rule';
import { ROOT } from './fixtures';

/**
 * The labelled corpus (test/corpus, copied unchanged from the shared corpus):
 * letters written by people who never saw the checker, with the rules that
 * must fire on each (labels.json) and why (NOTES.md). Scored per letter: a
 * labelled rule counts as found when it fires at least once.
 */
export const CORPUS_DIR = join(ROOT, 'test', 'corpus');
/** Ordinary Markdown files of our own (READMEs, notes, minutes, a blog post): none is a decision. */
export const ORDINARY_DIR = join(ROOT, 'test', 'not-letters');

interface LetterLabel {
  core?: string[];
  beyond?: string[];
  not_a_decision?: boolean;
}

interface Labels {
  core_rules: string[];
  beyond_rules: string[];
  letters: Record<string, LetterLabel>;
}

export interface RuleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when the rule never fired (nothing wrong was said). */
  precision: number;
  /** 1 when no letter needed the rule. */
  recall: number;
}

/** A finding on a letter where the labels say it should not be, or a label with no finding. */
export interface Disagreement {
  file: string;
  ruleId: string;
  kind: 'unexpected' | 'missed';
  /** The unexpected findings (severity and message); empty for a missed label. */
  findings: Finding[];
}

export interface CorpusScore {
  letters: number;
  core: Record<string, RuleScore>;
  beyond: Record<string, RuleScore>;
  /** The beyond rules' counts summed. */
  beyondTogether: RuleScore;
  /** Decision letters the content detection does not recognise. */
  undetected: string[];
  /** Documents that are not decisions and still get findings. */
  nonDecisionsWithFindings: Array<{ file: string; findings: Finding[] }>;
  /** Errors and warnings on letters labelled good (no rule should fire). */
  goodLetterComplaints: Array<{ file: string; finding: Finding }>;
  disagreements: Disagreement[];
}

export function readLabels(): Labels {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Labels;
}

export function corpusText(file: string): string {
  return readFileSync(join(CORPUS_DIR, 'letters', file), 'utf8');
}

export function ordinaryFiles(): Array<{ name: string; text: string }> {
  return readdirSync(ORDINARY_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(ORDINARY_DIR, name), 'utf8') }));
}

function score(tp: number, fp: number, fn: number): RuleScore {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Checks every corpus document as a folder walk or the editor does (content
 * detection decides whether it is a letter) and scores the findings against
 * the labels.
 */
export function scoreCorpus(): CorpusScore {
  const labels = readLabels();
  const rules = [...labels.core_rules, ...labels.beyond_rules];
  const counts = new Map(rules.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
  const result: CorpusScore = {
    letters: 0,
    core: {},
    beyond: {},
    beyondTogether: score(0, 0, 0),
    undetected: [],
    nonDecisionsWithFindings: [],
    goodLetterComplaints: [],
    disagreements: [],
  };
  for (const [file, label] of Object.entries(labels.letters)) {
    const checked = checkDocument(corpusText(file), { fileName: join(CORPUS_DIR, 'letters', file), config: DEFAULT_CONFIG });
    if (label.not_a_decision) {
      if (checked.findings.length > 0) result.nonDecisionsWithFindings.push({ file, findings: checked.findings });
      continue;
    }
    result.letters++;
    if (!checked.detection.isLetter) result.undetected.push(file);
    const expected = new Set([...(label.core ?? []), ...(label.beyond ?? [])]);
    if (expected.size === 0) {
      for (const finding of checked.findings) {
        if (finding.severity === 'error' || finding.severity === 'warning') result.goodLetterComplaints.push({ file, finding });
      }
    }
    for (const rule of rules) {
      const findings = checked.findings.filter((finding) => finding.ruleId === rule);
      const count = counts.get(rule)!;
      if (expected.has(rule) && findings.length > 0) count.tp++;
      else if (expected.has(rule)) {
        count.fn++;
        result.disagreements.push({ file, ruleId: rule, kind: 'missed', findings: [] });
      } else if (findings.length > 0) {
        count.fp++;
        result.disagreements.push({ file, ruleId: rule, kind: 'unexpected', findings });
      }
    }
  }
  for (const rule of labels.core_rules) {
    const c = counts.get(rule)!;
    result.core[rule] = score(c.tp, c.fp, c.fn);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const rule of labels.beyond_rules) {
    const c = counts.get(rule)!;
    result.beyond[rule] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  result.beyondTogether = score(tp, fp, fn);
  return result;
}

function row(rule: string, s: RuleScore): string {
  return `  ${rule.padEnd(24)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (${s.truePositives} right, ${s.falsePositives} wrong, ${s.falseNegatives} missed)`;
}

/** The score as a reviewer reads it: numbers first, then every letter the checker gets wrong, with its messages. */
export function formatScore(s: CorpusScore): string {
  const out: string[] = [`Corpus: ${s.letters} decision letters (test/corpus)`, '', 'Core rules:'];
  for (const [rule, rs] of Object.entries(s.core)) out.push(row(rule, rs));
  out.push('', 'Other labelled rules:');
  for (const [rule, rs] of Object.entries(s.beyond)) out.push(row(rule, rs));
  out.push(row('together', s.beyondTogether));
  out.push('', `Letters not detected: ${s.undetected.length}`);
  for (const file of s.undetected) out.push(`  ${file}`);
  out.push('', `Documents that are not decisions with findings: ${s.nonDecisionsWithFindings.length}`);
  for (const { file, findings } of s.nonDecisionsWithFindings) out.push(`  ${file}: ${[...new Set(findings.map((f) => f.ruleId))].join(', ')}`);
  out.push('', `Errors and warnings on good letters: ${s.goodLetterComplaints.length}`);
  for (const { file, finding } of s.goodLetterComplaints) out.push(`  ${file}: ${finding.severity} [${finding.ruleId}] ${finding.message}`);
  out.push('', `Disagreements with the labels: ${s.disagreements.length}`);
  for (const d of s.disagreements) {
    if (d.kind === 'missed') out.push(`  ${d.file}: missed [${d.ruleId}]`);
    else for (const f of d.findings) out.push(`  ${d.file}: unexpected ${f.severity} [${d.ruleId}] ${f.message}`);
  }
  return out.join('\n');
}
