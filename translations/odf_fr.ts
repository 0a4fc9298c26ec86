<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>ActivityList</name>
    <message>
        <source>Activity</source>
        <extracomment>Accessible name of the history of the invoice</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Nothing has happened to this invoice yet.</source>
        <translation>Il ne s&apos;est encore rien passé pour cette facture.</translation>
    </message>
</context>
<context>
    <name>BankClient</name>
    <message>
        <source>the amount is outside the range KBC finances</source>
        <translation>le montant se situe en dehors de la fourchette financée par KBC</translation>
    </message>
    <message>
        <source>the payment term is outside the range KBC accepts</source>
        <translation>le délai de paiement se situe en dehors de la fourchette acceptée par KBC</translation>
    </message>
    <message>
        <source>the invoice is too old</source>
        <translation>la facture est trop ancienne</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT number is not a valid Belgian number</source>
        <translation>le numéro de TVA du client n&apos;est pas un numéro belge valide</translation>
    </message>
    <message>
        <source>the invoice is not in euro</source>
        <translation>la facture n&apos;est pas établie en euros</translation>
    </message>
    <message>
        <source>KBC decided not to buy this invoice. The decision is based on the customer&apos;s VAT number, the booking date and the payment term.</source>
        <translation>KBC a décidé de ne pas acheter cette facture. La décision repose sur le numéro de TVA du client, la date de comptabilisation et le délai de paiement.</translation>
    </message>
    <message>
        <source>KBC does not accept this invoice.</source>
        <translation>KBC n&apos;accepte pas cette facture.</translation>
    </message>
    <message>
        <source>KBC does not accept this invoice: %1.</source>
        <translation>KBC n&apos;accepte pas cette facture&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This invoice would take the amount financed by KBC above your limit. Wait until the customers of financed invoices have paid.</source>
        <translation>Avec cette facture, le montant financé par KBC dépasserait votre plafond. Attendez que les clients des factures financées aient payé.</translation>
    </message>
    <message>
        <source>This invoice was already offered to KBC with other figures.</source>
        <translation>Cette facture a déjà été proposée à KBC avec d&apos;autres données.</translation>
    </message>
    <message>
        <source>The time to sign in KBC Sign has run out; the request has lapsed. You can request financing again.</source>
        <translation>Le délai pour signer dans KBC Sign est écoulé&#xa0;; la demande a expiré. Vous pouvez à nouveau demander le financement.</translation>
    </message>
    <message>
        <source>KBC cannot do this for the request in its present state.</source>
        <translation>KBC ne peut pas effectuer cette opération dans l&apos;état actuel de la demande.</translation>
    </message>
    <message>
        <source>KBC does not know this request.</source>
        <translation>KBC ne connaît pas cette demande.</translation>
    </message>
    <message>
        <source>KBC could not process the invoice: “%1” is missing.</source>
        <translation>KBC n&apos;a pas pu traiter la facture&#xa0;: «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>KBC could not process the invoice: “%1” is not valid.</source>
        <translation>KBC n&apos;a pas pu traiter la facture&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This bank does not allow its clock to be moved.</source>
        <translation>Cette banque ne permet pas de modifier son horloge.</translation>
    </message>
    <message>
        <source>The bank&apos;s clock only moves forward.</source>
        <translation>L&apos;horloge de la banque ne peut qu&apos;avancer.</translation>
    </message>
    <message>
        <source>KBC had a problem of its own (HTTP status %1). Try again later.</source>
        <translation>KBC a rencontré un problème de son côté (statut HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>KBC did not understand this application&apos;s call (HTTP status %1).</source>
        <translation>KBC n&apos;a pas compris la requête de ce programme (statut HTTP %1).</translation>
    </message>
    <message>
        <source>Could not connect to KBC: the bank refused the connection or is not running.</source>
        <translation>Impossible de se connecter à KBC&#xa0;: la banque a refusé la connexion ou n&apos;est pas démarrée.</translation>
    </message>
    <message>
        <source>The connection to KBC was closed before its answer was complete.</source>
        <translation>La connexion avec KBC a été interrompue avant que sa réponse soit complète.</translation>
    </message>
    <message numerus="yes">
        <source>KBC did not answer within %n second(s).</source>
        <translation>
            <numerusform>KBC n&apos;a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>KBC n&apos;a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach KBC: %1</source>
        <translation>Impossible de joindre KBC&#xa0;: %1</translation>
    </message>
    <message>
        <source>KBC sent an answer this application cannot read.</source>
        <translation>KBC a envoyé une réponse que ce programme ne peut pas lire.</translation>
    </message>
    <message>
        <source>The call to KBC failed.</source>
        <translation>La requête adressée à KBC a échoué.</translation>
    </message>
    <message>
        <source>KBC needs you to authorize this application in KBC Sign first.</source>
        <translation>KBC vous demande d&apos;abord d&apos;autoriser cette application dans KBC Sign.</translation>
    </message>
    <message>
        <source>The authorization of this application in KBC Sign has expired after 60 days. Authorize it again to continue; nothing was lost.</source>
        <translation>L&apos;autorisation de cette application dans KBC Sign a expiré après 60 jours. Autorisez-la à nouveau pour continuer&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>BankTransferToDo</name>
    <message>
        <source>Customer paid &amp;me</source>
        <extracomment>Button: record that the customer paid the business, not KBC, for a financed invoice</extracomment>
        <translation>Le client &amp;m&apos;a payé</translation>
    </message>
    <message>
        <source>The customer paid this invoice to you instead of to KBC</source>
        <translation>Le client vous a payé cette facture au lieu de la payer à KBC</translation>
    </message>
    <message>
        <source>Customer paid me instead of KBC</source>
        <translation>Le client m&apos;a payé au lieu de payer KBC</translation>
    </message>
    <message>
        <source>&amp;Transferred to KBC</source>
        <extracomment>Button: the money the customer paid has been transferred on to KBC</extracomment>
        <translation>Virement à KBC &amp;effectué</translation>
    </message>
    <message>
        <source>Mark the money as passed on to KBC</source>
        <translation>Indiquer que l&apos;argent a été viré à KBC</translation>
    </message>
    <message>
        <source>Money transferred to KBC</source>
        <translation>Argent viré à KBC</translation>
    </message>
    <message>
        <source>To do: transfer %1 to KBC. The customer paid you on %2, but KBC bought this invoice, so the money belongs to KBC.</source>
        <extracomment>%1 is an amount, %2 the date the customer paid</extracomment>
        <translation>À faire&#xa0;: virez %1 à KBC. Le client vous a payé le %2, mais KBC a acheté cette facture&#xa0;: l&apos;argent revient donc à KBC.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Usage: odf check [--today YYYY-MM-DD] [--json] [--lang en|nl|fr] FILE...</source>
        <translation>Utilisation&#xa0;: odf check [--today AAAA-MM-JJ] [--json] [--lang en|nl|fr] FICHIER...</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, nl or fr.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, nl ou fr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: invoice %2 qualifies for financing.</source>
        <translation>%1&#xa0;: la facture %2 est éligible au financement.</translation>
    </message>
    <message>
        <source>%1: invoice %2 does not qualify: %3</source>
        <translation>%1&#xa0;: la facture %2 n&apos;est pas éligible&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the list: %1 is its name, %2 its two-letter code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company name: enter the name of your company.</source>
        <translation>Nom de l&apos;entreprise&#xa0;: indiquez le nom de votre entreprise.</translation>
    </message>
    <message>
        <source>VAT number: enter the VAT number of your company, e.g. BE 0123.456.749.</source>
        <translation>Numéro de TVA&#xa0;: indiquez le numéro de TVA de votre entreprise, p. ex. BE 0123.456.749.</translation>
    </message>
    <message>
        <source>VAT number: &quot;%1&quot; is not a valid Belgian VAT number. It is BE followed by ten digits, e.g. BE 0123.456.749.</source>
        <extracomment>%1 is the VAT number as typed</extracomment>
        <translation>Numéro de TVA&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA belge valable. Il se compose de BE suivi de dix chiffres, p. ex. BE 0123.456.749.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Only an administrator can change the company profile.</source>
        <translation>Seul un administrateur peut modifier le profil de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>BE 0123.456.749</source>
        <translation>BE 0123.456.749</translation>
    </message>
    <message>
        <source>Price &amp;plan:</source>
        <extracomment>The company&apos;s price plan with KBC (Go, Move or Boost)</extracomment>
        <translation>&amp;Formule tarifaire&#xa0;:</translation>
    </message>
    <message>
        <source>Price plan</source>
        <translation>Formule tarifaire</translation>
    </message>
    <message>
        <source>Has a &amp;KBC business current account</source>
        <translation>Dispose d&apos;un &amp;compte à vue professionnel KBC</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>Problème dans le profil</translation>
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
        <translation>Temps simulé&#xa0;:</translation>
    </message>
    <message>
        <source>Simulated date and time</source>
        <translation>Date et heure simulées</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <extracomment>Label of the choice how fast the simulated time runs</extracomment>
        <translation>&amp;Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Speed of the simulated time</source>
        <translation>Vitesse du temps simulé</translation>
    </message>
    <message>
        <source>Real time</source>
        <extracomment>Speed of the simulated time: as fast as a clock</extracomment>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <extracomment>Speed of the simulated time, e.g. &quot;60× faster&quot;</extracomment>
        <translation>%1× plus rapide</translation>
    </message>
    <message>
        <source>&amp;Next working day</source>
        <translation>&amp;Jour ouvrable suivant</translation>
    </message>
    <message>
        <source>Next working day</source>
        <translation>Jour ouvrable suivant</translation>
    </message>
    <message>
        <source>Jump to 09:00 on the next working day, the morning KBC pays out</source>
        <translation>Passer à 09:00 le jour ouvrable suivant, le matin où KBC effectue ses versements</translation>
    </message>
    <message>
        <source>C&amp;ustomer pays KBC</source>
        <translation>Le client pa&amp;ie KBC</translation>
    </message>
    <message>
        <source>Customer pays KBC</source>
        <translation>Le client paie KBC</translation>
    </message>
    <message>
        <source>Play the customer of the selected financed invoice paying it to KBC</source>
        <translation>Simuler le paiement à KBC, par le client, de la facture financée sélectionnée</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, nl or fr.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, nl ou fr.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing</source>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Your invoices could not be opened:
%1

The file is left untouched. Continue with the demo company instead, without saving?</source>
        <translation>Vos factures n&apos;ont pas pu être ouvertes&#xa0;:
%1

Le fichier reste intact. Continuer plutôt avec la société de démonstration, sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a bank: use http://127.0.0.1:PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;une banque&#xa0;: utilisez http://127.0.0.1:PORT.</translation>
    </message>
</context>
<context>
    <name>EligibilityRules</name>
    <message>
        <source>Amount</source>
        <extracomment>Why? list, rule title: the invoice total including VAT</extracomment>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment term</source>
        <extracomment>Why? list, rule title: days between invoice date and due date</extracomment>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Invoice age</source>
        <extracomment>Why? list, rule title: how many working days ago the invoice was issued</extracomment>
        <translation>Âge de la facture</translation>
    </message>
    <message>
        <source>Customer type</source>
        <extracomment>Why? list, rule title: company, public body or private person</extracomment>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>VAT number</source>
        <extracomment>Why? list, rule title: the customer&apos;s Belgian VAT (enterprise) number</extracomment>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Customer country</source>
        <extracomment>Why? list, rule title</extracomment>
        <translation>Pays du client</translation>
    </message>
    <message>
        <source>Currency</source>
        <extracomment>Why? list, rule title: the currency of the invoice</extracomment>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <extracomment>Why? list, rule title: only invoices sent to customers can be financed</extracomment>
        <translation>Facture de vente</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <extracomment>Why? list, rule title: invoice, advance invoice or credit note</extracomment>
        <translation>Type de facture</translation>
    </message>
    <message>
        <source>Payments</source>
        <extracomment>Why? list, rule title: payments already received on the invoice</extracomment>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <extracomment>Why? list, rule title: credit notes issued against the invoice</extracomment>
        <translation>Notes de crédit</translation>
    </message>
    <message>
        <source>Booking</source>
        <extracomment>Why? list, rule title: whether the invoice is booked or still a draft</extracomment>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <source>Financing limit</source>
        <extracomment>Why? list, rule title: the EUR 100,000 total the bank finances at most</extracomment>
        <translation>Plafond de financement</translation>
    </message>
    <message>
        <source>Financed before</source>
        <extracomment>Why? list, rule title: an invoice can be financed only once</extracomment>
        <translation>Déjà financée</translation>
    </message>
    <message>
        <source>The amount including VAT is %1; it must be between %2 and %3. An invoice cannot be financed in part.</source>
        <translation>Le montant TVA comprise est de %1&#xa0;; il doit être compris entre %2 et %3. Une facture ne peut pas être financée en partie.</translation>
    </message>
    <message>
        <source>The amount including VAT is %1; it must be between %2 and %3.</source>
        <translation>Le montant TVA comprise est de %1&#xa0;; il doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>The invoice has no due date, so no payment term; the term must be between %1 and %2 days.</source>
        <translation>La facture n&apos;a pas d&apos;échéance, donc pas de délai de paiement&#xa0;; le délai doit être compris entre %1 et %2 jours.</translation>
    </message>
    <message numerus="yes">
        <source>The payment term is %n day(s); it must be between %1 and %2 days.</source>
        <translation>
            <numerusform>Le délai de paiement est de %n jour&#xa0;; il doit être compris entre %1 et %2 jours.</numerusform>
            <numerusform>Le délai de paiement est de %n jours&#xa0;; il doit être compris entre %1 et %2 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice is %n working day(s) old; it may be at most %1 working days old.</source>
        <translation>
            <numerusform>La facture date de %n jour ouvrable&#xa0;; elle peut dater de %1 jours ouvrables au plus.</numerusform>
            <numerusform>La facture date de %n jours ouvrables&#xa0;; elle peut dater de %1 jours ouvrables au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer has no VAT or enterprise number, so it counts as a private person; only invoices to companies and public bodies can be financed.</source>
        <translation>Le client n&apos;a ni numéro de TVA ni numéro d&apos;entreprise et est donc considéré comme un particulier&#xa0;; seules les factures adressées à des entreprises et à des organismes publics peuvent être financées.</translation>
    </message>
    <message>
        <source>The customer is a private person; only invoices to companies and public bodies can be financed.</source>
        <translation>Le client est un particulier&#xa0;; seules les factures adressées à des entreprises et à des organismes publics peuvent être financées.</translation>
    </message>
    <message>
        <source>The customer&apos;s number %1 is not a valid Belgian VAT number.</source>
        <translation>Le numéro %1 du client n&apos;est pas un numéro de TVA belge valide.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is unknown; only customers in Belgium (BE) qualify.</source>
        <translation>Le pays du client est inconnu&#xa0;; seuls les clients établis en Belgique (BE) sont éligibles.</translation>
    </message>
    <message>
        <source>The customer&apos;s country code is %1; only customers in Belgium (BE) qualify.</source>
        <translation>Le code pays du client est %1&#xa0;; seuls les clients établis en Belgique (BE) sont éligibles.</translation>
    </message>
    <message>
        <source>The invoice is in %1; only invoices in euro (EUR) qualify.</source>
        <translation>La facture est établie en %1&#xa0;; seules les factures en euros (EUR) sont éligibles.</translation>
    </message>
    <message>
        <source>This is a purchase invoice; only sales invoices can be financed.</source>
        <translation>Il s&apos;agit d&apos;une facture d&apos;achat&#xa0;; seules les factures de vente peuvent être financées.</translation>
    </message>
    <message>
        <source>This is a credit note; only invoices can be financed.</source>
        <translation>Il s&apos;agit d&apos;une note de crédit&#xa0;; seules les factures peuvent être financées.</translation>
    </message>
    <message>
        <source>This is an advance invoice; only final invoices can be financed.</source>
        <translation>Il s&apos;agit d&apos;une facture d&apos;acompte&#xa0;; seules les factures définitives peuvent être financées.</translation>
    </message>
    <message>
        <source>%1 of this invoice has already been paid; only unpaid invoices qualify.</source>
        <translation>Un montant de %1 a déjà été payé sur cette facture&#xa0;; seules les factures impayées sont éligibles.</translation>
    </message>
    <message>
        <source>%1 of this invoice has been credited; only invoices without credit notes qualify.</source>
        <translation>Un montant de %1 de cette facture a été crédité&#xa0;; seules les factures sans note de crédit sont éligibles.</translation>
    </message>
    <message>
        <source>This invoice is a draft: book this invoice first.</source>
        <translation>Cette facture est un brouillon&#xa0;: comptabilisez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Financing %1 would exceed the limit of %2: %3 is already financed or requested, so %4 is still available.</source>
        <translation>Financer %1 dépasserait le plafond de %2&#xa0;: un montant de %3 est déjà financé ou demandé, le solde disponible est donc de %4.</translation>
    </message>
    <message>
        <source>This invoice has already been financed; an invoice can be financed only once.</source>
        <translation>Cette facture a déjà été financée&#xa0;; une facture ne peut être financée qu&apos;une seule fois.</translation>
    </message>
</context>
<context>
    <name>FinancingBackend</name>
    <message>
        <source>Next working day</source>
        <translation>Jour ouvrable suivant</translation>
    </message>
    <message>
        <source>KBC&apos;s date could not be read.</source>
        <translation>La date de KBC n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>FinancingFigures</name>
    <message>
        <source>Financing cost</source>
        <translation>Coût du financement</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>The financing fee as a percentage of the invoice</extracomment>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Date de versement</translation>
    </message>
    <message>
        <source>Estimate: KBC confirms the exact amounts when you request financing.</source>
        <translation>Estimation&#xa0;: KBC confirme les montants exacts lorsque vous demandez le financement.</translation>
    </message>
    <message>
        <source>Estimate</source>
        <extracomment>Accessible name of the note that the amounts are an estimate</extracomment>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>KBC paid you</source>
        <extracomment>Caption of the amount KBC paid out</extracomment>
        <translation>KBC vous a versé</translation>
    </message>
    <message>
        <source>KBC pays you</source>
        <extracomment>Caption of the amount KBC will pay out</extracomment>
        <translation>KBC vous verse</translation>
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
        <translation>Sélectionnez une facture pour voir si KBC peut la financer.</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>Aucune facture sélectionnée</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount including VAT</source>
        <translation>Montant TVA comprise</translation>
    </message>
    <message>
        <source>Financing details</source>
        <translation>Détails du financement</translation>
    </message>
    <message>
        <source>Waiting for KBC</source>
        <translation>En attente de KBC</translation>
    </message>
    <message>
        <source>Time left to sign</source>
        <translation>Temps restant pour signer</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <extracomment>Button that shows every reason why the invoice does not qualify</extracomment>
        <translation>&amp;Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Why is this invoice not eligible?</source>
        <translation>Pourquoi cette facture n&apos;est-elle pas éligible&#xa0;?</translation>
    </message>
    <message>
        <source>Show every reason why this invoice does not qualify</source>
        <translation>Afficher toutes les raisons pour lesquelles cette facture n&apos;est pas éligible</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <extracomment>Button: ask KBC again for a quote after it did not answer</extracomment>
        <translation>Demander à &amp;nouveau</translation>
    </message>
    <message>
        <source>Ask KBC again</source>
        <translation>Redemander à KBC</translation>
    </message>
    <message>
        <source>&amp;Book invoice</source>
        <translation>&amp;Comptabiliser la facture</translation>
    </message>
    <message>
        <source>Book invoice</source>
        <translation>Comptabiliser la facture</translation>
    </message>
    <message>
        <source>E-&amp;mail to customer</source>
        <translation>&amp;Envoyer par e-mail au client</translation>
    </message>
    <message>
        <source>E-mail to customer</source>
        <translation>Envoyer par e-mail au client</translation>
    </message>
    <message>
        <source>&amp;Request financing</source>
        <translation>&amp;Demander le financement</translation>
    </message>
    <message>
        <source>Request financing</source>
        <translation>Demander le financement</translation>
    </message>
    <message>
        <source>E-mail status</source>
        <translation>État de l&apos;envoi par e-mail</translation>
    </message>
    <message>
        <source>Why Request financing is not available</source>
        <translation>Pourquoi Demander le financement n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>Caption above the history of the invoice (imported, booked, e-mailed...)</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <extracomment>Panel heading; %1 is the invoice number</extracomment>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Available once the invoice has been e-mailed to the customer: KBC can only buy an invoice the customer officially received.</source>
        <translation>Disponible dès que la facture a été envoyée au client par e-mail&#xa0;: KBC ne peut acheter qu&apos;une facture que le client a officiellement reçue.</translation>
    </message>
    <message>
        <source>Available once KBC has answered.</source>
        <translation>Disponible dès que KBC a répondu.</translation>
    </message>
    <message>
        <source>Ask KBC to buy this invoice</source>
        <translation>Demander à KBC d&apos;acheter cette facture</translation>
    </message>
    <message>
        <source>E-mailed to %1 on %2</source>
        <translation>Envoyée par e-mail à %1 le %2</translation>
    </message>
    <message>
        <source>%1 left to sign in KBC Sign</source>
        <translation>Encore %1 pour signer dans KBC Sign</translation>
    </message>
    <message>
        <source>E-mail invoice</source>
        <translation>Envoyer la facture par e-mail</translation>
    </message>
    <message>
        <source>Send invoice %1 to this e-mail address:</source>
        <translation>Envoyer la facture %1 à cette adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Advance invoice %1</source>
        <extracomment>Panel heading; %1 is the number of an advance (deposit) invoice</extracomment>
        <translation>Facture d&apos;acompte %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <extracomment>Panel heading; %1 is the number of a credit note</extracomment>
        <translation>Note de crédit %1</translation>
    </message>
    <message>
        <source>Open KBC &amp;Sign</source>
        <extracomment>Button: open the (simulated) KBC Sign app to confirm or decline the request</extracomment>
        <translation>Ouvrir &amp;KBC Sign</translation>
    </message>
    <message>
        <source>Open KBC Sign</source>
        <translation>Ouvrir KBC Sign</translation>
    </message>
    <message>
        <source>Confirm or decline this request in KBC Sign</source>
        <translation>Confirmer ou refuser cette demande dans KBC Sign</translation>
    </message>
    <message>
        <source>Problem with KBC</source>
        <translation>Problème avec KBC</translation>
    </message>
    <message>
        <source>Waiting for KBC to answer the request.</source>
        <translation>En attente de la réponse de KBC à la demande.</translation>
    </message>
    <message>
        <source>Set &amp;up KBC On Demand Financing</source>
        <extracomment>Button in the panel while the integration with KBC is not set up</extracomment>
        <translation>&amp;Configurer KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Set up KBC On Demand Financing</source>
        <translation>Configurer KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Open Integrations to add and authorize KBC On Demand Financing</source>
        <translation>Ouvrez Intégrations pour ajouter et autoriser KBC On Demand Financing</translation>
    </message>
</context>
<context>
    <name>FinancingTexts</name>
    <message>
        <source>Purchase invoice</source>
        <extracomment>Financing state of an invoice the business received from a supplier</extracomment>
        <translation>Facture d&apos;achat</translation>
    </message>
    <message>
        <source>Book this invoice first</source>
        <extracomment>Financing state: a draft invoice must be booked before it can be financed</extracomment>
        <translation>Comptabilisez d&apos;abord cette facture</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <extracomment>Financing state: the invoice does not qualify for financing</extracomment>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <extracomment>Financing state: waiting for the bank&apos;s first answer</extracomment>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Financing state: the invoice qualifies for financing</extracomment>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <extracomment>Financing state: the request must be confirmed in KBC Sign</extracomment>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>Payout pending</source>
        <extracomment>Financing state: signed, the bank pays out on the next working day</extracomment>
        <translation>Versement en cours</translation>
    </message>
    <message>
        <source>Financed</source>
        <extracomment>Financing state: the bank bought the invoice and paid the business</extracomment>
        <translation>Financée</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>Financing state: the customer paid the bank</extracomment>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Refused by KBC</source>
        <extracomment>Financing state: the bank declined to buy the invoice</extracomment>
        <translation>Refusée par KBC</translation>
    </message>
    <message>
        <source>Purchase invoices cannot be financed: KBC only buys invoices you send to your customers.</source>
        <translation>Les factures d&apos;achat ne peuvent pas être financées&#xa0;: KBC n&apos;achète que les factures que vous envoyez à vos clients.</translation>
    </message>
    <message>
        <source>This invoice is still a draft. Once it is booked, KBC can check whether it qualifies for financing.</source>
        <translation>Cette facture est encore un brouillon. Une fois comptabilisée, KBC pourra vérifier si elle est éligible au financement.</translation>
    </message>
    <message>
        <source>KBC has not answered yet: %1</source>
        <translation>KBC n&apos;a pas encore répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>KBC is checking this invoice and calculating what it would pay you.</source>
        <translation>KBC vérifie cette facture et calcule le montant qui vous serait versé.</translation>
    </message>
    <message>
        <source>KBC can buy this invoice: it pays you the amount below on the next working day after you sign, and collects the invoice from your customer.</source>
        <translation>KBC peut acheter cette facture&#xa0;: KBC vous verse le montant ci-dessous le jour ouvrable qui suit votre signature et encaisse la facture auprès de votre client.</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the request in KBC Sign within %n minute(s); after that it lapses.</source>
        <translation>
            <numerusform>Confirmez la demande dans KBC Sign dans un délai de %n minute&#xa0;; passé ce délai, elle expire.</numerusform>
            <numerusform>Confirmez la demande dans KBC Sign dans un délai de %n minutes&#xa0;; passé ce délai, elle expire.</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed the request. KBC pays you on %1.</source>
        <translation>Vous avez signé la demande. KBC vous verse le montant le %1.</translation>
    </message>
    <message>
        <source>You signed the request. KBC pays you within 24 hours, on the next working day.</source>
        <translation>Vous avez signé la demande. KBC vous verse le montant dans les 24 heures, le jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>KBC bought this invoice and paid you. Your customer now pays the invoice to KBC.</source>
        <translation>KBC a acheté cette facture et vous a payé. Votre client paie désormais la facture à KBC.</translation>
    </message>
    <message>
        <source>Your customer paid KBC. This financing is complete.</source>
        <translation>Votre client a payé KBC. Ce financement est terminé.</translation>
    </message>
    <message>
        <source>KBC decided not to buy this invoice. KBC gives no reason; its decision was based on the customer&apos;s VAT number, the booking date and the payment term.</source>
        <translation>KBC a décidé de ne pas acheter cette facture. KBC ne donne pas de motif&#xa0;; sa décision repose sur le numéro de TVA du client, la date de comptabilisation et le délai de paiement.</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Activity: the invoice was imported from a file</extracomment>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importée depuis %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <extracomment>Activity: the draft invoice was booked</extracomment>
        <translation>Comptabilisée</translation>
    </message>
    <message>
        <source>E-mailed to the customer</source>
        <translation>Envoyée au client par e-mail</translation>
    </message>
    <message>
        <source>E-mailed to %1</source>
        <translation>Envoyée par e-mail à %1</translation>
    </message>
    <message>
        <source>Financing requested from KBC</source>
        <translation>Financement demandé à KBC</translation>
    </message>
    <message>
        <source>Request confirmed in KBC Sign</source>
        <translation>Demande confirmée dans KBC Sign</translation>
    </message>
    <message>
        <source>KBC paid out the financing</source>
        <translation>KBC a versé le financement</translation>
    </message>
    <message>
        <source>The customer paid KBC</source>
        <translation>Le client a payé KBC</translation>
    </message>
    <message>
        <source>KBC refused to finance this invoice</source>
        <translation>KBC a refusé de financer cette facture</translation>
    </message>
    <message>
        <source>The request lapsed: it was not confirmed in KBC Sign in time</source>
        <translation>La demande a expiré&#xa0;: elle n&apos;a pas été confirmée à temps dans KBC Sign</translation>
    </message>
    <message>
        <source>The request was declined in KBC Sign</source>
        <translation>La demande a été refusée dans KBC Sign</translation>
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
        <translation>Le client vous a payé au lieu de payer KBC&#xa0;: virez l&apos;argent à KBC</translation>
    </message>
    <message>
        <source>The customer&apos;s payment was passed on to KBC</source>
        <translation>Le paiement du client a été viré à KBC</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Financing state: the integration with KBC is not set up</extracomment>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>KBC On Demand Financing is not set up for your company. Once an administrator has added it in Integrations and authorized it in KBC Sign, KBC can check which invoices it can finance.</source>
        <translation>KBC On Demand Financing n&apos;est pas encore configuré pour votre entreprise. Dès qu&apos;un administrateur l&apos;a ajouté dans Intégrations et l&apos;a autorisé dans KBC Sign, KBC peut vérifier quelles factures il peut financer.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import invoices</source>
        <translation>Importer des factures</translation>
    </message>
    <message>
        <source>UBL invoices (*.xml);;All files (*)</source>
        <translation>Factures UBL (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>• %1</source>
        <extracomment>One line in the list of files that could not be imported</extracomment>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported.</source>
        <translation>
            <numerusform>%n facture importée.</numerusform>
            <numerusform>%n factures importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InProcessBank</name>
    <message>
        <source>The simulated bank&apos;s books in %1 cannot be read (%2). It starts with empty books.</source>
        <translation>Les registres de la banque simulée dans %1 ne peuvent pas être lus (%2). Elle démarre avec des registres vides.</translation>
    </message>
    <message>
        <source>The simulated bank could not start: no free port on 127.0.0.1.</source>
        <translation>La banque simulée n&apos;a pas pu démarrer&#xa0;: aucun port libre sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>IntegrationController</name>
    <message>
        <source>Remove KBC On Demand Financing</source>
        <translation>Supprimer KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Remove KBC On Demand Financing from your company?</source>
        <translation>Supprimer KBC On Demand Financing de votre entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>KBC&apos;s access to your business account is withdrawn. Invoices KBC already financed stay as they are.</source>
        <translation>L&apos;accès de KBC à votre compte professionnel est retiré. Les factures déjà financées par KBC restent inchangées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button of the confirmation: remove the integration</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No keychain is available: the authorization is kept until you close the application.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: l&apos;autorisation est conservée jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>The company profile was not changed: only an administrator can change it.</source>
        <translation>Le profil de l&apos;entreprise n&apos;a pas été modifié&#xa0;: seul un administrateur peut le modifier.</translation>
    </message>
</context>
<context>
    <name>IntegrationRules</name>
    <message>
        <source>KBC On Demand Financing is offered only to companies registered in Belgium.</source>
        <translation>KBC On Demand Financing est proposé uniquement aux entreprises enregistrées en Belgique.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing is part of the Move and Boost plans; this company is on the Go plan.</source>
        <translation>KBC On Demand Financing fait partie des formules Move et Boost&#xa0;; cette entreprise a la formule Go.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing pays out to a KBC business current account; this company has none. Open one at KBC first.</source>
        <translation>KBC On Demand Financing verse les fonds sur un compte à vue professionnel KBC&#xa0;; cette entreprise n&apos;en a pas. Ouvrez-en d&apos;abord un chez KBC.</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <extracomment>Window title of the page that lists the services connected to the company</extracomment>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>No integrations are offered for companies outside Belgium.</source>
        <translation>Aucune intégration n&apos;est proposée aux entreprises situées hors de Belgique.</translation>
    </message>
    <message>
        <source>KBC On Demand Financing</source>
        <extracomment>Product name, normally left as it is</extracomment>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>KBC buys the invoices you choose and pays you the amount minus a fee on the next working day.</source>
        <translation>KBC achète les factures que vous choisissez et vous verse le montant moins une commission le jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Authorization in KBC Sign</source>
        <translation>Autorisation dans KBC Sign</translation>
    </message>
    <message>
        <source>Where the authorization is kept</source>
        <translation>Où l&apos;autorisation est conservée</translation>
    </message>
    <message>
        <source>Problem with KBC</source>
        <translation>Problème avec KBC</translation>
    </message>
    <message>
        <source>Why you cannot add or remove integrations</source>
        <translation>Pourquoi vous ne pouvez pas ajouter ni supprimer d&apos;intégrations</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the integration to the company</extracomment>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add KBC On Demand Financing</source>
        <translation>Ajouter KBC On Demand Financing</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Button: remove the integration from the company</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove KBC On Demand Financing</source>
        <translation>Supprimer KBC On Demand Financing</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Added to your company</source>
        <extracomment>Availability of the integration: it is part of the company&apos;s setup</extracomment>
        <translation>Ajouté à votre entreprise</translation>
    </message>
    <message>
        <source>Available for your company</source>
        <translation>Disponible pour votre entreprise</translation>
    </message>
    <message>
        <source>No keychain is available: the authorization is kept until you close the application.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: l&apos;autorisation est conservée jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Only an administrator can add or remove integrations.</source>
        <translation>Seul un administrateur peut ajouter ou supprimer des intégrations.</translation>
    </message>
    <message>
        <source>Add KBC On Demand Financing to your company</source>
        <translation>Ajouter KBC On Demand Financing à votre entreprise</translation>
    </message>
    <message>
        <source>Remove KBC On Demand Financing and withdraw its authorization</source>
        <translation>Supprimer KBC On Demand Financing et retirer son autorisation</translation>
    </message>
    <message>
        <source>Authorize in KBC &amp;Sign</source>
        <translation>Autoriser dans KBC &amp;Sign</translation>
    </message>
    <message>
        <source>Authorize in KBC Sign</source>
        <translation>Autoriser dans KBC Sign</translation>
    </message>
    <message>
        <source>Re&amp;new authorization</source>
        <translation>&amp;Renouveler l&apos;autorisation</translation>
    </message>
    <message>
        <source>Renew authorization</source>
        <translation>Renouveler l&apos;autorisation</translation>
    </message>
    <message numerus="yes">
        <source>Allow KBC On Demand Financing to access your KBC business account for %n day(s)</source>
        <translation>
            <numerusform>Autoriser KBC On Demand Financing à accéder à votre compte professionnel KBC pendant %n jour</numerusform>
            <numerusform>Autoriser KBC On Demand Financing à accéder à votre compte professionnel KBC pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not authorized yet: authorize it in KBC Sign before KBC can finance invoices.</source>
        <translation>Pas encore autorisé&#xa0;: autorisez-le dans KBC Sign pour que KBC puisse financer des factures.</translation>
    </message>
    <message>
        <source>Authorized in KBC Sign, valid until %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Autorisé dans KBC Sign, valable jusqu&apos;au %1.</translation>
    </message>
    <message numerus="yes">
        <source>The authorization expires in %n day(s), on %1. Renew it to keep financing invoices.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>
            <numerusform>L&apos;autorisation expire dans %n jour, le %1. Renouvelez-la pour continuer à financer des factures.</numerusform>
            <numerusform>L&apos;autorisation expire dans %n jours, le %1. Renouvelez-la pour continuer à financer des factures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization expired on %1. Renew it before you finance an invoice.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>L&apos;autorisation a expiré le %1. Renouvelez-la avant de financer une facture.</translation>
    </message>
</context>
<context>
    <name>InvoiceImporter</name>
    <message>
        <source>%1: invoice %2 is already in the list.</source>
        <translation>%1&#xa0;: la facture %2 figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Credit note</source>
        <extracomment>Status column: the document is a credit note</extracomment>
        <translation>Note de crédit</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Status column: a draft invoice, not booked yet</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <extracomment>Status column: the customer paid part of the invoice</extracomment>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Status column: the invoice is paid</extracomment>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credited</source>
        <extracomment>Status column: a credit note was issued against the invoice</extracomment>
        <translation>Créditée</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Status column: the invoice was e-mailed to the customer</extracomment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Booked</source>
        <extracomment>Status column: the invoice is booked (entered in the books), not sent yet</extracomment>
        <translation>Comptabilisée</translation>
    </message>
    <message>
        <source>Book first</source>
        <extracomment>Financing column, short: a draft must be booked before it can be financed</extracomment>
        <translation>À comptabiliser</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <extracomment>Financing column: the invoice does not qualify (same words as the panel)</extracomment>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Financing column: the invoice qualifies (same words as the panel)</extracomment>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <extracomment>Financing column: the request must be confirmed in KBC Sign</extracomment>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>Payout pending</source>
        <extracomment>Financing column: signed, the bank pays out on the next working day</extracomment>
        <translation>Versement en cours</translation>
    </message>
    <message>
        <source>Financed</source>
        <extracomment>Financing column: the bank bought the invoice (same word as the panel)</extracomment>
        <translation>Financée</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>Financing column: the customer paid the bank (same word as the panel)</extracomment>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Refused by KBC</source>
        <extracomment>Financing column: the bank declined to buy the invoice</extracomment>
        <translation>Refusée par KBC</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column header: the invoice number</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Column header: the customer&apos;s name</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <extracomment>Tooltip of the column header &quot;Date&quot;</extracomment>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Column header: the date by which the customer must pay</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: where the invoice stands (draft, sent, paid...)</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Financing</source>
        <extracomment>Column header: the invoice&apos;s state with KBC On Demand Financing</extracomment>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column header, short: the date of the invoice</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column header, short: the invoice total including VAT</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <extracomment>Tooltip of the column header &quot;Total&quot;</extracomment>
        <translation>Total TVAC</translation>
    </message>
    <message>
        <source>KBC On Demand Financing</source>
        <translation>KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Financing column: the integration with KBC is not set up</extracomment>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>InvoiceOverview</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice number or customer</source>
        <translation>Numéro de facture ou client</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <source>Shows the invoices whose number or customer contains the text</source>
        <translation>Affiche les factures dont le numéro ou le client contient le texte</translation>
    </message>
    <message>
        <source>Only &amp;qualifying</source>
        <translation>&amp;Uniquement les factures éligibles</translation>
    </message>
    <message>
        <source>Only qualifying invoices</source>
        <translation>Uniquement les factures éligibles</translation>
    </message>
    <message>
        <source>Show only the invoices that qualify for financing now</source>
        <translation>Afficher uniquement les factures actuellement éligibles au financement</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
</context>
<context>
    <name>KbcAuthorizeWindow</name>
    <message>
        <source>Asking KBC…</source>
        <translation>Demande en cours auprès de KBC…</translation>
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
        <translation>Autoriser une application</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>Caption above the name of the company that gives the authorization</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <extracomment>%1 is the company&apos;s VAT number</extracomment>
        <translation>Numéro de TVA %1</translation>
    </message>
    <message numerus="yes">
        <source>Allow KBC On Demand Financing to access your KBC business account for %n day(s).</source>
        <translation>
            <numerusform>Autoriser KBC On Demand Financing à accéder à votre compte professionnel KBC pendant %n jour.</numerusform>
            <numerusform>Autoriser KBC On Demand Financing à accéder à votre compte professionnel KBC pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <extracomment>Button: give the authorization in the signing app</extracomment>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm the authorization</source>
        <translation>Confirmer l&apos;autorisation</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the authorization</source>
        <translation>Annuler l&apos;autorisation</translation>
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
        <translation>Confirmer le financement d&apos;une facture</translation>
    </message>
    <message>
        <source>Financing for</source>
        <extracomment>Caption above the name of the business whose invoice is financed</extracomment>
        <translation>Financement pour</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>Caption above the invoice number</extracomment>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>KBC pays you</source>
        <extracomment>Caption of the amount KBC will pay out</extracomment>
        <translation>KBC vous verse</translation>
    </message>
    <message>
        <source>Financing cost</source>
        <translation>Coût du financement</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <extracomment>Button: agree to the financing request in the signing app</extracomment>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm the financing request</source>
        <translation>Confirmer la demande de financement</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <extracomment>Button: refuse the financing request in the signing app</extracomment>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Decline the financing request</source>
        <translation>Refuser la demande de financement</translation>
    </message>
    <message>
        <source>No request to confirm</source>
        <translation>Aucune demande à confirmer</translation>
    </message>
    <message>
        <source>%1 left to confirm</source>
        <extracomment>%1 is the time left to confirm, in minutes and seconds: &quot;5:42&quot;</extracomment>
        <translation>Encore %1 pour confirmer</translation>
    </message>
    <message>
        <source>Confirmed. KBC pays you on the next working day.</source>
        <translation>Confirmée. KBC vous verse le montant le jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>Declined. This invoice is not financed.</source>
        <translation>Refusée. Cette facture n&apos;est pas financée.</translation>
    </message>
    <message>
        <source>This request has lapsed</source>
        <translation>Cette demande a expiré</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the entries are the languages, each written in its own language</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Number format</source>
        <extracomment>Submenu: how amounts and dates are written, apart from the language of the texts</extracomment>
        <translation>Format des &amp;nombres</translation>
    </message>
    <message>
        <source>Follow the language</source>
        <extracomment>Number format: write amounts and dates as the chosen language does</extracomment>
        <translation>Selon la langue</translation>
    </message>
</context>
<context>
    <name>LimitGauge</name>
    <message>
        <source>%1 used · %2 reserved · %3 available of %4</source>
        <extracomment>The financing limit under its bar. %1: financed, not yet paid back by the customer; %2: requested, awaiting signature or payout; %3: still free; %4: the limit. Each is an amount with its currency.</extracomment>
        <translation>Utilisé&#xa0;: %1 · réservé&#xa0;: %2 · disponible&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>KBC financing limit</source>
        <extracomment>Accessible name of the bar that shows how much of the financing limit is taken</extracomment>
        <translation>Plafond de financement KBC</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>&amp;Importer des factures…</translation>
    </message>
    <message>
        <source>Import UBL invoice files (Peppol BIS 3.0)</source>
        <translation>Importer des fichiers de factures UBL (Peppol BIS 3.0)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About KBC On Demand Financing</source>
        <translation>&amp;À propos de KBC On Demand Financing</translation>
    </message>
    <message>
        <source>Number of invoices</source>
        <translation>Nombre de factures</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>About KBC On Demand Financing</source>
        <translation>À propos de KBC On Demand Financing</translation>
    </message>
    <message>
        <source>KBC On Demand Financing %1</source>
        <translation>KBC On Demand Financing %1</translation>
    </message>
    <message>
        <source>Choose, invoice by invoice, which invoices KBC buys from you: KBC pays you the amount minus a fee on the next working day and collects the money from your customer.</source>
        <translation>Choisissez, facture par facture, celles que KBC vous achète&#xa0;: KBC vous verse le montant, déduction faite d&apos;une commission, le jour ouvrable suivant et encaisse l&apos;argent auprès de votre client.</translation>
    </message>
    <message>
        <source>Request financing</source>
        <extracomment>Button of the confirmation: send the financing request to KBC</extracomment>
        <translation>Demander le financement</translation>
    </message>
    <message>
        <source>Ask KBC to buy invoice %1 (customer: %2)?</source>
        <extracomment>%1 is the invoice number, %2 the customer&apos;s name</extracomment>
        <translation>Demander à KBC d&apos;acheter la facture %1 (client&#xa0;: %2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>KBC pays you %1 on the next working day after you sign; the financing costs %2. Your customer is told to pay the invoice of %3 to KBC. You confirm the request in KBC Sign within %n minute(s).</source>
        <translation>
            <numerusform>KBC vous verse %1 le jour ouvrable qui suit votre signature&#xa0;; le financement coûte %2. Votre client sera invité à payer la facture de %3 à KBC. Vous confirmez la demande dans KBC Sign dans un délai de %n minute.</numerusform>
            <numerusform>KBC vous verse %1 le jour ouvrable qui suit votre signature&#xa0;; le financement coûte %2. Votre client sera invité à payer la facture de %3 à KBC. Vous confirmez la demande dans KBC Sign dans un délai de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The KBC authorization has expired. Renew it in Integrations before you finance an invoice.</source>
        <translation>L&apos;autorisation KBC a expiré. Renouvelez-la dans Intégrations avant de financer une facture.</translation>
    </message>
    <message numerus="yes">
        <source>The KBC authorization expires in %n day(s). Renew it in Integrations.</source>
        <translation>
            <numerusform>L&apos;autorisation KBC expire dans %n jour. Renouvelez-la dans Intégrations.</numerusform>
            <numerusform>L&apos;autorisation KBC expire dans %n jours. Renouvelez-la dans Intégrations.</numerusform>
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
            <numerusform>%n facture est actuellement éligible au financement&#xa0;: %1</numerusform>
            <numerusform>%n factures sont actuellement éligibles au financement&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice qualifies for financing right now.</source>
        <translation>Aucune facture n&apos;est éligible au financement pour le moment.</translation>
    </message>
    <message>
        <source>Qualifying invoices</source>
        <translation>Factures éligibles</translation>
    </message>
    <message>
        <source>Show &amp;all invoices</source>
        <translation>Afficher &amp;toutes les factures</translation>
    </message>
    <message>
        <source>Show &amp;these only</source>
        <translation>Afficher &amp;seulement celles-ci</translation>
    </message>
    <message>
        <source>Show all invoices</source>
        <translation>Afficher toutes les factures</translation>
    </message>
    <message>
        <source>Show only the qualifying invoices</source>
        <translation>Afficher uniquement les factures éligibles</translation>
    </message>
    <message>
        <source>KBC On Demand Financing is not set up: once it is, you see here which invoices qualify.</source>
        <translation>KBC On Demand Financing n&apos;est pas encore configuré&#xa0;: une fois que ce sera fait, vous verrez ici quelles factures sont éligibles.</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A reason in the &quot;Why?&quot; list: %1 the rule&apos;s title, %2 the explanation</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Financing state</source>
        <translation>État du financement</translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: problem with the file</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not an object.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est manquant.</translation>
    </message>
    <message>
        <source>%1: %2 is not a text.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD).</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time (YYYY-MM-DDThh:mm:ss with an offset such as +01:00).</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une date avec heure (AAAA-MM-JJThh:mm:ss avec un décalage horaire tel que +01:00).</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount with at most two decimals, such as &quot;2500.00&quot;.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un montant d&apos;au plus deux décimales, comme «&#xa0;2500.00&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3.</source>
        <translation>%1&#xa0;: %2 ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a list.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>this is not an On Demand Financing store.</source>
        <translation>ce n&apos;est pas un fichier de données On Demand Financing.</translation>
    </message>
    <message>
        <source>this is not an On Demand Financing store (its format is %1).</source>
        <translation>ce n&apos;est pas un fichier de données On Demand Financing (son format est %1).</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>the store was written by a newer version of this program (store format %1; this version reads up to format %2). Update the program to open it.</source>
        <translation>le fichier de données a été écrit par une version plus récente de ce programme (format %1&#xa0;; cette version lit jusqu&apos;au format %2). Mettez le programme à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1: %2 is not a store format version.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une version du format de fichier.</translation>
    </message>
    <message>
        <source>%1: %2 is already the id of another invoice.</source>
        <translation>%1&#xa0;: %2 est déjà l&apos;identifiant d&apos;une autre facture.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is not valid JSON (error at line %1, column %2).</source>
        <translation>le fichier n&apos;est pas un JSON valide (erreur à la ligne %1, colonne %2).</translation>
    </message>
    <message>
        <source>the file is not valid JSON.</source>
        <translation>le fichier n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>the data cannot be written.</source>
        <translation>les données ne peuvent pas être écrites.</translation>
    </message>
    <message>
        <source>the file cannot be written: %1</source>
        <translation>le fichier ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not true or false.</source>
        <translation>%1&#xa0;: %2 n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>%1 is empty; every user needs an id.</source>
        <translation>%1 est vide&#xa0;; chaque utilisateur a besoin d&apos;un identifiant.</translation>
    </message>
    <message>
        <source>%1: %2 is already the id of another user.</source>
        <translation>%1&#xa0;: %2 est déjà l&apos;identifiant d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1: %2 is not the id of any user.</source>
        <translation>%1&#xa0;: %2 n&apos;est l&apos;identifiant d&apos;aucun utilisateur.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>the one user of a store from before users</comment>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>UblReader</name>
    <message>
        <source>%1: the invoice date (IssueDate) &quot;%2&quot; is not a valid date.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1&#xa0;: la date de facture (IssueDate) «&#xa0;%2&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>%1: the due date (DueDate) &quot;%2&quot; is not a valid date.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1&#xa0;: l&apos;échéance (DueDate) «&#xa0;%2&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>%1: the payment due date (PaymentMeans/PaymentDueDate) &quot;%2&quot; is not a valid date.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1&#xa0;: l&apos;échéance du paiement (PaymentMeans/PaymentDueDate) «&#xa0;%2&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>%1: the total including VAT (TaxInclusiveAmount) &quot;%2&quot; is too large.</source>
        <extracomment>%1 is a file name, %2 the amount found in the file</extracomment>
        <translation>%1&#xa0;: le total TVA comprise (TaxInclusiveAmount) «&#xa0;%2&#xa0;» est trop élevé.</translation>
    </message>
    <message>
        <source>%1: the total including VAT (TaxInclusiveAmount) &quot;%2&quot; is not a number with a decimal point, such as 1234.56.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1&#xa0;: le total TVA comprise (TaxInclusiveAmount) «&#xa0;%2&#xa0;» n&apos;est pas un nombre avec un point décimal, comme 1234.56.</translation>
    </message>
    <message>
        <source>%1: the prepaid amount (PrepaidAmount) &quot;%2&quot; is too large.</source>
        <extracomment>%1 is a file name, %2 the amount found in the file</extracomment>
        <translation>%1&#xa0;: le montant déjà payé (PrepaidAmount) «&#xa0;%2&#xa0;» est trop élevé.</translation>
    </message>
    <message>
        <source>%1: the prepaid amount (PrepaidAmount) &quot;%2&quot; is not a number with a decimal point, such as 1234.56.</source>
        <extracomment>%1 is a file name, %2 the text found in the file</extracomment>
        <translation>%1&#xa0;: le montant déjà payé (PrepaidAmount) «&#xa0;%2&#xa0;» n&apos;est pas un nombre avec un point décimal, comme 1234.56.</translation>
    </message>
    <message>
        <source>%1: the invoice date (IssueDate) is missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1&#xa0;: la date de facture (IssueDate) est manquante.</translation>
    </message>
    <message>
        <source>%1: the total including VAT (LegalMonetaryTotal/TaxInclusiveAmount) is missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1&#xa0;: le total TVA comprise (LegalMonetaryTotal/TaxInclusiveAmount) est manquant.</translation>
    </message>
    <message>
        <source>%1: the currency (DocumentCurrencyCode) is missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1&#xa0;: la devise (DocumentCurrencyCode) est manquante.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <extracomment>Stands for the name of a file when there is none</extracomment>
        <translation>(fichier sans nom)</translation>
    </message>
    <message>
        <source>%1: the file is not well-formed XML (line %2: %3).</source>
        <extracomment>%1 is a file name, %2 a line number, %3 the XML parser&apos;s explanation</extracomment>
        <translation>%1&#xa0;: le fichier n&apos;est pas un XML bien formé (ligne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: the business document envelope holds no UBL invoice or credit note.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1&#xa0;: l&apos;enveloppe du document commercial ne contient aucune facture ni note de crédit UBL.</translation>
    </message>
    <message>
        <source>%1: this is not a UBL invoice or credit note (the document is %2, without a namespace).</source>
        <extracomment>%1 is a file name, %2 the name of an XML element</extracomment>
        <translation>%1&#xa0;: ce n&apos;est ni une facture ni une note de crédit UBL (le document est %2, sans espace de noms).</translation>
    </message>
    <message>
        <source>%1: this is not a UBL invoice or credit note (the document is %2 in the namespace %3).</source>
        <extracomment>%1 is a file name, %2 the name of an XML element, %3 its namespace (a URI)</extracomment>
        <translation>%1&#xa0;: ce n&apos;est ni une facture ni une note de crédit UBL (le document est %2 dans l&apos;espace de noms %3).</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <extracomment>%1 is a file name, %2 the system&apos;s explanation</extracomment>
        <translation>%1&#xa0;: le fichier ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>%1: the total including VAT is in %2, but the invoice is in %3 (DocumentCurrencyCode).</source>
        <extracomment>%1 is a file name, %2 and %3 are currency codes such as EUR</extracomment>
        <translation>%1&#xa0;: le total TVA comprise est libellé en %2, mais la facture en %3 (DocumentCurrencyCode).</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (administrateur)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <extracomment>The user menu&apos;s title when no user is known</extracomment>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Switch user</source>
        <extracomment>Section of the user menu listing the users one may switch to</extracomment>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>&amp;Profil de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Integrations…</source>
        <translation>&amp;Intégrations…</translation>
    </message>
    <message>
        <source>Add, remove and authorize KBC On Demand Financing</source>
        <translation>Ajouter, supprimer et autoriser KBC On Demand Financing</translation>
    </message>
</context>
</TS>
