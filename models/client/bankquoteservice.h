#pragma once

#include "quoteservice.h"

class BankClient;

// Quotes from the bank itself, over the bank client: the figures the bank will pay, not an
// estimate. The bank's refusal arrives as refused(); any other failure as failed(), with a
// message for the user.
class BankQuoteService final : public QuoteService
{
    Q_OBJECT

public:
    // The client must outlive this service.
    explicit BankQuoteService(BankClient &client, QObject *parent = nullptr);
    void requestQuote(const Invoice &invoice) override;

private:
    BankClient &m_client;
};
