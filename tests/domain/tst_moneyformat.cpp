#include "moneyformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The characters Belgian formats are made of, spelled out so that a plain space in an
// expected string cannot pass for one of them.
const QChar noBreakSpace(0x00A0); // before € in fr_BE, after € in nl_BE
const QChar narrowNoBreakSpace(0x202F); // the French thousands separator
const QString euroSign(QChar(0x20AC));

// "2 500,00" with the French thousands separator in place of every space.
QString french(QString number)
{
    return number.replace(u' ', narrowNoBreakSpace);
}

} // namespace

// Money and dates for people: always through an explicit QLocale, never the default one.
class TestMoneyFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void format_data();
    void format();
    void formatNumber_data();
    void formatNumber();
    void formatDate_data();
    void formatDate();
};

void TestMoneyFormat::initTestCase()
{
    // A default locale unlike every locale below, so that a format that used it would show.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
}

void TestMoneyFormat::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMoneyFormat::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    const QString eur = Money::euro();

    QTest::newRow("nl_BE minimum")
        << u"nl_BE"_s << qint64(250000) << eur << euroSign + noBreakSpace + u"2.500,00";
    QTest::newRow("fr_BE minimum")
        << u"fr_BE"_s << qint64(250000) << eur << french(u"2 500,00"_s) + noBreakSpace + euroSign;
    QTest::newRow("en_BE minimum")
        << u"en_BE"_s << qint64(250000) << eur << u"2.500,00"_s + noBreakSpace + euroSign;
    QTest::newRow("nl_BE negative")
        << u"nl_BE"_s << qint64(-3000050) << eur << euroSign + noBreakSpace + u"-30.000,50";
    QTest::newRow("fr_BE negative") << u"fr_BE"_s << qint64(-3000050) << eur
                                    << u"-"_s + french(u"30 000,50"_s) + noBreakSpace + euroSign;
    QTest::newRow("en_BE negative")
        << u"en_BE"_s << qint64(-3000050) << eur << u"-30.000,50"_s + noBreakSpace + euroSign;
    QTest::newRow("nl_BE zero") << u"nl_BE"_s << qint64(0) << eur
                                << euroSign + noBreakSpace + u"0,00";
    QTest::newRow("fr_BE zero") << u"fr_BE"_s << qint64(0) << eur
                                << u"0,00"_s + noBreakSpace + euroSign;
    QTest::newRow("nl_BE minus one cent")
        << u"nl_BE"_s << qint64(-1) << eur << euroSign + noBreakSpace + u"-0,01";
    QTest::newRow("fr_BE minus one cent")
        << u"fr_BE"_s << qint64(-1) << eur << u"-0,01"_s + noBreakSpace + euroSign;
    QTest::newRow("nl_BE below a thousand")
        << u"nl_BE"_s << qint64(99999) << eur << euroSign + noBreakSpace + u"999,99";
    QTest::newRow("fr_BE millions") << u"fr_BE"_s << qint64(123456789) << eur
                                    << french(u"1 234 567,89"_s) + noBreakSpace + euroSign;
    QTest::newRow("nl_BE limit") << u"nl_BE"_s << qint64(10000000) << eur
                                 << euroSign + noBreakSpace + u"100.000,00";
    QTest::newRow("nl_BE largest amount") << u"nl_BE"_s << Money::maximumCents - 1 << eur
                                          << euroSign + noBreakSpace + u"999.999.999.999.999,99";
    QTest::newRow("fr_BE maximum")
        << u"fr_BE"_s << Money::maximumCents << eur
        << french(u"1 000 000 000 000 000,00"_s) + noBreakSpace + euroSign;
    QTest::newRow("fr_BE negative maximum")
        << u"fr_BE"_s << -Money::maximumCents << eur
        << u"-"_s + french(u"1 000 000 000 000 000,00"_s) + noBreakSpace + euroSign;
    QTest::newRow("nl_BE dollars")
        << u"nl_BE"_s << qint64(250000) << u"USD"_s << u"USD"_s + noBreakSpace + u"2.500,00";
    QTest::newRow("nl_BE negative dollars")
        << u"nl_BE"_s << qint64(-250000) << u"USD"_s << u"USD"_s + noBreakSpace + u"-2.500,00";
    QTest::newRow("fr_BE pounds") << u"fr_BE"_s << qint64(250000) << u"GBP"_s
                                  << french(u"2 500,00"_s) + noBreakSpace + u"GBP";
    QTest::newRow("fr_BE negative pounds")
        << u"fr_BE"_s << qint64(-250000) << u"GBP"_s
        << u"-"_s + french(u"2 500,00"_s) + noBreakSpace + u"GBP";
    QTest::newRow("en_BE Swiss francs")
        << u"en_BE"_s << qint64(12345) << u"CHF"_s << u"123,45"_s + noBreakSpace + u"CHF";
}

void TestMoneyFormat::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormat::format(Money::fromCents(cents, currency), QLocale(locale)), expected);
}

void TestMoneyFormat::formatNumber_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nl_BE") << u"nl_BE"_s << qint64(250000) << u"2.500,00"_s;
    QTest::newRow("fr_BE") << u"fr_BE"_s << qint64(250000) << french(u"2 500,00"_s);
    QTest::newRow("en_BE") << u"en_BE"_s << qint64(250000) << u"2.500,00"_s;
    QTest::newRow("C") << u"C"_s << qint64(250000) << u"2500.00"_s;
    QTest::newRow("nl_BE negative") << u"nl_BE"_s << qint64(-3000050) << u"-30.000,50"_s;
    QTest::newRow("fr_BE negative")
        << u"fr_BE"_s << qint64(-3000050) << u"-"_s + french(u"30 000,50"_s);
    QTest::newRow("nl_BE zero") << u"nl_BE"_s << qint64(0) << u"0,00"_s;
    QTest::newRow("fr_BE one cent") << u"fr_BE"_s << qint64(1) << u"0,01"_s;
    QTest::newRow("nl_BE minus one cent") << u"nl_BE"_s << qint64(-1) << u"-0,01"_s;
    QTest::newRow("nl_BE largest amount")
        << u"nl_BE"_s << Money::maximumCents - 1 << u"999.999.999.999.999,99"_s;
    QTest::newRow("C negative maximum")
        << u"C"_s << -Money::maximumCents << u"-1000000000000000.00"_s;
}

void TestMoneyFormat::formatNumber()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormat::formatNumber(Money::fromCents(cents), QLocale(locale)), expected);
    // The currency never shows in the bare number.
    QCOMPARE(MoneyFormat::formatNumber(Money::fromCents(cents, u"USD"_s), QLocale(locale)),
             expected);
}

void TestMoneyFormat::formatDate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nl_BE") << u"nl_BE"_s << QDate(2026, 12, 3) << u"3/12/2026"_s;
    QTest::newRow("fr_BE") << u"fr_BE"_s << QDate(2026, 12, 3) << u"3/12/2026"_s;
    QTest::newRow("en_BE") << u"en_BE"_s << QDate(2026, 12, 3) << u"03/12/2026"_s;
    QTest::newRow("de_BE") << u"de_BE"_s << QDate(2026, 12, 3) << u"03.12.2026"_s;
    QTest::newRow("en_US") << u"en_US"_s << QDate(2026, 12, 3) << u"12/3/2026"_s;
    QTest::newRow("nl_BE last century") << u"nl_BE"_s << QDate(1999, 12, 31) << u"31/12/1999"_s;
    QTest::newRow("fr_BE last century") << u"fr_BE"_s << QDate(1999, 1, 5) << u"5/01/1999"_s;
    QTest::newRow("fr_BE year 2000") << u"fr_BE"_s << QDate(2000, 2, 29) << u"29/02/2000"_s;
    QTest::newRow("nl_BE invalid") << u"nl_BE"_s << QDate() << QString();
}

void TestMoneyFormat::formatDate()
{
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormat::formatDate(date, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
