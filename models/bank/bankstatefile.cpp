#include "bankstatefile.h"

#include "bankjson.h"
#include "bankledger.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace BankStateFile {

namespace {

constexpr const char *formatName = "odf-bank-state";
// Version 2 added the authorizations; version 1 files load with none.
constexpr int formatVersion = 2;
constexpr int oldestVersion = 1;

bool failWith(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

std::optional<BankAuthorizations::Record> readGrant(const nlohmann::json &item)
{
    if (!item.is_object())
        return std::nullopt;
    BankJson::FieldReader reader(item);
    BankAuthorizations::Record record;
    record.hash = reader.requiredText("grant_sha256").toLatin1();
    record.companyVatNumber = reader.optionalText("company_vat_number");
    record.grantedAt = reader.optionalTime("granted_at").toUTC();
    record.expiresAt = reader.optionalTime("expires_at").toUTC();
    const bool isSha256 = record.hash.size() == 64
        && std::all_of(record.hash.cbegin(), record.hash.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (reader.error() || !isSha256 || !record.expiresAt.isValid())
        return std::nullopt;
    return record;
}

} // namespace

bool load(const QString &path, BankLedger &ledger, QString *errorMessage)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return failWith(errorMessage, u"%1: %2"_s.arg(path, file.errorString()));

    BankError parseError;
    const std::optional<nlohmann::json> object =
        BankJson::FieldReader::parseObject(file.readAll(), &parseError);
    if (!object)
        return failWith(errorMessage, u"%1: %2"_s.arg(path, parseError.message));
    const auto format = object->find("format");
    const auto version = object->find("version");
    if (format == object->end() || *format != formatName || version == object->end()
        || !version->is_number_integer() || version->get<int>() < oldestVersion
        || version->get<int>() > formatVersion) {
        return failWith(errorMessage,
                        u"%1: not a version %2 to %3 bank state file"_s.arg(path)
                            .arg(oldestVersion)
                            .arg(formatVersion));
    }

    BankJson::FieldReader reader(*object);
    const qint64 nextNumber = reader.requiredInteger("next_number");
    if (reader.error())
        return failWith(errorMessage, u"%1: %2"_s.arg(path, reader.error()->message));
    const auto requests = object->find("requests");
    if (requests == object->end() || !requests->is_array())
        return failWith(errorMessage, u"%1: the requests are missing"_s.arg(path));

    QList<FinancingRequest> restored;
    for (const nlohmann::json &item : *requests) {
        const Outcome<FinancingRequest> request = BankJson::requestFromObject(item);
        if (!request.isOk()) {
            return failWith(errorMessage,
                            u"%1: request %2: %3"_s.arg(path)
                                .arg(restored.size() + 1)
                                .arg(request.error().message));
        }
        restored.append(request.value());
    }

    QList<BankAuthorizations::Record> grants;
    if (const auto authorizations = object->find("authorizations");
        authorizations != object->end()) {
        if (!authorizations->is_array())
            return failWith(errorMessage, u"%1: the authorizations are not a list"_s.arg(path));
        for (const nlohmann::json &item : *authorizations) {
            const std::optional<BankAuthorizations::Record> record = readGrant(item);
            if (!record) {
                return failWith(
                    errorMessage,
                    u"%1: authorization %2 is incomplete"_s.arg(path).arg(grants.size() + 1));
            }
            grants.append(*record);
        }
    }
    ledger.restore(std::move(restored), int(nextNumber));
    ledger.authorizations().restore(grants);
    return true;
}

bool save(const QString &path, const BankLedger &ledger, QString *errorMessage)
{
    BankJson::Object requests = BankJson::Object::array();
    for (const FinancingRequest &request : ledger.snapshot()) {
        BankJson::Object item = BankJson::requestObject(request, request.requestedAt);
        // A countdown belongs to an answer, not to the books.
        item.erase("seconds_to_sign");
        requests.push_back(std::move(item));
    }
    BankJson::Object object;
    object["format"] = formatName;
    object["version"] = formatVersion;
    object["next_number"] = ledger.nextNumber();
    object["requests"] = std::move(requests);
    // Only the hash of each grant: the file never holds a grant that works.
    BankJson::Object authorizations = BankJson::Object::array();
    for (const BankAuthorizations::Record &record : ledger.authorizations().snapshot()) {
        BankJson::Object item;
        item["grant_sha256"] = record.hash.toStdString();
        item["company_vat_number"] = record.companyVatNumber.toStdString();
        item["granted_at"] = BankJson::time(record.grantedAt);
        item["expires_at"] = BankJson::time(record.expiresAt);
        authorizations.push_back(std::move(item));
    }
    object["authorizations"] = std::move(authorizations);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(errorMessage, u"%1: %2"_s.arg(path, file.errorString()));
    file.write(BankJson::dump(object));
    if (!file.commit())
        return failWith(errorMessage, u"%1: %2"_s.arg(path, file.errorString()));
    return true;
}

} // namespace BankStateFile
