#pragma once

#include <QMainWindow>

class DialogService;
class FinancingDesk;
class FinancingPanel;
class ImportController;
class InvoiceBook;
class InvoiceImporter;
class InvoiceOverview;
class LanguageMenu;
class QAction;
class QLabel;
class QLocale;
class QMenu;

// The application window: the invoice overview on the left, the financing panel of the
// current invoice on the right, the menus and the status bar. It only connects the parts.
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

    InvoiceBook &m_book;
    DialogService &m_dialogs;
    InvoiceOverview *m_overview = nullptr;
    FinancingPanel *m_panel = nullptr;
    ImportController *m_import = nullptr;
    QMenu *m_fileMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_countLabel = nullptr;
};
