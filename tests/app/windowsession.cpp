#include "windowsession.h"

#include "bankclient.h"
#include "invoiceoverview.h"
#include "kbcsignwindow.h"
#include "widgetfixture.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>

QDateTime WindowSession::defaultStart()
{
    return QDateTime(QDate(2026, 3, 12), QTime(10, 0));
}

WindowSession::WindowSession(const qint64 &elapsed, FinancingBackend::Options options,
                             const QString &storePath, const QDateTime &begin)
    : m_clock(begin, [&elapsed] { return elapsed; })
    , m_importer(m_book, m_clock)
    , m_backend(m_book, m_clock, std::move(options))
{
    m_backend.start();
    // The bank answers only a company that authorized the integration in KBC Sign.
    m_grant = authorizeAtBank(m_backend.client());
    if (!storePath.isEmpty()) {
        m_store = std::make_unique<StoreKeeper>(m_book, storePath);
        if (QFile::exists(storePath))
            m_store->load();
        else
            m_store->startFresh({}, sampleInvoices());
    } else {
        m_book.add(sampleInvoices());
    }
    m_window = std::make_unique<MainWindow>(m_book, m_backend.desk(), m_importer, m_dialogs);
    m_window->setCompanyName(QStringLiteral("Drukkerij Verhulst BV"));
    m_backend.connectWindow(*m_window, m_dialogs);
    m_window->resize(1280, 800);
    m_window->show();
}

WindowSession::~WindowSession()
{
    if (m_store)
        m_store->saveNow();
    if (m_window && m_window->kbcSignWindow())
        m_window->kbcSignWindow()->close();
}

QString WindowSession::idOf(const QString &number) const
{
    for (const Invoice &invoice : m_book.invoices()) {
        if (invoice.number == number)
            return invoice.id;
    }
    return {};
}

const Invoice &WindowSession::invoice(const QString &number) const
{
    return *m_book.find(idOf(number));
}

FinancingStatus WindowSession::status(const QString &number) const
{
    return invoice(number).financing.status;
}

int WindowSession::activityCount(const QString &number, ActivityEntry::Kind kind) const
{
    int count = 0;
    for (const ActivityEntry &entry : invoice(number).activity)
        count += entry.kind == kind ? 1 : 0;
    return count;
}

void WindowSession::select(const QString &number)
{
    QVERIFY(m_window->overview()->selectInvoice(idOf(number)));
}

QString WindowSession::stateText() const
{
    return child<QLabel>("panelStateLabel")->text();
}

KbcSignWindow *WindowSession::signWindow() const
{
    return m_window->kbcSignWindow();
}

QPushButton *WindowSession::confirmButton() const
{
    return signWindow()->findChild<QPushButton *>(QStringLiteral("signConfirmButton"));
}

QPushButton *WindowSession::declineButton() const
{
    return signWindow()->findChild<QPushButton *>(QStringLiteral("signDeclineButton"));
}

int WindowSession::requestsAtBank(const QString &number)
{
    return ::requestsAtBank(m_backend.client(), idOf(number));
}

void WindowSession::emailAndRequest(const QString &number)
{
    select(number);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    m_dialogs.queueEmailAddress(QStringLiteral("boekhouding@klant.be"));
    QTest::mouseClick(child<QPushButton>("emailButton"), Qt::LeftButton);
    auto *request = child<QPushButton>("requestFinancingButton");
    QVERIFY(request->isEnabled());
    m_dialogs.queueConfirmation(true);
    QTest::mouseClick(request, Qt::LeftButton);
}
