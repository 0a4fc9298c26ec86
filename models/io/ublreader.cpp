#include "ublreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

// The reader works in two steps. The first walks the document once with QXmlStreamReader,
// descends only into the few elements that hold a field we need and skips every other subtree
// (invoice lines, embedded PDF attachments of several megabytes), keeping the raw text of each
// field. It then reads on to the end, so that a file that is not well-formed is refused even
// when the broken part comes after the fields. The second step turns the raw texts into an
// Invoice, reporting the first field that cannot be read.
//
// Elements are matched by namespace URI and local name only: the prefixes a sender chose
// (cbc:, ns3:, a default namespace) carry no meaning.
//
// Decisions beyond the product specification:
// - An element whose text is empty or only white space counts as absent. An empty IssueDate
//   is therefore reported as missing, and an empty PartyTaxScheme/CompanyID lets the next
//   source of the customer number through.
// - When a field occurs more than once where the specification expects one, the first wins:
//   the first top-level ID, IssueDate, DueDate, type code and DocumentCurrencyCode, the first
//   LegalMonetaryTotal, the first AccountingCustomerParty and its first Party, and within the
//   party the first of each element.
// - Texts are trimmed of surrounding white space; everything else is kept as written. The
//   country and currency codes are also upper-cased ("eur" is the euro).
// - The currency is DocumentCurrencyCode. Without it, the currencyID attribute of
//   TaxInclusiveAmount stands in (UBL requires that attribute on every amount). When neither
//   is there the file is refused: an amount in an unknown currency cannot be judged, and
//   guessing euro could offer a foreign-currency invoice for financing.
// - A total including VAT whose currencyID differs from DocumentCurrencyCode is refused
//   (Peppol forbids it, rule PEPPOL-EN16931-R051): which of the two is right cannot be told,
//   and a wrong guess could offer a foreign-currency invoice for financing. Other amounts are
//   taken in the document currency, whatever their currencyID says.
// - A CreditNote document is a credit note whatever its type code. Under an Invoice root
//   381 is a credit note, 386 an advance invoice, and every other code (or none) an invoice.
// - Only the dates and amounts the product uses are checked: IssueDate, DueDate, the first
//   PaymentMeans/PaymentDueDate, TaxInclusiveAmount and PrepaidAmount.
// - In a Standard Business Document the first UBL invoice or credit note among the children
//   of the envelope is read; the header and anything else are skipped.
// - The invoice carries no activity: the caller knows when it was imported.

namespace {

constexpr QStringView invoiceNamespace = u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
constexpr QStringView creditNoteNamespace =
    u"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
constexpr QStringView basicNamespace =
    u"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
constexpr QStringView aggregateNamespace =
    u"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
constexpr QStringView envelopeNamespace =
    u"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";

// The raw texts of the fields, as found (trimmed); nullopt when absent or empty.
struct RawInvoice
{
    bool isCreditNote = false;
    std::optional<QString> number;
    std::optional<QString> typeCode;
    std::optional<QString> issueDate;
    std::optional<QString> dueDate;
    std::optional<QString> paymentDueDate;
    std::optional<QString> documentCurrency;
    std::optional<QString> totalIncludingVat;
    std::optional<QString> totalCurrency; // the currencyID attribute of TaxInclusiveAmount
    std::optional<QString> prepaidAmount;
    std::optional<QString> customerName; // PartyName/Name
    std::optional<QString> customerRegistrationName; // PartyLegalEntity/RegistrationName
    std::optional<QString> customerCountry;
    std::optional<QString> customerTaxSchemeNumber; // PartyTaxScheme/CompanyID
    std::optional<QString> customerLegalEntityNumber; // PartyLegalEntity/CompanyID
    std::optional<QString> customerEndpointNumber; // EndpointID with scheme 0208 or 9925
    std::optional<QString> customerEmail;
};

// What the first step found.
enum class ScanOutcome {
    Read, // a UBL invoice or credit note, well-formed to the end
    NotWellFormed,
    NotUbl,
};

// Walks one XML stream and collects the raw fields of a UBL invoice or credit note.
class UblScanner final
{
public:
    explicit UblScanner(QXmlStreamReader &reader)
        : m_reader(reader)
    { }

    ScanOutcome scan();
    const RawInvoice &invoice() const { return m_invoice; }
    // The element found where a UBL document was expected, for the error message; empty when
    // an envelope held nothing but its header.
    const QString &foreignName() const { return m_foreignName; }
    const QString &foreignNamespace() const { return m_foreignNamespace; }

private:
    bool isElement(QStringView namespaceUri, QStringView localName) const
    {
        return m_reader.namespaceUri() == namespaceUri && m_reader.name() == localName;
    }
    bool isBasic(QStringView localName) const { return isElement(basicNamespace, localName); }
    bool isAggregate(QStringView localName) const
    {
        return isElement(aggregateNamespace, localName);
    }
    bool isUblRoot() const
    {
        return isElement(invoiceNamespace, u"Invoice")
            || isElement(creditNoteNamespace, u"CreditNote");
    }
    // An attribute of the current element without a namespace, as UBL writes them; trimmed.
    QString attribute(const char *localName) const
    {
        return m_reader.attributes()
            .value(QString(), QLatin1StringView(localName))
            .trimmed()
            .toString();
    }
    void noteForeignElement();

    // Each of these starts on the start tag of its element and ends on its end tag.
    void readUblDocument();
    void readMonetaryTotal();
    void readCustomerParty();
    void readParty();
    // Stores the element's text in field unless the field already holds a value.
    void takeText(std::optional<QString> &field);
    // Does that for the children of the current element that are the basic component
    // localName, skipping the others.
    void takeChildText(QStringView localName, std::optional<QString> &field);
    void readToEnd();

    QXmlStreamReader &m_reader;
    RawInvoice m_invoice;
    QString m_foreignName;
    QString m_foreignNamespace;
    bool m_hasMonetaryTotal = false;
    bool m_hasCustomerParty = false;
    bool m_hasParty = false;
};

ScanOutcome UblScanner::scan()
{
    if (!m_reader.readNextStartElement())
        return ScanOutcome::NotWellFormed; // no document element at all

    ScanOutcome outcome = ScanOutcome::Read;
    if (isUblRoot()) {
        readUblDocument();
    } else if (isElement(envelopeNamespace, u"StandardBusinessDocument")) {
        bool found = false;
        while (m_reader.readNextStartElement()) {
            if (!found && isUblRoot()) {
                readUblDocument();
                found = true;
            } else {
                if (!found && m_foreignName.isEmpty()
                    && !isElement(envelopeNamespace, u"StandardBusinessDocumentHeader"))
                    noteForeignElement();
                m_reader.skipCurrentElement();
            }
        }
        if (!found)
            outcome = ScanOutcome::NotUbl;
    } else {
        noteForeignElement();
        m_reader.skipCurrentElement();
        outcome = ScanOutcome::NotUbl;
    }

    // Whatever was found, a file that breaks off or goes wrong later is not well-formed.
    readToEnd();
    return m_reader.hasError() ? ScanOutcome::NotWellFormed : outcome;
}

void UblScanner::noteForeignElement()
{
    m_foreignName = m_reader.name().toString();
    m_foreignNamespace = m_reader.namespaceUri().toString();
}

void UblScanner::readUblDocument()
{
    m_invoice.isCreditNote = m_reader.name() == u"CreditNote";
    while (m_reader.readNextStartElement()) {
        if (isBasic(u"ID"))
            takeText(m_invoice.number);
        else if (isBasic(u"IssueDate"))
            takeText(m_invoice.issueDate);
        else if (isBasic(u"DueDate"))
            takeText(m_invoice.dueDate);
        else if (isBasic(u"InvoiceTypeCode") || isBasic(u"CreditNoteTypeCode"))
            takeText(m_invoice.typeCode);
        else if (isBasic(u"DocumentCurrencyCode"))
            takeText(m_invoice.documentCurrency);
        else if (isAggregate(u"LegalMonetaryTotal") && !m_hasMonetaryTotal)
            readMonetaryTotal();
        else if (isAggregate(u"AccountingCustomerParty") && !m_hasCustomerParty)
            readCustomerParty();
        else if (isAggregate(u"PaymentMeans"))
            takeChildText(u"PaymentDueDate", m_invoice.paymentDueDate);
        else
            m_reader.skipCurrentElement();
    }
}

void UblScanner::readMonetaryTotal()
{
    m_hasMonetaryTotal = true;
    while (m_reader.readNextStartElement()) {
        if (isBasic(u"TaxInclusiveAmount")) {
            const QString currency = attribute("currencyID");
            if (!m_invoice.totalIncludingVat && !currency.isEmpty())
                m_invoice.totalCurrency = currency;
            takeText(m_invoice.totalIncludingVat);
        } else if (isBasic(u"PrepaidAmount")) {
            takeText(m_invoice.prepaidAmount);
        } else {
            m_reader.skipCurrentElement();
        }
    }
}

void UblScanner::readCustomerParty()
{
    m_hasCustomerParty = true;
    while (m_reader.readNextStartElement()) {
        if (isAggregate(u"Party") && !m_hasParty)
            readParty();
        else
            m_reader.skipCurrentElement();
    }
}

void UblScanner::readParty()
{
    m_hasParty = true;
    while (m_reader.readNextStartElement()) {
        if (isBasic(u"EndpointID")) {
            // 0208 is the Belgian enterprise number, 9925 the Belgian VAT number; other
            // schemes (GLN, e-mail, foreign registers) say nothing about a Belgian number.
            const QString scheme = attribute("schemeID");
            if (scheme == u"0208" || scheme == u"9925")
                takeText(m_invoice.customerEndpointNumber);
            else
                m_reader.skipCurrentElement();
        } else if (isAggregate(u"PartyName")) {
            takeChildText(u"Name", m_invoice.customerName);
        } else if (isAggregate(u"PostalAddress")) {
            while (m_reader.readNextStartElement()) {
                if (isAggregate(u"Country"))
                    takeChildText(u"IdentificationCode", m_invoice.customerCountry);
                else
                    m_reader.skipCurrentElement();
            }
        } else if (isAggregate(u"PartyTaxScheme")) {
            takeChildText(u"CompanyID", m_invoice.customerTaxSchemeNumber);
        } else if (isAggregate(u"PartyLegalEntity")) {
            while (m_reader.readNextStartElement()) {
                if (isBasic(u"RegistrationName"))
                    takeText(m_invoice.customerRegistrationName);
                else if (isBasic(u"CompanyID"))
                    takeText(m_invoice.customerLegalEntityNumber);
                else
                    m_reader.skipCurrentElement();
            }
        } else if (isAggregate(u"Contact")) {
            takeChildText(u"ElectronicMail", m_invoice.customerEmail);
        } else {
            m_reader.skipCurrentElement();
        }
    }
}

void UblScanner::takeChildText(QStringView localName, std::optional<QString> &field)
{
    while (m_reader.readNextStartElement()) {
        if (isBasic(localName))
            takeText(field);
        else
            m_reader.skipCurrentElement();
    }
}

void UblScanner::takeText(std::optional<QString> &field)
{
    if (field) {
        m_reader.skipCurrentElement();
        return;
    }
    // Basic components hold plain text; a stray child element is tolerated, not an error.
    const QString text = m_reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    if (!text.isEmpty())
        field = text;
}

void UblScanner::readToEnd()
{
    while (!m_reader.atEnd() && !m_reader.hasError())
        m_reader.readNext();
}

// --- the second step ------------------------------------------------------------------------

// A date as xs:date writes it: YYYY-MM-DD, optionally followed by "Z" or a time-zone offset
// "+HH:MM" / "-HH:MM" (at most 14:00). The offset is ignored: the date is the date written.
QDate parseDate(QStringView text)
{
    const auto isAsciiDigit = [](QChar character) {
        return character >= u'0' && character <= u'9';
    };
    const auto number = [](QStringView digits) {
        int value = 0;
        for (QChar digit : digits)
            value = value * 10 + (digit.unicode() - u'0');
        return value;
    };

    if (text.size() < 10)
        return {};
    for (qsizetype position = 0; position < 10; ++position) {
        const bool separator = position == 4 || position == 7;
        if (separator ? text.at(position) != u'-' : !isAsciiDigit(text.at(position)))
            return {};
    }

    const QStringView zone = text.mid(10);
    if (!zone.isEmpty() && zone != u"Z") {
        if (zone.size() != 6 || (zone.at(0) != u'+' && zone.at(0) != u'-')
            || !isAsciiDigit(zone.at(1)) || !isAsciiDigit(zone.at(2)) || zone.at(3) != u':'
            || !isAsciiDigit(zone.at(4)) || !isAsciiDigit(zone.at(5)))
            return {};
        const int hours = number(zone.mid(1, 2));
        const int minutes = number(zone.mid(4, 2));
        if (minutes > 59 || hours > 14 || (hours == 14 && minutes != 0))
            return {};
    }

    // QDate rejects 2026-02-30 and the like, and the year 0000.
    return QDate(number(text.mid(0, 4)), number(text.mid(5, 2)), number(text.mid(8, 2)));
}

// A C-locale decimal with ASCII digits only: an optional sign, digits, an optional point and
// more digits. Money::fromDecimalString does the reading; this tells a text that is no such
// number from one that is too large for Money.
bool isPlainDecimal(QStringView text)
{
    qsizetype position = 0;
    if (position < text.size() && (text.at(position) == u'+' || text.at(position) == u'-'))
        ++position;
    int digits = 0;
    bool point = false;
    for (; position < text.size(); ++position) {
        const QChar character = text.at(position);
        if (character >= u'0' && character <= u'9')
            ++digits;
        else if (character == u'.' && !point)
            point = true;
        else
            return false;
    }
    return digits > 0;
}

enum class DateField { IssueDate, DueDate, PaymentDueDate };
enum class AmountField { TotalIncludingVat, PrepaidAmount };

QString invalidDateMessage(DateField field, const QString &fileName, const QString &text)
{
    switch (field) {
    case DateField::IssueDate:
        //: %1 is a file name, %2 the text found in the file
        return QCoreApplication::translate(
                   "UblReader", "%1: the invoice date (IssueDate) \"%2\" is not a valid date.")
            .arg(fileName, text);
    case DateField::DueDate:
        //: %1 is a file name, %2 the text found in the file
        return QCoreApplication::translate("UblReader",
                                           "%1: the due date (DueDate) \"%2\" is not a valid date.")
            .arg(fileName, text);
    case DateField::PaymentDueDate:
        //: %1 is a file name, %2 the text found in the file
        return QCoreApplication::translate(
                   "UblReader",
                   "%1: the payment due date (PaymentMeans/PaymentDueDate) \"%2\" is not a "
                   "valid date.")
            .arg(fileName, text);
    }
    return {};
}

QString invalidAmountMessage(AmountField field, const QString &fileName, const QString &text)
{
    const bool tooLarge = isPlainDecimal(text);
    switch (field) {
    case AmountField::TotalIncludingVat:
        if (tooLarge)
            //: %1 is a file name, %2 the amount found in the file
            return QCoreApplication::translate(
                       "UblReader",
                       "%1: the total including VAT (TaxInclusiveAmount) \"%2\" is too "
                       "large.")
                .arg(fileName, text);
        //: %1 is a file name, %2 the text found in the file
        return QCoreApplication::translate(
                   "UblReader",
                   "%1: the total including VAT (TaxInclusiveAmount) \"%2\" is not a "
                   "number with a decimal point, such as 1234.56.")
            .arg(fileName, text);
    case AmountField::PrepaidAmount:
        if (tooLarge)
            //: %1 is a file name, %2 the amount found in the file
            return QCoreApplication::translate(
                       "UblReader", "%1: the prepaid amount (PrepaidAmount) \"%2\" is too large.")
                .arg(fileName, text);
        //: %1 is a file name, %2 the text found in the file
        return QCoreApplication::translate(
                   "UblReader",
                   "%1: the prepaid amount (PrepaidAmount) \"%2\" is not a number with a "
                   "decimal point, such as 1234.56.")
            .arg(fileName, text);
    }
    return {};
}

// Builds the invoice from the raw fields, or says why it cannot.
class InvoiceBuilder final
{
public:
    InvoiceBuilder(const RawInvoice &raw, QString fileName)
        : m_raw(raw)
        , m_fileName(std::move(fileName))
    { }

    std::optional<Invoice> build();
    const QString &error() const { return m_error; }

private:
    std::optional<QDate> date(const std::optional<QString> &text, DateField field);
    std::optional<Money> amount(const QString &text, const QString &currency, AmountField field);
    Customer customer() const;

    const RawInvoice &m_raw;
    QString m_fileName;
    QString m_error;
};

std::optional<Invoice> InvoiceBuilder::build()
{
    if (!m_raw.issueDate) {
        //: %1 is a file name
        m_error =
            QCoreApplication::translate("UblReader", "%1: the invoice date (IssueDate) is missing.")
                .arg(m_fileName);
        return std::nullopt;
    }
    if (!m_raw.totalIncludingVat) {
        //: %1 is a file name
        m_error = QCoreApplication::translate(
                      "UblReader",
                      "%1: the total including VAT (LegalMonetaryTotal/TaxInclusiveAmount) "
                      "is missing.")
                      .arg(m_fileName);
        return std::nullopt;
    }
    const QString currency =
        m_raw.documentCurrency.value_or(m_raw.totalCurrency.value_or(QString())).toUpper();
    if (currency.isEmpty()) {
        //: %1 is a file name
        m_error = QCoreApplication::translate("UblReader",
                                              "%1: the currency (DocumentCurrencyCode) is missing.")
                      .arg(m_fileName);
        return std::nullopt;
    }
    if (m_raw.totalCurrency && m_raw.totalCurrency->toUpper() != currency) {
        //: %1 is a file name, %2 and %3 are currency codes such as EUR
        m_error = QCoreApplication::translate(
                      "UblReader",
                      "%1: the total including VAT is in %2, but the invoice is in %3 "
                      "(DocumentCurrencyCode).")
                      .arg(m_fileName, m_raw.totalCurrency->toUpper(), currency);
        return std::nullopt;
    }

    const std::optional<QDate> issueDate = date(m_raw.issueDate, DateField::IssueDate);
    const std::optional<QDate> dueDate = date(m_raw.dueDate, DateField::DueDate);
    const std::optional<QDate> paymentDueDate =
        date(m_raw.paymentDueDate, DateField::PaymentDueDate);
    if (!issueDate || !dueDate || !paymentDueDate)
        return std::nullopt;

    const std::optional<Money> total =
        amount(*m_raw.totalIncludingVat, currency, AmountField::TotalIncludingVat);
    if (!total)
        return std::nullopt;
    const std::optional<Money> prepaid = m_raw.prepaidAmount
        ? amount(*m_raw.prepaidAmount, currency, AmountField::PrepaidAmount)
        : Money::fromCents(0, currency);
    if (!prepaid)
        return std::nullopt;

    Invoice invoice;
    invoice.number = m_raw.number.value_or(QString());
    invoice.direction = InvoiceDirection::Outgoing;
    invoice.typeCode = m_raw.typeCode.value_or(QString());
    if (m_raw.isCreditNote || invoice.typeCode == u"381")
        invoice.kind = InvoiceKind::CreditNote;
    else if (invoice.typeCode == u"386")
        invoice.kind = InvoiceKind::AdvanceInvoice;
    else
        invoice.kind = InvoiceKind::Invoice;
    invoice.booking = BookingState::Booked;
    invoice.issueDate = *issueDate;
    invoice.dueDate = dueDate->isValid() ? *dueDate : *paymentDueDate;
    invoice.total = *total;
    invoice.paid = *prepaid;
    // In the document currency too, so that sums with paid and total stay in one currency.
    invoice.credited = Money::fromCents(0, currency);
    invoice.customer = customer();
    return invoice;
}

// nullopt when the text cannot be read (m_error says why); an invalid QDate when absent.
std::optional<QDate> InvoiceBuilder::date(const std::optional<QString> &text, DateField field)
{
    if (!text)
        return QDate();
    const QDate parsed = parseDate(*text);
    if (!parsed.isValid()) {
        m_error = invalidDateMessage(field, m_fileName, *text);
        return std::nullopt;
    }
    return parsed;
}

std::optional<Money> InvoiceBuilder::amount(const QString &text, const QString &currency,
                                            AmountField field)
{
    // Money also takes non-ASCII digits; a C-locale number has only ASCII ones.
    const std::optional<Money> money =
        isPlainDecimal(text) ? Money::fromDecimalString(text, currency) : std::nullopt;
    if (!money)
        m_error = invalidAmountMessage(field, m_fileName, text);
    return money;
}

Customer InvoiceBuilder::customer() const
{
    Customer customer;
    customer.name = m_raw.customerName.value_or(m_raw.customerRegistrationName.value_or(QString()));
    customer.countryCode = m_raw.customerCountry.value_or(QString()).toUpper();
    // The order of the product specification; the number is kept exactly as written.
    if (m_raw.customerTaxSchemeNumber)
        customer.number = *m_raw.customerTaxSchemeNumber;
    else if (m_raw.customerLegalEntityNumber)
        customer.number = *m_raw.customerLegalEntityNumber;
    else if (m_raw.customerEndpointNumber)
        customer.number = *m_raw.customerEndpointNumber;
    // A UBL file cannot tell a public body from a company; without any number the customer
    // counts as a private person.
    customer.kind = customer.number.isEmpty() ? CustomerKind::Person : CustomerKind::Company;
    customer.email = m_raw.customerEmail.value_or(QString());
    return customer;
}

// The file name shown in messages: the last part of the path, or a placeholder for none.
QString displayName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (!name.isEmpty())
        return name;
    if (!fileName.isEmpty())
        return fileName;
    //: Stands for the name of a file when there is none
    return QCoreApplication::translate("UblReader", "(unnamed file)");
}

UblReadResult read(QXmlStreamReader &reader, const QString &fileName)
{
    const QString name = displayName(fileName);
    UblScanner scanner(reader);
    switch (scanner.scan()) {
    case ScanOutcome::NotWellFormed: {
        // The parser's explanation is a sentence of its own; the message ends it.
        QString problem = reader.errorString();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        //: %1 is a file name, %2 a line number, %3 the XML parser's explanation
        return {std::nullopt,
                QCoreApplication::translate("UblReader",
                                            "%1: the file is not well-formed XML (line %2: %3).")
                    .arg(name, QString::number(reader.lineNumber()), problem)};
    }
    case ScanOutcome::NotUbl:
        if (scanner.foreignName().isEmpty())
            //: %1 is a file name
            return {std::nullopt,
                    QCoreApplication::translate("UblReader",
                                                "%1: the business document envelope holds no "
                                                "UBL invoice or credit note.")
                        .arg(name)};
        if (scanner.foreignNamespace().isEmpty())
            //: %1 is a file name, %2 the name of an XML element
            return {std::nullopt,
                    QCoreApplication::translate("UblReader",
                                                "%1: this is not a UBL invoice or credit note (the "
                                                "document is %2, without a namespace).")
                        .arg(name, scanner.foreignName())};
        //: %1 is a file name, %2 the name of an XML element, %3 its namespace (a URI)
        return {std::nullopt,
                QCoreApplication::translate("UblReader",
                                            "%1: this is not a UBL invoice or credit note (the "
                                            "document is %2 in the namespace %3).")
                    .arg(name, scanner.foreignName(), scanner.foreignNamespace())};
    case ScanOutcome::Read:
        break;
    }

    InvoiceBuilder builder(scanner.invoice(), name);
    std::optional<Invoice> invoice = builder.build();
    if (!invoice)
        return {std::nullopt, builder.error()};
    invoice->sourceFile = fileName;
    return {std::move(invoice), QString()};
}

} // namespace

namespace UblReader {

UblReadResult readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the system's explanation
        return {std::nullopt,
                QCoreApplication::translate("UblReader", "%1: the file cannot be opened (%2).")
                    .arg(displayName(path), file.errorString())};
    }
    // Read straight from the file: a document with embedded attachments can be large, and
    // the stream never needs more than the element at hand.
    QXmlStreamReader reader(&file);
    return read(reader, path);
}

UblReadResult readData(const QByteArray &data, const QString &fileName)
{
    QXmlStreamReader reader(data);
    return read(reader, fileName);
}

} // namespace UblReader
