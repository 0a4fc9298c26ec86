#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Clock;
class InvoiceBook;

// The outcome of importing one file.
struct ImportOutcome
{
    QString path;
    QString invoiceId; // the id in the book when imported; empty otherwise
    QString number; // the invoice number when the file could be read
    QString error; // translated; empty when imported
};

// Imports invoice files into the book: each file is read on its own, so one bad file never
// stops the others, and nothing already in the book is touched. A file whose invoice (same
// number and customer number) is already in the book is refused as a duplicate.
class InvoiceImporter final
{
public:
    InvoiceImporter(InvoiceBook &book, const Clock &clock);

    QList<ImportOutcome> importFiles(const QStringList &paths);

private:
    InvoiceBook &m_book;
    const Clock &m_clock;
};
