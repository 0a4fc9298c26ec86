#pragma once

#include <QDate>

// The days the bank pays out: Belgian working days (see BelgianCalendar) on which the banks
// are also open. Belgian banks close on two days that are not legal public holidays: Good
// Friday (two days before Easter Sunday) and 26 December.
namespace BankCalendar {

bool isBankClosingDay(QDate date); // Good Friday or 26 December, whatever the weekday
bool isBankingDay(QDate date);

// The first banking day strictly after date: a request signed on that date is paid out then.
// An invalid date for an invalid date.
QDate nextBankingDay(QDate date);

} // namespace BankCalendar
