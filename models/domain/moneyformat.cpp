#include "moneyformat.h"

namespace MoneyFormat {

QString format(const Money &money, const QLocale &locale)
{
    const QString symbol = money.isEuro() ? QStringLiteral("€") : money.currency();
    const qint64 magnitude = money.cents() < 0 ? -money.cents() : money.cents();
    // Qt's Belgian patterns put negative amounts in parentheses (accounting style); people
    // expect a minus sign, placed where the locale's pattern puts the number.
    const QString positive = locale.toCurrencyString(double(magnitude) / 100.0, symbol, 2);
    if (!money.isNegative())
        return positive;
    if (positive.startsWith(symbol)) {
        qsizetype numberStart = symbol.size();
        while (numberStart < positive.size() && positive.at(numberStart).isSpace())
            ++numberStart;
        return positive.left(numberStart) + locale.negativeSign() + positive.mid(numberStart);
    }
    return locale.negativeSign() + positive;
}

QString formatNumber(const Money &money, const QLocale &locale)
{
    return locale.toString(double(money.cents()) / 100.0, 'f', 2);
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
