#include "belgiancalendar.h"
#include "demodata.h"
#include "eligibility.h"
#include "integration.h"
#include "pricing.h"
#include "storefile.h"
#include "vatnumber.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr RuleId firstRule = RuleId::Amount;
constexpr RuleId lastRule = RuleId::Once;

QList<RuleId> allRules()
{
    QList<RuleId> rules;
    for (int rule = int(firstRule); rule <= int(lastRule); ++rule)
        rules.append(RuleId(rule));
    return rules;
}

// The days the demo is built for: its dates are relative, so the story must hold on each.
struct Day
{
    const char *name;
    QDate date;
};

const Day days[] = {
    {"Monday", QDate(2026, 3, 9)},
    {"Friday", QDate(2026, 3, 13)},
    {"Saturday", QDate(2026, 3, 14)},
    {"day after Easter Monday", QDate(2026, 4, 7)},
    {"2 January", QDate(2026, 1, 2)},
    {"2 January on a Saturday", QDate(2027, 1, 2)},
    {"day after Whit Monday", QDate(2026, 5, 26)},
};

void addDayColumn()
{
    QTest::addColumn<QDate>("today");
    for (const Day &day : days)
        QTest::newRow(day.name) << day.date;
}

// Financed and not settled, plus requests awaiting signature or payout, except the judged one.
Money outstandingWithout(const StoreData &data, const Invoice &judged)
{
    Money outstanding = Money::fromCents(0);
    for (const Invoice &invoice : data.invoices) {
        if (invoice.id != judged.id && invoice.financing.countsTowardsLimit()
            && invoice.total.isEuro()) {
            outstanding += invoice.total;
        }
    }
    return outstanding;
}

QHash<QString, Assessment> assessAll(const StoreData &data, QDate today)
{
    const EligibilityRules rules;
    QHash<QString, Assessment> assessments;
    for (const Invoice &invoice : data.invoices)
        assessments.insert(invoice.id,
                           rules.assess(invoice, {today, outstandingWithout(data, invoice)}));
    return assessments;
}

const Invoice *find(const StoreData &data, const QString &id)
{
    for (const Invoice &invoice : data.invoices) {
        if (invoice.id == id)
            return &invoice;
    }
    return nullptr;
}

QStringList names(const QList<RuleId> &rules)
{
    QStringList result;
    for (const RuleId rule : rules)
        result.append(ruleIdName(rule));
    return result;
}

// What each demo invoice is there to show, as the rule ids it fails, in the order of the rules.
const QHash<QString, QStringList> &expectedReasons()
{
    static const QHash<QString, QStringList> expected = [] {
        const auto ids = [](std::initializer_list<const char *> rules) {
            QStringList list;
            for (const char *rule : rules)
                list.append(QString::fromLatin1(rule));
            return list;
        };
        QHash<QString, QStringList> table;
        table.insert(QStringLiteral("demo-settled"), ids({"age", "paid", "once"}));
        table.insert(QStringLiteral("demo-financed-1"), ids({"age", "paid", "once"}));
        table.insert(QStringLiteral("demo-age-16"), ids({"age"}));
        table.insert(QStringLiteral("demo-age-15"), ids({}));
        table.insert(QStringLiteral("demo-financed-2"), ids({"paid", "once"}));
        table.insert(QStringLiteral("demo-term-150"), ids({"term"}));
        table.insert(QStringLiteral("demo-credited"), ids({"credited"}));
        table.insert(QStringLiteral("demo-amount-high"), ids({"amount", "limit"}));
        table.insert(QStringLiteral("demo-credit-note"), ids({"term", "kind"}));
        table.insert(QStringLiteral("demo-financed-3"), ids({"paid", "once"}));
        table.insert(QStringLiteral("demo-partly-paid"), ids({"paid"}));
        table.insert(QStringLiteral("demo-no-due-date"), ids({"term"}));
        table.insert(QStringLiteral("demo-usd"), ids({"currency"}));
        table.insert(QStringLiteral("demo-term-120"), ids({}));
        table.insert(QStringLiteral("demo-term-10"), ids({"term"}));
        table.insert(QStringLiteral("demo-financed-4"), ids({"paid", "once"}));
        table.insert(QStringLiteral("demo-advance"), ids({"kind"}));
        table.insert(QStringLiteral("demo-foreign"), ids({"vat-number", "country"}));
        table.insert(QStringLiteral("demo-refused"), ids({}));
        table.insert(QStringLiteral("demo-amount-low"), ids({"amount"}));
        table.insert(QStringLiteral("demo-amount-2500"), ids({}));
        table.insert(QStringLiteral("demo-eligible-emailed"), ids({}));
        table.insert(QStringLiteral("demo-invalid-vat"), ids({"vat-number"}));
        table.insert(QStringLiteral("demo-private-person"), ids({"customer-kind"}));
        table.insert(QStringLiteral("demo-amount-25000"), ids({"limit"}));
        table.insert(QStringLiteral("demo-eligible-large"), ids({}));
        table.insert(QStringLiteral("demo-term-15"), ids({}));
        table.insert(QStringLiteral("demo-no-number"), ids({"customer-kind"}));
        table.insert(QStringLiteral("demo-eligible-fresh"), ids({}));
        table.insert(QStringLiteral("demo-bank-refuses"), ids({}));
        table.insert(QStringLiteral("demo-draft"), ids({"booked"}));
        table.insert(QStringLiteral("demo-purchase-wood"), ids({"direction"}));
        table.insert(QStringLiteral("demo-purchase-electrics"), ids({"direction"}));
        return table;
    }();
    return expected;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceIsCompiledIn();
    void invalidDayGivesNothing();

    void reasonsPerInvoice_data();
    void reasonsPerInvoice();
    void everyInvoiceHasAnExpectation();
    void everyRuleFailsSomewhere_data() { addDayColumn(); }
    void everyRuleFailsSomewhere();
    void enoughInvoicesQualify_data() { addDayColumn(); }
    void enoughInvoicesQualify();
    void boundaries_data() { addDayColumn(); }
    void boundaries();
    void financingStates_data() { addDayColumn(); }
    void financingStates();
    void datesAndHistory_data() { addDayColumn(); }
    void datesAndHistory();
    void idsAndNumbersAreUnique_data() { addDayColumn(); }
    void idsAndNumbersAreUnique();
    void customersAndCompany();
    void usersAndIntegration();
    void roundTripsThroughTheStore_data() { addDayColumn(); }
    void roundTripsThroughTheStore();
    void sameStoryEveryDay();
};

void TestDemoData::resourceIsCompiledIn()
{
    QVERIFY(QFile::exists(DemoData::resourcePath()));
    QVERIFY(!DemoData::build(QDate(2026, 3, 9)).invoices.isEmpty());
}

void TestDemoData::invalidDayGivesNothing()
{
    QTest::ignoreMessage(QtWarningMsg, "no demo without a valid day");
    QCOMPARE(DemoData::build(QDate()).invoices.size(), 0);
}

void TestDemoData::reasonsPerInvoice_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("reasons");

    // In the order of the resource, so that a failure reads like the demo.
    const StoreData data = DemoData::build(days[0].date);
    for (const Day &day : days) {
        for (const Invoice &invoice : data.invoices) {
            QTest::addRow("%s/%s", day.name, qPrintable(invoice.id))
                << day.date << invoice.id << expectedReasons().value(invoice.id);
        }
    }
}

void TestDemoData::reasonsPerInvoice()
{
    QFETCH(QDate, today);
    QFETCH(QString, id);
    QFETCH(QStringList, reasons);

    const StoreData data = DemoData::build(today);
    const Invoice *invoice = find(data, id);
    QVERIFY(invoice);
    const Assessment assessment =
        EligibilityRules().assess(*invoice, {today, outstandingWithout(data, *invoice)});
    QCOMPARE(names(assessment.reasons), reasons);
}

void TestDemoData::everyInvoiceHasAnExpectation()
{
    const StoreData data = DemoData::build(days[0].date);
    QStringList demo;
    for (const Invoice &invoice : data.invoices)
        demo.append(invoice.id);
    QStringList expected = expectedReasons().keys();
    demo.sort();
    expected.sort();
    QCOMPARE(demo, expected);
}

void TestDemoData::everyRuleFailsSomewhere()
{
    QFETCH(QDate, today);
    const QHash<QString, Assessment> assessments = assessAll(DemoData::build(today), today);

    for (const RuleId rule : allRules()) {
        QStringList failing;
        for (auto it = assessments.cbegin(); it != assessments.cend(); ++it) {
            if (it->fails(rule))
                failing.append(it.key());
        }
        QVERIFY2(!failing.isEmpty(), qPrintable(ruleIdName(rule)));
    }
}

void TestDemoData::enoughInvoicesQualify()
{
    QFETCH(QDate, today);
    const StoreData data = DemoData::build(today);
    const QHash<QString, Assessment> assessments = assessAll(data, today);

    int qualifying = 0;
    int emailed = 0;
    for (const Invoice &invoice : data.invoices) {
        if (!assessments.value(invoice.id).isEligible()
            || invoice.financing.status != FinancingStatus::None) {
            continue;
        }
        ++qualifying;
        if (invoice.emailed)
            ++emailed;
    }
    QVERIFY2(qualifying >= 5, qPrintable(QString::number(qualifying)));
    // Some can be requested at once, others must be e-mailed first.
    QVERIFY(emailed >= 2);
    QVERIFY(qualifying - emailed >= 2);
}

void TestDemoData::boundaries()
{
    QFETCH(QDate, today);
    const StoreData data = DemoData::build(today);
    const QHash<QString, Assessment> assessments = assessAll(data, today);
    const auto assessment = [&assessments](const char *id) {
        return assessments.value(QString::fromLatin1(id));
    };

    QCOMPARE(assessment("demo-amount-2500").amount, Money::fromCents(2'500'00));
    QCOMPARE(assessment("demo-amount-2500").reasons, QList<RuleId>());
    QCOMPARE(assessment("demo-amount-25000").amount, Money::fromCents(25'000'00));
    // The maximum amount is allowed; what stops it is the room left under the limit.
    QCOMPARE(assessment("demo-amount-25000").reasons, QList<RuleId> {RuleId::Limit});
    QCOMPARE(assessment("demo-term-15").termDays, std::optional(15));
    QCOMPARE(assessment("demo-term-15").reasons, QList<RuleId>());
    QCOMPARE(assessment("demo-term-120").termDays, std::optional(120));
    QCOMPARE(assessment("demo-term-120").reasons, QList<RuleId>());
    QCOMPARE(assessment("demo-age-15").ageWorkingDays, 15);
    QCOMPARE(assessment("demo-age-15").reasons, QList<RuleId>());

    // And just beyond them.
    QCOMPARE(assessment("demo-age-16").ageWorkingDays, 16);
    QCOMPARE(assessment("demo-term-10").termDays, std::optional(10));
    QCOMPARE(assessment("demo-term-150").termDays, std::optional(150));
    QCOMPARE(assessment("demo-no-due-date").termDays, std::optional<int>());
    QCOMPARE(assessment("demo-amount-high").amount, Money::fromCents(30'250'00));
    QCOMPARE(assessment("demo-amount-low").amount, Money::fromCents(1'452'00));
}

void TestDemoData::financingStates()
{
    QFETCH(QDate, today);
    const StoreData data = DemoData::build(today);

    QSet<FinancingStatus> states;
    Money outstanding = Money::fromCents(0);
    for (const Invoice &invoice : data.invoices) {
        const Financing &financing = invoice.financing;
        states.insert(financing.status);
        if (financing.countsTowardsLimit())
            outstanding += invoice.total;
        if (financing.status == FinancingStatus::None) {
            QCOMPARE(financing.requestedAt, QDateTime());
            continue;
        }
        QVERIFY(financing.requestedAt.isValid());
        QVERIFY(BelgianCalendar::isWorkingDay(financing.requestedAt.date()));
        QVERIFY(financing.requestedAt.date() >= invoice.issueDate);
        QVERIFY(invoice.emailed); // only an invoice the customer received can be sold
        QVERIFY(invoice.emailed->sentAt < financing.requestedAt);

        if (financing.status == FinancingStatus::Refused) {
            QCOMPARE(financing.payout, Money::fromCents(0));
            QCOMPARE(financing.payoutDate, QDate());
            QCOMPARE(invoice.activity.last().kind, ActivityEntry::Kind::Refused);
            continue;
        }
        QVERIFY(financing.status == FinancingStatus::Financed
                || financing.status == FinancingStatus::Settled);
        // Financed invoices are marked paid; the bank paid on the next working day.
        QCOMPARE(invoice.paid, invoice.total);
        QCOMPARE(financing.payout + financing.cost, invoice.total);
        QCOMPARE(financing.payoutDate,
                 BelgianCalendar::nextWorkingDay(financing.requestedAt.date()));
        QVERIFY(financing.payoutDate <= today);
        QCOMPARE(financing.requestedAt.secsTo(financing.signingDeadline), 360);
        // Payout and cost are the bank's formula for one of its ratings.
        bool matchesARating = false;
        for (int rating = 1; rating <= 5; ++rating) {
            const Quote quote = Pricing::quote(
                invoice.total,
                Pricing::feeBasisPoints(invoice.paymentTermDays().value_or(0), rating));
            matchesARating = matchesARating
                || (quote.payout == financing.payout && quote.cost == financing.cost);
        }
        QVERIFY2(matchesARating, qPrintable(invoice.id));

        QList<ActivityEntry::Kind> expectedHistory {
            ActivityEntry::Kind::Booked, ActivityEntry::Kind::Emailed,
            ActivityEntry::Kind::Requested, ActivityEntry::Kind::Signed,
            ActivityEntry::Kind::PaidOut};
        if (financing.status == FinancingStatus::Settled)
            expectedHistory.append(ActivityEntry::Kind::Settled);
        QList<ActivityEntry::Kind> history;
        for (const ActivityEntry &entry : invoice.activity)
            history.append(entry.kind);
        QCOMPARE(history, expectedHistory);
    }

    QVERIFY(states.contains(FinancingStatus::Financed));
    QVERIFY(states.contains(FinancingStatus::Settled));
    QVERIFY(states.contains(FinancingStatus::Refused));
    // High enough that a EUR 25,000.00 invoice no longer fits, low enough for smaller ones.
    QCOMPARE(outstanding, Money::fromCents(78'280'95));
}

void TestDemoData::datesAndHistory()
{
    QFETCH(QDate, today);
    const StoreData data = DemoData::build(today);
    const QDateTime endOfToday(today, QTime(23, 59, 59));

    for (const Invoice &invoice : data.invoices) {
        const QByteArray id = invoice.id.toUtf8();
        QVERIFY2(BelgianCalendar::isWorkingDay(invoice.issueDate), id.constData());
        QVERIFY2(invoice.issueDate <= today, id.constData());
        QVERIFY2(!invoice.number.contains(u'{'), id.constData());
        QVERIFY2(invoice.number.contains(QString::number(invoice.issueDate.year())),
                 id.constData());
        if (invoice.emailed) {
            QCOMPARE(invoice.emailed->address, invoice.customer.email);
            QCOMPARE(invoice.emailed->sentAt.date(), invoice.issueDate);
        }
        QCOMPARE(invoice.activity.isEmpty(), invoice.booking == BookingState::Draft);
        for (qsizetype entry = 0; entry < invoice.activity.size(); ++entry) {
            const ActivityEntry &current = invoice.activity.at(entry);
            QVERIFY2(current.at <= endOfToday, id.constData());
            QVERIFY2(current.at.date() >= invoice.issueDate, id.constData());
            if (entry > 0)
                QVERIFY2(invoice.activity.at(entry - 1).at < current.at, id.constData());
        }
    }
}

void TestDemoData::idsAndNumbersAreUnique()
{
    QFETCH(QDate, today);
    const StoreData data = DemoData::build(today);
    QSet<QString> ids;
    QSet<QString> numbers;
    for (const Invoice &invoice : data.invoices) {
        QVERIFY(!invoice.id.isEmpty());
        QVERIFY(!invoice.number.isEmpty());
        ids.insert(invoice.id);
        numbers.insert(invoice.number);
    }
    QCOMPARE(ids.size(), data.invoices.size());
    QCOMPARE(numbers.size(), data.invoices.size());
}

void TestDemoData::customersAndCompany()
{
    const StoreData data = DemoData::build(QDate(2026, 3, 9));
    QCOMPARE(VatNumber::normalizedBelgian(data.company.vatNumber), data.company.vatNumber);
    QCOMPARE(data.company.countryCode, QStringLiteral("BE"));
    QVERIFY(!data.company.name.isEmpty());
    QVERIFY(data.company.email.contains(u'@'));

    // The usual ways people write a Belgian number, each used by a valid one.
    const QStringList spellings {
        QStringLiteral("^BE \\d{4}\\.\\d{3}\\.\\d{3}$"), // BE 0673.138.428
        QStringLiteral("^\\d{4}-\\d{3}-\\d{3}$"), // 0500-538-113
        QStringLiteral("^\\d{9}$"), // the old nine-digit form
        QStringLiteral("^be\\d{10}$"), // lower case
        QStringLiteral("^BE\\d{10}$"),
    };
    QSet<QString> kinds;
    for (const Invoice &invoice : data.invoices) {
        QVERIFY2(invoice.customer.email.contains(u'@'), qPrintable(invoice.id));
        kinds.insert(StoreFile::enumName(invoice.customer.kind));
    }
    for (const QString &spelling : spellings) {
        const QRegularExpression pattern(spelling);
        bool found = false;
        for (const Invoice &invoice : data.invoices) {
            found = found
                || (pattern.match(invoice.customer.number).hasMatch()
                    && VatNumber::isValidBelgian(invoice.customer.number));
        }
        QVERIFY2(found, qPrintable(spelling));
    }
    QCOMPARE(kinds,
             (QSet<QString> {QStringLiteral("company"), QStringLiteral("public-body"),
                             QStringLiteral("person")}));
}

// A presenter shows both sides of the integration page: the administrator who may set it up
// and the clerk who may not. The app authorizes the demo itself, with the bank it starts.
void TestDemoData::usersAndIntegration()
{
    const StoreData data = DemoData::build(QDate(2026, 3, 9));
    QCOMPARE(data.company.plan, PricePlan::Move);
    QCOMPARE(data.company.hasKbcCurrentAccount, true);
    QCOMPARE(IntegrationRules::availability(data.company), IntegrationAvailability::Available);

    const QList<User> expected {
        User {QStringLiteral("u-admin"), QStringLiteral("Sofie Verhulst"), true},
        User {QStringLiteral("u-clerk"), QStringLiteral("Jonas De Smet"), false},
    };
    QCOMPARE(data.users, expected);
    QCOMPARE(data.currentUserId, QStringLiteral("u-admin"));
    QVERIFY(IntegrationRules::canManage(data.users.at(0)));
    QVERIFY(!IntegrationRules::canManage(data.users.at(1)));

    QCOMPARE(data.integration.added, true);
    QCOMPARE(data.integration.authorizedAt, QDateTime());
    QCOMPARE(data.integration.authorizedUntil, QDateTime());
    QCOMPARE(Authorization::state(data.integration.authorizedUntil,
                                  QDateTime(QDate(2026, 3, 9), QTime(9, 0))),
             Authorization::State::Missing);
}

void TestDemoData::roundTripsThroughTheStore()
{
    QFETCH(QDate, today);
    const StoreData data = DemoData::build(today);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("invoices.json"));

    QCOMPARE(StoreFile::save(path, data), QString());
    const StoreLoadResult loaded = StoreFile::load(path);

    QCOMPARE(loaded.error, QString());
    QVERIFY(loaded.data.has_value());
    QCOMPARE(loaded.data->company, data.company);
    QCOMPARE(loaded.data->users, data.users);
    QCOMPARE(loaded.data->currentUserId, data.currentUserId);
    QCOMPARE(loaded.data->integration, data.integration);
    QCOMPARE(loaded.data->invoices.size(), data.invoices.size());
    for (qsizetype index = 0; index < data.invoices.size(); ++index) {
        QVERIFY2(loaded.data->invoices.at(index) == data.invoices.at(index),
                 qPrintable(data.invoices.at(index).id));
    }
}

// Beyond the named days: every day of thirteen months, a year end and the moving holidays
// included.
void TestDemoData::sameStoryEveryDay()
{
    for (QDate today(2026, 6, 1); today <= QDate(2027, 6, 30); today = today.addDays(1)) {
        const StoreData data = DemoData::build(today);
        const QHash<QString, Assessment> assessments = assessAll(data, today);
        const QDateTime endOfToday(today, QTime(23, 59, 59));
        for (const Invoice &invoice : data.invoices) {
            const QString where = today.toString(Qt::ISODate) + u' ' + invoice.id;
            QVERIFY2(names(assessments.value(invoice.id).reasons)
                         == expectedReasons().value(invoice.id),
                     qPrintable(where));
            for (const ActivityEntry &entry : invoice.activity)
                QVERIFY2(entry.at <= endOfToday, qPrintable(where));
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoData)

#include "tst_demodata.moc"
