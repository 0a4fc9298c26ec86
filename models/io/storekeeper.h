#pragma once

#include "company.h"
#include "integration.h"
#include "invoice.h"
#include "user.h"

#include <QObject>
#include <QString>

class InvoiceBook;
struct StoreData;

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
    const QList<User> &users() const { return m_users; }
    void setUsers(const QList<User> &users);
    QString currentUserId() const { return m_currentUserId; }
    // Only the id of one of the users is taken; any other is ignored.
    void setCurrentUserId(const QString &id);
    // What is kept of the integration; never the access grant.
    const IntegrationSetup &integration() const { return m_integration; }
    void setIntegration(const IntegrationSetup &integration);

    // Loads the file into the book. Returns a translated error, empty on success; on error
    // the book is left as it was and nothing is written until load succeeds or
    // startFresh() is called.
    QString load();
    // Replaces the book's content and writes it: for a first run or a demo.
    QString startFresh(StoreData data);
    // The same with the company and invoices alone: no users, the integration not added.
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
    QList<User> m_users;
    QString m_currentUserId;
    IntegrationSetup m_integration;
    bool m_loaded = false;
    bool m_saveScheduled = false;
};
