#pragma once

#include "money.h"

// The numbers the bank decides on: the single place they come from. The defaults are those
// of the product specification; the bank service may hand out others.
struct BankParameters
{
    Money minimumAmount = Money::fromCents(2'500'00); // incl. VAT, included
    Money maximumAmount = Money::fromCents(25'000'00); // incl. VAT, included
    int minimumTermDays = 15; // calendar days, included
    int maximumTermDays = 120; // calendar days, included
    int maximumAgeWorkingDays = 15; // included
    Money totalLimit = Money::fromCents(100'000'00); // outstanding + this invoice, included
    int signingWindowSeconds = 6 * 60;

    friend bool operator==(const BankParameters &, const BankParameters &) = default;
};
