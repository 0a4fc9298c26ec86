#include "integrationspage.h"
#include "translations.h"
#include "widgetfixture.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Company)
Q_DECLARE_METATYPE(IntegrationAvailability)

namespace {

const QDateTime now(QDate(2026, 3, 12), QTime(10, 0));

Company belgianCompany(PricePlan plan = PricePlan::Move, bool kbcAccount = true)
{
    Company company;
    company.name = u"Atelier Mertens BV"_s;
    company.vatNumber = u"BE0123456749"_s;
    company.countryCode = u"BE"_s;
    company.plan = plan;
    company.hasKbcCurrentAccount = kbcAccount;
    return company;
}

const User administrator {u"u-admin"_s, u"Sofie Verhulst"_s, true};
const User clerk {u"u-clerk"_s, u"Jonas De Smet"_s, false};

// The status the application works out, from the same rules.
IntegrationStatus statusOf(const Company &company, const User &user, bool added,
                           const QDateTime &until = {})
{
    IntegrationStatus status;
    status.availability = IntegrationRules::availability(company);
    status.canManage = IntegrationRules::canManage(user);
    status.added = added;
    status.authorizedUntil = until;
    status.authorization = Authorization::state(until, now);
    status.daysLeft = Authorization::daysLeft(until, now);
    return status;
}

} // namespace

// The Integrations page: what it lists, what each user may do, and what it announces.
class TestIntegrationsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void regularUserCannotAdd();
    void administratorCanAdd();
    void regularUserCannotRemove();
    void administratorCanRemove();
    void notListedOutsideBelgium();
    void unavailableShowsTheReason_data();
    void unavailableShowsTheReason();
    void authorizationState_data();
    void authorizationState();
    void authorizeEmitsIntent();
    void sessionOnlyIsSaid();
    void controlsHaveAccessibleNames();

private:
    template<typename T = QLabel>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1StringView(name));
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }

    // English needs its plural forms: "1 day", "7 days".
    QTranslator m_english;
    std::unique_ptr<IntegrationsPage> m_page;
};

void TestIntegrationsPage::initTestCase()
{
    QVERIFY(
        m_english.load(ProductTranslations::baseName(u"en"_s), ProductTranslations::directory()));
    QCoreApplication::installTranslator(&m_english);
}

void TestIntegrationsPage::init()
{
    m_page = std::make_unique<IntegrationsPage>();
    m_page->setNumberLocale(englishBelgium());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestIntegrationsPage::cleanup()
{
    m_page.reset();
}

void TestIntegrationsPage::regularUserCannotAdd()
{
    m_page->setStatus(statusOf(belgianCompany(), clerk, false));
    QPushButton *add = button("addIntegrationButton");
    QVERIFY(add->isVisible());
    QVERIFY(!add->isEnabled());
    const QString reason = u"Only an administrator can add or remove integrations."_s;
    QCOMPARE(add->toolTip(), reason);
    QVERIFY(child("adminOnlyLabel")->isVisible());
    QCOMPARE(child("adminOnlyLabel")->text(), reason);

    QSignalSpy added(m_page.get(), &IntegrationsPage::addWanted);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(added.count(), 0);
}

void TestIntegrationsPage::administratorCanAdd()
{
    m_page->setStatus(statusOf(belgianCompany(), administrator, false));
    QPushButton *add = button("addIntegrationButton");
    QVERIFY(add->isVisible());
    QVERIFY(add->isEnabled());
    QVERIFY(!child("adminOnlyLabel")->isVisible());
    QVERIFY(!button("removeIntegrationButton")->isVisible());
    QVERIFY(!button("authorizeButton")->isVisible());
    QCOMPARE(child("availabilityLabel")->text(), u"Available for your company"_s);

    QSignalSpy added(m_page.get(), &IntegrationsPage::addWanted);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(added.count(), 1);
}

void TestIntegrationsPage::regularUserCannotRemove()
{
    m_page->setStatus(statusOf(belgianCompany(), clerk, true, now.addDays(30)));
    QPushButton *remove = button("removeIntegrationButton");
    QVERIFY(remove->isVisible());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!button("addIntegrationButton")->isVisible());
    QVERIFY(child("adminOnlyLabel")->isVisible());
    QSignalSpy removed(m_page.get(), &IntegrationsPage::removeWanted);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(removed.count(), 0);
}

void TestIntegrationsPage::administratorCanRemove()
{
    m_page->setStatus(statusOf(belgianCompany(), administrator, true, now.addDays(30)));
    QPushButton *remove = button("removeIntegrationButton");
    QVERIFY(remove->isEnabled());
    QSignalSpy removed(m_page.get(), &IntegrationsPage::removeWanted);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
}

void TestIntegrationsPage::notListedOutsideBelgium()
{
    Company dutch = belgianCompany();
    dutch.countryCode = u"NL"_s;
    m_page->setStatus(statusOf(dutch, administrator, false));
    QVERIFY(!child<QWidget>("kbcIntegrationCard")->isVisible());
    QVERIFY(!button("addIntegrationButton")->isVisible());
    QVERIFY(child("notOfferedLabel")->isVisible());
    QCOMPARE(child("notOfferedLabel")->text(),
             u"No integrations are offered for companies outside Belgium."_s);
}

void TestIntegrationsPage::unavailableShowsTheReason_data()
{
    QTest::addColumn<Company>("company");
    QTest::addColumn<IntegrationAvailability>("availability");
    QTest::newRow("go plan") << belgianCompany(PricePlan::Go) << IntegrationAvailability::GoPlan;
    QTest::newRow("no KBC account")
        << belgianCompany(PricePlan::Boost, false) << IntegrationAvailability::NoKbcAccount;
}

void TestIntegrationsPage::unavailableShowsTheReason()
{
    QFETCH(Company, company);
    QFETCH(IntegrationAvailability, availability);
    m_page->setStatus(statusOf(company, administrator, false));
    QVERIFY(child<QWidget>("kbcIntegrationCard")->isVisible());
    QLabel *label = child("availabilityLabel");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), IntegrationRules::reasonText(availability));
    QVERIFY(!label->text().isEmpty());
    QVERIFY(!button("addIntegrationButton")->isEnabled());
    QCOMPARE(button("addIntegrationButton")->toolTip(), IntegrationRules::reasonText(availability));
}

void TestIntegrationsPage::authorizationState_data()
{
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("button");
    QTest::newRow("never") << QDateTime()
                           << u"Not authorized yet: authorize it in KBC Sign before KBC can "
                              "finance invoices."_s
                           << u"Authorize in KBC &Sign"_s;
    QTest::newRow("valid") << now.addDays(30)
                           << u"Authorized in KBC Sign, valid until "
                              "11/04/2026."_s
                           << u"Re&new authorization"_s;
    QTest::newRow("expires in 7 days")
        << now.addDays(7)
        << u"The authorization expires in 7 days, on 19/03/2026. Renew it to keep financing "
           "invoices."_s
        << u"Re&new authorization"_s;
    QTest::newRow("expires tomorrow")
        << now.addDays(1)
        << u"The authorization expires in 1 day, on 13/03/2026. Renew it to keep financing "
           "invoices."_s
        << u"Re&new authorization"_s;
    QTest::newRow("expired") << now
                             << u"The authorization expired on 12/03/2026. Renew it before you "
                                "finance an invoice."_s
                             << u"Re&new authorization"_s;
}

void TestIntegrationsPage::authorizationState()
{
    QFETCH(QDateTime, until);
    QFETCH(QString, text);
    QFETCH(QString, button);
    m_page->setStatus(statusOf(belgianCompany(), clerk, true, until));
    QCOMPARE(child("authorizationLabel")->text(), text);
    QPushButton *authorize = this->button("authorizeButton");
    QCOMPARE(authorize->text(), button);
    // Anyone who can sign for the company may renew: only adding and removing are reserved.
    QVERIFY(authorize->isEnabled());
}

void TestIntegrationsPage::authorizeEmitsIntent()
{
    m_page->setStatus(statusOf(belgianCompany(), administrator, true));
    QSignalSpy authorize(m_page.get(), &IntegrationsPage::authorizeWanted);
    QTest::mouseClick(button("authorizeButton"), Qt::LeftButton);
    QCOMPARE(authorize.count(), 1);

    // While the bank is asked, nothing else can be started.
    IntegrationStatus busy = statusOf(belgianCompany(), administrator, true);
    busy.busy = true;
    m_page->setStatus(busy);
    QVERIFY(!button("authorizeButton")->isEnabled());
    QVERIFY(!button("removeIntegrationButton")->isEnabled());
}

void TestIntegrationsPage::sessionOnlyIsSaid()
{
    IntegrationStatus status = statusOf(belgianCompany(), administrator, true, now.addDays(60));
    m_page->setStatus(status);
    QVERIFY(!child("sessionOnlyLabel")->isVisible());
    status.sessionOnly = true;
    m_page->setStatus(status);
    QVERIFY(child("sessionOnlyLabel")->isVisible());
    QCOMPARE(child("sessionOnlyLabel")->text(),
             u"No keychain is available: the authorization is kept until you close the "
             "application."_s);
}

void TestIntegrationsPage::controlsHaveAccessibleNames()
{
    m_page->setStatus(statusOf(belgianCompany(), administrator, true));
    for (const char *name :
         {"addIntegrationButton", "removeIntegrationButton", "authorizeButton", "availabilityLabel",
          "authorizationLabel", "adminOnlyLabel", "kbcIntegrationCard"}) {
        QWidget *widget = m_page->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    saveScreenshot(*m_page, u"integrations-page"_s);
}

QTEST_MAIN(TestIntegrationsPage)
#include "tst_integrationspage.moc"
