#include "financingflow.h"

#include "clock.h"
#include "financingdesk.h"
#include "invoicebook.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFlow, "odf.models.client.flow", QtWarningMsg)

using namespace BankApi;

namespace {

// How far along the way to settlement a status is; declined and lapsed requests go back to
// the start.
int progress(FinancingStatus status)
{
    switch (status) {
    case FinancingStatus::None:
    case FinancingStatus::Refused:
        return 0;
    case FinancingStatus::AwaitingSignature:
        return 1;
    case FinancingStatus::PayoutPending:
        return 2;
    case FinancingStatus::Financed:
        return 3;
    case FinancingStatus::Settled:
        return 4;
    }
    return 0;
}

bool isOpen(const Financing &financing)
{
    return !financing.requestId.isEmpty()
        && (financing.status == FinancingStatus::AwaitingSignature
            || financing.status == FinancingStatus::PayoutPending
            || financing.status == FinancingStatus::Financed);
}

// The moment a payout reached the business: the bank pays in the morning of the payout date.
QDateTime payoutMoment(const QDate &date)
{
    return QDateTime(date, QTime(9, 0));
}

} // namespace

FinancingFlow::FinancingFlow(InvoiceBook &book, FinancingDesk &desk, BankClient &bank,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_desk(desk)
    , m_bank(bank)
    , m_clock(clock)
    , m_dueTimer(new QTimer(this))
    , m_followTimer(new QTimer(this))
{
    // Deadlines and payout dates are read from the clock, which a demo may speed up: look
    // every second whether one has come, and now and then ask the bank anyway, since it may
    // move on by itself (a customer who pays it).
    m_dueTimer->setInterval(1'000);
    connect(m_dueTimer, &QTimer::timeout, this, &FinancingFlow::followDue);
    m_dueTimer->start();
    m_followTimer->setInterval(followIntervalMilliseconds);
    connect(m_followTimer, &QTimer::timeout, this, &FinancingFlow::synchronize);
    m_followTimer->start();
}

void FinancingFlow::request(const QString &invoiceId)
{
    const Invoice *invoice = m_book.find(invoiceId);
    if (!invoice || !m_desk.view(invoiceId).canRequest || !begin(invoiceId))
        return;
    m_bank.requestFinancing(Offer::fromInvoice(*invoice), this,
                            [this, invoiceId](const BankResult<PlacedRequest> &result) {
                                end(invoiceId);
                                if (!result.isOk()) {
                                    onRequestFailed(invoiceId, result.error());
                                    return;
                                }
                                apply(invoiceId, result.value().request);
                                if (result.value().request.state
                                    == RequestState::AwaitingSignature) {
                                    Q_EMIT signatureAwaited(invoiceId);
                                }
                            });
}

void FinancingFlow::sign(const QString &invoiceId, SignDecision decision)
{
    const Invoice *invoice = m_book.find(invoiceId);
    if (!invoice || invoice->financing.status != FinancingStatus::AwaitingSignature
        || invoice->financing.requestId.isEmpty() || !begin(invoiceId)) {
        return;
    }
    const QString requestId = invoice->financing.requestId;
    m_bank.sign(requestId, decision, this,
                [this, invoiceId, requestId](const BankResult<FinancingRequest> &result) {
                    end(invoiceId);
                    if (result.isOk()) {
                        apply(invoiceId, result.value());
                    } else if (result.error().is(ErrorCode::Lapsed)) {
                        // Too late: the bank has let the request lapse; fetch it as it is.
                        follow(invoiceId, requestId);
                    } else {
                        m_desk.setBankError(invoiceId, result.error().message());
                        if (result.error().needsAuthorization())
                            Q_EMIT authorizationNeeded(invoiceId);
                    }
                });
}

void FinancingFlow::reportCustomerPayment(const QString &invoiceId)
{
    const Invoice *invoice = m_book.find(invoiceId);
    if (!invoice || invoice->financing.status != FinancingStatus::Financed
        || invoice->financing.requestId.isEmpty() || !begin(invoiceId)) {
        return;
    }
    m_bank.reportCustomerPayment(invoice->financing.requestId, this,
                                 [this, invoiceId](const BankResult<FinancingRequest> &result) {
                                     end(invoiceId);
                                     if (result.isOk()) {
                                         apply(invoiceId, result.value());
                                         return;
                                     }
                                     m_desk.setBankError(invoiceId, result.error().message());
                                     if (result.error().needsAuthorization())
                                         Q_EMIT authorizationNeeded(invoiceId);
                                 });
}

void FinancingFlow::synchronize()
{
    if (m_followUpsHeld)
        return;
    for (const Invoice &invoice : m_book.invoices()) {
        if (isOpen(invoice.financing)
            && !m_forgottenRequestIds.contains(invoice.financing.requestId)) {
            follow(invoice.id, invoice.financing.requestId);
        }
    }
}

void FinancingFlow::followDue()
{
    if (m_followUpsHeld)
        return;
    const QDateTime now = m_clock.now();
    const QDate today = m_clock.today();
    for (const Invoice &invoice : m_book.invoices()) {
        const Financing &financing = invoice.financing;
        if (!isOpen(financing) || m_forgottenRequestIds.contains(financing.requestId))
            continue;
        const bool deadlinePassed = financing.status == FinancingStatus::AwaitingSignature
            && financing.signingDeadline.isValid() && financing.signingDeadline <= now;
        const bool payoutDue = financing.status == FinancingStatus::PayoutPending
            && financing.payoutDate.isValid() && financing.payoutDate <= today;
        if (deadlinePassed || payoutDue)
            follow(invoice.id, financing.requestId);
    }
}

void FinancingFlow::follow(const QString &invoiceId, const QString &requestId)
{
    // Following runs in the background, beside what the user does: it never holds back a
    // click in KBC Sign, and one question per invoice at a time is enough.
    if (m_following.contains(invoiceId))
        return;
    m_following.insert(invoiceId);
    m_bank.request(
        requestId, this, [this, invoiceId, requestId](const BankResult<FinancingRequest> &result) {
            m_following.remove(invoiceId);
            if (result.isOk()) {
                apply(invoiceId, result.value());
                return;
            }
            if (result.error().is(ErrorCode::UnknownRequest)) {
                qCInfo(lcFlow) << "the bank does not know" << requestId << "of" << invoiceId
                               << "; its own record stays";
                m_forgottenRequestIds.insert(requestId);
                return;
            }
            if (result.error().needsAuthorization()) {
                // Without a valid grant the bank never tells of the lapse; the invoice must
                // not await a signature, nor hold room on the limit, for good.
                lapseOverdueRequest(invoiceId, requestId);
                return;
            }
            // Following happens in the background: a bank that cannot be reached
            // now is asked again later, and the user is told only when they act.
            qCInfo(lcFlow) << "following" << invoiceId << "failed:" << result.error().detail;
        });
}

void FinancingFlow::lapseOverdueRequest(const QString &invoiceId, const QString &requestId)
{
    const Invoice *found = m_book.find(invoiceId);
    // A signature on its way may still have reached the bank in time: its answer decides.
    if (!found || m_underway.contains(invoiceId))
        return;
    const Financing &financing = found->financing;
    if (financing.status != FinancingStatus::AwaitingSignature || financing.requestId != requestId
        || !financing.signingDeadline.isValid() || financing.signingDeadline > m_clock.now()) {
        return;
    }
    qCInfo(lcFlow) << requestId << "of" << invoiceId
                   << "passed its signing deadline while the bank could not be asked; lapsed";
    Invoice invoice = *found;
    invoice.financing = {};
    invoice.activity.append({financing.signingDeadline, ActivityEntry::Kind::Lapsed, {}});
    m_desk.setBankError(invoiceId, {});
    m_book.update(invoice);
}

bool FinancingFlow::begin(const QString &invoiceId)
{
    if (m_underway.contains(invoiceId))
        return false;
    m_underway.insert(invoiceId);
    m_desk.setBankCallUnderway(invoiceId, true);
    return true;
}

void FinancingFlow::end(const QString &invoiceId)
{
    m_underway.remove(invoiceId);
    m_desk.setBankCallUnderway(invoiceId, false);
}

void FinancingFlow::onRequestFailed(const QString &invoiceId, const BankError &error)
{
    if (!error.is(ErrorCode::Refused)) {
        // Nothing changed at the bank, so nothing changes in the invoice; the user sees why.
        m_desk.setBankError(invoiceId, error.message());
        if (error.needsAuthorization())
            Q_EMIT authorizationNeeded(invoiceId);
        return;
    }
    const Invoice *found = m_book.find(invoiceId);
    if (!found)
        return;
    Invoice invoice = *found;
    invoice.financing = {};
    invoice.financing.status = FinancingStatus::Refused;
    invoice.activity.append({m_clock.now(), ActivityEntry::Kind::Refused, {}});
    m_desk.setBankError(invoiceId, {});
    m_book.update(invoice);
}

void FinancingFlow::apply(const QString &invoiceId, const FinancingRequest &request)
{
    const Invoice *found = m_book.find(invoiceId);
    if (!found)
        return;
    // An answer about an earlier request of the same invoice changes nothing, and neither does
    // one about another invoice's request (a bank that lost its books numbers afresh).
    if (!found->financing.requestId.isEmpty() && found->financing.requestId != request.id)
        return;
    if (request.invoiceId != invoiceId) {
        qCWarning(lcFlow) << "the bank answered about" << request.invoiceId << "for" << invoiceId;
        return;
    }
    Invoice invoice = *found;
    Financing &financing = invoice.financing;
    const FinancingStatus before = financing.status;
    const FinancingStatus after = financingStatus(request.state);
    using Kind = ActivityEntry::Kind;

    if (after == FinancingStatus::None) {
        // Only the invoice's own request can end it; without one there is nothing to end,
        // and an answer about it once more must not log the same step twice.
        if (found->financing.requestId != request.id)
            return;
        // Declined in KBC Sign or lapsed: the reservation is freed and the invoice may be
        // requested again.
        const bool declined = request.state == RequestState::Declined;
        financing = {};
        invoice.activity.append({declined ? request.declinedAt : request.lapsedAt,
                                 declined ? Kind::Declined : Kind::Lapsed,
                                 {}});
    } else {
        // An answer that was under way while a later one arrived (a background question
        // beside a signature) must not take the invoice back a step.
        if (found->financing.requestId == request.id && progress(after) < progress(before))
            return;
        financing.status = after;
        financing.requestId = request.id;
        financing.payout = request.payout;
        financing.cost = request.cost;
        financing.requestedAt = request.requestedAt;
        financing.signingDeadline = request.signingDeadline;
        financing.payoutDate = request.payoutDate;
        // Every step the bank took since the last answer, also several at once (the
        // application was closed meanwhile).
        for (int step = progress(before) + 1; step <= progress(after); ++step) {
            switch (step) {
            case 1:
                invoice.activity.append({request.requestedAt, Kind::Requested, {}});
                break;
            case 2:
                invoice.activity.append({request.signedAt, Kind::Signed, {}});
                break;
            case 3:
                // The bank paid: the invoice counts as paid in the books.
                invoice.paid = invoice.total;
                invoice.activity.append({payoutMoment(request.payoutDate), Kind::PaidOut, {}});
                break;
            case 4:
                invoice.activity.append({request.settledAt, Kind::Settled, {}});
                break;
            }
        }
    }
    m_desk.setBankError(invoiceId, {});
    if (!(invoice.financing == found->financing) || invoice.activity != found->activity)
        m_book.update(invoice);
}
