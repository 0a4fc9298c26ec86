#include "inprocessbank.h"

#include "bankservice.h"
#include "bankstatefile.h"
#include "clock.h"
#include "vatnumber.h"

#include <QCoreApplication>

struct InProcessBank::Parts
{
    explicit Parts(const Clock &clock)
        : service(clock)
    { }

    BankService service;
    QString stateFile;
};

InProcessBank::InProcessBank(const Clock &clock)
    : m_parts(std::make_unique<Parts>(clock))
{ }

InProcessBank::~InProcessBank() = default;

QString InProcessBank::start(const QString &stateFile)
{
    m_parts->stateFile = stateFile;
    if (!stateFile.isEmpty()) {
        QString error;
        if (!m_parts->service.useStateFile(stateFile, &error)) {
            return QCoreApplication::translate("InProcessBank",
                                               "The simulated bank's books in %1 cannot be "
                                               "read (%2). It starts with empty books.")
                .arg(stateFile, error);
        }
    }
    if (!m_parts->service.listen(0)) {
        return QCoreApplication::translate(
            "InProcessBank", "The simulated bank could not start: no free port on 127.0.0.1.");
    }
    return {};
}

QUrl InProcessBank::url() const
{
    return m_parts->service.url();
}

void InProcessBank::adoptDemoFinancing(QList<Invoice> &invoices)
{
    BankLedger &ledger = m_parts->service.ledger();
    QList<FinancingRequest> requests = ledger.snapshot();
    int number = ledger.nextNumber();
    for (Invoice &invoice : invoices) {
        Financing &financing = invoice.financing;
        const bool paidOut = financing.status == FinancingStatus::Financed
            || financing.status == FinancingStatus::Settled;
        if (!paidOut || !financing.requestId.isEmpty())
            continue;
        FinancingRequest request;
        request.id = QStringLiteral("R-%1").arg(number++, 6, 10, QLatin1Char('0'));
        request.invoice.invoiceId = invoice.id;
        request.invoice.invoiceNumber = invoice.number;
        request.invoice.customerNumber = VatNumber::normalizedBelgian(invoice.customer.number);
        request.invoice.customerName = invoice.customer.name;
        request.invoice.amount = invoice.total;
        request.invoice.issueDate = invoice.issueDate;
        request.invoice.dueDate = invoice.dueDate;
        request.cost = financing.cost;
        request.payout = financing.payout;
        request.feeBasisPoints = invoice.total.cents() == 0
            ? 0
            : int((financing.cost.cents() * 10'000 + invoice.total.cents() / 2)
                  / invoice.total.cents());
        request.requestedAt = financing.requestedAt;
        request.signingDeadline = financing.signingDeadline;
        request.payoutDate = financing.payoutDate;
        for (const ActivityEntry &entry : std::as_const(invoice.activity)) {
            if (entry.kind == ActivityEntry::Kind::Signed)
                request.signedAt = entry.at;
            else if (entry.kind == ActivityEntry::Kind::Settled)
                request.settledAt = entry.at;
        }
        request.state = financing.status == FinancingStatus::Settled ? RequestState::Settled
                                                                     : RequestState::Financed;
        requests.append(request);
        financing.requestId = request.id;
    }
    ledger.restore(requests, number);
    // Kept at once, like every other change of the books.
    if (!m_parts->stateFile.isEmpty())
        BankStateFile::save(m_parts->stateFile, ledger);
}
