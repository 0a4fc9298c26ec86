#include "bankprotocol.h"

#include "bankcalendar.h"
#include "bankjson.h"
#include "vatnumber.h"

using namespace Qt::StringLiterals;

namespace BankProtocol {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

BankError invalidField(const QString &field, const QString &message)
{
    return BankError::ofField(BankErrorCode::InvalidField, field, message);
}

} // namespace

Outcome<InvoiceOffer> readOffer(const QByteArray &body)
{
    BankError parseError;
    const std::optional<nlohmann::json> object =
        BankJson::FieldReader::parseObject(body, &parseError);
    if (!object)
        return parseError;
    BankJson::FieldReader reader(*object);
    InvoiceOffer offer;
    offer.invoiceId = reader.requiredText("invoice_id");
    offer.invoiceNumber = reader.requiredText("invoice_number");
    offer.customerNumber = reader.requiredString("customer_number");
    offer.customerName = reader.optionalText("customer_name");
    const QString currency = reader.requiredCurrency("currency");
    offer.amount = reader.requiredAmount("amount", currency);
    offer.issueDate = reader.requiredDate("issue_date");
    offer.dueDate = reader.requiredDate("due_date");
    if (reader.error())
        return *reader.error();
    return offer;
}

Outcome<bool> readSignature(const QByteArray &body)
{
    BankError parseError;
    const std::optional<nlohmann::json> object =
        BankJson::FieldReader::parseObject(body, &parseError);
    if (!object)
        return parseError;
    BankJson::FieldReader reader(*object);
    const QString decision = reader.requiredText("decision");
    if (reader.error())
        return *reader.error();
    if (decision == u"accept")
        return true;
    if (decision == u"decline")
        return false;
    return invalidField(u"decision"_s,
                        u"The field \"decision\" must be \"accept\" or \"decline\"."_s);
}

Outcome<QString> readAuthorization(const QByteArray &body)
{
    BankError parseError;
    const std::optional<nlohmann::json> object =
        BankJson::FieldReader::parseObject(body, &parseError);
    if (!object)
        return parseError;
    BankJson::FieldReader reader(*object);
    const QString vatNumber = reader.requiredText("company_vat_number");
    if (reader.error())
        return *reader.error();
    const QString canonical = VatNumber::normalizedBelgian(vatNumber);
    if (canonical.isEmpty()) {
        return invalidField(u"company_vat_number"_s,
                            u"The field \"company_vat_number\" must be a Belgian VAT number, "
                            u"e.g. \"BE0123456749\"."_s);
    }
    return canonical;
}

QString bearerGrant(const QByteArray &authorizationHeader)
{
    const QByteArray header = authorizationHeader.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

Outcome<QDateTime> readClockMove(const QByteArray &body, const QDateTime &now)
{
    BankError parseError;
    const std::optional<nlohmann::json> object =
        BankJson::FieldReader::parseObject(body, &parseError);
    if (!object)
        return parseError;
    BankJson::FieldReader reader(*object);
    const char *const moves[] = {"now", "advance_seconds", "advance_days", "next_banking_day"};
    int given = 0;
    for (const char *move : moves)
        given += reader.has(move) ? 1 : 0;
    if (given != 1) {
        return BankError::of(BankErrorCode::MissingField,
                             u"Give exactly one of \"now\", \"advance_seconds\", "
                             u"\"advance_days\" and \"next_banking_day\"."_s);
    }

    QDateTime target;
    if (reader.has("now")) {
        target = reader.optionalTime("now");
    } else if (reader.has("advance_seconds")) {
        target = now.addSecs(reader.optionalInteger("advance_seconds").value_or(0));
    } else if (reader.has("advance_days")) {
        target = now.addDays(reader.optionalInteger("advance_days").value_or(0));
    } else {
        const nlohmann::json &nextBankingDay = object->at("next_banking_day");
        if (!nextBankingDay.is_boolean() || !nextBankingDay.get<bool>()) {
            return invalidField(u"next_banking_day"_s,
                                u"The field \"next_banking_day\" must be true."_s);
        }
        // The bank opens at nine on its next banking day: the moment a payout becomes visible.
        const QDate day = BankCalendar::nextBankingDay(now.toLocalTime().date());
        target = QDateTime(day, QTime(9, 0));
    }
    if (reader.error())
        return *reader.error();
    if (!target.isValid()) {
        return BankError::of(BankErrorCode::InvalidField, u"The clock cannot be moved that far."_s);
    }
    if (target < now) {
        return BankError::of(BankErrorCode::ClockBackwards,
                             u"The bank's clock only moves forward; it shows %1."_s.arg(
                                 now.toUTC().toString(Qt::ISODateWithMs)));
    }
    return target;
}

Outcome<QDate> readDateParameter(const QString &name, const QString &value, bool present)
{
    if (!present)
        return QDate();
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (value.size() != 10 || !date.isValid()) {
        return invalidField(name,
                            u"The parameter \"%1\" must be a date written YYYY-MM-DD."_s.arg(name));
    }
    return date;
}

QByteArray parameters(const BankParameters &parameters)
{
    BankJson::Object object;
    object["currency"] = utf8(parameters.totalLimit.currency());
    object["minimum_amount"] = BankJson::money(parameters.minimumAmount);
    object["maximum_amount"] = BankJson::money(parameters.maximumAmount);
    object["minimum_term_days"] = parameters.minimumTermDays;
    object["maximum_term_days"] = parameters.maximumTermDays;
    object["maximum_age_working_days"] = parameters.maximumAgeWorkingDays;
    object["total_limit"] = BankJson::money(parameters.totalLimit);
    object["signing_window_seconds"] = parameters.signingWindowSeconds;
    return BankJson::dump(object);
}

QByteArray quote(const BankQuote &quote)
{
    const InvoiceOffer &invoice = quote.invoice;
    BankJson::Object object;
    object["invoice_id"] = utf8(invoice.invoiceId);
    object["invoice_number"] = utf8(invoice.invoiceNumber);
    object["customer_number"] = utf8(invoice.customerNumber);
    object["currency"] = utf8(invoice.amount.currency());
    object["amount"] = BankJson::money(invoice.amount);
    object["term_days"] = invoice.termDays();
    object["age_working_days"] = quote.ageWorkingDays;
    object["fee_basis_points"] = quote.feeBasisPoints;
    object["fee_percent"] = BankJson::percent(quote.feeBasisPoints);
    object["cost"] = BankJson::money(quote.cost);
    object["payout"] = BankJson::money(quote.payout);
    object["quoted_at"] = BankJson::time(quote.quotedAt);
    object["valid_on"] = BankJson::date(quote.validOn);
    return BankJson::dump(object);
}

QByteArray request(const FinancingRequest &request, const QDateTime &now)
{
    return BankJson::dump(BankJson::requestObject(request, now));
}

QByteArray requestList(const QList<FinancingRequest> &requests, const QDateTime &now)
{
    BankJson::Object list = BankJson::Object::array();
    for (const FinancingRequest &request : requests)
        list.push_back(BankJson::requestObject(request, now));
    BankJson::Object object;
    object["requests"] = std::move(list);
    return BankJson::dump(object);
}

QByteArray statement(const FinancingRequest &request)
{
    return BankJson::dump(BankJson::statementObject(request));
}

QByteArray statementList(const QList<FinancingRequest> &statements, QDate from, QDate to)
{
    Money amount;
    Money cost;
    Money payout;
    BankJson::Object list = BankJson::Object::array();
    for (const FinancingRequest &request : statements) {
        amount += request.invoice.amount;
        cost += request.cost;
        payout += request.payout;
        list.push_back(BankJson::statementObject(request));
    }
    BankJson::Object object;
    object["from"] = BankJson::date(from);
    object["to"] = BankJson::date(to);
    object["currency"] = utf8(Money::euro());
    object["count"] = statements.size();
    object["total_amount"] = BankJson::money(amount);
    object["total_cost"] = BankJson::money(cost);
    object["total_payout"] = BankJson::money(payout);
    object["statements"] = std::move(list);
    return BankJson::dump(object);
}

QByteArray limit(const LimitStatus &limit)
{
    BankJson::Object object;
    object["currency"] = utf8(limit.total.currency());
    object["total"] = BankJson::money(limit.total);
    object["used"] = BankJson::money(limit.used);
    object["reserved"] = BankJson::money(limit.reserved);
    object["available"] = BankJson::money(limit.available);
    return BankJson::dump(object);
}

QByteArray clock(const QDateTime &now, bool simulation)
{
    const QDate today = now.toLocalTime().date();
    BankJson::Object object;
    object["now"] = BankJson::time(now);
    object["today"] = BankJson::date(today);
    object["banking_day"] = BankCalendar::isBankingDay(today);
    object["next_banking_day"] = BankJson::date(BankCalendar::nextBankingDay(today));
    object["simulation"] = simulation;
    return BankJson::dump(object);
}

QByteArray authorization(const BankAuthorizations::Issued &issued)
{
    BankJson::Object object;
    object["grant"] = utf8(issued.grant);
    object["granted_at"] = BankJson::time(issued.grantedAt);
    object["expires_at"] = BankJson::time(issued.expiresAt);
    return BankJson::dump(object);
}

QByteArray error(const BankError &error)
{
    BankJson::Object object;
    object["error"] = utf8(errorName(error.code));
    object["message"] = utf8(error.message);
    if (!error.field.isEmpty())
        object["field"] = utf8(error.field);
    if (!error.rules.isEmpty()) {
        BankJson::Object rules = BankJson::Object::array();
        for (const QString &rule : error.rules)
            rules.push_back(utf8(rule));
        object["rules"] = std::move(rules);
    }
    return BankJson::dump(object);
}

} // namespace BankProtocol
