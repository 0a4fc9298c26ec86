#include "kbcauthorizewindow.h"

#include "integration.h"
#include "widgetparts.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KbcAuthorizeWindow::KbcAuthorizeWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("kbcAuthorizeWindow"));
    setModal(false);
    KbcSignLook::mark(this, "window");
    setStyleSheet(KbcSignLook::styleSheet());

    QWidget *header =
        KbcSignLook::header(this, "authorizeHeader", &m_appTitleLabel, &m_appSubtitleLabel,
                            "authorizeAppTitle", "authorizeAppSubtitle");

    auto *body = new QWidget(this);
    m_companyCaption = WidgetParts::wrappingLabel(body, "authorizeCompanyCaption", 0.9);
    KbcSignLook::mark(m_companyCaption, "caption");
    m_companyLabel = WidgetParts::wrappingLabel(body, "authorizeCompanyLabel", 1.1, true);
    m_vatLabel = WidgetParts::wrappingLabel(body, "authorizeVatLabel");
    KbcSignLook::mark(m_vatLabel, "caption");
    auto *card = new QFrame(body);
    card->setObjectName(QStringLiteral("authorizePermissionCard"));
    KbcSignLook::mark(card, "card");
    m_permissionLabel = WidgetParts::wrappingLabel(card, "authorizePermissionLabel", 1.1, true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->addWidget(m_permissionLabel);
    m_statusLabel = WidgetParts::wrappingLabel(body, "authorizeStatusLabel");
    KbcSignLook::mark(m_statusLabel, "problem");
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_confirmButton = KbcSignLook::button(body, "authorizeConfirmButton", "primary");
    m_cancelButton = KbcSignLook::button(body, "authorizeCancelButton", "secondary");

    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(20, 18, 20, 20);
    bodyLayout->setSpacing(6);
    bodyLayout->addWidget(m_companyCaption);
    bodyLayout->addWidget(m_companyLabel);
    bodyLayout->addWidget(m_vatLabel);
    bodyLayout->addSpacing(12);
    bodyLayout->addWidget(card);
    bodyLayout->addSpacing(8);
    bodyLayout->addWidget(m_statusLabel);
    bodyLayout->addStretch(1);
    bodyLayout->addWidget(m_confirmButton);
    bodyLayout->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(body, 1);

    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        if (m_working)
            return;
        setWorking(true);
        Q_EMIT confirmed();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    resize(QSize(360, 520).expandedTo(sizeHint()));
    retranslate();
    setWorking(false);
}

void KbcAuthorizeWindow::ask(const QString &companyName, const QString &vatNumber)
{
    m_companyLabel->setText(companyName);
    m_companyLabel->setAccessibleDescription(companyName);
    m_vatNumber = vatNumber;
    retranslate();
    m_statusLabel->clear();
    m_statusLabel->setVisible(false);
    setWorking(false);
}

void KbcAuthorizeWindow::finish()
{
    setWorking(false);
    accept();
}

void KbcAuthorizeWindow::showProblem(const QString &message)
{
    setWorking(false);
    m_statusLabel->setText(message);
    m_statusLabel->setAccessibleName(message);
    m_statusLabel->setVisible(!message.isEmpty());
}

void KbcAuthorizeWindow::setWorking(bool working)
{
    m_working = working;
    m_confirmButton->setEnabled(!working);
    if (working) {
        const QString text = tr("Asking KBC…");
        m_statusLabel->setText(text);
        m_statusLabel->setAccessibleName(text);
        m_statusLabel->setVisible(true);
    }
}

void KbcAuthorizeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KbcAuthorizeWindow::retranslate()
{
    //: Window title: the name of KBC's signing app, normally left as it is
    setWindowTitle(tr("KBC Sign"));
    //: The name of KBC's signing app, normally left as it is
    m_appTitleLabel->setText(tr("KBC Sign"));
    m_appSubtitleLabel->setText(tr("Authorize an application"));
    //: Caption above the name of the company that gives the authorization
    m_companyCaption->setText(tr("Company"));
    m_companyLabel->setAccessibleName(tr("Company"));
    //: %1 is the company's VAT number
    m_vatLabel->setText(tr("VAT number %1").arg(m_vatNumber));
    m_permissionLabel->setText(
        tr("Allow KBC On Demand Financing to access your KBC business account for %n day(s).",
           nullptr, Authorization::validityDays));
    m_permissionLabel->setAccessibleName(m_permissionLabel->text());
    //: Button: give the authorization in the signing app
    m_confirmButton->setText(tr("&Confirm"));
    m_confirmButton->setAccessibleName(tr("Confirm the authorization"));
    m_cancelButton->setText(tr("C&ancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the authorization"));
}
