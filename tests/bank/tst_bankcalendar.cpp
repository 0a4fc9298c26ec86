#include "bankcalendar.h"

#include <QTest>

// The bank's payout days: Belgian working days minus Good Friday and 26 December.
class TestBankCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isBankingDay_data();
    void isBankingDay();
    void nextBankingDay_data();
    void nextBankingDay();
};

void TestBankCalendar::isBankingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("banking");

    QTest::newRow("an ordinary Monday") << QDate(2026, 3, 2) << true;
    QTest::newRow("Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("Sunday") << QDate(2026, 3, 8) << false;
    QTest::newRow("Good Friday 2026") << QDate(2026, 4, 3) << false;
    QTest::newRow("Good Friday 2025") << QDate(2025, 4, 18) << false;
    QTest::newRow("Easter Monday 2026") << QDate(2026, 4, 6) << false;
    QTest::newRow("Thursday before Good Friday") << QDate(2026, 4, 2) << true;
    QTest::newRow("25 December, a Thursday") << QDate(2025, 12, 25) << false;
    QTest::newRow("26 December, a Friday") << QDate(2025, 12, 26) << false;
    QTest::newRow("27 December 2024, a Friday") << QDate(2024, 12, 27) << true;
    QTest::newRow("1 January") << QDate(2026, 1, 1) << false;
    QTest::newRow("2 January, a Friday") << QDate(2026, 1, 2) << true;
    QTest::newRow("21 July") << QDate(2026, 7, 21) << false;
    QTest::newRow("an invalid date") << QDate() << false;
}

void TestBankCalendar::isBankingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, banking);

    QCOMPARE(BankCalendar::isBankingDay(date), banking);
}

void TestBankCalendar::nextBankingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");

    QTest::newRow("Monday -> Tuesday") << QDate(2026, 3, 2) << QDate(2026, 3, 3);
    QTest::newRow("Friday -> Monday") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("Saturday -> Monday") << QDate(2026, 3, 7) << QDate(2026, 3, 9);
    QTest::newRow("Sunday -> Monday") << QDate(2026, 3, 8) << QDate(2026, 3, 9);
    QTest::newRow("before Good Friday and Easter Monday") << QDate(2026, 4, 2) << QDate(2026, 4, 7);
    QTest::newRow("on Good Friday") << QDate(2026, 4, 3) << QDate(2026, 4, 7);
    QTest::newRow("24 December 2025 -> 29 December") << QDate(2025, 12, 24) << QDate(2025, 12, 29);
    QTest::newRow("24 December 2024 -> 27 December") << QDate(2024, 12, 24) << QDate(2024, 12, 27);
    QTest::newRow("24 December 2027, Christmas on a weekend")
        << QDate(2027, 12, 24) << QDate(2027, 12, 27);
    QTest::newRow("31 December 2025 -> 2 January") << QDate(2025, 12, 31) << QDate(2026, 1, 2);
    QTest::newRow("31 December 2026 -> 4 January") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
    QTest::newRow("before Ascension") << QDate(2026, 5, 13) << QDate(2026, 5, 15);
    QTest::newRow("before Whit Monday") << QDate(2026, 5, 22) << QDate(2026, 5, 26);
    QTest::newRow("before 1 May") << QDate(2026, 4, 30) << QDate(2026, 5, 4);
    QTest::newRow("an invalid date") << QDate() << QDate();
}

void TestBankCalendar::nextBankingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);

    QCOMPARE(BankCalendar::nextBankingDay(date), next);
}

QTEST_GUILESS_MAIN(TestBankCalendar)
#include "tst_bankcalendar.moc"
