#pragma once

#include <QString>
#include <QStringList>

// The simulated bank's own judgement of an invoice, from the three things the product says it
// looks at: the customer's enterprise number, the booking (invoice) date and the payment term.
// Deterministic, so that demos and tests know the outcome in advance; docs/bank-protocol.md
// states the same rules.
namespace BankPolicy {

constexpr int bestRating = 1;
constexpr int refusedRating = 5;

// The customers whose invoices the bank never buys, as "BE" + ten digits.
QStringList refusedCustomerNumbers();

// The simulated credit rating of a customer, 1 (best) to 5 (refused), from its number in the
// canonical form "BE" + ten digits:
//   5 when the number is in refusedCustomerNumbers(),
//   otherwise 1 + (the first eight of the ten digits, read as a number, mod 4).
// "BE0477472701": 04774727 mod 4 = 3, so rating 4. A number not in canonical form gets 5.
int rating(const QString &canonicalNumber);

// Whether the bank buys an invoice: never at rating 5; at rating 4 only when the payment term
// is at most 90 calendar days and the invoice is at most 10 working days old; always at
// ratings 1 to 3 (the rules of the product specification are checked separately).
bool accepts(int rating, int termDays, int ageWorkingDays);

// The extra fee for an older booking date, by the invoice's age in Belgian working days:
// 0-5 days 0 bp, 6-10 days 10 bp, 11 days and more 20 bp.
int ageSurchargeBasisPoints(int ageWorkingDays);

// The bank's fee in basis points (1/100 of a percent of the total incl. VAT):
//   Pricing::feeBasisPoints(termDays, rating)  (60 bp + 1 bp per day + 25 bp per step above 1)
//   + ageSurchargeBasisPoints(ageWorkingDays).
int feeBasisPoints(int termDays, int rating, int ageWorkingDays);

} // namespace BankPolicy
