#pragma once

#include "money.h"

#include <QDate>
#include <QLocale>

// Formatting for people, always with an explicit locale: the number locale is chosen apart
// from the UI language (nl_BE gives "€ 2.500,00", fr_BE "2 500,00 €").
namespace MoneyFormat {

// The amount with its currency symbol (€ for euro, the ISO code otherwise). A negative
// amount carries a minus sign.
QString format(const Money &money, const QLocale &locale);

// The amount with two decimals and no currency.
QString formatNumber(const Money &money, const QLocale &locale);

// A date in the locale's short numeric format with a four-digit year: 3/12/2026.
QString formatDate(QDate date, const QLocale &locale);

} // namespace MoneyFormat
