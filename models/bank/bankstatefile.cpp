#include "bankstatefile.h"

#include "bankjson.h"
#include "bankledger.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace BankStateFile {

namespace {

constexpr const char *formatName = "odf-bank-state";
constexpr int formatVersion = 1;

bool failWith(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
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
        || *version != formatVersion) {
        return failWith(errorMessage,
                        u"%1: not a version %2 bank state file"_s.arg(path).arg(formatVersion));
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
    ledger.restore(std::move(restored), int(nextNumber));
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

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(errorMessage, u"%1: %2"_s.arg(path, file.errorString()));
    file.write(BankJson::dump(object));
    if (!file.commit())
        return failWith(errorMessage, u"%1: %2"_s.arg(path, file.errorString()));
    return true;
}

} // namespace BankStateFile
