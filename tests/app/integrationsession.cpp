#include "integrationsession.h"

#include "bankclient.h"
#include "companyprofiledialog.h"
#include "integrationspage.h"
#include "invoiceoverview.h"
#include "kbcauthorizewindow.h"
#include "kbcsignwindow.h"
#include "storefile.h"
#include "usermenu.h"
#include "widgetfixture.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace IntegrationSessionData {

QDateTime start()
{
    return QDateTime(QDate(2026, 3, 12), QTime(10, 0));
}

Company company()
{
    Company company;
    company.name = u"Drukkerij Verhulst BV"_s;
    company.vatNumber = vatNumber;
    company.countryCode = u"BE"_s;
    company.email = u"info@verhulst.example"_s;
    return company;
}

} // namespace IntegrationSessionData

namespace {

FinancingBackend::Options optionsFor(const QUrl &outsideBank, const QString &bankStateFile)
{
    FinancingBackend::Options options;
    options.bankUrl = outsideBank;
    options.bankStateFile = bankStateFile;
    return options;
}

} // namespace

IntegrationSession::IntegrationSession(const qint64 &elapsed, const QString &storePath, Setup setup)
    : m_clock(IntegrationSessionData::start(), [&elapsed] { return elapsed; })
    , m_outsideBank(setup.outsideBank ? setup.outsideBank(m_clock) : QUrl())
    , m_importer(m_book, m_clock)
    , m_backend(m_book, m_clock, optionsFor(m_outsideBank, setup.bankStateFile))
{
    m_backend.start();
    m_store = std::make_unique<StoreKeeper>(m_book, storePath);
    StoreData data;
    data.company = IntegrationSessionData::company();
    data.invoices = sampleInvoices();
    data.users = {{u"u-admin"_s, u"Sofie Verhulst"_s, true},
                  {u"u-clerk"_s, u"Jonas De Smet"_s, false}};
    data.currentUserId = u"u-admin"_s;
    data.integration.added = setup.added;
    m_store->startFresh(data);
    m_window = std::make_unique<MainWindow>(m_book, m_backend.desk(), m_importer, m_dialogs);
    m_integration = std::make_unique<IntegrationController>(
        *m_store, m_backend.client(), m_backend.desk(), m_backend.flow(), m_clock, m_vault, false);
    m_integration->connectWindow(*m_window, m_dialogs);
    m_integration->guard(m_backend);
    m_backend.connectWindow(*m_window, m_dialogs);
    m_window->resize(1280, 800);
    m_window->show();
    m_integration->start(setup.mode);
}

IntegrationSession::~IntegrationSession()
{
    m_store->saveNow();
    for (QWidget *window : {static_cast<QWidget *>(m_window->kbcSignWindow()),
                            static_cast<QWidget *>(m_integration->authorizeWindow()),
                            static_cast<QWidget *>(m_integration->integrationsPage())}) {
        if (window)
            window->close();
    }
}

QString IntegrationSession::idOf(const QString &number) const
{
    for (const Invoice &invoice : m_book.invoices()) {
        if (invoice.number == number)
            return invoice.id;
    }
    return {};
}

const Invoice &IntegrationSession::invoice(const QString &number) const
{
    return *m_book.find(idOf(number));
}

QString IntegrationSession::stateText() const
{
    return child<QLabel>("panelStateLabel")->text();
}

QLabel *IntegrationSession::warning() const
{
    return child<QLabel>("authorizationWarningLabel");
}

KbcAuthorizeWindow *IntegrationSession::authorizeWindow() const
{
    return m_integration->authorizeWindow();
}

bool IntegrationSession::authorizeWindowShown() const
{
    return authorizeWindow() && authorizeWindow()->isVisible();
}

QPushButton *IntegrationSession::authorizeButton(const char *name) const
{
    return authorizeWindow() ? authorizeWindow()->findChild<QPushButton *>(QLatin1StringView(name))
                             : nullptr;
}

void IntegrationSession::clickInAuthorizeWindow(const char *button)
{
    QVERIFY(authorizeWindowShown());
    QPushButton *widget = authorizeButton(button);
    QVERIFY(widget);
    QTest::mouseClick(widget, Qt::LeftButton);
}

IntegrationsPage *IntegrationSession::page()
{
    m_integration->showIntegrations();
    return m_integration->integrationsPage();
}

QPushButton *IntegrationSession::pageButton(const char *name)
{
    return page()->findChild<QPushButton *>(QLatin1StringView(name));
}

void IntegrationSession::authorizeThroughThePage()
{
    IntegrationsPage *shown = page();
    QVERIFY(shown && shown->isVisible());
    QTest::mouseClick(pageButton("authorizeButton"), Qt::LeftButton);
    clickInAuthorizeWindow("authorizeConfirmButton");
    QTRY_VERIFY(!authorizeWindowShown());
    QCOMPARE(m_integration->authorizationState(), Authorization::State::Valid);
    m_integration->integrationsPage()->close();
}

CompanyProfileDialog *IntegrationSession::openProfile()
{
    m_window->userMenu()->findChild<QAction *>(u"companyProfileAction"_s)->trigger();
    const auto dialogs = m_window->findChildren<CompanyProfileDialog *>();
    for (CompanyProfileDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

KbcSignWindow *IntegrationSession::signWindow() const
{
    return m_window->kbcSignWindow();
}

QPushButton *IntegrationSession::signConfirmButton() const
{
    return signWindow()->findChild<QPushButton *>(u"signConfirmButton"_s);
}

void IntegrationSession::jumpTo(const QDateTime &moment)
{
    m_clock.jumpTo(moment);
    m_backend.onTimePassed();
    m_integration->refresh();
}

void IntegrationSession::addFreshInvoice()
{
    using IntegrationSessionData::lateNumber;
    Invoice invoice =
        eligibleInvoice(lateNumber, 8'470'00, u"Brouwerij De Kroon NV"_s, u"BE 0477.472.701"_s);
    invoice.id = u"late-invoice"_s;
    invoice.issueDate = m_clock.today();
    invoice.dueDate = m_clock.today().addDays(30);
    m_book.add({invoice});
    QVERIFY(m_window->overview()->selectInvoice(idOf(lateNumber)));
    QTRY_COMPARE(stateText(), u"Eligible"_s);
    m_dialogs.queueEmailAddress(u"boekhouding@dekroon.be"_s);
    QTest::mouseClick(child<QPushButton>("emailButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>("requestFinancingButton")->isEnabled());
}

void IntegrationSession::requestFreshInvoice()
{
    addFreshInvoice();
    if (QTest::currentTestFailed())
        return;
    m_dialogs.queueConfirmation(true);
    QTest::mouseClick(child<QPushButton>("requestFinancingButton"), Qt::LeftButton);
    QTRY_COMPARE(invoice(IntegrationSessionData::lateNumber).financing.status,
                 FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(signWindow() && signWindow()->isVisible());
}

void IntegrationSession::bankAskedAgain()
{
    m_integration->bankAskedForAuthorization();
}

int IntegrationSession::requestsAtBank(const QString &number)
{
    return ::requestsAtBank(m_backend.client(), idOf(number));
}

QString IntegrationSession::grant()
{
    std::optional<QString> kept;
    m_vault.read(
        m_store->company().vatNumber, m_window.get(),
        [&kept](const std::optional<QString> &grant) { kept = grant.value_or(QString()); });
    (void)QTest::qWaitFor([&kept] { return kept.has_value(); });
    return kept.value_or(QString());
}
