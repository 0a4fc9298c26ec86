#include "financingbackend.h"

#include "bankclient.h"
#include "bankquoteservice.h"
#include "democlock.h"
#include "democontrols.h"
#include "dialogservice.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "inprocessbank.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QFile>

namespace {

// The time of day of the jump to the next working day: the bank has paid out by then.
const QTime payoutMorning(9, 0);

} // namespace

FinancingBackend::FinancingBackend(InvoiceBook &book, DemoClock &clock, Options options,
                                   QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_lastDay(clock.today())
{
    if (m_options.bankUrl.isEmpty())
        m_bank = std::make_unique<InProcessBank>(m_clock);
}

FinancingBackend::~FinancingBackend() = default;

QString FinancingBackend::start()
{
    QString problem;
    if (m_bank) {
        // New books for a new store: old ones would hold the requests of other invoices.
        if (m_options.freshBooks && !m_options.bankStateFile.isEmpty())
            QFile::remove(m_options.bankStateFile);
        problem = m_bank->start(m_options.bankStateFile);
    }
    m_client = std::make_unique<BankClient>(bankUrl());
    m_quotes = std::make_unique<BankQuoteService>(*m_client);
    m_desk = std::make_unique<FinancingDesk>(m_book, m_clock, *m_quotes);
    m_flow = std::make_unique<FinancingFlow>(m_book, *m_desk, *m_client, m_clock);

    m_timeWatch.setInterval(timeWatchMilliseconds);
    connect(&m_timeWatch, &QTimer::timeout, this, &FinancingBackend::onTimePassed);
    m_timeWatch.start();
    return problem;
}

QUrl FinancingBackend::bankUrl() const
{
    return m_bank ? m_bank->url() : m_options.bankUrl;
}

void FinancingBackend::adoptDemoFinancing(QList<Invoice> &invoices)
{
    if (m_bank)
        m_bank->adoptDemoFinancing(invoices);
}

void FinancingBackend::connectWindow(MainWindow &window, DialogService &dialogs)
{
    m_window = &window;
    m_dialogs = &dialogs;
    DemoControls *demo = window.demoControls();
    // Time can be moved only where the bank reads the same clock.
    demo->setTimeControlsEnabled(hasBankInside());
    demo->setSpeed(m_clock.speed());

    FinancingFlow *flow = m_flow.get();
    connect(&window, &MainWindow::financingRequested, flow,
            [this, flow](const QString &id) { guarded(id, [flow, id] { flow->request(id); }); });
    connect(flow, &FinancingFlow::signatureAwaited, &window, &MainWindow::showKbcSign);
    connect(&window, &MainWindow::kbcSignAnswered, flow,
            [this, flow](const QString &id, bool accepted) {
                const auto decision =
                    accepted ? BankApi::SignDecision::Accept : BankApi::SignDecision::Decline;
                guarded(id, [flow, id, decision] { flow->sign(id, decision); });
            });
    connect(&window, &MainWindow::customerPaymentWanted, flow, [this, flow](const QString &id) {
        guarded(id, [flow, id] { flow->reportCustomerPayment(id); });
    });
    connect(flow, &FinancingFlow::authorizationNeeded, this, [this](const QString &id) {
        if (!m_authorizationNeeded)
            return;
        std::function<void()> retry;
        if (id == m_lastActionInvoiceId)
            retry = std::exchange(m_lastAction, {});
        m_authorizationNeeded(retry ? std::move(retry) : [] {});
    });
    connect(demo, &DemoControls::speedChosen, this, [this](int speed) { m_clock.setSpeed(speed); });
    connect(demo, &DemoControls::nextWorkingDayWanted, this,
            &FinancingBackend::jumpToNextWorkingDay);

    // The bank's own numbers, so that both sides judge with the same ones.
    m_client->parameters(m_desk.get(), [this](const BankApi::BankResult<BankParameters> &result) {
        if (result.isOk())
            m_desk->setParameters(result.value());
    });
    // What happened at the bank while the application was closed, and what the bank says of
    // every invoice that qualifies now.
    m_flow->synchronize();
    m_desk->prepareQualifying();
}

void FinancingBackend::setActionGuard(ActionGuard guard, ActionGuard authorizationNeeded)
{
    m_guard = std::move(guard);
    m_authorizationNeeded = std::move(authorizationNeeded);
}

void FinancingBackend::guarded(const QString &invoiceId, std::function<void()> action)
{
    m_lastActionInvoiceId = invoiceId;
    m_lastAction = action;
    if (m_guard)
        m_guard(std::move(action));
    else
        action();
}

void FinancingBackend::onTimePassed()
{
    const QDate today = m_clock.today();
    if (today == m_lastDay)
        return;
    m_lastDay = today;
    m_desk->startNewDay();
    m_flow->synchronize();
}

void FinancingBackend::jumpToNextWorkingDay()
{
    // The bank says which day it pays out on: its calendar also closes on Good Friday and
    // 26 December.
    m_client->clock(this, [this](const BankApi::BankResult<BankApi::ClockStatus> &result) {
        if (!result.isOk()) {
            if (m_dialogs) {
                m_dialogs->showMessage(
                    m_window, DialogService::MessageKind::Warning,
                    QCoreApplication::translate("FinancingBackend", "Next working day"),
                    QCoreApplication::translate("FinancingBackend",
                                                "KBC's date could not be read."),
                    result.error().message());
            }
            return;
        }
        const QDateTime target(result.value().nextBankingDay, payoutMorning);
        if (target > m_clock.now())
            m_clock.jumpTo(target);
        onTimePassed();
    });
}
