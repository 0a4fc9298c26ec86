#include "bankquoteservice.h"

#include "bankclient.h"

BankQuoteService::BankQuoteService(BankClient &client, QObject *parent)
    : QuoteService(parent)
    , m_client(client)
{ }

void BankQuoteService::requestQuote(const Invoice &invoice)
{
    const QString id = invoice.id;
    m_client.quote(BankApi::Offer::fromInvoice(invoice), this,
                   [this, id](const BankApi::BankResult<BankApi::PriceQuote> &result) {
                       if (result.isOk())
                           Q_EMIT quoted(id, result.value().toQuote());
                       else if (result.error().is(BankApi::ErrorCode::Refused))
                           Q_EMIT refused(id);
                       else
                           Q_EMIT failed(id, result.error().message());
                   });
}
