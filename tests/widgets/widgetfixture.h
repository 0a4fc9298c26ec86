#pragma once

#include "clock.h"
#include "financingdesk.h"
#include "invoicebook.h"
#include "quoteservice.h"

#include <QList>
#include <QLocale>

class BankClient;
class QWidget;

// The numbers of the invoices in sampleInvoices(), for readable tests.
namespace SampleNumber {
inline const QString kroon = QStringLiteral("2026-0141"); // eligible, 12,100.00
inline const QString vandamme = QStringLiteral("2026-0150"); // eligible, 4,840.00
inline const QString leuven = QStringLiteral("2026-0152"); // eligible, 18,150.00
inline const QString peeters = QStringLiteral("2026-0138"); // private person, short term
inline const QString smets = QStringLiteral("2026-0155"); // a draft, 7,260.00
inline const QString supplier = QStringLiteral("INK-2026-077"); // a purchase invoice
inline const QString janssens = QStringLiteral("2026-0120"); // financed, 9,680.00
} // namespace SampleNumber

// A small Belgian company on Thursday 12 March 2026 at 10:00, with a desk that quotes
// locally on the next turn of the event loop.
struct DeskFixture
{
    DeskFixture();

    // The id of the invoice with that number; empty when none.
    QString idOf(const QString &number) const;
    const Invoice &invoice(const QString &number) const;

    ManualClock clock;
    InvoiceBook book;
    EstimateQuoteService quotes;
    FinancingDesk desk;
};

// An outgoing, booked invoice to a Belgian company that qualifies on 12 March 2026.
Invoice eligibleInvoice(const QString &number, qint64 cents, const QString &customerName,
                        const QString &vatNumber);
// Seven invoices, one per situation; see SampleNumber.
QList<Invoice> sampleInvoices();
// The states the sample set lacks: awaiting signature, payout pending, settled, refused.
QList<Invoice> moreStateInvoices(const QDateTime &now);

QLocale englishBelgium();

// Authorizes the company at the bank the client speaks to, as KBC Sign would, and has the
// client send the grant from then on: the bank answers nothing else without one. Returns the
// grant; empty when the bank did not issue one in time.
QString authorizeAtBank(BankClient &client,
                        const QString &vatNumber = QStringLiteral("BE0123456749"));

// How many requests the bank holds for the invoice, asked over HTTP; -1 when the bank answered
// with an error, -2 without an answer in time.
int requestsAtBank(BankClient &client, const QString &invoiceId);

// Saves a picture of the widget as <name>.png in $ODF_SCREENSHOT_DIR; does nothing when
// the variable is not set. Returns the path written, or an empty string.
QString saveScreenshot(QWidget &widget, const QString &name);
