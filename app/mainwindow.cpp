#include "mainwindow.h"

#include "dialogservice.h"
#include "financingpanel.h"
#include "importcontroller.h"
#include "invoicebook.h"
#include "invoiceoverview.h"
#include "languagemenu.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

constexpr int statusMessageMilliseconds = 8000;

} // namespace

MainWindow::MainWindow(InvoiceBook &book, FinancingDesk &desk, InvoiceImporter &importer,
                       DialogService &dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_book(book)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    setAcceptDrops(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *overviewPage = new QWidget(splitter);
    m_overview = new InvoiceOverview(book, desk, overviewPage);
    auto *overviewLayout = new QVBoxLayout(overviewPage);
    overviewLayout->setContentsMargins(12, 12, 6, 12);
    overviewLayout->addWidget(m_overview);
    m_panel = new FinancingPanel(book, desk, dialogs, splitter);
    m_panel->setMinimumWidth(420);
    splitter->addWidget(overviewPage);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 480});
    setCentralWidget(splitter);
    setTabOrder(m_overview->lastInTabOrder(), m_panel->firstInTabOrder());

    m_import = new ImportController(importer, dialogs, this, this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("invoiceCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    createMenus();

    connect(m_overview, &InvoiceOverview::currentInvoiceChanged, m_panel,
            &FinancingPanel::showInvoice);
    connect(m_panel, &FinancingPanel::requestFinancing, this, &MainWindow::onRequestFinancing);
    connect(m_import, &ImportController::imported, m_overview, &InvoiceOverview::selectInvoice);
    connect(m_import, &ImportController::statusMessage, statusBar(), [this](const QString &text) {
        statusBar()->showMessage(text, statusMessageMilliseconds);
    });
    connect(&m_book, &InvoiceBook::added, this, &MainWindow::updateInvoiceCount);
    connect(&m_book, &InvoiceBook::wasReset, this, &MainWindow::updateInvoiceCount);

    retranslate();
    updateInvoiceCount();
    if (m_book.count() > 0)
        m_overview->selectFirstRow();
}

MainWindow::~MainWindow() = default;

void MainWindow::importFiles(const QStringList &paths)
{
    m_import->importFiles(paths);
}

void MainWindow::setNumberLocale(const QLocale &locale)
{
    m_overview->setNumberLocale(locale);
    m_panel->setNumberLocale(locale);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportController::importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ImportController::importablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_import->importFiles(paths);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_importAction = m_fileMenu->addAction(QString());
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_importAction, &QAction::triggered, m_import, &ImportController::chooseAndImport);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("KBC On Demand Financing"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import invoices…"));
    m_importAction->setStatusTip(tr("Import UBL invoice files (Peppol BIS 3.0)"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About KBC On Demand Financing"));
    m_countLabel->setAccessibleName(tr("Number of invoices"));
    updateInvoiceCount();
}

void MainWindow::updateInvoiceCount()
{
    m_countLabel->setText(tr("%n invoice(s)", nullptr, int(m_book.count())));
}

void MainWindow::showAbout()
{
    m_dialogs.showMessage(
        this, DialogService::MessageKind::Information, tr("About KBC On Demand Financing"),
        tr("KBC On Demand Financing %1").arg(QApplication::applicationVersion()),
        tr("Choose, invoice by invoice, which invoices KBC buys from you: KBC pays you the "
           "amount minus a fee on the next working day and collects the money from your "
           "customer."));
}

void MainWindow::onRequestFinancing(const QString &invoiceId)
{
    const Invoice *invoice = m_book.find(invoiceId);
    const QString number = invoice ? invoice->number : QString();
    m_dialogs.showMessage(
        this, DialogService::MessageKind::Information, tr("Request financing"),
        tr("KBC On Demand Financing is not connected yet."),
        tr("Set up the connection first: an administrator links the company's KBC business "
           "current account and authorizes it with KBC Sign. Once it is connected, you can "
           "request financing for invoice %1 here.")
            .arg(number));
}
