#include "bankfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BankTestData;

namespace {

// Monday 2 March 2026, 10:00: an ordinary banking day.
const QDate monday(2026, 3, 2);

} // namespace

// What the simulated bank answers to calls it cannot carry out: malformed bodies, missing or
// badly written fields, unknown requests, paths and methods, bad statement periods; and its
// simulated clock, which only a bank started for simulation lets anyone move.
class TestBankErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedOffer_data();
    void malformedOffer();
    void malformedSignature_data();
    void malformedSignature();
    void unknownRequest_data();
    void unknownRequest();
    void unknownPathAndMethod();
    void statementPeriodErrors_data();
    void statementPeriodErrors();
    void simulationDisabled();
    void simulationClock();
};

void TestBankErrors::malformedOffer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");

    const auto without = [](const QString &field) {
        QJsonObject invoice = offer(u"inv-1"_s, u"12100.00"_s, monday);
        invoice.remove(field);
        return QJsonDocument(invoice).toJson(QJsonDocument::Compact);
    };
    const auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject invoice = offer(u"inv-1"_s, u"12100.00"_s, monday);
        invoice.insert(field, value);
        return QJsonDocument(invoice).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not JSON") << QByteArrayLiteral("amount=12100") << u"malformed-json"_s
                              << QString();
    QTest::newRow("cut off") << QByteArrayLiteral("{\"invoice_id\": \"inv-1\"")
                             << u"malformed-json"_s << QString();
    QTest::newRow("empty body") << QByteArray() << u"malformed-json"_s << QString();
    QTest::newRow("an array") << QByteArrayLiteral("[]") << u"malformed-json"_s << QString();
    for (const char *field : {"invoice_id", "invoice_number", "customer_number", "amount",
                              "currency", "issue_date", "due_date"}) {
        QTest::addRow("without %s", field) << without(QString::fromLatin1(field))
                                           << u"missing-field"_s << QString::fromLatin1(field);
    }
    QTest::newRow("due date null")
        << with(u"due_date"_s, QJsonValue::Null) << u"missing-field"_s << u"due_date"_s;
    QTest::newRow("empty invoice id")
        << with(u"invoice_id"_s, QString()) << u"invalid-field"_s << u"invoice_id"_s;
    QTest::newRow("amount as a number")
        << with(u"amount"_s, 12100) << u"invalid-field"_s << u"amount"_s;
    QTest::newRow("amount with one decimal")
        << with(u"amount"_s, u"12100.5"_s) << u"invalid-field"_s << u"amount"_s;
    QTest::newRow("amount with a thousands separator")
        << with(u"amount"_s, u"12,100.00"_s) << u"invalid-field"_s << u"amount"_s;
    QTest::newRow("amount with a decimal comma")
        << with(u"amount"_s, u"12100,00"_s) << u"invalid-field"_s << u"amount"_s;
    QTest::newRow("currency in lower case")
        << with(u"currency"_s, u"eur"_s) << u"invalid-field"_s << u"currency"_s;
    QTest::newRow("Belgian date format")
        << with(u"issue_date"_s, u"02/03/2026"_s) << u"invalid-field"_s << u"issue_date"_s;
    QTest::newRow("no such day") << with(u"due_date"_s, u"2026-02-30"_s) << u"invalid-field"_s
                                 << u"due_date"_s;
    QTest::newRow("customer name as a number")
        << with(u"customer_name"_s, 7) << u"invalid-field"_s << u"customer_name"_s;
}

void TestBankErrors::malformedOffer()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, field);

    BankFixture bank(at(monday));
    for (const QString &path : {u"/v1/quotes"_s, u"/v1/requests"_s}) {
        const HttpAnswer answer = bank.http().post(path, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error(), error);
        QCOMPARE(answer.text("field"), field);
        QVERIFY(!answer.text("message").isEmpty());
    }
}

void TestBankErrors::malformedSignature_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArrayLiteral("accept") << u"malformed-json"_s;
    QTest::newRow("no decision") << QByteArrayLiteral("{}") << u"missing-field"_s;
    QTest::newRow("unknown decision")
        << QByteArrayLiteral("{\"decision\": \"maybe\"}") << u"invalid-field"_s;
    QTest::newRow("decision as a boolean")
        << QByteArrayLiteral("{\"decision\": true}") << u"invalid-field"_s;
}

void TestBankErrors::malformedSignature()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    BankFixture bank(at(monday));
    const QString id = bank.request(offer(u"inv-1"_s, u"12100.00"_s, monday)).text("id");
    const HttpAnswer answer = bank.http().post(u"/v1/requests/%1/signature"_s.arg(id), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), error);
    QCOMPARE(bank.show(id).text("state"), u"awaiting-signature"_s);
}

void TestBankErrors::unknownRequest_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");

    QTest::newRow("show") << QByteArrayLiteral("GET") << u"/v1/requests/R-999999"_s;
    QTest::newRow("sign") << QByteArrayLiteral("POST") << u"/v1/requests/R-999999/signature"_s;
    QTest::newRow("customer pays")
        << QByteArrayLiteral("POST") << u"/v1/requests/R-999999/customer-payment"_s;
    QTest::newRow("statement") << QByteArrayLiteral("GET") << u"/v1/requests/R-999999/statement"_s;
}

void TestBankErrors::unknownRequest()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);

    BankFixture bank(at(monday));
    const HttpAnswer answer =
        bank.http().send(verb, path, QByteArrayLiteral("{\"decision\": \"accept\"}"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.error(), u"unknown-request"_s);
    QCOMPARE(answer.text("message"), u"There is no request R-999999."_s);
}

void TestBankErrors::unknownPathAndMethod()
{
    BankFixture bank(at(monday));
    const HttpAnswer unknown = bank.http().get(u"/v1/invoices"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.error(), u"not-found"_s);

    const HttpAnswer tooDeep = bank.http().get(u"/v1/requests/R-000001/signature/extra"_s);
    QCOMPARE(tooDeep.status, 404);
    QCOMPARE(tooDeep.error(), u"not-found"_s);

    const HttpAnswer wrongMethod = bank.http().send(QByteArrayLiteral("DELETE"), u"/v1/requests"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.error(), u"method-not-allowed"_s);
    QCOMPARE(wrongMethod.allow, QByteArrayLiteral("GET, POST"));

    const HttpAnswer getQuote = bank.http().get(u"/v1/quotes"_s);
    QCOMPARE(getQuote.status, 405);
    QCOMPARE(getQuote.allow, QByteArrayLiteral("POST"));
}

void TestBankErrors::statementPeriodErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");

    QTest::newRow("no such month") << u"from=2026-13-01"_s << u"from"_s;
    QTest::newRow("Belgian date format") << u"to=31/03/2026"_s << u"to"_s;
    QTest::newRow("ends before it starts") << u"from=2026-03-02&to=2026-03-01"_s << u"to"_s;
}

void TestBankErrors::statementPeriodErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, field);

    BankFixture bank(at(monday));
    const HttpAnswer answer = bank.http().get(u"/v1/statements?"_s + query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), u"invalid-field"_s);
    QCOMPARE(answer.text("field"), field);
}

void TestBankErrors::simulationDisabled()
{
    BankFixture bank(at(monday));
    const HttpAnswer answer =
        bank.http().post(u"/v1/simulation/clock"_s, QByteArrayLiteral("{\"advance_days\": 1}"));
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.error(), u"simulation-disabled"_s);
    QCOMPARE(bank.clock().now(), at(monday));
}

void TestBankErrors::simulationClock()
{
    BankFixture bank(at(monday), true);
    const auto move = [&bank](const QByteArray &body) {
        return bank.http().post(u"/v1/simulation/clock"_s, body);
    };
    QCOMPARE(bank.http().get(u"/v1/clock"_s).json.value(u"simulation"_s).toBool(), true);

    HttpAnswer answer = move(QByteArrayLiteral("{\"advance_seconds\": 359}"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(bank.clock().now(), at(monday, 10, 5, 59));
    QCOMPARE(parseTime(answer.json.value(u"now"_s)), at(monday, 10, 5, 59));

    answer = move(QByteArrayLiteral("{\"advance_days\": 4}"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.text("today"), u"2026-03-06"_s);

    answer = move(QByteArrayLiteral("{\"next_banking_day\": true}"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(bank.clock().now(), at(QDate(2026, 3, 9), 9));

    const QByteArray to =
        "{\"now\": \"" + at(QDate(2026, 4, 2), 16).toUTC().toString(Qt::ISODate).toLatin1() + "\"}";
    answer = move(to);
    QCOMPARE(answer.status, 200);
    QCOMPARE(bank.clock().now(), at(QDate(2026, 4, 2), 16));

    answer = move(QByteArrayLiteral("{\"advance_seconds\": -1}"));
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.error(), u"clock-backwards"_s);
    answer = move(QByteArrayLiteral("{\"now\": \"2026-03-02T10:00:00Z\"}"));
    QCOMPARE(answer.status, 409);
    QCOMPARE(bank.clock().now(), at(QDate(2026, 4, 2), 16));

    answer = move(QByteArrayLiteral("{}"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), u"missing-field"_s);
    answer = move(QByteArrayLiteral("{\"advance_days\": 1, \"advance_seconds\": 1}"));
    QCOMPARE(answer.status, 400);
    answer = move(QByteArrayLiteral("{\"advance_days\": \"one\"}"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), u"invalid-field"_s);
    answer = move(QByteArrayLiteral("{\"now\": \"tomorrow\"}"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), u"invalid-field"_s);
}

QTEST_GUILESS_MAIN(TestBankErrors)
#include "tst_bankerrors.moc"
