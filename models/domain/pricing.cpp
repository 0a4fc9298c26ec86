#include "pricing.h"

#include <algorithm>

namespace Pricing {

int feeBasisPoints(int termDays, int rating)
{
    const int clampedRating = std::clamp(rating, 1, 5);
    return 60 + std::max(termDays, 0) + 25 * (clampedRating - 1);
}

Quote quote(const Money &total, int basisPoints)
{
    // cents * bp / 10000, rounded half away from zero in integers.
    const qint64 product = total.cents() * basisPoints;
    const qint64 magnitude = (std::abs(product) + 5000) / 10000;
    const Money cost = Money::fromCents(product < 0 ? -magnitude : magnitude, total.currency());
    return Quote {total - cost, cost, basisPoints, false};
}

Quote estimate(const Invoice &invoice)
{
    Quote result = quote(invoice.total, feeBasisPoints(invoice.paymentTermDays().value_or(0), 3));
    result.isEstimate = true;
    return result;
}

} // namespace Pricing
