#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// One invoice as the client offers it to the bank, for a quote or a financing request.
struct InvoiceOffer
{
    QString invoiceId; // the client's id; a repeated request with the same id is the same one
    QString invoiceNumber;
    QString customerNumber; // canonical "BE" + ten digits once the bank has accepted it
    QString customerName; // may be empty
    Money amount; // total incl. VAT
    QDate issueDate; // the booking date
    QDate dueDate;

    // Calendar days from the invoice date to the due date.
    int termDays() const { return int(issueDate.daysTo(dueDate)); }
    // The figures that make two offers the same invoice; the name is only a label.
    bool sameFigures(const InvoiceOffer &other) const
    {
        return invoiceId == other.invoiceId && invoiceNumber == other.invoiceNumber
            && customerNumber == other.customerNumber && amount == other.amount
            && issueDate == other.issueDate && dueDate == other.dueDate;
    }
};

// The bank's price for an invoice on a given day.
struct BankQuote
{
    InvoiceOffer invoice;
    int ageWorkingDays = 0;
    int feeBasisPoints = 0;
    Money cost;
    Money payout; // amount - cost
    QDateTime quotedAt;
    QDate validOn; // the fee depends on the invoice's age, so a quote holds for one day
};

// Where a financing request stands. Only forward: awaiting signature -> payout pending ->
// financed -> settled, or awaiting signature -> declined / lapsed.
enum class RequestState {
    AwaitingSignature, // reserved under the limit; to be signed in KBC Sign before the deadline
    PayoutPending, // signed; reserved; paid out on the payout date
    Financed, // paid out; uses the limit until the customer pays the bank
    Settled, // the customer paid the bank; frees the limit
    Declined, // the signer declined; frees the reservation
    Lapsed, // not signed in time; frees the reservation
};

// "awaiting-signature", "payout-pending", "financed", "settled", "declined", "lapsed".
QString requestStateName(RequestState state);
std::optional<RequestState> requestStateFromName(QStringView name);

struct FinancingRequest
{
    QString id; // "R-000001", ...
    InvoiceOffer invoice;
    int feeBasisPoints = 0;
    Money cost;
    Money payout;
    RequestState state = RequestState::AwaitingSignature;
    QDateTime requestedAt;
    QDateTime signingDeadline; // requestedAt + the signing window; signing at it is too late
    QDateTime signedAt; // null until signed
    QDateTime declinedAt;
    QDateTime lapsedAt; // the deadline, once the request lapsed
    QDate payoutDate; // the next banking day after signing; null until signed
    QDateTime settledAt;

    // Awaiting signature or payout: the amount is reserved under the limit.
    bool isReserved() const
    {
        return state == RequestState::AwaitingSignature || state == RequestState::PayoutPending;
    }
    // Open or done: the invoice is taken, and a repeated request returns this one.
    bool isTaken() const
    {
        return isReserved() || state == RequestState::Financed || state == RequestState::Settled;
    }
    // Paid out: a cost statement exists.
    bool hasStatement() const
    {
        return state == RequestState::Financed || state == RequestState::Settled;
    }
};

// The EUR 100,000 limit: used = financed and not settled; reserved = awaiting signature or
// payout; available = total - used - reserved.
struct LimitStatus
{
    Money total;
    Money used;
    Money reserved;
    Money available;
};
