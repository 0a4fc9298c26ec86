#pragma once

#include "invoice.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class Clock;

// The simulated KBC service inside the application: the same HTTP service as the odf-bank
// executable, on a free port of 127.0.0.1 and on the application's own clock, so that moving
// the demo's time moves the bank's. Its books are kept in a file beside the invoice store, so
// that a request awaiting signature can still be signed after a restart.
//
// Only the application knows both sides; the client speaks to this bank over HTTP alone.
class InProcessBank final
{
public:
    // The clock must outlive the bank.
    explicit InProcessBank(const Clock &clock);
    ~InProcessBank();

    // Reads the books from stateFile (when it exists) and starts listening. An empty
    // stateFile keeps the books in memory only. Returns an error in the user's language, or
    // an empty string.
    QString start(const QString &stateFile);
    QUrl url() const;

    // For a fresh demo store: enters the invoices that the demo describes as financed or
    // settled in the bank's books, so that the bank's limit counts them and their customers
    // can pay KBC, and gives each invoice the id of its request.
    void adoptDemoFinancing(QList<Invoice> &invoices);

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};
