import { tableCells, tableRows } from './markdown';

/** A column of a table whose items do not add up to its total row. */
export interface UnbalancedTotal {
  /** The items' sum and the total as written, in Danish notation. */
  sum: string;
  total: string;
  /** The total row, in text offsets. */
  totalStart: number;
  totalEnd: number;
}

/** The label of a total row: »I alt«, »Samlet«, »Total«, »Sum«, with nothing after it but a colon (no period: a total per month under weekly items is a conversion). */
const TOTAL_LABEL = /^(?:i[ \u00a0]+alt|samlet|total|sum)[ \u00a0]*:?$/iu;
/** The label of a subtotal among the items (»Rengøring i alt«, »Subtotal«): the sum of items above it, not one more to add. */
const SUBTOTAL_LABEL = /(?:^|[ \u00a0])(?:i[ \u00a0]+alt|(?:sub|mellem)?total)[ \u00a0]*:?$|^(?:sub|mellem)total/iu;
/** An item that takes away or converts (»Fradrag for almindelige udgifter«, »Heraf …«, »÷ egenbetaling«, »Pr. måned«): its sign or its period is not in the figure. */
const NOT_ADDED = /fradrag|fratræk|træk|minus|÷|heraf|egenbetaling|almindelig|modregn|refusion|omregn|^(?:pr\.?|om)[ \u00a0]*(?:året|år|måneden|måned|md|ugen|uge)/iu;
/** An item priced per unit (»2 sklerallinser á«, »Batterier, pr. stk.«): its count is not in the figure. */
const PER_UNIT = /(?<![\p{L}])(?:[áà]|(?:pr|per)\.?[ \u00a0]*(?:stk|styk))(?![\p{L}])/iu;
/** A cell that is one figure, perhaps bold and with its unit: »6,0«, »**9,0**«, »1.134 kr.«, »45 min.«. */
const ONE_FIGURE = /^(?:kr\.[ \u00a0]*)?(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?[ \u00a0]*(kr\.?|kroner|timer?|t\.?|min\.?|minutter|dage?|døgn)?$/iu;
/** The units of time a column may mix (»45 min.« over »I alt | 3 timer«): its figures are added in minutes. */
const MINUTES = /^min/iu;
const HOURS = /^t/iu;
/** How far a total may differ from its items for rounding: a hundredth of the total, at least 0.05. */
const ROUNDING = 0.01;

/** A note that the total is rounded: »afrundet«, »rundet op«, »oprundet«. */
const ROUNDED = /rundet|rundes/iu;
/** The step a rounded total was rounded to, read from the total itself: 1.200 to hundreds, 30 to tens, 7 to ones. */
const roundingStep = (total: number): number => (total % 100 === 0 ? 100 : total % 10 === 0 ? 10 : 1);

/** A cell's figure, and whether its unit is minutes or hours. */
function figure(cell: string): { value: number; minutes: boolean; hours: boolean } | undefined {
  const m = ONE_FIGURE.exec(cell);
  return m ? { value: parseFloat(`${m[1].replace(/\./g, '')}.${m[2] ?? '0'}`), minutes: MINUTES.test(m[3] ?? ''), hours: HOURS.test(m[3] ?? '') } : undefined;
}

const danish = (value: number): string => value.toLocaleString('da-DK', { maximumFractionDigits: 2 });

/**
 * The columns of a Markdown table whose items, each one figure, do not add up to the total row under them (»6,0«
 * and »1,0« over »I alt | 9,0«): a calculation shown only in part. Subtotals among the items are left out of the sum. Tables with an item that takes away, converts, is priced per unit or
 * is no single figure in the column are not summed: their arithmetic is not in the cells alone.
 */
export function unbalancedTotals(text: string): UnbalancedTotal[] {
  const lines = tableRows(text);
  const rows = lines.map(tableCells);
  const totalAt = rows.findIndex((cells, index) => index > 0 && TOTAL_LABEL.test(cells[0] ?? ''));
  // The header, two items at least, then the total.
  if (totalAt < 3) return [];
  const items = rows.slice(1, totalAt).filter((cells) => !SUBTOTAL_LABEL.test(cells[0] ?? ''));
  if (items.some((cells) => NOT_ADDED.test(cells[0] ?? '') || PER_UNIT.test(cells[0] ?? ''))) return [];
  const totalStart = text.indexOf(lines[totalAt]);
  const totalEnd = totalStart + lines[totalAt].trimEnd().length;
  // A total row that says it is rounded (»afrundet op til hele timer«, »rundet af til nærmeste 100 kr.«) may differ by less than its step.
  const rounded = rows[totalAt].some((cell) => ROUNDED.test(cell));
  const unbalanced: UnbalancedTotal[] = [];
  for (let column = 1; column < rows[totalAt].length; column++) {
    const totalCell = figure(rows[totalAt][column]);
    const cells = items.map((cells) => figure(cells[column] ?? ''));
    if (totalCell === undefined || cells.some((cell) => cell === undefined)) continue;
    const figures = [totalCell, ...(cells as Array<NonNullable<typeof totalCell>>)];
    // Minutes and hours in one column are added in minutes.
    const inMinutes = figures.some((cell) => cell.minutes) && figures.some((cell) => cell.hours);
    const valueOf = (cell: NonNullable<typeof totalCell>): number => (inMinutes && cell.hours ? cell.value * 60 : cell.value);
    const total = valueOf(totalCell);
    const sum = figures.slice(1).reduce((a, cell) => a + valueOf(cell), 0);
    const off = Math.abs(sum - total);
    if (rounded ? off >= roundingStep(total) : off > Math.max(0.05, ROUNDING * Math.abs(total))) unbalanced.push({ sum: danish(sum), total: danish(total), totalStart, totalEnd });
  }
  return unbalanced;
}
