#include "belgiancalendar.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Easter, the ten Belgian public holidays and counting working days, which the age rule
// (at most 15 working days old) and the payout date stand on.
class TestBelgianCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easterSunday_data();
    void easterSunday();
    void publicHolidays_data();
    void publicHolidays();
    void movableHolidays_data();
    void movableHolidays();
    void isWorkingDay_data();
    void isWorkingDay();
    void workingDaysAfter_data();
    void workingDaysAfter();
    void workingDaysAfterMatchesADayByDayCount_data();
    void workingDaysAfterMatchesADayByDayCount();
    void nextWorkingDay_data();
    void nextWorkingDay();
};

void TestBelgianCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");

    const QDate known[] = {
        QDate(1818, 3, 22), // the earliest possible date
        QDate(1900, 4, 15), QDate(1943, 4, 25), // the latest possible date
        QDate(1961, 4, 2),  QDate(2000, 4, 23), QDate(2008, 3, 23), QDate(2011, 4, 24),
        QDate(2013, 3, 31), QDate(2016, 3, 27), QDate(2019, 4, 21), QDate(2020, 4, 12),
        QDate(2021, 4, 4),  QDate(2022, 4, 17), QDate(2023, 4, 9),  QDate(2024, 3, 31),
        QDate(2025, 4, 20), QDate(2026, 4, 5),  QDate(2027, 3, 28), QDate(2028, 4, 16),
        QDate(2029, 4, 1),  QDate(2030, 4, 21), QDate(2038, 4, 25), QDate(2049, 4, 18),
        QDate(2100, 3, 28), QDate(2200, 4, 6),  QDate(2285, 3, 22), QDate(2400, 4, 16),
        QDate(3000, 4, 13), QDate(9999, 3, 28),
    };
    for (const QDate &easter : known)
        QTest::addRow("%d", easter.year()) << easter.year() << easter;
}

void TestBelgianCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);

    const QDate computed = BelgianCalendar::easterSunday(year);
    QCOMPARE(computed, easter);
    QCOMPARE(computed.dayOfWeek(), int(Qt::Sunday));
}

void TestBelgianCalendar::publicHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("holidays");

    QTest::newRow("2025") << 2025 << QList<QDate> {QDate(2025, 1, 1),   QDate(2025, 4, 21),
                                                   QDate(2025, 5, 1),   QDate(2025, 5, 29),
                                                   QDate(2025, 6, 9),   QDate(2025, 7, 21),
                                                   QDate(2025, 8, 15),  QDate(2025, 11, 1),
                                                   QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("2026") << 2026 << QList<QDate> {QDate(2026, 1, 1),   QDate(2026, 4, 6),
                                                   QDate(2026, 5, 1),   QDate(2026, 5, 14),
                                                   QDate(2026, 5, 25),  QDate(2026, 7, 21),
                                                   QDate(2026, 8, 15),  QDate(2026, 11, 1),
                                                   QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("2027") << 2027 << QList<QDate> {QDate(2027, 1, 1),   QDate(2027, 3, 29),
                                                   QDate(2027, 5, 1),   QDate(2027, 5, 6),
                                                   QDate(2027, 5, 17),  QDate(2027, 7, 21),
                                                   QDate(2027, 8, 15),  QDate(2027, 11, 1),
                                                   QDate(2027, 11, 11), QDate(2027, 12, 25)};
}

void TestBelgianCalendar::publicHolidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, holidays);

    const auto computed = BelgianCalendar::publicHolidays(year);
    QList<QDate> sorted(computed.begin(), computed.end());
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, holidays);

    for (const QDate &holiday : std::as_const(holidays)) {
        QVERIFY2(BelgianCalendar::isPublicHoliday(holiday), qPrintable(holiday.toString()));
        QVERIFY2(!BelgianCalendar::isWorkingDay(holiday), qPrintable(holiday.toString()));
    }
    // Nothing else in the year is a holiday.
    int count = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        if (BelgianCalendar::isPublicHoliday(day))
            ++count;
    }
    QCOMPARE(count, 10);
}

void TestBelgianCalendar::movableHolidays_data()
{
    QTest::addColumn<int>("year");

    for (int year = 1990; year <= 2100; ++year)
        QTest::addRow("%d", year) << year;
}

void TestBelgianCalendar::movableHolidays()
{
    QFETCH(int, year);

    const QDate easter = BelgianCalendar::easterSunday(year);
    const QDate easterMonday = easter.addDays(1);
    const QDate ascension = easter.addDays(39);
    const QDate whitMonday = easter.addDays(50);
    QCOMPARE(easterMonday.dayOfWeek(), int(Qt::Monday));
    QCOMPARE(ascension.dayOfWeek(), int(Qt::Thursday));
    QCOMPARE(whitMonday.dayOfWeek(), int(Qt::Monday));

    const auto holidays = BelgianCalendar::publicHolidays(year);
    for (const QDate &expected : {easterMonday, ascension, whitMonday}) {
        QVERIFY2(std::find(holidays.begin(), holidays.end(), expected) != holidays.end(),
                 qPrintable(expected.toString(Qt::ISODate)));
        QVERIFY(BelgianCalendar::isPublicHoliday(expected));
    }
    // Good Friday and Easter Sunday's Saturday are no holidays in Belgium.
    QVERIFY(!BelgianCalendar::isPublicHoliday(easter.addDays(-2)));
    QVERIFY(BelgianCalendar::isWorkingDay(easter.addDays(-2)));
}

void TestBelgianCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::addColumn<bool>("holiday");

    QTest::newRow("Monday") << QDate(2026, 3, 16) << true << false;
    QTest::newRow("Friday") << QDate(2026, 3, 20) << true << false;
    QTest::newRow("Saturday") << QDate(2026, 3, 21) << false << false;
    QTest::newRow("Sunday") << QDate(2026, 3, 22) << false << false;
    QTest::newRow("New Year on a Thursday") << QDate(2026, 1, 1) << false << true;
    QTest::newRow("Good Friday") << QDate(2026, 4, 3) << true << false;
    QTest::newRow("Easter Sunday") << QDate(2026, 4, 5) << false << false;
    QTest::newRow("Easter Monday") << QDate(2026, 4, 6) << false << true;
    QTest::newRow("Labour Day on a Friday") << QDate(2026, 5, 1) << false << true;
    QTest::newRow("Ascension") << QDate(2026, 5, 14) << false << true;
    QTest::newRow("Friday after Ascension") << QDate(2026, 5, 15) << true << false;
    QTest::newRow("Whit Monday") << QDate(2026, 5, 25) << false << true;
    QTest::newRow("National Day") << QDate(2026, 7, 21) << false << true;
    QTest::newRow("Assumption on a Saturday") << QDate(2026, 8, 15) << false << true;
    QTest::newRow("Monday after Assumption, no replacement") << QDate(2026, 8, 17) << true << false;
    QTest::newRow("All Saints on a Sunday") << QDate(2026, 11, 1) << false << true;
    QTest::newRow("All Souls, no replacement") << QDate(2026, 11, 2) << true << false;
    QTest::newRow("Armistice") << QDate(2026, 11, 11) << false << true;
    QTest::newRow("Christmas Eve") << QDate(2026, 12, 24) << true << false;
    QTest::newRow("Christmas") << QDate(2026, 12, 25) << false << true;
    QTest::newRow("Boxing Day is no holiday") << QDate(2025, 12, 26) << true << false;
    QTest::newRow("New Year's Eve") << QDate(2025, 12, 31) << true << false;
    QTest::newRow("Christmas 2027 on a Saturday") << QDate(2027, 12, 25) << false << true;
    QTest::newRow("Monday after Christmas 2027, no replacement")
        << QDate(2027, 12, 27) << true << false;
    QTest::newRow("Labour Day 2027 on a Saturday") << QDate(2027, 5, 1) << false << true;
    QTest::newRow("Monday after Labour Day 2027, no replacement")
        << QDate(2027, 5, 3) << true << false;
    QTest::newRow("Ascension on Labour Day 2008") << QDate(2008, 5, 1) << false << true;
    QTest::newRow("leap day") << QDate(2028, 2, 29) << true << false;
    QTest::newRow("invalid") << QDate() << false << false;
}

void TestBelgianCalendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QFETCH(bool, holiday);

    QCOMPARE(BelgianCalendar::isWorkingDay(date), working);
    QCOMPARE(BelgianCalendar::isPublicHoliday(date), holiday);
}

void TestBelgianCalendar::workingDaysAfter_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("count");

    QTest::newRow("same day") << QDate(2026, 3, 16) << QDate(2026, 3, 16) << 0;
    QTest::newRow("same Saturday") << QDate(2026, 3, 21) << QDate(2026, 3, 21) << 0;
    QTest::newRow("end before start") << QDate(2026, 3, 20) << QDate(2026, 3, 16) << 0;
    QTest::newRow("end a year before start") << QDate(2027, 3, 16) << QDate(2026, 3, 16) << 0;
    QTest::newRow("next day") << QDate(2026, 3, 16) << QDate(2026, 3, 17) << 1;
    QTest::newRow("Friday to Saturday") << QDate(2026, 3, 20) << QDate(2026, 3, 21) << 0;
    QTest::newRow("Friday to Sunday") << QDate(2026, 3, 20) << QDate(2026, 3, 22) << 0;
    QTest::newRow("Friday to Monday") << QDate(2026, 3, 20) << QDate(2026, 3, 23) << 1;
    QTest::newRow("Saturday to Monday") << QDate(2026, 3, 21) << QDate(2026, 3, 23) << 1;
    QTest::newRow("Sunday to Monday") << QDate(2026, 3, 22) << QDate(2026, 3, 23) << 1;
    QTest::newRow("one week") << QDate(2026, 3, 16) << QDate(2026, 3, 23) << 5;
    QTest::newRow("two weeks from a Wednesday") << QDate(2026, 3, 11) << QDate(2026, 3, 25) << 10;
    QTest::newRow("over Easter Monday") << QDate(2025, 4, 18) << QDate(2025, 4, 22) << 1;
    QTest::newRow("onto Easter Monday") << QDate(2025, 4, 18) << QDate(2025, 4, 21) << 0;
    QTest::newRow("over Ascension") << QDate(2026, 5, 13) << QDate(2026, 5, 15) << 1;
    QTest::newRow("over Ascension on Labour Day") << QDate(2008, 4, 30) << QDate(2008, 5, 2) << 1;
    QTest::newRow("over the year end") << QDate(2025, 12, 24) << QDate(2026, 1, 2) << 5;
    QTest::newRow("over a weekend holiday") << QDate(2026, 8, 14) << QDate(2026, 8, 17) << 1;
    QTest::newRow("the year 2025") << QDate(2024, 12, 31) << QDate(2025, 12, 31) << 252;
    QTest::newRow("the year 2026") << QDate(2025, 12, 31) << QDate(2026, 12, 31) << 253;
    QTest::newRow("the year 2027") << QDate(2026, 12, 31) << QDate(2027, 12, 31) << 254;
    QTest::newRow("the leap year 2008") << QDate(2007, 12, 31) << QDate(2008, 12, 31) << 254;
    QTest::newRow("2020 to 2029") << QDate(2019, 12, 31) << QDate(2029, 12, 31) << 2530;
    QTest::newRow("invalid start") << QDate() << QDate(2026, 3, 16) << 0;
    QTest::newRow("invalid end") << QDate(2026, 3, 16) << QDate() << 0;
}

void TestBelgianCalendar::workingDaysAfter()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, count);

    QCOMPARE(BelgianCalendar::workingDaysAfter(from, to), count);
}

void TestBelgianCalendar::workingDaysAfterMatchesADayByDayCount_data()
{
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("lastYear");

    QTest::newRow("2005-2012, Ascension on Labour Day 2008") << 2005 << 2012;
    QTest::newRow("2024-2031") << 2024 << 2031;
    QTest::newRow("2155-2162, Ascension on Labour Day 2160") << 2155 << 2162;
    QTest::newRow("2283-2287, the earliest Easter") << 2283 << 2287;
}

void TestBelgianCalendar::workingDaysAfterMatchesADayByDayCount()
{
    QFETCH(int, firstYear);
    QFETCH(int, lastYear);

    // workingDays[i]: working days in (first, first + i], counted one day at a time.
    const QDate first(firstYear, 1, 1);
    const QDate last(lastYear, 12, 31);
    QList<int> workingDays {0};
    for (QDate day = first.addDays(1); day <= last; day = day.addDays(1))
        workingDays.append(workingDays.last() + (BelgianCalendar::isWorkingDay(day) ? 1 : 0));

    const int spans[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 21, 22, 30, 45, 100, 366, 800};
    for (int start = 0; start < workingDays.size(); ++start) {
        const QDate from = first.addDays(start);
        for (const int span : spans) {
            const int end = start + span;
            if (end >= workingDays.size())
                break;
            const int expected = workingDays.at(end) - workingDays.at(start);
            const int counted = BelgianCalendar::workingDaysAfter(from, from.addDays(span));
            if (counted != expected) {
                QFAIL(qPrintable(u"%1 + %2 days: %3 working days, expected %4"_s.arg(
                    from.toString(Qt::ISODate), QString::number(span), QString::number(counted),
                    QString::number(expected))));
            }
        }
    }
}

void TestBelgianCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");

    QTest::newRow("Monday to Tuesday") << QDate(2026, 3, 16) << QDate(2026, 3, 17);
    QTest::newRow("Thursday to Friday") << QDate(2026, 3, 19) << QDate(2026, 3, 20);
    QTest::newRow("Friday to Monday") << QDate(2026, 3, 20) << QDate(2026, 3, 23);
    QTest::newRow("Saturday to Monday") << QDate(2026, 3, 21) << QDate(2026, 3, 23);
    QTest::newRow("Sunday to Monday") << QDate(2026, 3, 22) << QDate(2026, 3, 23);
    QTest::newRow("Good Friday to the Tuesday after Easter")
        << QDate(2025, 4, 18) << QDate(2025, 4, 22);
    QTest::newRow("Thursday before Labour Day on a Friday")
        << QDate(2026, 4, 30) << QDate(2026, 5, 4);
    QTest::newRow("Wednesday before Ascension") << QDate(2025, 5, 28) << QDate(2025, 5, 30);
    QTest::newRow("Friday before Whit Monday") << QDate(2026, 5, 22) << QDate(2026, 5, 26);
    QTest::newRow("Ascension on Labour Day 2008") << QDate(2008, 4, 30) << QDate(2008, 5, 2);
    QTest::newRow("Christmas Eve") << QDate(2025, 12, 24) << QDate(2025, 12, 26);
    QTest::newRow("New Year's Eve") << QDate(2025, 12, 31) << QDate(2026, 1, 2);
    QTest::newRow("Friday before a Saturday Christmas")
        << QDate(2027, 12, 24) << QDate(2027, 12, 27);
    QTest::newRow("a holiday itself") << QDate(2026, 7, 21) << QDate(2026, 7, 22);
    QTest::newRow("invalid") << QDate() << QDate();
}

void TestBelgianCalendar::nextWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);

    QCOMPARE(BelgianCalendar::nextWorkingDay(date), next);
}

QTEST_GUILESS_MAIN(TestBelgianCalendar)
#include "tst_belgiancalendar.moc"
