#pragma once

#include <QString>

class BankLedger;

// The bank's books on disk, so that a restarted bank executable remembers its requests:
// {"format": "odf-bank-state", "version": 1, "next_number": N, "requests": [...]}, each request
// in the shape of the protocol's request object. Written atomically after every change.
namespace BankStateFile {

// Reads path into the ledger. A missing file is an empty bank and not an error; an unreadable
// one is, and leaves the ledger untouched.
bool load(const QString &path, BankLedger &ledger, QString *errorMessage = nullptr);
bool save(const QString &path, const BankLedger &ledger, QString *errorMessage = nullptr);

} // namespace BankStateFile
