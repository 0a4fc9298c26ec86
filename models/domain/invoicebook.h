#pragma once

#include "invoice.h"

#include <QHash>
#include <QList>
#include <QObject>

// The company's invoices in memory, in a stable order, with a signal for every change so
// that views and the store can follow. Knows nothing of files or of the rules.
class InvoiceBook final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceBook(QObject *parent = nullptr);

    const QList<Invoice> &invoices() const { return m_invoices; }
    qsizetype count() const { return m_invoices.size(); }
    const Invoice &at(qsizetype row) const { return m_invoices.at(row); }
    // -1 when there is no invoice with that id.
    qsizetype indexOf(const QString &id) const;
    const Invoice *find(const QString &id) const;

    // Replaces everything, e.g. after loading the store.
    void reset(QList<Invoice> invoices);
    // Appends; an invoice without an id gets a fresh one. Returns the ids in order.
    QStringList add(QList<Invoice> invoices);
    // Replaces the invoice with the same id; false when there is none.
    bool update(const Invoice &invoice);

    // The euro amount that counts towards the bank's total limit: financed and not settled,
    // plus requests awaiting signature or payout.
    Money outstanding() const;

Q_SIGNALS:
    void aboutToReset();
    void wasReset();
    void aboutToAdd(qsizetype first, qsizetype last);
    void added(qsizetype first, qsizetype last);
    void changed(qsizetype row);

private:
    QString freshId();

    QList<Invoice> m_invoices;
    QHash<QString, qsizetype> m_rowById;
    quint64 m_nextId = 1;
};
