#include "money.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Money as a value type: reading C-locale decimals with the product's one rounding rule
// (half away from zero), writing them back, arithmetic and ordering.
class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDecimalString_data();
    void fromDecimalString();
    void fromDecimalStringRefuses_data();
    void fromDecimalStringRefuses();
    void fromDecimalStringKeepsTheCurrency();
    void toDecimalString_data();
    void toDecimalString();
    void decimalStringRoundTrips();
    void arithmetic_data();
    void arithmetic();
    void ordering_data();
    void ordering();
    void equalityIncludesTheCurrency();
    void defaultIsZeroEuro();
    void signPredicates_data();
    void signPredicates();
};

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("integer") << u"2500"_s << qint64(250000);
    QTest::newRow("negative integer") << u"-42"_s << qint64(-4200);
    QTest::newRow("one decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("two decimals") << u"-217.80"_s << qint64(-21780);
    QTest::newRow("three decimals, down") << u"2.344"_s << qint64(234);
    QTest::newRow("half rounds away from zero") << u"2.345"_s << qint64(235);
    QTest::newRow("negative half rounds away from zero") << u"-2.345"_s << qint64(-235);
    QTest::newRow("just below half") << u"2.344999"_s << qint64(234);
    QTest::newRow("negative just below half") << u"-2.344999"_s << qint64(-234);
    QTest::newRow("half a cent") << u"0.005"_s << qint64(1);
    QTest::newRow("negative half a cent") << u"-0.005"_s << qint64(-1);
    QTest::newRow("just below half a cent") << u"0.004999"_s << qint64(0);
    QTest::newRow("above half") << u"1.9951"_s << qint64(200);
    QTest::newRow("carry into the euros") << u"9.995"_s << qint64(1000);
    QTest::newRow("negative carry into the euros") << u"-99.995"_s << qint64(-10000);
    QTest::newRow("2,499.995 rounds to the minimum") << u"2499.995"_s << qint64(250000);
    QTest::newRow("plus sign") << u"+3"_s << qint64(300);
    QTest::newRow("leading point") << u".5"_s << qint64(50);
    QTest::newRow("negative leading point") << u"-.5"_s << qint64(-50);
    QTest::newRow("trailing point") << u"5."_s << qint64(500);
    QTest::newRow("leading zeros") << u"007.10"_s << qint64(710);
    QTest::newRow("surrounding white space") << u"  12.34\t\n"_s << qint64(1234);
    QTest::newRow("negative zero") << u"-0.00"_s << qint64(0);
    QTest::newRow("negative rounds to zero") << u"-0.004"_s << qint64(0);
    QTest::newRow("many decimals") << (u"1."_s + QString(200, u'9')) << qint64(200);
    QTest::newRow("many leading zeros") << (QString(60, u'0') + u"1.25"_s) << qint64(125);
    QTest::newRow("maximum") << u"1000000000000000"_s << Money::maximumCents;
    QTest::newRow("maximum with decimals") << u"1000000000000000.00"_s << Money::maximumCents;
    QTest::newRow("negative maximum") << u"-1000000000000000.00"_s << -Money::maximumCents;
    QTest::newRow("one cent below the maximum")
        << u"999999999999999.99"_s << Money::maximumCents - 1;
    QTest::newRow("rounds up to the maximum") << u"999999999999999.995"_s << Money::maximumCents;
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const std::optional<Money> money = Money::fromDecimalString(text, Money::euro());
    QVERIFY(money.has_value());
    QCOMPARE(money->cents(), cents);
    QCOMPARE(money->currency(), Money::euro());
}

void TestMoney::fromDecimalStringRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("white space only") << u"   "_s;
    QTest::newRow("minus only") << u"-"_s;
    QTest::newRow("plus only") << u"+"_s;
    QTest::newRow("point only") << u"."_s;
    QTest::newRow("sign and point") << u"-."_s;
    QTest::newRow("two signs") << u"+-3"_s;
    QTest::newRow("double minus") << u"--3"_s;
    QTest::newRow("sign after the number") << u"5-"_s;
    QTest::newRow("space after the sign") << u"- 5"_s;
    QTest::newRow("space inside") << u"12 .5"_s;
    QTest::newRow("decimal comma") << u"2,50"_s;
    QTest::newRow("comma thousands separator") << u"2,500.00"_s;
    QTest::newRow("point thousands, comma decimals") << u"2.500,00"_s;
    QTest::newRow("space thousands separator") << u"2 500"_s;
    QTest::newRow("narrow no-break thousands separator") << (u"2"_s + QChar(0x202F) + u"500"_s);
    QTest::newRow("apostrophe thousands separator") << u"2'500"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("upper-case exponent") << u"1E3"_s;
    QTest::newRow("exponent after decimals") << u"2.5e2"_s;
    QTest::newRow("hexadecimal") << u"0x10"_s;
    QTest::newRow("infinity") << u"inf"_s;
    QTest::newRow("not a number") << u"nan"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("euro sign") << (QChar(0x20AC) + u"5"_s);
    QTest::newRow("currency code") << u"5 EUR"_s;
    QTest::newRow("Arabic-Indic digits") << (QString(QChar(0x0663)) + QChar(0x0665));
    QTest::newRow("full-width digits") << (QString(QChar(0xFF11)) + QChar(0xFF12));
    QTest::newRow("Devanagari decimals") << (u"1."_s + QChar(0x0966) + QChar(0x096B));
    QTest::newRow("superscript digit") << (u"2"_s + QChar(0x00B2));
    QTest::newRow("one cent above the maximum") << u"1000000000000000.01"_s;
    QTest::newRow("rounds above the maximum") << u"1000000000000000.005"_s;
    QTest::newRow("negative above the maximum") << u"-1000000000000000.01"_s;
    QTest::newRow("beyond qint64") << u"99999999999999999999999999"_s;
    QTest::newRow("beyond qint64 with decimals") << (QString(40, u'9') + u".99"_s);
}

void TestMoney::fromDecimalStringRefuses()
{
    QFETCH(QString, text);

    const std::optional<Money> money = Money::fromDecimalString(text, Money::euro());
    if (money)
        QFAIL(qPrintable(u"read as "_s + money->toDecimalString()));
}

void TestMoney::fromDecimalStringKeepsTheCurrency()
{
    const std::optional<Money> dollars = Money::fromDecimalString(u"12.5", u"USD"_s);
    QVERIFY(dollars.has_value());
    QCOMPARE(dollars->cents(), qint64(1250));
    QCOMPARE(dollars->currency(), u"USD"_s);
    QVERIFY(!dollars->isEuro());
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("five cents") << qint64(5) << u"0.05"_s;
    QTest::newRow("minus five cents") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("ninety-nine cents") << qint64(99) << u"0.99"_s;
    QTest::newRow("one euro") << qint64(100) << u"1.00"_s;
    QTest::newRow("minus one euro") << qint64(-100) << u"-1.00"_s;
    QTest::newRow("no thousands separator") << qint64(250000) << u"2500.00"_s;
    QTest::newRow("negative with cents") << qint64(-21780) << u"-217.80"_s;
    QTest::newRow("maximum") << Money::maximumCents << u"1000000000000000.00"_s;
    QTest::newRow("negative maximum") << -Money::maximumCents << u"-1000000000000000.00"_s;
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);

    QCOMPARE(Money::fromCents(cents).toDecimalString(), text);
    QCOMPARE(Money::fromCents(cents, u"USD"_s).toDecimalString(), text);
}

void TestMoney::decimalStringRoundTrips()
{
    // Every cent value in a few ranges, and large ones, survives writing and reading back.
    QList<qint64> values;
    for (qint64 cents = -1000; cents <= 1000; ++cents)
        values.append(cents);
    for (qint64 cents = 1; cents < Money::maximumCents / 7; cents = cents * 7 + 3)
        values << cents << -cents;
    values << Money::maximumCents << -Money::maximumCents;

    for (const qint64 cents : std::as_const(values)) {
        const QString text = Money::fromCents(cents).toDecimalString();
        const std::optional<Money> read = Money::fromDecimalString(text, Money::euro());
        QVERIFY2(read.has_value(), qPrintable(text));
        QCOMPARE(read->cents(), cents);
    }
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");

    QTest::newRow("zeros") << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("positive") << qint64(250000) << qint64(1) << qint64(250001) << qint64(249999);
    QTest::newRow("result crosses zero")
        << qint64(100) << qint64(250) << qint64(350) << qint64(-150);
    QTest::newRow("negative operands")
        << qint64(-500) << qint64(-250) << qint64(-750) << qint64(-250);
    QTest::newRow("limit") << qint64(7500000) << qint64(2500000) << qint64(10000000)
                           << qint64(5000000);
    QTest::newRow("maximum") << Money::maximumCents << -Money::maximumCents << qint64(0)
                             << 2 * Money::maximumCents;
}

void TestMoney::arithmetic()
{
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);

    for (const QString &currency : {Money::euro(), u"USD"_s}) {
        const Money a = Money::fromCents(left, currency);
        const Money b = Money::fromCents(right, currency);
        QCOMPARE(a + b, Money::fromCents(sum, currency));
        QCOMPARE(a - b, Money::fromCents(difference, currency));
        QCOMPARE(-a, Money::fromCents(-left, currency));
        QCOMPARE(-(-a), a);
        QCOMPARE(a - b, a + (-b));

        Money accumulated = a;
        accumulated += b;
        QCOMPARE(accumulated, Money::fromCents(sum, currency));
        QCOMPARE(accumulated.currency(), currency);
    }
}

void TestMoney::ordering_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<int>("order"); // -1: left is less, 0: equal, 1: left is greater

    QTest::newRow("equal") << qint64(250000) << qint64(250000) << 0;
    QTest::newRow("one cent less") << qint64(249999) << qint64(250000) << -1;
    QTest::newRow("one cent more") << qint64(2500001) << qint64(2500000) << 1;
    QTest::newRow("negative below zero") << qint64(-1) << qint64(0) << -1;
    QTest::newRow("negatives") << qint64(-200) << qint64(-100) << -1;
    QTest::newRow("extremes") << Money::maximumCents << -Money::maximumCents << 1;
}

void TestMoney::ordering()
{
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(int, order);

    const Money a = Money::fromCents(left);
    const Money b = Money::fromCents(right);
    QCOMPARE(a < b, order < 0);
    QCOMPARE(a > b, order > 0);
    QCOMPARE(a <= b, order <= 0);
    QCOMPARE(a >= b, order >= 0);
    QCOMPARE(a == b, order == 0);
    QCOMPARE(a != b, order != 0);
    QCOMPARE(std::max(a, b).cents(), std::max(left, right));
}

void TestMoney::equalityIncludesTheCurrency()
{
    const Money euros = Money::fromCents(500);
    const Money dollars = Money::fromCents(500, u"USD"_s);
    QVERIFY(euros != dollars);
    QCOMPARE(euros, Money::fromCents(500, Money::euro()));
    QCOMPARE(euros.currency(), u"EUR"_s);
    QVERIFY(euros.isEuro());
}

void TestMoney::defaultIsZeroEuro()
{
    const Money money;
    QCOMPARE(money.cents(), qint64(0));
    QCOMPARE(money.currency(), Money::euro());
    QVERIFY(money.isZero());
    QCOMPARE(money, Money::fromCents(0));
}

void TestMoney::signPredicates_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("zero");
    QTest::addColumn<bool>("positive");
    QTest::addColumn<bool>("negative");

    QTest::newRow("zero") << qint64(0) << true << false << false;
    QTest::newRow("one cent") << qint64(1) << false << true << false;
    QTest::newRow("minus one cent") << qint64(-1) << false << false << true;
}

void TestMoney::signPredicates()
{
    QFETCH(qint64, cents);
    QFETCH(bool, zero);
    QFETCH(bool, positive);
    QFETCH(bool, negative);

    const Money money = Money::fromCents(cents);
    QCOMPARE(money.isZero(), zero);
    QCOMPARE(money.isPositive(), positive);
    QCOMPARE(money.isNegative(), negative);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
