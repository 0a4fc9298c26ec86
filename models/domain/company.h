#pragma once

#include <QString>

// The price plans the business can be on. On Demand Financing is part of Move and Boost.
enum class PricePlan { Go, Move, Boost };

// The business using the product: the seller on its invoices.
struct Company
{
    QString name;
    QString vatNumber; // "BE" + ten digits
    QString countryCode; // ISO 3166-1 alpha-2
    QString email;
    PricePlan plan = PricePlan::Move;
    // KBC pays the financing out to this account, so the integration needs one.
    bool hasKbcCurrentAccount = true;

    friend bool operator==(const Company &, const Company &) = default;
};
