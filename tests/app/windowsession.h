#pragma once

#include "democlock.h"
#include "financingbackend.h"
#include "invoice.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "mainwindow.h"
#include "scripteddialogservice.h"
#include "storekeeper.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <memory>

class KbcSignWindow;
class QPushButton;

// Everything the application builds around one window, on one clock, over the simulated bank
// inside the application on 127.0.0.1, for tests that click through the financing flow. The
// company is authorized at the bank at start; the invoices are sampleInvoices().
class WindowSession final
{
public:
    // Thursday 12 March 2026, 10:00.
    static QDateTime defaultStart();

    // elapsed: the milliseconds of "real" time the demo clock runs on; the test moves them.
    // storePath: a store to load, or to start with the sample invoices; empty: in memory.
    explicit WindowSession(const qint64 &elapsed, FinancingBackend::Options options = {},
                           const QString &storePath = {}, const QDateTime &begin = defaultStart());
    ~WindowSession();

    QString idOf(const QString &number) const;
    const Invoice &invoice(const QString &number) const;
    FinancingStatus status(const QString &number) const;
    int activityCount(const QString &number, ActivityEntry::Kind kind) const;

    void select(const QString &number);
    template<typename T = QWidget>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1StringView(name));
    }
    QString stateText() const;
    KbcSignWindow *signWindow() const;
    QPushButton *confirmButton() const;
    QPushButton *declineButton() const;

    // How many requests the bank holds for the invoice, asked over HTTP; -1 on an error, -2
    // without an answer in time.
    int requestsAtBank(const QString &number);
    // E-mails the invoice through the panel, then asks for financing and says yes.
    void emailAndRequest(const QString &number);

    DemoClock m_clock;
    InvoiceBook m_book;
    InvoiceImporter m_importer;
    FinancingBackend m_backend;
    QString m_grant;
    ScriptedDialogService m_dialogs;
    std::unique_ptr<StoreKeeper> m_store;
    std::unique_ptr<MainWindow> m_window;
};
