#pragma once

#include "company.h"
#include "invoice.h"

#include <QList>
#include <QString>

// The company and its invoices as kept on disk.
struct StoreData
{
    Company company;
    QList<Invoice> invoices;
};

struct StoreLoadResult
{
    std::optional<StoreData> data;
    QString error; // translated, names the file and the problem; empty on success
};

// The local store: one JSON document with a format version, written atomically.
namespace StoreFile {

inline constexpr int formatVersion = 1;

StoreLoadResult load(const QString &path);
// Writes through QSaveFile: on any failure the previous file stays as it was. Returns a
// translated error, empty on success.
QString save(const QString &path, const StoreData &data);

} // namespace StoreFile
