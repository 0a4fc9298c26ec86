#include "pricing.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The published fee formula and its rounding, which the estimate and the simulated bank use.
class TestPricing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feeBasisPoints_data();
    void feeBasisPoints();
    void quote_data();
    void quote();
    void estimate_data();
    void estimate();
};

void TestPricing::feeBasisPoints_data()
{
    QTest::addColumn<int>("termDays");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("basisPoints");

    QTest::newRow("30 days, best customer") << 30 << 1 << 90;
    QTest::newRow("30 days, middle rating") << 30 << 3 << 140;
    QTest::newRow("shortest term, best customer") << 15 << 1 << 75;
    QTest::newRow("longest term, worst customer") << 120 << 5 << 280;
    QTest::newRow("rating below 1 counts as 1") << 30 << 0 << 90;
    QTest::newRow("rating above 5 counts as 5") << 30 << 9 << 190;
    QTest::newRow("no term") << 0 << 1 << 60;
    QTest::newRow("negative term counts as none") << -10 << 1 << 60;
}

void TestPricing::feeBasisPoints()
{
    QFETCH(int, termDays);
    QFETCH(int, rating);
    QFETCH(int, basisPoints);

    QCOMPARE(Pricing::feeBasisPoints(termDays, rating), basisPoints);
}

void TestPricing::quote_data()
{
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("costCents");

    QTest::newRow("0.90 % of 10,000.00") << qint64(1000000) << 90 << qint64(9000);
    QTest::newRow("1.40 % of 123.45, up") << qint64(12345) << 140 << qint64(173);
    QTest::newRow("0.90 % of 2,500.50, down") << qint64(250050) << 90 << qint64(2250);
    QTest::newRow("half a cent rounds away from zero") << qint64(5) << 1000 << qint64(1);
    QTest::newRow("negative half a cent") << qint64(-5) << 1000 << qint64(-1);
    QTest::newRow("just below half a cent") << qint64(4999) << 1 << qint64(0);
    QTest::newRow("no fee") << qint64(250000) << 0 << qint64(0);
    QTest::newRow("maximum amount, highest fee") << qint64(2500000) << 280 << qint64(70000);
}

void TestPricing::quote()
{
    QFETCH(qint64, totalCents);
    QFETCH(int, basisPoints);
    QFETCH(qint64, costCents);

    for (const QString &currency : {Money::euro(), u"USD"_s}) {
        const Money total = Money::fromCents(totalCents, currency);
        const Quote quote = Pricing::quote(total, basisPoints);
        QCOMPARE(quote.cost, Money::fromCents(costCents, currency));
        QCOMPARE(quote.payout + quote.cost, total);
        QCOMPARE(quote.feeBasisPoints, basisPoints);
        QVERIFY(!quote.isEstimate);
    }
}

void TestPricing::estimate_data()
{
    QTest::addColumn<int>("termDays"); // -1: no due date
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("cost");

    QTest::newRow("30 days") << 30 << 140 << u"140.00"_s;
    QTest::newRow("120 days") << 120 << 230 << u"230.00"_s;
    QTest::newRow("no due date") << -1 << 110 << u"110.00"_s;
}

void TestPricing::estimate()
{
    QFETCH(int, termDays);
    QFETCH(int, basisPoints);
    QFETCH(QString, cost);

    Invoice invoice;
    invoice.issueDate = QDate(2026, 3, 10);
    if (termDays >= 0)
        invoice.dueDate = invoice.issueDate.addDays(termDays);
    invoice.total = Money::fromCents(1'000'000);

    const Quote quote = Pricing::estimate(invoice);
    QCOMPARE(quote.feeBasisPoints, basisPoints);
    QCOMPARE(quote.cost.toDecimalString(), cost);
    QCOMPARE(quote.payout + quote.cost, invoice.total);
    QVERIFY(quote.isEstimate);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
