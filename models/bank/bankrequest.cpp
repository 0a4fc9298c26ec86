#include "bankrequest.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<RequestState, QStringView>, 6> stateNames = {{
    {RequestState::AwaitingSignature, u"awaiting-signature"},
    {RequestState::PayoutPending, u"payout-pending"},
    {RequestState::Financed, u"financed"},
    {RequestState::Settled, u"settled"},
    {RequestState::Declined, u"declined"},
    {RequestState::Lapsed, u"lapsed"},
}};

} // namespace

QString requestStateName(RequestState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return name.toString();
    }
    return {};
}

std::optional<RequestState> requestStateFromName(QStringView name)
{
    for (const auto &[value, stateName] : stateNames) {
        if (stateName == name)
            return value;
    }
    return std::nullopt;
}
