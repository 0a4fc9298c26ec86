#include "companyprofiledialog.h"

#include "integration.h"
#include "vatnumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The countries offered, Belgium first: the integration is for Belgian companies, the others
// are its neighbours.
const QStringList countryCodes {QStringLiteral("BE"), QStringLiteral("NL"), QStringLiteral("FR"),
                                QStringLiteral("DE"), QStringLiteral("LU")};

const QList<PricePlan> plans {PricePlan::Go, PricePlan::Move, PricePlan::Boost};

} // namespace

CompanyProfileDialog::CompanyProfileDialog(const Company &company, bool canEdit, QWidget *parent)
    : QDialog(parent)
    , m_company(company)
    , m_canEdit(canEdit)
{
    setObjectName(QStringLiteral("companyProfileDialog"));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));

    m_nameCaption = new QLabel(this);
    m_nameEdit = new QLineEdit(company.name, this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_countryCaption = new QLabel(this);
    m_countryCombo = new QComboBox(this);
    m_countryCombo->setObjectName(QStringLiteral("countryCombo"));
    m_vatCaption = new QLabel(this);
    m_vatEdit = new QLineEdit(company.vatNumber, this);
    m_vatEdit->setObjectName(QStringLiteral("vatNumberEdit"));
    m_planCaption = new QLabel(this);
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    for (const PricePlan plan : plans)
        m_planCombo->addItem(IntegrationRules::planName(plan), int(plan));
    m_planCombo->setCurrentIndex(int(plans.indexOf(company.plan)));
    m_kbcAccountCheck = new QCheckBox(this);
    m_kbcAccountCheck->setObjectName(QStringLiteral("kbcAccountCheck"));
    m_kbcAccountCheck->setChecked(company.hasKbcCurrentAccount);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("profileErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; }"));
    m_errorLabel->setVisible(false);
    fillCountries();

    for (const auto &[caption, field] :
         {std::pair<QLabel *, QWidget *> {m_nameCaption, m_nameEdit},
          std::pair<QLabel *, QWidget *> {m_countryCaption, m_countryCombo},
          std::pair<QLabel *, QWidget *> {m_vatCaption, m_vatEdit},
          std::pair<QLabel *, QWidget *> {m_planCaption, m_planCombo}}) {
        caption->setBuddy(field);
    }
    auto *form = new QFormLayout;
    form->addRow(m_nameCaption, m_nameEdit);
    form->addRow(m_countryCaption, m_countryCombo);
    form->addRow(m_vatCaption, m_vatEdit);
    form->addRow(m_planCaption, m_planCombo);
    form->addRow(QString(), m_kbcAccountCheck);

    m_buttons = new QDialogButtonBox(
        canEdit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("profileButtons"));
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setObjectName(QStringLiteral("okButton"));
    setCanEdit(canEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_readOnlyLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompanyProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    retranslate();
}

void CompanyProfileDialog::fillCountries()
{
    const QString current = m_countryCombo->currentIndex() >= 0
        ? m_countryCombo->currentData().toString()
        : m_company.countryCode.toUpper();
    QStringList codes = countryCodes;
    if (!current.isEmpty() && !codes.contains(current))
        codes.append(current);
    m_countryCombo->clear();
    for (const QString &code : codes) {
        QString name;
        if (code == u"BE")
            name = tr("Belgium");
        else if (code == u"NL")
            name = tr("Netherlands");
        else if (code == u"FR")
            name = tr("France");
        else if (code == u"DE")
            name = tr("Germany");
        else if (code == u"LU")
            name = tr("Luxembourg");
        //: A country in the list: %1 is its name, %2 its two-letter code
        m_countryCombo->addItem(name.isEmpty() ? code : tr("%1 (%2)").arg(name, code), code);
    }
    m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(current)));
}

Company CompanyProfileDialog::entered() const
{
    Company company = m_company;
    company.name = m_nameEdit->text().trimmed();
    company.countryCode = m_countryCombo->currentData().toString();
    company.vatNumber = m_vatEdit->text().trimmed();
    if (company.countryCode == u"BE") {
        const QString normalized = VatNumber::normalizedBelgian(company.vatNumber);
        if (!normalized.isEmpty())
            company.vatNumber = normalized;
    }
    company.plan = PricePlan(m_planCombo->currentData().toInt());
    company.hasKbcCurrentAccount = m_kbcAccountCheck->isChecked();
    return company;
}

QString CompanyProfileDialog::problem() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Company name: enter the name of your company.");
    const QString vat = m_vatEdit->text().trimmed();
    if (m_countryCombo->currentData().toString() == u"BE" && !VatNumber::isValidBelgian(vat)) {
        if (vat.isEmpty())
            return tr("VAT number: enter the VAT number of your company, e.g. BE 0123.456.749.");
        //: %1 is the VAT number as typed
        return tr("VAT number: \"%1\" is not a valid Belgian VAT number. It is BE followed by "
                  "ten digits, e.g. BE 0123.456.749.")
            .arg(vat);
    }
    return {};
}

void CompanyProfileDialog::setCanEdit(bool canEdit)
{
    m_canEdit = canEdit;
    m_readOnlyLabel->setVisible(!canEdit);
    m_nameEdit->setReadOnly(!canEdit);
    m_vatEdit->setReadOnly(!canEdit);
    m_countryCombo->setEnabled(canEdit);
    m_planCombo->setEnabled(canEdit);
    m_kbcAccountCheck->setEnabled(canEdit);
    if (canEdit && !m_buttons->button(QDialogButtonBox::Ok)) {
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    }
    // Turned read-only while open, OK stays in its place but disabled: what was typed is
    // visibly not kept, and Cancel closes the dialog.
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(canEdit);
}

void CompanyProfileDialog::accept()
{
    if (!m_canEdit) {
        reject();
        return;
    }
    const QString problem = this->problem();
    m_errorLabel->setText(problem);
    m_errorLabel->setAccessibleDescription(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        // The field at fault: the name is checked first.
        if (m_nameEdit->text().trimmed().isEmpty())
            m_nameEdit->setFocus();
        else
            m_vatEdit->setFocus();
        return;
    }
    m_company = entered();
    QDialog::accept();
}

void CompanyProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompanyProfileDialog::retranslate()
{
    setWindowTitle(tr("Company profile"));
    m_readOnlyLabel->setText(tr("Only an administrator can change the company profile."));
    m_nameCaption->setText(tr("Company &name:"));
    m_nameEdit->setAccessibleName(tr("Company name"));
    m_countryCaption->setText(tr("&Country:"));
    m_countryCombo->setAccessibleName(tr("Country"));
    m_vatCaption->setText(tr("&VAT number:"));
    m_vatEdit->setAccessibleName(tr("VAT number"));
    m_vatEdit->setPlaceholderText(tr("BE 0123.456.749"));
    //: The company's price plan with KBC (Go, Move or Boost)
    m_planCaption->setText(tr("Price &plan:"));
    m_planCombo->setAccessibleName(tr("Price plan"));
    m_kbcAccountCheck->setText(tr("Has a &KBC business current account"));
    m_errorLabel->setAccessibleName(tr("Problem with the profile"));
    fillCountries();
}
