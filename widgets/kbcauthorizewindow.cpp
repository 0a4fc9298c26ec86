#include "kbcauthorizewindow.h"

#include "integration.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The look of KBC Sign (see KbcSignWindow): the phone app's own light colours whatever the
// desktop's theme.
const QString windowStyle = QStringLiteral(
    "QDialog#kbcAuthorizeWindow { background: #f3f5f8; }"
    "QFrame#authorizeHeader { background: #003366; }"
    "QLabel { color: #1d1d1b; }"
    "QLabel#authorizeAppTitle { color: #ffffff; }"
    "QLabel#authorizeAppSubtitle { color: #d3e2f2; }"
    "QLabel#authorizeCompanyCaption, QLabel#authorizeVatLabel { color: #5c6670; }"
    "QFrame#authorizePermissionCard { background: #ffffff; border: 1px solid #d5dde6; "
    "border-radius: 10px; }"
    "QLabel#authorizeStatusLabel { color: #9f1c1c; }"
    "QPushButton { border-radius: 8px; padding: 10px 16px; font-weight: bold; }"
    "QPushButton:focus { border: 2px solid #f2a900; }"
    "QPushButton#authorizeConfirmButton { background: #005ba8; color: #ffffff; "
    "border: 1px solid #004a8a; }"
    "QPushButton#authorizeConfirmButton:hover { background: #0a6cc2; }"
    "QPushButton#authorizeConfirmButton:disabled { background: #c9d1d9; color: #5f6a75; "
    "border: 1px solid #c9d1d9; }"
    "QPushButton#authorizeCancelButton { background: #ffffff; color: #003366; "
    "border: 1px solid #003366; }"
    "QPushButton#authorizeCancelButton:hover { background: #eaf1f8; }"
    "QPushButton#authorizeCancelButton:disabled { color: #8a949e; border: 1px solid #c9d1d9; }");

QLabel *makeLabel(QWidget *parent, const char *objectName, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (scale != 1.0 || bold) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        label->setFont(font);
    }
    return label;
}

QPushButton *makeButton(QWidget *parent, const char *objectName)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1StringView(objectName));
    // Enter must not answer the bank by accident: only a deliberate press does.
    button->setAutoDefault(false);
    button->setDefault(false);
    button->setMinimumHeight(button->fontMetrics().height() + 24);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

KbcAuthorizeWindow::KbcAuthorizeWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("kbcAuthorizeWindow"));
    setModal(false);
    setStyleSheet(windowStyle);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("authorizeHeader"));
    m_appTitleLabel = makeLabel(header, "authorizeAppTitle", 1.7, true);
    m_appSubtitleLabel = makeLabel(header, "authorizeAppSubtitle");
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(20, 22, 20, 18);
    headerLayout->setSpacing(4);
    headerLayout->addWidget(m_appTitleLabel);
    headerLayout->addWidget(m_appSubtitleLabel);

    auto *body = new QWidget(this);
    m_companyCaption = makeLabel(body, "authorizeCompanyCaption", 0.9);
    m_companyLabel = makeLabel(body, "authorizeCompanyLabel", 1.1, true);
    m_vatLabel = makeLabel(body, "authorizeVatLabel");
    auto *card = new QFrame(body);
    card->setObjectName(QStringLiteral("authorizePermissionCard"));
    m_permissionLabel = makeLabel(card, "authorizePermissionLabel", 1.1, true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->addWidget(m_permissionLabel);
    m_statusLabel = makeLabel(body, "authorizeStatusLabel");
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_confirmButton = makeButton(body, "authorizeConfirmButton");
    m_cancelButton = makeButton(body, "authorizeCancelButton");

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
