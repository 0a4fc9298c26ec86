#pragma once

#include <QString>

class BankLedger;

// The bank's books on disk, so that a restarted bank executable remembers its requests:
// {"format": "odf-bank-state", "version": 2, "next_number": N, "requests": [...],
// "authorizations": [...]}, each request in the shape of the protocol's request object, each
// authorization as {"grant_sha256", "company_vat_number", "granted_at", "expires_at"}: the
// SHA-256 of the grant, never the grant. Version 1 files (without authorizations) still load.
// Written atomically after every change.
namespace BankStateFile {

// Reads path into the ledger. A missing file is an empty bank and not an error; an unreadable
// one is, and leaves the ledger untouched.
bool load(const QString &path, BankLedger &ledger, QString *errorMessage = nullptr);
bool save(const QString &path, const BankLedger &ledger, QString *errorMessage = nullptr);

} // namespace BankStateFile
