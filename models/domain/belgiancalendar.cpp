#include "belgiancalendar.h"

#include <algorithm>

namespace BelgianCalendar {

QDate easterSunday(int year)
{
    // Meeus/Jones/Butcher: exact for every Gregorian year.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

std::array<QDate, 10> publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {QDate(year, 1, 1),   easter.addDays(1),  easter.addDays(39), easter.addDays(50),
            QDate(year, 5, 1),   QDate(year, 7, 21), QDate(year, 8, 15), QDate(year, 11, 1),
            QDate(year, 11, 11), QDate(year, 12, 25)};
}

bool isPublicHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    const auto holidays = publicHolidays(date.year());
    return std::find(holidays.begin(), holidays.end(), date) != holidays.end();
}

bool isWorkingDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isPublicHoliday(date);
}

int workingDaysAfter(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Whole weeks hold five weekdays each; only the remainder and the holidays are walked.
    const qint64 span = from.daysTo(to);
    const qint64 weeks = span / 7;
    qint64 count = weeks * 5;
    for (QDate day = from.addDays(weeks * 7 + 1); day <= to; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            ++count;
    }
    for (int year = from.year(); year <= to.year(); ++year) {
        // Ascension can fall on 1 May (2008, 2160): such a day is taken off once.
        auto holidays = publicHolidays(year);
        std::sort(holidays.begin(), holidays.end());
        const auto distinctEnd = std::unique(holidays.begin(), holidays.end());
        for (auto holiday = holidays.begin(); holiday != distinctEnd; ++holiday) {
            if (*holiday > from && *holiday <= to && holiday->dayOfWeek() <= 5)
                --count;
        }
    }
    return int(count);
}

QDate nextWorkingDay(QDate date)
{
    if (!date.isValid())
        return {};
    QDate day = date.addDays(1);
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

} // namespace BelgianCalendar
