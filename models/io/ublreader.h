#pragma once

#include "invoice.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads a Peppol BIS 3.0 / UBL 2.1 invoice or credit note, bare or inside a Standard
// Business Document envelope, into an outgoing, booked invoice that has not been e-mailed.
struct UblReadResult
{
    std::optional<Invoice> invoice; // set when the file could be read
    QString error; // translated, names the file and the problem; empty on success
};

namespace UblReader {

UblReadResult readFile(const QString &path);
// fileName is used in error messages and as the invoice's source file.
UblReadResult readData(const QByteArray &data, const QString &fileName);

} // namespace UblReader
