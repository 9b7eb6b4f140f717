import catalogueData from '../../data/legal.json';

/**
 * The legal catalogue (server/data/legal.json): laws, provisions, provision
 * sets named by meaning, appeal routes and minimum amounts. Every entry
 * carries the URL it was checked against and how sure that check is; rules,
 * hover, completion, the grammar and the docs read the law from here.
 */
export type Confidence = 'confirmed' | 'probable' | 'uncertain';
export type LawId = string;

export interface Sourced {
  /** Where the entry was checked (docs/LEGAL-SOURCES.md says what it says). */
  source: string;
  confidence: Confidence;
}

export interface Law extends Sourced {
  id: LawId;
  title: string;
  /** "serviceloven": how messages name the law. */
  shortName: string;
  /** "servicelovens": how a reference names it before "§". */
  genitive: string;
  names: string[];
  abbreviations: string[];
  /** A provision of the law as messages show one by way of example: "§ 112, stk. 1". */
  example?: string;
  inForceFrom?: string;
  /** A generous upper bound: the law has no higher paragraph. */
  maxParagraph?: number;
}

export interface Successor {
  law: LawId;
  paragraph: string;
  /** How the successor is cited in messages: "§ 86", "§§ 82-83". */
  label: string;
  confidence: Confidence;
  /** False when the successor depends on the measure, so no reference can be rewritten mechanically. */
  rewrite?: boolean;
  source?: string;
}

export interface Provision extends Sourced {
  law: LawId;
  /** Normalised as the reference scanner writes it: "83", "32a". */
  paragraph: string;
  title: string;
  /** ISO dates. */
  inForceFrom?: string;
  inForceTo?: string;
  /** Where the provision went when it was repealed. */
  successor?: Successor;
  /** Where the help is for people covered by ældreloven (servicelovens § 2, stk. 5). */
  elderlySuccessor?: Successor;
  /** Hours the provision itself sets (servicelovens § 97: 15 timers ledsagelse om måneden): granted, they are not measured out. */
  fixedHours?: { amount: number; per: 'month' | 'week' };
  /** A benefit given a new name and new rules on a date; one granted before keeps the old rules until reassessed, by `transitionUntil`. */
  renamedBenefit?: RenamedBenefit;
}

export interface RenamedBenefit extends Sourced {
  /** ISO dates. */
  from: string;
  transitionUntil: string;
  oldName: string;
  newName: string;
  /** Where the transition is described. */
  transitionSource: string;
}

export type ProvisionSetId = keyof typeof catalogueData.provisionSets;

export interface ProvisionSet extends Sourced {
  description: string;
  /** "BL 86", "SEL 124-137" (a range), "FVL *" (the whole law). */
  members: string[];
  /** Where a set holds provisions by what they require, the part of each member that requires it ("BL 46" → "BL 46, stk. 1, 3. pkt."). */
  citations?: Readonly<Record<string, string>>;
}

/** How a decision is appealed: through the municipality's reassessment, directly to Ankestyrelsen, not at all, or outside the social area's rules (its details unknown here). */
export type AppealRouteKind = 'reassessment' | 'direct' | 'none' | 'other';
export type AppealRouteId = 'municipality' | 'childrenCommittee' | 'familyCourtPlacement' | 'leisureSupport' | 'generalServiceLevel' | 'partyAccess' | 'individualTransport' | 'declaredNotAppealable' | 'healthLaw' | 'specialEducation';

export interface AppealRoute extends Sourced {
  id: AppealRouteId;
  kind: AppealRouteKind;
  description: string;
  /** Catalogue keys, cited with cite(): "BL 142", "RSL 60, stk. 3". */
  citation: string;
  /** Who decides on this route, as letters name them (lower case). */
  decisionMakers: string[];
  /** What a decision on this route is about, as letters name it in a title or a deciding sentence (lower case): »aktindsigt«. */
  subjects?: string[];
  /** No deadline applies to the complaint (partsaktindsigt): the guidance need not name one, and one named is wrong. */
  noDeadline?: boolean;
  /** Provisions whose decisions take this route: "BL 47", "BL 35 stk. 3". */
  provisions: string[];
  /** Appeal bodies on a route outside the social rules whose deadline the law fixes: guidance that names the body names the deadline too. */
  bodyDeadlines?: { body: string; weeks: number; citation: string }[];
}

export interface Threshold extends Sourced {
  /** "BL 86". */
  provision: string;
  /** The subsection that sets it, where known. */
  stk?: string;
  /** The price level of the amount. */
  year: number;
  /** The date from which it applies, when not the first of January of `year` (a new scheme mid-year). */
  from?: string;
  amount: number;
  per: 'year' | 'month';
  /**
   * Set when the amount is the minimum of the kompensationsydelse (servicelovens § 100 and barnets lov § 86 from
   * 1 September 2025, L 201 2024-25): a standard amount a month once the expenses reach it, or the documented
   * expenses of certain kinds with a smaller standard amount; no longer a merudgift calculated item by item.
   */
  standardAmount?: number;
  /** The kompensationsydelse's smaller standard amount a month, added to the documented expenses (»gruppe 2«). */
  documentedSupplement?: number;
}

interface CatalogueFile {
  laws: Law[];
  provisions: Provision[];
  provisionSets: Record<ProvisionSetId, ProvisionSet>;
  appealRoutes: AppealRoute[];
  thresholds: Threshold[];
}

const catalogue = catalogueData as unknown as CatalogueFile;

export const LAWS: readonly Law[] = catalogue.laws;
export const PROVISIONS: readonly Provision[] = catalogue.provisions;
export const PROVISION_SETS: Readonly<Record<ProvisionSetId, ProvisionSet>> = catalogue.provisionSets;
export const APPEAL_ROUTES: readonly AppealRoute[] = catalogue.appealRoutes;
export const THRESHOLDS: readonly Threshold[] = catalogue.thresholds;

const LAW_BY_ID = new Map(LAWS.map((law) => [law.id, law]));
const PROVISION_BY_KEY = new Map(PROVISIONS.map((p) => [provisionKey(p.law, p.paragraph), p]));

export function provisionKey(law: LawId, paragraph: string): string {
  return `${law} ${paragraph}`;
}

export function lawById(id: LawId): Law | undefined {
  return LAW_BY_ID.get(id);
}

export function provision(law: LawId, paragraph: string): Provision | undefined {
  return PROVISION_BY_KEY.get(provisionKey(law, paragraph));
}

/** "serviceloven"; an unknown id as it is. */
export function lawName(law: LawId): string {
  return lawById(law)?.shortName ?? law;
}

/** "§ 32 a" from "32a". */
export function paragraphLabel(paragraph: string): string {
  return `§ ${paragraph.replace(/^(\d+)([a-h])$/, '$1 $2')}`;
}

/** Whether the paragraph number lies beyond the last paragraph of a law the catalogue knows. */
export function paragraphBeyondLaw(law: LawId, paragraph: string): boolean {
  const max = lawById(law)?.maxParagraph;
  return max !== undefined && parseInt(paragraph, 10) > max;
}

interface Member {
  law: LawId;
  from: number;
  to: number;
  /** An exact paragraph with a letter ("83a"), else undefined. */
  exact?: string;
  stk?: string;
}

/** "SEL 124-137", "FVL *", "SEL 83a", "BL 35 stk. 3". */
function parseMember(spec: string): Member {
  const m = /^(\S+) (?:(\*)|(\d+)([a-h]?)(?:-(\d+))?(?: stk\. (\d+))?)$/.exec(spec);
  if (!m) throw new Error(`Bad provision in legal.json: ${spec}`);
  if (m[2]) return { law: m[1], from: 0, to: Infinity };
  const from = parseInt(m[3], 10);
  return { law: m[1], from, to: m[5] ? parseInt(m[5], 10) : from, exact: m[4] ? m[3] + m[4] : undefined, stk: m[6] };
}

function memberMatches(member: Member, law: LawId | undefined, paragraph: string, stk?: string): boolean {
  if (member.law !== law) return false;
  if (member.stk !== undefined && member.stk !== stk) return false;
  if (member.exact !== undefined) return paragraph === member.exact;
  if (member.from === member.to && /[a-h]$/.test(paragraph)) return false;
  const n = parseInt(paragraph, 10);
  return n >= member.from && n <= member.to;
}

const SET_MEMBERS = new Map(Object.entries(PROVISION_SETS).map(([id, set]) => [id, set.members.map(parseMember)]));

/**
 * Answers by a key of three parts, each computed once: the catalogue is
 * fixed, and the rules ask it the same questions about every reference on
 * every keystroke. Nested maps, so that asking allocates nothing; emptied
 * when large (the keys come from letters).
 */
class Answers<A, B, C, T> {
  private readonly known = new Map<A, Map<B, Map<C, T>>>();
  private size = 0;

  constructor(private readonly compute: (a: A, b: B, c: C) => T) {}

  of(a: A, b: B, c: C): T {
    let byB = this.known.get(a);
    if (!byB) this.known.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    let answer = byC.get(c);
    if (answer === undefined) {
      if (++this.size > 10_000) {
        this.known.clear();
        this.size = 0;
      }
      byC.set(c, (answer = this.compute(a, b, c)));
    }
    return answer;
  }
}

const setAnswers = new Answers((set: ProvisionSetId, law: LawId | undefined, paragraph: string) =>
  (SET_MEMBERS.get(set) ?? []).some((member) => memberMatches(member, law, paragraph)),
);

/** Whether `law` § `paragraph` belongs to the named set. */
export function inSet(set: ProvisionSetId, law: LawId | undefined, paragraph: string): boolean {
  return setAnswers.of(set, law, paragraph);
}

const WHOLE_LAWS = new Map([...SET_MEMBERS].map(([set, members]) => [set, new Set(members.filter((m) => m.from === 0 && m.to === Infinity).map((m) => m.law))]));

/** Whether the set holds the whole law ("FVL *"). */
export function lawInSet(set: ProvisionSetId, law: LawId | undefined): boolean {
  return law !== undefined && (WHOLE_LAWS.get(set)?.has(law) ?? false);
}

/** A reference as far as the catalogue needs it: law, paragraphs and stk. */
export interface ReferenceKey {
  law?: LawId;
  paragraphs: readonly string[];
  stk?: string;
}

/** Whether any paragraph the reference names belongs to the set. */
export function referenceInSet(set: ProvisionSetId, reference: ReferenceKey): boolean {
  for (const paragraph of reference.paragraphs) if (inSet(set, reference.law, paragraph)) return true;
  return false;
}

/**
 * The member of a set that the reference names, where the set holds provisions by what they require (`citations`): the
 * member cited plainly and the part of it that requires (»barnets lov § 46« and »barnets lov § 46, stk. 1, 3. pkt.«).
 */
export function citedMember(set: ProvisionSetId, reference: ReferenceKey): { provision: string; citation: string } | undefined {
  const citations = PROVISION_SETS[set].citations;
  const paragraph = reference.paragraphs.find((p) => citations?.[`${reference.law} ${p}`] !== undefined);
  if (paragraph === undefined) return undefined;
  const key = `${reference.law} ${paragraph}`;
  return { provision: cite(key), citation: cite(citations![key]) };
}

/** Whether every paragraph the reference names belongs to the set. */
export function referenceWithinSet(set: ProvisionSetId, reference: ReferenceKey): boolean {
  for (const paragraph of reference.paragraphs) if (!inSet(set, reference.law, paragraph)) return false;
  return reference.paragraphs.length > 0;
}

/** A reference to procedure (forvaltningsloven, retssikkerhedsloven's procedural provisions), not to the help decided. */
export function isProcedural(reference: ReferenceKey): boolean {
  return lawInSet('procedure', reference.law) || referenceWithinSet('procedure', reference);
}

const ROUTE_MEMBERS = new Map(APPEAL_ROUTES.map((route) => [route.id, route.provisions.map(parseMember)]));

export function appealRoute(id: AppealRouteId): AppealRoute {
  const route = APPEAL_ROUTES.find((r) => r.id === id);
  if (!route) throw new Error(`No appeal route ${id} in legal.json`);
  return route;
}

/** The routes whose provisions name `law` § `paragraph` (stk. `stk`), asked as (law, stk, paragraph). */
const routeAnswers = new Answers((law: LawId | undefined, stk: string | undefined, paragraph: string): readonly AppealRoute[] =>
  APPEAL_ROUTES.filter((route) => (ROUTE_MEMBERS.get(route.id) ?? []).some((member) => memberMatches(member, law, paragraph, stk))),
);

/** The routes whose provisions the reference names (a route listing "BL 35 stk. 3" needs stk. 3). */
export function appealRoutesOf(reference: ReferenceKey): readonly AppealRoute[] {
  const { law, paragraphs, stk } = reference;
  if (paragraphs.length === 1) return routeAnswers.of(law, stk, paragraphs[0]);
  const named = new Set(paragraphs.flatMap((p) => routeAnswers.of(law, stk, p)));
  return APPEAL_ROUTES.filter((route) => named.has(route));
}

/**
 * "forvaltningslovens § 25; retssikkerhedslovens §§ 66-67" from "FVL 25; RSL 66-67":
 * citations in messages are written with catalogue keys and spelled out here,
 * so a rule names no law or paragraph the catalogue does not know.
 */
export function cite(keys: string): string {
  return keys.split(';').map((part) => {
    const m = /^\s*(\S+) (\d+[a-h]?)(?:-(\d+[a-h]?))?(.*)$/.exec(part);
    if (!m) throw new Error(`Bad citation key: ${part}`);
    const law = lawById(m[1]);
    if (!law) throw new Error(`Unknown law in citation: ${part}`);
    for (const paragraph of [m[2], m[3]]) if (paragraph && !provision(law.id, paragraph)) throw new Error(`Provision not in the catalogue: ${law.id} ${paragraph}`);
    const numbers = m[3] ? `§§ ${paragraphLabel(m[2]).slice(2)}-${paragraphLabel(m[3]).slice(2)}` : paragraphLabel(m[2]);
    return `${law.genitive} ${numbers}${m[4].trimEnd()}`;
  }).join('; ');
}

/** The date a minimum amount applies from. */
export const thresholdStart = (t: Threshold): string => t.from ?? `${t.year}-01-01`;

/**
 * The minimum amount for `provision` on the letter's date (ISO): the one that applies then, else the latest
 * earlier one (its year says which level it is), else the earliest known; without a date, the latest.
 */
export function threshold(provision: string, date: string | undefined): Threshold | undefined {
  const known = THRESHOLDS.filter((t) => t.provision === provision).sort((a, b) => thresholdStart(a).localeCompare(thresholdStart(b)));
  if (known.length === 0) return undefined;
  if (date === undefined) return known[known.length - 1];
  return [...known].reverse().find((t) => thresholdStart(t) <= date) ?? known[0];
}
