#pragma once

#include "democlock.h"
#include "financingbackend.h"
#include "grantvault.h"
#include "integrationcontroller.h"
#include "invoice.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "mainwindow.h"
#include "scripteddialogservice.h"
#include "storekeeper.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class CompanyProfileDialog;
class IntegrationsPage;
class KbcAuthorizeWindow;
class KbcSignWindow;
class QLabel;
class QPushButton;

namespace IntegrationSessionData {
// Thursday 12 March 2026, 10:00.
QDateTime start();
inline const QString vatNumber = QStringLiteral("BE0123456749");
// The invoice addFreshInvoice() adds: dated today, so that it qualifies whatever the date.
inline const QString lateNumber = QStringLiteral("2026-0480");
// Drukkerij Verhulst BV, Belgian, on the Move plan with a KBC account.
Company company();
} // namespace IntegrationSessionData

// How an IntegrationSession starts.
struct IntegrationSessionSetup
{
    bool added = true; // the integration is added (not yet authorized)
    IntegrationController::StartMode mode = IntegrationController::StartMode::Quiet;
    QString bankStateFile; // where the bank inside keeps its books; empty: in memory
    // Starts a bank outside the application on the session's clock and gives its address,
    // so that a test can stop it and start another; unset: the bank inside.
    std::function<QUrl(DemoClock &clock)> outsideBank;
};

// Everything the application builds around one window, with the integration's controller on
// a vault that keeps the grant in memory, for tests that click through the integration: a
// store with the sample invoices, an administrator (u-admin) and a regular user (u-clerk).
class IntegrationSession final
{
public:
    using Setup = IntegrationSessionSetup;

    IntegrationSession(const qint64 &elapsed, const QString &storePath, Setup setup = {});
    ~IntegrationSession();

    QString idOf(const QString &number) const;
    const Invoice &invoice(const QString &number) const;
    template<typename T = QWidget>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1StringView(name));
    }
    QString stateText() const;
    QLabel *warning() const;

    KbcAuthorizeWindow *authorizeWindow() const;
    bool authorizeWindowShown() const;
    QPushButton *authorizeButton(const char *name) const;
    void clickInAuthorizeWindow(const char *button);
    // Shows the Integrations page.
    IntegrationsPage *page();
    QPushButton *pageButton(const char *name);
    // Authorizes through the window as a user would: the page's button, then Confirm.
    void authorizeThroughThePage();
    CompanyProfileDialog *openProfile();

    KbcSignWindow *signWindow() const;
    QPushButton *signConfirmButton() const;

    // The clock jumps to moment; the application looks at it as its timers would.
    void jumpTo(const QDateTime &moment);
    // Adds the late invoice (IntegrationSessionData::lateNumber) and e-mails it.
    void addFreshInvoice();
    // Adds the late invoice and requests it, up to the open KBC Sign window.
    void requestFreshInvoice();
    // The bank asked for a new grant: what the application does after a 401.
    void bankAskedAgain();

    // How many requests the bank holds for the invoice, asked over HTTP.
    int requestsAtBank(const QString &number);
    // The grant the vault keeps for the company's VAT number; empty when none.
    QString grant();

    DemoClock m_clock;
    QUrl m_outsideBank;
    InvoiceBook m_book;
    InvoiceImporter m_importer;
    FinancingBackend m_backend;
    SessionGrantVault m_vault;
    ScriptedDialogService m_dialogs;
    std::unique_ptr<StoreKeeper> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IntegrationController> m_integration;
};
