#include "kbcauthorizewindow.h"
#include "translations.h"
#include "widgetfixture.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The simulated KBC Sign question for the authorization: what it says, one confirmation, a
// cancel that changes nothing.
class TestKbcAuthorizeWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsCompanyAndPermission();
    void confirmAsksOnce();
    void problemLetsTheUserTryAgain();
    void finishCloses();
    void cancelRejects();

private:
    template<typename T = QLabel>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1StringView(name));
    }
    QPushButton *confirmButton() const { return child<QPushButton>("authorizeConfirmButton"); }

    // English needs its plural forms: "1 day", "7 days".
    QTranslator m_english;
    std::unique_ptr<KbcAuthorizeWindow> m_window;
};

void TestKbcAuthorizeWindow::initTestCase()
{
    QVERIFY(
        m_english.load(ProductTranslations::baseName(u"en"_s), ProductTranslations::directory()));
    QCoreApplication::installTranslator(&m_english);
}

void TestKbcAuthorizeWindow::init()
{
    m_window = std::make_unique<KbcAuthorizeWindow>();
    m_window->ask(u"Atelier Mertens BV"_s, u"BE0123456749"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKbcAuthorizeWindow::cleanup()
{
    m_window.reset();
}

void TestKbcAuthorizeWindow::showsCompanyAndPermission()
{
    QCOMPARE(child("authorizeCompanyLabel")->text(), u"Atelier Mertens BV"_s);
    QCOMPARE(child("authorizeVatLabel")->text(), u"VAT number BE0123456749"_s);
    QCOMPARE(child("authorizePermissionLabel")->text(),
             u"Allow KBC On Demand Financing to access your KBC business account for 60 "
             "days."_s);
    QVERIFY(!child("authorizeStatusLabel")->isVisible());
    QVERIFY(!confirmButton()->accessibleName().isEmpty());
    QVERIFY(!child<QPushButton>("authorizeCancelButton")->accessibleName().isEmpty());
    saveScreenshot(*m_window, u"kbc-authorize"_s);
}

void TestKbcAuthorizeWindow::confirmAsksOnce()
{
    QSignalSpy confirmed(m_window.get(), &KbcAuthorizeWindow::confirmed);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QVERIFY(m_window->isWorking());
    QVERIFY(!confirmButton()->isEnabled());
    QCOMPARE(child("authorizeStatusLabel")->text(), u"Asking KBC…"_s);
    QVERIFY(m_window->isVisible());
}

void TestKbcAuthorizeWindow::problemLetsTheUserTryAgain()
{
    QSignalSpy confirmed(m_window.get(), &KbcAuthorizeWindow::confirmed);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    m_window->showProblem(u"KBC cannot be reached."_s);
    QVERIFY(!m_window->isWorking());
    QCOMPARE(child("authorizeStatusLabel")->text(), u"KBC cannot be reached."_s);
    QVERIFY(confirmButton()->isEnabled());
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 2);
}

void TestKbcAuthorizeWindow::finishCloses()
{
    QSignalSpy accepted(m_window.get(), &QDialog::accepted);
    QTest::mouseClick(confirmButton(), Qt::LeftButton);
    m_window->finish();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!m_window->isVisible());
}

void TestKbcAuthorizeWindow::cancelRejects()
{
    QSignalSpy confirmed(m_window.get(), &KbcAuthorizeWindow::confirmed);
    QSignalSpy rejected(m_window.get(), &QDialog::rejected);
    QTest::mouseClick(child<QPushButton>("authorizeCancelButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(confirmed.count(), 0);
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestKbcAuthorizeWindow)
#include "tst_kbcauthorizewindow.moc"
