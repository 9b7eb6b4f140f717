/**
 * Generates realistic decision letters for the benchmarks, deterministically
 * from a seed: Danish prose in the usual sections, with every rule's triggers
 * and their look-alikes (bare and named legal references, sloppy "§12, stk.3",
 * assessments with and without considerations, quality standards, appeal
 * guidance complete or not, «placeholders» and »quotes«), plus the Markdown
 * a case worker pastes: lists, quotes, emphasis, links, HTML comments,
 * character references, hard breaks, sometimes CRLF and front matter.
 *
 *   node out/bench/generate.js <folder> [count] [seed]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** About one printed page of letter text. */
export const PAGE_CHARS = 3000;

/** mulberry32: small, fast and good enough for test data. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const chance = (random: Random, p: number): boolean => random() < p;

const NAMES = ['Karen Nielsen', 'Jens Hansen', 'Mette Jørgensen', 'Søren Østergaard', 'Anne-Sofie Bæk', 'Ali Hassan', 'Lærke Møller'];
const SERVICES = [
  ['praktisk hjælp til rengøring', 'servicelovens § 83, stk. 1, nr. 2'],
  ['et hjælpemiddel (en el-kørestol)', 'servicelovens § 112, stk. 1'],
  ['merudgifter til voksne', 'servicelovens § 100'],
  ['ledsagelse', 'servicelovens § 97, stk. 1'],
  ['bil', 'servicelovens § 114, jf. § 112'],
  ['tabt arbejdsfortjeneste', 'barnets lovs § 87'],
  ['borgerstyret personlig assistance', 'servicelovens § 96'],
] as const;

const FACT_SENTENCES = [
  'Du har oplyst, at du har svært ved at gå længere end 100 meter på grund af smerter i hofterne.',
  'Din egen læge har den 12. marts 2025 beskrevet, at din lungefunktion er nedsat til ca. 45 % af det forventede.',
  'Ergoterapeuten har ved et hjemmebesøg den 3. april 2025 observeret, hvordan du klarer dagligdagens opgaver.',
  'Det fremgår af sagen, at du bor alene i en lejlighed på 2. sal uden elevator.',
  'Du har bl.a. fortalt, at din datter hjælper dig med indkøb hver anden uge, jf. din ansøgning.',
  'Vi har indhentet oplysninger fra hjemmeplejen, som har besøgt dig tre gange om ugen siden januar.',
  'Af speciallægeerklæringen fremgår det, at tilstanden er varig, dvs. at den ikke forventes at blive bedre.',
  'Du har i telefonen d. 5. maj sagt, at du pga. træthed ikke selv kan støvsuge eller vaske gulve.',
  'Kommunens sygeplejerske har vurderet dit behov for hjælp til personlig pleje efter funktionsevnemetoden.',
  'Du modtager i dag hjælp efter SEL 83 til rengøring hver 14. dag og tøjvask en gang om ugen.',
  'Oplysningerne er sendt til dig i partshøring den 20. maj 2025, og du har haft 14 dage til at svare.',
  'Du har oplyst, at dine udgifter til medicin udgør ca. 650 kr. om måneden, inkl. tilskud.',
  'Det fremgår af journalen, at du har diabetes, KOL og nedsat syn på begge øjne.',
  'Din kontaktperson har skrevet til os, at du har brug for støtte til at komme ud &amp; deltage i aktiviteter.',
  'Der er foretaget en ADL-vurdering, hvor du bl.a. blev bedt om at vise, hvordan du kommer ind og ud af sengen.',
];

const RULE_SENTENCES = [
  'Efter servicelovens § 83, stk. 1, skal kommunalbestyrelsen tilbyde personlig hjælp og pleje samt hjælp til nødvendige praktiske opgaver i hjemmet.',
  'Det følger af § 112, stk. 1, i lov om social service, at kommunen yder støtte til hjælpemidler til personer med varigt nedsat funktionsevne.',
  'Efter §§ 87-88 i serviceloven kan der ydes hjælp til særlige persongrupper.',
  'Vi har også lagt reglerne i retssikkerhedslovens § 5 til grund, jf. forvaltningslovens § 24.',
  'Ankestyrelsen har i principmeddelelse 62-17 udtalt sig om, hvornår en funktionsnedsættelse er varig.',
  'Reglerne står i § 41 og § 42 i serviceloven samt i bekendtgørelse nr. 1284 af 17. november 2015.',
  'SEL 44, jf. 84, giver mulighed for aflastning.',
  'Efter §12, stk.3 skal kommunen tage stilling til behovet.',
  'Hjælpen ydes efter paragraf 100 i serviceloven, og efter barnets lovs § 32, stk. 1, nr. 3.',
];

const REASON_SENTENCES = [
  'Vi vurderer, at du ikke har et varigt behov for hjælp til rengøring.',
  'Kommunen har vurderet, at din funktionsevne ikke er nedsat i et omfang, der giver ret til hjælpen.',
  'Det er vores vurdering, at et almindeligt hjælpemiddel kan afhjælpe dine vanskeligheder.',
  'Vi har lagt vægt på, at du selv kan klare lettere rengøring, når du tager pauser.',
  'Vi har i vores vurdering lagt særlig vægt på ergoterapeutens observationer ved hjemmebesøget.',
  'Vi har foretaget en konkret og individuel vurdering af din situation.',
  'Vi har ved vurderingen taget udgangspunkt i kommunens kvalitetsstandard for praktisk hjælp.',
  'Ifølge kommunens serviceniveau tilbydes rengøring hver 14. dag.',
  'Vi har derfor ikke mulighed for at imødekomme din ansøgning fuldt ud.',
  'Det betyder, at du får afslag på den del af ansøgningen, der handler om tøjvask.',
  'Vi har vurderet sagen ud fra oplysningerne fra din læge, &#230;ndringerne i din hverdag og dine egne oplysninger.',
];

const APPEAL_PARTS = {
  mention: 'Hvis du vil klage over afgørelsen, skal du gøre det skriftligt eller mundtligt.',
  deadline: 'Klagen skal være modtaget inden 4 uger fra den dag, du har fået afgørelsen.',
  lodging: 'Du skal sende klagen til os i kommunen, som genvurderer afgørelsen.',
  body: 'Hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen.',
};

function sentences(random: Random, pool: readonly string[], count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(random, pool));
  return out.join(' ');
}

/** Inline Markdown sprinkled over a paragraph without changing its words. */
function decorate(random: Random, paragraph: string): string {
  let text = paragraph;
  if (chance(random, 0.2)) text = text.replace(/(\p{L}{6,})/u, '**$1**');
  if (chance(random, 0.15)) text = text.replace(/ (\p{L}{5,}) /u, ' *$1* ');
  if (chance(random, 0.08)) text += ' Se [vejledningen](https://example.invalid/vejledning) om reglerne.';
  if (chance(random, 0.05)) text += ' <!-- intern note: tjek journalen -->';
  if (chance(random, 0.05)) text = text.replace('. ', '.  \n');
  if (chance(random, 0.04)) text += ' Skemaet hedder `ANS-112`.';
  if (chance(random, 0.04)) text = text.replace(/ /g, (s) => (chance(random, 0.02) ? '\u00a0' : s));
  return text;
}

function body(random: Random, pool: readonly string[], targetChars: number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetChars) {
    let paragraph: string;
    const kind = random();
    if (kind < 0.1) {
      paragraph = Array.from({ length: 2 + Math.floor(random() * 4) }, () => `- ${pick(random, pool)}`).join('\n');
    } else if (kind < 0.15) {
      paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) => `${i + 1}. ${pick(random, pool)}`).join('\n');
    } else if (kind < 0.19) {
      paragraph = `> ${sentences(random, pool, 2)}`;
    } else {
      paragraph = decorate(random, sentences(random, pool, 2 + Math.floor(random() * 4)));
    }
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs;
}

/** One letter of about `pages` pages. */
export function generateLetter(random: Random, pages: number): string {
  const name = pick(random, NAMES);
  const [service, basis] = pick(random, SERVICES);
  const target = pages * PAGE_CHARS;
  const parts: string[] = [];
  if (chance(random, 0.15)) parts.push(`---\ndokument: afgørelse\nsagsnr: 27.12.${Math.floor(random() * 1e4)}\n---`);
  parts.push(`# ${chance(random, 0.5) ? 'Afgørelse' : 'Svar'} om ${service}`);
  parts.push(`Dato: ${1 + Math.floor(random() * 28)}. maj 2025  \nSagsnr.: 27.12.${Math.floor(random() * 1e5)}`);
  parts.push(`Kære ${name}`);
  parts.push(`Du har søgt om ${service}. Vi har nu behandlet din ansøgning.`);

  const approval = chance(random, 0.08);
  parts.push(chance(random, 0.5) ? '## Afgørelse' : '**Vores afgørelse**');
  parts.push(approval ? 'Du får det, du har søgt om.' : `Vi har besluttet at give dig afslag på ${service}. ${chance(random, 0.3) ? 'Tak for din afgørelse om at søge.' : ''}`);

  parts.push(pick(random, ['## Sagens oplysninger', '## Oplysninger i sagen', '### Sagsfremstilling']));
  parts.push(...body(random, FACT_SENTENCES, target * 0.45));

  parts.push(pick(random, ['## Regler', '## Lovgrundlag', '## Retsgrundlag']));
  const rules = body(random, RULE_SENTENCES, Math.max(300, target * 0.15));
  if (chance(random, 0.7)) rules.unshift(`Afgørelsen er truffet efter ${basis}.`);
  else if (chance(random, 0.5)) rules.unshift('Afgørelsen er truffet efter § 83, stk. 1.');
  parts.push(...rules);

  parts.push(pick(random, ['## Begrundelse', '## Begrundelse for afgørelsen', '## Vores vurdering']));
  parts.push(...body(random, REASON_SENTENCES, target * 0.3));
  if (chance(random, 0.05)) parts.push('Vi har lagt vægt på «beskriv de hensyn, der var afgørende».');

  if (chance(random, 0.3)) {
    parts.push('## Partshøring');
    parts.push('Du har haft mulighed for at komme med bemærkninger til oplysningerne, jf. forvaltningslovens § 19.');
  }

  if (!chance(random, 0.1)) {
    parts.push(chance(random, 0.8) ? '## Klagevejledning' : '**Sådan klager du**');
    const guidance = Object.entries(APPEAL_PARTS).filter(([key]) => key === 'mention' || !chance(random, 0.15)).map(([, text]) => text);
    parts.push(guidance.join(' '));
    if (chance(random, 0.3)) parts.push('Du kan læse mere om klageadgang i retssikkerhedslovens §§ 66-67 og på ast.dk.');
  }
  parts.push(pick(random, ['Med venlig hilsen', 'Venlig hilsen']));
  parts.push(`${name.split(' ')[0]} Sørensen  \nSagsbehandler, Social og Sundhed`);
  const letter = parts.join('\n\n') + '\n';
  return chance(random, 0.1) ? letter.replace(/\n/g, '\r\n') : letter;
}

/** Page counts from 1 to 40: most letters a few pages, some long. */
export function pageCount(random: Random): number {
  const r = random();
  if (r < 0.7) return 2 + Math.floor(random() * 5);
  if (r < 0.95) return 6 + Math.floor(random() * 10);
  return 16 + Math.floor(random() * 25);
}

export const DEFAULT_SEED = 20250523;

export function generateCorpus(count: number, seed = DEFAULT_SEED): string[] {
  const random = randomSource(seed);
  const letters: string[] = [];
  for (let i = 0; i < count; i++) letters.push(generateLetter(random, i === 0 ? 1 : i === 1 ? 40 : pageCount(random)));
  return letters;
}

export function writeCorpus(folder: string, count: number, seed = DEFAULT_SEED): string[] {
  mkdirSync(folder, { recursive: true });
  return generateCorpus(count, seed).map((letter, i) => {
    const path = join(folder, `afgoerelse-${String(i).padStart(4, '0')}.md`);
    writeFileSync(path, letter);
    return path;
  });
}

// Only when run as a script, not when bundled into another benchmark.
if (require.main === module && /generate\.js$/.test(process.argv[1] ?? '')) {
  const [folder, count = '1000', seed = String(DEFAULT_SEED)] = process.argv.slice(2);
  if (!folder) {
    console.error('Brug: node out/bench/generate.js <mappe> [antal] [seed]');
    process.exit(2);
  }
  const paths = writeCorpus(folder, Number(count), Number(seed));
  console.log(`${paths.length} breve skrevet i ${folder}`);
}
