#include "bankfixture.h"
#include "bankpolicy.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BankTestData;

namespace {

// Monday 2 March 2026, 10:00: an ordinary banking day.
const QDate monday(2026, 3, 2);

} // namespace

// The simulated bank's answers that do not follow one request through its life: parameters,
// its clock, quotes, refusals, the rules it checks and the cost statements. Every call goes
// over real HTTP to the bank on 127.0.0.1.
class TestBankService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackOnly();
    void parameters();
    void clock();
    void quote_data();
    void quote();
    void refusal_data();
    void refusal();
    void rulesNotMet_data();
    void rulesNotMet();
    void rulesMessageNamesTheValues();
    void statements();
    void ledgerChangedSignal();
};

void TestBankService::listensOnLoopbackOnly()
{
    BankFixture bank(at(monday));
    QVERIFY(bank.isListening());
    QCOMPARE(bank.service().url().host(), u"127.0.0.1"_s);
    QCOMPARE(bank.service().url().port(), int(bank.service().port()));
}

void TestBankService::parameters()
{
    BankFixture bank(at(monday));
    const HttpAnswer answer = bank.http().get(u"/v1/parameters"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(answer.text("currency"), u"EUR"_s);
    QCOMPARE(answer.text("minimum_amount"), u"2500.00"_s);
    QCOMPARE(answer.text("maximum_amount"), u"25000.00"_s);
    QCOMPARE(answer.json.value(u"minimum_term_days"_s).toInt(), 15);
    QCOMPARE(answer.json.value(u"maximum_term_days"_s).toInt(), 120);
    QCOMPARE(answer.json.value(u"maximum_age_working_days"_s).toInt(), 15);
    QCOMPARE(answer.text("total_limit"), u"100000.00"_s);
    QCOMPARE(answer.json.value(u"signing_window_seconds"_s).toInt(), 360);
}

void TestBankService::clock()
{
    BankFixture bank(at(QDate(2026, 4, 3), 11));
    const HttpAnswer answer = bank.http().get(u"/v1/clock"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(parseTime(answer.json.value(u"now"_s)), at(QDate(2026, 4, 3), 11));
    QCOMPARE(answer.text("today"), u"2026-04-03"_s);
    QCOMPARE(answer.json.value(u"banking_day"_s).toBool(), false); // Good Friday
    QCOMPARE(answer.text("next_banking_day"), u"2026-04-07"_s);
    QCOMPARE(answer.json.value(u"simulation"_s).toBool(), false);
}

void TestBankService::quote_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<int>("termDays");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("ageWorkingDays");
    QTest::addColumn<int>("feeBasisPoints");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("payout");

    // fee = 60 + term + 25 * (rating - 1) + age surcharge (0 / 10 / 20 bp)
    QTest::newRow("rating 1, 30 days, booked today")
        << u"12100.00"_s << monday << 30 << 1 << 0 << 90 << u"108.90"_s << u"11991.10"_s;
    QTest::newRow("rating 2, 60 days, 6 working days old")
        << u"10000.00"_s << QDate(2026, 2, 20) << 60 << 2 << 6 << 155 << u"155.00"_s
        << u"9845.00"_s;
    QTest::newRow("rating 3, 120 days, 11 working days old")
        << u"25000.00"_s << QDate(2026, 2, 13) << 120 << 3 << 11 << 250 << u"625.00"_s
        << u"24375.00"_s;
    QTest::newRow("rating 4, 15 days, rounded down")
        << u"2500.01"_s << monday << 15 << 4 << 0 << 150 << u"37.50"_s << u"2462.51"_s;
    QTest::newRow("half a cent rounds up")
        << u"2505.00"_s << monday << 30 << 1 << 0 << 90 << u"22.55"_s << u"2482.45"_s;
    QTest::newRow("dated after today: 0 days old")
        << u"5000.00"_s << monday.addDays(3) << 30 << 1 << 0 << 90 << u"45.00"_s << u"4955.00"_s;
}

void TestBankService::quote()
{
    QFETCH(QString, amount);
    QFETCH(QDate, issueDate);
    QFETCH(int, termDays);
    QFETCH(int, rating);
    QFETCH(int, ageWorkingDays);
    QFETCH(int, feeBasisPoints);
    QFETCH(QString, cost);
    QFETCH(QString, payout);

    BankFixture bank(at(monday));
    const HttpAnswer answer =
        bank.quote(offer(u"inv-1"_s, amount, issueDate, termDays, customerRated(rating)));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.text("invoice_id"), u"inv-1"_s);
    QCOMPARE(answer.text("customer_number"), customerRated(rating));
    QCOMPARE(answer.text("currency"), u"EUR"_s);
    QCOMPARE(answer.text("amount"), amount);
    QCOMPARE(answer.json.value(u"term_days"_s).toInt(), termDays);
    QCOMPARE(answer.json.value(u"age_working_days"_s).toInt(), ageWorkingDays);
    QCOMPARE(answer.json.value(u"fee_basis_points"_s).toInt(), feeBasisPoints);
    QCOMPARE(answer.text("cost"), cost);
    QCOMPARE(answer.text("payout"), payout);
    QCOMPARE(parseTime(answer.json.value(u"quoted_at"_s)), at(monday));
    QCOMPARE(answer.text("valid_on"), u"2026-03-02"_s);

    // A quote reserves nothing.
    QCOMPARE(bank.limit().text("reserved"), u"0.00"_s);
}

void TestBankService::refusal_data()
{
    QTest::addColumn<QString>("customerNumber");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<int>("termDays");
    QTest::addColumn<bool>("refused");

    const QStringList refusedNumbers = BankPolicy::refusedCustomerNumbers();
    for (const QString &number : refusedNumbers) {
        QTest::addRow("refused customer %s", qPrintable(number)) << number << monday << 30 << true;
    }
    QTest::newRow("refused customer, other spelling")
        << u"be 0880.880.853"_s << monday << 30 << true;
    QTest::newRow("rating 4, 90 days") << customerRated(4) << monday << 90 << false;
    QTest::newRow("rating 4, 91 days") << customerRated(4) << monday << 91 << true;
    // 16 February 2026 is 10 working days before 2 March, 13 February is 11.
    QTest::newRow("rating 4, 10 working days old")
        << customerRated(4) << QDate(2026, 2, 16) << 30 << false;
    QTest::newRow("rating 4, 11 working days old")
        << customerRated(4) << QDate(2026, 2, 13) << 30 << true;
    QTest::newRow("rating 3, 120 days, 15 working days old")
        << customerRated(3) << QDate(2026, 2, 9) << 120 << false;
}

void TestBankService::refusal()
{
    QFETCH(QString, customerNumber);
    QFETCH(QDate, issueDate);
    QFETCH(int, termDays);
    QFETCH(bool, refused);

    BankFixture bank(at(monday));
    const QJsonObject invoice =
        offer(u"inv-1"_s, u"8712.00"_s, issueDate, termDays, customerNumber);
    const HttpAnswer quoted = bank.quote(invoice);
    const HttpAnswer requested = bank.request(invoice);
    if (!refused) {
        QCOMPARE(quoted.status, 200);
        QCOMPARE(requested.status, 201);
        return;
    }
    for (const HttpAnswer &answer : {quoted, requested}) {
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.error(), u"refused"_s);
        // A refusal carries no reason.
        QVERIFY(!answer.json.contains(u"rules"_s));
        QCOMPARE(answer.text("message"), u"KBC does not finance this invoice."_s);
    }
    QCOMPARE(bank.http().get(u"/v1/requests"_s).json.value(u"requests"_s).toArray().size(), 0);
    QCOMPARE(bank.limit().text("reserved"), u"0.00"_s);
}

void TestBankService::rulesNotMet_data()
{
    QTest::addColumn<QJsonObject>("invoice");
    QTest::addColumn<QStringList>("rules"); // empty: accepted

    const auto with = [](const QString &field, const QString &value,
                         QJsonObject invoice = offer(u"inv-1"_s, u"12100.00"_s, monday)) {
        invoice.insert(field, value);
        return invoice;
    };
    QTest::newRow("amount 2,500.00") << with(u"amount"_s, u"2500.00"_s) << QStringList();
    QTest::newRow("amount 2,499.99")
        << with(u"amount"_s, u"2499.99"_s) << QStringList {u"amount"_s};
    QTest::newRow("amount 25,000.00") << with(u"amount"_s, u"25000.00"_s) << QStringList();
    QTest::newRow("amount 25,000.01")
        << with(u"amount"_s, u"25000.01"_s) << QStringList {u"amount"_s};
    QTest::newRow("negative amount")
        << with(u"amount"_s, u"-12100.00"_s) << QStringList {u"amount"_s};
    QTest::newRow("term 15") << offer(u"inv-1"_s, u"12100.00"_s, monday, 15) << QStringList();
    QTest::newRow("term 14") << offer(u"inv-1"_s, u"12100.00"_s, monday, 14)
                             << QStringList {u"term"_s};
    QTest::newRow("term 120") << offer(u"inv-1"_s, u"12100.00"_s, monday, 120) << QStringList();
    QTest::newRow("term 121") << offer(u"inv-1"_s, u"12100.00"_s, monday, 121)
                              << QStringList {u"term"_s};
    QTest::newRow("due before issued")
        << offer(u"inv-1"_s, u"12100.00"_s, monday, -1) << QStringList {u"term"_s};
    // 9 February 2026 is 15 working days before 2 March, 6 February is 16.
    QTest::newRow("15 working days old")
        << offer(u"inv-1"_s, u"12100.00"_s, QDate(2026, 2, 9)) << QStringList();
    QTest::newRow("16 working days old")
        << offer(u"inv-1"_s, u"12100.00"_s, QDate(2026, 2, 6)) << QStringList {u"age"_s};
    QTest::newRow("check digits wrong")
        << with(u"customer_number"_s, u"BE0200000044"_s) << QStringList {u"vat-number"_s};
    QTest::newRow("Dutch number") << with(u"customer_number"_s, u"NL004495445B01"_s)
                                  << QStringList {u"vat-number"_s};
    QTest::newRow("empty number") << with(u"customer_number"_s, QString())
                                  << QStringList {u"vat-number"_s};
    QTest::newRow("old nine-digit form")
        << with(u"customer_number"_s, u"200000043"_s) << QStringList();
    QTest::newRow("US dollars, too large: currency alone")
        << with(u"currency"_s, u"USD"_s, with(u"amount"_s, u"30000.00"_s))
        << QStringList {u"currency"_s};
    QTest::newRow("amount and term, in that order")
        << with(u"amount"_s, u"30000.00"_s, offer(u"inv-1"_s, u"1.00"_s, monday, 10))
        << QStringList {u"amount"_s, u"term"_s};
}

void TestBankService::rulesNotMet()
{
    QFETCH(QJsonObject, invoice);
    QFETCH(QStringList, rules);

    BankFixture bank(at(monday));
    const HttpAnswer quoted = bank.quote(invoice);
    const HttpAnswer requested = bank.request(invoice);
    if (rules.isEmpty()) {
        QCOMPARE(quoted.status, 200);
        QCOMPARE(requested.status, 201);
        return;
    }
    for (const HttpAnswer &answer : {quoted, requested}) {
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.error(), u"rules-not-met"_s);
        QStringList failed;
        for (const QJsonValue &rule : answer.json.value(u"rules"_s).toArray())
            failed << rule.toString();
        QCOMPARE(failed, rules);
        QVERIFY(!answer.text("message").isEmpty());
    }
}

void TestBankService::rulesMessageNamesTheValues()
{
    BankFixture bank(at(monday));
    QJsonObject invoice = offer(u"inv-1"_s, u"30000.00"_s, monday, 10);
    invoice.insert(u"customer_number"_s, u"BE 0200.000.044"_s);
    const HttpAnswer answer = bank.quote(invoice);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.text("message"),
             u"The amount is 30000.00 EUR; it must be between 2500.00 EUR and 25000.00 EUR. "
             u"The payment term is 10 days; it must be between 15 and 120 days. "
             u"The customer number \"BE 0200.000.044\" is not a valid Belgian VAT number."_s);
}

void TestBankService::statements()
{
    BankFixture bank(at(monday));
    // Paid out on 3 March (then settled), on 4 March, and one still awaiting its payout.
    const QString first = bank.finance(offer(u"inv-1"_s, u"12100.00"_s, monday));
    QVERIFY(!first.isEmpty());
    QCOMPARE(bank.customerPays(first).status, 200);
    const QString second =
        bank.finance(offer(u"inv-2"_s, u"10000.00"_s, monday, 60, customerRated(2)));
    QVERIFY(!second.isEmpty());
    const QString pending = bank.request(offer(u"inv-3"_s, u"5000.00"_s, monday)).text("id");
    QCOMPARE(bank.sign(pending, u"accept"_s).status, 200);

    const HttpAnswer statement = bank.http().get(u"/v1/requests/%1/statement"_s.arg(first));
    QCOMPARE(statement.status, 200);
    QCOMPARE(statement.text("request_id"), first);
    QCOMPARE(statement.text("invoice_id"), u"inv-1"_s);
    QCOMPARE(statement.text("invoice_number"), u"2026-inv-1"_s);
    QCOMPARE(statement.text("customer_number"), customerRated(1));
    QCOMPARE(statement.text("customer_name"), u"Brouwerij Test NV"_s);
    QCOMPARE(statement.text("state"), u"settled"_s);
    QCOMPARE(statement.text("currency"), u"EUR"_s);
    QCOMPARE(statement.text("amount"), u"12100.00"_s);
    QCOMPARE(statement.json.value(u"fee_basis_points"_s).toInt(), 90);
    QCOMPARE(statement.text("fee_percent"), u"0.90"_s);
    QCOMPARE(statement.text("cost"), u"108.90"_s);
    QCOMPARE(statement.text("payout"), u"11991.10"_s);
    QCOMPARE(statement.text("issue_date"), u"2026-03-02"_s);
    QCOMPARE(statement.text("due_date"), u"2026-04-01"_s);
    QCOMPARE(parseTime(statement.json.value(u"requested_at"_s)), at(monday));
    QCOMPARE(parseTime(statement.json.value(u"signed_at"_s)), at(monday));
    QCOMPARE(statement.text("payout_date"), u"2026-03-03"_s);
    QCOMPARE(parseTime(statement.json.value(u"settled_at"_s)), at(QDate(2026, 3, 3), 9));

    const HttpAnswer noStatement = bank.http().get(u"/v1/requests/%1/statement"_s.arg(pending));
    QCOMPARE(noStatement.status, 409);
    QCOMPARE(noStatement.error(), u"invalid-state"_s);

    const HttpAnswer all = bank.http().get(u"/v1/statements"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(u"from"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(all.json.value(u"count"_s).toInt(), 2);
    QCOMPARE(all.text("total_amount"), u"22100.00"_s);
    // 108.90 + 145.00: 60 + 60 days + 25 for rating 2, booked one working day before.
    QCOMPARE(all.text("total_cost"), u"253.90"_s);
    QCOMPARE(all.text("total_payout"), u"21846.10"_s);
    const QJsonArray listed = all.json.value(u"statements"_s).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(u"request_id"_s).toString(), first);
    QCOMPARE(listed.at(1).toObject().value(u"request_id"_s).toString(), second);

    const HttpAnswer fourth = bank.http().get(u"/v1/statements?from=2026-03-04&to=2026-03-04"_s);
    QCOMPARE(fourth.status, 200);
    QCOMPARE(fourth.text("from"), u"2026-03-04"_s);
    QCOMPARE(fourth.text("to"), u"2026-03-04"_s);
    QCOMPARE(fourth.json.value(u"count"_s).toInt(), 1);
    QCOMPARE(fourth.json.value(u"statements"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"request_id"_s)
                 .toString(),
             second);

    const HttpAnswer untilThird = bank.http().get(u"/v1/statements?to=2026-03-03"_s);
    QCOMPARE(untilThird.json.value(u"count"_s).toInt(), 1);
    const HttpAnswer april = bank.http().get(u"/v1/statements?from=2026-04-01"_s);
    QCOMPARE(april.json.value(u"count"_s).toInt(), 0);
    QCOMPARE(april.text("total_cost"), u"0.00"_s);
}

void TestBankService::ledgerChangedSignal()
{
    BankFixture bank(at(monday));
    QSignalSpy changed(&bank.service(), &BankService::ledgerChanged);
    const QString id = bank.request(offer(u"inv-1"_s, u"12100.00"_s, monday)).text("id");
    QCOMPARE(changed.size(), 1);
    bank.http().get(u"/v1/parameters"_s);
    QCOMPARE(changed.size(), 1);
    // A lapse is noticed on the next call, whatever that call is.
    bank.clock().advanceSeconds(360);
    bank.http().get(u"/v1/limit"_s);
    QCOMPARE(changed.size(), 2);
}

QTEST_GUILESS_MAIN(TestBankService)
#include "tst_bankservice.moc"
