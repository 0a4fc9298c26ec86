#include "storekeeper.h"

#include "invoicebook.h"
#include "storefile.h"

#include <QTimer>

#include <algorithm>

StoreKeeper::StoreKeeper(InvoiceBook &book, QString path, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_path(std::move(path))
{
    connect(&m_book, &InvoiceBook::added, this, &StoreKeeper::scheduleSave);
    connect(&m_book, &InvoiceBook::changed, this, &StoreKeeper::scheduleSave);
    connect(&m_book, &InvoiceBook::wasReset, this, &StoreKeeper::scheduleSave);
}

void StoreKeeper::setCompany(const Company &company)
{
    if (company == m_company)
        return;
    m_company = company;
    scheduleSave();
}

void StoreKeeper::setUsers(const QList<User> &users)
{
    if (users == m_users)
        return;
    m_users = users;
    scheduleSave();
}

void StoreKeeper::setCurrentUserId(const QString &id)
{
    if (id == m_currentUserId)
        return;
    // The loader refuses a current user who is none of the users: such a store would not
    // open again, so an unknown id is not taken.
    const bool known = std::any_of(m_users.cbegin(), m_users.cend(),
                                   [&id](const User &user) { return user.id == id; });
    if (!known)
        return;
    m_currentUserId = id;
    scheduleSave();
}

void StoreKeeper::setIntegration(const IntegrationSetup &integration)
{
    if (integration == m_integration)
        return;
    m_integration = integration;
    scheduleSave();
}

QString StoreKeeper::load()
{
    StoreLoadResult result = StoreFile::load(m_path);
    if (!result.data)
        return result.error;
    m_company = result.data->company;
    m_users = result.data->users;
    m_currentUserId = result.data->currentUserId;
    m_integration = result.data->integration;
    m_loaded = true;
    m_book.reset(std::move(result.data->invoices));
    m_saveScheduled = false; // what was just read needs no writing back
    return {};
}

QString StoreKeeper::startFresh(StoreData data)
{
    m_company = data.company;
    m_users = data.users;
    m_currentUserId = data.currentUserId;
    m_integration = data.integration;
    m_loaded = true;
    m_book.reset(std::move(data.invoices));
    m_saveScheduled = false;
    return saveNow();
}

QString StoreKeeper::startFresh(const Company &company, QList<Invoice> invoices)
{
    StoreData data;
    data.company = company;
    data.invoices = std::move(invoices);
    return startFresh(std::move(data));
}

QString StoreKeeper::saveNow()
{
    m_saveScheduled = false;
    if (!m_loaded)
        return {};
    StoreData data;
    data.company = m_company;
    data.invoices = m_book.invoices();
    data.users = m_users;
    data.currentUserId = m_currentUserId;
    data.integration = m_integration;
    const QString error = StoreFile::save(m_path, data);
    if (!error.isEmpty())
        Q_EMIT saveFailed(error);
    return error;
}

void StoreKeeper::scheduleSave()
{
    if (!m_loaded || m_saveScheduled)
        return;
    m_saveScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_saveScheduled)
            saveNow();
    });
}
