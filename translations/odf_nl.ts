<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>ActivityList</name>
    <message>
        <source>Activity</source>
        <extracomment>Accessible name of the history of the invoice</extracomment>
        <translation>Historiek</translation>
    </message>
    <message>
        <source>Nothing has happened to this invoice yet.</source>
        <translation>Er is nog niets met deze factuur gebeurd.</translation>
    </message>
</context>
<context>
    <name>BankClient</name>
    <message>
        <source>the amount is outside the range KBC finances</source>
        <translation>het bedrag valt buiten de grenzen die KBC financiert</translation>
    </message>
    <message>
        <source>the payment term is outside the range KBC accepts</source>
        <translation>de betalingstermijn valt buiten de grenzen die KBC aanvaardt</translation>
    </message>
    <message>
        <source>the invoice is too old</source>
        <translation>de factuur is te oud</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT number is not a valid Belgian number</source>
        <translation>het btw-nummer van de klant is geen geldig Belgisch nummer</translation>
    </message>
    <message>
        <source>the invoice is not in euro</source>
        <translation>de factuur is niet in euro opgemaakt</translation>
    </message>
    <message>
        <source>KBC decided not to buy this invoice. The decision is based on the customer&apos;s VAT number, the booking date and the payment term.</source>
        <translation>KBC heeft beslist deze factuur niet te kopen. De beslissing is gebaseerd op het btw-nummer van de klant, de boekingsdatum en de betalingstermijn.</translation>
    </message>
    <message>
        <source>KBC does not accept this invoice.</source>
        <translation>KBC aanvaardt deze factuur niet.</translation>
    </message>
    <message>
        <source>KBC does not accept this invoice: %1.</source>
        <translation>KBC aanvaardt deze factuur niet: %1.</translation>
    </message>
    <message>
        <source>This invoice would take the amount financed by KBC above your limit. Wait until the customers of financed invoices have paid.</source>
        <translation>Met deze factuur zou het door KBC gefinancierde bedrag uw limiet overschrijden. Wacht tot de klanten van gefinancierde facturen hebben betaald.</translation>
    </message>
    <message>
        <source>This invoice was already offered to KBC with other figures.</source>
        <translation>Deze factuur werd al met andere gegevens aan KBC aangeboden.</translation>
    </message>
    <message>
        <source>The time to sign in KBC Sign has run out; the request has lapsed. You can request financing again.</source>
        <translation>De tijd om te ondertekenen in KBC Sign is verstreken; de aanvraag is vervallen. U kunt opnieuw financiering aanvragen.</translation>
    </message>
    <message>
        <source>KBC cannot do this for the request in its present state.</source>
        <translation>KBC kan dit niet doen in de huidige status van de aanvraag.</translation>
    </message>
    <message>
        <source>KBC does not know this request.</source>
        <translation>KBC kent deze aanvraag niet.</translation>
    </message>
    <message>
        <source>KBC could not process the invoice: “%1” is missing.</source>
        <translation>KBC kon de factuur niet verwerken: “%1” ontbreekt.</translation>
    </message>
    <message>
        <source>KBC could not process the invoice: “%1” is not valid.</source>
        <translation>KBC kon de factuur niet verwerken: “%1” is niet geldig.</translation>
    </message>
    <message>
        <source>This bank does not allow its clock to be moved.</source>
        <translation>Deze bank staat niet toe dat haar klok wordt verzet.</translation>
    </message>
    <message>
        <source>The bank&apos;s clock only moves forward.</source>
        <translation>De klok van de bank kan enkel vooruit.</translation>
    </message>
    <message>
        <source>KBC had a problem of its own (HTTP status %1). Try again later.</source>
        <translation>KBC had zelf een probleem (HTTP-status %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>KBC did not understand this application&apos;s call (HTTP status %1).</source>
        <translation>KBC heeft het verzoek van dit programma niet begrepen (HTTP-status %1).</translation>
    </message>
    <message>
        <source>Could not connect to KBC: the bank refused the connection or is not running.</source>
        <translation>Kan geen verbinding maken met KBC: de bank heeft de verbinding geweigerd of is niet gestart.</translation>
    </message>
    <message>
        <source>The connection to KBC was closed before its answer was complete.</source>
        <translation>De verbinding met KBC werd verbroken voordat het antwoord volledig was.</translation>
    </message>
    <message numerus="yes">
        <source>KBC did not answer within %n second(s).</source>
        <translation>
            <numerusform>KBC heeft niet binnen %n seconde geantwoord.</numerusform>
            <numerusform>KBC heeft niet binnen %n seconden geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach KBC: %1</source>
        <translation>KBC is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>KBC sent an answer this application cannot read.</source>
        <translation>KBC stuurde een antwoord dat dit programma niet kan lezen.</translation>
    </message>
    <message>
        <source>The call to KBC failed.</source>
        <translation>Het verzoek aan KBC is mislukt.</translation>
    </message>
    <message>
        <source>KBC needs you to authorize this application in KBC Sign first.</source>
        <translation>KBC vraagt dat u deze toepassing eerst toestemming geeft in KBC Sign.</translation>
    </message>
    <message>
        <source>The authorization of this application in KBC Sign has expired after 60 days. Authorize it again to continue; nothing was lost.</source>
        <translation>De toestemming voor deze toepassing in KBC Sign is na 60 dagen vervallen. Geef opnieuw toestemming om verder te gaan; er ging niets verloren.</translation>
    </message>
</context>
<context>
    <name>BankTransferToDo</name>
    <message>
        <source>Customer paid &amp;me</source>
        <extracomment>Button: record that the customer paid the business, not KBC, for a financed invoice</extracomment>
        <translation>Klant heeft &amp;mij betaald</translation>
    </message>
    <message>
        <source>The customer paid this invoice to you instead of to KBC</source>
        <translation>De klant heeft deze factuur aan u betaald in plaats van aan KBC</translation>
    </message>
    <message>
        <source>Customer paid me instead of KBC</source>
        <translation>De klant heeft mij betaald in plaats van KBC</translation>
    </message>
    <message>
        <source>&amp;Transferred to KBC</source>
        <extracomment>Button: the money the customer paid has been transferred on to KBC</extracomment>
        <translation>&amp;Overgeschreven naar KBC</translation>
    </message>
    <message>
        <source>Mark the money as passed on to KBC</source>
        <translation>Aanduiden dat het geld naar KBC is overgeschreven</translation>
    </message>
    <message>
        <source>Money transferred to KBC</source>
        <translation>Geld overgeschreven naar KBC</translation>
    </message>
    <message>
        <source>To do: transfer %1 to KBC. The customer paid you on %2, but KBC bought this invoice, so the money belongs to KBC.</source>
        <extracomment>%1 is an amount, %2 the date the customer paid</extracomment>
        <translation>Te doen: schrijf %1 over naar KBC. De klant heeft u op %2 betaald, maar KBC heeft deze factuur gekocht, dus het geld komt KBC toe.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Usage: odf check [--today YYYY-MM-DD] [--json] [--lang en|nl|fr] FILE...</source>
        <translation>Gebruik: odf check [--today JJJJ-MM-DD] [--json] [--lang en|nl|fr] BESTAND...</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, nl or fr.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik en, nl of fr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is geen datum: gebruik JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>%1: invoice %2 qualifies for financing.</source>
        <translation>%1: factuur %2 komt in aanmerking voor financiering.</translation>
    </message>
    <message>
        <source>%1: invoice %2 does not qualify: %3</source>
        <translation>%1: factuur %2 komt niet in aanmerking: %3</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the list: %1 is its name, %2 its two-letter code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company name: enter the name of your company.</source>
        <translation>Bedrijfsnaam: vul de naam van uw bedrijf in.</translation>
    </message>
    <message>
        <source>VAT number: enter the VAT number of your company, e.g. BE 0123.456.749.</source>
        <translation>Btw-nummer: vul het btw-nummer van uw bedrijf in, bv. BE 0123.456.749.</translation>
    </message>
    <message>
        <source>VAT number: &quot;%1&quot; is not a valid Belgian VAT number. It is BE followed by ten digits, e.g. BE 0123.456.749.</source>
        <extracomment>%1 is the VAT number as typed</extracomment>
        <translation>Btw-nummer: &quot;%1&quot; is geen geldig Belgisch btw-nummer. Het bestaat uit BE gevolgd door tien cijfers, bv. BE 0123.456.749.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <source>Only an administrator can change the company profile.</source>
        <translation>Alleen een beheerder kan het bedrijfsprofiel wijzigen.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Bedrijfs&amp;naam:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>BE 0123.456.749</source>
        <translation>BE 0123.456.749</translation>
    </message>
    <message>
        <source>Price &amp;plan:</source>
        <extracomment>The company&apos;s price plan with KBC (Go, Move or Boost)</extracomment>
        <translation>&amp;Tariefplan:</translation>
    </message>
    <message>
        <source>Price plan</source>
        <translation>Tariefplan</translation>
    </message>
    <message>
        <source>Has a &amp;KBC business current account</source>
        <translation>Heeft een &amp;KBC-zichtrekening voor ondernemingen</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>Probleem met het profiel</translation>
    </message>
</context>
<context>
    <name>DemoControls</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Simulated date and time in the demo bar: %1 the date (with weekday), %2 the time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Simulated time:</source>
        <extracomment>Caption before the simulated date and time of a demo</extracomment>
        <translation>Gesimuleerde tijd:</translation>
    </message>
    <message>
        <source>Simulated date and time</source>
        <translation>Gesimuleerde datum en tijd</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <extracomment>Label of the choice how fast the simulated time runs</extracomment>
        <translation>S&amp;nelheid:</translation>
    </message>
    <message>
        <source>Speed of the simulated time</source>
        <translation>Snelheid van de gesimuleerde tijd</translation>
    </message>
    <message>
        <source>Real time</source>
        <extracomment>Speed of the simulated time: as fast as a clock</extracomment>
        <translation>Werkelijke tijd</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <extracomment>Speed of the simulated time, e.g. &quot;60× faster&quot;</extracomment>
        <translation>%1× sneller</translation>
    </message>
    <message>
        <source>&amp;Next working day</source>
        <translation>Vol&amp;gende werkdag</translation>
    </message>
    <message>
        <source>Next working day</source>
        <translation>Volgende werkdag</translation>
    </message>
    <message>
        <source>Jump to 09:00 on the next working day, the morning KBC pays out</source>
        <translation>Naar 09:00 uur op de volgende werkdag springen, de ochtend waarop KBC uitbetaalt</translation>
    </message>
    <message>
        <source>C&amp;ustomer pays KBC</source>
        <translation>&amp;Klant betaalt KBC</translation>
    </message>
    <message>
        <source>Customer pays KBC</source>
        <translation>Klant betaalt KBC</translation>
    </message>
    <message>
        <source>Play the customer of the selected financed invoice paying it to KBC</source>
        <translation>Simuleren dat de klant de geselecteerde gefinancierde factuur aan KBC betaalt</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is geen datum: gebruik JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, nl or fr.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik en, nl of fr.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Onbekende optie %1.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing</source>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Your invoices could not be opened:
%1

The file is left untouched. Continue with the demo company instead, without saving?</source>
        <translation>Uw facturen konden niet worden geopend:
%1

Het bestand blijft ongewijzigd. Wilt u in plaats daarvan verdergaan met het demobedrijf, zonder op te slaan?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a bank: use http://127.0.0.1:PORT.</source>
        <translation>&quot;%1&quot; is geen adres van een bank: gebruik http://127.0.0.1:POORT.</translation>
    </message>
</context>
<context>
    <name>EligibilityRules</name>
    <message>
        <source>Amount</source>
        <extracomment>Why? list, rule title: the invoice total including VAT</extracomment>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Payment term</source>
        <extracomment>Why? list, rule title: days between invoice date and due date</extracomment>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <source>Invoice age</source>
        <extracomment>Why? list, rule title: how many working days ago the invoice was issued</extracomment>
        <translation>Ouderdom van de factuur</translation>
    </message>
    <message>
        <source>Customer type</source>
        <extracomment>Why? list, rule title: company, public body or private person</extracomment>
        <translation>Soort klant</translation>
    </message>
    <message>
        <source>VAT number</source>
        <extracomment>Why? list, rule title: the customer&apos;s Belgian VAT (enterprise) number</extracomment>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Customer country</source>
        <extracomment>Why? list, rule title</extracomment>
        <translation>Land van de klant</translation>
    </message>
    <message>
        <source>Currency</source>
        <extracomment>Why? list, rule title: the currency of the invoice</extracomment>
        <translation>Munt</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <extracomment>Why? list, rule title: only invoices sent to customers can be financed</extracomment>
        <translation>Verkoopfactuur</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <extracomment>Why? list, rule title: invoice, advance invoice or credit note</extracomment>
        <translation>Soort factuur</translation>
    </message>
    <message>
        <source>Payments</source>
        <extracomment>Why? list, rule title: payments already received on the invoice</extracomment>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <extracomment>Why? list, rule title: credit notes issued against the invoice</extracomment>
        <translation>Creditnota&apos;s</translation>
    </message>
    <message>
        <source>Booking</source>
        <extracomment>Why? list, rule title: whether the invoice is booked or still a draft</extracomment>
        <translation>Inboeking</translation>
    </message>
    <message>
        <source>Financing limit</source>
        <extracomment>Why? list, rule title: the EUR 100,000 total the bank finances at most</extracomment>
        <translation>Financieringslimiet</translation>
    </message>
    <message>
        <source>Financed before</source>
        <extracomment>Why? list, rule title: an invoice can be financed only once</extracomment>
        <translation>Al gefinancierd</translation>
    </message>
    <message>
        <source>The amount including VAT is %1; it must be between %2 and %3. An invoice cannot be financed in part.</source>
        <translation>Het bedrag inclusief btw is %1; het moet tussen %2 en %3 liggen. Een factuur kan niet gedeeltelijk worden gefinancierd.</translation>
    </message>
    <message>
        <source>The amount including VAT is %1; it must be between %2 and %3.</source>
        <translation>Het bedrag inclusief btw is %1; het moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>The invoice has no due date, so no payment term; the term must be between %1 and %2 days.</source>
        <translation>De factuur heeft geen vervaldag en dus geen betalingstermijn; de termijn moet tussen %1 en %2 dagen liggen.</translation>
    </message>
    <message numerus="yes">
        <source>The payment term is %n day(s); it must be between %1 and %2 days.</source>
        <translation>
            <numerusform>De betalingstermijn is %n dag; hij moet tussen %1 en %2 dagen liggen.</numerusform>
            <numerusform>De betalingstermijn is %n dagen; hij moet tussen %1 en %2 dagen liggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice is %n working day(s) old; it may be at most %1 working days old.</source>
        <translation>
            <numerusform>De factuur is %n werkdag oud; ze mag hoogstens %1 werkdagen oud zijn.</numerusform>
            <numerusform>De factuur is %n werkdagen oud; ze mag hoogstens %1 werkdagen oud zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer has no VAT or enterprise number, so it counts as a private person; only invoices to companies and public bodies can be financed.</source>
        <translation>De klant heeft geen btw- of ondernemingsnummer en geldt dus als particulier; enkel facturen aan ondernemingen en overheidsinstellingen kunnen worden gefinancierd.</translation>
    </message>
    <message>
        <source>The customer is a private person; only invoices to companies and public bodies can be financed.</source>
        <translation>De klant is een particulier; enkel facturen aan ondernemingen en overheidsinstellingen kunnen worden gefinancierd.</translation>
    </message>
    <message>
        <source>The customer&apos;s number %1 is not a valid Belgian VAT number.</source>
        <translation>Het nummer %1 van de klant is geen geldig Belgisch btw-nummer.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is unknown; only customers in Belgium (BE) qualify.</source>
        <translation>Het land van de klant is onbekend; enkel klanten in België (BE) komen in aanmerking.</translation>
    </message>
    <message>
        <source>The customer&apos;s country code is %1; only customers in Belgium (BE) qualify.</source>
        <translation>De landcode van de klant is %1; enkel klanten in België (BE) komen in aanmerking.</translation>
    </message>
    <message>
        <source>The invoice is in %1; only invoices in euro (EUR) qualify.</source>
        <translation>De factuur is opgemaakt in %1; enkel facturen in euro (EUR) komen in aanmerking.</translation>
    </message>
    <message>
        <source>This is a purchase invoice; only sales invoices can be financed.</source>
        <translation>Dit is een aankoopfactuur; enkel verkoopfacturen kunnen worden gefinancierd.</translation>
    </message>
    <message>
        <source>This is a credit note; only invoices can be financed.</source>
        <translation>Dit is een creditnota; enkel facturen kunnen worden gefinancierd.</translation>
    </message>
    <message>
        <source>This is an advance invoice; only final invoices can be financed.</source>
        <translation>Dit is een voorschotfactuur; enkel eindfacturen kunnen worden gefinancierd.</translation>
    </message>
    <message>
        <source>%1 of this invoice has already been paid; only unpaid invoices qualify.</source>
        <translation>Van deze factuur is al %1 betaald; enkel onbetaalde facturen komen in aanmerking.</translation>
    </message>
    <message>
        <source>%1 of this invoice has been credited; only invoices without credit notes qualify.</source>
        <translation>Van deze factuur is %1 gecrediteerd; enkel facturen zonder creditnota komen in aanmerking.</translation>
    </message>
    <message>
        <source>This invoice is a draft: book this invoice first.</source>
        <translation>Deze factuur is een concept: boek deze factuur eerst in.</translation>
    </message>
    <message>
        <source>Financing %1 would exceed the limit of %2: %3 is already financed or requested, so %4 is still available.</source>
        <translation>Met de financiering van %1 zou de limiet van %2 overschreden worden: er is al %3 gefinancierd of aangevraagd, dus nog %4 beschikbaar.</translation>
    </message>
    <message>
        <source>This invoice has already been financed; an invoice can be financed only once.</source>
        <translation>Deze factuur is al gefinancierd; een factuur kan maar één keer worden gefinancierd.</translation>
    </message>
</context>
<context>
    <name>FinancingBackend</name>
    <message>
        <source>Next working day</source>
        <translation>Volgende werkdag</translation>
    </message>
    <message>
        <source>KBC&apos;s date could not be read.</source>
        <translation>De datum van KBC kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>FinancingFigures</name>
    <message>
        <source>Financing cost</source>
        <translation>Financieringskost</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>The financing fee as a percentage of the invoice</extracomment>
        <translation>Vergoeding</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Uitbetalingsdatum</translation>
    </message>
    <message>
        <source>Estimate: KBC confirms the exact amounts when you request financing.</source>
        <translation>Raming: KBC bevestigt de exacte bedragen wanneer u de financiering aanvraagt.</translation>
    </message>
    <message>
        <source>Estimate</source>
        <extracomment>Accessible name of the note that the amounts are an estimate</extracomment>
        <translation>Raming</translation>
    </message>
    <message>
        <source>KBC paid you</source>
        <extracomment>Caption of the amount KBC paid out</extracomment>
        <translation>KBC heeft u betaald</translation>
    </message>
    <message>
        <source>KBC pays you</source>
        <extracomment>Caption of the amount KBC will pay out</extracomment>
        <translation>KBC betaalt u</translation>
    </message>
</context>
<context>
    <name>FinancingPanel</name>
    <message>
        <source>KBC On Demand Financing</source>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Select an invoice to see whether KBC can finance it.</source>
        <translation>Selecteer een factuur om te zien of KBC ze kan financieren.</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>Geen factuur geselecteerd</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Amount including VAT</source>
        <translation>Bedrag inclusief btw</translation>
    </message>
    <message>
        <source>Financing details</source>
        <translation>Details van de financiering</translation>
    </message>
    <message>
        <source>Waiting for KBC</source>
        <translation>Wachten op KBC</translation>
    </message>
    <message>
        <source>Time left to sign</source>
        <translation>Resterende tijd om te ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <extracomment>Button that shows every reason why the invoice does not qualify</extracomment>
        <translation>&amp;Waarom?</translation>
    </message>
    <message>
        <source>Why is this invoice not eligible?</source>
        <translation>Waarom komt deze factuur niet in aanmerking?</translation>
    </message>
    <message>
        <source>Show every reason why this invoice does not qualify</source>
        <translation>Alle redenen tonen waarom deze factuur niet in aanmerking komt</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <extracomment>Button: ask KBC again for a quote after it did not answer</extracomment>
        <translation>Opnieuw &amp;vragen</translation>
    </message>
    <message>
        <source>Ask KBC again</source>
        <translation>KBC opnieuw vragen</translation>
    </message>
    <message>
        <source>&amp;Book invoice</source>
        <translation>Factuur &amp;inboeken</translation>
    </message>
    <message>
        <source>Book invoice</source>
        <translation>Factuur inboeken</translation>
    </message>
    <message>
        <source>E-&amp;mail to customer</source>
        <translation>E-&amp;mailen naar klant</translation>
    </message>
    <message>
        <source>E-mail to customer</source>
        <translation>E-mailen naar klant</translation>
    </message>
    <message>
        <source>&amp;Request financing</source>
        <translation>&amp;Financiering aanvragen</translation>
    </message>
    <message>
        <source>Request financing</source>
        <translation>Financiering aanvragen</translation>
    </message>
    <message>
        <source>E-mail status</source>
        <translation>E-mailstatus</translation>
    </message>
    <message>
        <source>Why Request financing is not available</source>
        <translation>Waarom Financiering aanvragen niet beschikbaar is</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>Caption above the history of the invoice (imported, booked, e-mailed...)</extracomment>
        <translation>Historiek</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <extracomment>Panel heading; %1 is the invoice number</extracomment>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>Available once the invoice has been e-mailed to the customer: KBC can only buy an invoice the customer officially received.</source>
        <translation>Beschikbaar zodra de factuur naar de klant is gemaild: KBC kan enkel een factuur kopen die de klant officieel heeft ontvangen.</translation>
    </message>
    <message>
        <source>Available once KBC has answered.</source>
        <translation>Beschikbaar zodra KBC heeft geantwoord.</translation>
    </message>
    <message>
        <source>Ask KBC to buy this invoice</source>
        <translation>KBC vragen deze factuur te kopen</translation>
    </message>
    <message>
        <source>E-mailed to %1 on %2</source>
        <translation>Op %2 gemaild naar %1</translation>
    </message>
    <message>
        <source>%1 left to sign in KBC Sign</source>
        <translation>Nog %1 om te ondertekenen in KBC Sign</translation>
    </message>
    <message>
        <source>E-mail invoice</source>
        <translation>Factuur e-mailen</translation>
    </message>
    <message>
        <source>Send invoice %1 to this e-mail address:</source>
        <translation>Factuur %1 verzenden naar dit e-mailadres:</translation>
    </message>
    <message>
        <source>Advance invoice %1</source>
        <extracomment>Panel heading; %1 is the number of an advance (deposit) invoice</extracomment>
        <translation>Voorschotfactuur %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <extracomment>Panel heading; %1 is the number of a credit note</extracomment>
        <translation>Creditnota %1</translation>
    </message>
    <message>
        <source>Open KBC &amp;Sign</source>
        <extracomment>Button: open the (simulated) KBC Sign app to confirm or decline the request</extracomment>
        <translation>KBC &amp;Sign openen</translation>
    </message>
    <message>
        <source>Open KBC Sign</source>
        <translation>KBC Sign openen</translation>
    </message>
    <message>
        <source>Confirm or decline this request in KBC Sign</source>
        <translation>Deze aanvraag bevestigen of weigeren in KBC Sign</translation>
    </message>
    <message>
        <source>Problem with KBC</source>
        <translation>Probleem met KBC</translation>
    </message>
    <message>
        <source>Waiting for KBC to answer the request.</source>
        <translation>Wachten tot KBC op de aanvraag antwoordt.</translation>
    </message>
    <message>
        <source>Set &amp;up KBC On Demand Financing</source>
        <extracomment>Button in the panel while the integration with KBC is not set up</extracomment>
        <translation>KBC On Demand Financing &amp;instellen</translation>
    </message>
    <message>
        <source>Set up KBC On Demand Financing</source>
        <translation>KBC On Demand Financing instellen</translation>
    </message>
    <message>
        <source>Open Integrations to add and authorize KBC On Demand Financing</source>
        <translation>Open Integraties om KBC On Demand Financing toe te voegen en toestemming te geven</translation>
    </message>
</context>
<context>
    <name>FinancingTexts</name>
    <message>
        <source>Purchase invoice</source>
        <extracomment>Financing state of an invoice the business received from a supplier</extracomment>
        <translation>Aankoopfactuur</translation>
    </message>
    <message>
        <source>Book this invoice first</source>
        <extracomment>Financing state: a draft invoice must be booked before it can be financed</extracomment>
        <translation>Boek deze factuur eerst in</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <extracomment>Financing state: the invoice does not qualify for financing</extracomment>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <extracomment>Financing state: waiting for the bank&apos;s first answer</extracomment>
        <translation>Wachten op goedkeuring</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Financing state: the invoice qualifies for financing</extracomment>
        <translation>Komt in aanmerking</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <extracomment>Financing state: the request must be confirmed in KBC Sign</extracomment>
        <translation>Wachten op handtekening</translation>
    </message>
    <message>
        <source>Payout pending</source>
        <extracomment>Financing state: signed, the bank pays out on the next working day</extracomment>
        <translation>Uitbetaling in behandeling</translation>
    </message>
    <message>
        <source>Financed</source>
        <extracomment>Financing state: the bank bought the invoice and paid the business</extracomment>
        <translation>Gefinancierd</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>Financing state: the customer paid the bank</extracomment>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Refused by KBC</source>
        <extracomment>Financing state: the bank declined to buy the invoice</extracomment>
        <translation>Geweigerd door KBC</translation>
    </message>
    <message>
        <source>Purchase invoices cannot be financed: KBC only buys invoices you send to your customers.</source>
        <translation>Aankoopfacturen kunnen niet worden gefinancierd: KBC koopt enkel facturen die u naar uw klanten stuurt.</translation>
    </message>
    <message>
        <source>This invoice is still a draft. Once it is booked, KBC can check whether it qualifies for financing.</source>
        <translation>Deze factuur is nog een concept. Zodra ze is ingeboekt, kan KBC nagaan of ze in aanmerking komt voor financiering.</translation>
    </message>
    <message>
        <source>KBC has not answered yet: %1</source>
        <translation>KBC heeft nog niet geantwoord: %1</translation>
    </message>
    <message>
        <source>KBC is checking this invoice and calculating what it would pay you.</source>
        <translation>KBC controleert deze factuur en berekent wat u zou ontvangen.</translation>
    </message>
    <message>
        <source>KBC can buy this invoice: it pays you the amount below on the next working day after you sign, and collects the invoice from your customer.</source>
        <translation>KBC kan deze factuur kopen: KBC betaalt u het onderstaande bedrag op de eerstvolgende werkdag nadat u hebt ondertekend, en int de factuur bij uw klant.</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the request in KBC Sign within %n minute(s); after that it lapses.</source>
        <translation>
            <numerusform>Bevestig de aanvraag binnen %n minuut in KBC Sign; daarna vervalt ze.</numerusform>
            <numerusform>Bevestig de aanvraag binnen %n minuten in KBC Sign; daarna vervalt ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed the request. KBC pays you on %1.</source>
        <translation>U hebt de aanvraag ondertekend. KBC betaalt u op %1.</translation>
    </message>
    <message>
        <source>You signed the request. KBC pays you within 24 hours, on the next working day.</source>
        <translation>U hebt de aanvraag ondertekend. KBC betaalt u binnen 24 uur, op de eerstvolgende werkdag.</translation>
    </message>
    <message>
        <source>KBC bought this invoice and paid you. Your customer now pays the invoice to KBC.</source>
        <translation>KBC heeft deze factuur gekocht en u betaald. Uw klant betaalt de factuur nu aan KBC.</translation>
    </message>
    <message>
        <source>Your customer paid KBC. This financing is complete.</source>
        <translation>Uw klant heeft KBC betaald. Deze financiering is afgerond.</translation>
    </message>
    <message>
        <source>KBC decided not to buy this invoice. KBC gives no reason; its decision was based on the customer&apos;s VAT number, the booking date and the payment term.</source>
        <translation>KBC heeft beslist deze factuur niet te kopen. KBC geeft geen reden op; de beslissing is gebaseerd op het btw-nummer van de klant, de boekingsdatum en de betalingstermijn.</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Activity: the invoice was imported from a file</extracomment>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Geïmporteerd uit %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <extracomment>Activity: the draft invoice was booked</extracomment>
        <translation>Ingeboekt</translation>
    </message>
    <message>
        <source>E-mailed to the customer</source>
        <translation>Naar de klant gemaild</translation>
    </message>
    <message>
        <source>E-mailed to %1</source>
        <translation>Gemaild naar %1</translation>
    </message>
    <message>
        <source>Financing requested from KBC</source>
        <translation>Financiering aangevraagd bij KBC</translation>
    </message>
    <message>
        <source>Request confirmed in KBC Sign</source>
        <translation>Aanvraag bevestigd in KBC Sign</translation>
    </message>
    <message>
        <source>KBC paid out the financing</source>
        <translation>KBC heeft de financiering uitbetaald</translation>
    </message>
    <message>
        <source>The customer paid KBC</source>
        <translation>De klant heeft KBC betaald</translation>
    </message>
    <message>
        <source>KBC refused to finance this invoice</source>
        <translation>KBC heeft geweigerd deze factuur te financieren</translation>
    </message>
    <message>
        <source>The request lapsed: it was not confirmed in KBC Sign in time</source>
        <translation>De aanvraag is vervallen: ze werd niet op tijd bevestigd in KBC Sign</translation>
    </message>
    <message>
        <source>The request was declined in KBC Sign</source>
        <translation>De aanvraag werd geweigerd in KBC Sign</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>One line of an invoice&apos;s activity: %1 date, %2 time, %3 what happened</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;0.90%&quot;; %1 is the number with two decimals</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>The customer paid you instead of KBC: pass the money on to KBC</source>
        <translation>De klant heeft u betaald in plaats van KBC: schrijf het geld over naar KBC</translation>
    </message>
    <message>
        <source>The customer&apos;s payment was passed on to KBC</source>
        <translation>De betaling van de klant werd naar KBC overgeschreven</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Financing state: the integration with KBC is not set up</extracomment>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>KBC On Demand Financing is not set up for your company. Once an administrator has added it in Integrations and authorized it in KBC Sign, KBC can check which invoices it can finance.</source>
        <translation>KBC On Demand Financing is nog niet ingesteld voor uw bedrijf. Zodra een beheerder het in Integraties heeft toegevoegd en er in KBC Sign toestemming voor heeft gegeven, kan KBC nagaan welke facturen het kan financieren.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import invoices</source>
        <translation>Facturen importeren</translation>
    </message>
    <message>
        <source>UBL invoices (*.xml);;All files (*)</source>
        <translation>UBL-facturen (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>• %1</source>
        <extracomment>One line in the list of files that could not be imported</extracomment>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported.</source>
        <translation>
            <numerusform>%n factuur geïmporteerd.</numerusform>
            <numerusform>%n facturen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n bestand kon niet worden geïmporteerd.</numerusform>
            <numerusform>%n bestanden konden niet worden geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InProcessBank</name>
    <message>
        <source>The simulated bank&apos;s books in %1 cannot be read (%2). It starts with empty books.</source>
        <translation>De boekhouding van de gesimuleerde bank in %1 kan niet worden gelezen (%2). De bank start met een lege boekhouding.</translation>
    </message>
    <message>
        <source>The simulated bank could not start: no free port on 127.0.0.1.</source>
        <translation>De gesimuleerde bank kon niet starten: er is geen vrije poort op 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>IntegrationController</name>
    <message>
        <source>Remove KBC On Demand Financing</source>
        <translation>KBC On Demand Financing verwijderen</translation>
    </message>
    <message>
        <source>Remove KBC On Demand Financing from your company?</source>
        <translation>KBC On Demand Financing verwijderen uit uw bedrijf?</translation>
    </message>
    <message>
        <source>KBC&apos;s access to your business account is withdrawn. Invoices KBC already financed stay as they are.</source>
        <translation>De toegang van KBC tot uw zakelijke rekening wordt ingetrokken. Facturen die KBC al financierde, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button of the confirmation: remove the integration</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No keychain is available: the authorization is kept until you close the application.</source>
        <translation>Er is geen sleutelhanger beschikbaar: de toestemming wordt bewaard tot u de toepassing sluit.</translation>
    </message>
    <message>
        <source>The company profile was not changed: only an administrator can change it.</source>
        <translation>Het bedrijfsprofiel is niet gewijzigd: alleen een beheerder kan het wijzigen.</translation>
    </message>
</context>
<context>
    <name>IntegrationRules</name>
    <message>
        <source>KBC On Demand Financing is offered only to companies registered in Belgium.</source>
        <translation>KBC On Demand Financing wordt alleen aangeboden aan bedrijven die in België zijn ingeschreven.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing is part of the Move and Boost plans; this company is on the Go plan.</source>
        <translation>KBC On Demand Financing hoort bij de tariefplannen Move en Boost; dit bedrijf heeft het Go-plan.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing pays out to a KBC business current account; this company has none. Open one at KBC first.</source>
        <translation>KBC On Demand Financing betaalt uit op een KBC-zichtrekening voor ondernemingen; dit bedrijf heeft er geen. Open er eerst een bij KBC.</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <extracomment>Window title of the page that lists the services connected to the company</extracomment>
        <translation>Integraties</translation>
    </message>
    <message>
        <source>No integrations are offered for companies outside Belgium.</source>
        <translation>Voor bedrijven buiten België worden geen integraties aangeboden.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing</source>
        <extracomment>Product name, normally left as it is</extracomment>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>KBC buys the invoices you choose and pays you the amount minus a fee on the next working day.</source>
        <translation>KBC koopt de facturen die u kiest en betaalt u het bedrag min een vergoeding op de volgende werkdag.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Authorization in KBC Sign</source>
        <translation>Toestemming in KBC Sign</translation>
    </message>
    <message>
        <source>Where the authorization is kept</source>
        <translation>Waar de toestemming wordt bewaard</translation>
    </message>
    <message>
        <source>Problem with KBC</source>
        <translation>Probleem met KBC</translation>
    </message>
    <message>
        <source>Why you cannot add or remove integrations</source>
        <translation>Waarom u geen integraties kunt toevoegen of verwijderen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the integration to the company</extracomment>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add KBC On Demand Financing</source>
        <translation>KBC On Demand Financing toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Button: remove the integration from the company</extracomment>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove KBC On Demand Financing</source>
        <translation>KBC On Demand Financing verwijderen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Added to your company</source>
        <extracomment>Availability of the integration: it is part of the company&apos;s setup</extracomment>
        <translation>Toegevoegd aan uw bedrijf</translation>
    </message>
    <message>
        <source>Available for your company</source>
        <translation>Beschikbaar voor uw bedrijf</translation>
    </message>
    <message>
        <source>No keychain is available: the authorization is kept until you close the application.</source>
        <translation>Er is geen sleutelhanger beschikbaar: de toestemming wordt bewaard tot u de toepassing sluit.</translation>
    </message>
    <message>
        <source>Only an administrator can add or remove integrations.</source>
        <translation>Alleen een beheerder kan integraties toevoegen of verwijderen.</translation>
    </message>
    <message>
        <source>Add KBC On Demand Financing to your company</source>
        <translation>KBC On Demand Financing toevoegen aan uw bedrijf</translation>
    </message>
    <message>
        <source>Remove KBC On Demand Financing and withdraw its authorization</source>
        <translation>KBC On Demand Financing verwijderen en de toestemming intrekken</translation>
    </message>
    <message>
        <source>Authorize in KBC &amp;Sign</source>
        <translation>Toestemming geven in KBC &amp;Sign</translation>
    </message>
    <message>
        <source>Authorize in KBC Sign</source>
        <translation>Toestemming geven in KBC Sign</translation>
    </message>
    <message>
        <source>Re&amp;new authorization</source>
        <translation>Toestemming &amp;vernieuwen</translation>
    </message>
    <message>
        <source>Renew authorization</source>
        <translation>Toestemming vernieuwen</translation>
    </message>
    <message numerus="yes">
        <source>Allow KBC On Demand Financing to access your KBC business account for %n day(s)</source>
        <translation>
            <numerusform>KBC On Demand Financing %n dag toegang geven tot uw zakelijke KBC-rekening</numerusform>
            <numerusform>KBC On Demand Financing %n dagen toegang geven tot uw zakelijke KBC-rekening</numerusform>
        </translation>
    </message>
    <message>
        <source>Not authorized yet: authorize it in KBC Sign before KBC can finance invoices.</source>
        <translation>Nog geen toestemming: geef toestemming in KBC Sign voordat KBC facturen kan financieren.</translation>
    </message>
    <message>
        <source>Authorized in KBC Sign, valid until %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Toestemming gegeven in KBC Sign, geldig tot %1.</translation>
    </message>
    <message numerus="yes">
        <source>The authorization expires in %n day(s), on %1. Renew it to keep financing invoices.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>
            <numerusform>De toestemming vervalt over %n dag, op %1. Vernieuw ze om facturen te blijven financieren.</numerusform>
            <numerusform>De toestemming vervalt over %n dagen, op %1. Vernieuw ze om facturen te blijven financieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization expired on %1. Renew it before you finance an invoice.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>De toestemming is vervallen op %1. Vernieuw ze voordat u een factuur financiert.</translation>
    </message>
</context>
<context>
    <name>InvoiceImporter</name>
    <message>
        <source>%1: invoice %2 is already in the list.</source>
        <translation>%1: factuur %2 staat al in de lijst.</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Credit note</source>
        <extracomment>Status column: the document is a credit note</extracomment>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Status column: a draft invoice, not booked yet</extracomment>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <extracomment>Status column: the customer paid part of the invoice</extracomment>
        <translation>Gedeeltelijk betaald</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Status column: the invoice is paid</extracomment>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Credited</source>
        <extracomment>Status column: a credit note was issued against the invoice</extracomment>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Status column: the invoice was e-mailed to the customer</extracomment>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Booked</source>
        <extracomment>Status column: the invoice is booked (entered in the books), not sent yet</extracomment>
        <translation>Ingeboekt</translation>
    </message>
    <message>
        <source>Book first</source>
        <extracomment>Financing column, short: a draft must be booked before it can be financed</extracomment>
        <translation>Eerst inboeken</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <extracomment>Financing column: the invoice does not qualify (same words as the panel)</extracomment>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Financing column: the invoice qualifies (same words as the panel)</extracomment>
        <translation>Komt in aanmerking</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <extracomment>Financing column: the request must be confirmed in KBC Sign</extracomment>
        <translation>Wachten op handtekening</translation>
    </message>
    <message>
        <source>Payout pending</source>
        <extracomment>Financing column: signed, the bank pays out on the next working day</extracomment>
        <translation>Uitbetaling in behandeling</translation>
    </message>
    <message>
        <source>Financed</source>
        <extracomment>Financing column: the bank bought the invoice (same word as the panel)</extracomment>
        <translation>Gefinancierd</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>Financing column: the customer paid the bank (same word as the panel)</extracomment>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Refused by KBC</source>
        <extracomment>Financing column: the bank declined to buy the invoice</extracomment>
        <translation>Geweigerd door KBC</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column header: the invoice number</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Column header: the customer&apos;s name</extracomment>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <extracomment>Tooltip of the column header &quot;Date&quot;</extracomment>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Column header: the date by which the customer must pay</extracomment>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: where the invoice stands (draft, sent, paid...)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Financing</source>
        <extracomment>Column header: the invoice&apos;s state with KBC On Demand Financing</extracomment>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column header, short: the date of the invoice</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column header, short: the invoice total including VAT</extracomment>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <extracomment>Tooltip of the column header &quot;Total&quot;</extracomment>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <source>KBC On Demand Financing</source>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Financing column: the integration with KBC is not set up</extracomment>
        <translation>Niet gekoppeld</translation>
    </message>
</context>
<context>
    <name>InvoiceOverview</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Invoice number or customer</source>
        <translation>Factuurnummer of klant</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Facturen zoeken</translation>
    </message>
    <message>
        <source>Shows the invoices whose number or customer contains the text</source>
        <translation>Toont de facturen waarvan het nummer of de klant de tekst bevat</translation>
    </message>
    <message>
        <source>Only &amp;qualifying</source>
        <translation>&amp;Enkel wat in aanmerking komt</translation>
    </message>
    <message>
        <source>Only qualifying invoices</source>
        <translation>Enkel facturen die in aanmerking komen</translation>
    </message>
    <message>
        <source>Show only the invoices that qualify for financing now</source>
        <translation>Enkel de facturen tonen die nu in aanmerking komen voor financiering</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
</context>
<context>
    <name>KbcAuthorizeWindow</name>
    <message>
        <source>Asking KBC…</source>
        <translation>KBC wordt gevraagd…</translation>
    </message>
    <message>
        <source>KBC Sign</source>
        <extracomment>Window title: the name of KBC&apos;s signing app, normally left as it is
----------
The name of KBC&apos;s signing app, normally left as it is</extracomment>
        <translation>KBC Sign</translation>
    </message>
    <message>
        <source>Authorize an application</source>
        <translation>Een toepassing toestemming geven</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>Caption above the name of the company that gives the authorization</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <extracomment>%1 is the company&apos;s VAT number</extracomment>
        <translation>Btw-nummer %1</translation>
    </message>
    <message numerus="yes">
        <source>Allow KBC On Demand Financing to access your KBC business account for %n day(s).</source>
        <translation>
            <numerusform>KBC On Demand Financing %n dag toegang geven tot uw zakelijke KBC-rekening.</numerusform>
            <numerusform>KBC On Demand Financing %n dagen toegang geven tot uw zakelijke KBC-rekening.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <extracomment>Button: give the authorization in the signing app</extracomment>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Confirm the authorization</source>
        <translation>De toestemming bevestigen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel the authorization</source>
        <translation>De toestemming annuleren</translation>
    </message>
</context>
<context>
    <name>KbcSignWindow</name>
    <message>
        <source>KBC Sign</source>
        <extracomment>Window title: the name of KBC&apos;s signing app, normally left as it is
----------
The name of KBC&apos;s signing app, normally left as it is</extracomment>
        <translation>KBC Sign</translation>
    </message>
    <message>
        <source>Confirm the financing of an invoice</source>
        <translation>Financiering van een factuur bevestigen</translation>
    </message>
    <message>
        <source>Financing for</source>
        <extracomment>Caption above the name of the business whose invoice is financed</extracomment>
        <translation>Financiering voor</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>Caption above the invoice number</extracomment>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>KBC pays you</source>
        <extracomment>Caption of the amount KBC will pay out</extracomment>
        <translation>KBC betaalt u</translation>
    </message>
    <message>
        <source>Financing cost</source>
        <translation>Financieringskost</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <extracomment>Button: agree to the financing request in the signing app</extracomment>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Confirm the financing request</source>
        <translation>De financieringsaanvraag bevestigen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <extracomment>Button: refuse the financing request in the signing app</extracomment>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <source>Decline the financing request</source>
        <translation>De financieringsaanvraag weigeren</translation>
    </message>
    <message>
        <source>No request to confirm</source>
        <translation>Geen aanvraag om te bevestigen</translation>
    </message>
    <message>
        <source>%1 left to confirm</source>
        <extracomment>%1 is the time left to confirm, in minutes and seconds: &quot;5:42&quot;</extracomment>
        <translation>Nog %1 om te bevestigen</translation>
    </message>
    <message>
        <source>Confirmed. KBC pays you on the next working day.</source>
        <translation>Bevestigd. KBC betaalt u op de eerstvolgende werkdag.</translation>
    </message>
    <message>
        <source>Declined. This invoice is not financed.</source>
        <translation>Geweigerd. Deze factuur wordt niet gefinancierd.</translation>
    </message>
    <message>
        <source>This request has lapsed</source>
        <translation>Deze aanvraag is vervallen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the entries are the languages, each written in its own language</extracomment>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Number format</source>
        <extracomment>Submenu: how amounts and dates are written, apart from the language of the texts</extracomment>
        <translation>&amp;Getalnotatie</translation>
    </message>
    <message>
        <source>Follow the language</source>
        <extracomment>Number format: write amounts and dates as the chosen language does</extracomment>
        <translation>Volgens de taal</translation>
    </message>
</context>
<context>
    <name>LimitGauge</name>
    <message>
        <source>%1 used · %2 reserved · %3 available of %4</source>
        <extracomment>The financing limit under its bar. %1: financed, not yet paid back by the customer; %2: requested, awaiting signature or payout; %3: still free; %4: the limit. Each is an amount with its currency.</extracomment>
        <translation>%1 gebruikt · %2 gereserveerd · %3 van %4 beschikbaar</translation>
    </message>
    <message>
        <source>KBC financing limit</source>
        <extracomment>Accessible name of the bar that shows how much of the financing limit is taken</extracomment>
        <translation>Financieringslimiet bij KBC</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KBC On Demand Financing</source>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>Facturen &amp;importeren…</translation>
    </message>
    <message>
        <source>Import UBL invoice files (Peppol BIS 3.0)</source>
        <translation>UBL-factuurbestanden importeren (Peppol BIS 3.0)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About KBC On Demand Financing</source>
        <translation>&amp;Over KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Number of invoices</source>
        <translation>Aantal facturen</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message>
        <source>About KBC On Demand Financing</source>
        <translation>Over KBC On Demand Financing</translation>
    </message>
    <message>
        <source>KBC On Demand Financing %1</source>
        <translation>KBC On Demand Financing %1</translation>
    </message>
    <message>
        <source>Choose, invoice by invoice, which invoices KBC buys from you: KBC pays you the amount minus a fee on the next working day and collects the money from your customer.</source>
        <translation>Kies factuur per factuur welke facturen KBC van u koopt: KBC betaalt u het bedrag min een vergoeding op de eerstvolgende werkdag en int het geld bij uw klant.</translation>
    </message>
    <message>
        <source>Request financing</source>
        <extracomment>Button of the confirmation: send the financing request to KBC</extracomment>
        <translation>Financiering aanvragen</translation>
    </message>
    <message>
        <source>Ask KBC to buy invoice %1 (customer: %2)?</source>
        <extracomment>%1 is the invoice number, %2 the customer&apos;s name</extracomment>
        <translation>Wilt u KBC vragen om factuur %1 (klant: %2) te kopen?</translation>
    </message>
    <message numerus="yes">
        <source>KBC pays you %1 on the next working day after you sign; the financing costs %2. Your customer is told to pay the invoice of %3 to KBC. You confirm the request in KBC Sign within %n minute(s).</source>
        <translation>
            <numerusform>KBC betaalt u %1 op de eerstvolgende werkdag nadat u hebt ondertekend; de financiering kost %2. Uw klant krijgt de vraag om de factuur van %3 aan KBC te betalen. U bevestigt de aanvraag binnen %n minuut in KBC Sign.</numerusform>
            <numerusform>KBC betaalt u %1 op de eerstvolgende werkdag nadat u hebt ondertekend; de financiering kost %2. Uw klant krijgt de vraag om de factuur van %3 aan KBC te betalen. U bevestigt de aanvraag binnen %n minuten in KBC Sign.</numerusform>
        </translation>
    </message>
    <message>
        <source>The KBC authorization has expired. Renew it in Integrations before you finance an invoice.</source>
        <translation>De toestemming voor KBC is vervallen. Vernieuw ze in Integraties voordat u een factuur financiert.</translation>
    </message>
    <message numerus="yes">
        <source>The KBC authorization expires in %n day(s). Renew it in Integrations.</source>
        <translation>
            <numerusform>De toestemming voor KBC vervalt over %n dag. Vernieuw ze in Integraties.</numerusform>
            <numerusform>De toestemming voor KBC vervalt over %n dagen. Vernieuw ze in Integraties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualifyingBanner</name>
    <message>
        <source>, </source>
        <extracomment>Separator between invoice numbers in a list</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) qualify for financing now: %1</source>
        <translation>
            <numerusform>%n factuur komt nu in aanmerking voor financiering: %1</numerusform>
            <numerusform>%n facturen komen nu in aanmerking voor financiering: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice qualifies for financing right now.</source>
        <translation>Er komt momenteel geen enkele factuur in aanmerking voor financiering.</translation>
    </message>
    <message>
        <source>Qualifying invoices</source>
        <translation>Facturen die in aanmerking komen</translation>
    </message>
    <message>
        <source>Show &amp;all invoices</source>
        <translation>&amp;Alle facturen tonen</translation>
    </message>
    <message>
        <source>Show &amp;these only</source>
        <translation>Enkel &amp;deze tonen</translation>
    </message>
    <message>
        <source>Show all invoices</source>
        <translation>Alle facturen tonen</translation>
    </message>
    <message>
        <source>Show only the qualifying invoices</source>
        <translation>Enkel de facturen tonen die in aanmerking komen</translation>
    </message>
    <message>
        <source>KBC On Demand Financing is not set up: once it is, you see here which invoices qualify.</source>
        <translation>KBC On Demand Financing is nog niet ingesteld: zodra dat gebeurd is, ziet u hier welke facturen in aanmerking komen.</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A reason in the &quot;Why?&quot; list: %1 the rule&apos;s title, %2 the explanation</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Financing state</source>
        <translation>Financieringsstatus</translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: problem with the file</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not an object.</source>
        <translation>%1: %2 is geen object.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1: %2 is not a text.</source>
        <translation>%1: %2 is geen tekst.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD).</source>
        <translation>%1: %2 is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time (YYYY-MM-DDThh:mm:ss with an offset such as +01:00).</source>
        <translation>%1: %2 is geen datum met tijdstip (JJJJ-MM-DDTuu:mm:ss met een tijdsverschil zoals +01:00).</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount with at most two decimals, such as &quot;2500.00&quot;.</source>
        <translation>%1: %2 is geen bedrag met hoogstens twee decimalen, zoals &quot;2500.00&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3.</source>
        <translation>%1: %2 is niet een van %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a list.</source>
        <translation>%1: %2 is geen lijst.</translation>
    </message>
    <message>
        <source>this is not an On Demand Financing store.</source>
        <translation>dit is geen gegevensbestand van On Demand Financing.</translation>
    </message>
    <message>
        <source>this is not an On Demand Financing store (its format is %1).</source>
        <translation>dit is geen gegevensbestand van On Demand Financing (het formaat is %1).</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1: %2 is geen geheel getal.</translation>
    </message>
    <message>
        <source>the store was written by a newer version of this program (store format %1; this version reads up to format %2). Update the program to open it.</source>
        <translation>het gegevensbestand werd geschreven door een nieuwere versie van dit programma (formaat %1; deze versie leest tot formaat %2). Werk het programma bij om het te openen.</translation>
    </message>
    <message>
        <source>%1: %2 is not a store format version.</source>
        <translation>%1: %2 is geen versie van het bestandsformaat.</translation>
    </message>
    <message>
        <source>%1: %2 is already the id of another invoice.</source>
        <translation>%1: %2 is al de id van een andere factuur.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>the file is not valid JSON (error at line %1, column %2).</source>
        <translation>het bestand is geen geldige JSON (fout op regel %1, kolom %2).</translation>
    </message>
    <message>
        <source>the file is not valid JSON.</source>
        <translation>het bestand is geen geldige JSON.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>de map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>the data cannot be written.</source>
        <translation>de gegevens kunnen niet worden weggeschreven.</translation>
    </message>
    <message>
        <source>the file cannot be written: %1</source>
        <translation>het bestand kan niet worden weggeschreven: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not true or false.</source>
        <translation>%1: %2 is niet true of false.</translation>
    </message>
    <message>
        <source>%1 is empty; every user needs an id.</source>
        <translation>%1 is leeg; elke gebruiker heeft een id nodig.</translation>
    </message>
    <message>
        <source>%1: %2 is already the id of another user.</source>
        <translation>%1: %2 is al de id van een andere gebruiker.</translation>
    </message>
    <message>
        <source>%1: %2 is not the id of any user.</source>
        <translation>%1: %2 is de id van geen enkele gebruiker.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>the one user of a store from before users</comment>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>UblReader</name>
    <message>
        <source>%1: the invoice date (IssueDate) &quot;%2&quot; is not a valid date.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1: de factuurdatum (IssueDate) &quot;%2&quot; is geen geldige datum.</translation>
    </message>
    <message>
        <source>%1: the due date (DueDate) &quot;%2&quot; is not a valid date.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1: de vervaldag (DueDate) &quot;%2&quot; is geen geldige datum.</translation>
    </message>
    <message>
        <source>%1: the payment due date (PaymentMeans/PaymentDueDate) &quot;%2&quot; is not a valid date.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1: de vervaldag van de betaling (PaymentMeans/PaymentDueDate) &quot;%2&quot; is geen geldige datum.</translation>
    </message>
    <message>
        <source>%1: the total including VAT (TaxInclusiveAmount) &quot;%2&quot; is too large.</source>
        <extracomment>%1 is a file name, %2 the amount found in the file</extracomment>
        <translation>%1: het totaal inclusief btw (TaxInclusiveAmount) &quot;%2&quot; is te groot.</translation>
    </message>
    <message>
        <source>%1: the total including VAT (TaxInclusiveAmount) &quot;%2&quot; is not a number with a decimal point, such as 1234.56.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1: het totaal inclusief btw (TaxInclusiveAmount) &quot;%2&quot; is geen getal met een decimaal punt, zoals 1234.56.</translation>
    </message>
    <message>
        <source>%1: the prepaid amount (PrepaidAmount) &quot;%2&quot; is too large.</source>
        <extracomment>%1 is a file name, %2 the amount found in the file</extracomment>
        <translation>%1: het reeds betaalde bedrag (PrepaidAmount) &quot;%2&quot; is te groot.</translation>
    </message>
    <message>
        <source>%1: the prepaid amount (PrepaidAmount) &quot;%2&quot; is not a number with a decimal point, such as 1234.56.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1: het reeds betaalde bedrag (PrepaidAmount) &quot;%2&quot; is geen getal met een decimaal punt, zoals 1234.56.</translation>
    </message>
    <message>
        <source>%1: the invoice date (IssueDate) is missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1: de factuurdatum (IssueDate) ontbreekt.</translation>
    </message>
    <message>
        <source>%1: the total including VAT (LegalMonetaryTotal/TaxInclusiveAmount) is missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1: het totaal inclusief btw (LegalMonetaryTotal/TaxInclusiveAmount) ontbreekt.</translation>
    </message>
    <message>
        <source>%1: the currency (DocumentCurrencyCode) is missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1: de munt (DocumentCurrencyCode) ontbreekt.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <extracomment>Stands for the name of a file when there is none</extracomment>
        <translation>(naamloos bestand)</translation>
    </message>
    <message>
        <source>%1: the file is not well-formed XML (line %2: %3).</source>
        <extracomment>%1 is a file name, %2 a line number, %3 the XML parser&apos;s explanation</extracomment>
        <translation>%1: het bestand is geen welgevormde XML (regel %2: %3).</translation>
    </message>
    <message>
        <source>%1: the business document envelope holds no UBL invoice or credit note.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1: de envelop van het zakelijke document bevat geen UBL-factuur of -creditnota.</translation>
    </message>
    <message>
        <source>%1: this is not a UBL invoice or credit note (the document is %2, without a namespace).</source>
        <extracomment>%1 is a file name, %2 the name of an XML element</extracomment>
        <translation>%1: dit is geen UBL-factuur of -creditnota (het document is %2, zonder naamruimte).</translation>
    </message>
    <message>
        <source>%1: this is not a UBL invoice or credit note (the document is %2 in the namespace %3).</source>
        <extracomment>%1 is a file name, %2 the name of an XML element, %3 its namespace (a URI)</extracomment>
        <translation>%1: dit is geen UBL-factuur of -creditnota (het document is %2 in de naamruimte %3).</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <extracomment>%1 is a file name, %2 the system&apos;s explanation</extracomment>
        <translation>%1: het bestand kan niet worden geopend (%2).</translation>
    </message>
    <message>
        <source>%1: the total including VAT is in %2, but the invoice is in %3 (DocumentCurrencyCode).</source>
        <extracomment>%1 is a file name, %2 and %3 are currency codes such as EUR</extracomment>
        <translation>%1: het totaal inclusief btw staat in %2, maar de factuur in %3 (DocumentCurrencyCode).</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (beheerder)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <extracomment>The user menu&apos;s title when no user is known</extracomment>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>Switch user</source>
        <extracomment>Section of the user menu listing the users one may switch to</extracomment>
        <translation>Andere gebruiker</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>&amp;Bedrijfsprofiel…</translation>
    </message>
    <message>
        <source>&amp;Integrations…</source>
        <translation>&amp;Integraties…</translation>
    </message>
    <message>
        <source>Add, remove and authorize KBC On Demand Financing</source>
        <translation>KBC On Demand Financing toevoegen, verwijderen en toestemming geven</translation>
    </message>
</context>
</TS>
