#pragma once

#include "bankauthorizations.h"
#include "bankerror.h"
#include "bankparameters.h"
#include "bankrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The bank's JSON bodies, exactly as docs/bank-protocol.md describes them: reading what the
// client sends and writing what the bank answers. Money travels as decimal strings with two
// decimals next to a "currency" member, dates as YYYY-MM-DD, times in UTC with milliseconds.
namespace BankProtocol {

// The body of POST /v1/quotes and POST /v1/requests.
Outcome<InvoiceOffer> readOffer(const QByteArray &body);
// The body of POST /v1/requests/{id}/signature: true to accept, false to decline.
Outcome<bool> readSignature(const QByteArray &body);
// The body of POST /v1/simulation/clock: the time the clock is to show. Moving back in time
// is an error.
Outcome<QDateTime> readClockMove(const QByteArray &body, const QDateTime &now);
// The body of POST /v1/authorizations: the company's VAT number, canonical.
Outcome<QString> readAuthorization(const QByteArray &body);
// The grant from an "Authorization: Bearer <grant>" header; empty when there is none.
QString bearerGrant(const QByteArray &authorizationHeader);
// A date query parameter ("from", "to"): an invalid QDate when absent.
Outcome<QDate> readDateParameter(const QString &name, const QString &value, bool present);

QByteArray parameters(const BankParameters &parameters);
QByteArray quote(const BankQuote &quote);
QByteArray request(const FinancingRequest &request, const QDateTime &now);
QByteArray requestList(const QList<FinancingRequest> &requests, const QDateTime &now);
QByteArray statement(const FinancingRequest &request);
QByteArray statementList(const QList<FinancingRequest> &statements, QDate from, QDate to);
QByteArray limit(const LimitStatus &limit);
QByteArray clock(const QDateTime &now, bool simulation);
QByteArray authorization(const BankAuthorizations::Issued &issued);
QByteArray error(const BankError &error);

} // namespace BankProtocol
