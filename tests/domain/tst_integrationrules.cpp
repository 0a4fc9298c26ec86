#include "integration.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PricePlan)
Q_DECLARE_METATYPE(IntegrationAvailability)

namespace {

QString roleName(bool administrator)
{
    return administrator ? u"administrator"_s : u"regular"_s;
}

} // namespace

// The account-level conditions of the integration: which companies it is offered to, when it
// is unavailable and why, and who may add or remove it.
class TestIntegrationRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCombination_data();
    void everyCombination();
    void countrySpelling_data();
    void countrySpelling();
    void reasonText_data();
    void reasonText();
    void planName_data();
    void planName();
};

// Every country, plan, account and role. The expectations are written out per Belgian plan
// and account rather than derived, so that the table states the rules on its own.
void TestIntegrationRules::everyCombination_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<PricePlan>("plan");
    QTest::addColumn<bool>("kbcAccount");
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<IntegrationAvailability>("availability");
    QTest::addColumn<bool>("canManage");

    using A = IntegrationAvailability;
    struct Belgian
    {
        PricePlan plan;
        bool kbcAccount;
        A availability;
    };
    const Belgian belgian[] = {
        {PricePlan::Go, true, A::GoPlan}, // the plan is checked before the account
        {PricePlan::Go, false, A::GoPlan},          {PricePlan::Move, true, A::Available},
        {PricePlan::Move, false, A::NoKbcAccount},  {PricePlan::Boost, true, A::Available},
        {PricePlan::Boost, false, A::NoKbcAccount},
    };
    // Outside Belgium nothing else matters: the integration is not offered.
    const QString countries[] = {u"BE"_s, u"NL"_s, u"FR"_s, QString()};

    int rows = 0;
    for (const QString &country : countries) {
        for (const Belgian &combination : belgian) {
            for (const bool administrator : {true, false}) {
                const A expected = country == u"BE"_s ? combination.availability : A::NotOffered;
                const QString name = u"%1 %2 %3 %4"_s.arg(
                    country.isEmpty() ? u"no-country"_s : country,
                    IntegrationRules::planName(combination.plan),
                    combination.kbcAccount ? u"kbc-account"_s : u"no-kbc-account"_s,
                    roleName(administrator));
                QTest::newRow(qPrintable(name))
                    << country << combination.plan << combination.kbcAccount << administrator
                    << expected << administrator;
                ++rows;
            }
        }
    }
    QCOMPARE(rows, 4 * 3 * 2 * 2);
}

void TestIntegrationRules::everyCombination()
{
    QFETCH(QString, country);
    QFETCH(PricePlan, plan);
    QFETCH(bool, kbcAccount);
    QFETCH(bool, administrator);
    QFETCH(IntegrationAvailability, availability);
    QFETCH(bool, canManage);

    Company company;
    company.name = u"Lindeboom Interieur BV"_s;
    company.vatNumber = u"BE0723134802"_s;
    company.countryCode = country;
    company.plan = plan;
    company.hasKbcCurrentAccount = kbcAccount;
    const User user {u"u-1"_s, u"Sofie Verhulst"_s, administrator};

    QCOMPARE(IntegrationRules::availability(company), availability);
    QCOMPARE(IntegrationRules::canManage(user), canManage);
    // A reason is given exactly when the integration is not available.
    QCOMPARE(IntegrationRules::reasonText(IntegrationRules::availability(company)).isEmpty(),
             availability == IntegrationAvailability::Available);
}

void TestIntegrationRules::countrySpelling_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<IntegrationAvailability>("availability");

    QTest::newRow("upper case") << u"BE"_s << IntegrationAvailability::Available;
    QTest::newRow("lower case") << u"be"_s << IntegrationAvailability::Available;
    QTest::newRow("surrounding spaces") << u" BE "_s << IntegrationAvailability::Available;
    QTest::newRow("white space only") << u"  "_s << IntegrationAvailability::NotOffered;
    QTest::newRow("Belgium spelled out") << u"Belgium"_s << IntegrationAvailability::NotOffered;
    QTest::newRow("three letters") << u"BEL"_s << IntegrationAvailability::NotOffered;
    QTest::newRow("Luxembourg") << u"LU"_s << IntegrationAvailability::NotOffered;
}

void TestIntegrationRules::countrySpelling()
{
    QFETCH(QString, country);
    QFETCH(IntegrationAvailability, availability);
    Company company;
    company.countryCode = country;
    QCOMPARE(IntegrationRules::availability(company), availability);
}

void TestIntegrationRules::reasonText_data()
{
    QTest::addColumn<IntegrationAvailability>("availability");
    QTest::addColumn<QString>("text");

    QTest::newRow("not offered")
        << IntegrationAvailability::NotOffered
        << u"KBC On Demand Financing is offered only to companies registered in Belgium."_s;
    QTest::newRow("Go plan") << IntegrationAvailability::GoPlan
                             << u"KBC On Demand Financing is part of the Move and Boost plans; "
                                u"this company is on the Go plan."_s;
    QTest::newRow("no KBC account")
        << IntegrationAvailability::NoKbcAccount
        << u"KBC On Demand Financing pays out to a KBC business current account; this company "
           u"has none. Open one at KBC first."_s;
    QTest::newRow("available") << IntegrationAvailability::Available << QString();
}

void TestIntegrationRules::reasonText()
{
    QFETCH(IntegrationAvailability, availability);
    QFETCH(QString, text);
    QCOMPARE(IntegrationRules::reasonText(availability), text);
}

void TestIntegrationRules::planName_data()
{
    QTest::addColumn<PricePlan>("plan");
    QTest::addColumn<QString>("name");

    QTest::newRow("Go") << PricePlan::Go << u"Go"_s;
    QTest::newRow("Move") << PricePlan::Move << u"Move"_s;
    QTest::newRow("Boost") << PricePlan::Boost << u"Boost"_s;
    QTest::newRow("out of range") << PricePlan(7) << QString();
}

void TestIntegrationRules::planName()
{
    QFETCH(PricePlan, plan);
    QFETCH(QString, name);
    QCOMPARE(IntegrationRules::planName(plan), name);
}

QTEST_GUILESS_MAIN(TestIntegrationRules)

#include "tst_integrationrules.moc"
