#pragma once

#include "company.h"
#include "invoice.h"

#include <QObject>
#include <QString>

class InvoiceBook;

// Keeps the store file in step with the book: loads it once, then writes it after every
// change (batched: several changes in one turn of the event loop give one write).
class StoreKeeper final : public QObject
{
    Q_OBJECT

public:
    StoreKeeper(InvoiceBook &book, QString path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    const Company &company() const { return m_company; }
    void setCompany(const Company &company);

    // Loads the file into the book. Returns a translated error, empty on success; on error
    // the book is left as it was and nothing is written until load succeeds or
    // startFresh() is called.
    QString load();
    // Replaces the book's content and writes it: for a first run or a demo.
    QString startFresh(const Company &company, QList<Invoice> invoices);
    // Writes now. Returns a translated error, empty on success.
    QString saveNow();

Q_SIGNALS:
    void saveFailed(const QString &message);

private:
    void scheduleSave();

    InvoiceBook &m_book;
    QString m_path;
    Company m_company;
    bool m_loaded = false;
    bool m_saveScheduled = false;
};
