#include "ublfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An element with its text, or nothing when the text is empty.
QString element(const QString &name, const QString &text, const QString &attributes = {})
{
    if (text.isEmpty())
        return {};
    return u'<' + name + attributes + u'>' + text + u"</"_s + name + u">\n"_s;
}

} // namespace

QByteArray UblFixture::toXml() const
{
    const QString amountAttribute =
        totalCurrency.isEmpty() ? QString() : u" currencyID=\""_s + totalCurrency + u'"';
    const auto amount = [&amountAttribute](const QString &name, const QString &value) -> QString {
        return element(name, value, amountAttribute);
    };

    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
    xml += u'<' + root + u" xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:"_s + root
        + u"-2\"\n"_s;
    xml += u"    xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:"
           "CommonAggregateComponents-2\"\n"_s;
    xml += u"    xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:"
           "CommonBasicComponents-2\">\n"_s;
    xml += leading;
    xml += u"<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#"
           "urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"_s;
    xml += u"<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"_s;
    xml += element(u"cbc:ID"_s, number);
    xml += element(u"cbc:IssueDate"_s, issueDate);
    xml += element(u"cbc:DueDate"_s, dueDate);
    xml += element(root == u"CreditNote" ? u"cbc:CreditNoteTypeCode"_s : u"cbc:InvoiceTypeCode"_s,
                   typeCode);
    xml += u"<cbc:Note>Thank you for your order.</cbc:Note>\n"_s;
    xml += element(u"cbc:DocumentCurrencyCode"_s, currency);
    xml += supplierParty + u'\n';
    xml += customerParty + u'\n';
    xml += paymentMeans + u'\n';
    xml += uR"(<cac:TaxTotal>
  <cbc:TaxAmount currencyID="EUR">2100.00</cbc:TaxAmount>
  <cac:TaxSubtotal>
    <cbc:TaxableAmount currencyID="EUR">10000.00</cbc:TaxableAmount>
    <cbc:TaxAmount currencyID="EUR">2100.00</cbc:TaxAmount>
    <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent></cac:TaxCategory>
  </cac:TaxSubtotal>
</cac:TaxTotal>
)"_s;
    xml += element(u"cac:LegalMonetaryTotal"_s,
                   amount(u"cbc:LineExtensionAmount"_s, u"10000.00"_s)
                       + amount(u"cbc:TaxExclusiveAmount"_s, u"10000.00"_s)
                       + amount(u"cbc:TaxInclusiveAmount"_s, totalIncludingVat)
                       + amount(u"cbc:PrepaidAmount"_s, prepaidAmount)
                       + amount(u"cbc:PayableAmount"_s, totalIncludingVat));
    xml += uR"(
<cac:InvoiceLine>
  <cbc:ID>1</cbc:ID>
  <cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">10000.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Brewing kettle</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">10000.00</cbc:PriceAmount></cac:Price>
</cac:InvoiceLine>
)"_s;
    xml += trailing;
    xml += u"</"_s + root + u">\n"_s;
    return xml.toUtf8();
}

QString UblFixture::defaultCustomerParty()
{
    return uR"(
<cbc:EndpointID schemeID="0208">0477472701</cbc:EndpointID>
<cac:PartyName><cbc:Name>Brouwerij De Kroon</cbc:Name></cac:PartyName>
<cac:PostalAddress>
  <cbc:StreetName>Kerkstraat 1</cbc:StreetName>
  <cbc:CityName>Gent</cbc:CityName>
  <cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country>
</cac:PostalAddress>
<cac:PartyTaxScheme>
  <cbc:CompanyID>BE0477472701</cbc:CompanyID>
  <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
</cac:PartyTaxScheme>
<cac:PartyLegalEntity>
  <cbc:RegistrationName>Brouwerij De Kroon NV</cbc:RegistrationName>
  <cbc:CompanyID schemeID="0208">0477.472.701</cbc:CompanyID>
</cac:PartyLegalEntity>
<cac:Contact><cbc:ElectronicMail>boekhouding@dekroon.example</cbc:ElectronicMail></cac:Contact>
)"_s;
}

QString UblFixture::defaultSupplierParty()
{
    return uR"(
<cbc:EndpointID schemeID="9925">BE0123456749</cbc:EndpointID>
<cac:PartyName><cbc:Name>Koperslagerij Janssens</cbc:Name></cac:PartyName>
<cac:PostalAddress>
  <cbc:CityName>Mechelen</cbc:CityName>
  <cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country>
</cac:PostalAddress>
<cac:PartyTaxScheme>
  <cbc:CompanyID>BE0123456749</cbc:CompanyID>
  <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
</cac:PartyTaxScheme>
<cac:PartyLegalEntity>
  <cbc:RegistrationName>Koperslagerij Janssens BV</cbc:RegistrationName>
  <cbc:CompanyID schemeID="0208">0123456749</cbc:CompanyID>
</cac:PartyLegalEntity>
<cac:Contact><cbc:ElectronicMail>info@janssens.example</cbc:ElectronicMail></cac:Contact>
)"_s;
}

QString UblFixture::customerPartyWith(const QString &partyContent)
{
    return u"<cac:AccountingCustomerParty><cac:Party>"_s + partyContent
        + u"</cac:Party></cac:AccountingCustomerParty>"_s;
}

QString UblFixture::supplierPartyWith(const QString &partyContent)
{
    return u"<cac:AccountingSupplierParty><cac:Party>"_s + partyContent
        + u"</cac:Party></cac:AccountingSupplierParty>"_s;
}

QString UblFixture::paymentMeansWith(const QString &content)
{
    return u"<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>"_s + content
        + u"</cac:PaymentMeans>"_s;
}

char *toString(const Money &money)
{
    return QTest::toString(money.toDecimalString() + u' ' + money.currency());
}

char *toString(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Invoice:
        return qstrdup("Invoice");
    case InvoiceKind::AdvanceInvoice:
        return qstrdup("AdvanceInvoice");
    case InvoiceKind::CreditNote:
        return qstrdup("CreditNote");
    }
    return qstrdup("?");
}

char *toString(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Company:
        return qstrdup("Company");
    case CustomerKind::PublicBody:
        return qstrdup("PublicBody");
    case CustomerKind::Person:
        return qstrdup("Person");
    }
    return qstrdup("?");
}
