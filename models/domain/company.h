#pragma once

#include <QString>

// The business using the product: the seller on its invoices.
struct Company
{
    QString name;
    QString vatNumber; // "BE" + ten digits
    QString countryCode; // ISO 3166-1 alpha-2
    QString email;

    friend bool operator==(const Company &, const Company &) = default;
};
