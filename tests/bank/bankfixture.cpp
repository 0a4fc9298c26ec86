#include "bankfixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerTimeoutMilliseconds = 5000;

} // namespace

HttpCaller::HttpCaller()
{
    // The bank is on the loopback interface; a proxy from the environment must not get between.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

HttpCaller::HttpCaller(const QUrl &base, const QString &grant)
    : HttpCaller()
{
    m_base = base;
    m_grant = grant;
}

HttpAnswer HttpCaller::get(const QString &pathAndQuery)
{
    return send(QByteArrayLiteral("GET"), pathAndQuery);
}

HttpAnswer HttpCaller::post(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpAnswer HttpCaller::post(const QString &path, const QByteArray &body)
{
    return send(QByteArrayLiteral("POST"), path, body);
}

HttpAnswer HttpCaller::authorize(const QString &companyVatNumber)
{
    HttpAnswer answer =
        post(u"/v1/authorizations"_s, QJsonObject {{u"company_vat_number"_s, companyVatNumber}});
    if (answer.status == 201)
        m_grant = answer.text("grant");
    return answer;
}

HttpAnswer HttpCaller::send(const QByteArray &verb, const QString &pathAndQuery,
                            const QByteArray &body)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_grant.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_grant.toLatin1());
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(answerTimeoutMilliseconds, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpAnswer answer;
    if (reply->isFinished()) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        answer.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
        answer.location = reply->rawHeader(QByteArrayLiteral("Location"));
        answer.allow = reply->rawHeader(QByteArrayLiteral("Allow"));
        answer.wwwAuthenticate = reply->rawHeader(QByteArrayLiteral("WWW-Authenticate"));
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return answer;
}

BankFixture::BankFixture(const QDateTime &start, bool simulation)
    : m_clock(start)
    , m_service(m_clock)
{
    if (simulation)
        m_service.enableSimulation([this](const QDateTime &time) { m_clock.setNow(time); });
    if (m_service.listen(0)) {
        m_http.setBase(m_service.url());
        m_http.authorize(BankTestData::company.toString());
    }
}

HttpAnswer BankFixture::show(const QString &requestId)
{
    return m_http.get(u"/v1/requests/"_s + requestId);
}

HttpAnswer BankFixture::sign(const QString &requestId, const QString &decision)
{
    return m_http.post(u"/v1/requests/%1/signature"_s.arg(requestId),
                       QJsonObject {{u"decision"_s, decision}});
}

HttpAnswer BankFixture::customerPays(const QString &requestId)
{
    return m_http.post(u"/v1/requests/%1/customer-payment"_s.arg(requestId), QByteArray());
}

QString BankFixture::finance(const QJsonObject &offer)
{
    const HttpAnswer requested = request(offer);
    if (requested.status != 201)
        return {};
    const QString id = requested.text("id");
    const HttpAnswer signedAnswer = sign(id, u"accept"_s);
    if (signedAnswer.status != 200)
        return {};
    const QDate payoutDate = QDate::fromString(signedAnswer.text("payout_date"), Qt::ISODate);
    m_clock.setNow(BankTestData::at(payoutDate, 9));
    if (show(id).text("state") != u"financed")
        return {};
    return id;
}

namespace BankTestData {

QString customerRated(int rating)
{
    switch (rating) {
    case 1:
        return u"BE0200000043"_s;
    case 2:
        return u"BE0200000142"_s;
    case 3:
        return u"BE0200000241"_s;
    case 4:
        return u"BE0200000340"_s;
    default:
        return u"BE0440440475"_s; // refused
    }
}

QJsonObject offer(const QString &invoiceId, const QString &amount, QDate issueDate, int termDays,
                  const QString &customerNumber)
{
    return {
        {u"invoice_id"_s, invoiceId},
        {u"invoice_number"_s, QString(u"2026-"_s + invoiceId)},
        {u"customer_number"_s, customerNumber},
        {u"customer_name"_s, u"Brouwerij Test NV"_s},
        {u"amount"_s, amount},
        {u"currency"_s, u"EUR"_s},
        {u"issue_date"_s, issueDate.toString(Qt::ISODate)},
        {u"due_date"_s, issueDate.addDays(termDays).toString(Qt::ISODate)},
    };
}

QDateTime at(QDate day, int hour, int minute, int second)
{
    return QDateTime(day, QTime(hour, minute, second));
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace BankTestData
