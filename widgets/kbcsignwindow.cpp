#include "kbcsignwindow.h"

#include "clock.h"
#include "moneyformat.h"
#include "widgetparts.h"

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

QLabel *makeCaption(QWidget *parent, const char *objectName)
{
    QLabel *caption = WidgetParts::wrappingLabel(parent, objectName, 0.9);
    KbcSignLook::mark(caption, "caption");
    return caption;
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
    KbcSignLook::mark(this, "window");
    setStyleSheet(KbcSignLook::styleSheet());
    m_header = KbcSignLook::header(this, "signHeader", &m_appTitleLabel, &m_appSubtitleLabel,
                                   "signAppTitle", "signAppSubtitle");

    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("signBody"));
    m_companyCaption = makeCaption(body, "signCompanyCaption");
    m_companyLabel = WidgetParts::wrappingLabel(body, "signCompanyLabel", 1.1, true);
    m_invoiceCaption = makeCaption(body, "signInvoiceCaption");
    m_invoiceLabel = WidgetParts::wrappingLabel(body, "signInvoiceLabel", 1.0, true);
    m_customerCaption = makeCaption(body, "signCustomerCaption");
    m_customerLabel = WidgetParts::wrappingLabel(body, "signCustomerLabel", 1.0, true);

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
    KbcSignLook::mark(card, "card");
    m_payoutCaption = makeCaption(card, "signPayoutCaption");
    m_payoutLabel = WidgetParts::wrappingLabel(card, "signPayoutLabel", 1.9, true);
    KbcSignLook::mark(m_payoutLabel, "amount");
    m_costCaption = makeCaption(card, "signCostCaption");
    m_costLabel = WidgetParts::wrappingLabel(card, "signCostLabel", 1.0, true);
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

    m_timeLeftLabel = WidgetParts::wrappingLabel(body, "signTimeLeftLabel", 1.3, true);
    m_timeLeftLabel->setAlignment(Qt::AlignCenter);
    m_confirmButton = KbcSignLook::button(body, "signConfirmButton", "primary");
    m_declineButton = KbcSignLook::button(body, "signDeclineButton", "secondary");

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
