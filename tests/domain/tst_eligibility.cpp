#include "eligibility.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CustomerKind)
Q_DECLARE_METATYPE(InvoiceDirection)
Q_DECLARE_METATYPE(InvoiceKind)
Q_DECLARE_METATYPE(FinancingStatus)

namespace {

const QDate today(2026, 3, 16); // a Monday
const QString validNumber = u"BE0123456749"_s;

Money euros(QStringView text)
{
    return *Money::fromDecimalString(text, Money::euro());
}

// An invoice that passes every rule on `today`: EUR 10,000.00, issued four working days ago,
// payable in 30 days, to a Belgian company with a valid number.
Invoice qualifyingInvoice()
{
    Invoice invoice;
    invoice.id = u"inv-1"_s;
    invoice.number = u"2026-0042"_s;
    invoice.typeCode = u"380"_s;
    invoice.issueDate = QDate(2026, 3, 10);
    invoice.dueDate = invoice.issueDate.addDays(30);
    invoice.total = euros(u"10000.00");
    invoice.customer.name = u"Brouwerij De Klok NV"_s;
    invoice.customer.countryCode = u"BE"_s;
    invoice.customer.number = validNumber;
    return invoice;
}

EligibilityContext context(Money outstanding = {})
{
    return {today, outstanding};
}

Assessment assess(const Invoice &invoice, const EligibilityContext &context = ::context())
{
    return EligibilityRules().assess(invoice, context);
}

const QList<RuleId> allRules = {
    RuleId::Amount,   RuleId::Term,     RuleId::Age,       RuleId::CustomerKind, RuleId::VatNumber,
    RuleId::Country,  RuleId::Currency, RuleId::Direction, RuleId::Kind,         RuleId::Paid,
    RuleId::Credited, RuleId::Booked,   RuleId::Limit,     RuleId::Once,
};

// The rule ids as the product writes them, so that a failure shows readable lists.
QStringList names(const QList<RuleId> &rules)
{
    QStringList result;
    for (const RuleId rule : rules)
        result.append(ruleIdName(rule));
    return result;
}

RuleId ruleNamed(const QString &name)
{
    for (const RuleId rule : allRules) {
        if (ruleIdName(rule) == name)
            return rule;
    }
    qFatal("no rule named %s", qPrintable(name));
}

// Makes the invoice (or its context) fail one rule, touching nothing another rule judges.
void breakRule(const QString &rule, Invoice &invoice, EligibilityContext &context)
{
    if (rule == u"amount") {
        invoice.total = Money::fromCents(30'000'00, invoice.total.currency());
    } else if (rule == u"term") {
        invoice.dueDate = invoice.issueDate.addDays(10);
    } else if (rule == u"age") {
        // Sixty days earlier, keeping the payment term.
        invoice.issueDate = invoice.issueDate.addDays(-60);
        invoice.dueDate = invoice.dueDate.addDays(-60);
    } else if (rule == u"customer-kind") {
        invoice.customer.kind = CustomerKind::Person;
    } else if (rule == u"vat-number") {
        invoice.customer.number = u"BE0123456748"_s;
    } else if (rule == u"country") {
        invoice.customer.countryCode = u"NL"_s;
    } else if (rule == u"currency") {
        invoice.total = Money::fromCents(invoice.total.cents(), u"USD"_s);
    } else if (rule == u"direction") {
        invoice.direction = InvoiceDirection::Incoming;
    } else if (rule == u"kind") {
        invoice.kind = InvoiceKind::CreditNote;
        invoice.typeCode = u"381"_s;
    } else if (rule == u"paid") {
        invoice.paid = euros(u"0.01");
    } else if (rule == u"credited") {
        invoice.credited = euros(u"150.00");
    } else if (rule == u"booked") {
        invoice.booking = BookingState::Draft;
    } else if (rule == u"limit") {
        context.outstanding = euros(u"95000.00");
    } else if (rule == u"once") {
        invoice.financing.status = FinancingStatus::Financed;
    } else {
        qFatal("no rule named %s", qPrintable(rule));
    }
}

} // namespace

// The rules of the product specification, each at and around its boundaries, and how
// failures are ordered and explained.
class TestEligibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qualifyingInvoicePasses();
    void ruleIdNames_data();
    void ruleIdNames();
    void amount_data();
    void amount();
    void term_data();
    void term();
    void age_data();
    void age();
    void customerKind_data();
    void customerKind();
    void vatNumber_data();
    void vatNumber();
    void country_data();
    void country();
    void currency_data();
    void currency();
    void direction_data();
    void direction();
    void kind_data();
    void kind();
    void paid_data();
    void paid();
    void credited_data();
    void credited();
    void booked_data();
    void booked();
    void limit_data();
    void limit();
    void once_data();
    void once();
    void reasonsFollowTheTableOrder_data();
    void reasonsFollowTheTableOrder();
    void reasonsByUsefulness_data();
    void reasonsByUsefulness();
    void explainNamesTheOffendingValue_data();
    void explainNamesTheOffendingValue();
    void everyRuleHasAnExplanationAndATitle();
    void parametersComeFromTheBank();
};

void TestEligibility::qualifyingInvoicePasses()
{
    const Assessment assessment = assess(qualifyingInvoice());
    QCOMPARE(names(assessment.reasons), QStringList());
    QVERIFY(assessment.isEligible());
    QVERIFY(!assessment.onlyNeedsBooking());
    QVERIFY(!assessment.mostUsefulReason().has_value());
    QCOMPARE(assessment.amount, euros(u"10000.00"));
    QCOMPARE(assessment.termDays, std::optional<int>(30));
    QCOMPARE(assessment.ageWorkingDays, 4);
    QCOMPARE(assessment.customerNumber, validNumber);
    QCOMPARE(assessment.countryCode, u"BE"_s);
    QCOMPARE(assessment.outstanding, Money());
    QCOMPARE(assessment.parameters, BankParameters());
}

void TestEligibility::ruleIdNames_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("name");

    const QStringList expected = {u"amount"_s,     u"term"_s,    u"age"_s,      u"customer-kind"_s,
                                  u"vat-number"_s, u"country"_s, u"currency"_s, u"direction"_s,
                                  u"kind"_s,       u"paid"_s,    u"credited"_s, u"booked"_s,
                                  u"limit"_s,      u"once"_s};
    for (qsizetype index = 0; index < expected.size(); ++index) {
        QTest::newRow(qPrintable(expected.at(index)))
            << int(allRules.at(index)) << expected.at(index);
    }
}

void TestEligibility::ruleIdNames()
{
    QFETCH(int, rule);
    QFETCH(QString, name);

    QCOMPARE(ruleIdName(RuleId(rule)), name);
}

void TestEligibility::amount_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("reasons");

    const QString eur = Money::euro();
    const QStringList none;
    const QStringList amount = {u"amount"_s};
    const QStringList currency = {u"currency"_s};

    QTest::newRow("2,499.99") << u"2499.99"_s << eur << amount;
    QTest::newRow("2,499.994999 rounds down") << u"2499.994999"_s << eur << amount;
    QTest::newRow("2,499.995 rounds to 2,500.00") << u"2499.995"_s << eur << none;
    QTest::newRow("2,500.00") << u"2500.00"_s << eur << none;
    QTest::newRow("2,500.01") << u"2500.01"_s << eur << none;
    QTest::newRow("24,999.99") << u"24999.99"_s << eur << none;
    QTest::newRow("25,000.00") << u"25000.00"_s << eur << none;
    QTest::newRow("25,000.004 rounds to 25,000.00") << u"25000.004"_s << eur << none;
    QTest::newRow("25,000.005 rounds to 25,000.01") << u"25000.005"_s << eur << amount;
    QTest::newRow("25,000.01") << u"25000.01"_s << eur << amount;
    QTest::newRow("30,000 is not financed in part") << u"30000"_s << eur << amount;
    QTest::newRow("zero") << u"0"_s << eur << amount;
    QTest::newRow("negative") << u"-5000.00"_s << eur << amount;
    QTest::newRow("USD 30,000 fails currency alone") << u"30000"_s << u"USD"_s << currency;
    QTest::newRow("USD 10,000") << u"10000"_s << u"USD"_s << currency;
    QTest::newRow("GBP 1,000") << u"1000"_s << u"GBP"_s << currency;
    QTest::newRow("USD 200,000, not the limit either") << u"200000"_s << u"USD"_s << currency;
}

void TestEligibility::amount()
{
    QFETCH(QString, total);
    QFETCH(QString, currency);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    const std::optional<Money> read = Money::fromDecimalString(total, currency);
    QVERIFY(read.has_value());
    invoice.total = *read;

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.amount, *read);
}

void TestEligibility::term_data()
{
    QTest::addColumn<int>("days"); // days from invoice date to due date
    QTest::addColumn<bool>("hasDueDate");
    QTest::addColumn<QStringList>("reasons");

    const QStringList none;
    const QStringList term = {u"term"_s};

    QTest::newRow("14 days") << 14 << true << term;
    QTest::newRow("15 days") << 15 << true << none;
    QTest::newRow("30 days") << 30 << true << none;
    QTest::newRow("120 days") << 120 << true << none;
    QTest::newRow("121 days") << 121 << true << term;
    QTest::newRow("due on the invoice date") << 0 << true << term;
    QTest::newRow("due before the invoice date") << -5 << true << term;
    QTest::newRow("a year") << 365 << true << term;
    QTest::newRow("no due date") << 0 << false << term;
}

void TestEligibility::term()
{
    QFETCH(int, days);
    QFETCH(bool, hasDueDate);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.dueDate = hasDueDate ? invoice.issueDate.addDays(days) : QDate();

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.termDays, hasDueDate ? std::optional<int>(days) : std::nullopt);
}

void TestEligibility::age_data()
{
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("workingDays");

    // Day 0 is the invoice date; the 15th working day after it still qualifies.
    QTest::newRow("issued today") << QDate(2026, 3, 16) << QDate(2026, 3, 16) << 0;
    QTest::newRow("issued on a Saturday, today Monday")
        << QDate(2026, 3, 14) << QDate(2026, 3, 16) << 1;
    QTest::newRow("issued tomorrow") << QDate(2026, 3, 17) << QDate(2026, 3, 16) << 0;
    QTest::newRow("issued next year") << QDate(2027, 3, 16) << QDate(2026, 3, 16) << 0;
    QTest::newRow("Easter Monday and Labour Day, 15th")
        << QDate(2025, 4, 10) << QDate(2025, 5, 5) << 15;
    QTest::newRow("Easter Monday and Labour Day, 16th")
        << QDate(2025, 4, 10) << QDate(2025, 5, 6) << 16;
    QTest::newRow("Easter Monday 2026, 15th") << QDate(2026, 3, 27) << QDate(2026, 4, 20) << 15;
    QTest::newRow("Easter Monday 2026, 16th") << QDate(2026, 3, 27) << QDate(2026, 4, 21) << 16;
    QTest::newRow("Ascension and Whit Monday, 15th")
        << QDate(2025, 5, 20) << QDate(2025, 6, 12) << 15;
    QTest::newRow("Ascension and Whit Monday, 16th")
        << QDate(2025, 5, 20) << QDate(2025, 6, 13) << 16;
    QTest::newRow("from Ascension, 15th") << QDate(2026, 5, 14) << QDate(2026, 6, 5) << 15;
    QTest::newRow("from Ascension, 16th") << QDate(2026, 5, 14) << QDate(2026, 6, 8) << 16;
    QTest::newRow("Labour Day and Whit Monday, 15th")
        << QDate(2026, 4, 30) << QDate(2026, 5, 26) << 15;
    QTest::newRow("Labour Day and Whit Monday, 16th")
        << QDate(2026, 4, 30) << QDate(2026, 5, 27) << 16;
    QTest::newRow("Christmas and New Year, 15th") << QDate(2025, 12, 15) << QDate(2026, 1, 7) << 15;
    QTest::newRow("Christmas and New Year, 16th") << QDate(2025, 12, 15) << QDate(2026, 1, 8) << 16;
    QTest::newRow("Christmas on a Saturday, 15th")
        << QDate(2027, 12, 14) << QDate(2028, 1, 4) << 15;
    QTest::newRow("Christmas on a Saturday, 16th")
        << QDate(2027, 12, 14) << QDate(2028, 1, 5) << 16;
}

void TestEligibility::age()
{
    QFETCH(QDate, issueDate);
    QFETCH(QDate, today);
    QFETCH(int, workingDays);

    Invoice invoice = qualifyingInvoice();
    invoice.issueDate = issueDate;
    invoice.dueDate = issueDate.addDays(30);

    const Assessment assessment = EligibilityRules().assess(invoice, {today, {}});
    QCOMPARE(assessment.ageWorkingDays, workingDays);
    QCOMPARE(names(assessment.reasons), workingDays > 15 ? QStringList {u"age"_s} : QStringList());
}

void TestEligibility::customerKind_data()
{
    QTest::addColumn<CustomerKind>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QString>("customerNumber");

    const QStringList customerKind = {u"customer-kind"_s};

    QTest::newRow("company") << CustomerKind::Company << validNumber << QStringList()
                             << validNumber;
    QTest::newRow("public body") << CustomerKind::PublicBody << validNumber << QStringList()
                                 << validNumber;
    QTest::newRow("private person with a valid number")
        << CustomerKind::Person << validNumber << customerKind << validNumber;
    QTest::newRow("company without a number, not vat-number")
        << CustomerKind::Company << QString() << customerKind << QString();
    QTest::newRow("public body without a number")
        << CustomerKind::PublicBody << QString() << customerKind << QString();
    QTest::newRow("private person without a number")
        << CustomerKind::Person << QString() << customerKind << QString();
    QTest::newRow("company with a blank number")
        << CustomerKind::Company << u"   "_s << customerKind << QString();
    QTest::newRow("company with punctuation for a number")
        << CustomerKind::Company << u" . - "_s << customerKind << QString();
    QTest::newRow("private person with an invalid number")
        << CustomerKind::Person << u"BE 0123.456.748"_s
        << QStringList {u"customer-kind"_s, u"vat-number"_s} << u"BE0123456748"_s;
}

void TestEligibility::customerKind()
{
    QFETCH(CustomerKind, kind);
    QFETCH(QString, number);
    QFETCH(QStringList, reasons);
    QFETCH(QString, customerNumber);

    Invoice invoice = qualifyingInvoice();
    invoice.customer.kind = kind;
    invoice.customer.number = number;

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.customerNumber, customerNumber);
}

void TestEligibility::vatNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QString>("customerNumber");

    const QStringList vatNumber = {u"vat-number"_s};

    QTest::newRow("canonical") << validNumber << QStringList() << validNumber;
    QTest::newRow("spaces and dots") << u"BE 0123.456.749"_s << QStringList() << validNumber;
    QTest::newRow("lower case") << u"be0123456749"_s << QStringList() << validNumber;
    QTest::newRow("hyphens") << u"0123-456-749"_s << QStringList() << validNumber;
    QTest::newRow("no prefix") << u"0123456749"_s << QStringList() << validNumber;
    QTest::newRow("old nine-digit form") << u"123.456.749"_s << QStringList() << validNumber;
    QTest::newRow("wrong check digits") << u"BE 0123.456.748"_s << vatNumber << u"BE0123456748"_s;
    QTest::newRow("first digit 2") << u"BE2123456791"_s << vatNumber << u"BE2123456791"_s;
    QTest::newRow("letters") << u"be 0123.abc.749"_s << vatNumber << u"BE0123ABC749"_s;
    QTest::newRow("eleven digits") << u"01234567490"_s << vatNumber << u"01234567490"_s;
    QTest::newRow("Dutch number") << u"nl853212345b01"_s << vatNumber << u"NL853212345B01"_s;
}

void TestEligibility::vatNumber()
{
    QFETCH(QString, number);
    QFETCH(QStringList, reasons);
    QFETCH(QString, customerNumber);

    Invoice invoice = qualifyingInvoice();
    invoice.customer.number = number;

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.customerNumber, customerNumber);
}

void TestEligibility::country_data()
{
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("BE") << u"BE"_s << QStringList();
    QTest::newRow("be") << u"be"_s << QStringList();
    QTest::newRow("NL") << u"NL"_s << QStringList {u"country"_s};
    QTest::newRow("FR") << u"FR"_s << QStringList {u"country"_s};
    QTest::newRow("BEL is not a two-letter code") << u"BEL"_s << QStringList {u"country"_s};
    QTest::newRow("unknown") << QString() << QStringList {u"country"_s};
}

void TestEligibility::country()
{
    QFETCH(QString, countryCode);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.customer.countryCode = countryCode;

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.countryCode, countryCode);
}

void TestEligibility::currency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("EUR") << u"EUR"_s << QStringList();
    QTest::newRow("USD") << u"USD"_s << QStringList {u"currency"_s};
    QTest::newRow("GBP") << u"GBP"_s << QStringList {u"currency"_s};
    QTest::newRow("CHF") << u"CHF"_s << QStringList {u"currency"_s};
}

void TestEligibility::currency()
{
    QFETCH(QString, currency);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.total = Money::fromCents(invoice.total.cents(), currency);

    QCOMPARE(names(assess(invoice).reasons), reasons);
    // Judged only on the currency, whatever is already outstanding.
    QCOMPARE(names(assess(invoice, context(euros(u"99000.00"))).reasons),
             currency == Money::euro() ? QStringList {u"limit"_s} : reasons);
}

void TestEligibility::direction_data()
{
    QTest::addColumn<InvoiceDirection>("direction");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("outgoing") << InvoiceDirection::Outgoing << QStringList();
    QTest::newRow("incoming") << InvoiceDirection::Incoming << QStringList {u"direction"_s};
}

void TestEligibility::direction()
{
    QFETCH(InvoiceDirection, direction);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.direction = direction;

    QCOMPARE(names(assess(invoice).reasons), reasons);
}

void TestEligibility::kind_data()
{
    QTest::addColumn<InvoiceKind>("kind");
    QTest::addColumn<QString>("typeCode");
    QTest::addColumn<QStringList>("reasons");

    const QStringList kind = {u"kind"_s};

    QTest::newRow("380 commercial invoice") << InvoiceKind::Invoice << u"380"_s << QStringList();
    QTest::newRow("383 debit note") << InvoiceKind::Invoice << u"383"_s << QStringList();
    QTest::newRow("384 corrected invoice") << InvoiceKind::Invoice << u"384"_s << QStringList();
    QTest::newRow("389 self-billed invoice") << InvoiceKind::Invoice << u"389"_s << QStringList();
    QTest::newRow("751 invoice information") << InvoiceKind::Invoice << u"751"_s << QStringList();
    QTest::newRow("no type code") << InvoiceKind::Invoice << QString() << QStringList();
    QTest::newRow("386 advance invoice") << InvoiceKind::AdvanceInvoice << u"386"_s << kind;
    QTest::newRow("381 credit note") << InvoiceKind::CreditNote << u"381"_s << kind;
    QTest::newRow("CreditNote document") << InvoiceKind::CreditNote << QString() << kind;
}

void TestEligibility::kind()
{
    QFETCH(InvoiceKind, kind);
    QFETCH(QString, typeCode);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.kind = kind;
    invoice.typeCode = typeCode;

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.kind, kind);
}

void TestEligibility::paid_data()
{
    QTest::addColumn<QString>("paid");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("nothing") << u"0"_s << QStringList();
    QTest::newRow("one cent") << u"0.01"_s << QStringList {u"paid"_s};
    QTest::newRow("half a cent rounds to one") << u"0.005"_s << QStringList {u"paid"_s};
    QTest::newRow("less than half a cent") << u"0.004"_s << QStringList();
    QTest::newRow("in part") << u"2500.00"_s << QStringList {u"paid"_s};
    QTest::newRow("in full") << u"10000.00"_s << QStringList {u"paid"_s};
}

void TestEligibility::paid()
{
    QFETCH(QString, paid);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.paid = euros(paid);

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.paid, invoice.paid);
}

void TestEligibility::credited_data()
{
    QTest::addColumn<QString>("credited");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("nothing") << u"0"_s << QStringList();
    QTest::newRow("one cent") << u"0.01"_s << QStringList {u"credited"_s};
    QTest::newRow("in part") << u"150.00"_s << QStringList {u"credited"_s};
    QTest::newRow("in full") << u"10000.00"_s << QStringList {u"credited"_s};
}

void TestEligibility::credited()
{
    QFETCH(QString, credited);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.credited = euros(credited);

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.credited, invoice.credited);
}

void TestEligibility::booked_data()
{
    QTest::addColumn<QStringList>("alsoBroken");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<bool>("onlyNeedsBooking");

    QTest::newRow("draft alone") << QStringList() << QStringList {u"booked"_s} << true;
    QTest::newRow("draft with a short term")
        << QStringList {u"term"_s} << QStringList {u"term"_s, u"booked"_s} << false;
    QTest::newRow("draft over the limit")
        << QStringList {u"limit"_s} << QStringList {u"booked"_s, u"limit"_s} << false;
}

void TestEligibility::booked()
{
    QFETCH(QStringList, alsoBroken);
    QFETCH(QStringList, reasons);
    QFETCH(bool, onlyNeedsBooking);

    Invoice invoice = qualifyingInvoice();
    EligibilityContext context = ::context();
    invoice.booking = BookingState::Draft;
    for (const QString &rule : std::as_const(alsoBroken))
        breakRule(rule, invoice, context);

    const Assessment assessment = assess(invoice, context);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.onlyNeedsBooking(), onlyNeedsBooking);
    QVERIFY(!assessment.isEligible());

    invoice.booking = BookingState::Booked;
    QVERIFY(!assess(invoice, context).onlyNeedsBooking());
}

void TestEligibility::limit_data()
{
    QTest::addColumn<QString>("outstanding");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QStringList>("reasons");

    const QStringList limit = {u"limit"_s};

    QTest::newRow("nothing outstanding") << u"0"_s << u"10000.00"_s << QStringList();
    QTest::newRow("exactly 100,000") << u"75000.00"_s << u"25000.00"_s << QStringList();
    QTest::newRow("100,000.01") << u"75000.01"_s << u"25000.00"_s << limit;
    QTest::newRow("exactly 100,000 with the minimum")
        << u"97500.00"_s << u"2500.00"_s << QStringList();
    QTest::newRow("100,000.01 with the minimum") << u"97500.01"_s << u"2500.00"_s << limit;
    QTest::newRow("limit used up") << u"100000.00"_s << u"2500.00"_s << limit;
    QTest::newRow("limit overdrawn") << u"120000.00"_s << u"2500.00"_s << limit;
}

void TestEligibility::limit()
{
    QFETCH(QString, outstanding);
    QFETCH(QString, total);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.total = euros(total);

    const Assessment assessment = assess(invoice, context(euros(outstanding)));
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.outstanding, euros(outstanding));
}

void TestEligibility::once_data()
{
    QTest::addColumn<FinancingStatus>("status");
    QTest::addColumn<QStringList>("reasons");

    const QStringList once = {u"once"_s};

    QTest::newRow("never requested") << FinancingStatus::None << QStringList();
    QTest::newRow("refused by the bank") << FinancingStatus::Refused << QStringList();
    QTest::newRow("awaiting signature") << FinancingStatus::AwaitingSignature << once;
    QTest::newRow("payout pending") << FinancingStatus::PayoutPending << once;
    QTest::newRow("financed") << FinancingStatus::Financed << once;
    QTest::newRow("settled") << FinancingStatus::Settled << once;
}

void TestEligibility::once()
{
    QFETCH(FinancingStatus, status);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    invoice.financing.status = status;

    const Assessment assessment = assess(invoice);
    QCOMPARE(names(assessment.reasons), reasons);
    QCOMPARE(assessment.financingStatus, status);
}

void TestEligibility::reasonsFollowTheTableOrder_data()
{
    QTest::addColumn<QStringList>("broken"); // in any order
    QTest::addColumn<QStringList>("reasons"); // in the order of the rules table

    const QStringList table = names(allRules);
    for (const QString &rule : table)
        QTest::addRow("%s alone", qPrintable(rule)) << QStringList {rule} << QStringList {rule};

    QTest::newRow("term, then amount")
        << QStringList {u"term"_s, u"amount"_s} << QStringList {u"amount"_s, u"term"_s};
    QTest::newRow("booked, limit, age") << QStringList {u"booked"_s, u"limit"_s, u"age"_s}
                                        << QStringList {u"age"_s, u"booked"_s, u"limit"_s};

    QStringList allButCurrency = table;
    allButCurrency.removeOne(u"currency"_s);
    QStringList reversed(allButCurrency.crbegin(), allButCurrency.crend());
    QTest::newRow("all but currency, backwards") << reversed << allButCurrency;

    // A foreign currency takes amount and limit out of the judgement.
    QStringList reasonsInDollars = table;
    reasonsInDollars.removeOne(u"amount"_s);
    reasonsInDollars.removeOne(u"limit"_s);
    QTest::newRow("everything in dollars") << table << reasonsInDollars;
}

void TestEligibility::reasonsFollowTheTableOrder()
{
    QFETCH(QStringList, broken);
    QFETCH(QStringList, reasons);

    Invoice invoice = qualifyingInvoice();
    EligibilityContext context = ::context();
    for (const QString &rule : std::as_const(broken))
        breakRule(rule, invoice, context);

    const Assessment assessment = assess(invoice, context);
    QCOMPARE(names(assessment.reasons), reasons);
    QVERIFY(!assessment.isEligible());
    for (const QString &rule : std::as_const(reasons))
        QVERIFY2(assessment.fails(ruleNamed(rule)), qPrintable(rule));
}

void TestEligibility::reasonsByUsefulness_data()
{
    QTest::addColumn<QStringList>("broken");
    QTest::addColumn<QString>("mostUseful");

    QTest::newRow("booked alone") << QStringList {u"booked"_s} << u"booked"_s;
    QTest::newRow("booked after term") << QStringList {u"booked"_s, u"term"_s} << u"term"_s;
    QTest::newRow("booked after limit") << QStringList {u"limit"_s, u"booked"_s} << u"limit"_s;
    QTest::newRow("purchase invoice first")
        << QStringList {u"amount"_s, u"booked"_s, u"direction"_s} << u"direction"_s;
    QTest::newRow("credit note before its amount")
        << QStringList {u"amount"_s, u"kind"_s} << u"kind"_s;
    QTest::newRow("financed before it got old") << QStringList {u"age"_s, u"once"_s} << u"once"_s;

    QStringList everything = names(allRules);
    everything.removeOne(u"currency"_s);
    QTest::newRow("everything") << everything << u"direction"_s;
}

void TestEligibility::reasonsByUsefulness()
{
    QFETCH(QStringList, broken);
    QFETCH(QString, mostUseful);

    Invoice invoice = qualifyingInvoice();
    EligibilityContext context = ::context();
    for (const QString &rule : std::as_const(broken))
        breakRule(rule, invoice, context);

    const Assessment assessment = assess(invoice, context);
    const QList<RuleId> byUsefulness = assessment.reasonsByUsefulness();

    // The same reasons, each once, in another order.
    QCOMPARE(byUsefulness.size(), assessment.reasons.size());
    QList<RuleId> sorted = byUsefulness;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names(sorted), names(assessment.reasons));

    QVERIFY(assessment.mostUsefulReason().has_value());
    QCOMPARE(ruleIdName(*assessment.mostUsefulReason()), mostUseful);
    QCOMPARE(ruleIdName(byUsefulness.first()), mostUseful);
    // "Book this invoice first" is a to-do, not a refusal: always last.
    if (assessment.fails(RuleId::Booked))
        QCOMPARE(ruleIdName(byUsefulness.last()), u"booked"_s);
}

void TestEligibility::explainNamesTheOffendingValue_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("broken"); // how to make the invoice fail the rule
    QTest::addColumn<QStringList>("mentions");

    const QChar nbsp(0x00A0);
    const QChar nnbsp(0x202F);
    const QString euro(QChar(0x20AC));

    QTest::newRow("amount too high, nl_BE")
        << u"amount"_s << u"nl_BE"_s << QStringList {u"amount"_s}
        << QStringList {euro + nbsp + u"30.000,00", euro + nbsp + u"2.500,00",
                        euro + nbsp + u"25.000,00"};
    QTest::newRow("amount too high, fr_BE")
        << u"amount"_s << u"fr_BE"_s << QStringList {u"amount"_s}
        << QStringList {u"30"_s + nnbsp + u"000,00" + nbsp + euro};
    QTest::newRow("term") << u"term"_s << u"nl_BE"_s << QStringList {u"term"_s}
                          << QStringList {u"10"_s, u"15"_s, u"120"_s};
    QTest::newRow("age") << u"age"_s << u"nl_BE"_s << QStringList {u"age"_s}
                         << QStringList {u"46"_s, u"15"_s};
    QTest::newRow("vat-number") << u"vat-number"_s << u"nl_BE"_s << QStringList {u"vat-number"_s}
                                << QStringList {u"BE0123456748"_s};
    QTest::newRow("country") << u"country"_s << u"nl_BE"_s << QStringList {u"country"_s}
                             << QStringList {u"NL"_s, u"BE"_s};
    QTest::newRow("currency") << u"currency"_s << u"nl_BE"_s << QStringList {u"currency"_s}
                              << QStringList {u"USD"_s, u"EUR"_s};
    QTest::newRow("paid") << u"paid"_s << u"nl_BE"_s << QStringList {u"paid"_s}
                          << QStringList {euro + nbsp + u"0,01"};
    QTest::newRow("credited") << u"credited"_s << u"fr_BE"_s << QStringList {u"credited"_s}
                              << QStringList {u"150,00"_s + nbsp + euro};
    QTest::newRow("limit") << u"limit"_s << u"nl_BE"_s << QStringList {u"limit"_s}
                           << QStringList {euro + nbsp + u"10.000,00", euro + nbsp + u"95.000,00",
                                           euro + nbsp + u"100.000,00", euro + nbsp + u"5.000,00"};
}

void TestEligibility::explainNamesTheOffendingValue()
{
    QFETCH(QString, rule);
    QFETCH(QString, locale);
    QFETCH(QStringList, broken);
    QFETCH(QStringList, mentions);

    Invoice invoice = qualifyingInvoice();
    EligibilityContext context = ::context();
    for (const QString &brokenRule : std::as_const(broken))
        breakRule(brokenRule, invoice, context);
    const Assessment assessment = assess(invoice, context);
    QVERIFY(assessment.fails(ruleNamed(rule)));

    const QString explanation =
        EligibilityRules::explain(assessment, ruleNamed(rule), QLocale(locale));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(explanation.contains(mention), qPrintable(explanation + u" lacks "_s + mention));
}

void TestEligibility::everyRuleHasAnExplanationAndATitle()
{
    // Every rule broken at once (in euro, then in dollars for currency), explained in
    // several number locales.
    Invoice invoice = qualifyingInvoice();
    EligibilityContext context = ::context();
    for (const RuleId rule : allRules) {
        if (rule != RuleId::Currency)
            breakRule(ruleIdName(rule), invoice, context);
    }
    Invoice inDollars = invoice;
    breakRule(u"currency"_s, inDollars, context);

    const Assessment inEuro = assess(invoice, context);
    const Assessment dollars = assess(inDollars, context);
    for (const RuleId rule : allRules) {
        const Assessment &assessment = rule == RuleId::Currency ? dollars : inEuro;
        QVERIFY2(assessment.fails(rule), qPrintable(ruleIdName(rule)));
        QVERIFY2(!EligibilityRules::title(rule).isEmpty(), qPrintable(ruleIdName(rule)));
        for (const char *locale : {"nl_BE", "fr_BE", "en_BE"}) {
            const QString explanation =
                EligibilityRules::explain(assessment, rule, QLocale(QLatin1String(locale)));
            QVERIFY2(!explanation.isEmpty(), qPrintable(ruleIdName(rule)));
            QVERIFY2(!explanation.contains(u"%1"), qPrintable(explanation));
        }
    }
}

void TestEligibility::parametersComeFromTheBank()
{
    BankParameters parameters;
    parameters.minimumAmount = euros(u"1000.00");
    parameters.maximumTermDays = 60;
    parameters.maximumAgeWorkingDays = 3;
    const EligibilityRules rules(parameters);
    QCOMPARE(rules.parameters(), parameters);

    Invoice invoice = qualifyingInvoice();
    invoice.total = euros(u"1000.00");
    invoice.dueDate = invoice.issueDate.addDays(61);
    const Assessment assessment = rules.assess(invoice, context());
    QCOMPARE(names(assessment.reasons), (QStringList {u"term"_s, u"age"_s}));
    QCOMPARE(assessment.parameters, parameters);
    QVERIFY(
        EligibilityRules::explain(assessment, RuleId::Term, QLocale(u"nl_BE"_s)).contains(u"60"));
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
