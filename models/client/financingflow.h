#pragma once

#include "bankclient.h"

#include <QObject>
#include <QSet>

class Clock;
class FinancingDesk;
class InvoiceBook;
class QTimer;

// Takes an invoice from the request for financing to its settlement at the bank: places the
// request, passes on the decision taken in KBC Sign, follows the payout and the customer's
// payment, and writes every change the bank reports into the invoice and its activity log.
// The bank owns the truth; the invoice keeps the last state the bank reported, so that it
// survives a restart and is brought up to date by the next synchronize().
class FinancingFlow final : public QObject
{
    Q_OBJECT

public:
    // How often open requests are compared with the bank while nothing is due.
    static constexpr int followIntervalMilliseconds = 10'000;

    FinancingFlow(InvoiceBook &book, FinancingDesk &desk, BankClient &bank, const Clock &clock,
                  QObject *parent = nullptr);

    // Asks the bank to buy the invoice. Only one call per invoice is on its way at a time: a
    // second request (a double click) while the first is underway does nothing.
    void request(const QString &invoiceId);
    // The decision taken in the (simulated) KBC Sign for the invoice's open request.
    void sign(const QString &invoiceId, BankApi::SignDecision decision);
    // The customer paid the invoice to the bank (a demo plays this).
    void reportCustomerPayment(const QString &invoiceId);
    // Asks the bank for the state of every request that is still open (awaiting signature,
    // payout pending, financed) and applies what changed. A request the bank answered it does
    // not know is not asked about again: the invoice's own record is the only one left.
    void synchronize();
    bool isUnderway(const QString &invoiceId) const { return m_underway.contains(invoiceId); }
    // While held, open requests are not followed (neither synchronize() nor the clock's due
    // steps): until the grant is read at start, every question would only be refused.
    void holdFollowUps(bool held) { m_followUpsHeld = held; }

Q_SIGNALS:
    // The bank opened a request that now waits for a signature in KBC Sign.
    void signatureAwaited(const QString &invoiceId);
    // The bank refused a call the user made for the invoice (request, signature, customer
    // payment) because the grant is missing, revoked or expired: the company must authorize
    // again. Nothing changed at the bank or in the invoice.
    void authorizationNeeded(const QString &invoiceId);

private:
    // Marks a call for the invoice as underway; false when one already is.
    bool begin(const QString &invoiceId);
    void end(const QString &invoiceId);
    void apply(const QString &invoiceId, const BankApi::FinancingRequest &request);
    void onRequestFailed(const QString &invoiceId, const BankApi::BankError &error);
    void follow(const QString &invoiceId, const QString &requestId);
    // The bank cannot be asked for want of a grant: a request still awaiting its signature
    // after its signing deadline is taken as lapsed, as the bank lets every unsigned request
    // lapse at that moment.
    void lapseOverdueRequest(const QString &invoiceId, const QString &requestId);
    // Open requests whose next step is due by the clock: a deadline passed, a payout date
    // reached.
    void followDue();

    InvoiceBook &m_book;
    FinancingDesk &m_desk;
    BankClient &m_bank;
    const Clock &m_clock;
    QSet<QString> m_underway; // invoices with a user's call at the bank
    QSet<QString> m_following; // invoices whose state is being asked in the background
    // Requests the bank answered it does not know (it keeps its books in memory and may have
    // restarted): asking again would only bring the same answer.
    QSet<QString> m_forgottenRequestIds;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_followTimer = nullptr;
    bool m_followUpsHeld = false;
};
