#pragma once

#include <QLocale>
#include <QMainWindow>

class DemoControls;
class DialogService;
class FinancingDesk;
class FinancingPanel;
class ImportController;
class InvoiceBook;
class InvoiceImporter;
class InvoiceOverview;
class KbcSignWindow;
class LanguageMenu;
class LimitGauge;
class QAction;
class QLabel;
class QMenu;
class QToolBar;
class UserMenu;

// The application window: the invoice overview and the limit gauge on the left, the financing
// panel of the current invoice on the right, the demo bar with the simulated time above, the
// KBC Sign window on request, the menus and the status bar. It only connects the parts and
// announces what the user decided; the application carries it out.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(InvoiceBook &book, FinancingDesk &desk, InvoiceImporter &importer,
               DialogService &dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports invoice files, e.g. those named on the command line, and reports the outcome.
    void importFiles(const QStringList &paths);
    // The locale for amounts and dates, chosen apart from the UI language.
    void setNumberLocale(const QLocale &locale);
    // The Language menu, whose choices the application applies.
    LanguageMenu *languageMenu() const { return m_languageMenu; }
    // The user menu: switch user, company profile, integrations.
    UserMenu *userMenu() const { return m_userMenu; }
    // The line above the invoices while the authorization in KBC Sign runs out (daysLeft > 0)
    // or has run out (daysLeft == 0); hidden when daysLeft is negative.
    void setAuthorizationWarning(int daysLeft);
    // A passing message in the status bar.
    void showStatusMessage(const QString &text);
    DemoControls *demoControls() const { return m_demoControls; }
    InvoiceOverview *overview() const { return m_overview; }
    FinancingPanel *panel() const { return m_panel; }
    // Null until it was first shown.
    KbcSignWindow *kbcSignWindow() const { return m_signWindow; }
    // The business whose invoices these are, as KBC Sign names it.
    void setCompanyName(const QString &name);
    // Shows KBC Sign with the invoice's request awaiting signature; does nothing for an
    // invoice that awaits none.
    void showKbcSign(const QString &invoiceId);

Q_SIGNALS:
    // The user confirmed that KBC may be asked to buy the invoice.
    void financingRequested(const QString &invoiceId);
    // The decision taken in KBC Sign for the invoice's request.
    void kbcSignAnswered(const QString &invoiceId, bool accepted);
    // Demo: the customer of the financed invoice pays KBC.
    void customerPaymentWanted(const QString &invoiceId);
    // The user wants the Integrations page: from the user menu or the panel's invitation.
    void integrationsWanted();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateInvoiceCount();
    void showAbout();
    void onRequestFinancing(const QString &invoiceId);
    void updateLimitGauge();
    void updateDemoControls();
    void showAuthorizationWarning();

    InvoiceBook &m_book;
    FinancingDesk &m_desk;
    DialogService &m_dialogs;
    QString m_companyName;
    QLocale m_numberLocale = QLocale(QLocale::English, QLocale::Belgium);
    QString m_signInvoiceId; // the invoice whose request KBC Sign shows
    QToolBar *m_demoBar = nullptr;
    DemoControls *m_demoControls = nullptr;
    LimitGauge *m_limitGauge = nullptr;
    KbcSignWindow *m_signWindow = nullptr;
    InvoiceOverview *m_overview = nullptr;
    FinancingPanel *m_panel = nullptr;
    ImportController *m_import = nullptr;
    QMenu *m_fileMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    UserMenu *m_userMenu = nullptr;
    QLabel *m_authorizationWarning = nullptr;
    int m_authorizationDaysLeft = -1;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_countLabel = nullptr;
};
