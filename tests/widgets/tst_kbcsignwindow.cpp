#include "clock.h"
#include "kbcsignwindow.h"
#include "widgetfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QDateTime requestedAt(QDate(2026, 3, 12), QTime(10, 0));

KbcSignRequest wouters()
{
    return {u"Atelier Mertens BV"_s,    u"2026-0146"_s,          u"Bakkerij Wouters"_s,
            Money::fromCents(5'995'55), Money::fromCents(54'45), requestedAt.addSecs(6 * 60)};
}

} // namespace

// KBC Sign on the screen: the request, a countdown read from the clock, one answer only.
class TestKbcSignWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void looksLikeThePhoneApp();
    void showsTheRequest_data();
    void showsTheRequest();
    void countsDownFromTheClock_data();
    void countsDownFromTheClock();
    void timeLabelIsReadableByScreenReaders();
    void confirmStaysUntilTheDeadline();
    void lapsesOnceAtTheDeadline();
    void clickAfterTheDeadlineDoesNotConfirm();
    void confirmEmitsOnce();
    void doubleClickConfirmsOnce();
    void declineEmitsDeclined();
    void newRequestStartsOver();
    void sameRequestChangesNothing();
    void refreshesWhileWaiting();
    void controlsHaveAccessibleNames();
    void screenshots_data();
    void screenshots();

private:
    template<typename T = QLabel>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1StringView(name));
    }
    QString timeLeft() const { return child("signTimeLeftLabel")->text(); }
    QPushButton *confirmButton() const { return child<QPushButton>("signConfirmButton"); }
    QPushButton *declineButton() const { return child<QPushButton>("signDeclineButton"); }
    // Moves the clock to `seconds` after the request was made and lets the window read it.
    void at(qint64 seconds)
    {
        m_clock->setNow(requestedAt.addSecs(seconds));
        m_window->refresh();
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KbcSignWindow> m_window;
};

void TestKbcSignWindow::init()
{
    m_clock = std::make_unique<ManualClock>(requestedAt);
    m_window = std::make_unique<KbcSignWindow>(*m_clock);
    m_window->setRequest(wouters());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKbcSignWindow::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestKbcSignWindow::looksLikeThePhoneApp()
{
    QCOMPARE(m_window->windowTitle(), u"KBC Sign"_s);
    QCOMPARE(child("signAppTitle")->text(), u"KBC Sign"_s);
    QVERIFY(!m_window->isModal());
    QCOMPARE_GE(m_window->width(), 360);
    QCOMPARE_GE(m_window->height(), 560);
    // Narrow, like a phone.
    QCOMPARE_LT(m_window->width(), m_window->height());
    QCOMPARE(confirmButton()->text(), u"&Confirm"_s);
    QCOMPARE(declineButton()->text(), u"&Decline"_s);
    // Enter does not answer for the user.
    QVERIFY(!confirmButton()->autoDefault());
    QVERIFY(!confirmButton()->isDefault());
}

void TestKbcSignWindow::showsTheRequest_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("payout");
    QTest::addColumn<QString>("cost");

    QTest::newRow("en_BE") << u"en_BE"_s << u"5.995,55\u00a0€"_s << u"54,45\u00a0€"_s;
    QTest::newRow("nl_BE") << u"nl_BE"_s << u"€\u00a05.995,55"_s << u"€\u00a054,45"_s;
    QTest::newRow("fr_BE") << u"fr_BE"_s << u"5\u202f995,55\u00a0€"_s << u"54,45\u00a0€"_s;
}

void TestKbcSignWindow::showsTheRequest()
{
    QFETCH(QString, locale);
    QFETCH(QString, payout);
    QFETCH(QString, cost);

    m_window->setNumberLocale(QLocale(locale));
    QCOMPARE(child("signCompanyLabel")->text(), u"Atelier Mertens BV"_s);
    QCOMPARE(child("signInvoiceLabel")->text(), u"2026-0146"_s);
    QCOMPARE(child("signCustomerLabel")->text(), u"Bakkerij Wouters"_s);
    QCOMPARE(child("signPayoutLabel")->text(), payout);
    QCOMPARE(child("signCostLabel")->text(), cost);
    QCOMPARE(child("signPayoutLabel")->accessibleName(), u"KBC pays you"_s);
    QCOMPARE(child("signPayoutLabel")->accessibleDescription(), payout);
    QCOMPARE(m_window->request(), wouters());
}

void TestKbcSignWindow::countsDownFromTheClock_data()
{
    QTest::addColumn<qint64>("millisecondsLater");
    QTest::addColumn<QString>("expected");

    QTest::newRow("just requested") << qint64(0) << u"6:00 left to confirm"_s;
    QTest::newRow("one second later") << qint64(1'000) << u"5:59 left to confirm"_s;
    QTest::newRow("18 seconds later") << qint64(18'000) << u"5:42 left to confirm"_s;
    QTest::newRow("a minute later") << qint64(60'000) << u"5:00 left to confirm"_s;
    // A started second still counts, so 0:00 never shows while the request can be signed.
    QTest::newRow("half a second later") << qint64(500) << u"6:00 left to confirm"_s;
    QTest::newRow("last second") << qint64(359'000) << u"0:01 left to confirm"_s;
    QTest::newRow("last millisecond") << qint64(359'999) << u"0:01 left to confirm"_s;
    QTest::newRow("at the deadline") << qint64(360'000) << u"This request has lapsed"_s;
    QTest::newRow("long after") << qint64(3'600'000) << u"This request has lapsed"_s;
    // A clock set back before the request shows more time, not nonsense.
    QTest::newRow("clock set back") << qint64(-60'000) << u"7:00 left to confirm"_s;
}

void TestKbcSignWindow::countsDownFromTheClock()
{
    QFETCH(qint64, millisecondsLater);
    QFETCH(QString, expected);

    m_clock->setNow(requestedAt.addMSecs(millisecondsLater));
    m_window->refresh();
    QCOMPARE(timeLeft(), expected);
}

void TestKbcSignWindow::timeLabelIsReadableByScreenReaders()
{
    QCOMPARE(child("signTimeLeftLabel")->accessibleName(), u"6:00 left to confirm"_s);
    m_clock->advanceSeconds(1);
    m_window->refresh();
    QCOMPARE(child("signTimeLeftLabel")->accessibleName(), u"5:59 left to confirm"_s);
    at(360);
    QCOMPARE(child("signTimeLeftLabel")->accessibleName(), u"This request has lapsed"_s);
}

void TestKbcSignWindow::confirmStaysUntilTheDeadline()
{
    QSignalSpy lapsed(m_window.get(), &KbcSignWindow::lapsed);
    at(359);
    QVERIFY(confirmButton()->isEnabled());
    QVERIFY(declineButton()->isEnabled());
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Waiting);
    QCOMPARE(lapsed.count(), 0);
}

void TestKbcSignWindow::lapsesOnceAtTheDeadline()
{
    QSignalSpy lapsed(m_window.get(), &KbcSignWindow::lapsed);
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    at(360);
    QCOMPARE(timeLeft(), u"This request has lapsed"_s);
    QVERIFY(!confirmButton()->isEnabled());
    QVERIFY(!declineButton()->isEnabled());
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Lapsed);
    QCOMPARE(lapsed.count(), 1);
    at(361);
    at(400);
    QCOMPARE(lapsed.count(), 1);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 0);
}

void TestKbcSignWindow::clickAfterTheDeadlineDoesNotConfirm()
{
    QSignalSpy lapsed(m_window.get(), &KbcSignWindow::lapsed);
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    // The deadline passes between two refreshes; the button still looks available.
    m_clock->advanceSeconds(360);
    QVERIFY(confirmButton()->isEnabled());
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(lapsed.count(), 1);
    QCOMPARE(timeLeft(), u"This request has lapsed"_s);
}

void TestKbcSignWindow::confirmEmitsOnce()
{
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    QSignalSpy declined(m_window.get(), &KbcSignWindow::declined);
    QSignalSpy lapsed(m_window.get(), &KbcSignWindow::lapsed);
    at(18);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Confirmed);
    QVERIFY(!confirmButton()->isEnabled());
    QVERIFY(!declineButton()->isEnabled());
    QCOMPARE(timeLeft(), u"Confirmed. KBC pays you on the next working day."_s);

    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QTest::mouseClick(declineButton(), Qt::LeftButton);
    // A confirmed request cannot lapse any more.
    at(400);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(declined.count(), 0);
    QCOMPARE(lapsed.count(), 0);
}

void TestKbcSignWindow::doubleClickConfirmsOnce()
{
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    QTest::mouseDClick(confirmButton(), Qt::LeftButton);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
}

void TestKbcSignWindow::declineEmitsDeclined()
{
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    QSignalSpy declined(m_window.get(), &KbcSignWindow::declined);
    QTest::mouseClick(declineButton(), Qt::LeftButton);
    QTest::mouseClick(declineButton(), Qt::LeftButton);
    QCOMPARE(declined.count(), 1);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Declined);
    QVERIFY(!confirmButton()->isEnabled());
    QCOMPARE(timeLeft(), u"Declined. This invoice is not financed."_s);
}

void TestKbcSignWindow::newRequestStartsOver()
{
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    KbcSignRequest next = wouters();
    next.invoiceNumber = u"2026-0150"_s;
    next.deadline = m_clock->now().addSecs(6 * 60);
    m_window->setRequest(next);
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Waiting);
    QCOMPARE(child("signInvoiceLabel")->text(), u"2026-0150"_s);
    QCOMPARE(timeLeft(), u"6:00 left to confirm"_s);
    QVERIFY(confirmButton()->isEnabled());
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 2);
}

void TestKbcSignWindow::sameRequestChangesNothing()
{
    QSignalSpy confirmed(m_window.get(), &KbcSignWindow::confirmed);
    // Handing the waiting request over again keeps it waiting, with its countdown.
    at(60);
    m_window->setRequest(wouters());
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Waiting);
    QCOMPARE(timeLeft(), u"5:00 left to confirm"_s);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    // The window hands an answered request back only when its answer did not reach the bank:
    // the invoice still awaits the signature, so it may be answered again.
    m_window->setRequest(wouters());
    QCOMPARE(m_window->status(), KbcSignWindow::Status::Waiting);
    QVERIFY(confirmButton()->isEnabled());
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 2);
}

void TestKbcSignWindow::refreshesWhileWaiting()
{
    auto *timer = m_window->findChild<QTimer *>(u"signRefreshTimer"_s);
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QCOMPARE_LE(timer->interval(), 250);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QVERIFY(!timer->isActive());
}

void TestKbcSignWindow::controlsHaveAccessibleNames()
{
    QCOMPARE(confirmButton()->accessibleName(), u"Confirm the financing request"_s);
    QCOMPARE(declineButton()->accessibleName(), u"Decline the financing request"_s);
    for (const char *name : {"signCompanyLabel", "signInvoiceLabel", "signCustomerLabel",
                             "signPayoutLabel", "signCostLabel", "signTimeLeftLabel"}) {
        auto *label = child(name);
        QVERIFY2(label && !label->accessibleName().isEmpty(), name);
    }
}

void TestKbcSignWindow::screenshots_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("secondsLater");
    QTest::addColumn<QString>("name");

    QTest::newRow("en_BE waiting") << u"en_BE"_s << qint64(18) << u"kbcsign-en_BE"_s;
    QTest::newRow("nl_BE waiting") << u"nl_BE"_s << qint64(18) << u"kbcsign-nl_BE"_s;
    QTest::newRow("fr_BE lapsed") << u"fr_BE"_s << qint64(360) << u"kbcsign-fr_BE-lapsed"_s;
}

void TestKbcSignWindow::screenshots()
{
    QFETCH(QString, locale);
    QFETCH(qint64, secondsLater);
    QFETCH(QString, name);

    m_window->setNumberLocale(QLocale(locale));
    at(secondsLater);
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->wordWrap() && label->isVisible()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->objectName()));
        }
    }
    saveScreenshot(*m_window, name);
}

QTEST_MAIN(TestKbcSignWindow)
#include "tst_kbcsignwindow.moc"
