#include "mainwindow.h"

#include "democontrols.h"
#include "dialogservice.h"
#include "financingdesk.h"
#include "financingpanel.h"
#include "importcontroller.h"
#include "invoicebook.h"
#include "invoiceoverview.h"
#include "kbcsignwindow.h"
#include "languagemenu.h"
#include "limitgauge.h"
#include "moneyformat.h"
#include "usermenu.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

constexpr int statusMessageMilliseconds = 8000;

} // namespace

MainWindow::MainWindow(InvoiceBook &book, FinancingDesk &desk, InvoiceImporter &importer,
                       DialogService &dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_book(book)
    , m_desk(desk)
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
    m_limitGauge = new LimitGauge(overviewPage);
    m_authorizationWarning = new QLabel(overviewPage);
    m_authorizationWarning->setObjectName(QStringLiteral("authorizationWarningLabel"));
    m_authorizationWarning->setTextFormat(Qt::PlainText);
    m_authorizationWarning->setWordWrap(true);
    m_authorizationWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3df; color: #7a4300; border: 1px solid #efb45c; "
                       "border-radius: 4px; padding: 6px 10px; }"));
    m_authorizationWarning->setVisible(false);
    auto *overviewLayout = new QVBoxLayout(overviewPage);
    overviewLayout->setContentsMargins(12, 12, 6, 12);
    overviewLayout->setSpacing(10);
    overviewLayout->addWidget(m_authorizationWarning);
    overviewLayout->addWidget(m_overview, 1);
    overviewLayout->addWidget(m_limitGauge);
    m_panel = new FinancingPanel(book, desk, dialogs, splitter);
    m_panel->setMinimumWidth(420);
    splitter->addWidget(overviewPage);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 480});
    setCentralWidget(splitter);
    setTabOrder(m_overview->lastInTabOrder(), m_panel->firstInTabOrder());

    m_demoBar = new QToolBar(this);
    m_demoBar->setObjectName(QStringLiteral("demoBar"));
    m_demoBar->setMovable(false);
    m_demoBar->setFloatable(false);
    m_demoControls = new DemoControls(desk.clock(), m_demoBar);
    m_demoBar->addWidget(m_demoControls);
    addToolBar(Qt::TopToolBarArea, m_demoBar);

    m_import = new ImportController(importer, dialogs, this, this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("invoiceCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    createMenus();

    connect(m_overview, &InvoiceOverview::currentInvoiceChanged, m_panel,
            &FinancingPanel::showInvoice);
    connect(m_panel, &FinancingPanel::requestFinancing, this, &MainWindow::onRequestFinancing);
    connect(m_panel, &FinancingPanel::openKbcSign, this, &MainWindow::showKbcSign);
    connect(m_panel, &FinancingPanel::setupWanted, this, &MainWindow::integrationsWanted);
    connect(m_overview, &InvoiceOverview::currentInvoiceChanged, this,
            &MainWindow::updateDemoControls);
    connect(&m_desk, &FinancingDesk::summaryChanged, this, &MainWindow::updateLimitGauge);
    connect(&m_desk, &FinancingDesk::viewChanged, this, [this](const QString &invoiceId) {
        if (invoiceId == m_overview->currentInvoiceId())
            updateDemoControls();
    });
    connect(m_demoControls, &DemoControls::customerPaymentWanted, this, [this] {
        const QString id = m_overview->currentInvoiceId();
        if (!id.isEmpty() && m_desk.view(id).state == PanelState::Financed)
            Q_EMIT customerPaymentWanted(id);
    });
    connect(m_import, &ImportController::imported, m_overview, &InvoiceOverview::selectInvoice);
    connect(m_import, &ImportController::statusMessage, statusBar(), [this](const QString &text) {
        statusBar()->showMessage(text, statusMessageMilliseconds);
    });
    connect(&m_book, &InvoiceBook::added, this, &MainWindow::updateInvoiceCount);
    connect(&m_book, &InvoiceBook::wasReset, this, &MainWindow::updateInvoiceCount);

    retranslate();
    updateInvoiceCount();
    updateLimitGauge();
    if (m_book.count() > 0)
        m_overview->selectFirstRow();
    updateDemoControls();
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
    m_limitGauge->setNumberLocale(locale);
    m_demoControls->setNumberLocale(locale);
    if (m_signWindow)
        m_signWindow->setNumberLocale(locale);
    m_numberLocale = locale;
}

void MainWindow::setCompanyName(const QString &name)
{
    m_companyName = name;
}

void MainWindow::setAuthorizationWarning(int daysLeft)
{
    m_authorizationDaysLeft = daysLeft;
    showAuthorizationWarning();
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, statusMessageMilliseconds);
}

void MainWindow::showAuthorizationWarning()
{
    const int days = m_authorizationDaysLeft;
    QString text;
    if (days == 0)
        text = tr("The KBC authorization has expired. Renew it in Integrations before you "
                  "finance an invoice.");
    else if (days > 0)
        text = tr("The KBC authorization expires in %n day(s). Renew it in Integrations.", nullptr,
                  days);
    m_authorizationWarning->setText(text);
    m_authorizationWarning->setAccessibleName(text);
    m_authorizationWarning->setVisible(days >= 0);
}

void MainWindow::showKbcSign(const QString &invoiceId)
{
    const Invoice *invoice = m_book.find(invoiceId);
    if (!invoice || invoice->financing.status != FinancingStatus::AwaitingSignature)
        return;
    if (!m_signWindow) {
        m_signWindow = new KbcSignWindow(m_desk.clock(), this);
        m_signWindow->setNumberLocale(m_numberLocale);
        connect(m_signWindow, &KbcSignWindow::confirmed, this,
                [this] { Q_EMIT kbcSignAnswered(m_signInvoiceId, true); });
        connect(m_signWindow, &KbcSignWindow::declined, this,
                [this] { Q_EMIT kbcSignAnswered(m_signInvoiceId, false); });
    }
    m_signInvoiceId = invoiceId;
    KbcSignRequest request;
    request.companyName = m_companyName;
    request.invoiceNumber = invoice->number;
    request.customerName = invoice->customer.name;
    request.payout = invoice->financing.payout;
    request.cost = invoice->financing.cost;
    request.deadline = invoice->financing.signingDeadline;
    m_signWindow->setRequest(request);
    m_signWindow->show();
    m_signWindow->raise();
    m_signWindow->activateWindow();
}

void MainWindow::updateLimitGauge()
{
    const LimitUsage usage = m_desk.limitUsage();
    m_limitGauge->setFigures(usage.used, usage.reserved, usage.total);
}

void MainWindow::updateDemoControls()
{
    const QString id = m_overview->currentInvoiceId();
    m_demoControls->setCustomerPaymentAvailable(!id.isEmpty()
                                                && m_desk.view(id).state == PanelState::Financed);
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
    m_userMenu = new UserMenu(this);
    menuBar()->addMenu(m_userMenu);
    connect(m_userMenu, &UserMenu::integrationsWanted, this, &MainWindow::integrationsWanted);

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
    showAuthorizationWarning();
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
    const FinancingView view = m_desk.view(invoiceId);
    if (!invoice || !view.canRequest || !view.quote)
        return;
    const bool accepted = m_dialogs.confirm(
        this, tr("Request financing"),
        //: %1 is the invoice number, %2 the customer's name
        tr("Ask KBC to buy invoice %1 (customer: %2)?")
            .arg(invoice->number, invoice->customer.name),
        tr("KBC pays you %1 on the next working day after you sign; the financing costs %2. "
           "Your customer is told to pay the invoice of %3 to KBC. You confirm the request "
           "in KBC Sign within %n minute(s).",
           nullptr, view.assessment.parameters.signingWindowSeconds / 60)
            .arg(MoneyFormat::format(view.quote->payout, m_numberLocale),
                 MoneyFormat::format(view.quote->cost, m_numberLocale),
                 MoneyFormat::format(invoice->total, m_numberLocale)),
        //: Button of the confirmation: send the financing request to KBC
        tr("Request financing"));
    // The invoice may have changed while the question was open.
    if (accepted && m_desk.view(invoiceId).canRequest)
        Q_EMIT financingRequested(invoiceId);
}
