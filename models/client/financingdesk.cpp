#include "financingdesk.h"

#include "invoicebook.h"
#include "quoteservice.h"

FinancingDesk::FinancingDesk(InvoiceBook &book, const Clock &clock, QuoteService &quotes,
                             BankParameters parameters, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_clock(clock)
    , m_quotes(quotes)
    , m_rules(std::move(parameters))
    , m_outstanding(m_book.outstanding())
{
    connect(&m_quotes, &QuoteService::quoted, this, &FinancingDesk::onQuoted);
    connect(&m_quotes, &QuoteService::failed, this, &FinancingDesk::onQuoteFailed);
    connect(&m_quotes, &QuoteService::refused, this, &FinancingDesk::onQuoteRefused);
    connect(&m_book, &InvoiceBook::changed, this, &FinancingDesk::onBookChanged);
    connect(&m_book, &InvoiceBook::wasReset, this, [this] {
        forgetQuotes();
        updateOutstanding();
        Q_EMIT summaryChanged();
    });
    connect(&m_book, &InvoiceBook::added, this, [this] {
        if (updateOutstanding())
            emitAllViewsChanged();
        Q_EMIT summaryChanged();
    });
}

void FinancingDesk::setParameters(const BankParameters &parameters)
{
    if (parameters == m_rules.parameters())
        return;
    m_rules = EligibilityRules(parameters);
    startNewDay();
}

Assessment FinancingDesk::assess(const Invoice &invoice) const
{
    EligibilityContext context;
    context.today = m_clock.today();
    // The invoice's own reservation does not count against itself.
    context.outstanding = m_outstanding;
    if (invoice.financing.countsTowardsLimit() && invoice.total.isEuro())
        context.outstanding = context.outstanding - invoice.total;
    return m_rules.assess(invoice, context);
}

FinancingView FinancingDesk::view(const QString &invoiceId) const
{
    FinancingView result;
    result.invoiceId = invoiceId;
    const Invoice *invoice = m_book.find(invoiceId);
    if (!invoice)
        return result;
    result.assessment = assess(*invoice);
    result.emailed = invoice->emailed.has_value();
    if (const auto quote = m_quoteById.constFind(invoiceId); quote != m_quoteById.cend())
        result.quote = *quote;
    if (const auto error = m_quoteErrorById.constFind(invoiceId); error != m_quoteErrorById.cend())
        result.quoteError = *error;
    result.bankCallUnderway = m_bankCallsUnderway.contains(invoiceId);
    if (const auto error = m_bankErrorById.constFind(invoiceId); error != m_bankErrorById.cend())
        result.bankError = *error;

    switch (invoice->financing.status) {
    case FinancingStatus::AwaitingSignature:
        result.state = PanelState::AwaitingSignature;
        return result;
    case FinancingStatus::PayoutPending:
        result.state = PanelState::PayoutPending;
        return result;
    case FinancingStatus::Financed:
        result.state = PanelState::Financed;
        return result;
    case FinancingStatus::Settled:
        result.state = PanelState::Settled;
        return result;
    case FinancingStatus::Refused:
        result.state = PanelState::Refused;
        return result;
    case FinancingStatus::None:
        break;
    }

    const Assessment &assessment = result.assessment;
    if (invoice->direction != InvoiceDirection::Outgoing)
        result.state = PanelState::Hidden;
    else if (!m_connected)
        result.state = PanelState::NotConnected;
    else if (assessment.onlyNeedsBooking())
        result.state = PanelState::NeedsBooking;
    else if (!assessment.isEligible())
        result.state = PanelState::NotEligible;
    else if (m_refusedIds.contains(invoiceId))
        result.state = PanelState::Refused;
    else if (!result.quote)
        result.state = PanelState::Checking;
    else
        result.state = PanelState::Eligible;
    result.canRequest =
        result.state == PanelState::Eligible && result.emailed && !result.bankCallUnderway;
    return result;
}

QStringList FinancingDesk::qualifyingIds() const
{
    QStringList ids;
    if (!m_connected)
        return ids;
    for (const Invoice &invoice : m_book.invoices()) {
        if (invoice.financing.status == FinancingStatus::None && !m_refusedIds.contains(invoice.id)
            && assess(invoice).isEligible()) {
            ids.append(invoice.id);
        }
    }
    return ids;
}

Money LimitUsage::available() const
{
    const Money left = total - used - reserved;
    return left.isNegative() ? Money::fromCents(0, total.currency()) : left;
}

LimitUsage FinancingDesk::limitUsage() const
{
    LimitUsage usage;
    usage.total = m_rules.parameters().totalLimit;
    usage.used = Money::fromCents(0, usage.total.currency());
    usage.reserved = usage.used;
    for (const Invoice &invoice : m_book.invoices()) {
        if (!invoice.total.isEuro())
            continue;
        if (invoice.financing.status == FinancingStatus::Financed)
            usage.used = usage.used + invoice.total;
        else if (invoice.financing.countsTowardsLimit())
            usage.reserved = usage.reserved + invoice.total;
    }
    return usage;
}

void FinancingDesk::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    if (connected) {
        startNewDay();
        return;
    }
    // Answers on their way are for a connection that is gone.
    m_pending.clear();
    refresh();
}

void FinancingDesk::prepare(const QString &invoiceId)
{
    const Invoice *invoice = m_book.find(invoiceId);
    if (!m_connected || !invoice || m_quoteById.contains(invoiceId) || m_pending.contains(invoiceId)
        || m_refusedIds.contains(invoiceId)) {
        return;
    }
    if (invoice->financing.status != FinancingStatus::None || !assess(*invoice).isEligible())
        return;
    m_pending.insert(invoiceId, QuoteBasis::of(*invoice));
    m_quoteErrorById.remove(invoiceId);
    m_quotes.requestQuote(*invoice);
}

void FinancingDesk::bookInvoice(const QString &invoiceId)
{
    const Invoice *found = m_book.find(invoiceId);
    if (!found || found->booking == BookingState::Booked)
        return;
    Invoice invoice = *found;
    invoice.booking = BookingState::Booked;
    invoice.activity.append({m_clock.now(), ActivityEntry::Kind::Booked, {}});
    m_book.update(invoice);
    prepare(invoiceId);
}

void FinancingDesk::emailInvoice(const QString &invoiceId, const QString &address)
{
    const Invoice *found = m_book.find(invoiceId);
    if (!found)
        return;
    Invoice invoice = *found;
    const QDateTime now = m_clock.now();
    invoice.emailed = EmailRecord {now, address};
    invoice.customer.email = address;
    invoice.activity.append({now, ActivityEntry::Kind::Emailed, address});
    m_book.update(invoice);
}

void FinancingDesk::recordCustomerPaidBusiness(const QString &invoiceId)
{
    const Invoice *found = m_book.find(invoiceId);
    if (!found || !found->financing.canRecordCustomerPaidBusiness())
        return;
    Invoice invoice = *found;
    const QDateTime now = m_clock.now();
    invoice.financing.customerPaidBusinessAt = now;
    invoice.activity.append({now, ActivityEntry::Kind::CustomerPaidBusiness, {}});
    m_book.update(invoice);
}

void FinancingDesk::passedOnToBank(const QString &invoiceId)
{
    const Invoice *found = m_book.find(invoiceId);
    if (!found || !found->financing.owesBank())
        return;
    Invoice invoice = *found;
    const QDateTime now = m_clock.now();
    invoice.financing.passedOnToBankAt = now;
    invoice.activity.append({now, ActivityEntry::Kind::PassedOnToBank, {}});
    m_book.update(invoice);
}

void FinancingDesk::setBankCallUnderway(const QString &invoiceId, bool underway)
{
    const bool changed = underway ? !m_bankCallsUnderway.contains(invoiceId)
                                  : m_bankCallsUnderway.contains(invoiceId);
    if (!changed)
        return;
    if (underway)
        m_bankCallsUnderway.insert(invoiceId);
    else
        m_bankCallsUnderway.remove(invoiceId);
    Q_EMIT viewChanged(invoiceId);
}

void FinancingDesk::setBankError(const QString &invoiceId, const QString &message)
{
    if (m_bankErrorById.value(invoiceId) == message)
        return;
    if (message.isEmpty())
        m_bankErrorById.remove(invoiceId);
    else
        m_bankErrorById.insert(invoiceId, message);
    Q_EMIT viewChanged(invoiceId);
}

void FinancingDesk::refresh()
{
    updateOutstanding();
    emitAllViewsChanged();
    Q_EMIT summaryChanged();
}

void FinancingDesk::startNewDay()
{
    m_quoteById.clear();
    m_quoteBasisById.clear();
    m_refusedIds.clear();
    refresh();
    prepareQualifying();
}

void FinancingDesk::prepareQualifying()
{
    for (const QString &id : qualifyingIds())
        prepare(id);
}

void FinancingDesk::onQuoted(const QString &invoiceId, const Quote &quote)
{
    // An answer nobody waits for any more (the book was reloaded) is dropped.
    const auto request = m_pending.constFind(invoiceId);
    if (request == m_pending.cend())
        return;
    const QuoteBasis basis = *request;
    m_pending.erase(request);
    const Invoice *invoice = m_book.find(invoiceId);
    if (!invoice)
        return;
    if (!(basis == QuoteBasis::of(*invoice))) {
        // The invoice changed while the bank was answering: the quote is for old figures.
        prepare(invoiceId);
        return;
    }
    m_quoteById.insert(invoiceId, quote);
    m_quoteBasisById.insert(invoiceId, basis);
    Q_EMIT viewChanged(invoiceId);
}

void FinancingDesk::onQuoteFailed(const QString &invoiceId, const QString &message)
{
    if (!m_pending.remove(invoiceId))
        return;
    m_quoteErrorById.insert(invoiceId, message);
    Q_EMIT viewChanged(invoiceId);
}

void FinancingDesk::onQuoteRefused(const QString &invoiceId)
{
    if (!m_pending.remove(invoiceId))
        return;
    m_refusedIds.insert(invoiceId);
    Q_EMIT viewChanged(invoiceId);
    Q_EMIT summaryChanged();
}

void FinancingDesk::onBookChanged(qsizetype row)
{
    const bool outstandingMoved = updateOutstanding();
    const QString id = m_book.at(row).id;
    // A quote is for the figures it was made for; when they change it no longer holds, and
    // the invoice waits for a new one.
    if (const auto basis = m_quoteBasisById.constFind(id);
        basis != m_quoteBasisById.cend() && !(*basis == QuoteBasis::of(m_book.at(row)))) {
        m_quoteById.remove(id);
        m_quoteBasisById.remove(id);
    }
    // Another reservation changes the limit left for every invoice.
    if (outstandingMoved)
        emitAllViewsChanged();
    else
        Q_EMIT viewChanged(id);
    Q_EMIT summaryChanged();
    // A changed invoice may qualify now without a quote: its figures changed, or a request
    // that was declined or lapsed gave it back. prepare() asks only where one is missing.
    prepare(id);
}

bool FinancingDesk::updateOutstanding()
{
    const Money outstanding = m_book.outstanding();
    if (outstanding == m_outstanding)
        return false;
    m_outstanding = outstanding;
    return true;
}

void FinancingDesk::emitAllViewsChanged()
{
    for (const Invoice &invoice : m_book.invoices())
        Q_EMIT viewChanged(invoice.id);
}

void FinancingDesk::forgetQuotes()
{
    m_quoteById.clear();
    m_quoteBasisById.clear();
    m_quoteErrorById.clear();
    m_refusedIds.clear();
    m_pending.clear();
}
