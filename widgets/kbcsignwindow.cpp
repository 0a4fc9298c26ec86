#include "kbcsignwindow.h"

#include "clock.h"
#include "moneyformat.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Often enough that the seconds never visibly skip; the text is computed from the clock, so
// a late tick only delays it.
constexpr int refreshIntervalMilliseconds = 250;

// The app keeps its own light colours whatever the desktop's theme, as the phone app would,
// so every colour is given, not taken from the palette.
const QString windowStyle = QStringLiteral(
    "QDialog#kbcSignWindow { background: #f3f5f8; }"
    "QFrame#signHeader { background: #003366; }"
    "QLabel { color: #1d1d1b; }"
    "QLabel#signAppTitle { color: #ffffff; }"
    "QLabel#signAppSubtitle { color: #d3e2f2; }"
    "QLabel[signCaption=\"true\"] { color: #5c6670; }"
    "QFrame#signAmountCard { background: #ffffff; border: 1px solid #d5dde6; "
    "border-radius: 10px; }"
    "QLabel#signPayoutLabel { color: #003366; }"
    "QPushButton { border-radius: 8px; padding: 10px 16px; font-weight: bold; }"
    "QPushButton:focus { border: 2px solid #f2a900; }"
    "QPushButton#signConfirmButton { background: #005ba8; color: #ffffff; "
    "border: 1px solid #004a8a; }"
    "QPushButton#signConfirmButton:hover { background: #0a6cc2; }"
    "QPushButton#signConfirmButton:disabled { background: #c9d1d9; color: #5f6a75; "
    "border: 1px solid #c9d1d9; }"
    "QPushButton#signDeclineButton { background: #ffffff; color: #003366; "
    "border: 1px solid #003366; }"
    "QPushButton#signDeclineButton:hover { background: #eaf1f8; }"
    "QPushButton#signDeclineButton:disabled { color: #8a949e; border: 1px solid #c9d1d9; }");

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

QLabel *makeCaption(QWidget *parent, const char *objectName)
{
    QLabel *caption = makeLabel(parent, objectName, 0.9);
    caption->setProperty("signCaption", true);
    return caption;
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

// A value keeps its caption as accessible name and its text as description, so that a
// screen reader says "Customer, Bakkerij Wouters".
void showValue(QLabel *caption, QLabel *value, const QString &text)
{
    value->setText(text);
    value->setAccessibleName(caption->text());
    value->setAccessibleDescription(text);
}

// "5:42"; "1:05:42" from an hour on, which the signing window never reaches.
QString clockText(qint64 seconds)
{
    const QLatin1Char zero('0');
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

} // namespace

KbcSignWindow::KbcSignWindow(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kbcSignWindow"));
    setModal(false);
    setStyleSheet(windowStyle);
    buildHeader();

    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("signBody"));
    m_companyCaption = makeCaption(body, "signCompanyCaption");
    m_companyLabel = makeLabel(body, "signCompanyLabel", 1.1, true);
    m_invoiceCaption = makeCaption(body, "signInvoiceCaption");
    m_invoiceLabel = makeLabel(body, "signInvoiceLabel", 1.0, true);
    m_customerCaption = makeCaption(body, "signCustomerCaption");
    m_customerLabel = makeLabel(body, "signCustomerLabel", 1.0, true);

    auto *details = new QVBoxLayout;
    details->setSpacing(2);
    for (const auto &[caption, value] : {std::pair {m_companyCaption, m_companyLabel},
                                         std::pair {m_invoiceCaption, m_invoiceLabel},
                                         std::pair {m_customerCaption, m_customerLabel}}) {
        details->addWidget(caption);
        details->addWidget(value);
        details->addSpacing(8);
    }

    auto *card = new QFrame(body);
    card->setObjectName(QStringLiteral("signAmountCard"));
    m_payoutCaption = makeCaption(card, "signPayoutCaption");
    m_payoutLabel = makeLabel(card, "signPayoutLabel", 1.9, true);
    m_costCaption = makeCaption(card, "signCostCaption");
    m_costLabel = makeLabel(card, "signCostLabel", 1.0, true);
    m_costLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_costCaption, 1);
    costRow->addWidget(m_costLabel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->setSpacing(2);
    cardLayout->addWidget(m_payoutCaption);
    cardLayout->addWidget(m_payoutLabel);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(costRow);

    m_timeLeftLabel = makeLabel(body, "signTimeLeftLabel", 1.3, true);
    m_timeLeftLabel->setAlignment(Qt::AlignCenter);
    m_confirmButton = makeButton(body, "signConfirmButton");
    m_declineButton = makeButton(body, "signDeclineButton");

    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(20, 18, 20, 20);
    bodyLayout->setSpacing(10);
    bodyLayout->addLayout(details);
    bodyLayout->addWidget(card);
    bodyLayout->addSpacing(10);
    bodyLayout->addWidget(m_timeLeftLabel);
    bodyLayout->addStretch(1);
    bodyLayout->addWidget(m_confirmButton);
    bodyLayout->addWidget(m_declineButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(body, 1);

    m_refreshTimer->setObjectName(QStringLiteral("signRefreshTimer"));
    m_refreshTimer->setInterval(refreshIntervalMilliseconds);
    connect(m_refreshTimer, &QTimer::timeout, this, &KbcSignWindow::refresh);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] { answer(Status::Confirmed); });
    connect(m_declineButton, &QPushButton::clicked, this, [this] { answer(Status::Declined); });

    resize(sizeHint());
    retranslate();
}

void KbcSignWindow::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("signHeader"));
    m_appTitleLabel = makeLabel(header, "signAppTitle", 1.7, true);
    m_appSubtitleLabel = makeLabel(header, "signAppSubtitle");
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(20, 22, 20, 18);
    layout->setSpacing(4);
    layout->addWidget(m_appTitleLabel);
    layout->addWidget(m_appSubtitleLabel);
    m_header = header;
}

void KbcSignWindow::setRequest(const KbcSignRequest &request)
{
    // The same request again keeps its window as it is, unless the answer given in it did not
    // reach the bank: then the invoice still awaits a signature and the user may answer again.
    if (request == m_request && (m_status == Status::Waiting || m_status == Status::Lapsed))
        return;
    m_request = request;
    m_status = Status::Waiting;
    showRequest();
    m_refreshTimer->start();
    refresh();
}

void KbcSignWindow::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    showRequest();
}

void KbcSignWindow::refresh()
{
    if (m_status == Status::Waiting && secondsLeft() == 0) {
        m_status = Status::Lapsed;
        m_refreshTimer->stop();
        showStatus();
        Q_EMIT lapsed();
        return;
    }
    showStatus();
}

QSize KbcSignWindow::sizeHint() const
{
    // The proportions of a phone.
    return QDialog::sizeHint().expandedTo(QSize(360, 560));
}

void KbcSignWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KbcSignWindow::retranslate()
{
    //: Window title: the name of KBC's signing app, normally left as it is
    setWindowTitle(tr("KBC Sign"));
    //: The name of KBC's signing app, normally left as it is
    m_appTitleLabel->setText(tr("KBC Sign"));
    m_appSubtitleLabel->setText(tr("Confirm the financing of an invoice"));
    //: Caption above the name of the business whose invoice is financed
    m_companyCaption->setText(tr("Financing for"));
    //: Caption above the invoice number
    m_invoiceCaption->setText(tr("Invoice"));
    m_customerCaption->setText(tr("Customer"));
    //: Caption of the amount KBC will pay out
    m_payoutCaption->setText(tr("KBC pays you"));
    m_costCaption->setText(tr("Financing cost"));
    //: Button: agree to the financing request in the signing app
    m_confirmButton->setText(tr("&Confirm"));
    m_confirmButton->setAccessibleName(tr("Confirm the financing request"));
    //: Button: refuse the financing request in the signing app
    m_declineButton->setText(tr("&Decline"));
    m_declineButton->setAccessibleName(tr("Decline the financing request"));
    showRequest();
}

void KbcSignWindow::showRequest()
{
    const bool known = m_status != Status::Empty;
    showValue(m_companyCaption, m_companyLabel, m_request.companyName);
    showValue(m_invoiceCaption, m_invoiceLabel, m_request.invoiceNumber);
    showValue(m_customerCaption, m_customerLabel, m_request.customerName);
    showValue(m_payoutCaption, m_payoutLabel,
              known ? MoneyFormat::format(m_request.payout, m_locale) : QString());
    showValue(m_costCaption, m_costLabel,
              known ? MoneyFormat::format(m_request.cost, m_locale) : QString());
    showStatus();
}

void KbcSignWindow::showStatus()
{
    QString text;
    const char *colour = "#003366";
    switch (m_status) {
    case Status::Empty:
        text = tr("No request to confirm");
        colour = "#5c6670";
        break;
    case Status::Waiting:
        //: %1 is the time left to confirm, in minutes and seconds: "5:42"
        text = tr("%1 left to confirm").arg(clockText(secondsLeft()));
        break;
    case Status::Confirmed:
        text = tr("Confirmed. KBC pays you on the next working day.");
        colour = "#1b5e20";
        break;
    case Status::Declined:
        text = tr("Declined. This invoice is not financed.");
        colour = "#3d3d3d";
        break;
    case Status::Lapsed:
        text = tr("This request has lapsed");
        colour = "#9f1c1c";
        break;
    }
    // Refreshed several times a second: restyle only when the colour changes.
    const QString style = QStringLiteral("QLabel { color: %1; }").arg(QLatin1StringView(colour));
    if (m_timeLeftLabel->styleSheet() != style)
        m_timeLeftLabel->setStyleSheet(style);
    if (m_timeLeftLabel->text() != text) {
        m_timeLeftLabel->setText(text);
        // The label itself is what a screen reader announces, so its name carries the time.
        m_timeLeftLabel->setAccessibleName(text);
    }
    const bool waiting = m_status == Status::Waiting;
    m_confirmButton->setEnabled(waiting);
    m_declineButton->setEnabled(waiting);
}

void KbcSignWindow::answer(Status status)
{
    // A click may arrive after the deadline but before the next tick: the clock decides.
    refresh();
    // A second click of a double click finds the request answered and does nothing.
    if (m_status != Status::Waiting)
        return;
    m_status = status;
    m_refreshTimer->stop();
    showStatus();
    if (status == Status::Confirmed)
        Q_EMIT confirmed();
    else
        Q_EMIT declined();
}

qint64 KbcSignWindow::secondsLeft() const
{
    // Rounded up: "0:00" would read as already lapsed while a fraction of a second is left.
    const qint64 milliseconds = m_clock.now().msecsTo(m_request.deadline);
    return milliseconds <= 0 ? 0 : (milliseconds + 999) / 1000;
}
