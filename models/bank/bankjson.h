#pragma once

#include "bankerror.h"
#include "bankrequest.h"

#include <QByteArray>

#include <nlohmann/json.hpp>
#include <optional>

// The JSON spelling of the bank's values, shared by the protocol and the state file. Only the
// .cpp files of odf_bank include it: nlohmann_json is a private dependency of the library.
namespace BankJson {

// Members keep the order they were written in, which makes answers easier to read.
using Object = nlohmann::ordered_json;

// Money as a C-locale decimal string with two decimals ("12100.00"), dates as "YYYY-MM-DD",
// times in UTC with milliseconds ("2026-03-02T08:00:00.000Z"); null for a missing value.
Object money(const Money &amount);
Object date(QDate date);
Object time(const QDateTime &time);
// A fee in basis points as a percentage with two decimals: 90 -> "0.90".
Object percent(int basisPoints);

QByteArray dump(const Object &object);

Object requestObject(const FinancingRequest &request, const QDateTime &now);
Object statementObject(const FinancingRequest &request);

// Reads the members of one JSON object, remembering the first problem. Every read after a
// problem still returns a value (empty or null), so a caller reads every field and then
// looks at error() once.
class FieldReader final
{
public:
    explicit FieldReader(const nlohmann::json &object);

    // Parses body as a JSON object; nullopt, with the error, when it is not one.
    static std::optional<nlohmann::json> parseObject(const QByteArray &body, BankError *error);

    bool has(const char *name) const;
    QString requiredText(const char *name); // a non-empty string
    QString optionalText(const char *name); // a string, null or absent (empty)
    QString requiredString(const char *name); // a string, possibly empty
    // "12100.00": digits, a point and exactly two decimals, an optional minus sign.
    Money requiredAmount(const char *name, const QString &currency);
    // Three upper-case letters.
    QString requiredCurrency(const char *name);
    QDate requiredDate(const char *name);
    QDate optionalDate(const char *name);
    QDateTime optionalTime(const char *name);
    std::optional<qint64> optionalInteger(const char *name);
    qint64 requiredInteger(const char *name);

    const std::optional<BankError> &error() const { return m_error; }

private:
    const nlohmann::json *member(const char *name, bool required);
    void fail(BankErrorCode code, const char *name, const QString &message);

    const nlohmann::json &m_object;
    std::optional<BankError> m_error;
};

// Reads a request as requestObject() writes it; for the state file.
Outcome<FinancingRequest> requestFromObject(const nlohmann::json &object);

} // namespace BankJson
