#include "bankfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BankTestData;

namespace {

// Monday 2 March 2026: an ordinary banking day.
const QDate monday(2026, 3, 2);

QJsonObject invoiceOf(const QString &id, const QString &amount = u"12100.00"_s)
{
    return offer(id, amount, monday);
}

} // namespace

// A financing request through its life at the simulated bank, over real HTTP: the signing
// window, the payout on the next banking day, the customer's payment, idempotent repeats and
// the EUR 100,000 limit. The bank's clock is moved, never waited for.
class TestBankRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void financedAndSettled();
    void declined();
    void lapsed();
    void signingWindow_data();
    void signingWindow();
    void payoutDate_data();
    void payoutDate();
    void repeatedRequest();
    void repeatedSignature();
    void customerPaysOnlyFinanced();
    void requestList();
    void limit_data();
    void limit();
    void limitTogether();
};

void TestBankRequests::financedAndSettled()
{
    BankFixture bank(at(monday));
    const HttpAnswer requested = bank.request(invoiceOf(u"inv-1"_s));
    QCOMPARE(requested.status, 201);
    const QString id = requested.text("id");
    QCOMPARE(id, u"R-000001"_s);
    QCOMPARE(requested.location, QByteArrayLiteral("/v1/requests/R-000001"));
    QCOMPARE(requested.text("state"), u"awaiting-signature"_s);
    QCOMPARE(requested.text("customer_number"), customerRated(1));
    QCOMPARE(requested.text("cost"), u"108.90"_s);
    QCOMPARE(requested.text("payout"), u"11991.10"_s);
    QCOMPARE(parseTime(requested.json.value(u"requested_at"_s)), at(monday));
    QCOMPARE(parseTime(requested.json.value(u"signing_deadline"_s)), at(monday, 10, 6));
    QCOMPARE(requested.json.value(u"seconds_to_sign"_s).toInt(), 360);
    QCOMPARE(requested.json.value(u"payout_date"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(bank.limit().text("reserved"), u"12100.00"_s);
    QCOMPARE(bank.limit().text("available"), u"87900.00"_s);

    bank.clock().advanceSeconds(100);
    QCOMPARE(bank.show(id).json.value(u"seconds_to_sign"_s).toInt(), 260);
    const HttpAnswer signedAnswer = bank.sign(id, u"accept"_s);
    QCOMPARE(signedAnswer.status, 200);
    QCOMPARE(signedAnswer.text("state"), u"payout-pending"_s);
    QCOMPARE(parseTime(signedAnswer.json.value(u"signed_at"_s)), at(monday, 10, 1, 40));
    QCOMPARE(signedAnswer.text("payout_date"), u"2026-03-03"_s);
    QCOMPARE(signedAnswer.json.value(u"seconds_to_sign"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(bank.limit().text("reserved"), u"12100.00"_s);
    QCOMPARE(bank.limit().text("used"), u"0.00"_s);

    bank.clock().setNow(at(monday, 23, 59, 59));
    QCOMPARE(bank.show(id).text("state"), u"payout-pending"_s);
    bank.clock().setNow(at(QDate(2026, 3, 3), 0));
    QCOMPARE(bank.show(id).text("state"), u"financed"_s);
    HttpAnswer limit = bank.limit();
    QCOMPARE(limit.text("used"), u"12100.00"_s);
    QCOMPARE(limit.text("reserved"), u"0.00"_s);
    QCOMPARE(limit.text("available"), u"87900.00"_s);

    bank.clock().setNow(at(QDate(2026, 4, 3), 14));
    const HttpAnswer paid = bank.customerPays(id);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.text("state"), u"settled"_s);
    QCOMPARE(parseTime(paid.json.value(u"settled_at"_s)), at(QDate(2026, 4, 3), 14));
    limit = bank.limit();
    QCOMPARE(limit.text("total"), u"100000.00"_s);
    QCOMPARE(limit.text("used"), u"0.00"_s);
    QCOMPARE(limit.text("available"), u"100000.00"_s);
}

void TestBankRequests::declined()
{
    BankFixture bank(at(monday));
    const QString id = bank.request(invoiceOf(u"inv-1"_s)).text("id");
    bank.clock().advanceSeconds(30);
    const HttpAnswer declinedAnswer = bank.sign(id, u"decline"_s);
    QCOMPARE(declinedAnswer.status, 200);
    QCOMPARE(declinedAnswer.text("state"), u"declined"_s);
    QCOMPARE(parseTime(declinedAnswer.json.value(u"declined_at"_s)), at(monday, 10, 0, 30));
    QCOMPARE(bank.limit().text("reserved"), u"0.00"_s);

    QCOMPARE(bank.sign(id, u"decline"_s).status, 200);
    const HttpAnswer accepted = bank.sign(id, u"accept"_s);
    QCOMPARE(accepted.status, 409);
    QCOMPARE(accepted.error(), u"invalid-state"_s);

    const HttpAnswer again = bank.request(invoiceOf(u"inv-1"_s));
    QCOMPARE(again.status, 201);
    QCOMPARE(again.text("id"), u"R-000002"_s);
}

void TestBankRequests::lapsed()
{
    BankFixture bank(at(monday));
    const QString id = bank.request(invoiceOf(u"inv-1"_s)).text("id");
    bank.clock().advanceSeconds(6 * 60);
    const HttpAnswer shown = bank.show(id);
    QCOMPARE(shown.text("state"), u"lapsed"_s);
    QCOMPARE(parseTime(shown.json.value(u"lapsed_at"_s)), at(monday, 10, 6));
    QCOMPARE(bank.limit().text("reserved"), u"0.00"_s);

    const HttpAnswer signedAnswer = bank.sign(id, u"accept"_s);
    QCOMPARE(signedAnswer.status, 410);
    QCOMPARE(signedAnswer.error(), u"lapsed"_s);
    QCOMPARE(bank.sign(id, u"decline"_s).status, 410);

    const HttpAnswer again = bank.request(invoiceOf(u"inv-1"_s));
    QCOMPARE(again.status, 201);
    QVERIFY(again.text("id") != id);
    QCOMPARE(parseTime(again.json.value(u"signing_deadline"_s)), at(monday, 10, 12));
}

void TestBankRequests::signingWindow_data()
{
    QTest::addColumn<qint64>("afterMilliseconds");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("state");

    QTest::newRow("at once") << qint64(0) << 200 << u"payout-pending"_s;
    QTest::newRow("5:00") << qint64(300'000) << 200 << u"payout-pending"_s;
    QTest::newRow("5:59") << qint64(359'000) << 200 << u"payout-pending"_s;
    QTest::newRow("5:59.999") << qint64(359'999) << 200 << u"payout-pending"_s;
    QTest::newRow("6:00") << qint64(360'000) << 410 << u"lapsed"_s;
    QTest::newRow("6:01") << qint64(361'000) << 410 << u"lapsed"_s;
    QTest::newRow("a day later") << qint64(86'400'000) << 410 << u"lapsed"_s;
}

void TestBankRequests::signingWindow()
{
    QFETCH(qint64, afterMilliseconds);
    QFETCH(int, status);
    QFETCH(QString, state);

    BankFixture bank(at(monday));
    const QString id = bank.request(invoiceOf(u"inv-1"_s)).text("id");
    bank.clock().setNow(at(monday).addMSecs(afterMilliseconds));
    QCOMPARE(bank.sign(id, u"accept"_s).status, status);
    QCOMPARE(bank.show(id).text("state"), state);
}

void TestBankRequests::payoutDate_data()
{
    QTest::addColumn<QDateTime>("signedAt");
    QTest::addColumn<QDate>("payoutDate");

    QTest::newRow("Monday -> Tuesday") << at(monday) << QDate(2026, 3, 3);
    QTest::newRow("Monday, late evening -> Tuesday") << at(monday, 23, 50) << QDate(2026, 3, 3);
    QTest::newRow("Friday -> Monday") << at(QDate(2026, 3, 6)) << QDate(2026, 3, 9);
    QTest::newRow("Saturday -> Monday") << at(QDate(2026, 3, 7)) << QDate(2026, 3, 9);
    QTest::newRow("Thursday before Good Friday and Easter Monday -> Tuesday")
        << at(QDate(2026, 4, 2)) << QDate(2026, 4, 7);
    QTest::newRow("Good Friday -> Tuesday") << at(QDate(2026, 4, 3)) << QDate(2026, 4, 7);
    QTest::newRow("Easter Monday -> Tuesday") << at(QDate(2026, 4, 6)) << QDate(2026, 4, 7);
    QTest::newRow("Wednesday 24 December 2025 -> Monday 29")
        << at(QDate(2025, 12, 24)) << QDate(2025, 12, 29);
    QTest::newRow("Tuesday 24 December 2024 -> Friday 27")
        << at(QDate(2024, 12, 24)) << QDate(2024, 12, 27);
    QTest::newRow("Friday 24 December 2027 -> Monday 27")
        << at(QDate(2027, 12, 24)) << QDate(2027, 12, 27);
    QTest::newRow("Wednesday 31 December 2025 -> Friday 2 January")
        << at(QDate(2025, 12, 31)) << QDate(2026, 1, 2);
    QTest::newRow("Wednesday before Ascension -> Friday")
        << at(QDate(2026, 5, 13)) << QDate(2026, 5, 15);
    QTest::newRow("Friday before Whit Monday -> Tuesday")
        << at(QDate(2026, 5, 22)) << QDate(2026, 5, 26);
    QTest::newRow("Monday before 21 July -> Wednesday")
        << at(QDate(2026, 7, 20)) << QDate(2026, 7, 22);
}

void TestBankRequests::payoutDate()
{
    QFETCH(QDateTime, signedAt);
    QFETCH(QDate, payoutDate);

    BankFixture bank(signedAt);
    const QString id = bank.request(offer(u"inv-1"_s, u"12100.00"_s, signedAt.date())).text("id");
    const HttpAnswer signedAnswer = bank.sign(id, u"accept"_s);
    QCOMPARE(signedAnswer.status, 200);
    QCOMPARE(signedAnswer.text("payout_date"), payoutDate.toString(Qt::ISODate));

    bank.clock().setNow(at(payoutDate.addDays(-1), 23, 59, 59));
    QCOMPARE(bank.show(id).text("state"), u"payout-pending"_s);
    bank.clock().setNow(at(payoutDate, 0));
    QCOMPARE(bank.show(id).text("state"), u"financed"_s);
}

void TestBankRequests::repeatedRequest()
{
    BankFixture bank(at(monday));
    const HttpAnswer first = bank.request(invoiceOf(u"inv-1"_s));
    QCOMPARE(first.status, 201);

    // Two minutes later, with the customer's number spelt differently: the same request.
    bank.clock().advanceSeconds(120);
    QJsonObject respelt = invoiceOf(u"inv-1"_s);
    respelt.insert(u"customer_number"_s, u"0200.000.043"_s);
    const HttpAnswer repeated = bank.request(respelt);
    QCOMPARE(repeated.status, 200);
    QCOMPARE(repeated.text("id"), first.text("id"));
    QCOMPARE(repeated.text("signing_deadline"), first.text("signing_deadline"));
    QCOMPARE(repeated.json.value(u"seconds_to_sign"_s).toInt(), 240);
    QCOMPARE(repeated.location, first.location);
    QCOMPARE(bank.limit().text("reserved"), u"12100.00"_s);

    const HttpAnswer otherAmount = bank.request(invoiceOf(u"inv-1"_s, u"12000.00"_s));
    QCOMPARE(otherAmount.status, 409);
    QCOMPARE(otherAmount.error(), u"already-requested"_s);
    QJsonObject sameInvoiceOtherId = invoiceOf(u"inv-1"_s);
    sameInvoiceOtherId.insert(u"invoice_id"_s, u"inv-copy"_s);
    QCOMPARE(bank.request(sameInvoiceOtherId).error(), u"already-requested"_s);

    // Done is done: still the same request once financed, even when it has grown too old.
    QCOMPARE(bank.sign(first.text("id"), u"accept"_s).status, 200);
    bank.clock().setNow(at(QDate(2026, 4, 1)));
    const HttpAnswer whenFinanced = bank.request(invoiceOf(u"inv-1"_s));
    QCOMPARE(whenFinanced.status, 200);
    QCOMPARE(whenFinanced.text("id"), first.text("id"));
    QCOMPARE(whenFinanced.text("state"), u"financed"_s);
    QCOMPARE(bank.http().get(u"/v1/requests"_s).json.value(u"requests"_s).toArray().size(), 1);
}

void TestBankRequests::repeatedSignature()
{
    BankFixture bank(at(monday));
    const QString id = bank.request(invoiceOf(u"inv-1"_s)).text("id");
    const HttpAnswer first = bank.sign(id, u"accept"_s);
    QCOMPARE(first.status, 200);
    bank.clock().advanceSeconds(10);
    const HttpAnswer again = bank.sign(id, u"accept"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.text("signed_at"), first.text("signed_at"));
    const HttpAnswer decline = bank.sign(id, u"decline"_s);
    QCOMPARE(decline.status, 409);
    QCOMPARE(decline.error(), u"invalid-state"_s);
}

void TestBankRequests::customerPaysOnlyFinanced()
{
    BankFixture bank(at(monday));
    const QString id = bank.request(invoiceOf(u"inv-1"_s)).text("id");
    HttpAnswer paid = bank.customerPays(id);
    QCOMPARE(paid.status, 409);
    QCOMPARE(paid.error(), u"invalid-state"_s);
    QCOMPARE(bank.sign(id, u"accept"_s).status, 200);
    paid = bank.customerPays(id);
    QCOMPARE(paid.status, 409);
    QCOMPARE(bank.show(id).text("state"), u"payout-pending"_s);

    bank.clock().setNow(at(QDate(2026, 3, 3), 9));
    paid = bank.customerPays(id);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.text("state"), u"settled"_s);
    bank.clock().advanceDays(1);
    const HttpAnswer again = bank.customerPays(id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.text("settled_at"), paid.text("settled_at"));
}

void TestBankRequests::requestList()
{
    BankFixture bank(at(monday));
    QCOMPARE(bank.request(invoiceOf(u"inv-1"_s)).status, 201);
    bank.clock().advanceSeconds(360);
    QCOMPARE(bank.request(invoiceOf(u"inv-1"_s)).status, 201);
    QCOMPARE(bank.request(invoiceOf(u"inv 2/b"_s)).status, 201);

    const QJsonArray all = bank.http().get(u"/v1/requests"_s).json.value(u"requests"_s).toArray();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).toObject().value(u"state"_s).toString(), u"lapsed"_s);
    QCOMPARE(all.at(1).toObject().value(u"state"_s).toString(), u"awaiting-signature"_s);

    const QJsonArray first =
        bank.http().get(u"/v1/requests?invoice_id=inv-1"_s).json.value(u"requests"_s).toArray();
    QCOMPARE(first.size(), 2);
    const QJsonArray second = bank.http()
                                  .get(u"/v1/requests?invoice_id=inv%202%2Fb"_s)
                                  .json.value(u"requests"_s)
                                  .toArray();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).toObject().value(u"invoice_id"_s).toString(), u"inv 2/b"_s);
}

void TestBankRequests::limit_data()
{
    QTest::addColumn<QStringList>("amounts"); // requested in this order
    QTest::addColumn<int>("lastStatus");
    QTest::addColumn<QString>("available"); // after the last request

    QTest::newRow("exactly 100,000.00")
        << QStringList {u"25000.00"_s, u"25000.00"_s, u"25000.00"_s, u"25000.00"_s} << 201
        << u"0.00"_s;
    QTest::newRow("one cent over")
        << QStringList {u"25000.00"_s, u"25000.00"_s, u"22500.01"_s, u"2500.00"_s, u"25000.00"_s}
        << 409 << u"24999.99"_s;
    QTest::newRow("full, then the smallest invoice")
        << QStringList {u"25000.00"_s, u"25000.00"_s, u"25000.00"_s, u"25000.00"_s, u"2500.00"_s}
        << 409 << u"0.00"_s;
}

void TestBankRequests::limit()
{
    QFETCH(QStringList, amounts);
    QFETCH(int, lastStatus);
    QFETCH(QString, available);

    BankFixture bank(at(monday));
    HttpAnswer last;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        last = bank.request(invoiceOf(u"inv-%1"_s.arg(i + 1), amounts.at(i)));
        if (i + 1 < amounts.size())
            QCOMPARE(last.status, 201);
    }
    QCOMPARE(last.status, lastStatus);
    if (lastStatus == 409)
        QCOMPARE(last.error(), u"limit-exceeded"_s);
    QCOMPARE(bank.limit().text("available"), available);
}

void TestBankRequests::limitTogether()
{
    BankFixture bank(at(monday));
    // 60,000.00 financed.
    const QString financed = bank.finance(invoiceOf(u"inv-1"_s, u"25000.00"_s));
    QVERIFY(!financed.isEmpty());
    QVERIFY(!bank.finance(invoiceOf(u"inv-2"_s, u"25000.00"_s)).isEmpty());
    QVERIFY(!bank.finance(invoiceOf(u"inv-3"_s, u"10000.00"_s)).isEmpty());

    // Each fits on its own; together they would not: the second is refused.
    const HttpAnswer first = bank.request(invoiceOf(u"inv-4"_s, u"20000.00"_s));
    QCOMPARE(first.status, 201);
    const HttpAnswer second = bank.request(invoiceOf(u"inv-5"_s, u"25000.00"_s));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.error(), u"limit-exceeded"_s);
    HttpAnswer limit = bank.limit();
    QCOMPARE(limit.text("used"), u"60000.00"_s);
    QCOMPARE(limit.text("reserved"), u"20000.00"_s);
    QCOMPARE(limit.text("available"), u"20000.00"_s);

    // A declined request frees its reservation.
    QCOMPARE(bank.sign(first.text("id"), u"decline"_s).status, 200);
    QCOMPARE(bank.request(invoiceOf(u"inv-5"_s, u"25000.00"_s)).status, 201);
    QCOMPARE(bank.request(invoiceOf(u"inv-6"_s, u"20000.00"_s)).status, 409);

    // The customer's payment frees the limit again (revolving).
    QCOMPARE(bank.customerPays(financed).status, 200);
    QCOMPARE(bank.request(invoiceOf(u"inv-6"_s, u"20000.00"_s)).status, 201);
    limit = bank.limit();
    QCOMPARE(limit.text("used"), u"35000.00"_s);
    QCOMPARE(limit.text("reserved"), u"45000.00"_s);
    QCOMPARE(limit.text("available"), u"20000.00"_s);
}

QTEST_GUILESS_MAIN(TestBankRequests)
#include "tst_bankrequests.moc"
