#include "quoteservice.h"

#include <QTimer>

QuoteService::~QuoteService() = default;

EstimateQuoteService::EstimateQuoteService(int delayMilliseconds, QObject *parent)
    : QuoteService(parent)
    , m_delayMilliseconds(delayMilliseconds)
{ }

void EstimateQuoteService::requestQuote(const Invoice &invoice)
{
    const QString id = invoice.id;
    const Quote quote = Pricing::estimate(invoice);
    QTimer::singleShot(m_delayMilliseconds, this, [this, id, quote] { Q_EMIT quoted(id, quote); });
}
