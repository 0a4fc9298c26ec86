// The whole financing of an invoice as a user clicks through it: the main window over the
// simulated bank on 127.0.0.1, with a clock that only the test moves.

#include "bankclient.h"
#include "democlock.h"
#include "democontrols.h"
#include "financingbackend.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "financingpanel.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "invoiceoverview.h"
#include "kbcsignwindow.h"
#include "limitgauge.h"
#include "mainwindow.h"
#include "scripteddialogservice.h"
#include "storekeeper.h"
#include "widgetfixture.h"
#include "windowsession.h"

#include <QLabel>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SampleNumber;

namespace {

const QDateTime start = WindowSession::defaultStart(); // a Thursday

using Session = WindowSession;

} // namespace

class TestFinancingSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_elapsed = 0; }
    void theWholeWayByClicking();
    void doubleClickRequestsOnce();
    void aRequestNotSignedInSixMinutesLapses();
    void declinedInKbcSign();
    void aRestartKeepsTheSigningWindow();
    void theBankRefusesWithoutAReason();
    void anUnreachableBankIsSaidSo();

private:
    void advanceSeconds(qint64 seconds) { m_elapsed += seconds * 1000; }

    qint64 m_elapsed = 0;
};

void TestFinancingSession::theWholeWayByClicking()
{
    Session session(m_elapsed);
    auto *gauge = session.child<LimitGauge>("limitGauge");
    QVERIFY(gauge);
    const Money usedBefore = gauge->used();

    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QCOMPARE(session.stateText(), QStringLiteral("Awaiting signature"));
    QCOMPARE(session.m_dialogs.confirmations().size(), 1);
    // The reservation shows in the gauge at once.
    QCOMPARE(gauge->reserved(), Money::fromCents(12'100'00));

    // KBC Sign opens by itself, with the bank's figures and the time left.
    KbcSignWindow *sign = session.m_window->kbcSignWindow();
    QVERIFY(sign);
    QTRY_VERIFY(sign->isVisible());
    QCOMPARE(sign->request().invoiceNumber, kroon);
    QCOMPARE(sign->request().payout, session.invoice(kroon).financing.payout);
    auto *timeLeft = sign->findChild<QLabel *>(QStringLiteral("signTimeLeftLabel"));
    QVERIFY(timeLeft);
    QCOMPARE(timeLeft->text(), QStringLiteral("6:00 left to confirm"));
    QCOMPARE(timeLeft->accessibleName(), timeLeft->text());

    advanceSeconds(100);
    QTRY_COMPARE(timeLeft->text(), QStringLiteral("4:20 left to confirm"));
    QTRY_COMPARE(session.child<QLabel>("countdownLabel")->text(),
                 QStringLiteral("4:20 left to sign in KBC Sign"));

    QTest::mouseClick(sign->findChild<QPushButton *>(QStringLiteral("signConfirmButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
    QCOMPARE(session.stateText(), QStringLiteral("Payout pending"));
    // Signed on Thursday: KBC pays on Friday.
    QCOMPARE(session.invoice(kroon).financing.payoutDate, QDate(2026, 3, 13));

    // The presenter jumps to the next working day: the bank pays out.
    QTest::mouseClick(session.child<QPushButton>("demoNextWorkingDayButton"), Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::Financed);
    QCOMPARE(session.m_clock.now(), QDateTime(QDate(2026, 3, 13), QTime(9, 0)));
    QCOMPARE(session.stateText(), QStringLiteral("Financed"));
    QCOMPARE(session.invoice(kroon).paid, session.invoice(kroon).total);
    QCOMPARE(gauge->used(), usedBefore + Money::fromCents(12'100'00));
    QCOMPARE(gauge->reserved(), Money::fromCents(0));

    // ... and the customer pays KBC: the limit is free again.
    auto *customerPays = session.child<QPushButton>("demoCustomerPaysButton");
    QTRY_VERIFY(customerPays->isEnabled());
    QTest::mouseClick(customerPays, Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::Settled);
    QCOMPARE(session.stateText(), QStringLiteral("Settled"));
    QCOMPARE(gauge->used(), usedBefore);
    QVERIFY(!customerPays->isEnabled());

    QList<ActivityEntry::Kind> kinds;
    for (const ActivityEntry &entry : session.invoice(kroon).activity)
        kinds.append(entry.kind);
    using Kind = ActivityEntry::Kind;
    QCOMPARE(kinds.mid(kinds.size() - 4),
             (QList<Kind> {Kind::Requested, Kind::Signed, Kind::PaidOut, Kind::Settled}));
    QCOMPARE(session.requestsAtBank(kroon), 1);
}

void TestFinancingSession::doubleClickRequestsOnce()
{
    Session session(m_elapsed);
    session.select(vandamme);
    QTRY_COMPARE(session.stateText(), QStringLiteral("Eligible"));
    session.m_dialogs.queueEmailAddress(QStringLiteral("info@vandamme.be"));
    QTest::mouseClick(session.child<QPushButton>("emailButton"), Qt::LeftButton);
    auto *request = session.child<QPushButton>("requestFinancingButton");
    session.m_dialogs.queueConfirmation(true);
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseDClick(request, Qt::LeftButton);
    QTest::mouseClick(request, Qt::LeftButton);
    QTRY_COMPARE(session.status(vandamme), FinancingStatus::AwaitingSignature);
    QCOMPARE(session.requestsAtBank(vandamme), 1);
    // While the bank answers, the button is not there to be pressed again.
    QVERIFY(!request->isVisible() || !request->isEnabled());
}

void TestFinancingSession::aRequestNotSignedInSixMinutesLapses()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    KbcSignWindow *sign = session.m_window->kbcSignWindow();
    QVERIFY(sign);

    advanceSeconds(359);
    QTRY_COMPARE(session.child<QLabel>("countdownLabel")->text(),
                 QStringLiteral("0:01 left to sign in KBC Sign"));
    QCOMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    advanceSeconds(2);
    QTRY_COMPARE(sign->status(), KbcSignWindow::Status::Lapsed);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::None);
    QCOMPARE(session.invoice(kroon).activity.constLast().kind, ActivityEntry::Kind::Lapsed);
    // Free to be requested again.
    QTRY_COMPARE(session.stateText(), QStringLiteral("Eligible"));
    QVERIFY(session.child<QPushButton>("requestFinancingButton")->isEnabled());
}

void TestFinancingSession::declinedInKbcSign()
{
    Session session(m_elapsed);
    session.emailAndRequest(leuven);
    QTRY_COMPARE(session.status(leuven), FinancingStatus::AwaitingSignature);
    KbcSignWindow *sign = session.m_window->kbcSignWindow();
    QTest::mouseClick(sign->findChild<QPushButton *>(QStringLiteral("signDeclineButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(session.status(leuven), FinancingStatus::None);
    QCOMPARE(session.invoice(leuven).activity.constLast().kind, ActivityEntry::Kind::Declined);
    QCOMPARE(session.child<LimitGauge>("limitGauge")->reserved(), Money::fromCents(0));
}

void TestFinancingSession::aRestartKeepsTheSigningWindow()
{
    QTemporaryDir directory;
    const QString store = directory.filePath(QStringLiteral("invoices.json"));
    FinancingBackend::Options options;
    options.bankStateFile = directory.filePath(QStringLiteral("invoices.bank.json"));
    {
        Session session(m_elapsed, options, store);
        session.emailAndRequest(kroon);
        QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
        advanceSeconds(120);
        QTRY_COMPARE(session.child<QLabel>("countdownLabel")->text(),
                     QStringLiteral("4:00 left to sign in KBC Sign"));
    }
    // The application is started again 30 seconds later, on the same store and books.
    m_elapsed = 0;
    Session session(m_elapsed, options, store, start.addSecs(150));
    QCOMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    session.select(kroon);
    QCOMPARE(session.child<QLabel>("countdownLabel")->text(),
             QStringLiteral("3:30 left to sign in KBC Sign"));
    auto *open = session.child<QPushButton>("openKbcSignButton");
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    KbcSignWindow *sign = session.m_window->kbcSignWindow();
    QVERIFY(sign && sign->isVisible());
    QTest::mouseClick(sign->findChild<QPushButton *>(QStringLiteral("signConfirmButton")),
                      Qt::LeftButton);
    // The bank still knew the request.
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
}

void TestFinancingSession::theBankRefusesWithoutAReason()
{
    Session session(m_elapsed);
    // Valid and Belgian, so the client's own rules pass; the bank will not buy it.
    Invoice refused = eligibleInvoice(QStringLiteral("2026-0170"), 8'000'00,
                                      QStringLiteral("Transport Hendrickx NV"),
                                      QStringLiteral("BE 0440.440.475"));
    session.m_book.add({refused});
    session.select(QStringLiteral("2026-0170"));
    QTRY_COMPARE(session.stateText(), QStringLiteral("Refused by KBC"));
    const QString explanation = session.child<QLabel>("panelMessageLabel")->text();
    QVERIFY2(explanation.contains(u"VAT number") && explanation.contains(u"booking date")
                 && explanation.contains(u"payment term"),
             qPrintable(explanation));
    QVERIFY(!session.child<QPushButton>("requestFinancingButton")->isVisible());
    QVERIFY(!session.m_backend.desk().qualifyingIds().contains(
        session.idOf(QStringLiteral("2026-0170"))));
}

void TestFinancingSession::anUnreachableBankIsSaidSo()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    FinancingBackend::Options options;
    options.bankUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    server.close();

    Session session(m_elapsed, options);
    session.select(kroon);
    QTRY_VERIFY(session.child<QPushButton>("retryButton")->isVisible());
    QCOMPARE(session.stateText(), QStringLiteral("Waiting for approval"));
    const QString message = session.child<QLabel>("panelMessageLabel")->text();
    QVERIFY2(message.startsWith(u"KBC has not answered yet: "), qPrintable(message));
    QVERIFY(!session.child<QPushButton>("requestFinancingButton")->isEnabled());
    // Without a bank the presenter cannot move its time.
    QVERIFY(!session.child<QPushButton>("demoNextWorkingDayButton")->isVisible());
}

QTEST_MAIN(TestFinancingSession)
#include "tst_financingsession.moc"
