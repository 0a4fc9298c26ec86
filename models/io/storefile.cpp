#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>
#include <type_traits>

namespace StoreFile {

QString enumName(CustomerKind value)
{
    switch (value) {
    case CustomerKind::Company:
        return QStringLiteral("company");
    case CustomerKind::PublicBody:
        return QStringLiteral("public-body");
    case CustomerKind::Person:
        return QStringLiteral("person");
    }
    return {};
}

QString enumName(InvoiceDirection value)
{
    switch (value) {
    case InvoiceDirection::Outgoing:
        return QStringLiteral("outgoing");
    case InvoiceDirection::Incoming:
        return QStringLiteral("incoming");
    }
    return {};
}

QString enumName(InvoiceKind value)
{
    switch (value) {
    case InvoiceKind::Invoice:
        return QStringLiteral("invoice");
    case InvoiceKind::AdvanceInvoice:
        return QStringLiteral("advance-invoice");
    case InvoiceKind::CreditNote:
        return QStringLiteral("credit-note");
    }
    return {};
}

QString enumName(BookingState value)
{
    switch (value) {
    case BookingState::Draft:
        return QStringLiteral("draft");
    case BookingState::Booked:
        return QStringLiteral("booked");
    }
    return {};
}

QString enumName(FinancingStatus value)
{
    switch (value) {
    case FinancingStatus::None:
        return QStringLiteral("none");
    case FinancingStatus::AwaitingSignature:
        return QStringLiteral("awaiting-signature");
    case FinancingStatus::PayoutPending:
        return QStringLiteral("payout-pending");
    case FinancingStatus::Financed:
        return QStringLiteral("financed");
    case FinancingStatus::Settled:
        return QStringLiteral("settled");
    case FinancingStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString enumName(ActivityEntry::Kind value)
{
    switch (value) {
    case ActivityEntry::Kind::Imported:
        return QStringLiteral("imported");
    case ActivityEntry::Kind::Booked:
        return QStringLiteral("booked");
    case ActivityEntry::Kind::Emailed:
        return QStringLiteral("emailed");
    case ActivityEntry::Kind::Requested:
        return QStringLiteral("requested");
    case ActivityEntry::Kind::Signed:
        return QStringLiteral("signed");
    case ActivityEntry::Kind::PaidOut:
        return QStringLiteral("paid-out");
    case ActivityEntry::Kind::Settled:
        return QStringLiteral("settled");
    case ActivityEntry::Kind::Refused:
        return QStringLiteral("refused");
    case ActivityEntry::Kind::Lapsed:
        return QStringLiteral("lapsed");
    case ActivityEntry::Kind::Declined:
        return QStringLiteral("declined");
    case ActivityEntry::Kind::CustomerPaidBusiness:
        return QStringLiteral("customer-paid-business");
    case ActivityEntry::Kind::PassedOnToBank:
        return QStringLiteral("passed-on-to-bank");
    }
    return {};
}

QString enumName(PricePlan value)
{
    switch (value) {
    case PricePlan::Go:
        return QStringLiteral("go");
    case PricePlan::Move:
        return QStringLiteral("move");
    case PricePlan::Boost:
        return QStringLiteral("boost");
    }
    return {};
}

} // namespace StoreFile

namespace {

Q_LOGGING_CATEGORY(lcStore, "odf.models.store", QtWarningMsg)

// Ordered, so that the file lists the fields in the order a person expects to read them.
using Json = nlohmann::ordered_json;

constexpr char formatMarker[] = "odf-store";

// "store.json: invoices[3].issueDate: ..." — every message names the file first.
QString inFile(const QString &path, const QString &problem)
{
    return QCoreApplication::translate("StoreFile", "%1: %2", "file name: problem with the file")
        .arg(QDir::toNativeSeparators(path), problem);
}

// Writing ----------------------------------------------------------------------------------

Json toJson(const QString &text)
{
    return text.toStdString();
}

Json toJson(QDate date)
{
    if (!date.isValid())
        return nullptr;
    return toJson(date.toString(Qt::ISODate));
}

Json toJson(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return nullptr;
    // A local time is written with the offset it had, so that the file means the same moment
    // wherever and whenever it is read.
    return toJson(dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODateWithMs));
}

Json toJson(const Money &money)
{
    return {{"amount", toJson(money.toDecimalString())}, {"currency", toJson(money.currency())}};
}

template<typename Enum>
requires std::is_enum_v<Enum> Json toJson(Enum value)
{
    return toJson(StoreFile::enumName(value));
}

Json toJson(const Company &company)
{
    return {{"name", toJson(company.name)},
            {"vatNumber", toJson(company.vatNumber)},
            {"countryCode", toJson(company.countryCode)},
            {"email", toJson(company.email)},
            {"plan", toJson(company.plan)},
            {"kbc_current_account", company.hasKbcCurrentAccount}};
}

Json toJson(const User &user)
{
    return {{"id", toJson(user.id)},
            {"name", toJson(user.name)},
            {"administrator", user.administrator}};
}

// Only what the app shows and decides on; the grant itself never comes here.
Json toJson(const IntegrationSetup &integration)
{
    return {{"added", integration.added},
            {"authorized_at", toJson(integration.authorizedAt)},
            {"authorized_until", toJson(integration.authorizedUntil)}};
}

Json toJson(const Customer &customer)
{
    return {{"name", toJson(customer.name)},
            {"kind", toJson(customer.kind)},
            {"number", toJson(customer.number)},
            {"countryCode", toJson(customer.countryCode)},
            {"email", toJson(customer.email)}};
}

Json toJson(const std::optional<EmailRecord> &emailed)
{
    if (!emailed)
        return nullptr;
    return {{"sentAt", toJson(emailed->sentAt)}, {"address", toJson(emailed->address)}};
}

Json toJson(const Financing &financing)
{
    return {{"status", toJson(financing.status)},
            {"requestId", toJson(financing.requestId)},
            {"payout", toJson(financing.payout)},
            {"cost", toJson(financing.cost)},
            {"requestedAt", toJson(financing.requestedAt)},
            {"signingDeadline", toJson(financing.signingDeadline)},
            {"payoutDate", toJson(financing.payoutDate)},
            {"customerPaidBusinessAt", toJson(financing.customerPaidBusinessAt)},
            {"passedOnToBankAt", toJson(financing.passedOnToBankAt)}};
}

Json toJson(const ActivityEntry &entry)
{
    return {
        {"at", toJson(entry.at)}, {"kind", toJson(entry.kind)}, {"detail", toJson(entry.detail)}};
}

Json toJson(const Invoice &invoice)
{
    Json activity = Json::array();
    for (const ActivityEntry &entry : invoice.activity)
        activity.push_back(toJson(entry));
    return {{"id", toJson(invoice.id)},
            {"number", toJson(invoice.number)},
            {"direction", toJson(invoice.direction)},
            {"kind", toJson(invoice.kind)},
            {"typeCode", toJson(invoice.typeCode)},
            {"booking", toJson(invoice.booking)},
            {"issueDate", toJson(invoice.issueDate)},
            {"dueDate", toJson(invoice.dueDate)},
            {"total", toJson(invoice.total)},
            {"paid", toJson(invoice.paid)},
            {"credited", toJson(invoice.credited)},
            {"customer", toJson(invoice.customer)},
            {"emailed", toJson(invoice.emailed)},
            {"financing", toJson(invoice.financing)},
            {"sourceFile", toJson(invoice.sourceFile)},
            {"activity", std::move(activity)}};
}

Json toJson(const StoreData &data)
{
    Json users = Json::array();
    for (const User &user : data.users)
        users.push_back(toJson(user));
    Json invoices = Json::array();
    for (const Invoice &invoice : data.invoices)
        invoices.push_back(toJson(invoice));
    return {{"format", formatMarker},
            {"version", StoreFile::formatVersion},
            {"company", toJson(data.company)},
            {"users", std::move(users)},
            {"current_user", toJson(data.currentUserId)},
            {"integration", toJson(data.integration)},
            {"invoices", std::move(invoices)}};
}

// Reading ----------------------------------------------------------------------------------

// What is wrong with the document, in the user's language, without the file name.
struct StoreError
{
    QString message;
};

// The offending value as it is written in the file, cut short when it is long.
QString shown(const Json &value)
{
    constexpr qsizetype longest = 60;
    const QString text = QString::fromStdString(
        value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return text.size() <= longest ? text : text.left(longest) + QStringLiteral("…");
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(QStringLiteral(", "));
}

// The text of a field that holds a string; nullopt for any other type.
std::optional<QString> textOf(const Json &field)
{
    if (!field.is_string())
        return std::nullopt;
    return QString::fromStdString(field.get_ref<const std::string &>());
}

// One JSON object of the document and its path in it ("invoices[3].customer"), so that every
// problem can be reported at the field where it is. Each reader checks the type before it
// converts, so nothing below relies on the JSON library's exceptions.
class ObjectReader final
{
public:
    ObjectReader(const Json &value, QString path)
        : m_object(&value)
        , m_path(std::move(path))
    {
        if (!value.is_object()) {
            throw StoreError {QCoreApplication::translate("StoreFile", "%1: %2 is not an object.")
                                  .arg(m_path, shown(value))};
        }
    }

    QString pathOf(const char *key) const
    {
        const QString name = QString::fromLatin1(key);
        return m_path.isEmpty() ? name : m_path + u'.' + name;
    }

    const Json &value(const char *key) const
    {
        const auto found = m_object->find(key);
        if (found == m_object->end()) {
            throw StoreError {
                QCoreApplication::translate("StoreFile", "%1 is missing.").arg(pathOf(key))};
        }
        return *found;
    }

    bool has(const char *key) const { return m_object->contains(key); }

    QString text(const char *key) const
    {
        const std::optional<QString> text = textOf(value(key));
        if (!text)
            reject(key, QCoreApplication::translate("StoreFile", "%1: %2 is not a text."));
        return *text;
    }

    bool boolean(const char *key) const
    {
        const Json &field = value(key);
        if (!field.is_boolean())
            reject(key, QCoreApplication::translate("StoreFile", "%1: %2 is not true or false."));
        return field.get<bool>();
    }

    // Null stands for a date that does not exist (an invalid QDate), as for date-times.
    QDate date(const char *key) const
    {
        if (value(key).is_null())
            return {};
        const std::optional<QString> text = textOf(value(key));
        const QDate date = text ? QDate::fromString(*text, QStringLiteral("yyyy-MM-dd")) : QDate();
        if (!date.isValid()) {
            reject(key,
                   QCoreApplication::translate("StoreFile", "%1: %2 is not a date (YYYY-MM-DD)."));
        }
        return date;
    }

    QDateTime dateTime(const char *key) const
    {
        if (value(key).is_null())
            return {};
        const std::optional<QString> text = textOf(value(key));
        // Qt also reads a bare date as midnight; the store always has a time.
        const QDateTime dateTime = text && text->contains(u'T')
            ? QDateTime::fromString(*text, Qt::ISODateWithMs)
            : QDateTime();
        if (!dateTime.isValid()) {
            reject(key,
                   QCoreApplication::translate("StoreFile",
                                               "%1: %2 is not a date and time "
                                               "(YYYY-MM-DDThh:mm:ss with an offset such as "
                                               "+01:00)."));
        }
        return dateTime;
    }

    Money money(const char *key) const
    {
        const ObjectReader fields = object(key);
        // Any code is kept as it was found: an invoice in an unknown currency is still an
        // invoice, which the rules turn down, and must not make the whole store unreadable.
        const QString currency = fields.text("currency");
        // At most two decimals: the store never holds a value that would need rounding.
        static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+(\\.[0-9]{1,2})?$"));
        const std::optional<QString> amount = textOf(fields.value("amount"));
        const std::optional<Money> money = amount && pattern.match(*amount).hasMatch()
            ? Money::fromDecimalString(*amount, currency)
            : std::nullopt;
        if (!money) {
            fields.reject("amount",
                          QCoreApplication::translate("StoreFile",
                                                      "%1: %2 is not an amount with at most two "
                                                      "decimals, such as \"2500.00\"."));
        }
        return *money;
    }

    template<typename Enum>
    Enum choice(const char *key) const
    {
        const std::optional<QString> name = textOf(value(key));
        const std::optional<Enum> choice =
            name ? StoreFile::enumFromName<Enum>(*name) : std::nullopt;
        if (!choice) {
            throw StoreError {
                QCoreApplication::translate("StoreFile", "%1: %2 is not one of %3.")
                    .arg(pathOf(key), shown(value(key)), quotedList(StoreFile::enumNames<Enum>()))};
        }
        return *choice;
    }

    ObjectReader object(const char *key) const { return ObjectReader(value(key), pathOf(key)); }

    std::optional<ObjectReader> nullableObject(const char *key) const
    {
        if (value(key).is_null())
            return std::nullopt;
        return object(key);
    }

    // The elements of a list of objects, each with its own path ("invoices[3]").
    QList<ObjectReader> objects(const char *key) const
    {
        const Json &list = value(key);
        if (!list.is_array())
            reject(key, QCoreApplication::translate("StoreFile", "%1: %2 is not a list."));
        QList<ObjectReader> elements;
        elements.reserve(qsizetype(list.size()));
        for (const Json &element : list) {
            elements.append(ObjectReader(
                element, pathOf(key) + u'[' + QString::number(elements.size()) + u']'));
        }
        return elements;
    }

    // Reports the field as unreadable; message has %1 for its path and %2 for its value.
    [[noreturn]] void reject(const char *key, const QString &message) const
    {
        throw StoreError {message.arg(pathOf(key), shown(value(key)))};
    }

private:
    const Json *m_object; // never null; a pointer so that readers can be kept in a list
    QString m_path;
};

// A version 1 company has no plan and no account: it is read with the defaults of Company
// (Move, with a KBC current account), as every company using the product then was.
Company readCompany(const ObjectReader &fields, std::int64_t version)
{
    Company company;
    company.name = fields.text("name");
    company.vatNumber = fields.text("vatNumber");
    company.countryCode = fields.text("countryCode");
    company.email = fields.text("email");
    if (version >= 2) {
        company.plan = fields.choice<PricePlan>("plan");
        company.hasKbcCurrentAccount = fields.boolean("kbc_current_account");
    }
    return company;
}

User readUser(const ObjectReader &fields)
{
    User user;
    user.id = fields.text("id");
    // The current user and every later change refer to a user by this id.
    if (user.id.isEmpty()) {
        throw StoreError {
            QCoreApplication::translate("StoreFile", "%1 is empty; every user needs an id.")
                .arg(fields.pathOf("id"))};
    }
    user.name = fields.text("name");
    user.administrator = fields.boolean("administrator");
    return user;
}

IntegrationSetup readIntegration(const ObjectReader &fields)
{
    IntegrationSetup integration;
    integration.added = fields.boolean("added");
    integration.authorizedAt = fields.dateTime("authorized_at");
    integration.authorizedUntil = fields.dateTime("authorized_until");
    return integration;
}

// The users, the current user and the integration of a version 2 store.
void readAccess(const ObjectReader &root, StoreData &data)
{
    QSet<QString> ids;
    for (const ObjectReader &fields : root.objects("users")) {
        User user = readUser(fields);
        if (ids.contains(user.id)) {
            fields.reject("id",
                          QCoreApplication::translate("StoreFile",
                                                      "%1: %2 is already the id of another user."));
        }
        ids.insert(user.id);
        data.users.append(std::move(user));
    }
    data.currentUserId = root.text("current_user");
    // Empty only in a store without users; otherwise it must be one of them: a store whose
    // users have no current one would leave nobody to manage the integration.
    if (data.currentUserId.isEmpty() ? !data.users.isEmpty() : !ids.contains(data.currentUserId)) {
        root.reject("current_user",
                    QCoreApplication::translate("StoreFile", "%1: %2 is not the id of any user."));
    }
    data.integration = readIntegration(root.object("integration"));
}

// A version 1 store had no users and no integration: whoever used it managed it all, and the
// integration was in use, so it is added; it has never been authorized.
void defaultAccess(StoreData &data)
{
    data.users = {User {QString::fromUtf16(StoreFile::firstUserId),
                        QCoreApplication::translate("StoreFile", "Administrator",
                                                    "the one user of a store from before users"),
                        true}};
    data.currentUserId = data.users.constFirst().id;
    data.integration = IntegrationSetup {true, QDateTime(), QDateTime()};
}

Customer readCustomer(const ObjectReader &fields)
{
    Customer customer;
    customer.name = fields.text("name");
    customer.kind = fields.choice<CustomerKind>("kind");
    customer.number = fields.text("number");
    customer.countryCode = fields.text("countryCode");
    customer.email = fields.text("email");
    return customer;
}

EmailRecord readEmailRecord(const ObjectReader &fields)
{
    return EmailRecord {fields.dateTime("sentAt"), fields.text("address")};
}

Financing readFinancing(const ObjectReader &fields)
{
    Financing financing;
    financing.status = fields.choice<FinancingStatus>("status");
    // Added without a new format version: a store written before has no bank request id and
    // no record of a customer who paid the business instead of the bank.
    if (fields.has("requestId"))
        financing.requestId = fields.text("requestId");
    financing.payout = fields.money("payout");
    financing.cost = fields.money("cost");
    financing.requestedAt = fields.dateTime("requestedAt");
    financing.signingDeadline = fields.dateTime("signingDeadline");
    financing.payoutDate = fields.date("payoutDate");
    if (fields.has("customerPaidBusinessAt"))
        financing.customerPaidBusinessAt = fields.dateTime("customerPaidBusinessAt");
    if (fields.has("passedOnToBankAt"))
        financing.passedOnToBankAt = fields.dateTime("passedOnToBankAt");
    return financing;
}

ActivityEntry readActivityEntry(const ObjectReader &fields)
{
    ActivityEntry entry;
    entry.at = fields.dateTime("at");
    entry.kind = fields.choice<ActivityEntry::Kind>("kind");
    entry.detail = fields.text("detail");
    return entry;
}

Invoice readInvoice(const ObjectReader &fields)
{
    Invoice invoice;
    invoice.id = fields.text("id");
    invoice.number = fields.text("number");
    invoice.direction = fields.choice<InvoiceDirection>("direction");
    invoice.kind = fields.choice<InvoiceKind>("kind");
    invoice.typeCode = fields.text("typeCode");
    invoice.booking = fields.choice<BookingState>("booking");
    invoice.issueDate = fields.date("issueDate");
    invoice.dueDate = fields.date("dueDate");
    invoice.total = fields.money("total");
    invoice.paid = fields.money("paid");
    invoice.credited = fields.money("credited");
    invoice.customer = readCustomer(fields.object("customer"));
    if (const std::optional<ObjectReader> emailed = fields.nullableObject("emailed"))
        invoice.emailed = readEmailRecord(*emailed);
    invoice.financing = readFinancing(fields.object("financing"));
    invoice.sourceFile = fields.text("sourceFile");
    for (const ObjectReader &entry : fields.objects("activity"))
        invoice.activity.append(readActivityEntry(entry));
    return invoice;
}

StoreData readStore(const Json &document)
{
    const auto notAStore = [] {
        return QCoreApplication::translate("StoreFile",
                                           "this is not an On Demand Financing store.");
    };
    if (!document.is_object())
        throw StoreError {notAStore()};
    const auto marker = document.find("format");
    if (marker == document.end())
        throw StoreError {notAStore()};
    if (*marker != formatMarker) {
        throw StoreError {
            QCoreApplication::translate(
                "StoreFile", "this is not an On Demand Financing store (its format is %1).")
                .arg(shown(*marker))};
    }

    const ObjectReader root(document, QString());
    const Json &version = root.value("version");
    if (!version.is_number_integer())
        root.reject("version",
                    QCoreApplication::translate("StoreFile", "%1: %2 is not a whole number."));
    // Compared as written: a huge number is a newer version too, not an overflow.
    const bool newer = version.is_number_unsigned()
        ? version.get<std::uint64_t>() > std::uint64_t(StoreFile::formatVersion)
        : version.get<std::int64_t>() > StoreFile::formatVersion;
    if (newer) {
        throw StoreError {QCoreApplication::translate(
                              "StoreFile",
                              "the store was written by a newer version of this program (store "
                              "format %1; this version reads up to format %2). Update the program "
                              "to open it.")
                              .arg(shown(version))
                              .arg(StoreFile::formatVersion)};
    }
    if (version.get<std::int64_t>() < 1) {
        root.reject(
            "version",
            QCoreApplication::translate("StoreFile", "%1: %2 is not a store format version."));
    }

    const std::int64_t readVersion = version.get<std::int64_t>();
    StoreData data;
    data.company = readCompany(root.object("company"), readVersion);
    if (readVersion >= 2)
        readAccess(root, data);
    else
        defaultAccess(data);
    QSet<QString> ids;
    for (const ObjectReader &fields : root.objects("invoices")) {
        Invoice invoice = readInvoice(fields);
        // Everything else refers to an invoice by its id; two invoices with one id would make
        // every later change land on the wrong one.
        if (!invoice.id.isEmpty() && ids.contains(invoice.id)) {
            fields.reject("id",
                          QCoreApplication::translate(
                              "StoreFile", "%1: %2 is already the id of another invoice."));
        }
        ids.insert(invoice.id);
        data.invoices.append(std::move(invoice));
    }
    return data;
}

// Line and column (from 1) of a byte position (from 1) reported by the JSON parser.
std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &bytes, std::size_t position)
{
    const qsizetype end = std::min(qsizetype(position > 0 ? position - 1 : 0), bytes.size());
    const QByteArrayView before(bytes.constData(), end);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return {before.count('\n') + 1, end - lastNewline};
}

} // namespace

namespace StoreFile {

StoreLoadResult load(const QString &path)
{
    const auto failure = [&path](const QString &problem) {
        return StoreLoadResult {std::nullopt, inFile(path, problem)};
    };

    QFile file(path);
    if (!file.exists())
        return failure(QCoreApplication::translate("StoreFile", "the file does not exist."));
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QCoreApplication::translate("StoreFile", "the file cannot be read: %1")
                           .arg(file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return failure(QCoreApplication::translate("StoreFile", "the file cannot be read: %1")
                           .arg(file.errorString()));
    }

    Json document;
    try {
        document = Json::parse(bytes.cbegin(), bytes.cend());
    } catch (const nlohmann::json::parse_error &error) {
        const auto [line, column] = lineAndColumn(bytes, error.byte);
        return failure(QCoreApplication::translate(
                           "StoreFile", "the file is not valid JSON (error at line %1, column %2).")
                           .arg(line)
                           .arg(column));
    } catch (const nlohmann::json::exception &) {
        return failure(QCoreApplication::translate("StoreFile", "the file is not valid JSON."));
    }

    try {
        StoreData data = readStore(document);
        qCDebug(lcStore) << "read" << data.invoices.size() << "invoices from" << path;
        return StoreLoadResult {std::move(data), QString()};
    } catch (const StoreError &error) {
        return failure(error.message);
    } catch (const nlohmann::json::exception &) {
        // The readers check every type before they convert, so this is not expected; it is
        // still an unreadable file rather than a crash.
        return failure(QCoreApplication::translate("StoreFile", "the file is not valid JSON."));
    }
}

QString save(const QString &path, const StoreData &data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return inFile(path,
                      QCoreApplication::translate("StoreFile", "the folder %1 cannot be created.")
                          .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QByteArray bytes;
    try {
        bytes = QByteArray::fromStdString(
            toJson(data).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
        bytes.append('\n');
    } catch (const nlohmann::json::exception &) {
        return inFile(path,
                      QCoreApplication::translate("StoreFile", "the data cannot be written."));
    }

    QSaveFile file(path);
    const auto writeError = [&path, &file] {
        return inFile(path,
                      QCoreApplication::translate("StoreFile", "the file cannot be written: %1")
                          .arg(file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeError();
    if (file.write(bytes) != bytes.size()) {
        const QString error = writeError();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return writeError();
    qCDebug(lcStore) << "wrote" << data.invoices.size() << "invoices to" << path;
    return {};
}

} // namespace StoreFile
