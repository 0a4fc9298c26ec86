#pragma once

#include <QDate>

#include <array>

// Belgian working days: Monday to Friday, except the ten legal public holidays
// (1 January, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August,
// 1 November, 11 November, 25 December). A holiday on a weekend gives no replacement day.
namespace BelgianCalendar {

// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm), for 1583-9999.
QDate easterSunday(int year);

// The ten legal public holidays of a year (some may fall on a weekend, and Ascension may
// fall on 1 May, so two entries can be the same day).
std::array<QDate, 10> publicHolidays(int year);

bool isPublicHoliday(QDate date);
bool isWorkingDay(QDate date);

// The number of working days d with from < d <= to: the start day is day 0 and the end day
// counts. 0 when to <= from.
int workingDaysAfter(QDate from, QDate to);

// The first working day strictly after date; an invalid date for an invalid date.
QDate nextWorkingDay(QDate date);

} // namespace BelgianCalendar
