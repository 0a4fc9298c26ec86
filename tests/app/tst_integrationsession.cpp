// The integration with KBC as a user meets it in the main window, over the simulated bank on
// 127.0.0.1 with a clock that only the test moves: authorizing in KBC Sign, the warning a week
// before the 60 days run out, the new authorization every financing action asks for from then
// on, the Integrations page, removing the integration, and the grant kept out of every file.

#include "bankclient.h"
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
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace IntegrationSessionData;

namespace {

// What the log said while a test ran, to make sure the grant is never in it.
QStringList logLines;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logLines.append(message);
}

using Session = IntegrationSession;

} // namespace

class TestIntegrationSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void notConnectedUntilAuthorized();
    void acrossTheSixtyDays();
    void cancellingTheAuthorizationChangesNothing();
    void bankRefusalAsksForAuthorization();
    void regularUserCannotAddButAdministratorCan();
    void removingRevokesTheGrant();
    void theGrantIsInNoFile();
    void ownStoreAsksOnceAtStart();
    void demoStartsAuthorized();
    void profileChangesAvailability();

private:
    QString storePath() const { return m_directory.filePath(u"invoices.json"_s); }

    QTemporaryDir m_directory;
    QTemporaryDir m_settingsDirectory;
    // English needs its plural forms: "1 day", "7 days".
    QTranslator m_english;
    qint64 m_elapsed = 0;
};

void TestIntegrationSession::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY(m_settingsDirectory.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OnDemandFinancingTest"_s);
    QCoreApplication::setApplicationName(u"tst_integrationsession"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDirectory.path());
    QVERIFY(
        m_english.load(ProductTranslations::baseName(u"en"_s), ProductTranslations::directory()));
    QCoreApplication::installTranslator(&m_english);
}

void TestIntegrationSession::init()
{
    m_elapsed = 0;
    QFile::remove(storePath());
}

void TestIntegrationSession::notConnectedUntilAuthorized()
{
    Session session(m_elapsed, storePath());
    QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(SampleNumber::kroon)));
    QTRY_COMPARE(session.stateText(), u"Not connected"_s);
    auto *setup = session.child<QPushButton>("setupIntegrationButton");
    QVERIFY(setup->isVisible());
    QVERIFY(!session.child<QPushButton>("requestFinancingButton")->isVisible());

    // The panel's invitation leads to the Integrations page.
    QTest::mouseClick(setup, Qt::LeftButton);
    QVERIFY(session.m_integration->integrationsPage()->isVisible());
    session.authorizeThroughThePage();
    QTRY_COMPARE(session.stateText(), u"Eligible"_s);
    QVERIFY(!session.warning()->isVisible());
    QCOMPARE(session.m_store->integration().authorizedUntil,
             session.m_store->integration().authorizedAt.addDays(60));

    // This vault keeps the grant in memory only: the user is told so, once in the status bar
    // and for as long as it lasts on the Integrations page.
    const QString sessionOnly = u"No keychain is available: the authorization is kept until you "
                                "close the application."_s;
    QCOMPARE(session.m_window->statusBar()->currentMessage(), sessionOnly);
    session.m_integration->showIntegrations();
    auto *line =
        session.m_integration->integrationsPage()->findChild<QLabel *>(u"sessionOnlyLabel"_s);
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), sessionOnly);
}

void TestIntegrationSession::acrossTheSixtyDays()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const QDateTime until = session.m_store->integration().authorizedUntil;
    QVERIFY(until.isValid());

    // A week and a day ahead: nothing to say yet.
    session.jumpTo(until.addDays(-8));
    QVERIFY(!session.warning()->isVisible());

    // Day 53: a week ahead.
    session.jumpTo(until.addDays(-7));
    QVERIFY(session.warning()->isVisible());
    QCOMPARE(session.warning()->text(),
             u"The KBC authorization expires in 7 days. Renew it in Integrations."_s);

    // Day 60, an hour before the end: an invoice of that day is quoted and e-mailed.
    session.jumpTo(until.addSecs(-3600));
    QCOMPARE(session.warning()->text(),
             u"The KBC authorization expires in 1 day. Renew it in Integrations."_s);
    session.addFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    const Invoice before = session.invoice(lateNumber);

    // The 60 days are over: Request financing asks for a new authorization first.
    session.jumpTo(until.addSecs(60));
    QVERIFY(session.warning()->isVisible());
    QCOMPARE(session.warning()->text(),
             u"The KBC authorization has expired. Renew it in Integrations before you finance "
             "an invoice."_s);
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Expired);
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    QVERIFY(session.authorizeWindowShown());
    QTest::qWait(50);
    QCOMPARE(session.invoice(lateNumber), before);

    // Confirmed in KBC Sign: the new grant holds 60 days and the request goes through.
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);
    QVERIFY(!session.authorizeWindowShown());
    QCOMPARE(session.requestsAtBank(lateNumber), 1);
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Valid);
    QCOMPARE(session.m_store->integration().authorizedUntil, session.m_clock.now().addDays(60));
    QVERIFY(!session.warning()->isVisible());
    QTRY_VERIFY(session.m_window->kbcSignWindow()
                && session.m_window->kbcSignWindow()->isVisible());
}

void TestIntegrationSession::cancellingTheAuthorizationChangesNothing()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    const QDateTime until = session.m_store->integration().authorizedUntil;
    session.jumpTo(until.addSecs(-3600));
    session.addFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    const Invoice before = session.invoice(lateNumber);
    session.jumpTo(until.addSecs(60));

    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    session.clickInAuthorizeWindow("authorizeCancelButton");
    QVERIFY(!session.authorizeWindowShown());
    QTest::qWait(50);
    QCOMPARE(session.invoice(lateNumber), before);
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Expired);

    // Asked again, the request goes through once: the cancelled one is not replayed.
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_COMPARE(session.invoice(lateNumber).financing.status, FinancingStatus::AwaitingSignature);
    QCOMPARE(session.requestsAtBank(lateNumber), 1);
}

void TestIntegrationSession::bankRefusalAsksForAuthorization()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(SampleNumber::kroon)));
    QTRY_COMPARE(session.stateText(), u"Eligible"_s);
    session.m_dialogs.queueEmailAddress(u"boekhouding@dekroon.be"_s);
    QTest::mouseClick(session.child<QPushButton>("emailButton"), Qt::LeftButton);

    // The bank no longer knows the grant (revoked elsewhere): it refuses the request, and the
    // application asks for a new authorization, then repeats the request.
    bool revoked = false;
    session.m_backend.client().revokeAuthorization(
        session.m_window.get(), [&revoked](const BankApi::BankResult<BankApi::Revoked> &result) {
            revoked = result.isOk();
        });
    QTRY_VERIFY(revoked);
    session.m_backend.client().setGrant(session.grant());
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(session.child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    QTRY_VERIFY(session.authorizeWindowShown());
    QCOMPARE(session.invoice(SampleNumber::kroon).financing.status, FinancingStatus::None);
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_COMPARE(session.invoice(SampleNumber::kroon).financing.status,
                 FinancingStatus::AwaitingSignature);
}

void TestIntegrationSession::regularUserCannotAddButAdministratorCan()
{
    Session::Setup notAdded;
    notAdded.added = false;
    Session session(m_elapsed, storePath(), notAdded);
    UserMenu *menu = session.m_window->userMenu();
    QCOMPARE(menu->title(), u"Sofie Verhulst"_s);

    // Jonas is not an administrator: he sees the integration but cannot add it.
    menu->findChild<QAction *>(u"userAction-u-clerk"_s)->trigger();
    QCOMPARE(menu->title(), u"Jonas De Smet"_s);
    QCOMPARE(session.m_store->currentUserId(), u"u-clerk"_s);
    menu->findChild<QAction *>(u"integrationsAction"_s)->trigger();
    IntegrationsPage *page = session.m_integration->integrationsPage();
    QVERIFY(page->isVisible());
    auto *add = page->findChild<QPushButton *>(u"addIntegrationButton"_s);
    QVERIFY(!add->isEnabled());
    QVERIFY(page->findChild<QLabel *>(u"adminOnlyLabel"_s)->isVisible());

    // Sofie is: she adds it and goes on to authorize it in KBC Sign.
    menu->findChild<QAction *>(u"userAction-u-admin"_s)->trigger();
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(session.m_store->integration().added);
    QVERIFY(session.authorizeWindowShown());
    session.clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_VERIFY(session.m_backend.desk().isConnected());
}

void TestIntegrationSession::removingRevokesTheGrant()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    QVERIFY(!session.grant().isEmpty());

    session.m_integration->showIntegrations();
    IntegrationsPage *page = session.m_integration->integrationsPage();
    session.m_dialogs.queueConfirmation(true);
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeIntegrationButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!session.m_store->integration().added);
    QCOMPARE(session.m_store->integration(), IntegrationSetup());
    QCOMPARE(session.grant(), QString());
    QVERIFY(!session.m_backend.desk().isConnected());
    QVERIFY(!session.m_backend.client().hasGrant());
    QVERIFY(page->findChild<QPushButton *>(u"addIntegrationButton"_s)->isVisible());
}

void TestIntegrationSession::theGrantIsInNoFile()
{
    logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLog);
    QString grant;
    {
        Session session(m_elapsed, storePath());
        session.authorizeThroughThePage();
        grant = session.grant();
        // The settings the application writes, written beside it.
        QSettings settings;
        settings.setValue(u"ui/language"_s, u"nl"_s);
        settings.sync();
        QVERIFY(session.m_store->saveNow().isEmpty());
    }
    qInstallMessageHandler(previous);
    QVERIFY(grant.size() >= 43);

    int files = 0;
    for (const QString &folder : {m_directory.path(), m_settingsDirectory.path()}) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(grant.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
    }
    QVERIFY(files >= 2);
    const StoreLoadResult stored = StoreFile::load(storePath());
    QVERIFY(stored.data.has_value());
    QVERIFY(stored.data->integration.authorizedUntil.isValid());
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(!line.contains(grant), "the grant was logged");
}

void TestIntegrationSession::ownStoreAsksOnceAtStart()
{
    Session::Setup setup;
    setup.mode = IntegrationController::StartMode::AskOnce;
    Session session(m_elapsed, storePath(), setup);
    QTRY_VERIFY(session.authorizeWindowShown());
    QCOMPARE(session.authorizeWindow()->findChild<QLabel *>(u"authorizeCompanyLabel"_s)->text(),
             u"Drukkerij Verhulst BV"_s);
    // Cancelled: the application works on, not connected, and does not ask again by itself.
    session.clickInAuthorizeWindow("authorizeCancelButton");
    session.m_integration->refresh();
    QVERIFY(!session.authorizeWindowShown());
    QVERIFY(!session.m_backend.desk().isConnected());
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Missing);
}

void TestIntegrationSession::demoStartsAuthorized()
{
    Session::Setup setup;
    setup.mode = IntegrationController::StartMode::AuthorizeNow;
    Session session(m_elapsed, storePath(), setup);
    QTRY_VERIFY(session.m_backend.desk().isConnected());
    QVERIFY(!session.authorizeWindowShown());
    QCOMPARE(session.m_integration->authorizationState(), Authorization::State::Valid);
    QVERIFY(session.m_store->integration().authorizedUntil.isValid());
    QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(SampleNumber::kroon)));
    QTRY_COMPARE(session.stateText(), u"Eligible"_s);
}

void TestIntegrationSession::profileChangesAvailability()
{
    Session session(m_elapsed, storePath());
    session.authorizeThroughThePage();
    QVERIFY(session.m_window->overview()->selectInvoice(session.idOf(SampleNumber::kroon)));
    QTRY_COMPARE(session.stateText(), u"Eligible"_s);

    // The administrator moves the company to the Go plan: the integration is unavailable.
    session.m_window->userMenu()->findChild<QAction *>(u"companyProfileAction"_s)->trigger();
    auto *dialog = session.m_window->findChild<CompanyProfileDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->canEdit());
    dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(session.m_store->company().plan, PricePlan::Go);
    QCOMPARE(session.stateText(), u"Not connected"_s);
    session.m_integration->showIntegrations();
    QCOMPARE(session.m_integration->integrationsPage()
                 ->findChild<QLabel *>(u"availabilityLabel"_s)
                 ->text(),
             IntegrationRules::reasonText(IntegrationAvailability::GoPlan));

    // A regular user sees the profile read-only.
    session.m_integration->switchUser(u"u-clerk"_s);
    session.m_integration->showCompanyProfile();
    const auto dialogs = session.m_window->findChildren<CompanyProfileDialog *>();
    QVERIFY(std::any_of(dialogs.cbegin(), dialogs.cend(),
                        [](const CompanyProfileDialog *shown) { return !shown->canEdit(); }));
}

QTEST_MAIN(TestIntegrationSession)
#include "tst_integrationsession.moc"
