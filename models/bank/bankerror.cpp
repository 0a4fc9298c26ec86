#include "bankerror.h"

QString errorName(BankErrorCode code)
{
    switch (code) {
    case BankErrorCode::MalformedJson:
        return QStringLiteral("malformed-json");
    case BankErrorCode::MissingField:
        return QStringLiteral("missing-field");
    case BankErrorCode::InvalidField:
        return QStringLiteral("invalid-field");
    case BankErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case BankErrorCode::AuthorizationExpired:
        return QStringLiteral("authorization-expired");
    case BankErrorCode::SimulationDisabled:
        return QStringLiteral("simulation-disabled");
    case BankErrorCode::NotFound:
        return QStringLiteral("not-found");
    case BankErrorCode::UnknownRequest:
        return QStringLiteral("unknown-request");
    case BankErrorCode::MethodNotAllowed:
        return QStringLiteral("method-not-allowed");
    case BankErrorCode::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case BankErrorCode::AlreadyRequested:
        return QStringLiteral("already-requested");
    case BankErrorCode::InvalidState:
        return QStringLiteral("invalid-state");
    case BankErrorCode::ClockBackwards:
        return QStringLiteral("clock-backwards");
    case BankErrorCode::Lapsed:
        return QStringLiteral("lapsed");
    case BankErrorCode::RulesNotMet:
        return QStringLiteral("rules-not-met");
    case BankErrorCode::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("invalid-state");
}

int httpStatus(BankErrorCode code)
{
    switch (code) {
    case BankErrorCode::MalformedJson:
    case BankErrorCode::MissingField:
    case BankErrorCode::InvalidField:
        return 400;
    case BankErrorCode::Unauthorized:
    case BankErrorCode::AuthorizationExpired:
        return 401;
    case BankErrorCode::SimulationDisabled:
        return 403;
    case BankErrorCode::NotFound:
    case BankErrorCode::UnknownRequest:
        return 404;
    case BankErrorCode::MethodNotAllowed:
        return 405;
    case BankErrorCode::LimitExceeded:
    case BankErrorCode::AlreadyRequested:
    case BankErrorCode::InvalidState:
    case BankErrorCode::ClockBackwards:
        return 409;
    case BankErrorCode::Lapsed:
        return 410;
    case BankErrorCode::RulesNotMet:
    case BankErrorCode::Refused:
        return 422;
    }
    return 500;
}
