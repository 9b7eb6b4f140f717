import type { LetterModel } from './letter';

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** "12. marts 2025", "12.03.2025", "12-03-2025", "12/3 2025", "2025-03-12". Each alternative is linear. */
const DATE = /(?<![\p{L}\p{N}])(?:(\d{1,2})\.?[ \u00a0]+([\p{L}]{3,9})\.?[ \u00a0]+(\d{4})|(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{1,2})\/(\d{1,2})[ \u00a0]+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\p{N}])/gu;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1950 || year > 2200) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date written in `text`, as ISO strings in order. */
export function datesIn(text: string): string[] {
  const dates: string[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    let date: string | undefined;
    if (m[1]) {
      const month = MONTHS[m[2].toLowerCase()];
      date = month ? iso(+m[3], month, +m[1]) : undefined;
    } else if (m[4]) date = iso(+m[6], +m[5], +m[4]);
    else if (m[7]) date = iso(+m[9], +m[8], +m[7]);
    else date = iso(+m[10], +m[11], +m[12]);
    if (date) dates.push(date);
  }
  return dates;
}

const DATE_LINE = /^(?:dato|date|brevdato|afgørelsesdato)[ \t]*[:.]?[ \t]*(.*)$/imu;

/**
 * The letter's date: front matter `dato:`, else a "Dato: …" line, else the
 * latest date the letter mentions (a letter is at least as new as the dates in
 * it); undefined for an undated letter.
 */
export function letterDate(letter: LetterModel): string | undefined {
  const fromFrontMatter = letter.frontMatter['dato'] ?? letter.frontMatter['date'];
  if (fromFrontMatter) {
    const date = datesIn(fromFrontMatter)[0];
    if (date) return date;
  }
  for (const block of letter.blocks) {
    for (const line of block.text.split('\n')) {
      const m = DATE_LINE.exec(line.trim());
      const date = m ? datesIn(m[1])[0] : undefined;
      if (date) return date;
    }
  }
  const all = letter.blocks.flatMap((block) => datesIn(block.text));
  return all.length ? all.sort().pop() : undefined;
}
