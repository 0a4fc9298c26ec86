#pragma once

#include "clock.h"
#include "eligibility.h"
#include "pricing.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class InvoiceBook;
class QuoteService;

// What the financing panel shows for one invoice.
enum class PanelState {
    Hidden, // a purchase invoice: no panel at all
    // The integration is not set up (not added, not available, never authorized): the panel
    // invites to set it up instead of judging the invoice.
    NotConnected,
    NeedsBooking, // a draft that would otherwise qualify: "book this invoice first"
    NotEligible, // at least one rule fails
    Checking, // qualifies; waiting for the bank's first answer
    Eligible, // qualifies and quoted
    AwaitingSignature, // requested, to be confirmed in KBC Sign
    PayoutPending,
    Financed,
    Settled,
    Refused, // the bank refused it
};

// How much of the bank's revolving limit the company's invoices take, as the client's books
// show it: used = financed and not yet paid by the customer to the bank; reserved = requests
// awaiting signature or payout; available = total - used - reserved, never below zero.
struct LimitUsage
{
    Money total;
    Money used;
    Money reserved;

    Money available() const;
    friend bool operator==(const LimitUsage &, const LimitUsage &) = default;
};

struct FinancingView
{
    QString invoiceId;
    PanelState state = PanelState::Hidden;
    Assessment assessment;
    std::optional<Quote> quote;
    std::optional<QString> quoteError;
    bool emailed = false;
    // A call to the bank for this invoice (request, signature, payment) is on its way.
    bool bankCallUnderway = false;
    // Why the last call to the bank for this invoice failed, in the user's language.
    std::optional<QString> bankError;
    // Request financing may be pressed: eligible, quoted, e-mailed to the customer and no
    // call to the bank on its way.
    bool canRequest = false;
};

// The per-invoice financing logic between the invoices, the rules and the bank: judges
// invoices against the clock and the outstanding total, asks for quotes, and records what
// the user does (booking, e-mailing) in the invoice and its activity log.
class FinancingDesk final : public QObject
{
    Q_OBJECT

public:
    FinancingDesk(InvoiceBook &book, const Clock &clock, QuoteService &quotes,
                  BankParameters parameters = {}, QObject *parent = nullptr);

    const EligibilityRules &rules() const { return m_rules; }
    // The bank's own numbers (amount and term ranges, age, limit, signing window), once it
    // has served them: every invoice is judged again with them.
    void setParameters(const BankParameters &parameters);
    const Clock &clock() const { return m_clock; }
    // Whether the integration with the bank is set up. While it is not, invoices without a
    // request show NotConnected and no quote is asked; invoices the bank already holds keep
    // their state. Connecting again judges and quotes every invoice anew.
    void setConnected(bool connected);
    bool isConnected() const { return m_connected; }

    Assessment assess(const Invoice &invoice) const;
    FinancingView view(const QString &invoiceId) const;
    // The ids of the invoices that qualify now, in the book's order. An invoice the bank
    // refused to quote does not.
    QStringList qualifyingIds() const;
    LimitUsage limitUsage() const;

    // Asks for a quote when the invoice qualifies and none is known or on its way. A quote is
    // kept only while the figures it was asked for (total, dates, customer) stay the same;
    // when they change the desk asks again by itself.
    void prepare(const QString &invoiceId);
    // Prepares every invoice that qualifies, so that the overview's count of qualifying
    // invoices already leaves out those the bank refuses.
    void prepareQualifying();
    void bookInvoice(const QString &invoiceId);
    void emailInvoice(const QString &invoiceId, const QString &address);
    // The customer of a financed invoice paid the business instead of KBC: from now on the
    // invoice carries a to-do to pass the money on, until passedOnToBank().
    void recordCustomerPaidBusiness(const QString &invoiceId);
    void passedOnToBank(const QString &invoiceId);
    // What the financing flow tells about its calls to the bank, so that every view of the
    // invoice shows it. An empty error clears the last one.
    void setBankCallUnderway(const QString &invoiceId, bool underway);
    void setBankError(const QString &invoiceId, const QString &message);
    // Time moved or parameters changed: everything may look different.
    void refresh();
    // The bank's day changed: its quotes held for the day they were made (the fee grows with
    // the invoice's age), so the quotes of every qualifying invoice are asked again, and so
    // are the refusals.
    void startNewDay();

Q_SIGNALS:
    void viewChanged(const QString &invoiceId);
    // The set of qualifying invoices may have changed.
    void summaryChanged();

private:
    void onQuoted(const QString &invoiceId, const Quote &quote);
    void onQuoteFailed(const QString &invoiceId, const QString &message);
    void onQuoteRefused(const QString &invoiceId);
    void onBookChanged(qsizetype row);
    void forgetQuotes();
    // Recomputes the outstanding total; true when it moved.
    bool updateOutstanding();
    void emitAllViewsChanged();

    // The figures a quote was made for: the bank prices an invoice by its total, its dates
    // (payment term, booking date) and the customer's creditworthiness.
    struct QuoteBasis
    {
        Money total;
        QDate issueDate;
        QDate dueDate;
        QString customerNumber;
        static QuoteBasis of(const Invoice &invoice)
        {
            return {invoice.total, invoice.issueDate, invoice.dueDate, invoice.customer.number};
        }
        friend bool operator==(const QuoteBasis &, const QuoteBasis &) = default;
    };

    InvoiceBook &m_book;
    const Clock &m_clock;
    QuoteService &m_quotes;
    EligibilityRules m_rules;
    QHash<QString, Quote> m_quoteById;
    QHash<QString, QuoteBasis> m_quoteBasisById;
    QHash<QString, QString> m_quoteErrorById;
    // Invoices the bank refused when asked for a quote; it keeps no trace of them, so neither
    // does the store.
    QSet<QString> m_refusedIds;
    QSet<QString> m_bankCallsUnderway;
    QHash<QString, QString> m_bankErrorById;
    // Requests on their way, with the figures they were asked for.
    QHash<QString, QuoteBasis> m_pending;
    Money m_outstanding; // the book's outstanding total, kept current on every book change
    bool m_connected = true;
};
