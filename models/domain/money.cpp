#include "money.h"

#include <QtGlobal>

namespace {

// Only 0-9: QChar::isDigit() also accepts Arabic-Indic, Devanagari, full-width and other
// decimal digits, which a C-locale number never holds.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

Money::Money(qint64 cents, QString currency)
    : m_cents(cents)
    , m_currency(std::move(currency))
{ }

Money Money::fromCents(qint64 cents, const QString &currency)
{
    return Money(cents, currency);
}

std::optional<Money> Money::fromDecimalString(QStringView text, const QString &currency)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    qsizetype position = 0;
    bool negative = false;
    if (trimmed.front() == u'-' || trimmed.front() == u'+') {
        negative = trimmed.front() == u'-';
        ++position;
    }

    // Only the first three decimals matter: half away from zero rounds up the magnitude
    // exactly when the third decimal is 5 or more, whatever follows it.
    qint64 whole = 0;
    int wholeDigits = 0;
    while (position < trimmed.size() && isAsciiDigit(trimmed.at(position))) {
        const int digit = trimmed.at(position).unicode() - u'0';
        if (whole > maximumCents / 100)
            return std::nullopt;
        whole = whole * 10 + digit;
        ++wholeDigits;
        ++position;
    }

    int fraction[3] = {0, 0, 0};
    int fractionDigits = 0;
    if (position < trimmed.size() && trimmed.at(position) == u'.') {
        ++position;
        while (position < trimmed.size() && isAsciiDigit(trimmed.at(position))) {
            const int digit = trimmed.at(position).unicode() - u'0';
            if (fractionDigits < 3)
                fraction[fractionDigits] = digit;
            ++fractionDigits;
            ++position;
        }
        if (fractionDigits == 0 && wholeDigits == 0)
            return std::nullopt;
    }
    if (position != trimmed.size() || (wholeDigits == 0 && fractionDigits == 0))
        return std::nullopt;

    qint64 cents = whole * 100 + fraction[0] * 10 + fraction[1];
    // Half away from zero: the magnitude is rounded up when the third decimal is 5 or more.
    if (fraction[2] >= 5)
        ++cents;
    if (cents > maximumCents)
        return std::nullopt;
    return Money(negative ? -cents : cents, currency);
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    const QString fraction = QString::number(magnitude % 100).rightJustified(2, u'0');
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
        + fraction;
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_cents + other.m_cents, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_cents - other.m_cents, m_currency);
}

Money &Money::operator+=(const Money &other)
{
    Q_ASSERT(m_currency == other.m_currency);
    m_cents += other.m_cents;
    return *this;
}
