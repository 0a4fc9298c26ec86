#pragma once

#include <QString>
#include <QStringView>

// Belgian VAT and enterprise numbers: "BE" and ten digits, the first 0 or 1, the last two a
// check number equal to 97 - (the first eight digits mod 97).
namespace VatNumber {

// The number as found, without white space, dots, hyphens and slashes, in upper case.
// "be 0123.456.749" -> "BE0123456749".
QString compact(QStringView raw);

// The canonical form "BE" + ten digits when raw is a valid Belgian number in any usual
// spelling: with or without the BE prefix, upper or lower case, with spaces, dots or hyphens,
// or in the old nine-digit form (which gets a leading 0). Empty when it is not one.
QString normalizedBelgian(QStringView raw);

inline bool isValidBelgian(QStringView raw)
{
    return !normalizedBelgian(raw).isEmpty();
}

} // namespace VatNumber
