#include "bankfixture.h"
#include "bankstatefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BankTestData;

namespace {

// Monday 2 March 2026, 10:00: an ordinary banking day.
const QDate monday(2026, 3, 2);

// A caller that sends no grant, or the one given.
HttpCaller callerOf(BankFixture &bank, const QString &grant = {})
{
    return HttpCaller(bank.service().url(), grant);
}

} // namespace

// The access grants of the simulated KBC Sign: issued by POST /v1/authorizations, required as
// "Authorization: Bearer <grant>" on every call but the open ones, valid 60 days on the bank's
// clock, revoked by DELETE /v1/authorizations/current, and kept only as SHA-256 hashes. Every
// call goes over real HTTP to the bank on 127.0.0.1.
class TestBankAuthorizations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesAGrant();
    void refusesABadAuthorization_data();
    void refusesABadAuthorization();
    void openEndpointsNeedNoGrant_data();
    void openEndpointsNeedNoGrant();
    void everyOtherEndpointNeedsAGrant_data();
    void everyOtherEndpointNeedsAGrant();
    void revokedGrantNoLongerWorks();
    void revokingNeedsAKnownGrant();
    void grantExpiresAfterSixtyDays();
    void expiredGrantCanBeRevoked();
    void stateFileKeepsOnlyHashes();
    void oldStateFileStillLoads();
    void authorizationCanBeSwitchedOff();
    void logNeverShowsTheGrant();
};

void TestBankAuthorizations::issuesAGrant()
{
    BankFixture bank(at(monday));
    QSignalSpy changed(&bank.service(), &BankService::ledgerChanged);
    HttpCaller caller = callerOf(bank);
    const HttpAnswer first = caller.authorize(company.toString());
    QCOMPARE(first.status, 201);
    QCOMPARE(first.contentType, QByteArrayLiteral("application/json"));
    const QString grant = first.text("grant");
    // 32 random bytes, base64url without padding.
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(grant).hasMatch(),
             qPrintable(grant));
    const QDateTime grantedAt = parseTime(first.json.value(u"granted_at"_s));
    const QDateTime expiresAt = parseTime(first.json.value(u"expires_at"_s));
    QCOMPARE(grantedAt, at(monday));
    QCOMPARE(expiresAt, at(monday).toUTC().addDays(60));
    QCOMPARE(first.text("expires_at"), at(monday).toUTC().addDays(60).toString(Qt::ISODateWithMs));

    // Each authorization is a new grant; both work.
    HttpCaller other = callerOf(bank);
    const HttpAnswer second = other.authorize(u"be 0123.456.749"_s);
    QCOMPARE(second.status, 201);
    QVERIFY(second.text("grant") != grant);
    QCOMPARE(caller.get(u"/v1/limit"_s).status, 200);
    QCOMPARE(other.get(u"/v1/limit"_s).status, 200);
    // Grants are not the books.
    QCOMPARE(changed.count(), 0);
}

void TestBankAuthorizations::refusesABadAuthorization_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty body") << QByteArray() << 400 << u"malformed-json"_s;
    QTest::newRow("not an object") << QByteArrayLiteral("[]") << 400 << u"malformed-json"_s;
    QTest::newRow("no number") << QByteArrayLiteral("{}") << 400 << u"missing-field"_s;
    QTest::newRow("not a string") << QByteArrayLiteral("{\"company_vat_number\": 123}") << 400
                                  << u"invalid-field"_s;
    QTest::newRow("wrong check digits")
        << QByteArrayLiteral("{\"company_vat_number\": \"BE0123456748\"}") << 400
        << u"invalid-field"_s;
    QTest::newRow("not Belgian") << QByteArrayLiteral("{\"company_vat_number\": \"NL123\"}") << 400
                                 << u"invalid-field"_s;
}

void TestBankAuthorizations::refusesABadAuthorization()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);

    BankFixture bank(at(monday));
    HttpCaller caller = callerOf(bank);
    const HttpAnswer answer = caller.post(u"/v1/authorizations"_s, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.error(), error);
    QVERIFY(!answer.json.contains(u"grant"_s));
}

void TestBankAuthorizations::openEndpointsNeedNoGrant_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("parameters") << QByteArrayLiteral("GET") << u"/v1/parameters"_s << QByteArray();
    QTest::newRow("clock") << QByteArrayLiteral("GET") << u"/v1/clock"_s << QByteArray();
    QTest::newRow("simulation clock") << QByteArrayLiteral("POST") << u"/v1/simulation/clock"_s
                                      << QByteArrayLiteral("{\"advance_seconds\": 1}");
}

void TestBankAuthorizations::openEndpointsNeedNoGrant()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);

    BankFixture bank(at(monday), true);
    HttpCaller caller = callerOf(bank);
    QCOMPARE(caller.send(verb, path, body).status, 200);
    // Even an unknown grant does not get in the way.
    HttpCaller stranger = callerOf(bank, u"not-a-grant"_s);
    QCOMPARE(stranger.send(verb, path, body).status, 200);
}

void TestBankAuthorizations::everyOtherEndpointNeedsAGrant_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("grantedStatus");

    const QByteArray offerBody =
        QJsonDocument(offer(u"inv-1"_s, u"12100.00"_s, monday)).toJson(QJsonDocument::Compact);
    const QByteArray get = QByteArrayLiteral("GET");
    const QByteArray post = QByteArrayLiteral("POST");
    QTest::newRow("limit") << get << u"/v1/limit"_s << QByteArray() << 200;
    QTest::newRow("quote") << post << u"/v1/quotes"_s << offerBody << 200;
    QTest::newRow("request") << post << u"/v1/requests"_s << offerBody << 201;
    QTest::newRow("requests") << get << u"/v1/requests"_s << QByteArray() << 200;
    QTest::newRow("one request") << get << u"/v1/requests/R-000009"_s << QByteArray() << 404;
    QTest::newRow("signature") << post << u"/v1/requests/R-000009/signature"_s
                               << QByteArrayLiteral("{\"decision\": \"accept\"}") << 404;
    QTest::newRow("customer payment")
        << post << u"/v1/requests/R-000009/customer-payment"_s << QByteArray() << 404;
    QTest::newRow("statement") << get << u"/v1/requests/R-000009/statement"_s << QByteArray()
                               << 404;
    QTest::newRow("statements") << get << u"/v1/statements"_s << QByteArray() << 200;
}

void TestBankAuthorizations::everyOtherEndpointNeedsAGrant()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, grantedStatus);

    BankFixture bank(at(monday));
    QVERIFY(!bank.grant().isEmpty());

    const HttpAnswer without = callerOf(bank).send(verb, path, body);
    QCOMPARE(without.status, 401);
    QCOMPARE(without.error(), u"unauthorized"_s);
    QCOMPARE(without.wwwAuthenticate, QByteArrayLiteral("Bearer realm=\"odf-bank\""));

    // The real grant with its first character changed: a grant the bank never issued.
    QString unknownGrant = bank.grant();
    unknownGrant[0] = unknownGrant.at(0) == u'x' ? u'y' : u'x';
    const HttpAnswer unknown = callerOf(bank, unknownGrant).send(verb, path, body);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.error(), u"unauthorized"_s);

    // The grant in another scheme is no bearer.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(bank.service().url().resolved(QUrl(path)));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + bank.grant().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();

    // Nothing was done without the grant; with it, the call is served.
    QCOMPARE(bank.service().ledger().snapshot().size(), 0);
    QCOMPARE(bank.http().send(verb, path, body).status, grantedStatus);
}

void TestBankAuthorizations::revokedGrantNoLongerWorks()
{
    BankFixture bank(at(monday));
    HttpCaller other = callerOf(bank);
    QCOMPARE(other.authorize(company.toString()).status, 201);

    const HttpAnswer revoked =
        bank.http().send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s);
    QCOMPARE(revoked.status, 204);
    QVERIFY(revoked.body.isEmpty());

    const HttpAnswer after = bank.http().get(u"/v1/limit"_s);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.error(), u"unauthorized"_s);
    // Revoked once is revoked: a second time the bank does not know it.
    const HttpAnswer again =
        bank.http().send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.error(), u"unauthorized"_s);
    // Only that grant.
    QCOMPARE(other.get(u"/v1/limit"_s).status, 200);
}

void TestBankAuthorizations::revokingNeedsAKnownGrant()
{
    BankFixture bank(at(monday));
    const HttpAnswer without =
        callerOf(bank).send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s);
    QCOMPARE(without.status, 401);
    QCOMPARE(without.error(), u"unauthorized"_s);
    const HttpAnswer wrongMethod = bank.http().get(u"/v1/authorizations/current"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.allow, QByteArrayLiteral("DELETE"));
    QCOMPARE(bank.http().get(u"/v1/limit"_s).status, 200);
}

void TestBankAuthorizations::grantExpiresAfterSixtyDays()
{
    BankFixture bank(at(monday));
    HttpCaller caller = callerOf(bank);
    const HttpAnswer issued = caller.authorize(company.toString());
    QCOMPARE(issued.status, 201);
    const QDateTime grantedAt = parseTime(issued.json.value(u"granted_at"_s));

    // 59 days, 23 hours, 59 minutes and 59 seconds later: still valid.
    bank.clock().setNow(grantedAt.addDays(60).addSecs(-1));
    QCOMPARE(caller.get(u"/v1/limit"_s).status, 200);
    QCOMPARE(
        caller.post(u"/v1/quotes"_s, offer(u"inv-1"_s, u"12100.00"_s, bank.clock().now().date()))
            .status,
        200);

    // Exactly 60 days: expired, on every endpoint that needs a grant.
    bank.clock().setNow(grantedAt.addDays(60));
    const HttpAnswer expired = caller.get(u"/v1/limit"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.error(), u"authorization-expired"_s);
    QVERIFY(expired.wwwAuthenticate.startsWith("Bearer"));
    const HttpAnswer request =
        caller.post(u"/v1/requests"_s, offer(u"inv-1"_s, u"12100.00"_s, monday.addDays(60)));
    QCOMPARE(request.status, 401);
    QCOMPARE(request.error(), u"authorization-expired"_s);
    QCOMPARE(bank.service().ledger().snapshot().size(), 0);
    // The open endpoints still answer.
    QCOMPARE(caller.get(u"/v1/clock"_s).status, 200);

    // A new authorization works again, for another 60 days.
    const HttpAnswer renewed = caller.authorize(company.toString());
    QCOMPARE(renewed.status, 201);
    QCOMPARE(parseTime(renewed.json.value(u"expires_at"_s)), grantedAt.addDays(120));
    QCOMPARE(caller.get(u"/v1/limit"_s).status, 200);
}

void TestBankAuthorizations::expiredGrantCanBeRevoked()
{
    BankFixture bank(at(monday));
    bank.clock().setNow(at(monday).toUTC().addDays(61));
    QCOMPARE(bank.http().get(u"/v1/limit"_s).error(), u"authorization-expired"_s);
    QCOMPARE(bank.http().send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s).status,
             204);
    QCOMPARE(bank.http().get(u"/v1/limit"_s).error(), u"unauthorized"_s);
}

void TestBankAuthorizations::stateFileKeepsOnlyHashes()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"bank.json"_s);

    QString grant;
    QString revokedGrant;
    {
        BankFixture bank(at(monday));
        QVERIFY(bank.service().useStateFile(path));
        HttpCaller caller = callerOf(bank);
        QCOMPARE(caller.authorize(company.toString()).status, 201);
        grant = caller.grant();
        HttpCaller revoking = callerOf(bank);
        QCOMPARE(revoking.authorize(company.toString()).status, 201);
        revokedGrant = revoking.grant();
        QCOMPARE(revoking.send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s).status,
                 204);
    }

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray kept = file.readAll();
    QVERIFY(!kept.contains(grant.toLatin1()));
    QVERIFY(!kept.contains(revokedGrant.toLatin1()));
    const QByteArray hash =
        QCryptographicHash::hash(grant.toUtf8(), QCryptographicHash::Sha256).toHex();
    QVERIFY(kept.contains(hash));
    QVERIFY(!kept.contains(
        QCryptographicHash::hash(revokedGrant.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(kept.contains(R"("version": 2)") || kept.contains(R"("version":2)"));

    // A bank restarted on the file knows the grant, with its expiry, and not the revoked one.
    BankFixture restarted(at(monday).addDays(1));
    QVERIFY(restarted.service().useStateFile(path));
    QCOMPARE(callerOf(restarted, grant).get(u"/v1/limit"_s).status, 200);
    QCOMPARE(callerOf(restarted, revokedGrant).get(u"/v1/limit"_s).error(), u"unauthorized"_s);
    restarted.clock().setNow(at(monday).toUTC().addDays(60));
    QCOMPARE(callerOf(restarted, grant).get(u"/v1/limit"_s).error(), u"authorization-expired"_s);
}

void TestBankAuthorizations::oldStateFileStillLoads()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"bank.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "odf-bank-state", "version": 1, "next_number": 4, "requests": []})");
    file.close();

    BankFixture bank(at(monday));
    QString message;
    QVERIFY2(bank.service().useStateFile(path, &message), qPrintable(message));
    QCOMPARE(bank.service().ledger().nextNumber(), 4);
    // The file had no grants: the fixture's grant is gone with the books it replaced.
    QCOMPARE(bank.http().get(u"/v1/limit"_s).error(), u"unauthorized"_s);
    QCOMPARE(bank.http().authorize(company.toString()).status, 201);
    QCOMPARE(bank.http().get(u"/v1/limit"_s).status, 200);

    // A version the bank does not know is refused.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": "odf-bank-state", "version": 3, "next_number": 1, "requests": []})");
    file.close();
    BankFixture other(at(monday));
    QVERIFY(!other.service().useStateFile(path, &message));
    QVERIFY2(message.contains(u"version"_s), qPrintable(message));
}

void TestBankAuthorizations::authorizationCanBeSwitchedOff()
{
    BankFixture bank(at(monday));
    QVERIFY(bank.service().isAuthorizationRequired());
    bank.service().setAuthorizationRequired(false);
    QVERIFY(!bank.service().isAuthorizationRequired());
    HttpCaller caller = callerOf(bank);
    QCOMPARE(caller.get(u"/v1/limit"_s).status, 200);
    QCOMPARE(caller.post(u"/v1/requests"_s, offer(u"inv-1"_s, u"12100.00"_s, monday)).status, 201);
    // Grants are still issued and revoked.
    QCOMPARE(caller.authorize(company.toString()).status, 201);
    QCOMPARE(caller.send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s).status, 204);

    bank.service().setAuthorizationRequired(true);
    QCOMPARE(caller.get(u"/v1/limit"_s).error(), u"unauthorized"_s);
}

namespace {

QStringList loggedLines;

void keepLogLine(QtMsgType, const QMessageLogContext &, const QString &message)
{
    loggedLines.append(message);
}

} // namespace

void TestBankAuthorizations::logNeverShowsTheGrant()
{
    QLoggingCategory::setFilterRules(u"odf.bank.debug=true"_s);
    loggedLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLogLine);
    const auto restored = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });

    BankFixture bank(at(monday));
    const QString grant = bank.grant();
    QVERIFY(!grant.isEmpty());
    QCOMPARE(bank.http().get(u"/v1/limit"_s).status, 200);
    QCOMPARE(callerOf(bank, grant + u"x"_s).get(u"/v1/limit"_s).status, 401);
    QCOMPARE(bank.http().send(QByteArrayLiteral("DELETE"), u"/v1/authorizations/current"_s).status,
             204);

    QVERIFY(loggedLines.size() >= 4);
    for (const QString &line : std::as_const(loggedLines))
        QVERIFY2(!line.contains(grant), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestBankAuthorizations)
#include "tst_bankauthorizations.moc"
