#include "ublfixture.h"
#include "ublreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The UBL reader on documents the test writes itself: which elements it takes and which it
// leaves alone, how it reads dates and numbers, and how it refuses what it cannot read.
class TestUblReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalInvoice();
    void allFields();
    void kind_data();
    void kind();
    void issueDate_data();
    void issueDate();
    void dueDate_data();
    void dueDate();
    void customerNumber_data();
    void customerNumber();
    void customerDetails_data();
    void customerDetails();
    void amounts_data();
    void amounts();
    void namespaces_data();
    void namespaces();
    void nestedElementsAreNotTaken_data();
    void nestedElementsAreNotTaken();
    void refusals_data();
    void refusals();
    void malformedXml_data();
    void malformedXml();
    void largeAttachmentIsSkipped();
    void errorsNameOnlyTheFileName();
    void readFile();
    void readFileOfAMissingFile();
};

namespace {

const QString fileName = u"invoice.xml"_s;

UblReadResult read(const QByteArray &xml)
{
    return UblReader::readData(xml, fileName);
}

UblReadResult read(const UblFixture &fixture)
{
    return read(fixture.toXml());
}

const QString invoiceNamespace = u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"_s;
const QString creditNoteNamespace = u"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"_s;
const QString basicNamespace =
    u"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"_s;
const QString aggregateNamespace =
    u"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"_s;
const QString envelopeNamespace =
    u"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"_s;

// Replaces {inv}, {cn}, {cbc}, {cac} and {sbd} by the namespaces, so that documents with
// unusual prefixes stay readable in the test.
QByteArray withNamespaces(QString xml)
{
    xml.replace(u"{inv}"_s, invoiceNamespace);
    xml.replace(u"{cn}"_s, creditNoteNamespace);
    xml.replace(u"{cbc}"_s, basicNamespace);
    xml.replace(u"{cac}"_s, aggregateNamespace);
    xml.replace(u"{sbd}"_s, envelopeNamespace);
    return xml.toUtf8();
}

const QString envelopeHeader = uR"(
  <StandardBusinessDocumentHeader>
    <HeaderVersion>1.0</HeaderVersion>
    <Sender><Identifier Authority="iso6523-actorid-upis">0208:0123456749</Identifier></Sender>
    <Receiver><Identifier Authority="iso6523-actorid-upis">0208:0477472701</Identifier></Receiver>
    <DocumentIdentification>
      <Standard>urn:oasis:names:specification:ubl:schema:xsd:Invoice-2</Standard>
      <TypeVersion>2.1</TypeVersion>
      <InstanceIdentifier>5c2d1e7a-0d5e-4b8e-9b0c-3f7c1c9f1a11</InstanceIdentifier>
      <Type>Invoice</Type>
      <CreationDateAndTime>2026-03-02T09:15:00+01:00</CreationDateAndTime>
    </DocumentIdentification>
  </StandardBusinessDocumentHeader>
)"_s;

} // namespace

// The invoice of a document that must be readable; fails the test otherwise.
#define READ_INVOICE(invoice, xml)                                                                 \
    const UblReadResult invoice##Result = read(xml);                                               \
    QCOMPARE(invoice##Result.error, QString());                                                    \
    QVERIFY(invoice##Result.invoice.has_value());                                                  \
    const Invoice &invoice = *invoice##Result.invoice

void TestUblReader::minimalInvoice()
{
    READ_INVOICE(invoice, withNamespaces(uR"(<?xml version="1.0"?>
<Invoice xmlns="{inv}" xmlns:cbc="{cbc}" xmlns:cac="{cac}">
  <cbc:IssueDate>2026-03-02</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:LegalMonetaryTotal>
    <cbc:TaxInclusiveAmount currencyID="EUR">3000</cbc:TaxInclusiveAmount>
  </cac:LegalMonetaryTotal>
</Invoice>)"_s));

    QCOMPARE(invoice.id, QString());
    QCOMPARE(invoice.number, QString());
    QCOMPARE(invoice.kind, InvoiceKind::Invoice);
    QCOMPARE(invoice.typeCode, QString());
    QCOMPARE(invoice.issueDate, QDate(2026, 3, 2));
    QCOMPARE(invoice.dueDate, QDate());
    QCOMPARE(invoice.paymentTermDays(), std::nullopt);
    QCOMPARE(invoice.total, Money::fromCents(3000'00));
    QCOMPARE(invoice.paid, Money::fromCents(0));
    QCOMPARE(invoice.customer.name, QString());
    QCOMPARE(invoice.customer.countryCode, QString());
    QCOMPARE(invoice.customer.number, QString());
    QCOMPARE(invoice.customer.kind, CustomerKind::Person);
    QCOMPARE(invoice.customer.email, QString());
    QCOMPARE(invoice.sourceFile, fileName);
}

void TestUblReader::allFields()
{
    UblFixture fixture;
    fixture.prepaidAmount = u"100.00"_s;
    READ_INVOICE(invoice, fixture);

    Invoice expected;
    expected.number = u"INV-2026-0042"_s;
    expected.direction = InvoiceDirection::Outgoing;
    expected.kind = InvoiceKind::Invoice;
    expected.typeCode = u"380"_s;
    expected.booking = BookingState::Booked;
    expected.issueDate = QDate(2026, 3, 2);
    expected.dueDate = QDate(2026, 4, 1);
    expected.total = Money::fromCents(12'100'00);
    expected.paid = Money::fromCents(100'00);
    expected.credited = Money::fromCents(0);
    expected.customer.name = u"Brouwerij De Kroon"_s;
    expected.customer.countryCode = u"BE"_s;
    expected.customer.number = u"BE0477472701"_s;
    expected.customer.kind = CustomerKind::Company;
    expected.customer.email = u"boekhouding@dekroon.example"_s;
    expected.sourceFile = fileName;

    QCOMPARE(invoice.id, expected.id);
    QCOMPARE(invoice.number, expected.number);
    QCOMPARE(invoice.direction, expected.direction);
    QCOMPARE(invoice.kind, expected.kind);
    QCOMPARE(invoice.typeCode, expected.typeCode);
    QCOMPARE(invoice.booking, expected.booking);
    QCOMPARE(invoice.issueDate, expected.issueDate);
    QCOMPARE(invoice.dueDate, expected.dueDate);
    QCOMPARE(invoice.paymentTermDays(), std::optional<int>(30));
    QCOMPARE(invoice.total, expected.total);
    QCOMPARE(invoice.paid, expected.paid);
    QCOMPARE(invoice.credited, expected.credited);
    QCOMPARE(invoice.currency(), u"EUR"_s);
    QCOMPARE(invoice.customer.name, expected.customer.name);
    QCOMPARE(invoice.customer.countryCode, expected.customer.countryCode);
    QCOMPARE(invoice.customer.number, expected.customer.number);
    QCOMPARE(invoice.customer.kind, expected.customer.kind);
    QCOMPARE(invoice.customer.email, expected.customer.email);
    QVERIFY(!invoice.emailed.has_value());
    QCOMPARE(invoice.financing.status, FinancingStatus::None);
    QCOMPARE(invoice.sourceFile, expected.sourceFile);
    QCOMPARE(invoice.activity.size(), 0);
    // Nothing else is set either.
    QVERIFY(invoice == expected);
}

void TestUblReader::kind_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("typeCode");
    QTest::addColumn<InvoiceKind>("kind");
    QTest::addColumn<QString>("typeCodeKept");

    const QString invoice = u"Invoice"_s;
    const QString creditNote = u"CreditNote"_s;
    QTest::newRow("380 commercial invoice")
        << invoice << u"380"_s << InvoiceKind::Invoice << u"380"_s;
    QTest::newRow("381 credit note") << invoice << u"381"_s << InvoiceKind::CreditNote << u"381"_s;
    QTest::newRow("386 advance invoice")
        << invoice << u"386"_s << InvoiceKind::AdvanceInvoice << u"386"_s;
    QTest::newRow("389 self-billed invoice passes as invoice")
        << invoice << u"389"_s << InvoiceKind::Invoice << u"389"_s;
    QTest::newRow("384 corrected invoice passes as invoice")
        << invoice << u"384"_s << InvoiceKind::Invoice << u"384"_s;
    QTest::newRow("no type code") << invoice << QString() << InvoiceKind::Invoice << QString();
    QTest::newRow("type code with white space")
        << invoice << u" 386\n"_s << InvoiceKind::AdvanceInvoice << u"386"_s;
    QTest::newRow("credit note document with 381")
        << creditNote << u"381"_s << InvoiceKind::CreditNote << u"381"_s;
    QTest::newRow("credit note document without type code")
        << creditNote << QString() << InvoiceKind::CreditNote << QString();
    QTest::newRow("credit note document with another code")
        << creditNote << u"396"_s << InvoiceKind::CreditNote << u"396"_s;
}

void TestUblReader::kind()
{
    QFETCH(QString, root);
    QFETCH(QString, typeCode);
    QFETCH(InvoiceKind, kind);
    QFETCH(QString, typeCodeKept);

    UblFixture fixture;
    fixture.root = root;
    fixture.typeCode = typeCode;
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.kind, kind);
    QCOMPARE(invoice.typeCode, typeCodeKept);
}

void TestUblReader::issueDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("plain") << u"2026-03-02"_s << QDate(2026, 3, 2);
    QTest::newRow("+01:00") << u"2026-03-02+01:00"_s << QDate(2026, 3, 2);
    QTest::newRow("Z") << u"2026-03-02Z"_s << QDate(2026, 3, 2);
    QTest::newRow("-05:00") << u"2026-03-02-05:00"_s << QDate(2026, 3, 2);
    QTest::newRow("+14:00, the largest offset") << u"2026-03-02+14:00"_s << QDate(2026, 3, 2);
    QTest::newRow("-12:00 on new year's eve") << u"2025-12-31-12:00"_s << QDate(2025, 12, 31);
    QTest::newRow("leap day") << u"2028-02-29"_s << QDate(2028, 2, 29);
    QTest::newRow("surrounding white space") << u"\n  2026-03-02 \t"_s << QDate(2026, 3, 2);
}

void TestUblReader::issueDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);

    UblFixture fixture;
    fixture.issueDate = text;
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.issueDate, date);
}

void TestUblReader::dueDate_data()
{
    QTest::addColumn<QString>("dueDate");
    QTest::addColumn<QString>("paymentMeans");
    QTest::addColumn<QDate>("expected");

    const auto means = [](const QString &date) -> QString {
        return UblFixture::paymentMeansWith(date.isEmpty() ? QString()
                                                           : u"<cbc:PaymentDueDate>"_s + date
                                                    + u"</cbc:PaymentDueDate>"_s);
    };

    QTest::newRow("DueDate") << u"2026-04-01"_s << QString() << QDate(2026, 4, 1);
    QTest::newRow("DueDate with a time zone")
        << u"2026-04-01+02:00"_s << QString() << QDate(2026, 4, 1);
    QTest::newRow("PaymentMeans/PaymentDueDate")
        << QString() << means(u"2026-04-15"_s) << QDate(2026, 4, 15);
    QTest::newRow("PaymentDueDate with Z")
        << QString() << means(u"2026-04-15Z"_s) << QDate(2026, 4, 15);
    QTest::newRow("DueDate before PaymentDueDate")
        << u"2026-04-01"_s << means(u"2026-04-15"_s) << QDate(2026, 4, 1);
    QTest::newRow("the first PaymentMeans")
        << QString() << means(u"2026-04-15"_s) + means(u"2026-05-15"_s) << QDate(2026, 4, 15);
    QTest::newRow("the first PaymentMeans that has a date")
        << QString() << means(QString()) + means(u"2026-05-15"_s) << QDate(2026, 5, 15);
    QTest::newRow("no due date at all") << QString() << means(QString()) << QDate();
    QTest::newRow("PaymentTerms is not PaymentMeans")
        << QString()
        << u"<cac:PaymentTerms><cbc:Note>2% within 8 days</cbc:Note>"
           "<cbc:PaymentDueDate>2026-03-10</cbc:PaymentDueDate></cac:PaymentTerms>"_s
        << QDate();
}

void TestUblReader::dueDate()
{
    QFETCH(QString, dueDate);
    QFETCH(QString, paymentMeans);
    QFETCH(QDate, expected);

    UblFixture fixture;
    fixture.dueDate = dueDate;
    fixture.paymentMeans = paymentMeans;
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.dueDate, expected);
}

void TestUblReader::customerNumber_data()
{
    QTest::addColumn<QString>("supplierParty");
    QTest::addColumn<QString>("customerParty");
    QTest::addColumn<QString>("number");
    QTest::addColumn<CustomerKind>("customerKind");

    const QString supplier = UblFixture::defaultSupplierParty();
    const QString name = u"<cac:PartyName><cbc:Name>Bakkerij Peeters</cbc:Name></cac:PartyName>"_s;
    const auto endpoint = [](const QString &scheme, const QString &number) -> QString {
        return u"<cbc:EndpointID schemeID=\""_s + scheme + u"\">"_s + number
            + u"</cbc:EndpointID>"_s;
    };
    const auto taxScheme = [](const QString &number) -> QString {
        return u"<cac:PartyTaxScheme><cbc:CompanyID>"_s + number
            + u"</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"
              "</cac:PartyTaxScheme>"_s;
    };
    const auto legalEntity = [](const QString &number) -> QString {
        return u"<cac:PartyLegalEntity><cbc:RegistrationName>Bakkerij Peeters BV"
               "</cbc:RegistrationName><cbc:CompanyID>"_s
            + number + u"</cbc:CompanyID></cac:PartyLegalEntity>"_s;
    };
    const CustomerKind company = CustomerKind::Company;

    QTest::newRow("tax scheme before legal entity and endpoint")
        << supplier
        << endpoint(u"0208"_s, u"0200000154"_s) + name + taxScheme(u"BE0200000253"_s)
            + legalEntity(u"0200000352"_s)
        << u"BE0200000253"_s << company;
    QTest::newRow("legal entity before endpoint")
        << supplier << endpoint(u"0208"_s, u"0200000154"_s) + name + legalEntity(u"0200000352"_s)
        << u"0200000352"_s << company;
    QTest::newRow("endpoint with scheme 0208")
        << supplier << endpoint(u"0208"_s, u"0200000154"_s) + name << u"0200000154"_s << company;
    QTest::newRow("endpoint with scheme 9925")
        << supplier << endpoint(u"9925"_s, u"BE0200000154"_s) + name << u"BE0200000154"_s
        << company;
    QTest::newRow("endpoint with scheme 0088 (GLN) is no number")
        << supplier << endpoint(u"0088"_s, u"5412345000013"_s) + name << QString()
        << CustomerKind::Person;
    QTest::newRow("endpoint with an e-mail scheme is no number")
        << supplier << endpoint(u"EM"_s, u"peeters@example.be"_s) + name << QString()
        << CustomerKind::Person;
    QTest::newRow("no number at all is a private person")
        << supplier << name << QString() << CustomerKind::Person;
    QTest::newRow("the supplier's numbers are never the customer's") << supplier
                                                                     << name
            + u"<cac:PartyLegalEntity><cbc:RegistrationName>Jan Peeters"
              "</cbc:RegistrationName></cac:PartyLegalEntity>"_s << QString()
                                                                     << CustomerKind::Person;
    QTest::newRow("supplier without numbers")
        << name << name + taxScheme(u"BE0200000253"_s) << u"BE0200000253"_s << company;
    QTest::newRow("empty tax scheme number gives way")
        << supplier << name + taxScheme(u"  "_s) + legalEntity(u"0200000352"_s) << u"0200000352"_s
        << company;
    QTest::newRow("nine-digit number kept as found")
        << supplier << name + taxScheme(u"BE477472701"_s) << u"BE477472701"_s << company;
    QTest::newRow("dotted lower-case spelling kept as found")
        << supplier << name + taxScheme(u"be 0477.472.701"_s) << u"be 0477.472.701"_s << company;
    QTest::newRow("surrounding white space is trimmed")
        << supplier << name + taxScheme(u"\n  BE0477472701\n"_s) << u"BE0477472701"_s << company;
    QTest::newRow("foreign number kept")
        << supplier << name + taxScheme(u"NL123456789B01"_s) << u"NL123456789B01"_s << company;
    QTest::newRow("invalid number still makes a company")
        << supplier << name + taxScheme(u"BE54321"_s) << u"BE54321"_s << company;
}

void TestUblReader::customerNumber()
{
    QFETCH(QString, supplierParty);
    QFETCH(QString, customerParty);
    QFETCH(QString, number);
    QFETCH(CustomerKind, customerKind);

    UblFixture fixture;
    fixture.supplierParty = UblFixture::supplierPartyWith(supplierParty);
    fixture.customerParty = UblFixture::customerPartyWith(customerParty);
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.customer.number, number);
    QCOMPARE(invoice.customer.kind, customerKind);
    QCOMPARE(invoice.customer.isPrivatePerson(), number.isEmpty());
}

void TestUblReader::customerDetails_data()
{
    QTest::addColumn<QString>("customerParty");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<QString>("email");

    const QString partyName = u"<cac:PartyName><cbc:Name>De Kroon</cbc:Name></cac:PartyName>"_s;
    const QString legalName = u"<cac:PartyLegalEntity><cbc:RegistrationName>De Kroon NV"
                              "</cbc:RegistrationName></cac:PartyLegalEntity>"_s;
    const auto country = [](const QString &code) -> QString {
        return u"<cac:PostalAddress><cbc:CityName>Gent</cbc:CityName><cac:Country>"
               "<cbc:IdentificationCode>"_s
            + code + u"</cbc:IdentificationCode></cac:Country></cac:PostalAddress>"_s;
    };
    const QString contact = u"<cac:Contact><cbc:Name>An</cbc:Name><cbc:Telephone>09 123 45 67"
                            "</cbc:Telephone><cbc:ElectronicMail>an@dekroon.example"
                            "</cbc:ElectronicMail></cac:Contact>"_s;

    QTest::newRow("the trading name first")
        << partyName + legalName << u"De Kroon"_s << QString() << QString();
    QTest::newRow("the registration name without a trading name")
        << legalName << u"De Kroon NV"_s << QString() << QString();
    QTest::newRow("the trading name after the legal entity")
        << legalName + partyName << u"De Kroon"_s << QString() << QString();
    QTest::newRow("no name") << country(u"BE"_s) << QString() << u"BE"_s << QString();
    QTest::newRow("country upper-cased")
        << partyName + country(u"be"_s) << u"De Kroon"_s << u"BE"_s << QString();
    QTest::newRow("foreign country")
        << partyName + country(u"NL"_s) << u"De Kroon"_s << u"NL"_s << QString();
    QTest::newRow("e-mail address from the contact")
        << partyName + contact << u"De Kroon"_s << QString() << u"an@dekroon.example"_s;
    QTest::newRow("name with an entity")
        << u"<cac:PartyName><cbc:Name>Smet &amp; Zonen</cbc:Name></cac:PartyName>"_s
        << u"Smet & Zonen"_s << QString() << QString();
    QTest::newRow("name with accents")
        << u"<cac:PartyName><cbc:Name>Crêperie Hélène</cbc:Name></cac:PartyName>"_s
        << u"Crêperie Hélène"_s << QString() << QString();
}

void TestUblReader::customerDetails()
{
    QFETCH(QString, customerParty);
    QFETCH(QString, name);
    QFETCH(QString, countryCode);
    QFETCH(QString, email);

    UblFixture fixture;
    fixture.customerParty = UblFixture::customerPartyWith(customerParty);
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.customer.name, name);
    QCOMPARE(invoice.customer.countryCode, countryCode);
    QCOMPARE(invoice.customer.email, email);
}

void TestUblReader::amounts_data()
{
    QTest::addColumn<QString>("documentCurrency");
    QTest::addColumn<QString>("amountCurrency");
    QTest::addColumn<QString>("totalIncludingVat");
    QTest::addColumn<QString>("prepaidAmount");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<qint64>("paidCents");
    QTest::addColumn<QString>("currency");

    const QString euro = u"EUR"_s;
    QTest::newRow("two decimals") << euro << euro << u"12100.00"_s << QString() << qint64(12'100'00)
                                  << qint64(0) << euro;
    QTest::newRow("whole number") << euro << euro << u"2500"_s << QString() << qint64(2'500'00)
                                  << qint64(0) << euro;
    QTest::newRow("one decimal") << euro << euro << u"336.9"_s << QString() << qint64(336'90)
                                 << qint64(0) << euro;
    QTest::newRow("rounded half away from zero")
        << euro << euro << u"2499.995"_s << QString() << qint64(2'500'00) << qint64(0) << euro;
    QTest::newRow("negative") << euro << euro << u"-217.80"_s << QString() << qint64(-217'80)
                              << qint64(0) << euro;
    QTest::newRow("plus sign") << euro << euro << u"+3000"_s << QString() << qint64(3'000'00)
                               << qint64(0) << euro;
    QTest::newRow("white space around")
        << euro << euro << u"\n 3000.50 \n"_s << QString() << qint64(3'000'50) << qint64(0) << euro;
    QTest::newRow("largest amount Money holds")
        << euro << euro << u"1000000000000000.00"_s << QString() << Money::maximumCents << qint64(0)
        << euro;
    QTest::newRow("prepaid amount")
        << euro << euro << u"484"_s << u"100"_s << qint64(484'00) << qint64(100'00) << euro;
    QTest::newRow("prepaid zero") << euro << euro << u"484"_s << u"0.00"_s << qint64(484'00)
                                  << qint64(0) << euro;
    QTest::newRow("prepaid more than the total")
        << euro << euro << u"804.86"_s << u"1030"_s << qint64(804'86) << qint64(1030'00) << euro;
    QTest::newRow("another currency")
        << u"USD"_s << u"USD"_s << u"484"_s << QString() << qint64(484'00) << qint64(0) << u"USD"_s;
    QTest::newRow("three-decimal currency rounded to the cent")
        << u"OMR"_s << u"OMR"_s << u"11175.455"_s << u"1175.500"_s << qint64(11175'46)
        << qint64(1175'50) << u"OMR"_s;
    QTest::newRow("lower-case currency code")
        << u"eur"_s << u"eur"_s << u"3000"_s << QString() << qint64(3'000'00) << qint64(0) << euro;
    QTest::newRow("currency from the amount without DocumentCurrencyCode")
        << QString() << u"SEK"_s << u"3200.00"_s << QString() << qint64(3'200'00) << qint64(0)
        << u"SEK"_s;
}

void TestUblReader::amounts()
{
    QFETCH(QString, documentCurrency);
    QFETCH(QString, amountCurrency);
    QFETCH(QString, totalIncludingVat);
    QFETCH(QString, prepaidAmount);
    QFETCH(qint64, totalCents);
    QFETCH(qint64, paidCents);
    QFETCH(QString, currency);

    UblFixture fixture;
    fixture.currency = documentCurrency;
    fixture.totalCurrency = amountCurrency;
    fixture.totalIncludingVat = totalIncludingVat;
    fixture.prepaidAmount = prepaidAmount;
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.total, Money::fromCents(totalCents, currency));
    QCOMPARE(invoice.paid, Money::fromCents(paidCents, currency));
    QCOMPARE(invoice.credited, Money::fromCents(0, currency));
    QCOMPARE(invoice.currency(), currency);
}

void TestUblReader::namespaces_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<InvoiceKind>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<QString>("customerNumber");

    QTest::newRow("prefixed document element")
        << withNamespaces(uR"(<inv:Invoice xmlns:inv="{inv}" xmlns:cbc="{cbc}" xmlns:cac="{cac}">
  <cbc:ID>A-1</cbc:ID><cbc:IssueDate>2026-03-02</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyTaxScheme>
    <cbc:CompanyID>BE0477472701</cbc:CompanyID>
  </cac:PartyTaxScheme></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:TaxInclusiveAmount currencyID="EUR">3000</cbc:TaxInclusiveAmount>
  </cac:LegalMonetaryTotal>
</inv:Invoice>)"_s)
        << InvoiceKind::Invoice << u"A-1"_s << QDate(2026, 3, 2) << qint64(3'000'00)
        << u"BE0477472701"_s;

    QTest::newRow("cbc as the default namespace, odd prefixes elsewhere")
        << withNamespaces(uR"(<ns4:Invoice xmlns="{cbc}" xmlns:ns3="{cac}" xmlns:ns4="{inv}">
  <ID>A-2</ID><IssueDate>2026-03-03Z</IssueDate>
  <DocumentCurrencyCode>EUR</DocumentCurrencyCode>
  <ns3:AccountingCustomerParty><ns3:Party><ns3:PartyLegalEntity>
    <CompanyID>0477472701</CompanyID>
  </ns3:PartyLegalEntity></ns3:Party></ns3:AccountingCustomerParty>
  <ns3:LegalMonetaryTotal>
    <TaxInclusiveAmount currencyID="EUR">3000.10</TaxInclusiveAmount>
  </ns3:LegalMonetaryTotal>
</ns4:Invoice>)"_s)
        << InvoiceKind::Invoice << u"A-2"_s << QDate(2026, 3, 3) << qint64(3'000'10)
        << u"0477472701"_s;

    QTest::newRow("every element with its own declaration")
        << withNamespaces(uR"(<Invoice xmlns="{inv}">
  <ID xmlns="{cbc}">A-3</ID><x:IssueDate xmlns:x="{cbc}">2026-03-04</x:IssueDate>
  <DocumentCurrencyCode xmlns="{cbc}">EUR</DocumentCurrencyCode>
  <LegalMonetaryTotal xmlns="{cac}">
    <TaxInclusiveAmount xmlns="{cbc}" currencyID="EUR">3000</TaxInclusiveAmount>
  </LegalMonetaryTotal>
</Invoice>)"_s)
        << InvoiceKind::Invoice << u"A-3"_s << QDate(2026, 3, 4) << qint64(3'000'00) << QString();

    QTest::newRow("the usual prefixes swapped")
        << withNamespaces(uR"(<cbc:Invoice xmlns:cbc="{inv}" xmlns:cac="{cbc}" xmlns:inv="{cac}">
  <cac:ID>A-4</cac:ID><cac:IssueDate>2026-03-05</cac:IssueDate>
  <cac:DocumentCurrencyCode>EUR</cac:DocumentCurrencyCode>
  <inv:AccountingCustomerParty><inv:Party>
    <cac:EndpointID schemeID="9925">BE0477472701</cac:EndpointID>
  </inv:Party></inv:AccountingCustomerParty>
  <inv:LegalMonetaryTotal>
    <cac:TaxInclusiveAmount currencyID="EUR">3000</cac:TaxInclusiveAmount>
  </inv:LegalMonetaryTotal>
</cbc:Invoice>)"_s)
        << InvoiceKind::Invoice << u"A-4"_s << QDate(2026, 3, 5) << qint64(3'000'00)
        << u"BE0477472701"_s;

    QTest::newRow("a prefix rebound on a child element")
        << withNamespaces(uR"(<p:Invoice xmlns:p="{inv}">
  <p:ID xmlns:p="{cbc}">A-5</p:ID><p:IssueDate xmlns:p="{cbc}">2026-03-06</p:IssueDate>
  <p:DocumentCurrencyCode xmlns:p="{cbc}">EUR</p:DocumentCurrencyCode>
  <p:LegalMonetaryTotal xmlns:p="{cac}" xmlns:q="{cbc}">
    <q:TaxInclusiveAmount currencyID="EUR">3000</q:TaxInclusiveAmount>
  </p:LegalMonetaryTotal>
</p:Invoice>)"_s)
        << InvoiceKind::Invoice << u"A-5"_s << QDate(2026, 3, 6) << qint64(3'000'00) << QString();

    QTest::newRow("credit note with the default namespace")
        << withNamespaces(uR"(<CreditNote xmlns="{cn}" xmlns:b="{cbc}" xmlns:a="{cac}">
  <b:ID>CN-1</b:ID><b:IssueDate>2026-03-07</b:IssueDate>
  <b:CreditNoteTypeCode>381</b:CreditNoteTypeCode>
  <b:DocumentCurrencyCode>EUR</b:DocumentCurrencyCode>
  <a:LegalMonetaryTotal>
    <b:TaxInclusiveAmount currencyID="EUR">100.11</b:TaxInclusiveAmount>
  </a:LegalMonetaryTotal>
</CreditNote>)"_s)
        << InvoiceKind::CreditNote << u"CN-1"_s << QDate(2026, 3, 7) << qint64(100'11) << QString();

    UblFixture wrapped;
    wrapped.number = u"SBD-1"_s;
    QByteArray invoice = wrapped.toXml();
    invoice.remove(0, invoice.indexOf("?>") + 2); // the declaration belongs to the envelope
    QTest::newRow("in a Standard Business Document")
        << withNamespaces(uR"(<?xml version="1.0" encoding="UTF-8"?>
<StandardBusinessDocument xmlns="{sbd}">)"_s
                          + envelopeHeader + QString::fromUtf8(invoice)
                          + u"</StandardBusinessDocument>"_s)
        << InvoiceKind::Invoice << u"SBD-1"_s << QDate(2026, 3, 2) << qint64(12'100'00)
        << u"BE0477472701"_s;

    QTest::newRow("in a prefixed Standard Business Document")
        << withNamespaces(
               uR"(<sh:StandardBusinessDocument xmlns:sh="{sbd}">)"_s
               + QString(envelopeHeader).replace(u"<"_s, u"<sh:"_s).replace(u"<sh:/"_s, u"</sh:"_s)
               + uR"(<ns4:Invoice xmlns="{cbc}" xmlns:ns3="{cac}" xmlns:ns4="{inv}">
  <ID>SBD-2</ID><IssueDate>2011-08-22Z</IssueDate>
  <DocumentCurrencyCode>EUR</DocumentCurrencyCode>
  <ns3:LegalMonetaryTotal>
    <TaxInclusiveAmount currencyID="EUR">5157.08</TaxInclusiveAmount>
  </ns3:LegalMonetaryTotal>
</ns4:Invoice>
</sh:StandardBusinessDocument>)"_s)
        << InvoiceKind::Invoice << u"SBD-2"_s << QDate(2011, 8, 22) << qint64(5157'08) << QString();

    QTest::newRow("a credit note in a Standard Business Document")
        << withNamespaces(uR"(<StandardBusinessDocument xmlns="{sbd}">)"_s + envelopeHeader
                          + uR"(<CreditNote xmlns="{cn}" xmlns:cbc="{cbc}" xmlns:cac="{cac}">
  <cbc:ID>SBD-3</cbc:ID><cbc:IssueDate>2026-03-08</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:LegalMonetaryTotal>
    <cbc:TaxInclusiveAmount currencyID="EUR">50</cbc:TaxInclusiveAmount>
  </cac:LegalMonetaryTotal>
</CreditNote>
</StandardBusinessDocument>)"_s)
        << InvoiceKind::CreditNote << u"SBD-3"_s << QDate(2026, 3, 8) << qint64(50'00) << QString();
}

void TestUblReader::namespaces()
{
    QFETCH(QByteArray, xml);
    QFETCH(InvoiceKind, kind);
    QFETCH(QString, number);
    QFETCH(QDate, issueDate);
    QFETCH(qint64, totalCents);
    QFETCH(QString, customerNumber);

    READ_INVOICE(invoice, xml);
    QCOMPARE(invoice.kind, kind);
    QCOMPARE(invoice.number, number);
    QCOMPARE(invoice.issueDate, issueDate);
    QCOMPARE(invoice.total, Money::fromCents(totalCents));
    QCOMPARE(invoice.customer.number, customerNumber);
}

void TestUblReader::nestedElementsAreNotTaken_data()
{
    QTest::addColumn<QString>("leading");
    QTest::addColumn<QString>("trailing");

    QTest::newRow("IssueDate and ID of a billing reference")
        << u"<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>OLD-1</cbc:ID>"
           "<cbc:IssueDate>2025-01-15</cbc:IssueDate></cac:InvoiceDocumentReference>"
           "</cac:BillingReference>"_s
        << QString();
    QTest::newRow("dates of the invoice period")
        << u"<cac:InvoicePeriod><cbc:StartDate>2026-02-01</cbc:StartDate><cbc:EndDate>2026-02-28"
           "</cbc:EndDate><cbc:DueDate>2026-12-31</cbc:DueDate></cac:InvoicePeriod>"_s
        << QString();
    QTest::newRow("a due date inside PaymentTerms")
        << u"<cac:PaymentTerms><cbc:PaymentDueDate>2026-12-31</cbc:PaymentDueDate>"
           "</cac:PaymentTerms>"_s
        << QString();
    QTest::newRow("amounts outside LegalMonetaryTotal")
        << u"<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
           "<cbc:TaxInclusiveAmount currencyID=\"EUR\">1.00</cbc:TaxInclusiveAmount>"
           "<cbc:PrepaidAmount currencyID=\"EUR\">1.00</cbc:PrepaidAmount></cac:AllowanceCharge>"_s
        << QString();
    QTest::newRow("a second customer party and monetary total")
        << QString()
        << UblFixture::customerPartyWith(u"<cac:PartyTaxScheme><cbc:CompanyID>BE0200000253"
                                         "</cbc:CompanyID></cac:PartyTaxScheme>"_s)
            + u"<cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID=\"EUR\">1.00"
              "</cbc:TaxInclusiveAmount><cbc:PrepaidAmount currencyID=\"EUR\">1.00"
              "</cbc:PrepaidAmount></cac:LegalMonetaryTotal>"_s;
    QTest::newRow("elements of another namespace with the same names")
        << u"<x:IssueDate xmlns:x=\"urn:example:other\">2025-01-01</x:IssueDate>"
           "<x:ID xmlns:x=\"urn:example:other\">OTHER</x:ID>"_s
        << u"<x:LegalMonetaryTotal xmlns:x=\"urn:example:other\"><cbc:TaxInclusiveAmount "
           "currencyID=\"EUR\">1.00</cbc:TaxInclusiveAmount></x:LegalMonetaryTotal>"_s;
    QTest::newRow("an extension with its own invoice")
        << u"<ext:UBLExtensions xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:"
           "CommonExtensionComponents-2\"><ext:UBLExtension><ext:ExtensionContent>"
           "<cbc:IssueDate>2025-01-01</cbc:IssueDate><cbc:ID>EXT</cbc:ID>"
           "</ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>"_s
        << QString();
}

void TestUblReader::nestedElementsAreNotTaken()
{
    QFETCH(QString, leading);
    QFETCH(QString, trailing);

    UblFixture fixture;
    fixture.leading = leading;
    fixture.trailing = trailing;
    READ_INVOICE(invoice, fixture);
    QCOMPARE(invoice.number, u"INV-2026-0042"_s);
    QCOMPARE(invoice.issueDate, QDate(2026, 3, 2));
    QCOMPARE(invoice.dueDate, QDate(2026, 4, 1));
    QCOMPARE(invoice.total, Money::fromCents(12'100'00));
    QCOMPARE(invoice.paid, Money::fromCents(0));
    QCOMPARE(invoice.customer.number, u"BE0477472701"_s);
}

void TestUblReader::refusals_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");

    const auto fixtureWith = [](auto change) {
        UblFixture fixture;
        change(fixture);
        return fixture.toXml();
    };

    QTest::newRow("decimal comma")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = u"12100,00"_s; })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) \"12100,00\" is not a "
           "number with a decimal point, such as 1234.56."_s;
    QTest::newRow("thousands separator")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = u"12,100.00"_s; })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) \"12,100.00\" is not a "
           "number with a decimal point, such as 1234.56."_s;
    QTest::newRow("exponent")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = u"1.21E4"_s; })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) \"1.21E4\" is not a "
           "number with a decimal point, such as 1234.56."_s;
    QTest::newRow("garbage")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = u"twelve thousand"_s; })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) \"twelve thousand\" is "
           "not a number with a decimal point, such as 1234.56."_s;
    QTest::newRow("Arabic-Indic digits")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = u"\u0663\u0660\u0660\u0660"_s; })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) "
           "\"\u0663\u0660\u0660\u0660\" is not a number with a decimal point, such as 1234.56."_s;
    QTest::newRow("too large for Money")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = u"1000000000000000.01"_s; })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) \"1000000000000000.01\" "
           "is too large."_s;
    QTest::newRow("far too large")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat = QString(40, u'9'); })
        << u"invoice.xml: the total including VAT (TaxInclusiveAmount) \""_s + QString(40, u'9')
            + u"\" is too large."_s;
    QTest::newRow("total in dollars on a euro invoice")
        << fixtureWith([](UblFixture &f) { f.totalCurrency = u"USD"_s; })
        << u"invoice.xml: the total including VAT is in USD, but the invoice is in EUR "
           "(DocumentCurrencyCode)."_s;
    QTest::newRow("total in euro on a Danish invoice")
        << fixtureWith([](UblFixture &f) {
               f.currency = u"DKK"_s;
               f.totalCurrency = u"eur"_s;
           })
        << u"invoice.xml: the total including VAT is in EUR, but the invoice is in DKK "
           "(DocumentCurrencyCode)."_s;
    QTest::newRow("prepaid amount with a decimal comma")
        << fixtureWith([](UblFixture &f) { f.prepaidAmount = u"100,00"_s; })
        << u"invoice.xml: the prepaid amount (PrepaidAmount) \"100,00\" is not a number with a "
           "decimal point, such as 1234.56."_s;
    QTest::newRow("prepaid amount too large")
        << fixtureWith([](UblFixture &f) { f.prepaidAmount = u"-99999999999999999"_s; })
        << u"invoice.xml: the prepaid amount (PrepaidAmount) \"-99999999999999999\" is too "
           "large."_s;
    QTest::newRow("missing IssueDate")
        << fixtureWith([](UblFixture &f) { f.issueDate.clear(); })
        << u"invoice.xml: the invoice date (IssueDate) is missing."_s;
    QTest::newRow("empty IssueDate") << fixtureWith([](UblFixture &f) {
        f.leading = u"<cbc:IssueDate> </cbc:IssueDate>"_s;
        f.issueDate.clear();
    }) << u"invoice.xml: the invoice date (IssueDate) is missing."_s;
    QTest::newRow("only a nested IssueDate") << fixtureWith([](UblFixture &f) {
        f.issueDate.clear();
        f.leading = u"<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>OLD-1"
                    "</cbc:ID><cbc:IssueDate>2025-01-15</cbc:IssueDate>"
                    "</cac:InvoiceDocumentReference></cac:BillingReference>"_s;
    }) << u"invoice.xml: the invoice date (IssueDate) is missing."_s;
    QTest::newRow("missing TaxInclusiveAmount")
        << fixtureWith([](UblFixture &f) { f.totalIncludingVat.clear(); })
        << u"invoice.xml: the total including VAT (LegalMonetaryTotal/TaxInclusiveAmount) is "
           "missing."_s;
    QTest::newRow("no currency anywhere") << fixtureWith([](UblFixture &f) {
        f.currency.clear();
        f.totalCurrency.clear();
    }) << u"invoice.xml: the currency (DocumentCurrencyCode) is missing."_s;
    QTest::newRow("month 13") << fixtureWith([](UblFixture &f) {
        f.issueDate = u"2026-13-01"_s;
    }) << u"invoice.xml: the invoice date (IssueDate) \"2026-13-01\" is not a valid date."_s;
    QTest::newRow("30 February") << fixtureWith([](UblFixture &f) {
        f.issueDate = u"2026-02-30"_s;
    }) << u"invoice.xml: the invoice date (IssueDate) \"2026-02-30\" is not a valid date."_s;
    QTest::newRow("Belgian notation")
        << fixtureWith([](UblFixture &f) { f.issueDate = u"02/03/2026"_s; })
        << u"invoice.xml: the invoice date (IssueDate) \"02/03/2026\" is not a valid date."_s;
    QTest::newRow("single-digit month")
        << fixtureWith([](UblFixture &f) { f.issueDate = u"2026-3-02"_s; })
        << u"invoice.xml: the invoice date (IssueDate) \"2026-3-02\" is not a valid date."_s;
    QTest::newRow("date and time")
        << fixtureWith([](UblFixture &f) { f.issueDate = u"2026-03-02T10:00:00"_s; })
        << u"invoice.xml: the invoice date (IssueDate) \"2026-03-02T10:00:00\" is not a valid "
           "date."_s;
    QTest::newRow("offset without a colon")
        << fixtureWith([](UblFixture &f) { f.issueDate = u"2026-03-02+0100"_s; })
        << u"invoice.xml: the invoice date (IssueDate) \"2026-03-02+0100\" is not a valid date."_s;
    QTest::newRow("offset beyond 14 hours")
        << fixtureWith([](UblFixture &f) { f.issueDate = u"2026-03-02+15:00"_s; })
        << u"invoice.xml: the invoice date (IssueDate) \"2026-03-02+15:00\" is not a valid date."_s;
    QTest::newRow("year 0000") << fixtureWith([](UblFixture &f) {
        f.issueDate = u"0000-01-01"_s;
    }) << u"invoice.xml: the invoice date (IssueDate) \"0000-01-01\" is not a valid date."_s;
    QTest::newRow("invalid DueDate")
        << fixtureWith([](UblFixture &f) { f.dueDate = u"2026-04-31"_s; })
        << u"invoice.xml: the due date (DueDate) \"2026-04-31\" is not a valid date."_s;
    QTest::newRow("invalid PaymentDueDate")
        << fixtureWith([](UblFixture &f) {
               f.dueDate.clear();
               f.paymentMeans = UblFixture::paymentMeansWith(
                   u"<cbc:PaymentDueDate>binnen 30 dagen</cbc:PaymentDueDate>"_s);
           })
        << u"invoice.xml: the payment due date (PaymentMeans/PaymentDueDate) \"binnen 30 dagen\" "
           "is not a valid date."_s;
    QTest::newRow("Cross Industry Invoice")
        << QByteArray(R"(<?xml version="1.0"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">
  <rsm:ExchangedDocument/>
</rsm:CrossIndustryInvoice>)")
        << u"invoice.xml: this is not a UBL invoice or credit note (the document is "
           "CrossIndustryInvoice in the namespace "
           "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100)."_s;
    QTest::newRow("Invoice without a namespace")
        << QByteArray("<Invoice><IssueDate>2026-03-02</IssueDate></Invoice>")
        << u"invoice.xml: this is not a UBL invoice or credit note (the document is Invoice, "
           "without a namespace)."_s;
    QTest::newRow("a UBL order")
        << QByteArray(R"(<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>)")
        << u"invoice.xml: this is not a UBL invoice or credit note (the document is Order "
           "in the namespace urn:oasis:names:specification:ubl:schema:xsd:Order-2)."_s;
    QTest::newRow("an invoice root in the credit note namespace")
        << withNamespaces(u"<Invoice xmlns=\"{cn}\"/>"_s)
        << u"invoice.xml: this is not a UBL invoice or credit note (the document is Invoice "
           "in the namespace urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2)."_s;
    QTest::newRow("cbc prefix bound to another namespace") << withNamespaces(
        uR"(<Invoice xmlns="{inv}" xmlns:cbc="urn:example:not-ubl" xmlns:cac="{cac}">
  <cbc:IssueDate>2026-03-02</cbc:IssueDate>
  <cac:LegalMonetaryTotal>
    <cbc:TaxInclusiveAmount currencyID="EUR">3000</cbc:TaxInclusiveAmount>
  </cac:LegalMonetaryTotal>
</Invoice>)"_s) << u"invoice.xml: the invoice date (IssueDate) is missing."_s;
    QTest::newRow("envelope with only a header")
        << withNamespaces(u"<StandardBusinessDocument xmlns=\"{sbd}\">"_s + envelopeHeader
                          + u"</StandardBusinessDocument>"_s)
        << u"invoice.xml: the business document envelope holds no UBL invoice or credit note."_s;
    QTest::newRow("envelope around something else")
        << withNamespaces(u"<StandardBusinessDocument xmlns=\"{sbd}\">"_s + envelopeHeader
                          + u"<Catalogue xmlns=\"urn:example:catalogue\"/>"
                            "</StandardBusinessDocument>"_s)
        << u"invoice.xml: this is not a UBL invoice or credit note (the document is Catalogue "
           "in the namespace urn:example:catalogue)."_s;
}

void TestUblReader::refusals()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);

    const UblReadResult result = read(xml);
    QCOMPARE(result.error, error);
    QVERIFY(!result.invoice.has_value());
}

void TestUblReader::malformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");

    // The line, counted from 1, on which marker starts in xml.
    const auto lineOf = [](const QByteArray &xml, const char *marker) {
        return int(xml.left(xml.indexOf(marker)).count('\n')) + 1;
    };
    const QByteArray good = UblFixture().toXml();
    const QByteArray cutOff = good.left(good.indexOf("<cac:InvoiceLine>"));
    const QByteArray brokenLate = QByteArray(good).replace("</cac:InvoiceLine>", "</cac:Line>");
    const QByteArray twoDocuments = good + "<Invoice/>\n";

    QTest::newRow("empty file") << QByteArray() << 1;
    QTest::newRow("not XML at all") << QByteArray("Factuur 2026-0042\nTotaal: 12.100,00\n") << 1;
    QTest::newRow("mismatched end tag")
        << QByteArray("<?xml version=\"1.0\"?>\n<a>\n<b>\n</a>\n") << 4;
    QTest::newRow("undeclared prefix")
        << QByteArray("<?xml version=\"1.0\"?>\n\n<cbc:Invoice>\n</cbc:Invoice>\n") << 3;
    QTest::newRow("unknown entity")
        << withNamespaces(u"<Invoice xmlns=\"{inv}\">\n<x>&euro;</x>\n</Invoice>"_s) << 2;
    QTest::newRow("cut off in the middle") << cutOff << lineOf(good, "<cac:InvoiceLine>");
    QTest::newRow("broken after the fields") << brokenLate << lineOf(brokenLate, "</cac:Line>");
    QTest::newRow("second document element") << twoDocuments << lineOf(twoDocuments, "<Invoice/>");
}

void TestUblReader::malformedXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);

    const UblReadResult result = read(xml);
    QVERIFY(!result.invoice.has_value());
    const QString expectedStart =
        u"invoice.xml: the file is not well-formed XML (line %1: "_s.arg(line);
    QCOMPARE(result.error.left(expectedStart.size()), expectedStart);
    QVERIFY2(result.error.size() > expectedStart.size() + 3, qPrintable(result.error));
    QVERIFY(result.error.endsWith(u")."_s));
}

void TestUblReader::largeAttachmentIsSkipped()
{
    // A PDF of about 8 MB in base64, before the fields, as Peppol senders embed them.
    UblFixture fixture;
    fixture.leading = u"<cac:AdditionalDocumentReference><cbc:ID>INV-2026-0042.pdf</cbc:ID>"
                      "<cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/"
                      "pdf\" filename=\"INV-2026-0042.pdf\">"_s
        + QString::fromLatin1(QByteArray(6 * 1024 * 1024, 'x').toBase64())
        + u"</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
          "</cac:AdditionalDocumentReference>"_s;
    const QByteArray xml = fixture.toXml();
    QVERIFY(xml.size() > 8'000'000);

    READ_INVOICE(invoice, xml);
    QCOMPARE(invoice.number, u"INV-2026-0042"_s);
    QCOMPARE(invoice.total, Money::fromCents(12'100'00));
}

void TestUblReader::errorsNameOnlyTheFileName()
{
    const QString path = u"/srv/peppol/inbox/factuur 2026-0042.xml"_s;

    UblFixture broken;
    broken.issueDate.clear();
    const UblReadResult refused = UblReader::readData(broken.toXml(), path);
    QCOMPARE(refused.error, u"factuur 2026-0042.xml: the invoice date (IssueDate) is missing."_s);

    const UblReadResult accepted = UblReader::readData(UblFixture().toXml(), path);
    QVERIFY(accepted.invoice.has_value());
    QCOMPARE(accepted.invoice->sourceFile, path);

    const UblReadResult unnamed = UblReader::readData(QByteArray("<a/>"), QString());
    QCOMPARE(
        unnamed.error,
        u"(unnamed file): this is not a UBL invoice or credit note (the document is a, without a "
        "namespace)."_s);
}

void TestUblReader::readFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"INV-2026-0042.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    UblFixture fixture;
    fixture.leading = u"<cac:AdditionalDocumentReference><cbc:ID>a.pdf</cbc:ID><cac:Attachment>"
                      "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\">"_s
        + QString::fromLatin1(QByteArray(512 * 1024, 'y').toBase64())
        + u"</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
          "</cac:AdditionalDocumentReference>"_s;
    QVERIFY(file.write(fixture.toXml()) > 0);
    file.close();

    const UblReadResult result = UblReader::readFile(path);
    QCOMPARE(result.error, QString());
    QVERIFY(result.invoice.has_value());
    QCOMPARE(result.invoice->sourceFile, path);
    QCOMPARE(result.invoice->number, u"INV-2026-0042"_s);
    QCOMPARE(result.invoice->issueDate, QDate(2026, 3, 2));

    // A file that breaks off is refused from the disk as from memory.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray xml = fixture.toXml();
    QVERIFY(file.write(xml.left(xml.size() - 20)) > 0);
    file.close();
    const UblReadResult truncated = UblReader::readFile(path);
    QVERIFY(!truncated.invoice.has_value());
    QVERIFY2(
        truncated.error.startsWith(u"INV-2026-0042.xml: the file is not well-formed XML (line "_s),
        qPrintable(truncated.error));
}

void TestUblReader::readFileOfAMissingFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"missing.xml"_s);

    const UblReadResult result = UblReader::readFile(path);
    QVERIFY(!result.invoice.has_value());
    QVERIFY2(result.error.startsWith(u"missing.xml: the file cannot be opened ("_s),
             qPrintable(result.error));
    QVERIFY(result.error.endsWith(u")."_s));
}

QTEST_GUILESS_MAIN(TestUblReader)
#include "tst_ublreader.moc"
