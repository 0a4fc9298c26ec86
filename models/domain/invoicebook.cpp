#include "invoicebook.h"

InvoiceBook::InvoiceBook(QObject *parent)
    : QObject(parent)
{ }

qsizetype InvoiceBook::indexOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

const Invoice *InvoiceBook::find(const QString &id) const
{
    const qsizetype row = indexOf(id);
    return row < 0 ? nullptr : &m_invoices.at(row);
}

void InvoiceBook::reset(QList<Invoice> invoices)
{
    Q_EMIT aboutToReset();
    m_invoices = std::move(invoices);
    m_rowById.clear();
    m_rowById.reserve(m_invoices.size());
    for (qsizetype row = 0; row < m_invoices.size(); ++row) {
        Invoice &invoice = m_invoices[row];
        if (invoice.id.isEmpty() || m_rowById.contains(invoice.id))
            invoice.id = freshId();
        m_rowById.insert(invoice.id, row);
    }
    Q_EMIT wasReset();
}

QStringList InvoiceBook::add(QList<Invoice> invoices)
{
    QStringList ids;
    if (invoices.isEmpty())
        return ids;
    const qsizetype first = m_invoices.size();
    const qsizetype last = first + invoices.size() - 1;
    Q_EMIT aboutToAdd(first, last);
    for (Invoice &invoice : invoices) {
        if (invoice.id.isEmpty() || m_rowById.contains(invoice.id))
            invoice.id = freshId();
        m_rowById.insert(invoice.id, m_invoices.size());
        ids.append(invoice.id);
        m_invoices.append(std::move(invoice));
    }
    Q_EMIT added(first, last);
    return ids;
}

bool InvoiceBook::update(const Invoice &invoice)
{
    const qsizetype row = indexOf(invoice.id);
    if (row < 0)
        return false;
    if (m_invoices.at(row) == invoice)
        return true;
    m_invoices[row] = invoice;
    Q_EMIT changed(row);
    return true;
}

Money InvoiceBook::outstanding() const
{
    qint64 cents = 0;
    for (const Invoice &invoice : m_invoices) {
        if (invoice.financing.countsTowardsLimit() && invoice.total.isEuro())
            cents += invoice.total.cents();
    }
    return Money::fromCents(cents);
}

QString InvoiceBook::freshId()
{
    QString id;
    do {
        id = QStringLiteral("inv-%1").arg(m_nextId++);
    } while (m_rowById.contains(id));
    return id;
}
