import { readFrontMatter } from '../server/src/core/letter';
import { splitPlain } from '../server/src/core/plainMarkdown';

/** The share of the letters' characters that the fast path for plain Markdown builds without remark. */
export function fastPathShare(letters: readonly string[]): number {
  let built = 0;
  let total = 0;
  for (const text of letters) {
    const { body } = readFrontMatter(text);
    for (const segment of splitPlain(body, 0, body.length)) {
      if ('nodes' in segment) for (const node of segment.nodes) built += node.position!.end.offset! - node.position!.start.offset!;
    }
    total += text.length;
  }
  return built / total;
}
