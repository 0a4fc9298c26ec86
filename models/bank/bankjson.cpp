#include "bankjson.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace BankJson {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString fieldName(const char *name)
{
    return QString::fromLatin1(name);
}

bool isCanonicalAmount(const QString &text)
{
    static const QRegularExpression pattern(u"^-?[0-9]{1,13}\\.[0-9]{2}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

Object money(const Money &amount)
{
    return utf8(amount.toDecimalString());
}

Object date(QDate value)
{
    if (!value.isValid())
        return nullptr;
    return utf8(value.toString(Qt::ISODate));
}

Object time(const QDateTime &value)
{
    if (!value.isValid())
        return nullptr;
    return utf8(value.toUTC().toString(Qt::ISODateWithMs));
}

Object percent(int basisPoints)
{
    return utf8(u"%1.%2"_s.arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QChar(u'0')));
}

QByteArray dump(const Object &object)
{
    const std::string text = object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

Object requestObject(const FinancingRequest &request, const QDateTime &now)
{
    const InvoiceOffer &invoice = request.invoice;
    Object secondsToSign = nullptr;
    if (request.state == RequestState::AwaitingSignature) {
        // Whole seconds, rounded up, so that 0 is only ever shown once the window has closed.
        const qint64 milliseconds = std::max<qint64>(now.msecsTo(request.signingDeadline), 0);
        secondsToSign = (milliseconds + 999) / 1000;
    }
    Object object;
    object["id"] = utf8(request.id);
    object["invoice_id"] = utf8(invoice.invoiceId);
    object["invoice_number"] = utf8(invoice.invoiceNumber);
    object["customer_number"] = utf8(invoice.customerNumber);
    object["customer_name"] = utf8(invoice.customerName);
    object["currency"] = utf8(invoice.amount.currency());
    object["amount"] = money(invoice.amount);
    object["issue_date"] = date(invoice.issueDate);
    object["due_date"] = date(invoice.dueDate);
    object["term_days"] = invoice.termDays();
    object["fee_basis_points"] = request.feeBasisPoints;
    object["fee_percent"] = percent(request.feeBasisPoints);
    object["cost"] = money(request.cost);
    object["payout"] = money(request.payout);
    object["state"] = utf8(requestStateName(request.state));
    object["requested_at"] = time(request.requestedAt);
    object["signing_deadline"] = time(request.signingDeadline);
    object["seconds_to_sign"] = secondsToSign;
    object["signed_at"] = time(request.signedAt);
    object["declined_at"] = time(request.declinedAt);
    object["lapsed_at"] = time(request.lapsedAt);
    object["payout_date"] = date(request.payoutDate);
    object["settled_at"] = time(request.settledAt);
    return object;
}

Object statementObject(const FinancingRequest &request)
{
    const InvoiceOffer &invoice = request.invoice;
    Object object;
    object["request_id"] = utf8(request.id);
    object["invoice_id"] = utf8(invoice.invoiceId);
    object["invoice_number"] = utf8(invoice.invoiceNumber);
    object["customer_number"] = utf8(invoice.customerNumber);
    object["customer_name"] = utf8(invoice.customerName);
    object["state"] = utf8(requestStateName(request.state));
    object["currency"] = utf8(invoice.amount.currency());
    object["amount"] = money(invoice.amount);
    object["fee_basis_points"] = request.feeBasisPoints;
    object["fee_percent"] = percent(request.feeBasisPoints);
    object["cost"] = money(request.cost);
    object["payout"] = money(request.payout);
    object["issue_date"] = date(invoice.issueDate);
    object["due_date"] = date(invoice.dueDate);
    object["term_days"] = invoice.termDays();
    object["requested_at"] = time(request.requestedAt);
    object["signed_at"] = time(request.signedAt);
    object["payout_date"] = date(request.payoutDate);
    object["settled_at"] = time(request.settledAt);
    return object;
}

FieldReader::FieldReader(const nlohmann::json &object)
    : m_object(object)
{ }

std::optional<nlohmann::json> FieldReader::parseObject(const QByteArray &body, BankError *error)
{
    nlohmann::json parsed = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        if (error) {
            *error = BankError::of(BankErrorCode::MalformedJson,
                                   body.trimmed().isEmpty()
                                       ? u"The body is empty; a JSON object is expected."_s
                                       : u"The body is not a JSON object."_s);
        }
        return std::nullopt;
    }
    return parsed;
}

bool FieldReader::has(const char *name) const
{
    const auto found = m_object.find(name);
    return found != m_object.end() && !found->is_null();
}

const nlohmann::json *FieldReader::member(const char *name, bool required)
{
    const auto found = m_object.find(name);
    if (found == m_object.end() || found->is_null()) {
        if (required)
            fail(BankErrorCode::MissingField, name, u"The field \"%1\" is missing."_s);
        return nullptr;
    }
    return &*found;
}

void FieldReader::fail(BankErrorCode code, const char *name, const QString &message)
{
    if (!m_error)
        m_error = BankError::ofField(code, fieldName(name), message.arg(fieldName(name)));
}

QString FieldReader::requiredText(const char *name)
{
    const QString text = requiredString(name);
    if (text.isEmpty() && has(name))
        fail(BankErrorCode::InvalidField, name, u"The field \"%1\" must not be empty."_s);
    return text;
}

QString FieldReader::optionalText(const char *name)
{
    const nlohmann::json *value = member(name, false);
    if (!value)
        return {};
    if (!value->is_string()) {
        fail(BankErrorCode::InvalidField, name, u"The field \"%1\" must be a string."_s);
        return {};
    }
    return QString::fromStdString(value->get<std::string>());
}

QString FieldReader::requiredString(const char *name)
{
    if (!member(name, true))
        return {};
    return optionalText(name);
}

Money FieldReader::requiredAmount(const char *name, const QString &currency)
{
    const nlohmann::json *value = member(name, true);
    if (!value || m_error)
        return Money::fromCents(0, currency);
    const QString text =
        value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
    if (!isCanonicalAmount(text)) {
        fail(BankErrorCode::InvalidField, name,
             u"The field \"%1\" must be a decimal string with two decimals, e.g. \"12100.00\"."_s);
        return Money::fromCents(0, currency);
    }
    return Money::fromDecimalString(text, currency).value_or(Money::fromCents(0, currency));
}

QString FieldReader::requiredCurrency(const char *name)
{
    const QString text = requiredString(name);
    static const QRegularExpression pattern(u"^[A-Z]{3}$"_s);
    if (has(name) && !m_error && !pattern.match(text).hasMatch()) {
        fail(BankErrorCode::InvalidField, name,
             u"The field \"%1\" must be an ISO 4217 currency code such as \"EUR\"."_s);
    }
    return text;
}

QDate FieldReader::requiredDate(const char *name)
{
    if (!member(name, true))
        return {};
    return optionalDate(name);
}

QDate FieldReader::optionalDate(const char *name)
{
    const QString text = optionalText(name);
    if (text.isEmpty())
        return {};
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !value.isValid()) {
        fail(BankErrorCode::InvalidField, name,
             u"The field \"%1\" must be a date written YYYY-MM-DD."_s);
        return {};
    }
    return value;
}

QDateTime FieldReader::optionalTime(const char *name)
{
    const QString text = optionalText(name);
    if (text.isEmpty())
        return {};
    const QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        fail(BankErrorCode::InvalidField, name,
             u"The field \"%1\" must be an ISO 8601 date and time, e.g. "
             u"\"2026-03-02T09:00:00Z\"."_s);
        return {};
    }
    return value;
}

std::optional<qint64> FieldReader::optionalInteger(const char *name)
{
    const nlohmann::json *value = member(name, false);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()
        || (value->is_number_unsigned()
            && value->get<quint64>() > quint64(std::numeric_limits<qint64>::max()))) {
        fail(BankErrorCode::InvalidField, name, u"The field \"%1\" must be a whole number."_s);
        return std::nullopt;
    }
    return value->get<qint64>();
}

qint64 FieldReader::requiredInteger(const char *name)
{
    if (!member(name, true))
        return 0;
    return optionalInteger(name).value_or(0);
}

Outcome<FinancingRequest> requestFromObject(const nlohmann::json &object)
{
    if (!object.is_object())
        return BankError::of(BankErrorCode::MalformedJson, u"A request must be an object."_s);
    FieldReader reader(object);
    FinancingRequest request;
    request.id = reader.requiredText("id");
    InvoiceOffer &invoice = request.invoice;
    invoice.invoiceId = reader.requiredText("invoice_id");
    invoice.invoiceNumber = reader.requiredText("invoice_number");
    invoice.customerNumber = reader.requiredText("customer_number");
    invoice.customerName = reader.optionalText("customer_name");
    const QString currency = reader.requiredCurrency("currency");
    invoice.amount = reader.requiredAmount("amount", currency);
    invoice.issueDate = reader.requiredDate("issue_date");
    invoice.dueDate = reader.requiredDate("due_date");
    request.feeBasisPoints = int(reader.requiredInteger("fee_basis_points"));
    request.cost = reader.requiredAmount("cost", currency);
    request.payout = reader.requiredAmount("payout", currency);
    const QString state = reader.requiredText("state");
    request.requestedAt = reader.optionalTime("requested_at");
    request.signingDeadline = reader.optionalTime("signing_deadline");
    request.signedAt = reader.optionalTime("signed_at");
    request.declinedAt = reader.optionalTime("declined_at");
    request.lapsedAt = reader.optionalTime("lapsed_at");
    request.payoutDate = reader.optionalDate("payout_date");
    request.settledAt = reader.optionalTime("settled_at");
    if (reader.error())
        return *reader.error();
    const std::optional<RequestState> parsedState = requestStateFromName(state);
    if (!parsedState) {
        return BankError::ofField(BankErrorCode::InvalidField, u"state"_s,
                                  u"Unknown request state \"%1\"."_s.arg(state));
    }
    request.state = *parsedState;
    return request;
}

} // namespace BankJson
