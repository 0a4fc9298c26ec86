#pragma once

#include "invoice.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class BankClient;
class BankQuoteService;
class DemoClock;
class DialogService;
class FinancingDesk;
class FinancingFlow;
class InProcessBank;
class InvoiceBook;
class MainWindow;

// The financing side of the application over one bank, all on one clock: the simulated bank
// inside the process (or the address of another one), the bank client, the bank's quotes,
// the financing desk and the financing flow. It carries out what the main window announces
// (request, KBC Sign's answer, the demo's moves in time) and follows what time does.
class FinancingBackend final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: the simulated bank runs inside the application, on the clock given here.
        QUrl bankUrl;
        // Where the simulated bank inside keeps its books; empty: in memory only.
        QString bankStateFile;
        // Start the bank inside with empty books, discarding any in bankStateFile.
        bool freshBooks = false;
    };

    // How often the backend looks whether the (possibly sped-up) clock crossed into a new day.
    static constexpr int timeWatchMilliseconds = 500;

    // The book and the clock must outlive the backend.
    FinancingBackend(InvoiceBook &book, DemoClock &clock, Options options,
                     QObject *parent = nullptr);
    ~FinancingBackend() override;

    // Starts the bank inside, when there is one. Returns a problem in the user's language, or
    // an empty string; the application works on (with the bank's books in memory) either way.
    QString start();
    bool hasBankInside() const { return m_bank != nullptr; }
    QUrl bankUrl() const;
    // For a fresh demo store: see InProcessBank::adoptDemoFinancing. Does nothing when the
    // bank runs elsewhere.
    void adoptDemoFinancing(QList<Invoice> &invoices);

    FinancingDesk &desk() { return *m_desk; }
    FinancingFlow &flow() { return *m_flow; }
    BankClient &client() { return *m_client; }
    DemoClock &clock() { return m_clock; }

    // Runs an action of the user that needs the bank's grant, or holds it back until there is
    // a valid one (see IntegrationController::whenAuthorized).
    using ActionGuard = std::function<void(std::function<void()> action)>;
    // Without a guard, actions run at once. authorizationNeeded is called when the bank
    // refused a user's action for want of a valid grant, with the action to try again.
    void setActionGuard(ActionGuard guard, ActionGuard authorizationNeeded);

    // Lets the window drive the financing: requests, KBC Sign, the demo bar. Asks the bank
    // for its parameters and for news of the requests still open.
    void connectWindow(MainWindow &window, DialogService &dialogs);

    // Applies what the clock did: a new day re-judges every invoice and asks for new quotes;
    // open requests are followed up with the bank.
    void onTimePassed();
    // 09:00 on the bank's next banking day, the morning it pays out. Says so in a dialog when
    // the bank cannot be asked.
    void jumpToNextWorkingDay();

private:
    InvoiceBook &m_book;
    DemoClock &m_clock;
    Options m_options;
    std::unique_ptr<InProcessBank> m_bank;
    std::unique_ptr<BankClient> m_client;
    std::unique_ptr<BankQuoteService> m_quotes;
    std::unique_ptr<FinancingDesk> m_desk;
    std::unique_ptr<FinancingFlow> m_flow;
    // Runs the action through the guard and remembers it, to try again after the bank asked
    // for a new authorization.
    void guarded(const QString &invoiceId, std::function<void()> action);

    MainWindow *m_window = nullptr;
    ActionGuard m_guard;
    ActionGuard m_authorizationNeeded;
    QString m_lastActionInvoiceId;
    std::function<void()> m_lastAction;
    DialogService *m_dialogs = nullptr;
    QTimer m_timeWatch;
    QDate m_lastDay;
};
