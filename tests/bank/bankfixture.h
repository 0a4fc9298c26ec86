#pragma once

#include "bankservice.h"
#include "clock.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

// One answer of the bank as it arrived on the wire.
struct HttpAnswer
{
    int status = 0; // 0: no answer within the time limit
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QByteArray contentType;
    QByteArray location;
    QByteArray allow;
    QByteArray wwwAuthenticate;

    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QString text(const char *name) const { return json.value(QLatin1StringView(name)).toString(); }
};

// Calls a bank over real HTTP and waits for each answer, at most five seconds, so that a
// bank that does not answer fails the test instead of hanging it.
class HttpCaller final
{
public:
    HttpCaller();
    explicit HttpCaller(const QUrl &base, const QString &grant = {});
    void setBase(const QUrl &base) { m_base = base; }
    // Sent as "Authorization: Bearer <grant>" with every call from now on; empty: none.
    void setGrant(const QString &grant) { m_grant = grant; }
    QString grant() const { return m_grant; }
    // POST /v1/authorizations for the company; on 201 the new grant is sent from then on.
    HttpAnswer authorize(const QString &companyVatNumber);

    HttpAnswer get(const QString &pathAndQuery);
    HttpAnswer post(const QString &path, const QJsonObject &body);
    HttpAnswer post(const QString &path, const QByteArray &body);
    HttpAnswer send(const QByteArray &verb, const QString &pathAndQuery,
                    const QByteArray &body = {});

private:
    QUrl m_base;
    QString m_grant;
    QNetworkAccessManager m_network;
};

// The simulated bank in this process, on a free port of 127.0.0.1, with a clock that only the
// test moves. It authorizes the test company at start, and its caller sends that grant with
// every call, so that a test of anything but authorization need not think of it.
class BankFixture final
{
public:
    explicit BankFixture(const QDateTime &start, bool simulation = false);

    // The grant issued at start; empty when the authorization failed.
    QString grant() const { return m_http.grant(); }
    bool isListening() const { return m_service.port() != 0; }
    ManualClock &clock() { return m_clock; }
    BankService &service() { return m_service; }
    HttpCaller &http() { return m_http; }

    HttpAnswer quote(const QJsonObject &offer)
    {
        return m_http.post(QStringLiteral("/v1/quotes"), offer);
    }
    HttpAnswer request(const QJsonObject &offer)
    {
        return m_http.post(QStringLiteral("/v1/requests"), offer);
    }
    HttpAnswer show(const QString &requestId);
    HttpAnswer sign(const QString &requestId, const QString &decision);
    HttpAnswer customerPays(const QString &requestId);
    HttpAnswer limit() { return m_http.get(QStringLiteral("/v1/limit")); }
    // Requests, signs and moves the clock to the payout date: the invoice is financed.
    // Returns the request id, empty when a step failed.
    QString finance(const QJsonObject &offer);

private:
    ManualClock m_clock;
    BankService m_service;
    HttpCaller m_http;
};

namespace BankTestData {

// The company that uses the bank: a valid Belgian number.
inline constexpr QStringView company = u"BE0123456749";

// Valid Belgian numbers with a known simulated rating: 1 + (the first eight digits mod 4).
QString customerRated(int rating);
// A valid offer to a customer rated 1, dated issueDate with the given payment term.
QJsonObject offer(const QString &invoiceId, const QString &amount, QDate issueDate,
                  int termDays = 30, const QString &customerNumber = customerRated(1));
// 10:00 local time on a day.
QDateTime at(QDate day, int hour = 10, int minute = 0, int second = 0);
QDateTime parseTime(const QJsonValue &value);

} // namespace BankTestData
