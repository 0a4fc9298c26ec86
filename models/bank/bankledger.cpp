#include "bankledger.h"

#include "bankcalendar.h"
#include "banklog.h"
#include "bankpolicy.h"
#include "belgiancalendar.h"
#include "clock.h"
#include "pricing.h"
#include "vatnumber.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString euros(const Money &amount)
{
    return amount.toDecimalString() + u" EUR"_s;
}

BankError unknownRequest(const QString &requestId)
{
    return BankError::of(BankErrorCode::UnknownRequest,
                         u"There is no request %1."_s.arg(requestId));
}

BankError invalidState(const FinancingRequest &request, const QString &what)
{
    return BankError::of(
        BankErrorCode::InvalidState,
        u"Request %1 is %2: %3."_s.arg(request.id, requestStateName(request.state), what));
}

} // namespace

BankLedger::BankLedger(const Clock &clock, BankParameters parameters)
    : m_clock(clock)
    , m_parameters(std::move(parameters))
{ }

QDateTime BankLedger::now() const
{
    return m_clock.now();
}

QDate BankLedger::today() const
{
    return m_clock.today();
}

Outcome<BankQuote> BankLedger::quote(const InvoiceOffer &offer)
{
    catchUp();
    return assess(offer);
}

Outcome<BankLedger::Placement> BankLedger::request(const InvoiceOffer &offer)
{
    catchUp();
    InvoiceOffer canonical = offer;
    if (const QString number = VatNumber::normalizedBelgian(offer.customerNumber);
        !number.isEmpty()) {
        canonical.customerNumber = number;
    }

    // Idempotent: asking again for an invoice that is open or done returns the same request,
    // whatever the clock or the limit says by now.
    if (const FinancingRequest *taken = findTaken(canonical)) {
        if (taken->invoice.sameFigures(canonical))
            return Placement {*taken, false};
        return BankError::of(
            BankErrorCode::AlreadyRequested,
            u"Invoice %1 (%2) is already %3 under request %4 with other figures."_s.arg(
                taken->invoice.invoiceNumber, taken->invoice.invoiceId,
                requestStateName(taken->state), taken->id));
    }

    const Outcome<BankQuote> assessment = assess(canonical);
    if (!assessment.isOk())
        return assessment.error();
    const BankQuote &quote = assessment.value();

    const Money room = m_parameters.totalLimit - outstanding();
    if (quote.invoice.amount > room) {
        return BankError::of(
            BankErrorCode::LimitExceeded,
            u"The request of %1 exceeds the %2 still available under the %3 limit."_s.arg(
                euros(quote.invoice.amount), euros(room), euros(m_parameters.totalLimit)));
    }

    FinancingRequest created;
    created.id = u"R-%1"_s.arg(m_nextNumber++, 6, 10, QChar(u'0'));
    created.invoice = quote.invoice;
    created.feeBasisPoints = quote.feeBasisPoints;
    created.cost = quote.cost;
    created.payout = quote.payout;
    created.state = RequestState::AwaitingSignature;
    created.requestedAt = m_clock.now();
    created.signingDeadline = created.requestedAt.addSecs(m_parameters.signingWindowSeconds);
    m_requests.append(created);
    ++m_revision;
    qCDebug(lcBank) << "request" << created.id << "for invoice" << created.invoice.invoiceId
                    << "until" << created.signingDeadline;
    return Placement {created, true};
}

Outcome<FinancingRequest> BankLedger::find(const QString &requestId)
{
    catchUp();
    if (const FinancingRequest *found = lookup(requestId))
        return *found;
    return unknownRequest(requestId);
}

QList<FinancingRequest> BankLedger::requests()
{
    catchUp();
    return m_requests;
}

Outcome<FinancingRequest> BankLedger::sign(const QString &requestId, bool accept)
{
    catchUp();
    FinancingRequest *request = lookup(requestId);
    if (!request)
        return unknownRequest(requestId);

    switch (request->state) {
    case RequestState::AwaitingSignature:
        // catchUp() has just lapsed every request whose deadline has come, so this one is
        // still within its window.
        if (accept) {
            request->state = RequestState::PayoutPending;
            request->signedAt = m_clock.now();
            request->payoutDate = BankCalendar::nextBankingDay(m_clock.today());
        } else {
            request->state = RequestState::Declined;
            request->declinedAt = m_clock.now();
        }
        ++m_revision;
        qCDebug(lcBank) << "request" << request->id << requestStateName(request->state);
        return *request;
    case RequestState::Lapsed:
        return BankError::of(
            BankErrorCode::Lapsed,
            u"The signing window of request %1 closed at %2."_s.arg(
                request->id, request->lapsedAt.toUTC().toString(Qt::ISODateWithMs)));
    case RequestState::PayoutPending:
    case RequestState::Financed:
    case RequestState::Settled:
        // A repeated acceptance (a retry after a lost answer) is answered like the first.
        if (accept)
            return *request;
        return invalidState(*request, u"it was signed and can no longer be declined"_s);
    case RequestState::Declined:
        if (!accept)
            return *request;
        return invalidState(*request, u"a declined request cannot be signed; request again"_s);
    }
    return invalidState(*request, u"it cannot be signed"_s);
}

Outcome<FinancingRequest> BankLedger::customerPays(const QString &requestId)
{
    catchUp();
    FinancingRequest *request = lookup(requestId);
    if (!request)
        return unknownRequest(requestId);
    if (request->state == RequestState::Settled)
        return *request;
    if (request->state != RequestState::Financed)
        return invalidState(*request, u"only a financed invoice can be paid to the bank"_s);
    request->state = RequestState::Settled;
    request->settledAt = m_clock.now();
    ++m_revision;
    qCDebug(lcBank) << "request" << request->id << "settled";
    return *request;
}

Outcome<FinancingRequest> BankLedger::statement(const QString &requestId)
{
    catchUp();
    const FinancingRequest *request = lookup(requestId);
    if (!request)
        return unknownRequest(requestId);
    if (!request->hasStatement())
        return invalidState(*request, u"there is no cost statement before the payout"_s);
    return *request;
}

QList<FinancingRequest> BankLedger::statements(QDate from, QDate to)
{
    catchUp();
    QList<FinancingRequest> result;
    for (const FinancingRequest &request : std::as_const(m_requests)) {
        if (!request.hasStatement())
            continue;
        if (from.isValid() && request.payoutDate < from)
            continue;
        if (to.isValid() && request.payoutDate > to)
            continue;
        result.append(request);
    }
    // Requests are numbered in order, so equal payout dates keep the order they were made.
    std::stable_sort(result.begin(), result.end(),
                     [](const FinancingRequest &left, const FinancingRequest &right) {
                         return left.payoutDate < right.payoutDate;
                     });
    return result;
}

LimitStatus BankLedger::limit()
{
    catchUp();
    Money used;
    Money reserved;
    for (const FinancingRequest &request : std::as_const(m_requests)) {
        if (request.isReserved())
            reserved += request.invoice.amount;
        else if (request.state == RequestState::Financed)
            used += request.invoice.amount;
    }
    return {m_parameters.totalLimit, used, reserved, m_parameters.totalLimit - used - reserved};
}

bool BankLedger::catchUp()
{
    const QDateTime now = m_clock.now();
    const QDate today = m_clock.today();
    bool changed = false;
    for (FinancingRequest &request : m_requests) {
        if (request.state == RequestState::AwaitingSignature && now >= request.signingDeadline) {
            request.state = RequestState::Lapsed;
            request.lapsedAt = request.signingDeadline;
            changed = true;
            qCDebug(lcBank) << "request" << request.id << "lapsed";
        }
        if (request.state == RequestState::PayoutPending && today >= request.payoutDate) {
            request.state = RequestState::Financed;
            changed = true;
            qCDebug(lcBank) << "request" << request.id << "paid out on" << request.payoutDate;
        }
    }
    if (changed)
        ++m_revision;
    return changed;
}

void BankLedger::restore(QList<FinancingRequest> requests, int nextNumber)
{
    m_requests = std::move(requests);
    m_nextNumber = std::max(nextNumber, 1);
    ++m_revision;
}

Outcome<BankQuote> BankLedger::assess(const InvoiceOffer &offer) const
{
    const QDate today = m_clock.today();
    const QString canonicalNumber = VatNumber::normalizedBelgian(offer.customerNumber);
    const int termDays = offer.termDays();
    const int ageWorkingDays = BelgianCalendar::workingDaysAfter(offer.issueDate, today);

    // The rules of the product specification the bank can see, in the specification's order.
    // Like the client, a non-euro invoice fails on its currency alone.
    QStringList rules;
    QStringList reasons;
    if (!offer.amount.isEuro()) {
        rules << u"currency"_s;
        reasons << u"The invoice is in %1; only euro invoices are financed."_s.arg(
            offer.amount.currency());
    } else {
        if (offer.amount < m_parameters.minimumAmount
            || offer.amount > m_parameters.maximumAmount) {
            rules << u"amount"_s;
            reasons << u"The amount is %1; it must be between %2 and %3."_s.arg(
                euros(offer.amount), euros(m_parameters.minimumAmount),
                euros(m_parameters.maximumAmount));
        }
        if (termDays < m_parameters.minimumTermDays || termDays > m_parameters.maximumTermDays) {
            rules << u"term"_s;
            reasons << u"The payment term is %1 days; it must be between %2 and %3 days."_s
                           .arg(termDays)
                           .arg(m_parameters.minimumTermDays)
                           .arg(m_parameters.maximumTermDays);
        }
        if (ageWorkingDays > m_parameters.maximumAgeWorkingDays) {
            rules << u"age"_s;
            reasons << u"The invoice is %1 working days old; it may be at most %2."_s
                           .arg(ageWorkingDays)
                           .arg(m_parameters.maximumAgeWorkingDays);
        }
        if (canonicalNumber.isEmpty()) {
            rules << u"vat-number"_s;
            reasons << u"The customer number \"%1\" is not a valid Belgian VAT number."_s.arg(
                offer.customerNumber);
        }
    }
    if (!rules.isEmpty()) {
        BankError error = BankError::of(BankErrorCode::RulesNotMet, reasons.join(u' '));
        error.rules = rules;
        return error;
    }

    const int rating = BankPolicy::rating(canonicalNumber);
    if (!BankPolicy::accepts(rating, termDays, ageWorkingDays)) {
        qCDebug(lcBank) << "refused invoice" << offer.invoiceId << "of" << canonicalNumber;
        return BankError::of(BankErrorCode::Refused, u"KBC does not finance this invoice."_s);
    }

    BankQuote quote;
    quote.invoice = offer;
    quote.invoice.customerNumber = canonicalNumber;
    quote.ageWorkingDays = ageWorkingDays;
    quote.feeBasisPoints = BankPolicy::feeBasisPoints(termDays, rating, ageWorkingDays);
    const Quote price = Pricing::quote(offer.amount, quote.feeBasisPoints);
    quote.cost = price.cost;
    quote.payout = price.payout;
    quote.quotedAt = m_clock.now();
    quote.validOn = today;
    return quote;
}

FinancingRequest *BankLedger::lookup(const QString &requestId)
{
    for (FinancingRequest &request : m_requests) {
        if (request.id == requestId)
            return &request;
    }
    return nullptr;
}

FinancingRequest *BankLedger::findTaken(const InvoiceOffer &offer)
{
    for (FinancingRequest &request : m_requests) {
        if (!request.isTaken())
            continue;
        const InvoiceOffer &invoice = request.invoice;
        if (invoice.invoiceId == offer.invoiceId
            || (invoice.invoiceNumber == offer.invoiceNumber
                && invoice.customerNumber == offer.customerNumber)) {
            return &request;
        }
    }
    return nullptr;
}

Money BankLedger::outstanding() const
{
    Money total;
    for (const FinancingRequest &request : m_requests) {
        if (request.isReserved() || request.state == RequestState::Financed)
            total += request.invoice.amount;
    }
    return total;
}
