#include "invoiceimport.h"

#include "clock.h"
#include "invoicebook.h"
#include "ublreader.h"
#include "vatnumber.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace {

// Two documents are the same invoice when number, kind and customer number agree.
QString identity(const Invoice &invoice)
{
    return invoice.number + u'\x1f' + QString::number(int(invoice.kind)) + u'\x1f'
        + VatNumber::compact(invoice.customer.number);
}

} // namespace

InvoiceImporter::InvoiceImporter(InvoiceBook &book, const Clock &clock)
    : m_book(book)
    , m_clock(clock)
{ }

QList<ImportOutcome> InvoiceImporter::importFiles(const QStringList &paths)
{
    QSet<QString> known;
    for (const Invoice &invoice : m_book.invoices())
        known.insert(identity(invoice));

    QList<ImportOutcome> outcomes;
    QList<Invoice> accepted;
    QList<qsizetype> acceptedOutcome;
    for (const QString &path : paths) {
        ImportOutcome outcome;
        outcome.path = path;
        UblReadResult read = UblReader::readFile(path);
        if (!read.invoice) {
            outcome.error = read.error;
            outcomes.append(outcome);
            continue;
        }
        Invoice invoice = std::move(*read.invoice);
        outcome.number = invoice.number;
        // Without a number there is nothing to recognise a second copy by.
        const QString key = invoice.number.isEmpty() ? QString() : identity(invoice);
        if (!key.isEmpty() && known.contains(key)) {
            outcome.error = QCoreApplication::translate("InvoiceImporter",
                                                        "%1: invoice %2 is already in the list.")
                                .arg(QFileInfo(path).fileName(), invoice.number);
            outcomes.append(outcome);
            continue;
        }
        if (!key.isEmpty())
            known.insert(key);
        invoice.activity.append(
            {m_clock.now(), ActivityEntry::Kind::Imported, QFileInfo(path).fileName()});
        accepted.append(std::move(invoice));
        acceptedOutcome.append(outcomes.size());
        outcomes.append(outcome);
    }

    const QStringList ids = m_book.add(std::move(accepted));
    for (qsizetype i = 0; i < ids.size(); ++i)
        outcomes[acceptedOutcome.at(i)].invoiceId = ids.at(i);
    return outcomes;
}
