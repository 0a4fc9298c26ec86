#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// An amount of money: whole cents and an ISO 4217 currency code.
//
// Built only through the named factories; never from a double. Amounts with more than two
// decimals are rounded to the cent, half away from zero (2.345 -> 2.35, -2.345 -> -2.35),
// which is the one rounding rule of the product. Formatting happens at the edge, with an
// explicit QLocale (see moneyformat.h).
class Money final
{
public:
    // The largest magnitude accepted, in cents: 10^15 euro, far beyond any invoice and well
    // inside qint64, so sums of many invoices cannot overflow.
    static constexpr qint64 maximumCents = 100'000'000'000'000'000LL;

    Money() = default;

    static Money fromCents(qint64 cents, const QString &currency = euro());
    // Reads a C-locale decimal ("1234.5", "-217.80", "+3", ".5"); no thousands separators,
    // no exponent, no decimal comma. Returns nullopt when the text is not such a number or
    // its magnitude exceeds maximumCents.
    static std::optional<Money> fromDecimalString(QStringView text, const QString &currency);

    static QString euro() { return QStringLiteral("EUR"); }

    qint64 cents() const { return m_cents; }
    QString currency() const { return m_currency; }
    bool isEuro() const { return m_currency == euro(); }
    bool isZero() const { return m_cents == 0; }
    bool isPositive() const { return m_cents > 0; }
    bool isNegative() const { return m_cents < 0; }

    // "2500.00", "-0.05": C-locale, always two decimals, no currency. For files and JSON.
    QString toDecimalString() const;

    // Arithmetic on amounts of the same currency (asserted).
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other);
    Money operator-() const { return fromCents(-m_cents, m_currency); }

    friend bool operator==(const Money &, const Money &) = default;
    // Ordering only makes sense within one currency; compares cents.
    std::strong_ordering operator<=>(const Money &other) const { return m_cents <=> other.m_cents; }

private:
    Money(qint64 cents, QString currency);

    qint64 m_cents = 0;
    QString m_currency = euro();
};
