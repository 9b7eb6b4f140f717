import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { detectLetter, letterSignals } from '../server/src/core/detect';
import { parseLetter } from '../server/src/core/letter';

function detect(text: string) {
  return detectLetter(parseLetter(text), '/breve/brev.md', DEFAULT_CONFIG);
}

const HEAD = 'Nordby Kommune\nVoksen og Handicap\n\nDato: 4. marts 2025\nSagsnr.: 27.12.04-G01-12-25\n\n';
const BODY = '\n\nDu har den 3. februar 2025 søgt om hjælp til indkøb. Vi har vurderet din ansøgning efter servicelovens § 83.\n\nMed venlig hilsen\n\nPia Holm\n';

describe('letter detection by weighing signals (detect.ts)', () => {
  const titled: Array<[string, string]> = [
    ['a plain title line', `${HEAD}Kære Ole Berg\n\nAfgørelse om hjælp til indkøb${BODY}`],
    ['an ALL CAPS title', `${HEAD}AFGØRELSE OM HJÆLP TIL INDKØB\n\nKære Ole Berg${BODY}`],
    ['a bold title merged with the next line', `${HEAD}**Afslag på hjælp til indkøb**\nKære Ole Berg${BODY}`],
    ['a numbered title', `${HEAD}Kære Ole Berg\n\n1. Afgørelse\n\nDu kan ikke få hjælp til indkøb.${BODY}`],
    ['a result title', `${HEAD}Kære Ole Berg\n\nSvar på din ansøgning om hjælp til indkøb${BODY}`],
    ['a title that grants', `${HEAD}Kære Ole Berg\n\n**Du får hjælp til indkøb hver uge**${BODY}`],
    ['a result sentence and no title', `${HEAD}Kære Ole Berg\n\nVi har besluttet at give dig hjælp til indkøb en gang om ugen.${BODY}`],
    // The sender's name as a heading, no title, and a section on the hearing after the salutation: no title names the letter.
    ['the sender as a heading and a hearing section after the salutation', `**NORDBY KOMMUNE**\n\nDato: 4. marts 2025\n\nKære Ole Berg\n\nDu får afslag på hjælp til indkøb efter servicelovens § 83.\n\n**Partshøring**\n\nDu har haft lægens udtalelse i høring.${BODY}`],
  ];
  for (const [name, text] of titled) {
    it(`recognises a letter with ${name}`, () => assert.equal(detect(text).isLetter, true, text));
  }

  const guidance = '\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\n\nPia Holm\n';
  const decidesOtherwise: Array<[string, string]> = [
    ['a repayment claim', `${HEAD}Kære Ole Berg\n\nDu har fået 6.400 kr. for meget i merudgiftsydelse. Kravet er rejst efter servicelovens § 164, fordi du ikke fortalte os, at du flyttede.${guidance}`],
    ['a repayment title', `${HEAD}**Du skal betale 6.400 kr. tilbage**\n\nKære Ole Berg\n\nDu fik merudgiftsydelse efter servicelovens § 100, mens du boede i Spanien.${guidance}`],
    ['what the municipality pays', `${HEAD}Kære Ole Berg\n\nTak for din ansøgning om ombygning af dit badeværelse. Kommunen betaler for en bredere dør og en bruseniche, i alt 64.000 kr., efter servicelovens § 116.${guidance}`],
    ['a wish granted in a pronoun (»Det har vi imødekommet«)', `${HEAD}Kære fru Berg\n\nDe ringede den 2. marts og bad om, at hjemmehjælpen holder pause, mens De er på ferie. Det har vi imødekommet. Hjælpen efter ældrelovens § 10 starter igen den 29. marts.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a full grant said in words, sent as a message', `Fra: Nordby Kommune, Hjælpemidler\nTil: Ole Berg (Digital Post)\nDato: 4. marts 2025\nEmne: Badebænk\n\nKære Ole\n\nDu får en badebænk efter servicelovens § 112. Du har fået det, du søgte om, og derfor er der ingen klagevejledning.\n\nMed venlig hilsen\n\nPia Holm\n`],
  ];
  for (const [name, text] of decidesOtherwise) {
    it(`recognises a letter that decides by ${name}`, () => assert.equal(detect(text).isLetter, true, text));
  }

  it('reads a level-1 heading after a title that names the decision as a section (Pandoc makes every Word heading level 1)', () => {
    const letter = (title: string) => `${HEAD}${title}\n\nKære Ole Berg\n\nVi har besluttet, at din hjælp til indkøb efter servicelovens § 83 stopper den 1. maj 2025.\n\n# Partshøring\n\nVi sendte dig terapeutens notat den 2. april, og du har svaret.\n\n# Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(letter('**[Afgørelse: Din hjælp til indkøb stopper]{.underline}**')).isLetter, true);
    // A hearing letter that names itself one still says so.
    assert.equal(detect(letter('# Partshøring – inden vi træffer afgørelse')).isLetter, false);
  });

  it('takes the kind of document a case system\'s field names (»Dokumenttype: Journalnotat«) as its title', () => {
    const note = (kind: string) => `ØSTBY KOMMUNE – ESDH\n${kind}\nSag: 27.36.04-G01-88-25 Boligindretning\nDato for notat: 14.05.2025\n\nBaggrund:\nBorger har søgt om en rampe ved bryggersdøren. Borger fik bevilget en kørestol efter servicelovens § 112 i februar.\n\nAftaler:\n- Bygningskonsulenten indhenter tilbud på rampen.\n`;
    assert.equal(detect(note('Dokumenttype: Journalnotat')).isLetter, false);
    assert.equal(detect(note('Dokumentart:  Notat')).isLetter, false);
    // The field that names a decision leaves the document to its other signals.
    assert.equal(detect(note('Dokumenttype: Afgørelse')).isLetter, true);
    // An e-mail's subject names it the same way.
    const mail = (subject: string) => `**Fra:** Østby Kommune <voksen@oestby.dk>\n**Sendt:** 3. marts 2026 11:26\n**Til:** Ahmad Jensen\n**Emne:** ${subject}\n\nKære Ahmad\n\nVi har besluttet at sætte din socialpædagogiske støtte efter servicelovens § 85 ned fra 8 til 5 timer om ugen fra den 1. april.\n\nVenlig hilsen\n\nLouise Brink\n`;
    assert.equal(detect(mail('SV: Partshøring - din socialpædagogiske støtte')).isLetter, false);
    assert.equal(detect(mail('Afgørelse om din socialpædagogiske støtte')).isLetter, true);
  });

  it('does not take a request for documents, with its consequence on a condition, for a decision', () => {
    const request = (consequence: string) => `${HEAD}Vedrørende din ansøgning om tabt arbejdsfortjeneste\n\nKære Nikolaj\n\nVi har modtaget din ansøgning af 20. oktober 2025 om tabt arbejdsfortjeneste. For at vi kan behandle den, beder vi dig sende os dine lønsedler for de sidste tre måneder.\n\n${consequence}\n\nVenlig hilsen\n\nSimone Holt\n`;
    assert.equal(detect(request('Hvis vi ikke får oplysningerne, kan vi blive nødt til at behandle din ansøgning på det grundlag, vi har.')).isLetter, false);
    // Said now, the limit decides.
    assert.equal(detect(request('Du får ikke tabt arbejdsfortjeneste for den tid, du allerede har været hjemme.')).isLetter, true);
  });

  it('does not take a receipt that forwards the party\'s inquiry to the acting municipality for a decision, but does an afvisning that forwards it', () => {
    const receipt = `${HEAD}Kvittering for din henvendelse\n\nKære Lone\n\nTak for din mail af 27. februar 2025, hvor du spørger om hjælp til rengøring og indkøb.\n\nDu bor hos din søster i en periode og bevarer din bopæl i Skive. Det betyder, at Skive Kommune er din handlekommune og skal tage stilling til en ansøgning om hjælp, jf. retssikkerhedslovens § 9, stk. 1.\n\nVi har derfor i dag sendt din mail videre til Skive Kommune efter forvaltningslovens § 7, stk. 2. Skive Kommune vil kontakte dig.\n\nHvis du allerede har fået bevilget praktisk hjælp fra Skive Kommune, kan du have ret til at få hjælpen her, mens du bor hos os. Ring til os, hvis det er tilfældet.\n\nVenlig hilsen\n\nOle Vinding\n`;
    assert.equal(detect(receipt).isLetter, false);
    const dismissal = `${HEAD}Kære Maria\n\nVi afviser at behandle ansøgningen om aflastning efter barnets lov § 90, fordi Nordby Kommune ikke længere er jeres handlekommune. Vi har derfor sendt jeres ansøgning videre til Fredericia Kommune.\n\nI kan klage over afvisningen til Ankestyrelsen. Klagen skal være modtaget hos Nordby Kommune inden 4 uger efter, at I har modtaget brevet.\n\nVenlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(dismissal).isLetter, true);
  });

  it('recognises a letter that calls itself information but reduces help', () => {
    const text = `${HEAD}Kære Ole Berg\n\n**Orientering om din rengøring**\n\nFra den 1. maj 2025 bliver din rengøring nedsat fra hver uge til hver anden uge, fordi byrådet har vedtaget et nyt serviceniveau.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(text).isLetter, true);
  });

  it('recognises a letter titled a decision that ends a stay and leaves the support after it to a decision of its own', () => {
    const text = `${HEAD}AFGØRELSE\n\nDit midlertidige ophold på Pilegården efter servicelovens § 107, stk. 2, nr. 2, ophører. Din sidste dag bliver den 1. juni 2025. Din støtte i den nye bolig bliver behandlet i en selvstændig afgørelse efter servicelovens § 85.\n\nVi holder møde med dig, før vi træffer afgørelse om støtten.\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(text).isLetter, true);
    assert.equal(detect(text.replace('AFGØRELSE\n\n', '')).isLetter, false, 'untitled, the letter that announces a decision is read as announcing this one');
  });

  it('recognises a letter that decides one part of a case and says another is still to be decided', () => {
    const guidance = '\n\n## Klagevejledning\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen.';
    for (const pending of [
      'Din ansøgning om en rollator behandler vi for sig, og der har vi endnu ikke truffet afgørelse.',
      'Inden vi træffer afgørelse om ledsagelse, vil vi tale med din hjemmevejleder.',
    ]) {
      const text = `${HEAD}Kære Ole Berg\n\n## Afgørelse\n\nDu får afslag på hjælp til indkøb. ${pending}${guidance}${BODY}`;
      assert.equal(detect(text).isLetter, true, pending);
      // Without its own decision section, or without the appeal deadline, the sentence speaks for the document.
      assert.equal(detect(text.replace('## Afgørelse\n\n', '')).isLetter, false, pending);
      assert.equal(detect(text.replace('inden 4 uger efter, at du har fået afgørelsen', 'hurtigt')).isLetter, false, pending);
    }
  });

  it('recognises a reassessment that changes the decision and forwards the rest of the complaint', () => {
    const text = `${HEAD}Kære Ole Berg\n\n## Ny afgørelse efter genvurdering\n\nVi har genvurderet sagen og giver dig nu hjælp til indkøb hver uge efter servicelovens § 83. Den del af din klage, der handler om rengøring, er sendt videre til Ankestyrelsen.\n\n## Klagevejledning\n\nDu kan klage over den nye afgørelse. Send klagen til os inden 4 uger efter, at du har fået afgørelsen.${BODY}`;
    assert.equal(detect(text).isLetter, true);
  });

  it('recognises a decision sent by e-mail to the party, also one that forwards an internal mail below it', () => {
    const decision = `${HEAD}Kære Ole Berg\n\nDu får afslag på hjælp til indkøb efter servicelovens § 83, fordi du selv handler på nettet.\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået brevet.${BODY}`;
    const toParty = `Fra: Pia Holm <ph@nordby.dk>\nTil: Ole Berg <ole.berg@mail.dk>\nEmne: Afgørelse om hjælp til indkøb\n\n${decision}`;
    assert.equal(detect(toParty).isLetter, true);
    const forwarding = `${toParty}\n\nFra: Eva Lund <el@nordby.dk>\nTil: Pia Holm <ph@nordby.dk>\n\nHej Pia, her er udkastet.\n`;
    assert.equal(detect(forwarding).isLetter, true);
  });

  it('recognises a letter that opens with a summary of its decisions, and a revurdering that changes help and gives a deadline', () => {
    const summary = `${HEAD}## RESUMÉ\n\n| Du har søgt om | Afgørelse |\n|---|---|\n| Rengøring hver uge | Bevilget hver 2. uge |\n\n# Afgørelse om praktisk hjælp\n\nKære Ole Berg\n\nDu får rengøring hver anden uge efter servicelovens § 83.\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået brevet.${BODY}`;
    assert.equal(detect(summary).isLetter, true);
    assert.equal(detect(summary.replace('# Afgørelse om praktisk hjælp', '# Om dine ydelser')).isLetter, false, 'a summary with no decision title');
    const revurdering = `Nordby Kommune\n\nDato: 4. marts 2026\n\nHej Henrik\n\nJytte har hidtil fået rengøring hver uge. Fra 1. juli får hun rengøring hver anden uge i stedet for hver uge efter servicelovens § 83.\n\nHvis I vil klage, skal klagen være modtaget hos os senest 4 uger efter, at du har fået brevet.\n\nMvh Lone\n`;
    assert.equal(detect(revurdering).isLetter, true);
  });

  it('recognises an easy-to-read letter that tells the decision as the hours the party gets, not help that goes on as it is', () => {
    const easy = `Brev fra Nordby Kommune\n\nDato: 4. marts 2025\n\nKære Ole\n\n- Du får 2 timer hjælp om ugen.\n- Før fik du 4 timer.\n\nDu får hjælpen efter § 85 i serviceloven.\n\nHvis du ikke er enig, kan du klage til Ankestyrelsen.\n\nHilsen\nPia Holm\n`;
    assert.equal(detect(easy).isLetter, true);
    assert.deepEqual(letterSignals(parseLetter(easy)).includes('decision'), true);
    // A time frame is no help, and help that goes on unchanged decides nothing.
    assert.equal(letterSignals(parseLetter(easy.replace('Du får 2 timer hjælp om ugen.', 'Du får ledsagelse 15 timer om måneden.'))).includes('decision'), true);
    for (const [from, to] of [['Du får 2 timer hjælp om ugen.', 'Du får svar inden 4 uger.'], ['Du får 2 timer hjælp om ugen.', 'Du får 2 timer hjælp om ugen som hidtil.'], ['Du får 2 timer hjælp om ugen.', 'Du får fortsat 2 timer hjælp om ugen.']]) {
      assert.equal(letterSignals(parseLetter(easy.replace(from, to).replace('- Før fik du 4 timer.\n', ''))).includes('decision'), false, to);
    }
  });

  it('recognises a grant told in plain words under a provision of the help\'s own law (»Maja får en fast kontaktperson efter barnets lov § 32«)', () => {
    const plain = (sentence: string) => `Højvang Kommune\n\nSag: FR-24-2291 · Dato: 9. oktober 2024\n\nKære Sanne og Mads\n\nI har søgt om en kontaktperson til Maja ved jeres ansøgning af 2. september 2024.\n\n${sentence}\n\nHvis I er uenige, kan I klage til os inden 4 uger.\n\nHilsen\nPia Holm\n`;
    assert.equal(letterSignals(parseLetter(plain('Maja får en fast kontaktperson efter barnets lov § 32, stk. 1, nr. 3.'))).includes('decision'), true);
    assert.equal(letterSignals(parseLetter(plain('Du får ledsagelse efter servicelovens § 97.'))).includes('decision'), true);
    // The basis of help named before, the rules of procedure, help that goes on: no grant.
    assert.equal(letterSignals(parseLetter(plain('Maja får hjælpen efter barnets lov § 32, stk. 1, nr. 3.'))).includes('decision'), false);
    assert.equal(letterSignals(parseLetter(plain('I får svar efter forvaltningslovens § 19.'))).includes('decision'), false);
    assert.equal(letterSignals(parseLetter(plain('Maja får fortsat en kontaktperson efter barnets lov § 32.'))).includes('decision'), false);
    // »i dag« is the help the party has now; »fra i dag« grants.
    assert.equal(letterSignals(parseLetter(plain('Maja får i dag en kontaktperson efter barnets lov § 32.'))).includes('decision'), false);
    assert.equal(letterSignals(parseLetter(plain('Du får i dag dækket kørsel efter servicelovens § 117 med 900 kr. om måneden.'))).includes('decision'), false);
    assert.equal(letterSignals(parseLetter(plain('Maja får fra i dag en kontaktperson efter barnets lov § 32.'))).includes('decision'), true);
  });

  it('takes the title under the letterhead, not the first section right below it (»# Tilskud til elcykel« then »## Resumé«)', () => {
    const letter = `# Nordby Kommune\n\nHjælpemiddelteamet · Skolegade 6\n\nTil: Marianne Holt\nSag nr.: 27.24.08-G01-804-25\nDato: 14. maj 2025\n\n# Tilskud til trehjulet elcykel\n\n## Resumé\n\nDu har søgt om 27.995 kr. Du får 11.900 kr.\n\nKære Marianne\n\n## Afgørelse\n\nDu får 11.900 kr. i tilskud efter servicelovens § 113, stk. 3. Du får afslag på resten.\n\n## Klagevejledning\n\nDu kan klage til os inden 4 uger. Vi vurderer afgørelsen igen og sender klagen til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(letter).isLetter, true);
  });

  it('does not read a decision into a relative clause that describes (»en leverandør, som kommunen har godkendt«)', () => {
    const information = `${HEAD}Kære Ole Berg\n\nDen 1. juli 2025 træder en ny lov i kraft. Du får den samme hjælp som i dag. Du kan fortsat vælge en privat leverandør, som kommunen har godkendt.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(letterSignals(parseLetter(information)).includes('decision'), false);
    assert.equal(letterSignals(parseLetter(information.replace('Du kan fortsat vælge en privat leverandør, som kommunen har godkendt.', 'Kommunen har godkendt din ansøgning om en ny leverandør.'))).includes('decision'), true);
  });

  it('reads a title in capitals under a letterhead of several blocks (»KVITTERING FOR MODTAGET ANSØGNING«)', () => {
    const receipt = `TÅRNHOLM KOMMUNE\n\nHjælpemidler og Boligindretning\n\nFru Bodil Lykke\nSøbakken 3\n\nDato: 3. marts 2026\nSagsnr.: 27.30.04-G01-0244-26\n\nKVITTERING FOR MODTAGET ANSØGNING\n\nKære Bodil Lykke\n\nTak for din ansøgning om en rollator efter servicelovens § 112. Vi har bevilget den første del af udredningen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(receipt).reason, 'declared');
  });

  it('does not take a letter that says it is for information only for a decision', () => {
    const orientation = `${HEAD}Kære Ole Berg\n\nDu får i dag merudgiftsydelse efter servicelovens § 100. Reglerne bliver ændret den 1. september 2025. Brevet er til orientering, og du skal ikke gøre noget.\n\nFør vi træffer en ny afgørelse, kontakter vi dig.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(orientation).isLetter, false);
  });

  it('does not take a template whose notes tell the case worker what to delete for a decision, though its placeholder for the guidance names the deadline', () => {
    const template = `# [Kommune]\n\nSagsnr.: [sagsnummer]\n\n## Afgørelse om [hjælpemiddel]\n\nKære [Fornavn]\n\nDu har den [dato] søgt om [hjælpemiddel]. Du får bevilget [hjælpemiddel] efter servicelovens § 112.\n\n## Klagevejledning\n\n[Indsæt standardteksten om klage: 4 uger, klage til kommunen, genvurdering, Ankestyrelsen.]\n\nMed venlig hilsen\n\n[Navn]\n\n---\n\n*Vejledning til sagsbehandleren: Slet alle kantede parenteser, før brevet sendes.*\n`;
    assert.equal(detect(template).isLetter, false);
    // The placeholder under a title line of its own, as pasted from Word.
    assert.equal(detect(template.replace('## Klagevejledning\n\n[', 'Klagevejledning\n[')).isLetter, false);
    // Its guidance written out while it greets no one yet (»Kære [Fornavn]«), it is still the template.
    const guidanceWritten = template.replace('[Indsæt standardteksten om klage: 4 uger, klage til kommunen, genvurdering, Ankestyrelsen.]', 'Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået afgørelsen.');
    assert.equal(detect(guidanceWritten).isLetter, false);
    // Addressed to the party, with its guidance written out, the note left behind does not hide the decision.
    const filled = guidanceWritten.replace('Kære [Fornavn]', 'Kære Ole');
    assert.equal(detect(filled).isLetter, true);
    // Addressed only by merge fields on the recipient's line (»«Borger_Fornavn» «Borger_Efternavn»«), it is the template too.
    const mergeFields = `<!-- SKABELON – udfyld alle felter -->\n\n${guidanceWritten.replace('Kære [Fornavn]', '«Borger_Fornavn» «Borger_Efternavn»\n«Adresse»\n\nKære borger')}`;
    assert.equal(detect(mergeFields).isLetter, false);
    // A comment that opens the file names it a template just as well, and does not hide a filled-in letter either.
    const commented = (text: string): string => `<!-- SKABELON – må ikke sendes uden udfyldning -->\n\n${text.replace(/\n---\n\n\*Vejledning[^\n]*\n/, '\n')}`;
    assert.equal(detect(commented(template)).isLetter, false);
    assert.equal(detect(commented(guidanceWritten)).isLetter, false);
    assert.equal(detect(commented(filled)).isLetter, true);
    // The note to the case worker in a comment anywhere, with the template's name only inside a word (»Skabelonbibliotek«).
    const noted = (text: string): string => `<!-- Nordby Kommune · Skabelonbibliotek -->\n\n${text.replace(/\n---\n\n\*Vejledning[^\n]*\n/, '\n<!-- Vejledning til sagsbehandler: Udfyld alle felter i [ ]. -->\n')}`;
    assert.equal(detect(noted(guidanceWritten)).isLetter, false);
    assert.equal(detect(noted(filled)).isLetter, true);
    // A comment that names the template after a word (»INTERN SKABELON«), and a merge field for the name on a line of its own.
    const merged = guidanceWritten.replace('Kære [Fornavn]\n', '«BORGER_NAVN»\n«ADRESSE»\n\nKære borger\n');
    assert.equal(detect(`<!-- INTERN SKABELON – udfyld alle felter -->\n\n${merged}`).isLetter, false);
    assert.equal(detect(`<!-- INTERN SKABELON – udfyld alle felter -->\n\n${merged.replace('«BORGER_NAVN»', 'Ole Berg')}`).isLetter, true);
    assert.equal(detect(`<!-- INTERN SKABELON – udfyld alle felter -->\n\n${merged.replace('«BORGER_NAVN»', '[FORNAVN EFTERNAVN]')}`).isLetter, false);
    // So does a quote box at the top whose first word is »SKABELON«, and it too leaves a filled-in letter a decision.
    const boxed = (text: string): string => `> **SKABELON** – afgørelse om hjælpemiddel, version 2\n\n${text.replace(/\n---\n\n\*Vejledning[^\n]*\n/, '\n')}`;
    assert.equal(detect(boxed(template)).isLetter, false);
    assert.equal(detect(boxed(guidanceWritten)).isLetter, false);
    assert.equal(detect(boxed(filled)).isLetter, true);
    // Or a line in italics that names it after a word, or a compound that ends in it.
    for (const line of ['*Nordby Kommune – Social og Sundhed*  \n*INTERN SKABELON · version 3 · godkendt 12.01.2026*', 'Nordby Kommune  \nBrevskabelon: afgørelse om hjælpemiddel']) {
      const named = (text: string): string => `${line}\n\n${text.replace(/\n---\n\n\*Vejledning[^\n]*\n/, '\n')}`;
      assert.equal(detect(named(guidanceWritten)).isLetter, false, line);
      // Filled in, it is a letter written from the template once it decides outright.
      assert.equal(detect(named(filled.replace('Du får bevilget [hjælpemiddel]', 'Vi har truffet afgørelse om din ansøgning. Du får bevilget en badebænk'))).isLetter, true, line);
    }
    assert.equal(detect(`[SKABELON – må ikke sendes med pladsholdere]\n\n${guidanceWritten.replace(/\n---\n\n\*Vejledning[^\n]*\n/, '\n')}`).isLetter, false, 'a title in brackets');
    // A letter greeting a party whose name is a placeholder, with no mark of a template, is a letter with a placeholder to fill.
    assert.equal(detect(guidanceWritten.replace(/\n---\n\n\*Vejledning[^\n]*\n/, '\n')).isLetter, true);
    // A letter that names the template it was written from further down is a decision.
    assert.equal(detect(`${filled}\nSkabelon: Hjælpemidler 4.1\n`).isLetter, true);
  });

  it('recognises a decision in the old formal style: »Hr. …« as the greeting, »ikke kan imødekomme« as the decision', () => {
    const formal = `NORDBY KOMMUNE\nVoksen og Handicap\n\nAngående: Ansøgning om ledsageordning\n\nHr. Berg,\n\nKommunen har modtaget Deres ansøgning af 1. oktober 2025 om ledsagelse efter servicelovens § 97.\n\nDet meddeles Dem herved, at kommunen ikke kan imødekomme Deres ansøgning.\n\nDe kan klage over afgørelsen til Nordby Kommune inden 4 ugger.${BODY}`;
    assert.equal(detect(formal).isLetter, true);
    assert.ok(letterSignals(parseLetter(formal)).includes('salutation'));
    assert.ok(letterSignals(parseLetter(formal)).includes('decision'));
  });

  it('reads what the appeal guidance says will happen to a complaint as no declaration of what the document is', () => {
    const decision = `${HEAD}Kære Ole Berg\n\nDu får afslag på hjælp til indkøb efter servicelovens § 83, fordi du selv handler på nettet.\n\n## Klagevejledning\n\nDu kan klage til kommunen, som genvurderer afgørelsen og ellers sender klagen til Ankestyrelsen. Du får besked, når klagen er sendt videre.${BODY}`;
    assert.equal(detect(decision).isLetter, true);
  });

  it('recognises a case-system export that sets its head in a fenced block with dotted leaders', () => {
    const exported = '## NORDBY KOMMUNE · Træning\n### Afgørelse om vedligeholdelsestræning\n\n```\nBorger ......... Ole Berg\nSagsnr. ........ NOR-TR-2025-0845\n```\n\nDu får holdtræning 1 gang om ugen efter ældreloven. Du får ikke individuel træning i hjemmet.\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået brevet.\n';
    assert.equal(detect(exported).isLetter, true);
    // An internal note with its head fenced the same way says it decides nothing.
    const note = '```\nNORDBY KOMMUNE – OMSORGSJOURNAL\nBorger: Ole Berg, CPR 061139-XXXX\n```\n\nForeløbig faglig vurdering (ikke afgørelse): Ole er i målgruppen for ældreloven og kan få hjælp til bad.\n\nDer er ikke truffet afgørelse om hjælp.\n';
    assert.equal(detect(note).isLetter, false);
  });

  it('recognises a decision titled in capitals under the letterhead', () => {
    const decision = `NORDBY KOMMUNE\nVoksen og Handicap\n\nAFGØRELSE OM HJÆLP TIL INDKØB\n\nDato: 4. marts 2025\n\nKære Ole Berg\n\nDu får afslag på hjælp til indkøb efter servicelovens § 83, fordi du selv handler på nettet.\n\nDu kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået brevet.${BODY}`;
    assert.equal(detect(decision).isLetter, true);
  });

  it('recognises letters in plain house styles: guidance titled after the signature, a decision title over a part that is not decided, "Hej" and "Hilsen"', () => {
    const guidance = 'Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har fået brevet.';
    // The only heading heads the guidance after the signature: it is no title of the document.
    const afterSignature = `${HEAD}Dit tilbud stopper\n\nKære Ole Berg\n\nVi har besluttet, at dit tilbud efter servicelovens § 104 stopper den 31. januar 2027.\n\nMed venlig hilsen\n\nPia Holm\n\n**Vejledning om klage**\n\n${guidance}\n`;
    assert.equal(detect(afterSignature).isLetter, true);
    // Titled a decision, it may say of one part that it is no decision.
    const part = `${HEAD}AFGØRELSE OM ANBRINGELSE\n\nKære Anne og Jonas Friis\n\nVictor bliver anbragt uden for hjemmet efter barnets lov § 46. Samværet har vi aftalt med jer, og det er derfor ikke en afgørelse.\n\n${guidance}${BODY}`;
    assert.equal(detect(part).isLetter, true);
    assert.equal(detect(part.replace('AFGØRELSE OM ANBRINGELSE\n\n', '')).isLetter, false, 'without the title the sentence speaks for the document');
    // "Hej" and "Hilsen", a date line that Markdown reads as a list item, "Sag: …".
    const plain = `Skive Kommune\n\n2. december 2026\nSag: 26/6601\n\nHej Mikkel\n\nAfgørelse: Din støtte efter servicelovens § 85 stopper den 28. februar 2027.\n\n${guidance}\n\nHilsen\n\nSofie Damgaard\n`;
    assert.equal(detect(plain).isLetter, true);
    const signals = letterSignals(parseLetter(plain));
    for (const signal of ['salutation', 'closing', 'referenceBlock'] as const) assert.ok(signals.includes(signal), signal);
  });

  const notDecisions: Array<[string, string]> = [
    ['a receipt', `${HEAD}**Vi har modtaget din ansøgning**\n\nKære Ole Berg\n\nTak for din ansøgning om hjælp til indkøb efter servicelovens § 83. Hvis du ikke får fuldt medhold, får du en begrundelse.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['an invitation', `${HEAD}Kære Ole Berg\n\nVi vil gerne besøge dig tirsdag den 11. marts kl. 10. Efter besøget vurderer vi, om du kan få hjælp. Du får vores afgørelse skriftligt.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a hearing letter with a quoted draft', `${HEAD}Kære Ole Berg\n\nInden vi træffer afgørelse, kan du kommentere vores udkast:\n\n> Du får afslag på hjælp til indkøb efter servicelovens § 83.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a journal note', `JOURNALNOTAT\n\nSagsnr.: 27.12.04-G01-12-25\n\nBorger ønsker hjælp til indkøb (SEL § 83). Foreløbig vurdering: afslag.\n`],
    ['a job reply from a company', 'Svar på din ansøgning\n\nKære Sara\n\nTak for din ansøgning. Vi har desværre valgt en anden kandidat.\n\nMed venlig hilsen\n\nKarin\n'],
    ['an order to the provider of the help', `${HEAD}Til: Hjemmeplejen Syd (leverandør)\n\nOrdre på hjælp til indkøb\n\nBorger: Ole Berg\n\nVi har bevilget borgeren hjælp til indkøb efter servicelovens § 83 en gang om ugen. Du får afslag er meddelt borgeren.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a grant letter to a company that employs the assistants', `${HEAD}Til: Assistanceformidlingen A/S\n\n# Bevillingsskrivelse – borgerstyret personlig assistance\n\nBorger: Ole Berg\n\nKommunen har bevilget borgeren 40 timer om ugen efter servicelovens § 96, stk. 1. Fakturaen sendes til kommunen.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a letter that tells the complaint has been forwarded after the reassessment', `${HEAD}# Afgørelsen om din hjælp til indkøb er genvurderet\n\nKære Ole Berg\n\nDu har klaget over vores afgørelse af 2. marts 2026, hvor du fik afslag på hjælp til indkøb efter servicelovens § 83. Vi har genvurderet afgørelsen og fastholder afslaget. Vi har i dag oversendt din klage og sagens akter til Ankestyrelsen, som vil skrive til dig.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a letter titled as the forwarding of a complaint', `${HEAD}Kære Ole Berg\n\n**Din klage er sendt videre til Ankestyrelsen**\n\nDu fik den 2. marts 2026 afslag på hjælp til indkøb efter servicelovens § 83. Vi har genvurderet afgørelsen, men du får stadig afslag.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a request for the documents an application lacks', `${HEAD}Kære Ole Berg\n\nTak for din ansøgning om hjælp til indkøb efter servicelovens § 83. Vi kan endnu ikke behandle den, fordi vi mangler en udtalelse fra din læge. Hører vi ikke fra dig inden den 1. april 2026, vil vi træffe afgørelse ud fra de oplysninger, vi har, og du kan få afslag.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['an e-mail between colleagues with the draft of a decision', `**Fra:** Pia Holm <ph@nordby.dk>\n**Til:** Ole Krag <ok@nordby.dk>\n**Cc:** Eva Lund <EL@Nordby.dk>\n**Emne:** Ole Berg – hjælp til indkøb\n\nHej Ole\n\nSagsnr.: 27.12.04-G01-12-25\n\nHer er teksten, som jeg sender til Ole Berg i morgen: Du får afslag på hjælp til indkøb efter servicelovens § 83, fordi du selv handler på nettet. Du kan klage til Ankestyrelsen inden 4 uger efter, at du har fået brevet.\n\nKan du læse den igennem?\n\nMed venlig hilsen\n\nPia\n`],
    ['a delivery notice titled in capitals under the letterhead', `NORDBY KOMMUNE – HJÆLPEMIDDELDEPOTET\nIndustrivej 2 · 4000 Nordby\n\nLEVERINGSBESKED\n\nTil: Ole Berg\nDato: 4. marts 2025\nVedr. bevilling: sagsnr. 27.12.04-G01-12-25 (afgørelse af 1. marts 2025 efter servicelovens § 112)\n\nVi leverer den badebænk, du har fået bevilget, tirsdag den 11. marts. Du kan klage over afgørelsen inden 4 uger.\n\nMed venlig hilsen\n\nHjælpemiddeldepotet\n`],
    ['a decision of Ankestyrelsen on a complaint, under its letterhead', `**ANKESTYRELSEN**\n7998 Statsservice\n\nKære Ole Berg\n\nDato: 4. marts 2026\n\n# Afgørelse i din klagesag\n\nDu har klaget over Nordby Kommunes afgørelse om hjælp til indkøb efter servicelovens § 83. Vi stadfæster kommunens afgørelse. Du får afslag, fordi du selv handler på nettet.\n\nDu kan ikke klage over vores afgørelse til en anden administrativ myndighed.\n\nMed venlig hilsen\n\nAnkestyrelsen\n`],
    ['the reassessment sent on to the appeal body, addressed to it', `**Til:** Ankestyrelsen, 7998 Statsservice\n**Kopi til:** Ole Berg\n**Dato:** 7. juli 2025\n\n# Genvurdering af klagesag\n\nNordby Kommune gav den 2. maj 2025 Ole Berg afslag på ledsageordning efter servicelovens § 97. Efter genvurderingen fastholder kommunen afgørelsen. Kommunen har lagt vægt på, at klageren selv går til arbejde.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a recommendation to a committee, addressed to it', `Til: Børne- og Ungeudvalget\nFra: Myndighed, Pia Holm\nMødedato: 20. marts 2025\n\n**Sagen drejer sig om**\n\nEmil er 14 år. Forvaltningen vurderer, at Emil skal anbringes uden samtykke efter barnets lov § 47, og afgørelsen træffes af udvalget.\n\n**Udvalgets beslutning**\n\n(udfyldes på mødet)\n`],
    ['a recommendation titled so', `INDSTILLING\n\nSagsnr.: 27.27.08-P20-0090-25\n\nMyndighed vurderer, at Kenneth er i målgruppen for et botilbud efter servicelovens § 107. Myndighed indstiller, at udvalget godkender det, og at vi derefter træffer afgørelse.\n`],
    ['a request for consent under a long title in capitals below the letterhead', `NORDBY KOMMUNE\nSocialafdelingen\n\nOle Berg\nværge for Eva Berg\n\nSagsnr. 27.12.04-G01-1102-24\nDato: 30. september 2024\n\n**ANMODNING OM SAMTYKKE OG OPLYSNINGER – ANSØGNING OM SOCIALPÆDAGOGISK STØTTE**\n\nKære Ole Berg\n\nTak for ansøgningen om støtte efter servicelovens § 85. Vi vil gerne indhente en udtalelse fra Evas læge. Vi forventer at kunne træffe afgørelse i december 2024.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a reminder titled in capitals with a colon', `NORDBY KOMMUNE\nHjælpemiddelcentret\n\n9. februar 2026\nSagsnr.: HMC-2026-0088\n\nTil: Ole Berg, Vibevej 2, 8382 Nordby\n\nPÅMINDELSE: VI MANGLER STADIG DIT SAMTYKKE\n\nDen 12. januar 2026 skrev vi til dig om din ansøgning om en el-kørestol efter servicelovens § 112. Hvis vi ikke modtager samtykket, må vi behandle din ansøgning på det grundlag, vi har nu.\n\nVenlig hilsen\nPia Holm\n`],
    ['a receipt titled in bold under the sender set as a heading', `**NORDBY KOMMUNE**\n**Hjælpemidler**\nHavnegade 2, 4300 Nordby\n\nDato: 24. november 2025\n\nLaila Said\nKornvej 45\n\n**Kvittering for ansøgning – og vi mangler nogle oplysninger**\n\nTak for jeres ansøgning om en kørestol efter servicelovens § 112. Ergoterapeuten kontakter jer inden 14 dage for at aftale et besøg.\n\nHvis I ikke ønsker at give samtykke, og vi ikke får oplysningerne på anden måde, kan vi være nødt til at behandle ansøgningen ud fra de oplysninger, vi allerede har.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['an invitation titled in capitals that names the provision', `NORDBY KOMMUNE\nMyndighed\n\nTil: Sara Bech\n\nDato: 06.10.2025\nSagsnr.: 2025-31047\n\nINVITATION TIL OPFØLGNINGSBESØG – DIN HJÆLP EFTER SERVICELOVENS § 83\n\nKære Sara\n\nDu har siden marts 2025 fået hjælp efter servicelovens § 83. Vi har besluttet at besøge dig tirsdag den 21. oktober 2025 kl. 13.\n\nMed venlig hilsen\n\nOle Fenger\n`],
    ['a template that tells the case worker to delete its bracketed text', `[Visitation Ældre – Bevilling af helhedspleje – version 3.2]\n[Slet al tekst i skarpe parenteser før afsendelse]\n\nNordby Kommune\nDato: 4. marts 2026\n\nKære [borgerens navn]\n\n## Afgørelse\n\nDu får helhedspleje efter ældrelovens § 10 fra den 1. april 2026. Vi har lagt vægt på, at du ikke selv kan gå i bad.\n\n## Klagevejledning\n\n[Indsæt afdelingens standardtekst om klage]\n\nMed venlig hilsen\n\n[Navn]\n`],
    ['an invitation titled under a letterhead whose unit has a heading of its own', `# Nordby Kommune\n## Social og Sundhed – Myndighed\n\nOle Berg\nVibevej 2\n\nDato: 3. november 2025\nSagsnr.: 27.36.04-Ø40-0744-16\n\n### Invitation til møde om din kompensationsydelse\n\nKære Ole\n\nDu får i dag merudgiftsydelse efter servicelovens § 100. Reglerne er ændret, og vi skal vurdere din sag efter de nye regler. Indtil da fortsætter din ydelse uændret.\n\nVi inviterer dig til et møde den 20. november kl. 10.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['an empty document', ''],
    ['a notice of a follow-up visit that says nothing is decided there', `${HEAD}# Vi kommer på besøg\n\nKære Ole Berg\n\nVi følger op på din hjælp efter ældreloven. Besøget betyder ikke i sig selv, at din hjælp bliver ændret. Vi beslutter ikke noget på besøget. Hvis vi vurderer, at hjælpen skal ændres, sender vi dig en skriftlig afgørelse med en vejledning om, hvordan du kan klage.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['an information letter to every citizen who gets help, that tells when decisions will come', `${HEAD}# Nye regler for din hjemmehjælp\n\nKære borger\n\nFra 1. juli 2025 gælder ældreloven. Din hjælp fortsætter som nu. Vi ringer til dig i løbet af foråret, og du får et brev, når vi har truffet afgørelse om din hjælp efter ældrelovens § 10.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['an information letter on new rules that tells how the coming decisions will be written', `${HEAD}# Nye regler for merudgiftsydelsen\n\nKære forældre\n\nReglerne for merudgiftsydelse efter barnets lov § 86 er ændret. Jeres ydelse fortsætter uændret. Senere træffer vi en ny afgørelse, som I får skriftligt med klagevejledning, hvis I ikke får det, I har bedt om.\n\nMed venlig hilsen\n\nPia Holm\n`],
    ['a receipt that says the application is not yet decided', `${HEAD}Kære Ole Berg\n\nTak for din ansøgning om en el-scooter efter servicelovens § 112. Kommunen har besluttet, at vi svarer inden 6 uger. Vi har ikke taget stilling til din ansøgning endnu.\n\nMed venlig hilsen\n\nPia Holm\n`],
  ];
  for (const [name, text] of notDecisions) {
    it(`does not take ${name} for a decision`, () => assert.equal(detect(text).isLetter, false, text));
  }

  it('counts a greeting and a reference block only where the document itself opens a line with them', () => {
    const signals = (text: string) => letterSignals(parseLetter(text));
    assert.ok(signals('Til borgeren\n\nVi har modtaget din ansøgning.\n').includes('salutation'));
    assert.ok(signals('Nordby Kommune\n\nKære Ole Berg\n\nVi har modtaget din ansøgning.\n').includes('salutation'));
    // Mid-sentence a greeting word greets no one; quoted, it is someone else's letter.
    assert.ok(!signals('Kommunen sender en oplysning til borgerne om ventetider.\n').includes('salutation'));
    assert.ok(!signals('Et godt brev begynder sådan:\n\n> Kære Ole Berg\n>\n> Du får hjælp.\n').includes('salutation'));
    assert.ok(signals('Sagsnr.: 27.12.04-G01-12-25\n\nTekst.\n').includes('referenceBlock'));
    assert.ok(signals('Nordby Kommune · Sagsnr. 27.36 · Dato 16. juni 2025\n\nTekst.\n').includes('referenceBlock'));
    assert.ok(!signals('Skriv en linje med dato 12. marts 2025 øverst i brevet.\n').includes('referenceBlock'));
  });

  it('reads a line as a title in a heading even when a paragraph has the same text', () => {
    const signals = (text: string) => letterSignals(parseLetter(text));
    const sentence = 'Afgørelse om hjælp til indkøb.';
    // Ending in a full stop, the paragraph is a sentence; the same words in a heading are a title.
    assert.ok(!signals(`${sentence}\n`).includes('title'));
    assert.ok(signals(`${sentence}\n\n# ${sentence}\n`).includes('title'));
    assert.ok(signals(`# ${sentence}\n\n${sentence}\n`).includes('title'));
  });

  it('front matter decides before content, both ways', () => {
    assert.equal(detect(`---\ndokument: notat\n---\n${HEAD}Kære Ole Berg\n\nAfgørelse om hjælp${BODY}`).isLetter, false);
    assert.equal(detect('---\ndokument: afgørelse\n---\nNoter\n').isLetter, true);
  });

  it('recognises a full approval that says of another matter that it is not decided here, and a reassessment that grants part of a complaint it sends on', () => {
    const fullApproval = `${HEAD}**Bevilling af socialpædagogisk støtte efter servicelovens § 85 til dig, når du flytter fra krisecentret i januar**\n\nKære Sara\n\nVi bevilger dig det, du har søgt om: støtte 3 timer om ugen efter servicelovens § 85.\n\nKommunen har ikke truffet afgørelse om dit ophold på krisecentret; det gør lederen af centret.\n\nDa du har fået fuldt ud, hvad du har søgt om, er der ikke knyttet klagevejledning til brevet.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(fullApproval).isLetter, true);
    // Without the note on why no guidance is given, the sentence on the other matter declares the document no decision.
    assert.equal(detect(fullApproval.replace('Da du har fået fuldt ud, hvad du har søgt om, er der ikke knyttet klagevejledning til brevet.', 'Ring, hvis du har spørgsmål.')).isLetter, false);
    const reassessment = `${HEAD}Kære Ole Berg\n\n**Genvurdering af din klage over afslag på en el-kørestol**\n\nDu får bevilget en kørestol med hjælpemotor efter servicelovens § 112, stk. 1. Vi fastholder afslaget på en el-kørestol.\n\nDa du ikke har fået fuldt medhold, har vi i dag sendt din klage videre til Ankestyrelsen. Du skal ikke gøre mere.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(reassessment).isLetter, true);
    // A letter that only tells that the complaint was sent on is no decision.
    assert.equal(detect(reassessment.replace('Du får bevilget en kørestol med hjælpemotor efter servicelovens § 112, stk. 1. ', '')).isLetter, false);
  });

  it('takes a decision that leaves a part undecided for a letter when its guidance tells of the reassessment, though it names no deadline', () => {
    const partial = `${HEAD}Kære Ole Berg\n\n## Afgørelse om hjælp til briller\n\nDu får 1.200 kr. til glas efter § 82 i lov om aktiv socialpolitik. Vi har endnu ikke taget stilling til stellet, fordi vi mangler optikerens pris.\n\n## Klagevejledning\n\nEr du uenig, kan du klage til os. Kommunen vurderer afgørelsen igen, og fastholder vi den, går klagen videre til Ankestyrelsen.\n\nMed venlig hilsen\n\nPia Holm\n`;
    assert.equal(detect(partial).isLetter, true);
  });

  it('skips a note that says it is internal and not sent to the parties, though it quotes a provision and a preliminary assessment', () => {
    const note = `**Hedeby Kommune – Børn og Familie**\n**JOURNALNOTAT / MØDEREFERAT** (internt – ikke sendt til parterne)\n\nSag: 2025-BL-07731\nDato for møde: 30. oktober 2025\n\n**Formål:** Oplysning af ansøgning om merudgifter (barnets lov § 86).\n\nForeløbig vurdering: Alma er i målgruppen. Glutenfri kost bevilges efter vores vurdering med 650 kr. om måneden.\n`;
    assert.equal(detect(note).isLetter, false);
  });
});
