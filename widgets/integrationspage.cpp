#include "integrationspage.h"

#include "moneyformat.h"
#include "widgetparts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void setSentence(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

IntegrationsPage::IntegrationsPage(QWidget *parent)
    : QDialog(parent)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
{
    setObjectName(QStringLiteral("integrationsPage"));
    m_titleLabel = WidgetParts::wrappingLabel(this, "integrationsTitle", 1.3, true);
    m_notOfferedLabel = WidgetParts::wrappingLabel(this, "notOfferedLabel");

    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("kbcIntegrationCard"));
    m_card->setStyleSheet(QStringLiteral("QFrame#kbcIntegrationCard { background: palette(base); "
                                         "border: 1px solid palette(mid); border-radius: 6px; }"));
    m_nameLabel = WidgetParts::wrappingLabel(m_card, "integrationNameLabel", 1.15, true);
    m_descriptionLabel = WidgetParts::wrappingLabel(m_card, "integrationDescriptionLabel");
    m_availabilityLabel = WidgetParts::wrappingLabel(m_card, "availabilityLabel", 1.0, true);
    m_authorizationLabel = WidgetParts::wrappingLabel(m_card, "authorizationLabel");
    m_sessionOnlyLabel = WidgetParts::wrappingLabel(m_card, "sessionOnlyLabel");
    m_sessionOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4300; }"));
    m_problemLabel = WidgetParts::wrappingLabel(m_card, "integrationProblemLabel");
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; }"));
    m_adminOnlyLabel = WidgetParts::wrappingLabel(m_card, "adminOnlyLabel");
    m_adminOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    m_addButton = WidgetParts::button(m_card, "addIntegrationButton");
    m_removeButton = WidgetParts::button(m_card, "removeIntegrationButton");
    m_authorizeButton = WidgetParts::button(m_card, "authorizeButton");

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_authorizeButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(16, 12, 16, 14);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(m_nameLabel);
    cardLayout->addWidget(m_descriptionLabel);
    cardLayout->addWidget(m_availabilityLabel);
    cardLayout->addWidget(m_authorizationLabel);
    cardLayout->addWidget(m_sessionOnlyLabel);
    cardLayout->addWidget(m_problemLabel);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_adminOnlyLabel);

    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = closeBox->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_notOfferedLabel);
    layout->addWidget(m_card);
    layout->addStretch(1);
    layout->addWidget(closeBox);

    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &IntegrationsPage::addWanted);
    connect(m_removeButton, &QPushButton::clicked, this, &IntegrationsPage::removeWanted);
    connect(m_authorizeButton, &QPushButton::clicked, this, &IntegrationsPage::authorizeWanted);

    setMinimumWidth(560);
    retranslate();
}

void IntegrationsPage::setStatus(const IntegrationStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

void IntegrationsPage::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    refresh();
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IntegrationsPage::retranslate()
{
    //: Window title of the page that lists the services connected to the company
    setWindowTitle(tr("Integrations"));
    m_titleLabel->setText(tr("Integrations"));
    setSentence(m_notOfferedLabel,
                tr("No integrations are offered for companies outside Belgium."));
    //: Product name, normally left as it is
    m_nameLabel->setText(tr("KBC On Demand Financing"));
    m_card->setAccessibleName(tr("KBC On Demand Financing"));
    m_descriptionLabel->setText(tr("KBC buys the invoices you choose and pays you the amount "
                                   "minus a fee on the next working day."));
    m_availabilityLabel->setAccessibleName(tr("Availability"));
    m_authorizationLabel->setAccessibleName(tr("Authorization in KBC Sign"));
    m_sessionOnlyLabel->setAccessibleName(tr("Where the authorization is kept"));
    m_problemLabel->setAccessibleName(tr("Problem with KBC"));
    m_adminOnlyLabel->setAccessibleName(tr("Why you cannot add or remove integrations"));
    //: Button: add the integration to the company
    m_addButton->setText(tr("&Add"));
    m_addButton->setAccessibleName(tr("Add KBC On Demand Financing"));
    //: Button: remove the integration from the company
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleName(tr("Remove KBC On Demand Financing"));
    m_closeButton->setText(tr("&Close"));
    refresh();
}

void IntegrationsPage::refresh()
{
    const IntegrationStatus &status = m_status;
    const bool offered = status.availability != IntegrationAvailability::NotOffered;
    const bool available = status.availability == IntegrationAvailability::Available;
    m_notOfferedLabel->setVisible(!offered);
    m_card->setVisible(offered);

    QString availability;
    if (!available)
        availability = IntegrationRules::reasonText(status.availability);
    else if (status.added)
        //: Availability of the integration: it is part of the company's setup
        availability = tr("Added to your company");
    else
        availability = tr("Available for your company");
    setSentence(m_availabilityLabel, availability);
    m_availabilityLabel->setStyleSheet(available ? QStringLiteral("QLabel { color: #1b5e20; }")
                                                 : QStringLiteral("QLabel { color: #9f1c1c; }"));

    const bool showAuthorization = status.added && available;
    setSentence(m_authorizationLabel, showAuthorization ? authorizationText() : QString());
    const bool warn = status.authorization == Authorization::State::ExpiringSoon
        || status.authorization == Authorization::State::Expired;
    m_authorizationLabel->setStyleSheet(warn ? QStringLiteral("QLabel { color: #9f1c1c; }")
                                             : QString());
    setSentence(m_sessionOnlyLabel,
                status.sessionOnly && showAuthorization
                    ? tr("No keychain is available: the authorization is kept until you close "
                         "the application.")
                    : QString());
    setSentence(m_problemLabel, status.problem);

    m_addButton->setVisible(!status.added);
    m_addButton->setEnabled(status.canManage && available && !status.busy);
    m_removeButton->setVisible(status.added);
    m_removeButton->setEnabled(status.canManage && !status.busy);
    const QString adminOnly = tr("Only an administrator can add or remove integrations.");
    if (!status.canManage) {
        m_addButton->setToolTip(adminOnly);
        m_removeButton->setToolTip(adminOnly);
    } else if (!available) {
        m_addButton->setToolTip(availability);
        m_removeButton->setToolTip(QString());
    } else {
        m_addButton->setToolTip(tr("Add KBC On Demand Financing to your company"));
        m_removeButton->setToolTip(tr("Remove KBC On Demand Financing and withdraw its "
                                      "authorization"));
    }
    setSentence(m_adminOnlyLabel, status.canManage ? QString() : adminOnly);

    m_authorizeButton->setVisible(showAuthorization);
    m_authorizeButton->setEnabled(!status.busy);
    if (status.authorization == Authorization::State::Missing) {
        m_authorizeButton->setText(tr("Authorize in KBC &Sign"));
        m_authorizeButton->setAccessibleName(tr("Authorize in KBC Sign"));
    } else {
        m_authorizeButton->setText(tr("Re&new authorization"));
        m_authorizeButton->setAccessibleName(tr("Renew authorization"));
    }
    m_authorizeButton->setToolTip(
        tr("Allow KBC On Demand Financing to access your KBC business account for %n day(s)",
           nullptr, Authorization::validityDays));
}

QString IntegrationsPage::authorizationText() const
{
    const QString until =
        MoneyFormat::formatDate(m_status.authorizedUntil.toLocalTime().date(), m_locale);
    switch (m_status.authorization) {
    case Authorization::State::Missing:
        return tr("Not authorized yet: authorize it in KBC Sign before KBC can finance "
                  "invoices.");
    case Authorization::State::Valid:
        //: %1 is a date
        return tr("Authorized in KBC Sign, valid until %1.").arg(until);
    case Authorization::State::ExpiringSoon:
        //: %1 is a date
        return tr("The authorization expires in %n day(s), on %1. Renew it to keep financing "
                  "invoices.",
                  nullptr, m_status.daysLeft)
            .arg(until);
    case Authorization::State::Expired:
        //: %1 is a date
        return tr("The authorization expired on %1. Renew it before you finance an invoice.")
            .arg(until);
    }
    return {};
}
