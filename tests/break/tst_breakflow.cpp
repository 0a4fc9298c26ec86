// Trying to break the financing flow in the main window: clicks at the edges of the signing
// window, repeated clicks, time jumping ahead, a bank that goes away, restarts. Built like
// tests/app/tst_financingsession.cpp: the main window over a real bank on 127.0.0.1, with a
// DemoClock that only the test moves.

#include "bankclient.h"
#include "bankservice.h"
#include "democlock.h"
#include "financingbackend.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "financingpanel.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "invoiceoverview.h"
#include "kbcsignwindow.h"
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

// A free port of 127.0.0.1 at the moment of asking.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

} // namespace

class TestBreakFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_elapsed = 0; }
    void confirmAtFiveFiftyNineAndAHalfIsAccepted();
    void confirmAtExactlySixMinutesIsRefused();
    void tripleClickOnConfirmSignsOnce();
    void doubleClickOnDeclineDeclinesOnce();
    void tripleClickOnRequestRequestsOnce();
    void daysPassWhileAwaitingSignature();
    void daysPassWhilePayoutPending();
    void switchingInvoicesWhileTheRequestTravels();
    void restartWhilePayoutPending();
    void restartAfterTheWindowClosedMeanwhile();
    void confirmWhileAFollowUpIsUnderwayIsNotLost();
    void confirmCanBeRetriedAfterTheBankCameBack();
    void anotherInvoicesRequestIsNeverApplied();

private:
    void advanceMilliseconds(qint64 milliseconds) { m_elapsed += milliseconds; }

    qint64 m_elapsed = 0;
};

// 5:59.999 after the request, the window is still open: the bank accepts (half-open window).
void TestBreakFlow::confirmAtFiveFiftyNineAndAHalfIsAccepted()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    advanceMilliseconds(359'999);
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
}

// At exactly 6:00 the window is closed: nothing is signed, the request lapses.
void TestBreakFlow::confirmAtExactlySixMinutesIsRefused()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    advanceMilliseconds(360'000);
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QCOMPARE(session.signWindow()->status(), KbcSignWindow::Status::Lapsed);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::None);
    QCOMPARE(session.invoice(kroon).activity.constLast().kind, ActivityEntry::Kind::Lapsed);
    QCOMPARE(session.activityCount(kroon, ActivityEntry::Kind::Signed), 0);
}

void TestBreakFlow::tripleClickOnConfirmSignsOnce()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    QPushButton *confirm = session.confirmButton();
    QTest::mouseDClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
    // A stray click on Decline afterwards changes nothing.
    QTest::mouseClick(session.declineButton(), Qt::LeftButton);
    QTest::qWait(200);
    QCOMPARE(session.status(kroon), FinancingStatus::PayoutPending);
    QCOMPARE(session.activityCount(kroon, ActivityEntry::Kind::Signed), 1);
    QCOMPARE(session.requestsAtBank(kroon), 1);
}

void TestBreakFlow::doubleClickOnDeclineDeclinesOnce()
{
    Session session(m_elapsed);
    session.emailAndRequest(leuven);
    QTRY_COMPARE(session.status(leuven), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    // A double click: the press and release of the first click, then the second one.
    QTest::mouseClick(session.declineButton(), Qt::LeftButton);
    QTest::mouseDClick(session.declineButton(), Qt::LeftButton);
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.status(leuven), FinancingStatus::None);
    QTest::qWait(200);
    QCOMPARE(session.status(leuven), FinancingStatus::None);
    QCOMPARE(session.activityCount(leuven, ActivityEntry::Kind::Declined), 1);
    QCOMPARE(session.activityCount(leuven, ActivityEntry::Kind::Signed), 0);
}

void TestBreakFlow::tripleClickOnRequestRequestsOnce()
{
    Session session(m_elapsed);
    session.select(vandamme);
    QTRY_COMPARE(session.stateText(), QStringLiteral("Eligible"));
    session.m_dialogs.queueEmailAddress(QStringLiteral("info@vandamme.be"));
    QTest::mouseClick(session.child<QPushButton>("emailButton"), Qt::LeftButton);
    auto *request = session.child<QPushButton>("requestFinancingButton");
    for (int i = 0; i < 3; ++i)
        session.m_dialogs.queueConfirmation(true);
    QTest::mouseDClick(request, Qt::LeftButton);
    QTest::mouseClick(request, Qt::LeftButton);
    QTest::mouseClick(request, Qt::LeftButton);
    QTRY_COMPARE(session.status(vandamme), FinancingStatus::AwaitingSignature);
    QTest::qWait(300);
    QCOMPARE(session.requestsAtBank(vandamme), 1);
    QCOMPARE(session.activityCount(vandamme, ActivityEntry::Kind::Requested), 1);
}

// The clock jumps three days ahead while the KBC Sign window is open: the request lapses and
// Confirm no longer signs anything.
void TestBreakFlow::daysPassWhileAwaitingSignature()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    advanceMilliseconds(3LL * 24 * 3600 * 1000);
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::None);
    QCOMPARE(session.activityCount(kroon, ActivityEntry::Kind::Signed), 0);
    QCOMPARE(session.invoice(kroon).activity.constLast().kind, ActivityEntry::Kind::Lapsed);
    // The lapse is dated at the deadline, not at the moment it was noticed.
    QCOMPARE(session.invoice(kroon).activity.constLast().at.toUTC(), start.addSecs(6 * 60).toUTC());
    QTRY_COMPARE(session.stateText(), QStringLiteral("Eligible"));
}

// Signed on Thursday; the clock then jumps to the next Tuesday: the bank paid on Friday, the
// invoice is financed and marked paid.
void TestBreakFlow::daysPassWhilePayoutPending()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
    QCOMPARE(session.invoice(kroon).financing.payoutDate, QDate(2026, 3, 13));
    advanceMilliseconds(5LL * 24 * 3600 * 1000);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::Financed);
    QCOMPARE(session.invoice(kroon).paid, session.invoice(kroon).total);
    QCOMPARE(session.activityCount(kroon, ActivityEntry::Kind::PaidOut), 1);
}

// The user selects another invoice while the request is on its way: KBC Sign opens for the
// invoice that was requested, and confirming it signs that one.
void TestBreakFlow::switchingInvoicesWhileTheRequestTravels()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    session.select(leuven);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    QCOMPARE(session.signWindow()->request().invoiceNumber, kroon);
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
    QCOMPARE(session.status(leuven), FinancingStatus::None);
}

void TestBreakFlow::restartWhilePayoutPending()
{
    QTemporaryDir directory;
    const QString store = directory.filePath(QStringLiteral("invoices.json"));
    FinancingBackend::Options options;
    options.bankStateFile = directory.filePath(QStringLiteral("invoices.bank.json"));
    {
        Session session(m_elapsed, options, store);
        session.emailAndRequest(kroon);
        QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
        QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
        QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
    }
    // Started again the next Monday.
    m_elapsed = 0;
    Session session(m_elapsed, options, store, QDateTime(QDate(2026, 3, 16), QTime(8, 0)));
    QTRY_COMPARE(session.status(kroon), FinancingStatus::Financed);
    QCOMPARE(session.activityCount(kroon, ActivityEntry::Kind::PaidOut), 1);
    QCOMPARE(session.activityCount(kroon, ActivityEntry::Kind::Signed), 1);
}

// Closed while awaiting signature, started again after the deadline: the request has lapsed.
void TestBreakFlow::restartAfterTheWindowClosedMeanwhile()
{
    QTemporaryDir directory;
    const QString store = directory.filePath(QStringLiteral("invoices.json"));
    FinancingBackend::Options options;
    options.bankStateFile = directory.filePath(QStringLiteral("invoices.bank.json"));
    {
        Session session(m_elapsed, options, store);
        session.emailAndRequest(kroon);
        QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    }
    m_elapsed = 0;
    Session session(m_elapsed, options, store, start.addSecs(400));
    QTRY_COMPARE(session.status(kroon), FinancingStatus::None);
    QCOMPARE(session.invoice(kroon).activity.constLast().kind, ActivityEntry::Kind::Lapsed);
    session.select(kroon);
    QTRY_COMPARE(session.stateText(), QStringLiteral("Eligible"));
}

// Once broken: FinancingFlow::sign() returns without a word when another call for the invoice is
// underway (FinancingFlow::begin). The flow follows every open request every ten seconds
// (synchronize); a Confirm that lands while that follow-up travels is dropped, although the
// KBC Sign window already says "Confirmed". The request then lapses.
void TestBreakFlow::confirmWhileAFollowUpIsUnderwayIsNotLost()
{
    Session session(m_elapsed);
    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());
    // What the ten-second timer does: ask the bank about every open request.
    session.m_backend.flow().synchronize();
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QCOMPARE(session.signWindow()->status(), KbcSignWindow::Status::Confirmed);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
}

// Once broken: the bank is gone when Confirm is pressed; the panel says so. Once the bank is
// back, "Open KBC Sign" must let the user confirm again within the six minutes. Instead the
// window keeps showing "Confirmed" with both buttons disabled (KbcSignWindow::setRequest
// ignores the same request), so the request can only lapse.
void TestBreakFlow::confirmCanBeRetriedAfterTheBankCameBack()
{
    QTemporaryDir directory;
    const QString books = directory.filePath(QStringLiteral("bank.json"));
    const quint16 port = freePort();
    QVERIFY(port != 0);
    FinancingBackend::Options options;
    options.bankUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    Session session(m_elapsed, options);
    auto bank = std::make_unique<BankService>(session.m_clock);
    QVERIFY(bank->useStateFile(books));
    QVERIFY(bank->listen(port));
    // The bank was not there when the session started: authorize now.
    QVERIFY(!authorizeAtBank(session.m_backend.client()).isEmpty());

    session.emailAndRequest(kroon);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(session.signWindow() && session.signWindow()->isVisible());

    bank.reset(); // the bank goes away
    advanceMilliseconds(30'000);
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(session.child<QLabel>("bankErrorLabel")->isVisible());
    QCOMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);

    bank = std::make_unique<BankService>(session.m_clock);
    QVERIFY(bank->useStateFile(books));
    QVERIFY(bank->listen(port));
    advanceMilliseconds(30'000);

    session.select(kroon);
    auto *open = session.child<QPushButton>("openKbcSignButton");
    QTRY_VERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(session.signWindow()->isVisible());
    QVERIFY2(session.confirmButton()->isEnabled(),
             "KBC Sign offers no way to confirm the request again");
    QTest::mouseClick(session.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.status(kroon), FinancingStatus::PayoutPending);
}

// Once broken: the bank lost its books (first run in a new folder, an unreadable books file, an
// odf-bank restarted without --state) and numbers requests from R-000001 again. An invoice
// whose store record says "financed under R-000002" is then followed with that id, and
// FinancingFlow::apply() writes the other invoice's request into it without checking the
// request's invoice_id: a financed invoice turns "awaiting signature" with another
// invoice's payout.
void TestBreakFlow::anotherInvoicesRequestIsNeverApplied()
{
    ManualClock bankClock(start);
    BankService bank(bankClock);
    QVERIFY(bank.listen(0));
    FinancingBackend::Options options;
    options.bankUrl = bank.url();
    Session session(m_elapsed, options);
    bankClock.setNow(session.m_clock.now());

    // The store's own record of an invoice financed earlier, under a request the bank has
    // forgotten.
    Invoice financed = session.invoice(janssens);
    financed.financing.requestId = QStringLiteral("R-000002");
    session.m_book.update(financed);
    const Financing before = session.invoice(janssens).financing;

    session.emailAndRequest(kroon); // R-000001 at the bank
    QTRY_COMPARE(session.status(kroon), FinancingStatus::AwaitingSignature);
    session.emailAndRequest(vandamme); // R-000002 at the bank
    QTRY_COMPARE(session.status(vandamme), FinancingStatus::AwaitingSignature);
    QCOMPARE(session.invoice(vandamme).financing.requestId, QStringLiteral("R-000002"));

    session.m_backend.flow().synchronize();
    QTest::qWait(500);
    QCOMPARE(session.status(janssens), FinancingStatus::Financed);
    QCOMPARE(session.invoice(janssens).financing.payout, before.payout);
}

QTEST_MAIN(TestBreakFlow)
#include "tst_breakflow.moc"
