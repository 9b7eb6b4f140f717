import * as assert from 'node:assert/strict';
import { bareExtentJudgements, figureInSentence, namesLodging, showsMoneyCalculation, statesFactOfCase } from '../server/src/core/elements';
import { parseLetter } from '../server/src/core/letter';
import { classifyOutcome } from '../server/src/core/outcome';

function lodging(guidance: string): boolean {
  const letter = parseLetter(`## Klagevejledning\n\n${guidance}\n`);
  return namesLodging(letter, letter.sectionBlocks('klagevejledning'));
}

describe('elements recognised by meaning (elements.ts, outcome.ts)', () => {
  describe('where the complaint is lodged and that the municipality looks again', () => {
    const named = [
      'Din klage skal være modtaget hos Ydby Kommune, Team Voksne, senest 4 uger efter, at du har fået brevet.',
      'Jeres klage skal være modtaget hos os inden 4 uger.',
      'Vi skal have din klage senest fire uger efter, at du har fået afgørelsen.',
      'De kan klage skriftligt eller mundtligt til Ydby Kommune, Hjælpemiddelcentret.',
      'Send jeres klage til Borgerservice, Torvet 1, 9999 Ydby.',
      'Når vi har fået din klage, ser vi på din sag igen.',
      'Vi tager stilling til klagen igen, før den går videre.',
      'Kommunen vurderer sagen på ny, når klagen er modtaget.',
      'Hvis du klager, behandler vi din sag igen.',
      'Det gør du ved at kontakte Ydby Kommune inden fire uger fra den dag, du har fået brevet.',
      'Trin 1: Kontakt Ydby Kommune, Børnehandicap, senest 4 uger efter, at I har fået afgørelsen.',
      'Kommunen tager derefter stilling til, om vi kan give dig medhold.',
      // A unit named by a compound: its kind stands at the end of the word.
      'Klagen skal være modtaget i Familieafdelingen senest 4 uger efter, at I har modtaget afgørelsen. Familieafdelingen genvurderer sagen.',
      'Voksenteamet genvurderer afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen.',
      'Børnerådgivningen genvurderer afgørelsen. Ændrer vi den ikke, går klagen til Ankestyrelsen.',
      'Klagen skal være modtaget i Ydelseskontoret senest 4 uger efter, at du har fået brevet.',
      'Ældreservice vurderer sagen igen, før klagen sendes videre.',
      // The municipality as subject after the verb, or set off by dashes: »skal vi – Team Hjælpemidler – have din klage inden …«.
      'Ønsker du at klage, skal vi – Team Hjælpemidler – have din klage inden 4 uger fra modtagelsen af brevet.',
      'Vil du klage, skal vi have den senest 4 uger efter, at du har fået brevet, og vi skal modtage din klage skriftligt.',
      // After a reassessment that partly upholds the decision, the party tells the municipality to send the complaint on.
      'Hvis du fortsat ønsker at klage over afgørelsen, skal du give os besked inden 4 uger fra den dag, du har modtaget dette brev.',
      // Everyday words: receipt »i hænde«, »skriv eller ring«, a second look »en gang til« or »på ny«.
      'Klagen skal være Ydby Kommune, Handicapteamet, i hænde senest 4 uger efter, at du har fået brevet.',
      'Ring eller skriv til Hjemmeplejens visitation i Ydby Kommune, inden der er gået 4 uger.',
      'Når du har klaget, ser vi på afgørelsen en gang til.',
      'Derefter tager kommunen stilling til sagen på ny.',
      'Har du spørgsmål, eller vil du klage, kan du ringe til Ydelsescentret i Ydby Kommune inden 4 uger.',
      'Har du spørgsmål til klagemulighederne, eller vil du klage mundtligt, kan du ringe til Visitationen i Ydby Kommune.',
    ];
    for (const text of named) it(`finds it in »${text}«`, () => assert.equal(lodging(text), true));

    const notNamed = [
      'Du kan klage til Ankestyrelsen inden 4 uger.',
      'Klagen sendes til Ankestyrelsen, Teglholmsgade 3, 2450 København SV.',
      'I skal sende klagen direkte til Ankestyrelsen.',
      'Ankestyrelsen ser på sagen igen, når den har fået klagen.',
      'Du kan klage over afgørelsen inden fire uger.',
      'Du kan kontakte Ankestyrelsen direkte, hvis du vil klage.',
      'Skriv til Ankestyrelsen inden 4 uger, hvis du vil klage.',
      'Ankestyrelsen ser på sagen en gang til.',
      // A question is no complaint.
      'Har du spørgsmål til afgørelsen, er du velkommen til at ringe til Ydelsescentret i Ydby Kommune.',
      // Nor are questions about the rules of complaining: where the complaint goes is still unsaid.
      'Hvis De har spørgsmål til klagemulighederne, er De velkommen til at ringe til os.',
      'Har du spørgsmål om klagereglerne eller klagevejledningen, kan du kontakte Visitationen i Ydby Kommune.',
    ];
    for (const text of notNamed) it(`does not find it in »${text}«`, () => assert.equal(lodging(text), false));
  });

  describe('full approval: a grant of what was applied for, in any word order', () => {
    const full = [
      'Du får begge dele, som du har søgt om.',
      'Vi har bevilget den badebænk, du har søgt om.',
      'Ida får aflastning to weekender om måneden efter barnets lov § 90, stk. 1, fra den 1. juni 2025, som I har søgt om.',
      'Vi bevilger rampen som ansøgt.',
      'Du har fået det, du har søgt om.',
      'Din ansøgning er imødekommet.',
      'Vi har sagt ja til din ansøgning om ledsagelse.',
      'Vi kan give jer præcis det, I har søgt om.',
      'Du får den badebænk med ryglæn, som du søgte om den 15. oktober 2025.',
      'Vi bevilger rollatoren, som du ansøgte om.',
      'Vi godkender jeres forslag om at betale 300 kr. om måneden.',
      // A repayment claim dropped in whole, after a hearing on it.
      'Du skal ikke betale pengene for marts tilbage.',
      'Kommunen frafalder kravet om tilbagebetaling af hjælpen.',
      'Vi har derfor ikke grundlag for at kræve ydelsen tilbage, og sagen er afsluttet.',
      'Du har søgt om kompensationsydelse som et standardbeløb. Det har vi bevilget. Den merudgiftsydelse, du får i dag, stopper den 31. oktober 2025, fordi den erstattes af den nye ydelse.',
      'Du foreslår at betale 400 kr. om måneden på dit tilbagebetalingskrav. Vi godkender dit forslag efter bekendtgørelse om opkrævning af tilbagebetalingskrav.',
      'De bad om en pause i hjælpen under ferien. Det har vi imødekommet.',
      // A limit's verb negated after it limits nothing.
      'Du har fået fuldt ud det, du bad om. Ordningen stopper derfor ikke, fordi du er fyldt 67 år.',
      // Granted »sådan som I har søgt om«, with hours that lapse when saved too long: a rule of the scheme, no limit.
      'Malthe får ledsagelse i 15 timer om måneden, sådan som I har søgt om. Timer, Malthe ikke bruger, kan gemmes i op til 6 måneder. Derefter bortfalder de.',
      // A refund to the party is no repayment claim.
      'De har bedt om at få tilbagebetalt betalingen for dagene efter din fars død. Vi imødekommer Deres anmodning fuldt ud. Tilbagebetales til boet: 1.254 kr.',
      // More than applied for, a benefit renamed, and a payment not made twice for one month cut nothing.
      'Du har søgt om støtte i 2 timer om ugen. Du får bevilget 3 timer om ugen. Det er én time mere, end du har søgt om. Du har fået alt det, du har søgt om.',
      'Vi har bevilget ansøgningen om kompensationsydelse. Ydelsen hedder nu kompensationsydelse i stedet for merudgiftsydelse. Du har fået alt det, du har søgt om.',
      'Vi har bevilget din ansøgning om kompensationsydelse. Den gamle ydelse udbetales sidste gang for september, så du ikke får begge ydelser for samme måned. Du har fået alt det, du har søgt om.',
      // Help kept or granted as the party wished, also where the same sentence leaves out the guidance for that reason.
      'Du beholder din bostøtte på 5 timer om ugen, som du ønskede.',
      'Vi har bevilget kørslen til dagtilbuddet, som Jonas selv har bedt om.',
      'Da I fortsætter med den samme aflastning, som I gerne ville, er der ingen klagevejledning i brevet.',
      // A stop the letter says, as a whole, the party asked for is the same stop where it is told again.
      'Din bostøtte stopper – som du har bedt om.\n\nDet har vi sagt ja til. Din bostøtte efter servicelovens § 85 stopper den 30. april.',
      // The help the party has now gives way to what was granted in full.
      'Vi har bevilget jeres ansøgning fuldt ud. Tilskuddet gælder fra 1. februar. Den hjemmehjælp, Mathias i dag får, stopper den 31. januar.',
      // The decision complained of is no limit of the one that upholds the complaint.
      'Du får medhold i din klage over afslag på ledsagelse. Vi har genvurderet din sag, og du får fuldt medhold.',
      // A stop beside guidance left out because all was granted is the change the grant brings.
      'Du får ledsageordning 15 timer om måneden. Den starter samme dag, som din ledsagelse efter barnets lov stopper. Fordi du har fået det, du har søgt om, er der ikke vedlagt en klagevejledning.',
      // A placement as the parents and the child wished, the wish of two.
      'Vi har besluttet at anbringe Freja på Opholdsstedet Skovly, sådan som I og Freja har ønsket.',
      // More than applied for, where the law gives no fewer hours.
      'Du har søgt om ledsagelse 8 timer om måneden. Du får bevilget 15 timer om måneden. Det er mere, end du har søgt om. Loven giver ret til 15 timer, og vi kan ikke bevilge færre timer.',
      // A repayment on a future event, and a procedure's possible outcomes, limit nothing granted.
      'Vi bevilger ombygningen af badeværelset, som I har søgt om. Ved salg af boligen kan reglerne om tilbagebetaling af værdiforøgelsen komme i betragtning.',
      'Du har fået fuldt ud medhold. Efter loven skal kommunen vurdere, om der er grundlag for at give klageren helt eller delvis medhold.',
      'Din hjemmetræning stopper den 31. december, som I har bedt om. Da I får fuldt ud medhold, er brevet ikke ledsaget af en begrundelse eller klagevejledning.',
    ];
    const notFull = [
      'Du får ikke den el-scooter, du har søgt om.',
      'Vi har ikke godkendt din ansøgning.',
      'Vi kan kun bevilge én af de to ting, du har søgt om.',
      'Du har søgt om en rollator.',
      'Du får altså færre dage, end du har søgt om.',
      'Du får 1 time om ugen. Det er en time mindre, end du har søgt om.',
      'Du får 14 dage. Resten af dagene kan vi ikke dække.',
      'Du har fået det, du bad om. Ordningen stopper dog den 1. maj.',
      'Du får ikke den badebænk, som du søgte om den 15. oktober 2025.',
      'Du får en anden badebænk end den, du søgte om den 15. oktober, og som er dyrere.',
      'Vi kan ikke godkende dit forslag om at betale 100 kr. om måneden.',
      'Du skal ikke betale hele beløbet tilbage.',
      'Vi kræver ikke pengene for marts tilbage, men kun dem for april.',
      'Vi kan ikke frafalde kravet.',
      'Vi kræver 3.000 kr. tilbage.',
      'Vi godkender dit forslag. Efter lov om social service nedsættes din hjælp dog.',
      'Kommunen har besluttet ikke at bevilge den el-kørestol, du har søgt om.',
      'Du får den badebænk, du har søgt om. Din hjemmehjælp stopper og erstattes af et rehabiliteringsforløb.',
      'Du får ikke de 6 timer, som du ønskede.',
      'Du får 4 timer om ugen i stedet for de 6 timer, som du ønskede.',
      'Da du fortsætter med 3 timer, som du ønskede, er der ingen klagevejledning. Rengøringen nedsættes dog til hver 3. uge.',
      'Din bostøtte stopper – som du har bedt om.\n\nDet har vi sagt ja til. Din madservice nedsættes til 3 dage om ugen.',
      'Din bostøtte stopper den 30. april.\n\nDet har vi sagt ja til.',
      'Du får den badebænk, du har søgt om. Den hjemmehjælp, du i dag får, stopper den 31. januar.',
      'Vi har bevilget din ansøgning fuldt ud. Din rengøring stopper den 31. januar.',
      // Help in another form than the one applied for.
      'Du får aflastning 2 døgn om måneden, som du har søgt om. Aflastningen gives ikke som afløsning i hjemmet, men som døgnophold.',
      'Du får ikke medhold i din klage over afslaget på ledsagelse.',
      'Du får ledsageordning 15 timer om måneden. Din madservice nedsættes til 3 dage om ugen. Fordi du har fået det, du har søgt om, er der ikke vedlagt en klagevejledning.',
      'Du får medhold i din klage over afslag på ledsagelse. Du får fuldt medhold. Din madservice nedsættes dog til 3 dage om ugen.',
      // Help in its place, told by »i stedet« alone.
      'Du får bevilget træning, men ikke på centret. Du får i stedet træning i dit eget hjem én gang om ugen.',
      'Vi bevilger dig i stedet en manuel kørestol.',
    ];
    const outcome = (sentence: string) => classifyOutcome(parseLetter(`# Afgørelse\n\n${sentence}\n`)).fullApproval;
    for (const text of full) it(`sees it in »${text}«`, () => assert.equal(outcome(text), true));
    for (const text of notFull) it(`does not see it in »${text}«`, () => assert.equal(outcome(text), false));

    it('reads »i stedet for« as such, and a list of cases that a condition leads as no limit of the outcome', () => {
      assert.equal(outcome('Du får i stedet for den gamle rollator en ny rollator, som du har søgt om.'), true);
      const duty = (lead: string) => `# Afgørelse\n\nDu får bevilget det, du har søgt om: tabt arbejdsfortjeneste i 15 timer om ugen.\n\n## Din pligt til at give besked\n\n${lead}\n\n- du arbejder flere eller færre timer,\n- Emils behov for pasning ændrer sig.\n`;
      assert.equal(classifyOutcome(parseLetter(duty('Du skal give os besked, hvis der sker ændringer. Det gælder for eksempel, hvis'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(duty('Giv os besked, når:'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(duty('Vi har nedsat hjælpen, fordi:'))).fullApproval, false);
    });
    it('takes a letter that leaves out the appeal guidance because it gives all that was applied for as a full approval', () => {
      const letter = (closing: string) => `# Afgørelse\n\nDu får bevilget et længerevarende botilbud efter servicelovens § 108.\n\n${closing}\n`;
      assert.equal(classifyOutcome(parseLetter(letter('Da I har fået fuldt medhold, er der ikke knyttet nogen klagevejledning til afgørelsen.'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(letter('## Klagevejledning\n\nDu får alt det, du har søgt om. Derfor vedlægger vi ikke klagevejledning.'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(letter('Der er ikke vedlagt klagevejledning.'))).fullApproval, false, 'without saying that all was granted');
      assert.equal(classifyOutcome(parseLetter(letter('Da du har fået fuldt medhold, er der ingen klagevejledning.\n\nDu får dog afslag på flytningen.'))).fullApproval, false, 'a refusal beside it');
    });
    it('takes appeal guidance that opens by saying all was granted as a full approval, not one that speaks of a complaint granted', () => {
      const letter = (guidance: string) => `# Afgørelse\n\nDu får bevilget et længerevarende botilbud efter servicelovens § 108.\n\n## Klagevejledning\n\n${guidance} Du kan klage til Ankestyrelsen inden 4 uger.\n`;
      assert.equal(classifyOutcome(parseLetter(letter('Du har fået det, du har søgt om. Er du alligevel uenig, kan du klage.'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(letter('Giver vi dig fuldt medhold, får du besked.'))).fullApproval, false);
      assert.equal(classifyOutcome(parseLetter(letter('Du får besked, hvis vi giver dig fuldt medhold.'))).fullApproval, false);
      assert.equal(classifyOutcome(parseLetter(letter('Vi ser på sagen igen og vurderer, om du kan få fuldt medhold i din klage.'))).fullApproval, false);
    });
    it('takes the power an electric aid runs on, which the party pays, for no limit of the aid granted', () => {
      const outcome = (terms: string) => classifyOutcome(parseLetter(`Kære Mette\n\nDu har søgt om en elektrisk kørestol.\n\n# Afgørelse\n\nDu får bevilget en elektrisk kørestol som udlån efter servicelovens § 112, stk. 1.\n\n${terms}\n`)).mayBeFullApproval;
      assert.equal(outcome('Opladeren skal sidde i en almindelig stikkontakt. Kommunen betaler ikke for strøm til opladning.'), true);
      assert.equal(outcome('Kommunen betaler ikke for den dyrere model med sædeløft.'), false);
    });
    it('takes a later end »i stedet for« the earlier one, in a sentence that extends the help, for the extension applied for', () => {
      const outcome = (grant: string) => classifyOutcome(parseLetter(`Kære Ole\n\nDu har søgt om at få forlænget dit rehabiliteringsforløb efter servicelovens § 83 a med 3 uger.\n\n# Afgørelse\n\nDu får det, du har søgt om. ${grant}\n`)).fullApproval;
      assert.equal(outcome('Dit forløb forlænges, så det nu slutter den 26. september i stedet for den 5. september.'), true);
      assert.equal(outcome('Dit forløb forlænges ikke, så det slutter den 5. september i stedet for den 26. september.'), false);
      assert.equal(outcome('Dit forløb slutter den 5. september i stedet for den 26. september.'), false);
    });
    it('reads »i bad om« with the preposition (»at komme i bad om tirsdagen«) as no application, and »I bad om« as one', () => {
      const mayBe = (told: string) => classifyOutcome(parseLetter(`Kære Ellen og Poul\n\n${told}\n\n# Afgørelse\n\nFra den 20. oktober får I hjælp til bad én gang om ugen efter ældrelovens § 10.\n`)).mayBeFullApproval;
      assert.equal(mayBe('I har fortalt, at I holder af at komme i bad om tirsdagen.'), false);
      assert.equal(mayBe('I bad om hjælp til bad én gang om ugen.'), true);
    });
    it('takes a grant that limits nothing after a wish the party stated (»Du har oplyst, at du ønsker …«) as maybe all that was asked', () => {
      const mayBe = (told: string) => classifyOutcome(parseLetter(`Kære Jesper\n\n${told}\n\n# Afgørelse\n\nDu får kompensationsydelse efter barnets lov § 86 med standardbeløbet fra den 1. oktober 2025.\n`)).mayBeFullApproval;
      assert.equal(mayBe('Du har på telefon den 16. september oplyst, at du ønsker Lauras sag behandlet efter standardbeløbet.'), true);
      assert.equal(mayBe('Vi har talt om dit ønske om at gå over til de nye regler.'), true);
      // A wish only supposed, or none, asks nothing.
      assert.equal(mayBe('Hvis du ønsker det, kan du få en samtale med os.'), false);
      assert.equal(mayBe('Reglerne er ændret fra den 1. september 2025.'), false);
    });
    it('does not take the old help that stops the day the help granted starts (»… starter den 1. oktober, og hjemmeplejen stopper samme dag«) for a limit', () => {
      const outcome = (change: string) => classifyOutcome(parseLetter(`Kære Kirsten\n\nDu har søgt om kontant tilskud, så du selv kan ansætte dine hjælpere.\n\n# Afgørelse\n\nDu får kontant tilskud efter servicelovens § 95, stk. 2. ${change}\n`)).mayBeFullApproval;
      assert.equal(outcome('Ordningen starter den 1. oktober 2025, og hjemmeplejen stopper samme dag.'), true);
      assert.equal(outcome('Ordningen starter den 1. oktober 2025. Din madservice stopper den 1. november.'), false);
    });
    it('does not take a loan\'s terms of repayment (»Herefter skal lånet forrentes og tilbagebetales«) for a limit of the loan granted', () => {
      const outcome = (terms: string) => classifyOutcome(parseLetter(`Kære Jonas\n\nTak for din ansøgning om lån til beboerindskud.\n\n# Afgørelse\n\nDu får et lån på 21.840 kr. Du har fået det, du har søgt om. ${terms}\n`)).fullApproval;
      assert.equal(outcome('Lånet er rente- og afdragsfrit i 5 år. Herefter skal lånet forrentes og tilbagebetales efter boligstøttelovens § 58.'), true);
      assert.equal(outcome('Du får dog ikke lån til gebyret på 2.000 kr.'), false);
    });
    it('does not take the law restated, of no one in particular (»Efter servicelovens § 165, stk. 2, bortfalder et krav, når …«), for a limit', () => {
      const outcome = (law: string) => classifyOutcome(parseLetter(`Kære Susanne\n\nDu har spurgt, om du stadig skal betale af på kravet om tilbagebetaling.\n\n# Afgørelse\n\nKravet er bortfaldet, og du skal ikke betale mere. ${law}\n\nDu har fået fuldt medhold.\n`)).fullApproval;
      assert.equal(outcome('Efter servicelovens § 165, stk. 2, bortfalder et tilbagebetalingskrav, når der er gået 5 år efter hjælpens ophør.'), true);
      assert.equal(outcome('I henhold til servicelovens § 165 ophører retten til at kræve beløbet, når der er gået 5 år.'), true);
      // Said of the party, the law applied limits.
      assert.equal(outcome('Efter servicelovens § 165 får du dog ikke de 400 kr. tilbage, som du har indbetalt.'), false);
    });
    it('does not take the law\'s condition for help of a kind, in the passive and of no one in particular (»Briller kan kun bevilges, når …«), for a limit', () => {
      const outcome = (law: string) => classifyOutcome(parseLetter(`Kære Louise og Kasper\n\nI har søgt om briller med filterglas til Lucas.\n\n# Afgørelse\n\nI får bevilget det, I har søgt om, efter barnets lov § 90.\n\n# Begrundelse\n\n${law} Lucas har en varig øjenlidelse.\n`)).fullApproval;
      assert.equal(outcome('Briller kan kun bevilges som hjælpemiddel, når behovet skyldes en varig øjenlidelse.'), true);
      assert.equal(outcome('Der kan kun bevilges tilskud til filterglas, hvis en øjenlæge har anbefalet dem.'), true);
      // Said to the party, or with no condition that it states, it limits.
      assert.equal(outcome('Briller kan kun bevilges jer, når de er til udendørs brug.'), false);
      assert.equal(outcome('Der kan kun bevilges ét par briller.'), false);
    });
    it('does not take the change the party applied for, in the application\'s own clause, for a limit', () => {
      const letter = (application: string) => `${application}\n\n# Afgørelse\n\nDu får fuldt medhold.\n`;
      assert.equal(classifyOutcome(parseLetter(letter('Du har søgt om at gå i dagtilbuddet tre dage om ugen i stedet for alle fem dage.'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(letter('Du har søgt om rengøring hver uge, men får rengøring hver anden uge i stedet for.'))).fullApproval, false);
      // The application as a relative clause set off by commas: the limit after it is the main clause's.
      const grant = (limit: string) => classifyOutcome(parseLetter(`Kære Inger\n\nDu har søgt om afløsning to eftermiddage om ugen.\n\n# Afgørelse\n\nDu får afløsning hver onsdag. ${limit}\n`));
      assert.deepEqual(grant('Den anden eftermiddag, du har søgt om, bliver derfor ikke bevilget.'), { fullApproval: false, mayBeFullApproval: false });
      assert.equal(grant('Du har søgt om, at afløsningen om fredagen ophører den 1. december.').mayBeFullApproval, true);
    });
    it('takes a letter without a decision heading that grants under a named provision, limiting nothing, for a possible full approval', () => {
      const mayBe = (grant: string) => classifyOutcome(parseLetter(`Kære Mads\n\nDu søgte den 9. januar 2024 om ledsagelse.\n\n${grant}\n`)).mayBeFullApproval;
      // A call or a contact about a need is asked like an application (»Du ringede til os og fortalte, at din rollator er stjålet«).
      for (const contact of ['Du ringede til os den 4. september og fortalte, at din rollator er blevet stjålet.', 'Tak for din henvendelse af 2. maj om din rollator.', 'I har kontaktet os, fordi Liams rollator er gået i stykker.']) {
        assert.equal(classifyOutcome(parseLetter(`Kære Mads\n\n${contact}\n\nDu får en ny rollator af samme model efter servicelovens § 112, stk. 1.\n`)).mayBeFullApproval, true, contact);
      }
      assert.equal(classifyOutcome(parseLetter('Kære Mads\n\nHjemmeplejen har kontaktet os om din rollator.\n\nDu får en ny rollator af samme model efter servicelovens § 112, stk. 1.\n')).mayBeFullApproval, false);
      assert.equal(mayBe('Du får ledsagelse 15 timer om måneden efter servicelovens § 97, stk. 1.'), true);
      assert.equal(mayBe('Du får ledsagelse 15 timer om måneden.'), false, 'no provision named');
      assert.equal(mayBe('Du får ikke ledsagelse efter servicelovens § 97, stk. 1.'), false);
      // A dismissal decides against the application, even where the party has the help already.
      assert.equal(mayBe('Vi afviser din ansøgning, fordi du allerede får ledsagelse 15 timer om måneden efter servicelovens § 97, stk. 1.'), false);
      assert.equal(mayBe('Du får ledsagelse 15 timer om måneden efter servicelovens § 97, stk. 1, fra marts. Din nye ansøgning bliver derfor afvist.'), false);
      // A paragraph after the numbered list of what was applied for is no item of it: its refusal limits.
      assert.equal(mayBe('Du har søgt om:\n\n1. en rampe,\n2. ombygning af badeværelset.\n\nVi bevilger rampen efter servicelovens § 116. Du får afslag på ombygning af badeværelset.'), false);
      // What was applied for refused in the granting sentence itself.
      assert.equal(mayBe('Vi bevilger dig ledsagelse efter servicelovens § 97, stk. 1, hver anden uge, og ikke hver uge, som du har søgt om.'), false);
    });
    it('does not take the natural end of help granted for the period applied for for a limit', () => {
      const letter = (end: string) => `Du har søgt om hjælp til støttestrømper i 6 uger.\n\n# Afgørelse\n\nDu får den hjælp, du har søgt om. ${end}\n`;
      assert.equal(classifyOutcome(parseLetter(letter('Hjælpen stopper automatisk den 12. december 2025.'))).fullApproval, true);
      assert.equal(classifyOutcome(parseLetter(letter('Hjælpen stopper dog allerede den 20. november 2025.'))).fullApproval, false);
    });
    it('takes help stopped as the party asked, a dash before the wish or the wish in the party\'s account, for a possible full approval', () => {
      const stop = (text: string) => classifyOutcome(parseLetter(`Kære Ruth\n\n${text}\n\nVenlig hilsen\n`)).mayBeFullApproval;
      // Help kept as it is at a follow-up where the party wished to keep it.
      assert.equal(stop('Du sagde på mødet, at du gerne vil fortsætte med støtten, som den er i dag.\n\nVi har besluttet, at du fortsætter med den samme støtte: 4 timer om ugen.'), true);
      assert.equal(stop('Vi har besluttet, at du fortsætter med den samme støtte: 4 timer om ugen.'), false, 'no wish told');
      assert.equal(stop('Du sagde, at du gerne vil fortsætte med støtten.\n\nVi har besluttet, at du fortsætter med den samme støtte, men kun 2 timer om ugen.'), false, 'kept in part');
      assert.equal(stop('Din madservice stopper 1. marts – som du har bedt om.'), true);
      // A comma after the change's date sets the wish off as well: no noun is there for »som« to name.
      assert.equal(stop('Din madservice stopper den 1. marts 2026, som du har ønsket.'), true);
      assert.equal(stop('Din madservice stopper med udgangen af marts, som I har bedt om.'), true);
      assert.equal(stop('Din madservice stopper, og du får ikke den madservice med diætkost, som du har bedt om.'), false);
      assert.equal(stop('Du har fortalt, at du nu selv laver mad, og at du derfor gerne vil have, at madservicen stopper.\n\nDet har vi sørget for. Madservicen ophører den 1. marts.'), true);
      // Not a refusal of what the party asked for, nor a stop the party did not ask for.
      assert.equal(stop('Du har bedt om madservice. Vi kan ikke give dig den madservice, som du har bedt om.'), false);
      assert.equal(stop('Du har bedt om at beholde madservicen. Din madservice stopper 1. marts.'), false);
    });
    it('does not take a condition put verb first with a name (»Stopper Frederik til svømning, skal du …«) nor a note on an expense line for a limit', () => {
      const full = (text: string) => classifyOutcome(parseLetter(`Kære Susanne\n\nDu har søgt om mere i merudgiftsydelse.\n\nDu får bevilget det, du har søgt om.\n\n${text}\n`)).fullApproval;
      assert.equal(full('Stopper Frederik til svømning, eller ændrer udgifterne sig, skal du give os besked.'), true);
      assert.equal(full('Frederik stopper til svømning den 1. marts.'), false);
      assert.equal(full('Ekstra bleer (bleer fra depotet er ikke medregnet)   180 kr.\nEkstra tøj   200 kr.'), true);
      assert.equal(full('Ekstra bleer er ikke medregnet (de kommer fra depotet).'), false);
    });
    it('takes help the party chose or asked for under the help it names (»du får den hjælp, du har valgt«) as a full approval, and the end of help the party asked to have paid out instead as no limit', () => {
      const full = (text: string) => classifyOutcome(parseLetter(`Kære Jens\n\nDu har søgt om at få din hjemmehjælp udbetalt som et kontant tilskud.\n\n## Afgørelse\n\n${text}\n`)).fullApproval;
      assert.equal(full('Du får den hjælp, du har valgt, efter servicelovens § 117 a.'), true);
      assert.equal(full('I får de hjælpemidler, I har søgt om.'), true);
      assert.equal(full('Du får ikke den hjælp, du har søgt om.'), false);
      assert.equal(full('Vi har imødekommet din ansøgning. Når ordningen starter, stopper den hjemmehjælp, du i dag får.'), true);
      assert.equal(full('Vi har imødekommet din ansøgning. Når ordningen starter, stopper din madservice.'), false, 'help the party did not ask to have paid out');
    });
    it('reads the party\'s own estimate after an application as the figure applied for', () => {
      const outcome = (estimate: string) => classifyOutcome(parseLetter(`Kære Lis\n\nDu har den 18. august 2025 søgt om tilskud til taxa. ${estimate}\n\n## Afgørelse\n\nDu får et tilskud på 1.650 kr. om måneden efter servicelovens § 117, stk. 1.\n`));
      assert.deepEqual(outcome('Du regner med, at du har brug for taxa for ca. 3.000 kr. om måneden.'), { fullApproval: false, mayBeFullApproval: false });
      assert.deepEqual(outcome('Du har selv opgjort udgiften til 2.400 kr. om måneden.'), { fullApproval: false, mayBeFullApproval: false });
      assert.deepEqual(outcome('Du har beregnet, at taxaen koster 1.900 kr. om måneden, hvilket med kørsel om aftenen giver 2.100 kr. om måneden.'), { fullApproval: false, mayBeFullApproval: false });
      assert.deepEqual(outcome('Taxaen kører dig til træning to gange om ugen.'), { fullApproval: false, mayBeFullApproval: true });
      // Hours set (»fastsættes til«) below those asked to be kept: a limit.
      const revisited = classifyOutcome(parseLetter('Kære Lis\n\nDu har bedt om at beholde 4 timer om ugen.\n\n## Afgørelse\n\nDu får hjælp efter servicelovens § 83. Fra 1. marts fastsættes hjælpen til 2 timer om ugen.\n'));
      assert.deepEqual(revisited, { fullApproval: false, mayBeFullApproval: false });
      // A line may break between a figure and its unit, as in text pasted from a case system.
      const wrapped = classifyOutcome(parseLetter('Kære Frederik\n\nDe har søgt om 31\ntimer om ugen.\n\n## Afgørelse\n\nDe får kontant tilskud efter servicelovens § 95 svarende til 26\ntimer om ugen.\n'));
      assert.deepEqual(wrapped, { fullApproval: false, mayBeFullApproval: false });
      // Or anywhere in its period, as in a letter copied out of a PDF.
      const fromPdf = classifyOutcome(parseLetter('Kære Thomas\n\nDu har søgt om tabt arbejdsfortjeneste i 20 timer om\nugen.\n\n## Afgørelse\n\nDu får dækket tabt arbejdsfortjeneste i 15 timer\nom ugen efter barnets lov § 87.\n'));
      assert.deepEqual(fromPdf, { fullApproval: false, mayBeFullApproval: false });
      assert.deepEqual(outcome('Vi har opgjort udgiften til 2.400 kr. om måneden.'), { fullApproval: false, mayBeFullApproval: true }, 'the authority\'s sum is not the one applied for');
    });
    it('takes the end of a placement the party asked to end (»bad om, at Elias flytter hjem«) as no limit, and a request refused (»Det får du ikke medhold i«) as one', () => {
      const outcome = (text: string) => classifyOutcome(parseLetter(`Kære Nadia\n\n${text}\n`)).fullApproval;
      assert.equal(outcome('I bad om, at Elias flytter hjem inden skolestart.\n\nDet har vi sagt ja til.\n\nElias\' anbringelse hos sin morbror ophører den 19. august 2024.'), true);
      assert.equal(outcome('Vi bad om en udtalelse om, hvorvidt Elias kan flytte hjem.\n\nDet har vi sagt ja til.\n\nElias\' anbringelse hos sin morbror ophører den 19. august 2024.'), false, 'the authority asked, not the party');
      assert.equal(outcome('Vi har imødekommet din ansøgning om hjemgivelse.\n\nDu har bedt om, at hjemgivelsen sker over én måned. Det får du ikke medhold i.'), false);
    });
    it('takes a cap told as the consequence of a choice in the sentence before (»Ønsker De …, kan De det. Så … højst …«) as no limit', () => {
      const full = (text: string) => classifyOutcome(parseLetter(`Kære Henrik Dahl\n\nDe har søgt om en rampe og om at få fjernet dørtrinnene.\n\nKommunen bevilger begge dele efter servicelovens § 116, stk. 1.\n\n${text}\n`)).fullApproval;
      assert.equal(full('Ønsker De at bruge en anden håndværker, kan De det. Så skal De kontakte os, og kommunen dækker højst det beløb, arbejdet ville have kostet.'), true);
      assert.equal(full('De har valgt en anden håndværker. Kommunen dækker højst det beløb, arbejdet ville have kostet.'), false);
    });
    it('takes what the party asked to stop (»Du bad om, at din betaling … stopper«), in the title too, as stopped as applied for', () => {
      const full = (request: string) => classifyOutcome(parseLetter(`**Din betaling for Malthes ophold stopper**\n\nHej Sabrina\n\n${request} Det har vi sagt ja til. Du skal ikke betale fra den 1. oktober 2025.\n`)).fullApproval;
      assert.equal(full('Du bad om, at din betaling for Malthes ophold stopper fra den 1. oktober.'), true);
      assert.equal(full('Vi har bedt om, at din betaling for Malthes ophold stopper fra den 1. oktober.'), false, 'the authority asked');
    });
    it('takes a refusal sent back by Ankestyrelsen (»hjemviste … vores afslag af 27. august 2024«) as the case\'s history, and one upheld as a limit', () => {
      const full = (history: string) => classifyOutcome(parseLetter(`Kære Sara og Ahmed\n\n${history} Vi har nu behandlet jeres ansøgning igen.\n\nI får bevilget afløsning i hjemmet i 6 timer hver anden lørdag, sådan som I har søgt om.\n`)).fullApproval;
      assert.equal(full('Ankestyrelsen hjemviste den 2. december 2024 vores afslag af 27. august 2024 på afløsning i hjemmet.'), true);
      assert.equal(full('Vi fastholder vores afslag af 27. august 2024 på aflastning uden for hjemmet.'), false);
      // Changed by Ankestyrelsen, which this letter carries out; changed by the municipality itself, it is this letter's own act.
      assert.equal(full('Ankestyrelsen har den 22. april 2025 ændret vores afgørelse af 27. august 2024, hvor I fik afslag på afløsning i hjemmet.'), true);
      assert.equal(full('Vi har ændret vores afgørelse af 27. august 2024, hvor I fik afslag på afløsning i hjemmet, så I nu får færre timer.'), false);
    });
    it('does not take the condition that a need cannot be met otherwise for a limit', () => {
      const grant = 'Du har søgt om et længerevarende botilbud.\n\n# Afgørelse\n\nDu får fuldt medhold. ';
      assert.equal(outcome(`${grant}Tilbuddet gives til personer, som ikke kan få dækket disse behov på anden vis.`), true);
      assert.equal(outcome(`${grant}Du kan ikke få dækket udgiften til flytning.`), false);
    });
    it('reads the paragraphs in brackets after a law or a chapter as the law named before it', () => {
      const laws = (text: string) => parseLetter(`# Afgørelse\n\n${text}\n`).references().map((r) => `${r.law} ${r.paragraphs.join(',')}`);
      assert.deepEqual(laws('Du får støtte, jf. barnets lov kapitel 13 om ungestøtte (§§ 114-116).'), ['BL 114,116']);
      assert.deepEqual(laws('Afgørelsen er truffet efter servicelovens kapitel 16 (§ 96).'), ['SEL 96']);
      assert.deepEqual(laws('Barnets lov har et kapitel om ungestøtte. Se i øvrigt § 114.'), ['undefined 114'], 'a sentence between');
      // Right after the name, in brackets.
      assert.deepEqual(laws('Kørslen er reguleret i sundhedsloven (§§ 171-172) og i en bekendtgørelse.'), ['SUL 171,172']);
      assert.deepEqual(laws('Vi har fulgt serviceloven (se § 112).'), ['undefined 112'], 'a word between');
    });
    it('reads no law in an abbreviation hyphenated into a case number', () => {
      const named = (text: string) => parseLetter(`# Afgørelse\n\n${text}\n`).lawMentions().map((m) => m.law);
      assert.deepEqual(named('Sag: RØD-ÆL-26-0119 og BL-2024-1903'), []);
      assert.deepEqual(named('Afgørelsen er truffet efter ÆL og BL.'), ['AEL', 'BL']);
    });
    it('does not take the items of what was applied for, listed under a lead that says so, for a limit', () => {
      const full = 'Du får det, du har søgt om.';
      assert.equal(outcome(`Hun søgte om:\n\n1. et ekstra aftenbesøg, og\n2. bad to gange om ugen i stedet for én.\n\n${full}`), true);
      assert.equal(outcome(`Du søgte om to ting. Her er vores afgørelse:\n\n1. Aftenbesøg: bevilget.\n2. Bad to gange om ugen: afslag.\n\n${full}`), false, 'the answers listed');
    });
    it('does not take a reduction only considered, announced or decided against for a limit', () => {
      const kept = 'Du får fuldt medhold, og din støtte fortsætter. ';
      assert.equal(outcome(`${kept}Vi har besluttet ikke at nedsætte dine timer.`), true);
      assert.equal(outcome(`${kept}I vores brev af 2. marts overvejede vi at sætte timerne ned.`), true);
      assert.equal(outcome(`${kept}Vores overvejelser i brevet af 2. marts 2026 bortfalder hermed.`), true);
      assert.equal(outcome(`${kept}Vi har besluttet at nedsætte dine timer.`), false, 'decided');
      assert.equal(outcome(`${kept}Du har valgt ikke at tage imod tilbuddet, og derfor ophører hjælpen.`), false, 'a limit in a clause of its own');
      // A limit said not to apply: no repayment, no charge.
      assert.equal(outcome(`${kept}Der knyttes ikke krav om tilbagebetaling til bevillingen.`), true);
      assert.equal(outcome(`${kept}Der knyttes krav om tilbagebetaling til bevillingen.`), false, 'a repayment claimed');
    });

    // A grant that limits nothing may be a full approval: rules that would demand what it does not need say what to check.
    const mayBe = (text: string) => classifyOutcome(parseLetter(text)).mayBeFullApproval;
    const applied = 'Du har søgt om en badebænk.\n\n';
    it('takes a grant below the figure applied for, in the same unit and period, for a partial grant however it is worded', () => {
      const grant = (granted: string, asked: string) => mayBe(`Du har søgt om dækning af merudgifter med ${asked}.\n\n# Afgørelse\n\nDu får dækket merudgifter med ${granted}.\n`);
      assert.equal(grant('450 kr. om måneden', '1.150 kr. om måneden'), false);
      assert.equal(grant('4 timer om ugen', '8 timer om ugen'), false);
      assert.equal(grant('24 døgn om året', '62 døgn om året'), false);
      assert.equal(grant('2 dage om ugen', '4 dage om ugen'), false);
      assert.equal(grant('4 dage om ugen', '4 dage om ugen'), true, 'the days applied for');
      assert.equal(grant('1.150 kr. om måneden', '1.150 kr. om måneden'), true, 'the figure applied for');
      assert.equal(grant('1.150 kr. om måneden', '13.800 kr. om året'), true, 'another period is not compared');
      assert.equal(classifyOutcome(parseLetter('Du søgte om 8 timer om ugen.\n\n# Afgørelse\n\nVi har bevilget din ansøgning. Du får 6 timer om ugen.\n')).fullApproval, false, 'said to be granted, but less');
      // The price named after an application for an expense is the sum applied for.
      const refund = (price: string) => mayBe(`Du har søgt om at få dækket udgiften til en ny madras. ${price}\n\n# Afgørelse\n\nDu får 2.400 kr. til madrassen.\n`);
      assert.equal(refund('Regningen lyder på 3.100 kr.'), false);
      assert.equal(refund('Madrassen koster 2.400 kr.'), true, 'the price granted');
      assert.equal(mayBe(`Du har søgt om en ny madras. Din gamle madras kostede 3.100 kr.\n\n# Afgørelse\n\nDu får 2.400 kr. til madrassen.\n`), true, 'a price after an application for an item, not for an expense');
      // A summary with a line of dashes below it (a setext heading to Markdown) is read for its figures too.
      const summary = (granted: string) => mayBe(`Kære Mette\n\nI korte træk:\nI søgte om 900 kr. om måneden.\nI får ${granted} kr. om måneden fra 1. april 2024.\n-----------------------------\n\nI får hjælp efter barnets lov § 86.\n`);
      assert.equal(summary('800'), false);
      assert.equal(summary('900'), true);
    });
    it('takes a grant on an application that limits nothing for a possible full approval', () => {
      assert.equal(mayBe(`${applied}# Afgørelse\n\nDu får badebænken.\n`), true);
      assert.equal(mayBe(`${applied}# Afgørelse\n\nVi har bevilget en badebænk til dig.\n`), true);
    });
    it('not when the letter refuses, limits, changes help or does not grant, nor without an application', () => {
      assert.equal(mayBe(`${applied}# Afgørelse\n\nDu får badebænken, men ikke den badestol, du også har søgt om.\n`), false);
      assert.equal(mayBe(`${applied}# Afgørelse\n\nDu får badebænken.\n\n## Begrundelse\n\nDu får afslag på badestolen.\n`), false);
      assert.equal(mayBe(`${applied}# Afgørelse\n\nDu har søgt om en badebænk.\n`), false);
      assert.equal(mayBe(`${applied}# Afgørelse\n\nDu får det, du har søgt om.\n`), false, 'a full approval is no longer a possible one');
      // A revurdering: what stays is granted, but the change was applied for by no one.
      assert.equal(mayBe('# Afgørelse\n\nDin rengøring ændres fra hver uge til hver anden uge. Du får fortsat hjælp til bad.\n'), false);
      assert.equal(mayBe('# Afgørelse\n\nDu får fortsat hjælp til bad to gange om ugen.\n'), false);
    });
  });

  describe('a fact of the case told in the letter\'s own words', () => {
    const states = (sentence: string): boolean => {
      const letter = parseLetter(`${sentence}\n`);
      return statesFactOfCase(letter, letter.blocks[0]);
    };
    it('what was seen on a dated occasion, and how far the party travels', () => {
      assert.equal(states('Ved prøveturen den 8. maj 2025 kunne du styre og bremse sikkert.'), true);
      assert.equal(states('Under hjemmebesøget den 9. september gik du med stok.'), true);
      assert.equal(states('Du skal bruge cyklen til dit arbejde på havnen, 8 km hver vej.'), true);
      assert.equal(states('Vi følger op på den 31. marts.'), false);
      assert.equal(states('Hjælpen starter den 22. september 2025.'), false);
      assert.equal(states('Bussen kører hver time.'), false);
    });
    it('what a source wrote or said on a date, and what the party has had since a date', () => {
      assert.equal(states('Psykiatrisk Ambulatorium skrev den 24. september 2024, at dine symptomer er velbehandlede.'), true);
      assert.equal(states('Lægen oplyste den 3. marts, at du kan gå 200 meter.'), true);
      assert.equal(states('Vi skrev til dig den 24. september 2024.'), false);
      assert.equal(states('De har haft borgerstyret personlig assistance siden den 1. januar 2024.'), true);
      assert.equal(states('Du har boet i lejligheden siden 2019.'), true);
      assert.equal(states('Vi har ikke hørt fra dig siden.'), false);
      assert.equal(states('Vi har genvurderet din hjælp til rengøring, som du har fået siden 2022.'), false);
    });
    it('what the party told in a conversation or meeting on a date', () => {
      assert.equal(states('Da vi talte sammen i telefonen den 2. april 2025, fortalte du, at du ikke længere bruger rollatoren.'), true);
      assert.equal(states('I samtalen den 14. januar oplyste Jens, at han selv kan handle ind.'), true);
      assert.equal(states('På mødet den 3. juni sagde I, at Lærke sover dårligt.'), true);
      assert.equal(states('Da jeg talte med Ida den 2. maj, fortalte hun, at hun havde sendt ansøgningen igen for en sikkerheds skyld.'), true);
      assert.equal(states('Vi holder et møde den 3. juni, hvor vi fortæller om tilbuddet.'), false);
      assert.equal(states('Ring til os, hvis du vil tale med os før den 1. marts.'), false);
    });
    it('when the party was born, and a dated milestone reached', () => {
      assert.equal(states('Du er født i marts 1957.'), true);
      assert.equal(states('Malthe er født den 3. maj 2012 og går i 7. klasse.'), true);
      assert.equal(states('Du nåede folkepensionsalderen i marts 2024.'), true);
      assert.equal(states('Ydelsen er født ud af et ønske om fleksibilitet.'), false);
      assert.equal(states('Vi nåede ikke at behandle sagen.'), false);
    });
    it('what the thing applied for costs, held against a limit', () => {
      assert.equal(states('Dørklokken koster under 500 kr. Derfor kan vi ikke give tilskud.'), true);
      assert.equal(states('Lampen kostede 349 kr., som er mindre end 500 kr.'), true);
      assert.equal(states('Hvis et forbrugsgode koster under 500 kr., giver kommunen ikke tilskud.'), false);
      assert.equal(states('Stolen koster 4.995 kr.'), false);
    });
  });

  describe('an amount of money: decided or applied for, and whether its calculation is shown', () => {
    const decided = (sentence: string): boolean => {
      const letter = parseLetter(`${sentence}\n`);
      const block = letter.blocks[0];
      return figureInSentence(letter, block, block.text.search(/\d/)).decides;
    };
    it('a granted or paid amount is decided', () => {
      assert.equal(decided('Du får 700 kr. om måneden fra den 1. maj.'), true);
      assert.equal(decided('Tilskuddet udgør 21.760 kr. om måneden.'), true);
      // The benefit stated as what it is, and a pension contribution the municipality pays in.
      assert.equal(decided('Ydelsen er 21.346 kr. om måneden før skat.'), true);
      assert.equal(decided('Kommunen indbetaler desuden 1.708 kr. om måneden i pensionsbidrag.'), true);
      assert.equal(decided('Din løn er 38.000 kr. om måneden.'), false);
      // What the party is to pay for a stay or a service, as the decision sets it.
      assert.equal(decided('Din betaling for opholdet på Bostedet Engly er 6.215 kr. om måneden fra den 1. marts.'), true);
      assert.equal(decided('Egenbetalingen for madservice bliver 1.480 kr. om måneden.'), true);
      assert.equal(decided('Betalingen er 2.310 kr. om måneden.'), true);
      assert.equal(decided('Din betaling var tidligere 5.900 kr. om måneden.'), false);
      // What the party will receive is decided; what they receive today is income.
      assert.equal(decided('Du vil fremover modtage 9.400 kr. om måneden før skat.'), true);
      assert.equal(decided('Du modtager 17.800 kr. om måneden i førtidspension.'), false);
    });
    it('the amount applied for, a quote or a budget figure is not', () => {
      assert.equal(decided('Du har søgt om 1.100 kr. om måneden.'), false);
      assert.equal(decided('Tandlægens overslag er på 14.650 kr.'), false);
      // What something costs, or would have cost, is its price.
      assert.equal(decided('Kommunen betaler det, rollatoren fra vores leverandøraftale ville have kostet: 2.150 kr.'), false);
      assert.equal(decided('Kommunen betaler 2.150 kr. til rollatoren.'), true);
      // Asked for with words between: »bad du kommunen om at betale«, »har bedt os om at dække«.
      assert.equal(decided('Den 3. maj bad du kommunen om at betale de 899 kr., som du gav for stolen.'), false);
      assert.equal(decided('Du har bedt os om at dække 899 kr. til en stol.'), false);
      // What the parties told or wished for is a fact of the case, though it says who »fik« what before.
      assert.equal(decided('I oplyste samtidig, at Ida før sin diabetes fik juice i weekenden for ca. 30 kr. om måneden.'), false);
      assert.equal(decided('Din søn fortalte, at han fik 200 kr. om ugen i lommepenge.'), false);
      assert.equal(decided('Endelig ønskede I at få dækket 500 kr. om måneden til kost.'), false);
      assert.equal(decided('Du får 500 kr. om måneden til kost.'), true);
      // A refused item's price in brackets after a long name, and a club's fee, are no sums decided by a calculation.
      assert.equal(decided('Du får ikke støtte til træningslejren i sommerferien i Sverige (1.950 kr.).'), false);
      assert.equal(decided('Du får ikke støtte til træningslejren, men du får 600 kr. til støvler.'), true);
      // A price stated as a fact of the case, also where the sentence goes on to refuse a grant.
      assert.equal(decided('Da prisen er 329 kr., ligger den under grænsen, og vi kan ikke give tilskud til den.'), false);
      assert.equal(decided('Vi giver dig 329 kr. i tilskud til den.'), true);
      // Money the party holds, and a threshold the law sets, are facts of the case.
      assert.equal(decided('Du betaler selv dine regninger og har 4.000 kr. på en bufferkonto.'), false);
      const threshold = parseLetter('Udgiften ligger under beløbsgrænsen på 500 kr., og vi giver ikke tilskud.\n');
      assert.equal(figureInSentence(threshold, threshold.blocks[0], threshold.blocks[0].text.search(/500/)).decides, false);
      assert.equal(decided('Du betaler selv 4.000 kr. af prisen.'), true);
      // A comparison with the law's limit (»når udgiften er over 500 kr.«) is the limit too; »ud over« adds to a figure.
      const over = parseLetter('Tilskud til forbrugsgoder gives efter § 113, stk. 2, kun, når udgiften er over 500 kr.\n');
      assert.equal(figureInSentence(over, over.blocks[0], over.blocks[0].text.search(/500/)).decides, false);
      const beyond = parseLetter('Vi giver dig 3 timer ud over 500 kr. om måneden.\n');
      assert.equal(figureInSentence(beyond, beyond.blocks[0], beyond.blocks[0].text.search(/500/)).limit, false);
    });
    it('reads the words of the sentence, not its markup or link targets', () => {
      assert.equal(decided('Du **får** 700 kr. om måneden.'), true);
      assert.equal(decided('Efter [prislisten](https://kommune.dk/tilbud) får du 500 kr. om måneden.'), true);
      assert.equal(decided('Du har [søgt](https://kommune.dk/ansoegning) om 1.100 kr. om måneden.'), false);
    });
    const shown = (text: string): boolean => {
      const letter = parseLetter(text);
      return showsMoneyCalculation(letter, () => true, 0);
    };
    it('sees a calculation in kroner', () => {
      assert.equal(shown('Tilskuddet er 160 kr. × 136 timer = 21.760 kr. om måneden.\n'), true);
      assert.equal(shown('| Post | Kr. |\n|---|---:|\n| Sko | 1.450 |\n| Fradrag | – 600 |\n'), true);
      assert.equal(shown('Udgiften er samlet 200 kr. om måneden, svarende til 2.400 kr. om året.\n'), true);
    });
    it('does not take a conclusion or hours broken down for a calculation of money', () => {
      assert.equal(shown('Samlet set vurderer vi, at 800 kr. om måneden er passende.\n'), false);
      assert.equal(shown('Morgenhjælp 1,5 time × 7 dage = 10,5 timer.\n\nTilskuddet udgør 21.760 kr. om måneden.\n'), false);
    });
    it('does not take the application\'s own breakdown for the calculation of the grant', () => {
      assert.equal(shown('Du søgte om 900 kr. om måneden fordelt på taxa (500 kr.) og vask (400 kr.).\n\nDu får 600 kr. om måneden.\n'), false);
      assert.equal(shown('Af de 900 kr., du søgte om, får du 600 kr. om måneden fordelt på taxa (350 kr.) og vask (250 kr.).\n'), true);
      assert.equal(shown('Du har søgt om tilskud til en dobbelt sengebund (2 × 90 cm) til 14.990 kr.\n\nDu får et tilskud på 5.995 kr.\n'), false);
      assert.equal(shown('Du har søgt om tilskud til to sengebunde. Du får tilskud til én: 11.990 kr. / 2 = 5.995 kr.\n'), true);
      // The items of a list the application leads are the party's sums; under the authority's own lead they are the calculation.
      const list = (lead: string) => shown(`${lead}\n\n- taxa: 500 kr.\n- vask: 400 kr.\n\nDu får 600 kr.\n`);
      assert.equal(list('Du har søgt om 900 kr. om måneden. Du har sendt os denne liste:'), false);
      assert.equal(list('Sådan har vi regnet de 600 kr. ud:'), true);
    });
  });

  describe('a conclusion on how much help that stands without its reasons', () => {
    const bare = (reasons: string): string[] =>
      bareExtentJudgements(parseLetter(`## Begrundelse\n\n${reasons}\n`), (block) => block.kind === 'paragraph').map((j) => j.text);
    const unexplained = [
      'Vi vurderer, at 20 timer om ugen er passende.',
      'Kommunen finder, at rengøring hver anden uge er tilstrækkelig.',
      'Vi har vurderet, at to bade om ugen dækker dit behov.',
      'Efter en samlet vurdering mener vi, at 1.200 kr. om måneden er rimeligt.',
      'Vi vurderer, at du er i målgruppen. Vi vurderer også, at 8 timer om måneden er nok.',
      'Udvalget vurderer, at én weekend om måneden er det rette omfang.\n\nDu kan søge igen, hvis din situation ændrer sig.',
    ];
    for (const text of unexplained) it(`finds it in »${text.split('\n')[0]}«`, () => assert.equal(bare(text).length, 1));

    const explained = [
      'Vi vurderer, at to bade om ugen er nok, fordi du selv kan vaske dig ved håndvasken.',
      'Vi vurderer derfor, at 20 timer om ugen er passende.',
      'Samlet set vurderer vi, at 3 timer om ugen er tilstrækkeligt.',
      'Vi vurderer, at 20 timer om ugen er passende.\n\nDet skyldes, at Victor går i børnehave om formiddagen.',
      'Vi vurderer, at 20 timer om ugen er passende.\n\nVi har lagt vægt på, at Victor går i børnehave fra kl. 8 til 12.',
      'Vi vurderer, at 20 timer om ugen er passende.\n\nVictor er 6 år.\n\nVi har særligt lagt vægt på skemaet fra børnehaven.',
      'Hjælp til bad: 2 timer om ugen. Hjælp til indkøb: 1 time om ugen.\n\nVi vurderer, at 3 timer om ugen er tilstrækkeligt.',
      'Vi vurderer, at 2 timer om ugen er tilstrækkeligt. Du har fortalt, at du selv kan klæde dig på.',
      'Vi vurderer, at hjælpen er passende.',
      'Du får 20 timer om ugen.',
    ];
    for (const text of explained) it(`does not find it in »${text.split('\n')[0]}«`, () => assert.deepEqual(bare(text), []));
  });
});
