<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BankClient</name>
    <message numerus="yes">
        <source>KBC did not answer within %n second(s).</source>
        <translation>
            <numerusform>KBC did not answer within %n second.</numerusform>
            <numerusform>KBC did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityRules</name>
    <message numerus="yes">
        <source>The payment term is %n day(s); it must be between %1 and %2 days.</source>
        <translation>
            <numerusform>The payment term is %n day; it must be between %1 and %2 days.</numerusform>
            <numerusform>The payment term is %n days; it must be between %1 and %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice is %n working day(s) old; it may be at most %1 working days old.</source>
        <translation>
            <numerusform>The invoice is %n working day old; it may be at most %1 working days old.</numerusform>
            <numerusform>The invoice is %n working days old; it may be at most %1 working days old.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinancingTexts</name>
    <message numerus="yes">
        <source>Confirm the request in KBC Sign within %n minute(s); after that it lapses.</source>
        <translation>
            <numerusform>Confirm the request in KBC Sign within %n minute; after that it lapses.</numerusform>
            <numerusform>Confirm the request in KBC Sign within %n minutes; after that it lapses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%n invoice(s) imported.</source>
        <translation>
            <numerusform>%n invoice imported.</numerusform>
            <numerusform>%n invoices imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message numerus="yes">
        <source>Allow KBC On Demand Financing to access your KBC business account for %n day(s)</source>
        <translation>
            <numerusform>Allow KBC On Demand Financing to access your KBC business account for %n day</numerusform>
            <numerusform>Allow KBC On Demand Financing to access your KBC business account for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The authorization expires in %n day(s), on %1. Renew it to keep financing invoices.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>
            <numerusform>The authorization expires in %n day, on %1. Renew it to keep financing invoices.</numerusform>
            <numerusform>The authorization expires in %n days, on %1. Renew it to keep financing invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KbcAuthorizeWindow</name>
    <message numerus="yes">
        <source>Allow KBC On Demand Financing to access your KBC business account for %n day(s).</source>
        <translation>
            <numerusform>Allow KBC On Demand Financing to access your KBC business account for %n day.</numerusform>
            <numerusform>Allow KBC On Demand Financing to access your KBC business account for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KBC pays you %1 on the next working day after you sign; the financing costs %2. Your customer is told to pay the invoice of %3 to KBC. You confirm the request in KBC Sign within %n minute(s).</source>
        <translation>
            <numerusform>KBC pays you %1 on the next working day after you sign; the financing costs %2. Your customer is told to pay the invoice of %3 to KBC. You confirm the request in KBC Sign within %n minute.</numerusform>
            <numerusform>KBC pays you %1 on the next working day after you sign; the financing costs %2. Your customer is told to pay the invoice of %3 to KBC. You confirm the request in KBC Sign within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The KBC authorization expires in %n day(s). Renew it in Integrations.</source>
        <translation>
            <numerusform>The KBC authorization expires in %n day. Renew it in Integrations.</numerusform>
            <numerusform>The KBC authorization expires in %n days. Renew it in Integrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualifyingBanner</name>
    <message numerus="yes">
        <source>%n invoice(s) qualify for financing now: %1</source>
        <translation>
            <numerusform>%n invoice qualifies for financing now: %1</numerusform>
            <numerusform>%n invoices qualify for financing now: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
