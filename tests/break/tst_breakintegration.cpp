// Trying to break the integration with KBC in the main window: the 60-day authorization at its
// edges and with the clock moving oddly, repeated clicks in the authorization window,
// switching user while a dialog is open, the company profile changed under open requests, and
// a bank that goes away or comes back with other books. Built like
// tests/app/tst_integrationsession.cpp, over a simulated bank on 127.0.0.1 (inside the
// application, or outside it so that it can be stopped) with a clock that only the test moves.

#include "bankclient.h"
#include "bankservice.h"
#include "companyprofiledialog.h"
#include "democlock.h"
#include "financingbackend.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "financingpanel.h"
#include "grantvault.h"
#include "integrationcontroller.h"
#include "integrationsession.h"
#include "integrationspage.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "invoiceoverview.h"
#include "kbcauthorizewindow.h"
#include "kbcsignwindow.h"
#include "mainwindow.h"
#include "scripteddialogservice.h"
#include "storefile.h"
#include "storekeeper.h"
#include "translations.h"
#include "usermenu.h"
#include "widgetfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace IntegrationSessionData;

namespace {

QStringList logLines;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logLines.append(message);
}

using Session = IntegrationSession;

// A bank outside the application, on the session's clock, so that a test can stop it and start
// another one. Declared before the session, it outlives it.
struct OutsideBank
{
    Session::Setup setup()
    {
        Session::Setup setup;
        setup.outsideBank = [this](DemoClock &clock) {
            service = std::make_unique<BankService>(clock);
            return service->listen() ? service->url() : QUrl();
        };
        return setup;
    }

    std::unique_ptr<BankService> service;
};

} // namespace

class TestBreakIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void exactlyDayFiftyThreeAndDaySixty();
    void lastSecondBankAndClientAgree();
    void clockBackBeforeTheGrantShowsNoMoreThanSixtyDays();
    void twoHundredDaysAheadWithKbcSignOpen();
    void twoHundredDaysAheadThenAuthorizedAgain();
    void signingWindowStraddlesTheExpiry();
    void tripleClickOnConfirmRunsTheActionOnce();
    void doubleClickOnAddOpensOneWindow();
    void escapeWhileAskingDropsTheHeldBackAction();
    void cancelWhileAskingChangesNothing();
    void tripleClickOnAuthorizeOpensOneWindow();
    void doubleClickOnRemoveRevokesOnce();
    void switchingUserUpdatesTheOpenPage();
    void removingClosesTheOpenAuthorizationWindow();
    void goPlanWhileTheAuthorizationWindowIsOpen();
    void clerkCannotSaveAProfileOpenedByTheAdministrator();
    void clerkCannotAddOrRemoveByAnyPath();
    void switchingToAnUnknownUserIsIgnored();
    void profileAbroadKeepsTheRequestSignable();
    void profileChangeKeepsFinancedInvoices();
    void removedWhileAwaitingSignature();
    void settlementArrivesWithoutTheAccount();
    void pageAtDaySixtyExactly();
    void vatNumberChangedWhileAuthorizing();
    void escapeAtStartAsksNoMore();
    void bankGoneDuringAuthorize();
    void bankGoneDuringRemove();
    void grantRevokedAtTheBankStillHeld();
    void grantRevokedWhileKbcSignIsOpen();
    void clerkProfileByKeyboardChangesNothing();
    void bankRestartedWithOtherBooks();
    void bankWithOtherBooksKeepsTheFinancedInvoice();
    void grantInNoFileNorDebugLog();

private:
    QString storePath() const { return m_directory.filePath(u"invoices.json"_s); }

    QTemporaryDir m_directory;
    QTemporaryDir m_settingsDirectory;
    QTranslator m_english;
    qint64 m_elapsed = 0;
};

void TestBreakIntegration::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY(m_settingsDirectory.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OnDemandFinancingTest"_s);
    QCoreApplication::setApplicationName(u"tst_breakintegration"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDirectory.path());
    QVERIFY(
        m_english.load(ProductTranslations::baseName(u"en"_s), ProductTranslations::directory()));
    QCoreApplication::installTranslator(&m_english);
}

void TestBreakIntegration::init()
{
    m_elapsed = 0;
    QFile::remove(storePath());
}

// Counted from the moment the grant was issued: exactly 53 days starts the warning with 7
// days left; exactly 60 days is expired, and Request financing asks first.
void TestBreakIntegration::exactlyDayFiftyThreeAndDaySixty()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const QDateTime at = session.m_store->integration().authorizedAt;
    session.jumpTo(at.addDays(53).addSecs(-1));
    QVERIFY(!session.warning()->isVisible());
    session.jumpTo(at.addDays(53));
    QVERIFY(session.warning()->isVisible());
    QCOMPARE(session.warning()->text(),
             u"The KBC authorization expires in 7 days. Renew it in Integrations."_s);
    session.jumpTo(at.addDays(60).addSecs(-1));
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::ExpiringSoon);
    session.addFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    session.jumpTo(at.addDays(60));
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Expired);
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    QVERIFY(session.authorizeWindowShown());
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::None);
}

// One second before the end the client holds the grant for valid, and so does the bank: the
// request goes through without a new authorization.
void TestBreakIntegration::lastSecondBankAndClientAgree()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const QDateTime until = session.m_store->integration().authorizedUntil;
    session.jumpTo(until.addSecs(-1));
    session.addFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);
    QVERIFY(!session.authorizeWindowShown());
    QCOMPARE(session.m_store->integration().authorizedUntil, until);
}

// Once broken: with the clock back before the moment the grant was issued (the computer's clock
// set back between two runs, or a store whose authorized_until lies further ahead), the
// Integrations page counts more than 60 days left (70 here): Authorization::daysLeft()
// (models/domain/integration.cpp:73) takes the distance to authorizedUntil without bounding it
// by the 60 days the bank granted, and the store accepts any authorized_until. A grant never has
// more than Authorization::validityDays left; the count must not exceed 60.
void TestBreakIntegration::clockBackBeforeTheGrantShowsNoMoreThanSixtyDays()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const IntegrationSetup setup = session.m_store->integration();
    session.jumpTo(setup.authorizedAt.addDays(-10));
    // Still usable, no warning: nothing ran out.
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Valid);
    QVERIFY(!session.warning()->isVisible());
    QVERIFY2(session.m_integration->status().daysLeft <= Authorization::validityDays,
             qPrintable(QString::number(session.m_integration->status().daysLeft)));
}

// Once broken: 200 days ahead while KBC Sign is open, the signing window says the request has
// lapsed, but the invoice stays "Awaiting signature" in the panel and keeps its reservation on
// the limit: the flow's follow-up (FinancingFlow::followDue / follow,
// models/client/financingflow.cpp:155) is refused by the bank for want of a valid grant and
// is silently tried again, and nothing asks for the authorization. Expected: a request whose
// six minutes are over is not shown as awaiting a signature (nor reserved) while the grant has
// expired; at the least the user is led to authorize so that the lapse can be fetched.
void TestBreakIntegration::twoHundredDaysAheadWithKbcSignOpen()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    session.jumpTo(session.m_clock.now().addDays(200));
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Expired);
    // KBC Sign knows from the clock that the request lapsed: Confirm does nothing.
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTest::qWait(1500);
    QCOMPARE(session.m_backend.desk().limitUsage().reserved.cents(), 0);
    QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(lateNumber)));
    QVERIFY2(session.stateText() != u"Awaiting signature"_s, qPrintable(session.stateText()));
}

// Once authorized again after the 200 days, the lapse is fetched from the bank and the
// invoice can be requested again.
void TestBreakIntegration::twoHundredDaysAheadThenAuthorizedAgain()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    session.jumpTo(session.m_clock.now().addDays(200));
    session.authorizeThroughThePage();
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::None);
    QCOMPARE(session.m_backend.desk().limitUsage().reserved.cents(), 0);
}

// A request made three minutes before the grant runs out is confirmed in KBC Sign one minute
// after: the application asks for the authorization, then the signature goes through, within
// the bank's six minutes.
void TestBreakIntegration::signingWindowStraddlesTheExpiry()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const QDateTime until = session.m_store->integration().authorizedUntil;
    session.jumpTo(until.addSecs(-180));
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    session.jumpTo(until.addSecs(60));
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);
    QVERIFY(session.signWindow()->isVisible());
    QVERIFY(session.signConfirmButton()->isEnabled());
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTRY_VERIFY(session.authorizeWindowShown());
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
}

// Three clicks on Confirm: one grant, the held-back action runs once.
void TestBreakIntegration::tripleClickOnConfirmRunsTheActionOnce()
{
    Session session(m_elapsed, storePath());
    int runs = 0;
    session.m_integration->whenAuthorized([&runs] { ++runs; });
    QVERIFY(session.authorizeWindowShown());
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(session.authorizeButton("authorizeConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!session.authorizeWindowShown());
    QTest::qWait(200);
    QCOMPARE(runs, 1);
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Valid);
}

// Add clicked twice (the second time while the authorization window is already open): one
// window, the integration added once.
void TestBreakIntegration::doubleClickOnAddOpensOneWindow()
{
    Session::Setup notAdded;
    notAdded.added = false;
    Session session(m_elapsed, storePath(), notAdded);
    QPushButton *add = session.pageButton("addIntegrationButton");
    QTest::mouseDClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(session.m_store->integration().added);
    QVERIFY(session.authorizeWindowShown());
    QCOMPARE(session.m_window->findChildren<KbcAuthorizeWindow *>().size(), 1);
}

// Escape while the bank is being asked: the held-back action is dropped, never run later when
// the answer arrives; the window opened again is not stuck in "Asking KBC…".
void TestBreakIntegration::escapeWhileAskingDropsTheHeldBackAction()
{
    Session session(m_elapsed, storePath());
    int runs = 0;
    session.m_integration->whenAuthorized([&runs] { ++runs; });
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTest::keyClick(session.authorizeWindow(), Qt::Key_Escape);
    QVERIFY(!session.authorizeWindowShown());
    QTest::qWait(300);
    QCOMPARE(runs, 0);
    session.m_integration->openAuthorizeWindow();
    QVERIFY(session.authorizeWindowShown());
    QVERIFY(session.authorizeButton("authorizeConfirmButton")->isEnabled());
}

// Once broken: Cancel stays enabled while KBC is being asked (KbcAuthorizeWindow::setWorking,
// widgets/kbcauthorizewindow.cpp, disables only Confirm). Pressed then, the window closes as
// if nothing changed, yet the bank's answer still lands: the grant is kept in the vault, the
// store gets new dates and the company is authorized (IntegrationController::requestGrant does
// not know the window was cancelled). docs/integration.md: "Cancel changes nothing." Expected:
// Cancel is disabled while asking, or a cancelled authorization is not kept.
void TestBreakIntegration::cancelWhileAskingChangesNothing()
{
    Session session(m_elapsed, storePath());
    QTest::mouseClick(session.pageButton("authorizeButton"), Qt::LeftButton);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QPushButton *cancel = session.authorizeButton("authorizeCancelButton");
    if (!cancel->isEnabled())
        return; // cannot be cancelled halfway: fine
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!session.authorizeWindowShown());
    QTest::qWait(500);
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Missing);
    QVERIFY(!session.m_store->integration().authorizedUntil.isValid());
    QCOMPARE(session.grant(), QString());
}

// Authorize in KBC Sign clicked three times on the page: one window, one grant.
void TestBreakIntegration::tripleClickOnAuthorizeOpensOneWindow()
{
    Session session(m_elapsed, storePath());
    QPushButton *authorize = session.pageButton("authorizeButton");
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(authorize, Qt::LeftButton);
    QCOMPARE(session.m_window->findChildren<KbcAuthorizeWindow *>().size(), 1);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_VERIFY(!session.authorizeWindowShown());
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Valid);
}

// Remove clicked twice, both confirmed: revoked once, no problem shown, the page back to Add.
void TestBreakIntegration::doubleClickOnRemoveRevokesOnce()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    QPushButton *remove = session.pageButton("removeIntegrationButton");
    session.m_dialogs.queueConfirmation(true);
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!session.m_store->integration().added);
    QTest::qWait(200);
    IntegrationsPage *page = session.m_integration->integrationsPage();
    QCOMPARE(page->findChild<QLabel *>(u"integrationProblemLabel"_s)->text(), QString());
    QVERIFY(page->findChild<QPushButton *>(u"addIntegrationButton"_s)->isVisible());
    QCOMPARE(session.grant(), QString());
}

// The page open while the user changes to a regular one: Add and Remove turn disabled at once
// and the page says why; back to the administrator, they come back.
void TestBreakIntegration::switchingUserUpdatesTheOpenPage()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    IntegrationsPage *page = session.page();
    auto *remove = page->findChild<QPushButton *>(u"removeIntegrationButton"_s);
    QVERIFY(remove->isEnabled());
    session.m_window->userMenu()->findChild<QAction *>(u"userAction-u-clerk"_s)->trigger();
    QVERIFY(!remove->isEnabled());
    QVERIFY(page->findChild<QLabel *>(u"adminOnlyLabel"_s)->isVisible());
    QVERIFY(page->findChild<QPushButton *>(u"authorizeButton"_s)->isEnabled());
    session.m_window->userMenu()->findChild<QAction *>(u"userAction-u-admin"_s)->trigger();
    QVERIFY(remove->isEnabled());
}

// Once broken: the authorization window stays open when the administrator removes the integration
// meanwhile; confirming it afterwards asks the bank for a grant, writes it to the vault and
// hands it to the client although the integration is no longer added
// (IntegrationController::removeIntegration does not close the window, and requestGrant does
// not check that the integration is still added). Expected: removing closes the window (or
// Confirm does nothing), and no grant is kept for a removed integration.
void TestBreakIntegration::removingClosesTheOpenAuthorizationWindow()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.jumpTo(session.m_store->integration().authorizedUntil.addSecs(1));
    int runs = 0;
    session.m_integration->whenAuthorized([&runs] { ++runs; });
    QVERIFY(session.authorizeWindowShown());

    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.pageButton("removeIntegrationButton"), Qt::LeftButton);
    QTRY_VERIFY(!session.m_store->integration().added);
    if (session.authorizeWindowShown()
        && session.authorizeButton("authorizeConfirmButton")->isEnabled()) {
        QTest::mouseClick(session.authorizeButton("authorizeConfirmButton"), Qt::LeftButton);
        QTest::qWait(300);
    }
    QCOMPARE(runs, 0);
    QVERIFY(!session.m_store->integration().added);
    QCOMPARE(session.grant(), QString());
    QVERIFY(!session.m_backend.client().hasGrant());
    QVERIFY(!session.m_store->integration().authorizedUntil.isValid());
}

// Once broken: the same with the company moved to the Go plan while the authorization window is
// open: Confirm still asks KBC for 60 days of access and keeps the grant, for an integration
// the company can no longer use (IntegrationController::requestGrant / onAuthorizeConfirmed
// do not look at the availability). Expected: no grant is asked for or kept while the
// integration is not available.
void TestBreakIntegration::goPlanWhileTheAuthorizationWindowIsOpen()
{
    Session session(m_elapsed, storePath());
    QTest::mouseClick(session.pageButton("authorizeButton"), Qt::LeftButton);
    QVERIFY(session.authorizeWindowShown());
    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(session.m_store->company().plan, PricePlan::Go);
    if (session.authorizeWindowShown()
        && session.authorizeButton("authorizeConfirmButton")->isEnabled()) {
        QTest::mouseClick(session.authorizeButton("authorizeConfirmButton"), Qt::LeftButton);
        QTest::qWait(300);
    }
    QCOMPARE(session.grant(), QString());
    QVERIFY(!session.m_store->integration().authorizedUntil.isValid());
}

// Once broken: the company profile opened by the administrator stays editable after switching to
// a regular user, and OK saves it: IntegrationController::showCompanyProfile decides
// canManage once when the dialog opens and its accepted handler does not ask again. Expected:
// the change is refused (or the dialog turns read-only) once the current user is not an
// administrator.
void TestBreakIntegration::clerkCannotSaveAProfileOpenedByTheAdministrator()
{
    Session session(m_elapsed, storePath());
    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    QVERIFY(dialog->canEdit());
    session.m_window->userMenu()->findChild<QAction *>(u"userAction-u-clerk"_s)->trigger();
    QCOMPARE(session.m_store->currentUserId(), u"u-clerk"_s);
    dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(0); // Go
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(session.m_store->company().plan, company().plan);
}

// A regular user cannot add or remove the integration by the page's buttons, the keyboard on
// them, or the controller's own entry points the menu and panel lead to.
void TestBreakIntegration::clerkCannotAddOrRemoveByAnyPath()
{
    {
        Session::Setup notAdded;
        notAdded.added = false;
        Session session(m_elapsed, storePath(), notAdded);
        session.m_integration->switchUser(u"u-clerk"_s);
        QPushButton *add = session.pageButton("addIntegrationButton");
        QTest::mouseClick(add, Qt::LeftButton);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QTest::keyClick(session.page(), Qt::Key_Return);
        add->animateClick();
        QTest::qWait(300);
        session.m_integration->addIntegration();
        QVERIFY(!session.m_store->integration().added);
        QVERIFY(!session.authorizeWindowShown());
        // The panel's invitation opens the page, nothing more.
        QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(SampleNumber::kroon)));
        QTest::mouseClick(session.child<QPushButton>("setupIntegrationButton"), Qt::LeftButton);
        QVERIFY(!session.m_store->integration().added);
    }
    QFile::remove(storePath());
    {
        Session session(m_elapsed, storePath());
        session.authorizeThroughThePage();
        session.m_integration->switchUser(u"u-clerk"_s);
        QPushButton *remove = session.pageButton("removeIntegrationButton");
        session.m_dialogs.queueConfirmation(true);
        session.m_dialogs.queueConfirmation(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        session.m_integration->removeIntegration();
        QTest::qWait(300);
        QVERIFY(session.m_store->integration().added);
        QVERIFY(!session.grant().isEmpty());
    }
}

// Once broken: switchUser accepts an id that is no user (IntegrationController::switchUser and
// StoreKeeper::setCurrentUserId check nothing); the store then saves a current user that its
// own loader refuses ("is not the id of any user"), so the next start fails. Expected: an
// unknown id is ignored.
void TestBreakIntegration::switchingToAnUnknownUserIsIgnored()
{
    Session session(m_elapsed, storePath());
    session.m_integration->switchUser(u"u-ghost"_s);
    QCOMPARE(session.m_store->currentUserId(), u"u-admin"_s);
    QVERIFY(session.m_store->saveNow().isEmpty());
    const StoreLoadResult loaded = StoreFile::load(storePath());
    QVERIFY2(loaded.data.has_value(), qPrintable(loaded.error));
}

// Once broken: once the profile moves the company abroad (or to Go, or without a KBC account),
// a request the bank already holds can no longer be confirmed in KBC Sign: the action guard
// (IntegrationController::whenAuthorized) drops every action when the integration is not
// available and shows the Integrations page, so the request lapses. The bank already holds
// it; it must keep its state and remain signable (docs/integration.md: "Invoices the bank
// already holds keep their state").
void TestBreakIntegration::profileAbroadKeepsTheRequestSignable()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    auto *country = dialog->findChild<QComboBox *>(u"countryCombo"_s);
    const int netherlands = country->findData(u"NL"_s);
    QVERIFY(netherlands >= 0);
    country->setCurrentIndex(netherlands);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(session.m_store->company().countryCode, u"NL"_s);
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);

    if (!session.signWindow()->isVisible())
        session.signWindow()->show();
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
}

// Financed invoices survive the profile moving to the Go plan and to no KBC account: their
// state, the payout and the bank's request stay.
void TestBreakIntegration::profileChangeKeepsFinancedInvoices()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
    session.jumpTo(session.m_clock.now().addDays(4));
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::Financed);
    const Invoice financed = session.invoice(lateNumber);

    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(session.m_store->company().plan, PricePlan::Go);
    session.jumpTo(session.m_clock.now().addSecs(3600));
    QTest::qWait(200);
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::Financed);
    QCOMPARE(session.invoice(lateNumber).financing.requestId, financed.financing.requestId);
    QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(lateNumber)));
    QCOMPARE(session.stateText(), u"Financed"_s);
    QVERIFY(session.m_backend.desk().limitUsage().used.cents() >= financed.total.cents());
}

// Once broken: the integration removed while an invoice awaits its signature: the request lapses
// at the bank six minutes later, but the client, without a grant, can never ask and keeps the
// invoice "Awaiting signature" and reserved on the limit for good (FinancingFlow::followDue /
// follow, models/client/financingflow.cpp:155, fail for want of a grant;
// IntegrationController::removeIntegration neither declines the open request nor marks it).
// Expected: once the six minutes are over (or at removal), the invoice no longer awaits a
// signature nor holds room on the limit.
void TestBreakIntegration::removedWhileAwaitingSignature()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    const qint64 reservedBefore = session.m_backend.desk().limitUsage().reserved.cents();
    session.signWindow()->close();
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.pageButton("removeIntegrationButton"), Qt::LeftButton);
    QTRY_VERIFY(!session.m_store->integration().added);
    session.jumpTo(session.m_clock.now().addSecs(10 * 60));
    QTest::qWait(1500);
    session.m_backend.flow().synchronize();
    QTest::qWait(500);
    QVERIFY(session.invoice(lateNumber).financing.status != FinancingStatus::AwaitingSignature);
    QCOMPARE(session.m_backend.desk().limitUsage().reserved.cents(),
             reservedBefore - session.invoice(lateNumber).total.cents());
}

// With the company moved to no KBC current account, a financed invoice still follows the
// bank: the customer paying KBC settles it and frees the limit. Back on the account, the
// integration is connected again without a new authorization.
void TestBreakIntegration::settlementArrivesWithoutTheAccount()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
    session.jumpTo(session.m_clock.now().addDays(4));
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::Financed);

    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(u"kbcAccountCheck"_s)->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QVERIFY(!session.m_store->company().hasKbcCurrentAccount);
    QVERIFY(!session.m_backend.desk().isConnected());

    const qint64 usedBefore = session.m_backend.desk().limitUsage().used.cents();
    // The customer pays KBC (the bank learns it by itself).
    bool paid = false;
    session.m_backend.client().reportCustomerPayment(
        session.invoice(lateNumber).financing.requestId, session.m_window.get(),
        [&paid](const BankApi::BankResult<BankApi::FinancingRequest> &result) {
            paid = result.isOk();
        });
    QTRY_VERIFY(paid);
    session.jumpTo(session.m_clock.now().addSecs(60));
    session.m_backend.flow().synchronize();
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::Settled);
    QCOMPARE(session.m_backend.desk().limitUsage().used.cents(),
             usedBefore - session.invoice(lateNumber).total.cents());

    dialog = session.openProfile();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(u"kbcAccountCheck"_s)->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QVERIFY(session.m_backend.desk().isConnected());
    QVERIFY(!session.authorizeWindowShown());
}

// The Integrations page at exactly the 60th day: expired, in words, and Renew is offered.
void TestBreakIntegration::pageAtDaySixtyExactly()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const QDateTime at = session.m_store->integration().authorizedAt;
    session.jumpTo(at.addDays(60).addSecs(-1));
    IntegrationsPage *page = session.page();
    QVERIFY(!page->findChild<QLabel *>(u"authorizationLabel"_s)->text().contains(u"expired"_s));
    session.jumpTo(at.addDays(60));
    QVERIFY2(page->findChild<QLabel *>(u"authorizationLabel"_s)->text().contains(u"expired"_s),
             qPrintable(page->findChild<QLabel *>(u"authorizationLabel"_s)->text()));
    QVERIFY(page->findChild<QPushButton *>(u"authorizeButton"_s)->isEnabled());
}

// Once broken: the VAT number changed in the company profile while KBC is being asked for a grant:
// the answer is still kept under the old number and handed to the client
// (IntegrationController::requestGrant keeps the account of the moment it asked and does not
// look whether the company is still the one authorized), so the company under its new number
// is shown as authorized with a grant the vault does not hold for it; after a restart it is
// gone. Expected: the client ends up holding only a grant kept for the company's current VAT
// number (here: none, and the state Missing).
void TestBreakIntegration::vatNumberChangedWhileAuthorizing()
{
    Session session(m_elapsed, storePath());
    QTest::mouseClick(session.pageButton("authorizeButton"), Qt::LeftButton);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    auto *vat = dialog->findChild<QLineEdit *>(u"vatNumberEdit"_s);
    vat->setText(u"BE0477472701"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(session.m_store->company().vatNumber, u"BE0477472701"_s);
    QTest::qWait(500);
    const QString kept = session.grant(); // kept for the new number
    if (session.m_backend.client().hasGrant()) {
        QVERIFY2(!kept.isEmpty(), "the client holds a grant kept for no current number");
    } else {
        QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Missing);
    }
}

// A store whose integration is added but has no grant asks once at start; Escape closes the
// window, and it is not asked again by the clock's refreshes.
void TestBreakIntegration::escapeAtStartAsksNoMore()
{
    Session session(m_elapsed, storePath());
    session.m_integration->start(IntegrationController::StartMode::AskOnce);
    QTRY_VERIFY(session.authorizeWindowShown());
    QTest::keyClick(session.authorizeWindow(), Qt::Key_Escape);
    QVERIFY(!session.authorizeWindowShown());
    session.jumpTo(session.m_clock.now().addSecs(5));
    QTest::qWait(1200);
    QVERIFY(!session.authorizeWindowShown());
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Missing);
}

// The bank stops listening between Confirm and its answer: the window says why and can be
// confirmed again; nothing is written; once the bank is back, confirming works.
void TestBreakIntegration::bankGoneDuringAuthorize()
{
    OutsideBank outside;
    Session session(m_elapsed, storePath(), outside.setup());
    QVERIFY(outside.service);
    const quint16 port = outside.service->port();
    QTest::mouseClick(session.pageButton("authorizeButton"), Qt::LeftButton);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    outside.service.reset();
    QTRY_VERIFY_WITH_TIMEOUT(session.authorizeButton("authorizeConfirmButton")->isEnabled(), 15000);
    QVERIFY(session.authorizeWindowShown());
    QVERIFY(!session.authorizeWindow()
                 ->findChild<QLabel *>(u"authorizeStatusLabel"_s)
                 ->text()
                 .isEmpty());
    QVERIFY(!session.m_store->integration().authorizedUntil.isValid());
    QCOMPARE(session.grant(), QString());
    QVERIFY(session.pageButton("authorizeButton")->isEnabled());

    outside.service = std::make_unique<BankService>(session.m_clock);
    QVERIFY(outside.service->listen(port));
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_VERIFY(!session.authorizeWindowShown());
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Valid);
}

// The bank stops listening while the grant is revoked: everything stays as it was, and the
// page says why.
void TestBreakIntegration::bankGoneDuringRemove()
{
    OutsideBank outside;
    Session session(m_elapsed, storePath(), outside.setup());
    QVERIFY(outside.service);
    session.authorizeThroughThePage();
    const IntegrationSetup before = session.m_store->integration();
    const QString grant = session.grant();
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.pageButton("removeIntegrationButton"), Qt::LeftButton);
    outside.service.reset();
    QTRY_VERIFY_WITH_TIMEOUT(session.m_integration->integrationsPage()
                                 ->findChild<QPushButton *>(u"removeIntegrationButton"_s)
                                 ->isEnabled(),
                             15000);
    QCOMPARE(session.m_store->integration(), before);
    QCOMPARE(session.grant(), grant);
    QVERIFY(session.m_backend.client().hasGrant());
    // The page (still open) says why.
    QVERIFY(!session.m_integration->integrationsPage()
                 ->findChild<QLabel *>(u"integrationProblemLabel"_s)
                 ->text()
                 .isEmpty());
}

// The bank forgot the grant (revoked elsewhere); the client still sends it. Removing counts it
// as revoked and clears everything.
void TestBreakIntegration::grantRevokedAtTheBankStillHeld()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    bool revoked = false;
    session.m_backend.client().revokeAuthorization(
        session.m_window.get(), [&revoked](const BankApi::BankResult<BankApi::Revoked> &result) {
            revoked = result.isOk();
        });
    QTRY_VERIFY(revoked);
    session.m_backend.client().setGrant(session.grant());
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.pageButton("removeIntegrationButton"), Qt::LeftButton);
    QTRY_VERIFY(!session.m_store->integration().added);
    QCOMPARE(session.grant(), QString());
    QVERIFY(!session.m_backend.client().hasGrant());
}

// The grant revoked at the bank while KBC Sign is open: Confirm meets the bank's refusal, the
// authorization window opens, and once confirmed the signature goes through.
void TestBreakIntegration::grantRevokedWhileKbcSignIsOpen()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    bool revoked = false;
    session.m_backend.client().revokeAuthorization(
        session.m_window.get(), [&revoked](const BankApi::BankResult<BankApi::Revoked> &result) {
            revoked = result.isOk();
        });
    QTRY_VERIFY(revoked);
    session.m_backend.client().setGrant(session.grant());
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTRY_VERIFY(session.authorizeWindowShown());
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
}

// A regular user in the read-only profile: typing, the arrow keys on the plan and Enter change
// nothing.
void TestBreakIntegration::clerkProfileByKeyboardChangesNothing()
{
    Session session(m_elapsed, storePath());
    session.m_integration->switchUser(u"u-clerk"_s);
    CompanyProfileDialog *dialog = session.openProfile();
    QVERIFY(dialog);
    QVERIFY(!dialog->canEdit());
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setFocus();
    QTest::keyClicks(name, u"Other"_s);
    auto *plan = dialog->findChild<QComboBox *>(u"planCombo"_s);
    QTest::keyClick(plan, Qt::Key_Up);
    QTest::keyClick(plan, Qt::Key_Home);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(session.m_store->company(), company());
}

// The bank comes back on the same address with other books: it does not know the grant. The
// next request asks for the authorization again and then goes through, once.
void TestBreakIntegration::bankRestartedWithOtherBooks()
{
    OutsideBank outside;
    Session session(m_elapsed, storePath(), outside.setup());
    QVERIFY(outside.service);
    const quint16 port = outside.service->port();
    session.authorizeThroughThePage();
    session.addFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    outside.service.reset();
    outside.service = std::make_unique<BankService>(session.m_clock);
    QVERIFY(outside.service->listen(port));

    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    QTRY_VERIFY(session.authorizeWindowShown());
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::None);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);
    QCOMPARE(outside.service->ledger().requests().size(), qsizetype(1));
}

// The bank comes back with other books after an invoice was financed: authorized again at the
// new bank, the application follows its requests, and the financed invoice stays financed,
// with its request, payout and activity: nothing financed is lost.
void TestBreakIntegration::bankWithOtherBooksKeepsTheFinancedInvoice()
{
    OutsideBank outside;
    Session session(m_elapsed, storePath(), outside.setup());
    QVERIFY(outside.service);
    const quint16 port = outside.service->port();
    session.authorizeThroughThePage();
    session.requestFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
    session.jumpTo(session.m_clock.now().addDays(4));
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::Financed);
    const Invoice financed = session.invoice(lateNumber);

    outside.service.reset();
    outside.service = std::make_unique<BankService>(session.m_clock);
    QVERIFY(outside.service->listen(port));
    session.m_backend.flow().synchronize();
    QTest::qWait(300);
    session.bankAskedAgain();
    session.authorizeThroughThePage();
    session.m_backend.flow().synchronize();
    session.jumpTo(session.m_clock.now().addSecs(60));
    QTest::qWait(500);
    QCOMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::Financed);
    QCOMPARE(session.invoice(lateNumber).financing, financed.financing);
    QVERIFY(session.invoice(lateNumber).activity.size() >= financed.activity.size());
}

// With every odf category logging debug, the grant is in no log line, not in the store, not in
// the bank's state file, not in the settings.
void TestBreakIntegration::grantInNoFileNorDebugLog()
{
    QLoggingCategory::setFilterRules(u"odf.*=true"_s);
    logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLog);
    QString grant;
    const QString bankFile = m_directory.filePath(u"invoices.bank.json"_s);
    {
        Session::Setup setup;
        setup.bankStateFile = bankFile;
        Session session(m_elapsed, storePath(), setup);
        session.authorizeThroughThePage();
        session.requestFreshInvoice();
        grant = session.grant();
        QTest::mouseClick(session.signConfirmButton(), Qt::LeftButton);
        QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::PayoutPending);
        session.m_dialogs.queueConfirmation(true);
        QTest::mouseClick(session.pageButton("removeIntegrationButton"), Qt::LeftButton);
        QTRY_VERIFY(!session.m_store->integration().added);
        QSettings settings;
        settings.setValue(u"ui/language"_s, u"en"_s);
        settings.sync();
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(grant.size() >= 20);
    QVERIFY(QFile::exists(bankFile));
    for (const QString &folder : {m_directory.path(), m_settingsDirectory.path()}) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(grant.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(!logLines.isEmpty());
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(!line.contains(grant), qPrintable(line));
}

QTEST_MAIN(TestBreakIntegration)
#include "tst_breakintegration.moc"
