#include "storekeeper.h"

#include "invoicebook.h"
#include "storefile.h"

#include <QTimer>

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

QString StoreKeeper::load()
{
    StoreLoadResult result = StoreFile::load(m_path);
    if (!result.data)
        return result.error;
    m_company = result.data->company;
    m_loaded = true;
    m_book.reset(std::move(result.data->invoices));
    m_saveScheduled = false; // what was just read needs no writing back
    return {};
}

QString StoreKeeper::startFresh(const Company &company, QList<Invoice> invoices)
{
    m_company = company;
    m_loaded = true;
    m_book.reset(std::move(invoices));
    m_saveScheduled = false;
    return saveNow();
}

QString StoreKeeper::saveNow()
{
    m_saveScheduled = false;
    if (!m_loaded)
        return {};
    const QString error = StoreFile::save(m_path, StoreData {m_company, m_book.invoices()});
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
