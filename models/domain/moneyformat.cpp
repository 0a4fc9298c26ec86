#include "moneyformat.h"

namespace MoneyFormat {

namespace {

// The magnitude with the locale's group separators and two decimals, in integers: a double
// holds every cent only up to 2^53 cents (about 90 trillion euro), Money goes further.
QString formatMagnitude(qint64 cents, const QLocale &locale)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const qint64 hundredths = magnitude % 100;
    QString fraction = locale.toString(hundredths);
    if (hundredths < 10)
        fraction.prepend(locale.zeroDigit());
    return locale.toString(magnitude / 100) + locale.decimalPoint() + fraction;
}

} // namespace

QString format(const Money &money, const QLocale &locale)
{
    const QString symbol = money.isEuro() ? QStringLiteral("€") : money.currency();
    // The locale's pattern places the symbol: format zero with it and put the amount where
    // the zero is. Qt's Belgian patterns put negative amounts in parentheses (accounting
    // style); people expect a minus sign, right before the number.
    QString text = locale.toCurrencyString(0.0, symbol, 2);
    const QString zero = locale.toString(0.0, 'f', 2);
    const QString number = formatNumber(money, locale);
    const qsizetype zeroAt = text.indexOf(zero);
    if (zeroAt < 0)
        return number + QChar(0x00A0) + symbol;
    return text.replace(zeroAt, zero.size(), number);
}

QString formatNumber(const Money &money, const QLocale &locale)
{
    const QString magnitude = formatMagnitude(money.cents(), locale);
    return money.isNegative() ? locale.negativeSign() + magnitude : magnitude;
}

QString formatDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // Always a four-digit year: "3/12/26" is ambiguous on an invoice.
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(u"yyyy"))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, pattern);
}

} // namespace MoneyFormat
