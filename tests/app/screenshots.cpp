// Pictures of the main window on the demo company, in every language and in every state of
// the financing panel that the demo holds, for looking at layouts and translations:
//
//     odf_screenshots DIR [LANGUAGE...]
//
// writes DIR/<language>-<state>.png at 1280×800 (scripts/screenshots.sh runs it offscreen).
// Not a test: nothing is compared, the pictures are for people.

#include "companyprofiledialog.h"
#include "democlock.h"
#include "demodata.h"
#include "dialogservice.h"
#include "financingbackend.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "grantvault.h"
#include "integrationcontroller.h"
#include "integrationspage.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "invoiceoverview.h"
#include "kbcauthorizewindow.h"
#include "kbcsignwindow.h"
#include "language.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "storekeeper.h"
#include "usermenu.h"
#include "widgetfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

// The demo as it stands on a fixed Thursday, so that the pictures do not change with the date.
const QDate demoDay(2026, 12, 3);

struct Shot
{
    const char *name;
    const char *number; // the invoice to select
    bool openWhy = false; // unfold the "Why?" list
};

// The e-mailed, eligible invoice that is taken through the whole financing.
const char *const flowNumber = "2026-0145";

// In this order: the first picture catches the eligible invoice before KBC has answered.
const Shot shots[] = {
    {"waiting", "2026-0152"},
    {"eligible", "2026-0149"},
    {"eligible-emailed", "2026-0145"},
    {"not-eligible-why", "2026-0132", true},
    {"not-eligible-country", "2026-0141", true},
    {"book-first", "PRO-2026-0007"},
    {"financed", "2026-0139"},
    {"settled", "2026-0118"},
    {"refused", "2026-0142"},
    {"refused-by-bank", "2026-0153"},
    {"purchase", "VF2026/04417"},
    {"credit-note", "CN-2026-0009", true},
};

// One window on its own demo company and its own simulated bank, so every language starts
// from the same state.
class DemoWindow final
{
public:
    explicit DemoWindow(const QLocale &numberLocale)
        : m_clock(QDateTime(demoDay, QTime(10, 0)))
        , m_financing(m_book, m_clock, {})
        , m_importer(m_book, m_clock)
    {
        (void)m_financing.start();
        StoreData data = DemoData::build(demoDay);
        m_financing.adoptDemoFinancing(data.invoices);
        m_store = std::make_unique<StoreKeeper>(
            m_book, m_directory.filePath(QStringLiteral("invoices.json")));
        (void)m_store->startFresh(std::move(data));
        m_window = std::make_unique<MainWindow>(m_book, m_financing.desk(), m_importer, m_dialogs);
        m_integration = std::make_unique<IntegrationController>(
            *m_store, m_financing.client(), m_financing.desk(), m_financing.flow(), m_clock,
            m_vault, true);
        m_integration->setNumberLocale(numberLocale);
        m_integration->connectWindow(*m_window, m_dialogs);
        m_financing.connectWindow(*m_window, m_dialogs);
        m_window->setNumberLocale(numberLocale);
        m_window->resize(1280, 800);
        m_window->show();
        (void)QTest::qWaitForWindowExposed(m_window.get());
        // As with --demo: authorized at start.
        m_integration->start(IntegrationController::StartMode::AuthorizeNow);
        (void)QTest::qWaitFor([this] { return m_financing.desk().isConnected(); }, 5000);
    }

    ~DemoWindow()
    {
        for (QWidget *window : {static_cast<QWidget *>(m_integration->integrationsPage()),
                                static_cast<QWidget *>(m_integration->authorizeWindow())}) {
            if (window)
                window->close();
        }
    }

    IntegrationController &integration() { return *m_integration; }
    StoreKeeper &store() { return *m_store; }

    MainWindow &window() { return *m_window; }
    DemoClock &clock() { return m_clock; }
    FinancingBackend &financing() { return m_financing; }

    QString idOf(const QString &number) const
    {
        for (const Invoice &invoice : m_book.invoices()) {
            if (invoice.number == number)
                return invoice.id;
        }
        return {};
    }

    bool select(const QString &number)
    {
        const QString id = idOf(number);
        return !id.isEmpty() && m_window->overview()->selectInvoice(id);
    }

    // Waits until the invoice reaches the financing state; false when it does not in time.
    bool waitFor(const QString &number, FinancingStatus status)
    {
        const QString id = idOf(number);
        return QTest::qWaitFor([&] { return m_book.find(id)->financing.status == status; }, 5000);
    }

private:
    DemoClock m_clock;
    InvoiceBook m_book;
    FinancingBackend m_financing;
    InvoiceImporter m_importer;
    MessageBoxDialogService m_dialogs;
    QTemporaryDir m_directory;
    std::unique_ptr<StoreKeeper> m_store;
    SessionGrantVault m_vault;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IntegrationController> m_integration;
};

bool save(QWidget &widget, const QString &path)
{
    if (widget.grab().save(path))
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

// The Language menu with its Number format submenu open, as one picture each.
bool saveMenus(MainWindow &window, const QString &prefix)
{
    LanguageMenu *menu = window.languageMenu();
    menu->popup(window.mapToGlobal(QPoint(200, 30)));
    QTest::qWait(50);
    bool saved = save(*menu, prefix + u"-language-menu.png");
    auto *numbers = menu->findChild<QMenu *>(QStringLiteral("numberFormatMenu"));
    numbers->popup(window.mapToGlobal(QPoint(400, 60)));
    QTest::qWait(50);
    saved = save(*numbers, prefix + u"-number-format-menu.png") && saved;
    numbers->hide();
    menu->hide();
    return saved;
}

// The Integrations page as the administrator and as the regular user see it, the user menu,
// and the KBC Sign authorization window.
bool saveIntegrations(DemoWindow &demo, const QString &prefix)
{
    IntegrationController &integration = demo.integration();
    MainWindow &window = demo.window();
    integration.showIntegrations();
    IntegrationsPage *page = integration.integrationsPage();
    QTest::qWait(50);
    page->adjustSize();
    bool saved = save(*page, prefix + u"-integrations-admin.png");
    integration.switchUser(QStringLiteral("u-clerk"));
    QTest::qWait(50);
    page->adjustSize();
    saved = save(*page, prefix + u"-integrations-user.png") && saved;
    page->hide();

    QMenu *menu = window.userMenu();
    menu->popup(window.mapToGlobal(QPoint(300, 30)));
    QTest::qWait(50);
    saved = save(*menu, prefix + u"-user-menu.png") && saved;
    menu->hide();
    integration.switchUser(QStringLiteral("u-admin"));

    integration.showCompanyProfile();
    if (auto *profile = window.findChild<CompanyProfileDialog *>()) {
        QTest::qWait(50);
        saved = save(*profile, prefix + u"-company-profile.png") && saved;
        profile->reject();
    }

    integration.openAuthorizeWindow();
    KbcAuthorizeWindow *authorize = integration.authorizeWindow();
    QTest::qWait(50);
    authorize->adjustSize();
    saved = save(*authorize, prefix + u"-kbc-authorize.png") && saved;
    authorize->reject();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QDir directory(arguments.isEmpty() ? QStringLiteral("screenshots")
                                             : arguments.takeFirst());
    if (!QDir().mkpath(directory.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(directory.path()));
        return 1;
    }
    const QStringList languages = arguments.isEmpty()
        ? QStringList {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")}
        : arguments;

    Translations translations(application);
    bool allSaved = true;
    for (const QString &language : languages) {
        if (!translations.setLanguage(language)) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
            return 1;
        }
        DemoWindow demo(Language::numberLocaleFor(language));
        MainWindow &window = demo.window();
        for (const Shot &shot : shots) {
            const QString number = QLatin1StringView(shot.number);
            if (!demo.select(number)) {
                std::fprintf(stderr, "no invoice %s in the demo\n", shot.number);
                allSaved = false;
                continue;
            }
            // The waiting state lasts until the bank has answered over HTTP.
            if (qstrcmp(shot.name, "waiting") != 0)
                QTest::qWait(300);
            if (shot.openWhy) {
                auto *why = window.findChild<QAbstractButton *>(QStringLiteral("whyButton"));
                if (why->isVisible() && !why->isChecked())
                    why->click();
                QTest::qWait(30);
            }
            const QString path =
                directory.filePath(language + u'-' + QLatin1StringView(shot.name) + u".png");
            allSaved = save(window, path) && allSaved;
        }
        allSaved = saveMenus(window, directory.filePath(language)) && allSaved;
        allSaved = saveIntegrations(demo, directory.filePath(language)) && allSaved;

        // One invoice through the whole financing, against the simulated bank.
        const QString number = QLatin1StringView(flowNumber);
        const auto shoot = [&](const char *name, QWidget &widget) {
            // Long enough for every once-a-second refresh to have shown the moved clock.
            QTest::qWait(1100);
            const QString path =
                directory.filePath(language + u'-' + QLatin1StringView(name) + u".png");
            allSaved = save(widget, path) && allSaved;
        };
        const auto fail = [&](const char *what) {
            std::fprintf(stderr, "%s: %s did not happen\n", qPrintable(language), what);
            allSaved = false;
        };
        demo.select(number);
        QTest::qWait(300);
        demo.financing().flow().request(demo.idOf(number));
        if (!demo.waitFor(number, FinancingStatus::AwaitingSignature)) {
            fail("the request");
            continue;
        }
        demo.clock().advance(83);
        QTest::qWait(300);
        shoot("awaiting-signature", window);
        if (KbcSignWindow *sign = window.kbcSignWindow()) {
            sign->adjustSize();
            shoot("kbc-sign", *sign);
            QMetaObject::invokeMethod(sign, [sign] {
                sign->findChild<QAbstractButton *>(QStringLiteral("signConfirmButton"))->click();
            });
        } else {
            fail("KBC Sign");
        }
        if (!demo.waitFor(number, FinancingStatus::PayoutPending)) {
            fail("the signature");
            continue;
        }
        shoot("kbc-sign-confirmed", *window.kbcSignWindow());
        window.kbcSignWindow()->hide();
        shoot("payout-pending", window);
        demo.financing().jumpToNextWorkingDay();
        if (!demo.waitFor(number, FinancingStatus::Financed)) {
            fail("the payout");
            continue;
        }
        shoot("financed-live", window);
        demo.financing().flow().reportCustomerPayment(demo.idOf(number));
        if (!demo.waitFor(number, FinancingStatus::Settled)) {
            fail("the customer's payment");
            continue;
        }
        shoot("settled-live", window);

        // Five days before the 60 days of the authorization run out.
        demo.clock().jumpTo(demo.store().integration().authorizedUntil.addDays(-5));
        demo.integration().refresh();
        shoot("authorization-warning", window);

        // The panel's invitation while the integration is not set up.
        demo.store().setIntegration({});
        demo.integration().refresh();
        demo.select(QLatin1StringView(shots[0].number));
        shoot("not-connected", window);
    }
    std::printf("screenshots in %s\n", qPrintable(directory.absolutePath()));
    return allSaved ? 0 : 1;
}
