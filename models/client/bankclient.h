#pragma once

#include "bankparameters.h"
#include "invoice.h"
#include "money.h"
#include "pricing.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

class QNetworkAccessManager;

// The client's side of the bank protocol (docs/bank-protocol.md): what it sends and what the
// answers become. The names live in a namespace of their own because the simulated bank has
// types of the same names, and the two may be linked into one program (the application starts
// its bank in-process) while sharing nothing but the wire.
namespace BankApi {

// What went wrong with a call, as far as the client can tell.
enum class ErrorKind {
    ConnectionRefused, // nothing listens at the bank's address
    ConnectionLost, // the bank closed the connection before its answer was complete
    Timeout, // no (complete) answer within the time limit
    NetworkError, // any other failure to reach the bank
    HttpError, // the bank answered with an error status; see httpStatus and code
    MalformedReply, // the answer is not what the protocol promises
};

// The bank's error codes of section 3 of the protocol. None when the answer carried no code,
// Other for a code this client does not know (a newer bank may add some).
enum class ErrorCode {
    None,
    Other,
    MalformedJson,
    MissingField,
    InvalidField,
    Unauthorized, // no grant, or one the bank does not know (never issued, or revoked)
    AuthorizationExpired, // the grant's 60 days are over
    SimulationDisabled,
    NotFound,
    UnknownRequest,
    MethodNotAllowed,
    LimitExceeded,
    AlreadyRequested,
    InvalidState,
    ClockBackwards,
    Lapsed,
    RulesNotMet,
    Refused,
};

// A failed call. The fields are for programs; message() is for people.
struct BankError
{
    ErrorKind kind = ErrorKind::NetworkError;
    int httpStatus = 0; // for HttpError; 0 otherwise
    ErrorCode code = ErrorCode::None;
    QString codeName; // the bank's "error" as written, e.g. "limit-exceeded"; empty when none
    QString field; // for missing-field and invalid-field: the member at fault
    QStringList rules; // for rules-not-met: the failed rules, e.g. "amount", "age"
    int timeoutMilliseconds = 0; // for Timeout: the limit that ran out
    // English, for logs and developers: the bank's own message or what the client found wrong.
    QString detail;

    // What happened, in plain words, in the user's language at the time of the call to this
    // function (so a language switch is followed).
    QString message() const;

    bool is(ErrorCode bankCode) const { return kind == ErrorKind::HttpError && code == bankCode; }
    // The bank wants a (new) authorization before it does this: no grant, an unknown or revoked
    // one, or an expired one. Nothing was done; authorize and repeat the call.
    bool needsAuthorization() const
    {
        return is(ErrorCode::Unauthorized) || is(ErrorCode::AuthorizationExpired);
    }
};

// The answer to one call: a value or the error that prevented it.
template<typename T>
class BankResult final
{
public:
    BankResult(T value)
        : m_outcome(std::move(value))
    { }
    BankResult(BankError error)
        : m_outcome(std::move(error))
    { }

    bool isOk() const { return std::holds_alternative<T>(m_outcome); }
    // Only when isOk().
    const T &value() const { return std::get<T>(m_outcome); }
    // Only when !isOk().
    const BankError &error() const { return std::get<BankError>(m_outcome); }

private:
    std::variant<T, BankError> m_outcome;
};

// An invoice as the bank is offered it, for a quote or a request (section 4.4).
struct Offer
{
    QString invoiceId; // the client's own id; makes requests idempotent
    QString invoiceNumber;
    QString customerNumber; // any usual spelling; the bank answers with the canonical one
    QString customerName; // sent as null when empty
    Money amount; // the total including VAT; its currency is sent too
    QDate issueDate;
    QDate dueDate; // sent as null when invalid, which the bank refuses as a missing field

    static Offer fromInvoice(const Invoice &invoice);
};

// The bank's time (section 4.2).
struct ClockStatus
{
    QDateTime now; // UTC
    QDate today; // the bank's calendar date
    bool bankingDay = false;
    QDate nextBankingDay;
    bool simulation = false; // the bank's clock may be moved through moveSimulatedClock

    friend bool operator==(const ClockStatus &, const ClockStatus &) = default;
};

// The EUR 100,000 revolving limit as the bank counts it (section 4.3):
// available = total - used - reserved.
struct LimitStatus
{
    Money total;
    Money used; // financed, not settled yet
    Money reserved; // awaiting signature or payout
    Money available;

    friend bool operator==(const LimitStatus &, const LimitStatus &) = default;
};

// What the bank would pay for an invoice today (section 4.5). Holds for the bank day validOn.
struct PriceQuote
{
    QString invoiceId;
    QString invoiceNumber;
    QString customerNumber; // canonical: "BE" and ten digits
    Money amount;
    int termDays = 0;
    int ageWorkingDays = 0;
    int feeBasisPoints = 0;
    Money cost;
    Money payout; // amount - cost
    QDateTime quotedAt;
    QDate validOn;

    Quote toQuote() const { return {payout, cost, feeBasisPoints, false}; }
};

// The states of a request at the bank (section 5).
enum class RequestState {
    AwaitingSignature,
    PayoutPending,
    Financed,
    Settled,
    Declined,
    Lapsed,
};

// The client's financing status for a bank state: a declined or lapsed request leaves the
// invoice free to be requested again, as if never requested.
FinancingStatus financingStatus(RequestState state);

// A request to buy one invoice (section 5). Times and dates are invalid while not (yet) so.
struct FinancingRequest
{
    QString id; // "R-" and six digits
    QString invoiceId;
    QString invoiceNumber;
    QString customerNumber;
    QString customerName;
    Money amount;
    QDate issueDate;
    QDate dueDate;
    int termDays = 0;
    int feeBasisPoints = 0;
    Money cost;
    Money payout;
    RequestState state = RequestState::AwaitingSignature;
    QDateTime requestedAt;
    QDateTime signingDeadline; // requestedAt + the signing window
    // Whole seconds left to sign at the moment of the answer, rounded up; only while awaiting
    // signature. A countdown runs from signingDeadline against the bank's clock instead.
    std::optional<int> secondsToSign;
    QDateTime signedAt;
    QDateTime declinedAt;
    QDateTime lapsedAt;
    QDate payoutDate; // set when signed
    QDateTime settledAt;
};

// The answer to a request for financing: the request, and whether the bank opened it now
// (201) or already had it with the same figures (200, a safe repeat).
struct PlacedRequest
{
    FinancingRequest request;
    bool isNew = false;
};

// The answer given in the simulated KBC Sign.
enum class SignDecision { Accept, Decline };

// The cost statement of a paid-out invoice, for the bookkeeping (section 4.10).
struct CostStatement
{
    QString requestId;
    QString invoiceId;
    QString invoiceNumber;
    QString customerNumber;
    QString customerName;
    RequestState state = RequestState::Financed; // financed or settled
    Money amount;
    int feeBasisPoints = 0;
    Money cost;
    Money payout;
    QDate issueDate;
    QDate dueDate;
    int termDays = 0;
    QDateTime requestedAt;
    QDateTime signedAt;
    QDate payoutDate;
    QDateTime settledAt; // invalid until the customer paid the bank
};

// The statements whose payout date lies in a period, with their totals (section 4.11).
struct StatementPeriod
{
    QDate from; // invalid: open end
    QDate to; // invalid: open end
    Money totalAmount;
    Money totalCost;
    Money totalPayout;
    QList<CostStatement> statements; // by payout date
};

// The access grant of the simulated KBC Sign authorization (section 11.1). The grant is a
// secret: keep it in a GrantVault, never in a file or a log.
struct AuthorizationGrant
{
    QString grant;
    QDateTime grantedAt; // UTC
    QDateTime expiresAt; // grantedAt + 60 days, on the bank's clock
};

// The answer to revoking a grant (section 11.2): nothing but success.
struct Revoked
{ };

// How to move the clock of a bank started for simulation (section 4.12).
struct ClockMove
{
    enum class Kind { ToTime, BySeconds, ByDays, ToNextBankingDay };

    static ClockMove toTime(const QDateTime &time) { return {Kind::ToTime, time, 0}; }
    static ClockMove bySeconds(qint64 seconds) { return {Kind::BySeconds, {}, seconds}; }
    static ClockMove byDays(int days) { return {Kind::ByDays, {}, days}; }
    // 09:00 local time on the next banking day: the morning a payout arrives.
    static ClockMove toNextBankingDay() { return {Kind::ToNextBankingDay, {}, 0}; }

    Kind kind = Kind::ToNextBankingDay;
    QDateTime time; // for ToTime
    qint64 amount = 0; // seconds or days
};

} // namespace BankApi

// The one way to the bank: owns the network access, sends the calls of the protocol and turns
// the answers into the plain values above. Every call ends in exactly one callback, a value or
// a BankApi::BankError, unless the context object is destroyed first, in which case the call is
// abandoned and the callback never runs. Callbacks run in the thread of the client, from the
// event loop, never inside the call that started them.
class BankClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const BankApi::BankResult<T> &)>;

    static constexpr int defaultTimeoutMilliseconds = 10'000;
    // An answer larger than this is not one the protocol can produce.
    static constexpr qint64 maximumAnswerBytes = 4 * 1024 * 1024;

    // baseUrl: "http://127.0.0.1:PORT", as the bank announces it.
    explicit BankClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~BankClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // How long a call may wait for its complete answer. Applies to calls started afterwards.
    int timeoutMilliseconds() const { return m_timeoutMilliseconds; }
    void setTimeoutMilliseconds(int milliseconds);
    // Calls started and not answered yet, abandoned ones included.
    int pendingCalls() const { return m_pendingCalls; }

    // The access grant sent as "Authorization: Bearer <grant>" with every call started from now
    // on; empty: none. Never logged.
    void setGrant(const QString &grant);
    bool hasGrant() const { return !m_grant.isEmpty(); }

    // context must not be null: the answer is delivered only while it lives.
    void parameters(const QObject *context, Callback<BankParameters> done);
    void clock(const QObject *context, Callback<BankApi::ClockStatus> done);
    void limit(const QObject *context, Callback<BankApi::LimitStatus> done);
    void quote(const BankApi::Offer &offer, const QObject *context,
               Callback<BankApi::PriceQuote> done);
    void requestFinancing(const BankApi::Offer &offer, const QObject *context,
                          Callback<BankApi::PlacedRequest> done);
    // Every request in the order it was made.
    void requests(const QObject *context, Callback<QList<BankApi::FinancingRequest>> done);
    void requestsForInvoice(const QString &invoiceId, const QObject *context,
                            Callback<QList<BankApi::FinancingRequest>> done);
    void request(const QString &requestId, const QObject *context,
                 Callback<BankApi::FinancingRequest> done);
    // The simulated KBC Sign.
    void sign(const QString &requestId, BankApi::SignDecision decision, const QObject *context,
              Callback<BankApi::FinancingRequest> done);
    // The customer paid the invoice to the bank.
    void reportCustomerPayment(const QString &requestId, const QObject *context,
                               Callback<BankApi::FinancingRequest> done);
    void statement(const QString &requestId, const QObject *context,
                   Callback<BankApi::CostStatement> done);
    // By payout date, both ends included; an invalid date leaves that end open.
    void statements(QDate from, QDate to, const QObject *context,
                    Callback<BankApi::StatementPeriod> done);
    // The simulated KBC Sign authorization for the company (its VAT number): a new grant, valid
    // 60 days. On success the client sends the new grant from then on, as after setGrant.
    void authorize(const QString &companyVatNumber, const QObject *context,
                   Callback<BankApi::AuthorizationGrant> done);
    // Revokes the grant the client sends (removing the integration). On success the client
    // sends no grant any more, unless another one was set meanwhile. Without a grant, or with
    // one the bank does not know, the answer is an error that needsAuthorization().
    void revokeAuthorization(const QObject *context, Callback<BankApi::Revoked> done);
    // Only on a bank started for simulation.
    void moveSimulatedClock(const BankApi::ClockMove &move, const QObject *context,
                            Callback<BankApi::ClockStatus> done);

private:
    // A 2xx answer, before it is read.
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    using AnswerHandler = std::function<void(const BankApi::BankResult<Answer> &)>;

    template<typename T, typename Read>
    static AnswerHandler reading(Read read, Callback<T> done);

    void send(const QByteArray &verb, const QString &encodedPath, const QString &encodedQuery,
              const QByteArray &body, const QObject *context, AnswerHandler handle);

    QUrl m_baseUrl;
    QNetworkAccessManager *m_network = nullptr; // child
    int m_timeoutMilliseconds = defaultTimeoutMilliseconds;
    int m_pendingCalls = 0;
    QString m_grant; // a secret: never logged
};
