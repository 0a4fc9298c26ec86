#pragma once

#include "pricing.h"

#include <QObject>

// Where quotes come from. The answer always arrives later, through a signal, as it would
// from a bank over the network.
class QuoteService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~QuoteService() override;

    virtual void requestQuote(const Invoice &invoice) = 0;

Q_SIGNALS:
    void quoted(const QString &invoiceId, const Quote &quote);
    // The bank will not buy the invoice. It gives no reason, so neither does the signal.
    void refused(const QString &invoiceId);
    void failed(const QString &invoiceId, const QString &message);
};

// A local estimate with the published formula, answered after a short delay so that the
// panel shows "Waiting for approval" as it will with a real bank. The quote is marked as an
// estimate. A delay of 0 answers on the next turn of the event loop.
class EstimateQuoteService final : public QuoteService
{
    Q_OBJECT

public:
    explicit EstimateQuoteService(int delayMilliseconds, QObject *parent = nullptr);
    void requestQuote(const Invoice &invoice) override;

private:
    int m_delayMilliseconds = 0;
};
