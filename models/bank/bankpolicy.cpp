#include "bankpolicy.h"

#include "pricing.h"

#include <algorithm>

namespace BankPolicy {

namespace {

bool isCanonical(const QString &number)
{
    if (number.size() != 12 || !number.startsWith(u"BE"))
        return false;
    return std::all_of(number.begin() + 2, number.end(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QStringList refusedCustomerNumbers()
{
    // Valid Belgian numbers (the check digits hold), easy to recognise by their repeated digits.
    return {QStringLiteral("BE0440440475"), QStringLiteral("BE0880880853"),
            QStringLiteral("BE1010101085")};
}

int rating(const QString &canonicalNumber)
{
    if (!isCanonical(canonicalNumber) || refusedCustomerNumbers().contains(canonicalNumber))
        return refusedRating;
    const qint64 base = QStringView(canonicalNumber).mid(2, 8).toLongLong();
    return bestRating + int(base % 4);
}

bool accepts(int rating, int termDays, int ageWorkingDays)
{
    if (rating >= refusedRating)
        return false;
    if (rating == 4)
        return termDays <= 90 && ageWorkingDays <= 10;
    return true;
}

int ageSurchargeBasisPoints(int ageWorkingDays)
{
    if (ageWorkingDays <= 5)
        return 0;
    if (ageWorkingDays <= 10)
        return 10;
    return 20;
}

int feeBasisPoints(int termDays, int rating, int ageWorkingDays)
{
    return Pricing::feeBasisPoints(termDays, rating) + ageSurchargeBasisPoints(ageWorkingDays);
}

} // namespace BankPolicy
