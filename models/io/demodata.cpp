#include "demodata.h"

#include "bankparameters.h"
#include "belgiancalendar.h"
#include "pricing.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QTime>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace {

Q_LOGGING_CATEGORY(lcDemo, "odf.models.demo", QtWarningMsg)

using Json = nlohmann::json;

// A mistake in the demo resource. It ships inside the program and the tests read it, so this
// is a developer's error, reported in the log rather than to the user.
struct DemoError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

QString text(const Json &object, const char *key)
{
    return QString::fromStdString(object.at(key).get<std::string>());
}

QString textOr(const Json &object, const char *key, const QString &fallback)
{
    return object.contains(key) ? text(object, key) : fallback;
}

template<typename Enum>
Enum choice(const Json &object, const char *key, std::optional<Enum> fallback = std::nullopt)
{
    if (fallback && !object.contains(key))
        return *fallback;
    const QString name = text(object, key);
    if (const std::optional<Enum> value = StoreFile::enumFromName<Enum>(name))
        return *value;
    throw DemoError("\"" + name.toStdString() + "\" is not a known value of " + key);
}

Money money(const Json &object, const char *key, const QString &currency)
{
    if (const std::optional<Money> value = Money::fromDecimalString(text(object, key), currency))
        return *value;
    throw DemoError(std::string(key) + " is not an amount");
}

Money moneyOrZero(const Json &object, const char *key, const QString &currency)
{
    return object.contains(key) ? money(object, key, currency) : Money::fromCents(0, currency);
}

// The latest working day on which an invoice is exactly count working days old on today
// (its own date is day 0 and today counts, as in the age rule).
QDate workingDaysBefore(QDate today, int count)
{
    QDate day = today;
    for (int counted = 0; counted < count; day = day.addDays(-1)) {
        if (BelgianCalendar::isWorkingDay(day))
            ++counted;
    }
    // Stepping back over a weekend or a holiday adds no working day, and a real invoice is
    // dated on a day the business works.
    while (!BelgianCalendar::isWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

QDate workingDaysLater(QDate day, int count)
{
    for (int step = 0; step < count; ++step)
        day = BelgianCalendar::nextWorkingDay(day);
    return day;
}

QDate firstWorkingDayFrom(QDate day)
{
    return BelgianCalendar::isWorkingDay(day) ? day : BelgianCalendar::nextWorkingDay(day);
}

QString typeCodeOf(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Invoice:
        return QStringLiteral("380");
    case InvoiceKind::AdvanceInvoice:
        return QStringLiteral("386");
    case InvoiceKind::CreditNote:
        return QStringLiteral("381");
    }
    return {};
}

Customer readCustomer(const Json &object)
{
    Customer customer;
    customer.name = text(object, "name");
    customer.kind = choice<CustomerKind>(object, "kind");
    customer.number = text(object, "number");
    customer.countryCode = text(object, "countryCode");
    customer.email = text(object, "email");
    return customer;
}

// A request to the bank and what followed it, on working days after the invoice was issued.
void applyFinancing(Invoice &invoice, const Json &object, int minutes)
{
    Financing &financing = invoice.financing;
    financing.status = choice<FinancingStatus>(object, "status");
    const QDate requestDay =
        workingDaysLater(invoice.issueDate, object.at("requestedWorkingDaysAfterIssue").get<int>());
    financing.requestedAt = QDateTime(requestDay, QTime(11, minutes));
    invoice.activity.append({financing.requestedAt, ActivityEntry::Kind::Requested, {}});

    if (financing.status == FinancingStatus::Refused) {
        // The bank answers its own acceptance check at once, before anything is signed.
        invoice.activity.append(
            {financing.requestedAt.addSecs(40), ActivityEntry::Kind::Refused, {}});
        return;
    }
    // Requests awaiting signature or payout depend on the hour the demo starts, not only on
    // the day, so the demo leaves them to be made live.
    if (financing.status != FinancingStatus::Financed
        && financing.status != FinancingStatus::Settled) {
        throw DemoError("only financed, settled and refused requests can be described");
    }

    financing.signingDeadline =
        financing.requestedAt.addSecs(BankParameters().signingWindowSeconds);
    const Quote quote =
        Pricing::quote(invoice.total,
                       Pricing::feeBasisPoints(invoice.paymentTermDays().value_or(0),
                                               object.at("rating").get<int>()));
    financing.payout = quote.payout;
    financing.cost = quote.cost;
    financing.payoutDate = BelgianCalendar::nextWorkingDay(requestDay);
    // Once the bank has paid, the invoice is marked paid: the business has its money.
    invoice.paid = invoice.total;
    invoice.activity.append({financing.requestedAt.addSecs(150), ActivityEntry::Kind::Signed, {}});
    invoice.activity.append(
        {QDateTime(financing.payoutDate, QTime(8, 5)), ActivityEntry::Kind::PaidOut, {}});

    if (financing.status == FinancingStatus::Settled) {
        const QDate settledDay = firstWorkingDayFrom(
            invoice.dueDate.addDays(object.at("settledDaysAfterDue").get<int>()));
        invoice.activity.append(
            {QDateTime(settledDay, QTime(14, minutes)), ActivityEntry::Kind::Settled, {}});
    }
}

Invoice readInvoice(const Json &object, const QHash<QString, Customer> &customers, QDate today,
                    int position)
{
    Invoice invoice;
    invoice.id = text(object, "id");
    invoice.direction = choice<InvoiceDirection>(object, "direction", InvoiceDirection::Outgoing);
    invoice.kind = choice<InvoiceKind>(object, "kind", InvoiceKind::Invoice);
    invoice.typeCode = typeCodeOf(invoice.kind);
    invoice.booking = choice<BookingState>(object, "booking", BookingState::Booked);
    invoice.issueDate = workingDaysBefore(today, object.at("issuedWorkingDaysAgo").get<int>());
    invoice.number =
        text(object, "number")
            .replace(QStringLiteral("{year}"), QString::number(invoice.issueDate.year()));
    if (const Json &term = object.at("termDays"); !term.is_null())
        invoice.dueDate = invoice.issueDate.addDays(term.get<int>());

    const QString currency = textOr(object, "currency", Money::euro());
    invoice.total = money(object, "total", currency);
    invoice.paid = moneyOrZero(object, "paid", currency);
    invoice.credited = moneyOrZero(object, "credited", currency);

    const QString customerKey = text(object, "customer");
    if (!customers.contains(customerKey))
        throw DemoError("unknown customer " + customerKey.toStdString());
    invoice.customer = customers.value(customerKey);

    // The minutes vary from invoice to invoice so that the history reads like a working day.
    const int minutes = (position * 7) % 45;
    if (invoice.booking == BookingState::Booked) {
        invoice.activity.append(
            {QDateTime(invoice.issueDate, QTime(9, minutes)), ActivityEntry::Kind::Booked, {}});
    }
    if (object.value("emailed", false)) {
        invoice.emailed =
            EmailRecord {QDateTime(invoice.issueDate, QTime(10, minutes)), invoice.customer.email};
        invoice.activity.append(
            {invoice.emailed->sentAt, ActivityEntry::Kind::Emailed, invoice.emailed->address});
    }
    if (object.contains("financing"))
        applyFinancing(invoice, object.at("financing"), minutes);
    return invoice;
}

StoreData readDemo(const Json &document, QDate today)
{
    if (document.at("format") != "odf-demo" || document.at("version") != 1)
        throw DemoError("not a demo resource of version 1");

    StoreData data;
    const Json &company = document.at("company");
    data.company.name = text(company, "name");
    data.company.vatNumber = text(company, "vatNumber");
    data.company.countryCode = text(company, "countryCode");
    data.company.email = text(company, "email");
    data.company.plan = choice<PricePlan>(company, "plan");
    data.company.hasKbcCurrentAccount = company.at("kbcCurrentAccount").get<bool>();

    for (const Json &object : document.at("users")) {
        data.users.append(User {text(object, "id"), text(object, "name"),
                                object.at("administrator").get<bool>()});
    }
    data.currentUserId = text(document, "currentUser");
    const bool knownUser =
        std::any_of(data.users.cbegin(), data.users.cend(),
                    [&data](const User &user) { return user.id == data.currentUserId; });
    if (!knownUser)
        throw DemoError("the current user is not one of the users");
    // Never authorized: the grant comes from the bank the app starts, at the time it starts.
    data.integration.added = document.at("integration").at("added").get<bool>();

    QHash<QString, Customer> customers;
    for (const auto &item : document.at("customers").items())
        customers.insert(QString::fromStdString(item.key()), readCustomer(item.value()));

    int position = 0;
    for (const Json &object : document.at("invoices"))
        data.invoices.append(readInvoice(object, customers, today, position++));
    return data;
}

} // namespace

namespace DemoData {

QString resourcePath()
{
    return QStringLiteral(":/demo/demo.json");
}

StoreData build(QDate today)
{
    if (!today.isValid()) {
        qCWarning(lcDemo) << "no demo without a valid day";
        return {};
    }
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemo) << "the demo resource" << resourcePath()
                          << "cannot be opened:" << file.errorString();
        return {};
    }
    const QByteArray bytes = file.readAll();
    try {
        return readDemo(Json::parse(bytes.cbegin(), bytes.cend()), today);
    } catch (const std::exception &error) {
        qCWarning(lcDemo) << "the demo resource cannot be read:" << error.what();
        return {};
    }
}

} // namespace DemoData
