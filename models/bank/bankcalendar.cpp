#include "bankcalendar.h"

#include "belgiancalendar.h"

namespace BankCalendar {

bool isBankClosingDay(QDate date)
{
    if (!date.isValid())
        return false;
    const QDate goodFriday = BelgianCalendar::easterSunday(date.year()).addDays(-2);
    return date == goodFriday || (date.month() == 12 && date.day() == 26);
}

bool isBankingDay(QDate date)
{
    return BelgianCalendar::isWorkingDay(date) && !isBankClosingDay(date);
}

QDate nextBankingDay(QDate date)
{
    if (!date.isValid())
        return {};
    QDate day = date.addDays(1);
    while (!isBankingDay(day))
        day = day.addDays(1);
    return day;
}

} // namespace BankCalendar
