#pragma once

#include "bankauthorizations.h"
#include "bankerror.h"
#include "bankparameters.h"
#include "bankrequest.h"

#include <QList>

class Clock;

// The simulated bank's books: the financing requests, the limit, and every decision on them.
// No network here; BankService turns HTTP calls into calls on the ledger.
//
// What time does (a signing window that closes, a payout date that arrives) is applied from
// the clock at the start of every call, so a clock that was moved is seen at once and no
// timer is needed.
class BankLedger final
{
public:
    explicit BankLedger(const Clock &clock, BankParameters parameters = {});

    const BankParameters &parameters() const { return m_parameters; }
    QDateTime now() const;
    QDate today() const;

    // Checks the rules the bank can see and its own decision, and prices the invoice. The
    // limit is not checked: a quote reserves nothing.
    Outcome<BankQuote> quote(const InvoiceOffer &offer);

    struct Placement
    {
        FinancingRequest request;
        bool created = false; // false: the same request as before (idempotent repeat)
    };
    // Opens a signing window and reserves the amount under the limit, or returns the open or
    // done request of the same invoice.
    Outcome<Placement> request(const InvoiceOffer &offer);

    Outcome<FinancingRequest> find(const QString &requestId);
    QList<FinancingRequest> requests(); // in the order they were made
    // The KBC Sign decision. Accepting before the deadline schedules the payout on the next
    // banking day; at or after the deadline the request has lapsed.
    Outcome<FinancingRequest> sign(const QString &requestId, bool accept);
    // The customer paid the bank: a financed request is settled and frees the limit.
    Outcome<FinancingRequest> customerPays(const QString &requestId);
    // The cost statement of a paid-out request (financed or settled).
    Outcome<FinancingRequest> statement(const QString &requestId);
    // The statements whose payout date lies in [from, to], by payout date; an invalid date
    // leaves that end open.
    QList<FinancingRequest> statements(QDate from, QDate to);
    LimitStatus limit();

    // Applies what time has done since the last call; true when something changed.
    bool catchUp();

    // The whole state, to keep it across a restart.
    const QList<FinancingRequest> &snapshot() const { return m_requests; }
    int nextNumber() const { return m_nextNumber; }
    void restore(QList<FinancingRequest> requests, int nextNumber);
    // Grows with every change of the books, including the ones time makes.
    quint64 revision() const { return m_revision; }

    // The access grants issued to the company; kept with the books, apart from their revision.
    BankAuthorizations &authorizations() { return m_authorizations; }
    const BankAuthorizations &authorizations() const { return m_authorizations; }

private:
    // The quote for an offer that passes every check, with the customer number canonical.
    Outcome<BankQuote> assess(const InvoiceOffer &offer) const;
    FinancingRequest *lookup(const QString &requestId);
    // The open or done request for the same invoice: the same id, or the same number for
    // the same customer.
    FinancingRequest *findTaken(const InvoiceOffer &offer);
    Money outstanding() const;

    const Clock &m_clock;
    BankParameters m_parameters;
    QList<FinancingRequest> m_requests;
    int m_nextNumber = 1;
    quint64 m_revision = 0;
    BankAuthorizations m_authorizations;
};
