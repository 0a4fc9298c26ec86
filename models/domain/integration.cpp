#include "integration.h"

#include <QCoreApplication>

#include <algorithm>

namespace IntegrationRules {

IntegrationAvailability availability(const Company &company)
{
    if (company.countryCode.trimmed().compare(u"BE", Qt::CaseInsensitive) != 0)
        return IntegrationAvailability::NotOffered;
    if (company.plan == PricePlan::Go)
        return IntegrationAvailability::GoPlan;
    if (!company.hasKbcCurrentAccount)
        return IntegrationAvailability::NoKbcAccount;
    return IntegrationAvailability::Available;
}

bool canManage(const User &user)
{
    return user.administrator;
}

QString reasonText(IntegrationAvailability availability)
{
    switch (availability) {
    case IntegrationAvailability::NotOffered:
        return QCoreApplication::translate("IntegrationRules",
                                           "KBC On Demand Financing is offered only to companies "
                                           "registered in Belgium.");
    case IntegrationAvailability::GoPlan:
        return QCoreApplication::translate("IntegrationRules",
                                           "KBC On Demand Financing is part of the Move and Boost "
                                           "plans; this company is on the Go plan.");
    case IntegrationAvailability::NoKbcAccount:
        return QCoreApplication::translate("IntegrationRules",
                                           "KBC On Demand Financing pays out to a KBC business "
                                           "current account; this company has none. Open one at "
                                           "KBC first.");
    case IntegrationAvailability::Available:
        return {};
    }
    return {};
}

QString planName(PricePlan plan)
{
    switch (plan) {
    case PricePlan::Go:
        return QStringLiteral("Go");
    case PricePlan::Move:
        return QStringLiteral("Move");
    case PricePlan::Boost:
        return QStringLiteral("Boost");
    }
    return {};
}

} // namespace IntegrationRules

namespace Authorization {

State state(const QDateTime &authorizedUntil, const QDateTime &now)
{
    if (!authorizedUntil.isValid())
        return State::Missing;
    if (now >= authorizedUntil)
        return State::Expired;
    if (now >= authorizedUntil.addDays(-warningDays))
        return State::ExpiringSoon;
    return State::Valid;
}

int daysLeft(const QDateTime &authorizedUntil, const QDateTime &now)
{
    if (!authorizedUntil.isValid())
        return 0;
    const qint64 seconds = now.secsTo(authorizedUntil);
    if (seconds <= 0)
        return 0;
    constexpr qint64 secondsPerDay = 24 * 60 * 60;
    // A grant never has more than its 60 days left, also when the clock was set back before
    // the moment it was issued.
    return int(std::min<qint64>((seconds + secondsPerDay - 1) / secondsPerDay, validityDays));
}

} // namespace Authorization
