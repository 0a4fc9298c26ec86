#include "companyprofiledialog.h"
#include "widgetfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Company mertens()
{
    Company company;
    company.name = u"Atelier Mertens BV"_s;
    company.vatNumber = u"BE0123456749"_s;
    company.countryCode = u"BE"_s;
    company.email = u"info@mertens.example"_s;
    company.plan = PricePlan::Move;
    company.hasKbcCurrentAccount = true;
    return company;
}

} // namespace

// The company profile: edited by an administrator, read-only for anyone else, the VAT number
// checked for Belgian companies.
class TestCompanyProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheProfile();
    void countriesStartWithBelgium();
    void administratorEdits();
    void regularUserSeesItReadOnly();
    void turnsReadOnlyWhileOpen();
    void invalidVatNumberIsNamed_data();
    void invalidVatNumberIsNamed();
    void emptyNameIsNamed();
    void foreignVatNumberIsNotChecked();

private:
    template<typename T>
    static T *child(const QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1StringView(name));
    }
    static void clickOk(QDialog &dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    }
};

void TestCompanyProfileDialog::showsTheProfile()
{
    CompanyProfileDialog dialog(mertens(), true);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"Atelier Mertens BV"_s);
    QCOMPARE(child<QLineEdit>(dialog, "vatNumberEdit")->text(), u"BE0123456749"_s);
    QCOMPARE(child<QComboBox>(dialog, "countryCombo")->currentData().toString(), u"BE"_s);
    QCOMPARE(child<QComboBox>(dialog, "planCombo")->currentText(), u"Move"_s);
    QVERIFY(child<QCheckBox>(dialog, "kbcAccountCheck")->isChecked());
    QVERIFY(!child<QLabel>(dialog, "readOnlyLabel")->isVisibleTo(&dialog));
}

void TestCompanyProfileDialog::countriesStartWithBelgium()
{
    CompanyProfileDialog dialog(mertens(), true);
    auto *countries = child<QComboBox>(dialog, "countryCombo");
    QCOMPARE(countries->itemData(0).toString(), u"BE"_s);
    QCOMPARE(countries->itemText(0), u"Belgium (BE)"_s);
    QVERIFY(countries->count() >= 3);
    auto *plans = child<QComboBox>(dialog, "planCombo");
    QCOMPARE(plans->count(), 3);
    QCOMPARE(plans->itemText(0), u"Go"_s);
    QCOMPARE(plans->itemText(2), u"Boost"_s);
}

void TestCompanyProfileDialog::administratorEdits()
{
    CompanyProfileDialog dialog(mertens(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, u"Schrijnwerkerij Mertens"_s);
    auto *vat = child<QLineEdit>(dialog, "vatNumberEdit");
    vat->clear();
    QTest::keyClicks(vat, u"be 0403.170.701"_s);
    child<QComboBox>(dialog, "planCombo")->setCurrentIndex(0);
    QTest::mouseClick(child<QCheckBox>(dialog, "kbcAccountCheck"), Qt::LeftButton);
    clickOk(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Company company = dialog.company();
    QCOMPARE(company.name, u"Schrijnwerkerij Mertens"_s);
    QCOMPARE(company.vatNumber, u"BE0403170701"_s);
    QCOMPARE(company.plan, PricePlan::Go);
    QCOMPARE(company.hasKbcCurrentAccount, false);
    QCOMPARE(company.countryCode, u"BE"_s);
    QCOMPARE(company.email, u"info@mertens.example"_s);
}

void TestCompanyProfileDialog::regularUserSeesItReadOnly()
{
    CompanyProfileDialog dialog(mertens(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *why = child<QLabel>(dialog, "readOnlyLabel");
    QVERIFY(why->isVisible());
    QCOMPARE(why->text(), u"Only an administrator can change the company profile."_s);
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "vatNumberEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>(dialog, "countryCombo")->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, "planCombo")->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, "kbcAccountCheck")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "okButton"));
    QCOMPARE(dialog.company(), mertens());
}

// The user changes to a regular one while an administrator's dialog is open: the fields lock,
// the line says why, OK is disabled and nothing typed is kept; back to an administrator, the
// dialog can be edited again.
void TestCompanyProfileDialog::turnsReadOnlyWhileOpen()
{
    CompanyProfileDialog dialog(mertens(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(dialog, "nameEdit")->setText(u"Other"_s);
    dialog.setCanEdit(false);
    QVERIFY(!dialog.canEdit());
    QVERIFY(child<QLabel>(dialog, "readOnlyLabel")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>(dialog, "planCombo")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.company(), mertens());

    dialog.show();
    dialog.setCanEdit(true);
    QVERIFY(!child<QLabel>(dialog, "readOnlyLabel")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QVERIFY(child<QPushButton>(dialog, "okButton")->isEnabled());

    // Opened read-only by a regular user, then the administrator: OK comes.
    CompanyProfileDialog readOnly(mertens(), false);
    readOnly.setCanEdit(true);
    QVERIFY(child<QPushButton>(readOnly, "okButton"));
    QVERIFY(child<QPushButton>(readOnly, "okButton")->isEnabled());
}

void TestCompanyProfileDialog::invalidVatNumberIsNamed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong check digits")
        << u"BE0123456748"_s
        << u"VAT number: \"BE0123456748\" is not a valid Belgian VAT number. It is BE followed "
           "by ten digits, e.g. BE 0123.456.749."_s;
    QTest::newRow("too short") << u"BE123"_s
                               << u"VAT number: \"BE123\" is not a valid Belgian VAT number. It "
                                  "is BE followed by ten digits, e.g. BE 0123.456.749."_s;
    QTest::newRow("empty") << QString()
                           << u"VAT number: enter the VAT number of your company, e.g. "
                              "BE 0123.456.749."_s;
}

void TestCompanyProfileDialog::invalidVatNumberIsNamed()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    CompanyProfileDialog dialog(mertens(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *vat = child<QLineEdit>(dialog, "vatNumberEdit");
    vat->clear();
    QTest::keyClicks(vat, typed);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QLabel *error = child<QLabel>(dialog, "profileErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    QCOMPARE(dialog.company(), mertens());
}

void TestCompanyProfileDialog::emptyNameIsNamed()
{
    CompanyProfileDialog dialog(mertens(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(dialog, "nameEdit")->clear();
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLabel>(dialog, "profileErrorLabel")->text(),
             u"Company name: enter the name of your company."_s);
}

void TestCompanyProfileDialog::foreignVatNumberIsNotChecked()
{
    CompanyProfileDialog dialog(mertens(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *countries = child<QComboBox>(dialog, "countryCombo");
    countries->setCurrentIndex(countries->findData(u"NL"_s));
    auto *vat = child<QLineEdit>(dialog, "vatNumberEdit");
    vat->clear();
    QTest::keyClicks(vat, u"NL123456789B01"_s);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.company().countryCode, u"NL"_s);
    QCOMPARE(dialog.company().vatNumber, u"NL123456789B01"_s);
}

QTEST_MAIN(TestCompanyProfileDialog)
#include "tst_companyprofiledialog.moc"
