#pragma once

#include "bankparameters.h"
#include "invoice.h"

// What the bank would pay out for an invoice and what it costs. Always the bank's figure;
// the client only shows it.
struct Quote
{
    Money payout; // total incl. VAT minus cost, in euro
    Money cost;
    int feeBasisPoints = 0; // the fee as a share of the total, in 1/100 of a percent
    bool isEstimate = false; // computed locally, not (yet) confirmed by the bank

    friend bool operator==(const Quote &, const Quote &) = default;
};

namespace Pricing {

// The fee in basis points for a payment term and a customer rating from 1 (best) to 5:
//   fee = 60 bp + 1 bp per calendar day of payment term + 25 bp per rating step above 1,
// so a 30-day invoice to a customer rated 1 costs 0.90 % of its total.
int feeBasisPoints(int termDays, int rating);

// cost = total * fee, rounded to the cent half away from zero; payout = total - cost.
Quote quote(const Money &total, int feeBasisPoints);

// The estimate the client shows before the bank has quoted: the formula above with the
// middle rating (3).
Quote estimate(const Invoice &invoice);

} // namespace Pricing
