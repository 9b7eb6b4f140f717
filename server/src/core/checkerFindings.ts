import { render } from './messages';
import type { SourceRange } from './letter';
import type { Finding, Fix, LegalSource, Message, Rule, Severity } from './rule';

/**
 * A kind of finding about the checker's own reading rather than the law (a
 * disable comment that does nothing, a letter not fully checked): described
 * like a rule, for SARIF and the message catalogue, with the checker as its
 * source; its findings are made the same way for every kind.
 */
export interface CheckerFindingKind extends Pick<Rule, 'id' | 'title' | 'titleEn' | 'source' | 'defaultSeverity'> {
  finding(text: Message, range: SourceRange, fix?: Fix): Finding;
}

const CHECKER_SOURCE: LegalSource = { citation: 'Afgørelsestjek', urls: [] };

export function checkerFindingKind(id: string, title: string, titleEn: string, defaultSeverity: Severity): CheckerFindingKind {
  return {
    id,
    title,
    titleEn,
    source: CHECKER_SOURCE,
    defaultSeverity,
    finding: (text, range, fix) => ({ ruleId: id, severity: defaultSeverity, message: render(text, 'da'), text, range, ...(fix ? { fix } : {}) }),
  };
}
