#include "bankpolicy.h"
#include "vatnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The bank's own judgement: the simulated rating, the acceptance rule and the fee.
class TestBankPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedNumbersAreValidBelgianNumbers();
    void rating_data();
    void rating();
    void accepts_data();
    void accepts();
    void feeBasisPoints_data();
    void feeBasisPoints();
};

void TestBankPolicy::refusedNumbersAreValidBelgianNumbers()
{
    const QStringList refused = BankPolicy::refusedCustomerNumbers();
    QVERIFY(refused.size() >= 2);
    for (const QString &number : refused) {
        QCOMPARE(VatNumber::normalizedBelgian(number), number);
        QCOMPARE(BankPolicy::rating(number), BankPolicy::refusedRating);
    }
}

void TestBankPolicy::rating_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("rating");

    QTest::newRow("base 2000000, mod 4 = 0") << u"BE0200000043"_s << 1;
    QTest::newRow("base 2000001, mod 4 = 1") << u"BE0200000142"_s << 2;
    QTest::newRow("base 2000002, mod 4 = 2") << u"BE0200000241"_s << 3;
    QTest::newRow("base 2000003, mod 4 = 3") << u"BE0200000340"_s << 4;
    QTest::newRow("the documented example") << u"BE0477472701"_s << 4;
    QTest::newRow("a leading 1") << u"BE1633758429"_s << 1;
    QTest::newRow("refused list") << u"BE0880880853"_s << 5;
    QTest::newRow("refused list, third") << u"BE1010101085"_s << 5;
    QTest::newRow("not canonical") << u"0477472701"_s << 5;
    QTest::newRow("empty") << QString() << 5;
}

void TestBankPolicy::rating()
{
    QFETCH(QString, number);
    QFETCH(int, rating);

    QCOMPARE(BankPolicy::rating(number), rating);
}

void TestBankPolicy::accepts_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("termDays");
    QTest::addColumn<int>("ageWorkingDays");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("rating 1, longest term, oldest") << 1 << 120 << 15 << true;
    QTest::newRow("rating 3, longest term, oldest") << 3 << 120 << 15 << true;
    QTest::newRow("rating 4, 90 days, 10 days old") << 4 << 90 << 10 << true;
    QTest::newRow("rating 4, 91 days") << 4 << 91 << 0 << false;
    QTest::newRow("rating 4, 11 days old") << 4 << 30 << 11 << false;
    QTest::newRow("rating 5, shortest term, fresh") << 5 << 15 << 0 << false;
}

void TestBankPolicy::accepts()
{
    QFETCH(int, rating);
    QFETCH(int, termDays);
    QFETCH(int, ageWorkingDays);
    QFETCH(bool, accepted);

    QCOMPARE(BankPolicy::accepts(rating, termDays, ageWorkingDays), accepted);
}

void TestBankPolicy::feeBasisPoints_data()
{
    QTest::addColumn<int>("termDays");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("ageWorkingDays");
    QTest::addColumn<int>("basisPoints");

    QTest::newRow("30 days, rating 1, fresh") << 30 << 1 << 0 << 90;
    QTest::newRow("5 working days old: no surcharge") << 30 << 1 << 5 << 90;
    QTest::newRow("6 working days old: 10 bp") << 30 << 1 << 6 << 100;
    QTest::newRow("10 working days old: 10 bp") << 30 << 1 << 10 << 100;
    QTest::newRow("11 working days old: 20 bp") << 30 << 1 << 11 << 110;
    QTest::newRow("15 working days old: 20 bp") << 30 << 1 << 15 << 110;
    QTest::newRow("120 days, rating 4, 15 days old") << 120 << 4 << 15 << 275;
    QTest::newRow("15 days, rating 2, fresh") << 15 << 2 << 0 << 100;
}

void TestBankPolicy::feeBasisPoints()
{
    QFETCH(int, termDays);
    QFETCH(int, rating);
    QFETCH(int, ageWorkingDays);
    QFETCH(int, basisPoints);

    QCOMPARE(BankPolicy::feeBasisPoints(termDays, rating, ageWorkingDays), basisPoints);
}

QTEST_GUILESS_MAIN(TestBankPolicy)
#include "tst_bankpolicy.moc"
