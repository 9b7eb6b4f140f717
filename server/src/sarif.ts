/** SARIF 2.1.0 output for code-scanning tools and review dashboards. */
import { pathToFileURL } from 'node:url';
import { DIRECTIVE_RULE, Finding, PARTLY_CHECKED_RULE, LineIndex, Locale, RULES, Severity, SourceRange, findingMessage, fixTitle } from './core';

/**
 * A finding as the command line's output shows it: its texts in the run's
 * language, and its fix only where the output shows fixes (SARIF). A JSON or
 * SARIF run keeps every file's findings until the end, copied from the worker
 * processes, so it keeps no more than this.
 */
export interface ShownFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  fix?: { title: string; range: SourceRange; text: string };
}

export function shownFinding(finding: Finding, locale: Locale, withFix: boolean): ShownFinding {
  const { ruleId, severity, range, fix } = finding;
  const shown: ShownFinding = { ruleId, severity, message: findingMessage(finding, locale), range };
  if (withFix && fix) shown.fix = { title: fixTitle(fix, locale), range: fix.edit.range, text: fix.edit.text };
  return shown;
}

export interface SarifFile {
  /** Path relative to `root`, as shown to the user. */
  file: string;
  /** Only positionAt is used (the CLI passes the positions a worker process computed). */
  lines: Pick<LineIndex, 'positionAt'>;
  findings: readonly ShownFinding[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function region(lines: Pick<LineIndex, 'positionAt'>, start: number, end: number) {
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

function artifactUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** The findings' texts are in `locale` already (shownFinding); the rules' are written in it here. */
export function toSarif(files: readonly SarifFile[], root: string, version: string, locale: Locale): unknown {
  const descriptors = [...RULES, DIRECTIVE_RULE, PARTLY_CHECKED_RULE];
  const index = new Map(descriptors.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'afgoerelsestjek',
          version,
          rules: descriptors.map((rule) => ({
            id: rule.id,
            shortDescription: { text: locale === 'en' ? rule.titleEn : rule.title },
            help: { text: rule.source.citation },
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            properties: { sources: rule.source.urls },
          })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).toString() } },
      columnKind: 'utf16CodeUnits',
      results: files.flatMap(({ file, lines, findings }) => findings.map((finding) => {
        const location = { uri: artifactUri(file), uriBaseId: 'SRCROOT' };
        const result: Record<string, unknown> = {
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId) ?? -1,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [{ physicalLocation: { artifactLocation: location, region: region(lines, finding.range.start, finding.range.end) } }],
        };
        const { fix } = finding;
        if (fix) {
          result.fixes = [{
            description: { text: fix.title },
            artifactChanges: [{
              artifactLocation: location,
              replacements: [{ deletedRegion: region(lines, fix.range.start, fix.range.end), insertedContent: { text: fix.text } }],
            }],
          }];
        }
        return result;
      })),
    }],
  };
}
