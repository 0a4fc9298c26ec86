#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Why the bank did not do what it was asked. Each code has a fixed name and HTTP status in
// the protocol (docs/bank-protocol.md); the message is English, for people reading logs.
enum class BankErrorCode {
    MalformedJson, // 400: the body is not a JSON object
    MissingField, // 400
    InvalidField, // 400: wrong type or format
    Unauthorized, // 401: no grant, or one the bank does not know (never issued, or revoked)
    AuthorizationExpired, // 401: the grant is 60 days old or older
    SimulationDisabled, // 403: the simulation endpoint of a bank started without it
    NotFound, // 404: no such path
    UnknownRequest, // 404: no request with that id
    MethodNotAllowed, // 405
    LimitExceeded, // 409
    AlreadyRequested, // 409: the invoice is already being or has been financed
    InvalidState, // 409: the request is not in a state that allows this
    ClockBackwards, // 409: the simulated clock only moves forward
    Lapsed, // 410: the signing window has closed
    RulesNotMet, // 422: the invoice fails a rule of the product specification
    Refused, // 422: the bank's own decision, without a reason
};

struct BankError
{
    BankErrorCode code = BankErrorCode::InvalidState;
    QString message;
    QString field; // for MissingField and InvalidField: the field's name
    // For RulesNotMet: the failed rules by the ids of the product specification ("amount",
    // "term", "age", "vat-number", "currency"), in that order.
    QStringList rules;

    static BankError of(BankErrorCode code, const QString &message)
    {
        return {code, message, {}, {}};
    }
    static BankError ofField(BankErrorCode code, const QString &field, const QString &message)
    {
        return {code, message, field, {}};
    }
};

// "malformed-json", "limit-exceeded", ...
QString errorName(BankErrorCode code);
int httpStatus(BankErrorCode code);

// A value or the error that prevented it.
template<typename T>
class Outcome final
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    { }
    Outcome(BankError error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const BankError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    BankError m_error;
};
