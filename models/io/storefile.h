#pragma once

#include "company.h"
#include "integration.h"
#include "invoice.h"
#include "user.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The company, its users, the integration with the bank and the invoices as kept on disk.
struct StoreData
{
    Company company;
    QList<Invoice> invoices;
    QList<User> users;
    QString currentUserId; // the id of one of the users; empty when there are none
    IntegrationSetup integration; // never the access grant: that is not kept in the store

    friend bool operator==(const StoreData &, const StoreData &) = default;
};

struct StoreLoadResult
{
    std::optional<StoreData> data;
    QString error; // translated, names the file and the problem; empty on success
};

// The local store: one JSON document with a format marker and a version, written atomically.
//
//   {"format": "odf-store", "version": 2, "company": {...}, "users": [...],
//    "current_user": "u-admin", "integration": {...}, "invoices": [...]}
//
// A version 1 file (no plan, account, users or integration) still loads: the company is on
// the Move plan with a KBC current account, one administrator is the current user, and the
// integration is added but not authorized. It is written back as version 2.
//
// Amounts are {"amount": "2500.00", "currency": "EUR"} (a C-locale decimal with at most two
// decimals, so no value is ever rounded on the way in), dates "YYYY-MM-DD", date-times ISO 8601
// with their offset, enumerations the stable lower-case names below. Every key is written and
// required on reading; dates, date-times and the e-mail record that do not exist are null.
namespace StoreFile {

inline constexpr int formatVersion = 2;

// The user a version 1 store is given: it had no users, and whoever used it managed it all.
inline constexpr char16_t firstUserId[] = u"u-admin";

StoreLoadResult load(const QString &path);
// Writes through QSaveFile: on any failure the previous file stays as it was. Creates the
// folder when it is missing. Returns a translated error, empty on success.
QString save(const QString &path, const StoreData &data);

// The stable names of the enumerations in the file ("awaiting-signature", "public-body", ...).
// An out-of-range value gives an empty string.
QString enumName(CustomerKind value);
QString enumName(InvoiceDirection value);
QString enumName(InvoiceKind value);
QString enumName(BookingState value);
QString enumName(FinancingStatus value);
QString enumName(ActivityEntry::Kind value);
QString enumName(PricePlan value); // "go", "move", "boost"

// Every name of an enumeration, in declaration order. The enumerations are numbered from 0
// without gaps, so counting up until enumName() has no name for a value finds them all.
template<typename Enum>
QStringList enumNames()
{
    QStringList names;
    for (int value = 0;; ++value) {
        QString name = enumName(Enum(value));
        if (name.isEmpty())
            return names;
        names.append(std::move(name));
    }
}

// The value whose name is exactly name; nullopt for an unknown name.
template<typename Enum>
std::optional<Enum> enumFromName(QStringView name)
{
    const QStringList names = enumNames<Enum>();
    const qsizetype index = names.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Enum(int(index));
}

} // namespace StoreFile
