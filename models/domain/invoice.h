#pragma once

#include "money.h"
#include "vatnumber.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Who an invoice is addressed to.
enum class CustomerKind {
    Company,
    PublicBody,
    Person, // a private person (B2C)
};

struct Customer
{
    QString name;
    QString countryCode; // ISO 3166-1 alpha-2, upper case; empty when unknown
    // The VAT or enterprise number as found in the source, untouched; empty when none.
    QString number;
    CustomerKind kind = CustomerKind::Company;
    QString email;

    // A customer without any VAT or enterprise number counts as a private person; a number
    // made only of spaces, dots and hyphens is no number.
    bool isPrivatePerson() const
    {
        return kind == CustomerKind::Person || VatNumber::compact(number).isEmpty();
    }

    friend bool operator==(const Customer &, const Customer &) = default;
};

enum class InvoiceDirection { Outgoing, Incoming };

enum class InvoiceKind {
    Invoice,
    AdvanceInvoice, // UBL type code 386
    CreditNote, // UBL CreditNote document or type code 381
};

enum class BookingState { Draft, Booked };

// Where the invoice stands with the bank. Only the client's view: the bank owns the truth.
enum class FinancingStatus {
    None, // never requested (or a request lapsed or was declined)
    AwaitingSignature, // requested, to be confirmed in KBC Sign
    PayoutPending, // signed, the bank pays on the next working day
    Financed, // the bank paid the business; the customer has not paid the bank yet
    Settled, // the customer paid the bank
    Refused, // the bank refused to buy this invoice
};

struct Financing
{
    FinancingStatus status = FinancingStatus::None;
    // The bank's id of the request behind the status; empty when none was made here.
    QString requestId;
    // Filled once the bank has quoted or paid; zero otherwise.
    Money payout;
    Money cost;
    QDateTime requestedAt;
    QDateTime signingDeadline;
    QDate payoutDate;
    // The customer paid the business instead of KBC after the invoice was sold, and when the
    // business passed that money on to KBC. Until it has, it owes KBC the amount.
    QDateTime customerPaidBusinessAt;
    QDateTime passedOnToBankAt;

    // Counts towards the EUR 100,000 limit: financed and not settled, or reserved by a request
    // awaiting signature or payout.
    bool countsTowardsLimit() const
    {
        return status == FinancingStatus::AwaitingSignature
            || status == FinancingStatus::PayoutPending || status == FinancingStatus::Financed;
    }
    // The invoice has been, or is being, sold to the bank.
    bool isTaken() const { return countsTowardsLimit() || status == FinancingStatus::Settled; }
    // The customer paid the business for a sold invoice and the money is not yet with KBC.
    bool owesBank() const
    {
        return customerPaidBusinessAt.isValid() && !passedOnToBankAt.isValid();
    }
    // The customer may still pay the business by mistake: the bank has paid out and has not
    // been paid, and no such payment is recorded yet.
    bool canRecordCustomerPaidBusiness() const
    {
        return status == FinancingStatus::Financed && !customerPaidBusinessAt.isValid();
    }

    friend bool operator==(const Financing &, const Financing &) = default;
};

struct EmailRecord
{
    QDateTime sentAt;
    QString address;

    friend bool operator==(const EmailRecord &, const EmailRecord &) = default;
};

// One line of an invoice's history, shown to the user.
struct ActivityEntry
{
    enum class Kind {
        Imported,
        Booked,
        Emailed,
        Requested,
        Signed,
        PaidOut,
        Settled,
        Refused,
        Lapsed,
        Declined,
        CustomerPaidBusiness, // the customer paid the business instead of KBC
        PassedOnToBank, // the business transferred that payment on to KBC
    };
    QDateTime at;
    Kind kind = Kind::Imported;
    QString detail; // free text in the user's words at the time (an address, a file name)

    friend bool operator==(const ActivityEntry &, const ActivityEntry &) = default;
};

struct Invoice
{
    QString id; // unique within the store
    QString number;
    InvoiceDirection direction = InvoiceDirection::Outgoing;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString typeCode; // as found in the source, e.g. "380"; empty when none
    BookingState booking = BookingState::Booked;
    QDate issueDate;
    QDate dueDate; // invalid when the invoice has no due date (and so no payment term)
    Money total; // including VAT, in the invoice's currency
    Money paid; // already paid by the customer (prepaid or received)
    Money credited; // credited by credit notes against this invoice
    Customer customer;
    std::optional<EmailRecord> emailed;
    Financing financing;
    QString sourceFile; // the file it was imported from; empty for others
    QList<ActivityEntry> activity;

    QString currency() const { return total.currency(); }
    // The total as the books show it: a credit note gives money back, so it counts (and is
    // shown) as a negative amount, with a minus sign.
    Money signedTotal() const
    {
        return kind == InvoiceKind::CreditNote && total.isPositive() ? -total : total;
    }
    // Calendar days from invoice date to due date; nullopt without a due date.
    std::optional<int> paymentTermDays() const
    {
        if (!issueDate.isValid() || !dueDate.isValid())
            return std::nullopt;
        return int(issueDate.daysTo(dueDate));
    }

    friend bool operator==(const Invoice &, const Invoice &) = default;
};
