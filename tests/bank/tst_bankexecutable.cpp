#include "bankfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BankTestData;

namespace {

constexpr int processTimeoutMilliseconds = 10000;

QString executable()
{
    return QString::fromUtf8(ODF_BANK_EXECUTABLE);
}

} // namespace

// The bank's own executable, odf-bank, started as a separate process: it prints its URL first
// and serves the same protocol; with --simulation its clock can be moved over HTTP.
class TestBankExecutable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesARequest();
    void keepsItsStateAcrossARestart();
    void servesWithoutGrantsWhenAsked();
    void refusesBadArguments_data();
    void refusesBadArguments();

private:
    // Starts odf-bank and returns the URL from its first line; empty on failure.
    static QUrl start(QProcess &process, const QStringList &arguments);
    static void stop(QProcess &process);
};

QUrl TestBankExecutable::start(QProcess &process, const QStringList &arguments)
{
    process.start(executable(), arguments);
    if (!process.waitForStarted(processTimeoutMilliseconds))
        return {};
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(processTimeoutMilliseconds))
            return {};
    }
    return QUrl(QString::fromUtf8(process.readLine().trimmed()));
}

void TestBankExecutable::stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(processTimeoutMilliseconds)) {
        process.kill();
        process.waitForFinished(processTimeoutMilliseconds);
    }
}

void TestBankExecutable::servesARequest()
{
    QProcess process;
    const auto stopped = qScopeGuard([&process] { stop(process); });
    // Sunday 1 March: the clock is moved forward to Monday morning below.
    const QUrl url =
        start(process, {u"--port"_s, u"0"_s, u"--simulation"_s, u"--today"_s, u"2026-03-01"_s});
    QVERIFY2(QRegularExpression(u"^http://127\\.0\\.0\\.1:[1-9][0-9]*$"_s)
                 .match(url.toString())
                 .hasMatch(),
             qPrintable(url.toString()));

    HttpCaller http;
    http.setBase(url);
    const HttpAnswer clock = http.get(u"/v1/clock"_s);
    QCOMPARE(clock.status, 200);
    QCOMPARE(clock.text("today"), u"2026-03-01"_s);
    QCOMPARE(clock.json.value(u"simulation"_s).toBool(), true);

    // Monday at ten, so that the test does not depend on the hour it runs at.
    const QByteArray morning =
        "{\"now\": \"" + at(QDate(2026, 3, 2), 10).toUTC().toString(Qt::ISODate).toLatin1() + "\"}";
    QCOMPARE(http.post(u"/v1/simulation/clock"_s, morning).status, 200);
    QCOMPARE(http.get(u"/v1/limit"_s).status, 401);
    QCOMPARE(http.authorize(company.toString()).status, 201);

    const HttpAnswer requested =
        http.post(u"/v1/requests"_s, offer(u"inv-1"_s, u"12100.00"_s, QDate(2026, 3, 2)));
    QCOMPARE(requested.status, 201);
    QCOMPARE(requested.text("state"), u"awaiting-signature"_s);
    QCOMPARE(requested.text("cost"), u"108.90"_s);
    const QString id = requested.text("id");

    const HttpAnswer signedAnswer = http.post(u"/v1/requests/%1/signature"_s.arg(id),
                                              QByteArrayLiteral("{\"decision\": \"accept\"}"));
    QCOMPARE(signedAnswer.status, 200);
    QCOMPARE(signedAnswer.text("payout_date"), u"2026-03-03"_s);
    QCOMPARE(http.post(u"/v1/simulation/clock"_s, QByteArrayLiteral("{\"next_banking_day\": true}"))
                 .status,
             200);
    QCOMPARE(http.get(u"/v1/requests/"_s + id).text("state"), u"financed"_s);
}

void TestBankExecutable::keepsItsStateAcrossARestart()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString stateFile = directory.filePath(u"bank.json"_s);
    const QStringList arguments {u"--port"_s,     u"0"_s,       u"--today"_s,
                                 u"2026-03-02"_s, u"--state"_s, stateFile};

    QString id;
    QString grant;
    {
        QProcess process;
        const auto stopped = qScopeGuard([&process] { stop(process); });
        HttpCaller http;
        http.setBase(start(process, arguments));
        QCOMPARE(http.authorize(company.toString()).status, 201);
        grant = http.grant();
        const HttpAnswer requested =
            http.post(u"/v1/requests"_s, offer(u"inv-1"_s, u"12100.00"_s, QDate(2026, 3, 2)));
        QCOMPARE(requested.status, 201);
        id = requested.text("id");
        QCOMPARE(http.post(u"/v1/requests/%1/signature"_s.arg(id),
                           QByteArrayLiteral("{\"decision\": \"accept\"}"))
                     .status,
                 200);
    }

    // The bank keeps the grant's hash, never the grant.
    QFile state(stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray kept = state.readAll();
    QVERIFY(!kept.contains(grant.toLatin1()));
    QVERIFY(kept.contains(
        QCryptographicHash::hash(grant.toUtf8(), QCryptographicHash::Sha256).toHex()));

    // The restarted bank still knows the grant.
    QProcess process;
    const auto stopped = qScopeGuard([&process] { stop(process); });
    HttpCaller http;
    http.setBase(start(process, arguments));
    http.setGrant(grant);
    const HttpAnswer shown = http.get(u"/v1/requests/"_s + id);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.text("invoice_id"), u"inv-1"_s);
    QCOMPARE(shown.text("state"), u"payout-pending"_s);
    QCOMPARE(shown.text("payout_date"), u"2026-03-03"_s);
    QCOMPARE(http.get(u"/v1/limit"_s).text("reserved"), u"12100.00"_s);
    const HttpAnswer next =
        http.post(u"/v1/requests"_s, offer(u"inv-2"_s, u"5000.00"_s, QDate(2026, 3, 2)));
    QCOMPARE(next.status, 201);
    QVERIFY(next.text("id") != id);
}

void TestBankExecutable::servesWithoutGrantsWhenAsked()
{
    QProcess process;
    const auto stopped = qScopeGuard([&process] { stop(process); });
    HttpCaller http;
    http.setBase(start(process, {u"--port"_s, u"0"_s, u"--no-authorization"_s}));
    QCOMPARE(http.get(u"/v1/limit"_s).status, 200);
    QCOMPARE(http.authorize(company.toString()).status, 201);
}

void TestBankExecutable::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("port not a number") << QStringList {u"--port"_s, u"eighty"_s};
    QTest::newRow("port too large") << QStringList {u"--port"_s, u"70000"_s};
    QTest::newRow("no such day") << QStringList {u"--today"_s, u"2026-02-30"_s};
}

void TestBankExecutable::refusesBadArguments()
{
    QFETCH(QStringList, arguments);

    QProcess process;
    process.start(executable(), arguments);
    QVERIFY(process.waitForFinished(processTimeoutMilliseconds));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestBankExecutable)
#include "tst_bankexecutable.moc"
