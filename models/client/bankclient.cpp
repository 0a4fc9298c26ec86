#include "bankclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <array>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace BankApi;

namespace {

Q_LOGGING_CATEGORY(lcBankClient, "odf.client.bank", QtWarningMsg)

using Json = nlohmann::json;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

Json dateOrNull(QDate date)
{
    return date.isValid() ? Json(toStd(date.toString(Qt::ISODate))) : Json(nullptr);
}

QByteArray dump(const Json &object)
{
    // Replaces what is not UTF-8 instead of throwing: a bad name on an invoice must not end
    // the program; the bank will judge the figures.
    return QByteArray::fromStdString(object.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QByteArray offerBody(const Offer &offer)
{
    Json object = Json::object();
    object["invoice_id"] = toStd(offer.invoiceId);
    object["invoice_number"] = toStd(offer.invoiceNumber);
    object["customer_number"] = toStd(offer.customerNumber);
    object["customer_name"] =
        offer.customerName.isEmpty() ? Json(nullptr) : Json(toStd(offer.customerName));
    object["amount"] = toStd(offer.amount.toDecimalString());
    object["currency"] = toStd(offer.amount.currency());
    object["issue_date"] = dateOrNull(offer.issueDate);
    object["due_date"] = dateOrNull(offer.dueDate);
    return dump(object);
}

QByteArray clockMoveBody(const ClockMove &move)
{
    Json object = Json::object();
    switch (move.kind) {
    case ClockMove::Kind::ToTime:
        // In UTC with "Z", so the bank does not read it in its own local time.
        object["now"] = toStd(move.time.toUTC().toString(Qt::ISODateWithMs));
        break;
    case ClockMove::Kind::BySeconds:
        object["advance_seconds"] = move.amount;
        break;
    case ClockMove::Kind::ByDays:
        object["advance_days"] = move.amount;
        break;
    case ClockMove::Kind::ToNextBankingDay:
        object["next_banking_day"] = true;
        break;
    }
    return dump(object);
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// A JSON object, or nothing when the text is not one. nlohmann parses and frees nesting
// without recursion, so deeply nested garbage cannot exhaust the stack.
std::optional<Json> parseObject(const QByteArray &body)
{
    Json json = Json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    return json;
}

// Reads the members of one object of an answer, remembering the first problem. Every read after
// a problem still returns a value, so a reader reads every member and then looks at ok() once.
// Members it is not asked for are ignored: the bank may add some.
class JsonReader final
{
public:
    explicit JsonReader(const Json &object)
        : m_object(object)
    { }

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // Keeps the first problem only.
    void report(const QString &problem)
    {
        if (ok())
            m_problem = problem;
    }
    void takeProblem(const JsonReader &inner, const QString &where)
    {
        if (!inner.ok())
            report(where + u": "_s + inner.problem());
    }

    QString text(const char *name)
    {
        const Json *value = member(name, true);
        if (value && !value->is_string())
            fail(name, "is not a string");
        return value && value->is_string() ? fromStd(value->get<std::string>()) : QString();
    }
    QString optionalText(const char *name)
    {
        const Json *value = member(name, false);
        if (value && !value->is_string())
            fail(name, "is not a string");
        return value && value->is_string() ? fromStd(value->get<std::string>()) : QString();
    }
    // Three upper-case letters.
    QString currency(const char *name = "currency")
    {
        const QString code = text(name);
        const bool valid = code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
                               return c >= u'A' && c <= u'Z';
                           });
        if (ok() && !valid)
            fail(name, "is not a currency code");
        return code;
    }
    // "12100.00", "-5.00": digits, a point and exactly two decimals.
    Money money(const char *name, const QString &currency)
    {
        const QString written = text(name);
        if (!ok())
            return {};
        const qsizetype digits = written.startsWith(u'-') ? written.size() - 1 : written.size();
        const bool shaped = digits >= 4 && written.at(written.size() - 3) == u'.';
        const std::optional<Money> amount =
            shaped ? Money::fromDecimalString(written, currency) : std::nullopt;
        if (!amount) {
            fail(name, "is not an amount with two decimals");
            return {};
        }
        return *amount;
    }
    QDate date(const char *name) { return readDate(name, true); }
    QDate optionalDate(const char *name) { return readDate(name, false); }
    QDateTime time(const char *name) { return readTime(name, true); }
    QDateTime optionalTime(const char *name) { return readTime(name, false); }
    int integer(const char *name) { return readInteger(name, true).value_or(0); }
    std::optional<int> optionalInteger(const char *name) { return readInteger(name, false); }
    bool boolean(const char *name)
    {
        const Json *value = member(name, true);
        if (value && !value->is_boolean())
            fail(name, "is not true or false");
        return value && value->is_boolean() && value->get<bool>();
    }
    RequestState state(const char *name)
    {
        static constexpr std::array<std::pair<const char *, RequestState>, 6> names {{
            {"awaiting-signature", RequestState::AwaitingSignature},
            {"payout-pending", RequestState::PayoutPending},
            {"financed", RequestState::Financed},
            {"settled", RequestState::Settled},
            {"declined", RequestState::Declined},
            {"lapsed", RequestState::Lapsed},
        }};
        const QString written = text(name);
        for (const auto &[stateName, state] : names) {
            if (written == QLatin1StringView(stateName))
                return state;
        }
        if (ok())
            fail(name, "is not a known state");
        return RequestState::AwaitingSignature;
    }
    // The elements of an array member; empty, with a problem, when it is not an array.
    const Json &array(const char *name)
    {
        static const Json empty = Json::array();
        const Json *value = member(name, true);
        if (value && !value->is_array())
            fail(name, "is not an array");
        return value && value->is_array() ? *value : empty;
    }

private:
    // The member, or nullptr when it is absent or null (a problem when it is required).
    const Json *member(const char *name, bool required)
    {
        const auto found = m_object.find(name);
        if (found == m_object.end() || found->is_null()) {
            if (required)
                fail(name, "is missing");
            return nullptr;
        }
        return &*found;
    }
    QDate readDate(const char *name, bool required)
    {
        const QString written = required ? text(name) : optionalText(name);
        if (written.isEmpty())
            return {};
        const QDate date = QDate::fromString(written, Qt::ISODate);
        if (!date.isValid() || written.size() != 10)
            fail(name, "is not a date");
        return date;
    }
    QDateTime readTime(const char *name, bool required)
    {
        const QString written = required ? text(name) : optionalText(name);
        if (written.isEmpty())
            return {};
        const QDateTime time = QDateTime::fromString(written, Qt::ISODateWithMs);
        if (!time.isValid())
            fail(name, "is not a time");
        return time;
    }
    std::optional<int> readInteger(const char *name, bool required)
    {
        const Json *value = member(name, required);
        if (!value)
            return std::nullopt;
        const bool fits = value->is_number_integer()
            && value->get<qint64>() >= std::numeric_limits<int>::min()
            && value->get<qint64>() <= std::numeric_limits<int>::max()
            && !(value->is_number_unsigned()
                 && value->get<quint64>() > quint64(std::numeric_limits<int>::max()));
        if (!fits) {
            fail(name, "is not a whole number");
            return std::nullopt;
        }
        return int(value->get<qint64>());
    }
    void fail(const char *name, const char *what)
    {
        report(u"\"%1\" %2"_s.arg(QLatin1StringView(name), QLatin1StringView(what)));
    }

    const Json &m_object;
    QString m_problem;
};

BankParameters readParameters(JsonReader &json)
{
    const QString currency = json.currency();
    BankParameters parameters;
    parameters.minimumAmount = json.money("minimum_amount", currency);
    parameters.maximumAmount = json.money("maximum_amount", currency);
    parameters.minimumTermDays = json.integer("minimum_term_days");
    parameters.maximumTermDays = json.integer("maximum_term_days");
    parameters.maximumAgeWorkingDays = json.integer("maximum_age_working_days");
    parameters.totalLimit = json.money("total_limit", currency);
    parameters.signingWindowSeconds = json.integer("signing_window_seconds");
    return parameters;
}

AuthorizationGrant readGrant(JsonReader &json)
{
    AuthorizationGrant grant;
    grant.grant = json.text("grant");
    grant.grantedAt = json.time("granted_at");
    grant.expiresAt = json.time("expires_at");
    // Never the grant itself in a problem: problems are logged.
    if (json.ok() && grant.grant.isEmpty())
        json.report(u"\"grant\" is empty"_s);
    return grant;
}

ClockStatus readClock(JsonReader &json)
{
    ClockStatus clock;
    clock.now = json.time("now");
    clock.today = json.date("today");
    clock.bankingDay = json.boolean("banking_day");
    clock.nextBankingDay = json.date("next_banking_day");
    clock.simulation = json.boolean("simulation");
    return clock;
}

LimitStatus readLimit(JsonReader &json)
{
    const QString currency = json.currency();
    LimitStatus limit;
    limit.total = json.money("total", currency);
    limit.used = json.money("used", currency);
    limit.reserved = json.money("reserved", currency);
    limit.available = json.money("available", currency);
    return limit;
}

PriceQuote readQuote(JsonReader &json)
{
    const QString currency = json.currency();
    PriceQuote quote;
    quote.invoiceId = json.text("invoice_id");
    quote.invoiceNumber = json.text("invoice_number");
    quote.customerNumber = json.text("customer_number");
    quote.amount = json.money("amount", currency);
    quote.termDays = json.integer("term_days");
    quote.ageWorkingDays = json.integer("age_working_days");
    quote.feeBasisPoints = json.integer("fee_basis_points");
    quote.cost = json.money("cost", currency);
    quote.payout = json.money("payout", currency);
    quote.quotedAt = json.time("quoted_at");
    quote.validOn = json.date("valid_on");
    return quote;
}

FinancingRequest readRequest(JsonReader &json)
{
    const QString currency = json.currency();
    FinancingRequest request;
    request.id = json.text("id");
    request.invoiceId = json.text("invoice_id");
    request.invoiceNumber = json.text("invoice_number");
    request.customerNumber = json.text("customer_number");
    request.customerName = json.optionalText("customer_name");
    request.amount = json.money("amount", currency);
    request.issueDate = json.date("issue_date");
    request.dueDate = json.date("due_date");
    request.termDays = json.integer("term_days");
    request.feeBasisPoints = json.integer("fee_basis_points");
    request.cost = json.money("cost", currency);
    request.payout = json.money("payout", currency);
    request.state = json.state("state");
    request.requestedAt = json.time("requested_at");
    request.signingDeadline = json.time("signing_deadline");
    request.secondsToSign = json.optionalInteger("seconds_to_sign");
    request.signedAt = json.optionalTime("signed_at");
    request.declinedAt = json.optionalTime("declined_at");
    request.lapsedAt = json.optionalTime("lapsed_at");
    request.payoutDate = json.optionalDate("payout_date");
    request.settledAt = json.optionalTime("settled_at");
    return request;
}

QList<FinancingRequest> readRequestList(JsonReader &json)
{
    QList<FinancingRequest> requests;
    const Json &elements = json.array("requests");
    for (std::size_t index = 0; index < elements.size() && json.ok(); ++index) {
        const Json &element = elements[index];
        if (!element.is_object()) {
            json.report(u"requests[%1] is not an object"_s.arg(index));
            return {};
        }
        JsonReader inner(element);
        requests.append(readRequest(inner));
        json.takeProblem(inner, u"requests[%1]"_s.arg(index));
    }
    return requests;
}

CostStatement readStatement(JsonReader &json)
{
    const QString currency = json.currency();
    CostStatement statement;
    statement.requestId = json.text("request_id");
    statement.invoiceId = json.text("invoice_id");
    statement.invoiceNumber = json.text("invoice_number");
    statement.customerNumber = json.text("customer_number");
    statement.customerName = json.optionalText("customer_name");
    statement.state = json.state("state");
    statement.amount = json.money("amount", currency);
    statement.feeBasisPoints = json.integer("fee_basis_points");
    statement.cost = json.money("cost", currency);
    statement.payout = json.money("payout", currency);
    statement.issueDate = json.date("issue_date");
    statement.dueDate = json.date("due_date");
    statement.termDays = json.integer("term_days");
    statement.requestedAt = json.time("requested_at");
    statement.signedAt = json.time("signed_at");
    statement.payoutDate = json.date("payout_date");
    statement.settledAt = json.optionalTime("settled_at");
    return statement;
}

StatementPeriod readStatementPeriod(JsonReader &json)
{
    const QString currency = json.currency();
    StatementPeriod period;
    period.from = json.optionalDate("from");
    period.to = json.optionalDate("to");
    period.totalAmount = json.money("total_amount", currency);
    period.totalCost = json.money("total_cost", currency);
    period.totalPayout = json.money("total_payout", currency);
    const int count = json.integer("count");
    const Json &elements = json.array("statements");
    for (std::size_t index = 0; index < elements.size() && json.ok(); ++index) {
        const Json &element = elements[index];
        if (!element.is_object()) {
            json.report(u"statements[%1] is not an object"_s.arg(index));
            return period;
        }
        JsonReader inner(element);
        period.statements.append(readStatement(inner));
        json.takeProblem(inner, u"statements[%1]"_s.arg(index));
    }
    if (count != period.statements.size())
        json.report(u"\"count\" does not match the statements"_s);
    return period;
}

BankError failure(ErrorKind kind, const QString &detail)
{
    BankError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ErrorCode errorCodeOf(const QString &name)
{
    static constexpr std::array<std::pair<const char *, ErrorCode>, 16> codes {{
        {"malformed-json", ErrorCode::MalformedJson},
        {"missing-field", ErrorCode::MissingField},
        {"invalid-field", ErrorCode::InvalidField},
        {"unauthorized", ErrorCode::Unauthorized},
        {"authorization-expired", ErrorCode::AuthorizationExpired},
        {"simulation-disabled", ErrorCode::SimulationDisabled},
        {"not-found", ErrorCode::NotFound},
        {"unknown-request", ErrorCode::UnknownRequest},
        {"method-not-allowed", ErrorCode::MethodNotAllowed},
        {"limit-exceeded", ErrorCode::LimitExceeded},
        {"already-requested", ErrorCode::AlreadyRequested},
        {"invalid-state", ErrorCode::InvalidState},
        {"clock-backwards", ErrorCode::ClockBackwards},
        {"lapsed", ErrorCode::Lapsed},
        {"rules-not-met", ErrorCode::RulesNotMet},
        {"refused", ErrorCode::Refused},
    }};
    if (name.isEmpty())
        return ErrorCode::None;
    for (const auto &[codeName, code] : codes) {
        if (name == QLatin1StringView(codeName))
            return code;
    }
    return ErrorCode::Other;
}

// An answer with an error status. Its body is read leniently: whatever the bank says about the
// error is kept, and a body that says nothing still leaves the status.
BankError httpError(int status, const QByteArray &body)
{
    BankError error = failure(ErrorKind::HttpError, {});
    error.httpStatus = status;
    const std::optional<Json> object = parseObject(body);
    if (!object) {
        error.detail = u"HTTP status %1 without an error object"_s.arg(status);
        return error;
    }
    const auto textOf = [&object](const char *name) {
        const auto found = object->find(name);
        return found != object->end() && found->is_string() ? fromStd(found->get<std::string>())
                                                            : QString();
    };
    error.codeName = textOf("error");
    error.code = errorCodeOf(error.codeName);
    error.field = textOf("field");
    error.detail = textOf("message");
    if (const auto rules = object->find("rules"); rules != object->end() && rules->is_array()) {
        for (const Json &rule : *rules) {
            if (rule.is_string())
                error.rules.append(fromStd(rule.get<std::string>()));
        }
    }
    return error;
}

QString ruleText(const QString &rule)
{
    if (rule == u"amount")
        return BankClient::tr("the amount is outside the range KBC finances");
    if (rule == u"term")
        return BankClient::tr("the payment term is outside the range KBC accepts");
    if (rule == u"age")
        return BankClient::tr("the invoice is too old");
    if (rule == u"vat-number")
        return BankClient::tr("the customer's VAT number is not a valid Belgian number");
    if (rule == u"currency")
        return BankClient::tr("the invoice is not in euro");
    return rule;
}

QString httpErrorMessage(const BankError &error)
{
    switch (error.code) {
    case ErrorCode::Refused:
        return BankClient::tr("KBC decided not to buy this invoice. The decision is based on the "
                              "customer's VAT number, the booking date and the payment term.");
    case ErrorCode::RulesNotMet: {
        QStringList reasons;
        for (const QString &rule : error.rules)
            reasons.append(ruleText(rule));
        if (reasons.isEmpty())
            return BankClient::tr("KBC does not accept this invoice.");
        return BankClient::tr("KBC does not accept this invoice: %1.").arg(reasons.join(u"; "_s));
    }
    case ErrorCode::LimitExceeded:
        return BankClient::tr("This invoice would take the amount financed by KBC above your "
                              "limit. Wait until the customers of financed invoices have paid.");
    case ErrorCode::AlreadyRequested:
        return BankClient::tr("This invoice was already offered to KBC with other figures.");
    case ErrorCode::Lapsed:
        return BankClient::tr("The time to sign in KBC Sign has run out; the request has lapsed. "
                              "You can request financing again.");
    case ErrorCode::InvalidState:
        return BankClient::tr("KBC cannot do this for the request in its present state.");
    case ErrorCode::UnknownRequest:
        return BankClient::tr("KBC does not know this request.");
    case ErrorCode::MissingField:
        return BankClient::tr("KBC could not process the invoice: “%1” is missing.")
            .arg(error.field);
    case ErrorCode::InvalidField:
        return BankClient::tr("KBC could not process the invoice: “%1” is not valid.")
            .arg(error.field);
    case ErrorCode::Unauthorized:
        return BankClient::tr("KBC needs you to authorize this application in KBC Sign first.");
    case ErrorCode::AuthorizationExpired:
        return BankClient::tr("The authorization of this application in KBC Sign has expired "
                              "after 60 days. Authorize it again to continue; nothing was lost.");
    case ErrorCode::SimulationDisabled:
        return BankClient::tr("This bank does not allow its clock to be moved.");
    case ErrorCode::ClockBackwards:
        return BankClient::tr("The bank's clock only moves forward.");
    case ErrorCode::MalformedJson:
    case ErrorCode::NotFound:
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::Other:
    case ErrorCode::None:
        break;
    }
    if (error.httpStatus >= 500)
        return BankClient::tr("KBC had a problem of its own (HTTP status %1). Try again later.")
            .arg(error.httpStatus);
    return BankClient::tr("KBC did not understand this application's call (HTTP status %1).")
        .arg(error.httpStatus);
}

} // namespace

namespace BankApi {

QString BankError::message() const
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
        return BankClient::tr("Could not connect to KBC: the bank refused the connection or is "
                              "not running.");
    case ErrorKind::ConnectionLost:
        return BankClient::tr("The connection to KBC was closed before its answer was "
                              "complete.");
    case ErrorKind::Timeout: {
        const int seconds = std::max(1, (timeoutMilliseconds + 999) / 1000);
        return BankClient::tr("KBC did not answer within %n second(s).", nullptr, seconds);
    }
    case ErrorKind::NetworkError:
        return BankClient::tr("Could not reach KBC: %1").arg(detail);
    case ErrorKind::HttpError:
        return httpErrorMessage(*this);
    case ErrorKind::MalformedReply:
        return BankClient::tr("KBC sent an answer this application cannot read.");
    }
    return BankClient::tr("The call to KBC failed.");
}

Offer Offer::fromInvoice(const Invoice &invoice)
{
    return {invoice.id,    invoice.number,    invoice.customer.number, invoice.customer.name,
            invoice.total, invoice.issueDate, invoice.dueDate};
}

FinancingStatus financingStatus(RequestState state)
{
    switch (state) {
    case RequestState::AwaitingSignature:
        return FinancingStatus::AwaitingSignature;
    case RequestState::PayoutPending:
        return FinancingStatus::PayoutPending;
    case RequestState::Financed:
        return FinancingStatus::Financed;
    case RequestState::Settled:
        return FinancingStatus::Settled;
    case RequestState::Declined:
    case RequestState::Lapsed:
        break;
    }
    return FinancingStatus::None;
}

} // namespace BankApi

namespace {

// What the client knows about one call in flight beyond the reply itself.
struct CallState
{
    QPointer<const QObject> context;
    int timeoutMilliseconds = 0;
    bool timedOut = false;
    bool tooLarge = false;
};

bool isProtocolError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ProtocolUnknownError
        || error == QNetworkReply::ProtocolInvalidOperationError
        || error == QNetworkReply::ProtocolFailure;
}

// The failure of a call that did not bring an HTTP answer; nullopt when it did.
std::optional<BankError> transportFailure(const QNetworkReply &reply, const CallState &state)
{
    const QNetworkReply::NetworkError error = reply.error();
    const bool hasStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    // First what the client itself cut short: its abort shows as a cancelled operation.
    if (state.tooLarge) {
        return failure(ErrorKind::MalformedReply,
                       u"the answer is larger than %1 bytes"_s.arg(BankClient::maximumAnswerBytes));
    }
    if (state.timedOut || error == QNetworkReply::TimeoutError
        || error == QNetworkReply::OperationCanceledError) {
        // The only aborts besides the client's own deadline are Qt's transfer timeout and a
        // context that went away, whose answer is never delivered.
        BankError timeout = failure(ErrorKind::Timeout, reply.errorString());
        timeout.timeoutMilliseconds = state.timeoutMilliseconds;
        return timeout;
    }
    if (error == QNetworkReply::ConnectionRefusedError)
        return failure(ErrorKind::ConnectionRefused, reply.errorString());
    if (error == QNetworkReply::RemoteHostClosedError)
        return failure(ErrorKind::ConnectionLost, reply.errorString());
    // Errors below 200 are those of the connection and of proxies.
    if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        return failure(ErrorKind::NetworkError, reply.errorString());
    // Every other error that comes with an HTTP status is that status, whose body says more:
    // Qt calls a 400 a protocol error and a 500 an internal server error.
    if (hasStatus)
        return std::nullopt;
    if (isProtocolError(error))
        return failure(ErrorKind::MalformedReply, reply.errorString());
    if (error == QNetworkReply::NoError)
        return failure(ErrorKind::MalformedReply, u"the answer has no HTTP status"_s);
    return failure(ErrorKind::NetworkError, reply.errorString());
}

} // namespace

BankClient::BankClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager(this))
{
    // The bank is on the loopback interface: a proxy from the environment has no business
    // between two processes on one machine.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

BankClient::~BankClient() = default;

void BankClient::setGrant(const QString &grant)
{
    m_grant = grant;
}

void BankClient::setTimeoutMilliseconds(int milliseconds)
{
    m_timeoutMilliseconds = std::max(1, milliseconds);
}

template<typename T, typename Read>
BankClient::AnswerHandler BankClient::reading(Read read, Callback<T> done)
{
    return [read, done = std::move(done)](const BankResult<Answer> &answer) {
        if (!answer.isOk()) {
            done(answer.error());
            return;
        }
        const std::optional<Json> object = parseObject(answer.value().body);
        if (!object) {
            qCWarning(lcBankClient) << "the answer is not a JSON object";
            done(failure(ErrorKind::MalformedReply, u"the answer is not a JSON object"_s));
            return;
        }
        JsonReader reader(*object);
        T value = [&] {
            if constexpr (std::is_invocable_v<Read, JsonReader &, int>)
                return read(reader, answer.value().status);
            else
                return read(reader);
        }();
        if (!reader.ok()) {
            qCWarning(lcBankClient) << "unreadable answer:" << reader.problem();
            done(failure(ErrorKind::MalformedReply, reader.problem()));
            return;
        }
        done(BankResult<T>(std::move(value)));
    };
}

void BankClient::send(const QByteArray &verb, const QString &encodedPath,
                      const QString &encodedQuery, const QByteArray &body, const QObject *context,
                      AnswerHandler handle)
{
    Q_ASSERT(context);
    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + encodedPath, QUrl::TolerantMode);
    url.setQuery(encodedQuery.isEmpty() ? QString() : encodedQuery, QUrl::TolerantMode);

    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    // Qt's transfer timeout catches a bank that falls silent; the deadline below also catches
    // one that keeps the connection busy without ever finishing its answer.
    request.setTransferTimeout(m_timeoutMilliseconds);
    if (!m_grant.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_grant.toUtf8());
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    ++m_pendingCalls;
    // The method and the URL only: the headers carry the grant.
    qCDebug(lcBankClient) << verb << url.toDisplayString();

    auto state = std::make_shared<CallState>();
    state->context = context;
    state->timeoutMilliseconds = m_timeoutMilliseconds;

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMilliseconds);

    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, state](qint64 received, qint64 total) {
                if (received > maximumAnswerBytes || total > maximumAnswerBytes) {
                    state->tooLarge = true;
                    reply->abort();
                }
            });
    // Queued: aborting emits finished, which must not run while the context is half destroyed.
    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort, Qt::QueuedConnection);

    connect(
        reply, &QNetworkReply::finished, this, [this, reply, state, handle = std::move(handle)] {
            --m_pendingCalls;
            reply->deleteLater();
            if (!state->context) {
                qCDebug(lcBankClient) << "answer dropped: its receiver is gone";
                return;
            }
            if (const std::optional<BankError> failed = transportFailure(*reply, *state)) {
                qCDebug(lcBankClient) << "call failed:" << failed->detail;
                handle(*failed);
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            if (status < 200 || status > 299) {
                const BankError error = httpError(status, answer);
                qCDebug(lcBankClient) << "bank error" << status << error.codeName << error.detail;
                handle(error);
                return;
            }
            handle(Answer {status, answer});
        });
}

void BankClient::parameters(const QObject *context, Callback<BankParameters> done)
{
    send("GET", u"/v1/parameters"_s, {}, {}, context, reading(&readParameters, std::move(done)));
}

void BankClient::clock(const QObject *context, Callback<ClockStatus> done)
{
    send("GET", u"/v1/clock"_s, {}, {}, context, reading(&readClock, std::move(done)));
}

void BankClient::limit(const QObject *context, Callback<LimitStatus> done)
{
    send("GET", u"/v1/limit"_s, {}, {}, context, reading(&readLimit, std::move(done)));
}

void BankClient::quote(const Offer &offer, const QObject *context, Callback<PriceQuote> done)
{
    send("POST", u"/v1/quotes"_s, {}, offerBody(offer), context,
         reading(&readQuote, std::move(done)));
}

void BankClient::requestFinancing(const Offer &offer, const QObject *context,
                                  Callback<PlacedRequest> done)
{
    const auto read = [](JsonReader &json, int status) {
        return PlacedRequest {readRequest(json), status == 201};
    };
    send("POST", u"/v1/requests"_s, {}, offerBody(offer), context, reading(read, std::move(done)));
}

void BankClient::requests(const QObject *context, Callback<QList<FinancingRequest>> done)
{
    send("GET", u"/v1/requests"_s, {}, {}, context, reading(&readRequestList, std::move(done)));
}

void BankClient::requestsForInvoice(const QString &invoiceId, const QObject *context,
                                    Callback<QList<FinancingRequest>> done)
{
    send("GET", u"/v1/requests"_s, u"invoice_id="_s + pathSegment(invoiceId), {}, context,
         reading(&readRequestList, std::move(done)));
}

void BankClient::request(const QString &requestId, const QObject *context,
                         Callback<FinancingRequest> done)
{
    send("GET", u"/v1/requests/"_s + pathSegment(requestId), {}, {}, context,
         reading(&readRequest, std::move(done)));
}

void BankClient::sign(const QString &requestId, SignDecision decision, const QObject *context,
                      Callback<FinancingRequest> done)
{
    Json body = Json::object();
    body["decision"] = decision == SignDecision::Accept ? "accept" : "decline";
    send("POST", u"/v1/requests/%1/signature"_s.arg(pathSegment(requestId)), {}, dump(body),
         context, reading(&readRequest, std::move(done)));
}

void BankClient::reportCustomerPayment(const QString &requestId, const QObject *context,
                                       Callback<FinancingRequest> done)
{
    send("POST", u"/v1/requests/%1/customer-payment"_s.arg(pathSegment(requestId)), {},
         QByteArrayLiteral("{}"), context, reading(&readRequest, std::move(done)));
}

void BankClient::statement(const QString &requestId, const QObject *context,
                           Callback<CostStatement> done)
{
    send("GET", u"/v1/requests/%1/statement"_s.arg(pathSegment(requestId)), {}, {}, context,
         reading(&readStatement, std::move(done)));
}

void BankClient::statements(QDate from, QDate to, const QObject *context,
                            Callback<StatementPeriod> done)
{
    QStringList query;
    if (from.isValid())
        query.append(u"from="_s + from.toString(Qt::ISODate));
    if (to.isValid())
        query.append(u"to="_s + to.toString(Qt::ISODate));
    send("GET", u"/v1/statements"_s, query.join(u'&'), {}, context,
         reading(&readStatementPeriod, std::move(done)));
}

void BankClient::authorize(const QString &companyVatNumber, const QObject *context,
                           Callback<AuthorizationGrant> done)
{
    Json body = Json::object();
    body["company_vat_number"] = toStd(companyVatNumber);
    QPointer<BankClient> self(this);
    Callback<AuthorizationGrant> keep =
        [self, done = std::move(done)](const BankResult<AuthorizationGrant> &result) {
            if (result.isOk() && self)
                self->m_grant = result.value().grant;
            done(result);
        };
    send("POST", u"/v1/authorizations"_s, {}, dump(body), context,
         reading(&readGrant, std::move(keep)));
}

void BankClient::revokeAuthorization(const QObject *context, Callback<Revoked> done)
{
    const QString revoked = m_grant;
    QPointer<BankClient> self(this);
    // 204 without a body: any 2xx answer is the revocation.
    send("DELETE", u"/v1/authorizations/current"_s, {}, {}, context,
         [self, revoked, done = std::move(done)](const BankResult<Answer> &answer) {
             if (!answer.isOk()) {
                 done(answer.error());
                 return;
             }
             if (self && self->m_grant == revoked)
                 self->m_grant.clear();
             done(Revoked {});
         });
}

void BankClient::moveSimulatedClock(const ClockMove &move, const QObject *context,
                                    Callback<ClockStatus> done)
{
    send("POST", u"/v1/simulation/clock"_s, {}, clockMoveBody(move), context,
         reading(&readClock, std::move(done)));
}
