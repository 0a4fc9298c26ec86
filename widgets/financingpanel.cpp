#include "financingpanel.h"

#include "activitylist.h"
#include "banktransfertodo.h"
#include "dialogservice.h"
#include "financingdesk.h"
#include "financingfigures.h"
#include "financingtexts.h"
#include "invoicebook.h"
#include "moneyformat.h"
#include "reasonlist.h"
#include "statebadge.h"
#include "widgetparts.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *makeSentence(QWidget *parent, const char *objectName)
{
    QLabel *label = WidgetParts::label(parent, objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *makeButton(QWidget *parent, const char *objectName)
{
    QPushButton *button = WidgetParts::button(parent, objectName);
    button->setMinimumHeight(button->fontMetrics().height() + 16);
    return button;
}

// A label that shows a value keeps a fixed accessible name ("Financing state") and carries
// the value as its description as well, for screen readers.
void setValue(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleDescription(text);
}

// The one action the panel leads to stands out while it can be taken.
const QString primaryButtonStyle =
    QStringLiteral("QPushButton:enabled { background: #0a5aa5; color: white; font-weight: bold; "
                   "border: 1px solid #07447d; border-radius: 4px; padding: 5px 14px; } "
                   "QPushButton:enabled:hover { background: #0c68bd; } "
                   "QPushButton:enabled:focus { border: 2px solid #f2a900; }");

bool isUnderway(PanelState state)
{
    return state == PanelState::AwaitingSignature || state == PanelState::PayoutPending
        || state == PanelState::Financed || state == PanelState::Settled;
}

} // namespace

FinancingPanel::FinancingPanel(InvoiceBook &book, FinancingDesk &desk, DialogService &dialogs,
                               QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_desk(desk)
    , m_dialogs(dialogs)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
    , m_countdownTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("financingPanel"));
    // A card on the window's background, so the panel reads as one thing.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("panelCard"));
    card->setStyleSheet(QStringLiteral("QFrame#panelCard { background: palette(base); "
                                       "border: 1px solid palette(mid); border-radius: 6px; }"));
    m_titleLabel = WidgetParts::label(card, "panelTitle", 1.25, true);
    m_pages = new QStackedWidget(card);
    m_placeholderLabel = makeSentence(m_pages, "panelPlaceholderLabel");
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_placeholderLabel);
    m_contentPage = createContentPage();
    m_pages->addWidget(m_contentPage);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_titleLabel);
    cardLayout->addWidget(m_pages, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 12, 12, 12);
    layout->addWidget(card);

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &FinancingPanel::refresh);
    connect(&m_desk, &FinancingDesk::viewChanged, this, &FinancingPanel::onViewChanged);
    // A reset may take the invoice away; the desk only announces a new summary then.
    connect(&m_book, &InvoiceBook::wasReset, this, &FinancingPanel::refresh);
    connect(m_bookButton, &QPushButton::clicked, this, &FinancingPanel::onBookClicked);
    connect(m_emailButton, &QPushButton::clicked, this, &FinancingPanel::onEmailClicked);
    connect(m_requestButton, &QPushButton::clicked, this, &FinancingPanel::onRequestClicked);
    connect(m_retryButton, &QPushButton::clicked, this, &FinancingPanel::onRetryClicked);
    connect(m_signButton, &QPushButton::clicked, this, [this] {
        if (m_desk.view(m_invoiceId).state == PanelState::AwaitingSignature)
            Q_EMIT openKbcSign(m_invoiceId);
    });
    connect(m_setupButton, &QPushButton::clicked, this, &FinancingPanel::setupWanted);
    connect(m_whyButton, &QPushButton::toggled, m_reasonList, &QWidget::setVisible);
    connect(m_transferToDo, &BankTransferToDo::customerPaidBusiness, this,
            [this] { m_desk.recordCustomerPaidBusiness(m_invoiceId); });
    connect(m_transferToDo, &BankTransferToDo::passedOnToBank, this,
            [this] { m_desk.passedOnToBank(m_invoiceId); });

    retranslate();
    refresh();
}

QWidget *FinancingPanel::createContentPage()
{
    auto *page = new QWidget(m_pages);
    m_numberLabel = WidgetParts::label(page, "invoiceNumberLabel", 1.1, true);
    m_customerLabel = WidgetParts::label(page, "invoiceCustomerLabel");
    m_customerLabel->setWordWrap(true);
    m_amountLabel = WidgetParts::label(page, "invoiceAmountLabel", 1.1, true);
    m_amountLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_badge = new StateBadge(page);
    m_messageLabel = makeSentence(page, "panelMessageLabel");
    m_busyIndicator = new QProgressBar(page);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(8);
    m_countdownLabel = WidgetParts::label(page, "countdownLabel", 1.15, true);
    m_whyButton = makeButton(page, "whyButton");
    m_whyButton->setCheckable(true);
    m_reasonList = new ReasonList(page);
    m_reasonList->setVisible(false);

    m_figures = new FinancingFigures(page);
    m_transferToDo = new BankTransferToDo(page);

    m_bookButton = makeButton(page, "bookButton");
    m_emailButton = makeButton(page, "emailButton");
    m_requestButton = makeButton(page, "requestFinancingButton");
    // The one action the panel leads to stands out while it can be taken.
    m_requestButton->setStyleSheet(primaryButtonStyle);
    m_retryButton = makeButton(page, "retryButton");
    m_signButton = makeButton(page, "openKbcSignButton");
    m_setupButton = makeButton(page, "setupIntegrationButton");
    m_setupButton->setStyleSheet(primaryButtonStyle);
    m_bankErrorLabel = makeSentence(page, "bankErrorLabel");
    m_bankErrorLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; }"));
    m_emailedLabel = makeSentence(page, "emailedLabel");
    m_requestHintLabel = makeSentence(page, "requestHintLabel");
    m_requestHintLabel->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    m_activityCaption = WidgetParts::label(page, "activityCaption", 1.0, true);
    m_activityList = new ActivityList(page);

    auto *rule = new QFrame(page);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *heading = new QGridLayout;
    heading->setHorizontalSpacing(12);
    heading->addWidget(m_numberLabel, 0, 0);
    heading->addWidget(m_amountLabel, 0, 1);
    heading->addWidget(m_customerLabel, 1, 0, 1, 2);
    heading->setColumnStretch(0, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_bookButton);
    buttons->addWidget(m_emailButton);
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_signButton);
    buttons->addWidget(m_setupButton);
    buttons->addStretch(1);

    auto *whyRow = new QHBoxLayout;
    whyRow->addWidget(m_whyButton);
    whyRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(rule);
    layout->addWidget(m_badge, 0, Qt::AlignLeft);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_countdownLabel);
    layout->addLayout(whyRow);
    layout->addWidget(m_reasonList);
    layout->addWidget(m_figures);
    layout->addWidget(m_bankErrorLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_transferToDo);
    layout->addWidget(m_emailedLabel);
    layout->addWidget(m_requestHintLabel);
    layout->addSpacing(8);
    layout->addWidget(m_activityCaption);
    layout->addWidget(m_activityList);
    layout->addStretch(1);

    // In the order the user works through an invoice.
    setTabOrder(m_whyButton, m_retryButton);
    setTabOrder(m_retryButton, m_bookButton);
    setTabOrder(m_bookButton, m_emailButton);
    setTabOrder(m_emailButton, m_requestButton);
    setTabOrder(m_requestButton, m_signButton);
    setTabOrder(m_signButton, m_setupButton);
    setTabOrder(m_setupButton, m_activityList);
    return page;
}

void FinancingPanel::showInvoice(const QString &invoiceId)
{
    if (invoiceId != m_invoiceId) {
        m_invoiceId = invoiceId;
        m_whyButton->setChecked(false);
    }
    if (!m_invoiceId.isEmpty())
        m_desk.prepare(m_invoiceId);
    refresh();
}

void FinancingPanel::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    m_activityList->setNumberLocale(locale);
    m_figures->setNumberLocale(locale);
    refresh();
}

QWidget *FinancingPanel::firstInTabOrder() const
{
    return m_whyButton;
}

void FinancingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void FinancingPanel::retranslate()
{
    m_titleLabel->setText(tr("KBC On Demand Financing"));
    setAccessibleName(tr("KBC On Demand Financing"));
    m_placeholderLabel->setText(tr("Select an invoice to see whether KBC can finance it."));
    m_placeholderLabel->setAccessibleName(tr("No invoice selected"));
    m_numberLabel->setAccessibleName(tr("Invoice number"));
    m_customerLabel->setAccessibleName(tr("Customer"));
    m_amountLabel->setAccessibleName(tr("Amount including VAT"));
    m_messageLabel->setAccessibleName(tr("Financing details"));
    m_busyIndicator->setAccessibleName(tr("Waiting for KBC"));
    m_countdownLabel->setAccessibleName(tr("Time left to sign"));
    //: Button that shows every reason why the invoice does not qualify
    m_whyButton->setText(tr("&Why?"));
    m_whyButton->setAccessibleName(tr("Why is this invoice not eligible?"));
    m_whyButton->setToolTip(tr("Show every reason why this invoice does not qualify"));
    m_reasonList->setAccessibleName(tr("Reasons"));
    //: Button: ask KBC again for a quote after it did not answer
    m_retryButton->setText(tr("Ask &again"));
    m_retryButton->setAccessibleName(tr("Ask KBC again"));
    m_bookButton->setText(tr("&Book invoice"));
    m_bookButton->setAccessibleName(tr("Book invoice"));
    m_emailButton->setText(tr("E-&mail to customer"));
    m_emailButton->setAccessibleName(tr("E-mail to customer"));
    m_requestButton->setText(tr("&Request financing"));
    m_requestButton->setAccessibleName(tr("Request financing"));
    //: Button: open the (simulated) KBC Sign app to confirm or decline the request
    m_signButton->setText(tr("Open KBC &Sign"));
    m_signButton->setAccessibleName(tr("Open KBC Sign"));
    m_signButton->setToolTip(tr("Confirm or decline this request in KBC Sign"));
    //: Button in the panel while the integration with KBC is not set up
    m_setupButton->setText(tr("Set &up KBC On Demand Financing"));
    m_setupButton->setAccessibleName(tr("Set up KBC On Demand Financing"));
    m_setupButton->setToolTip(tr("Open Integrations to add and authorize KBC On Demand "
                                 "Financing"));
    m_bankErrorLabel->setAccessibleName(tr("Problem with KBC"));
    m_emailedLabel->setAccessibleName(tr("E-mail status"));
    m_requestHintLabel->setAccessibleName(tr("Why Request financing is not available"));
    //: Caption above the history of the invoice (imported, booked, e-mailed...)
    m_activityCaption->setText(tr("Activity"));
}

void FinancingPanel::refresh()
{
    const Invoice *invoice = m_invoiceId.isEmpty() ? nullptr : m_book.find(m_invoiceId);
    if (!invoice) {
        m_countdownTimer->stop();
        m_pages->setCurrentWidget(m_placeholderLabel);
        return;
    }
    m_pages->setCurrentWidget(m_contentPage);
    const FinancingView view = m_desk.view(m_invoiceId);
    const bool purchase = view.state == PanelState::Hidden;
    showHeading(*invoice);
    m_badge->setState(view.state);
    m_badge->setVisible(!purchase);
    const QString message = FinancingTexts::stateExplanation(view, *invoice, m_locale);
    setValue(m_messageLabel, message);
    m_busyIndicator->setVisible((view.state == PanelState::Checking && !view.quoteError)
                                || view.bankCallUnderway);
    showReasons(view);
    showBankError(view);
    showFigures(view, *invoice);
    showActions(view, *invoice);
    m_transferToDo->showInvoice(*invoice, m_locale);
    showCountdown(view, *invoice);
    m_activityCaption->setVisible(!purchase);
    m_activityList->setVisible(!purchase);
    m_activityList->setEntries(invoice->activity);
}

QString FinancingPanel::heading(const Invoice &invoice)
{
    switch (invoice.kind) {
    case InvoiceKind::AdvanceInvoice:
        //: Panel heading; %1 is the number of an advance (deposit) invoice
        return tr("Advance invoice %1").arg(invoice.number);
    case InvoiceKind::CreditNote:
        //: Panel heading; %1 is the number of a credit note
        return tr("Credit note %1").arg(invoice.number);
    case InvoiceKind::Invoice:
        break;
    }
    //: Panel heading; %1 is the invoice number
    return tr("Invoice %1").arg(invoice.number);
}

void FinancingPanel::showHeading(const Invoice &invoice)
{
    setValue(m_numberLabel, heading(invoice));
    setValue(m_customerLabel, invoice.customer.name);
    setValue(m_amountLabel, MoneyFormat::format(invoice.signedTotal(), m_locale));
}

void FinancingPanel::showReasons(const FinancingView &view)
{
    const bool notEligible = view.state == PanelState::NotEligible;
    m_whyButton->setVisible(notEligible);
    QList<ReasonList::Reason> reasons;
    if (notEligible) {
        for (const RuleId rule : view.assessment.reasonsByUsefulness()) {
            reasons.append({ruleIdName(rule), EligibilityRules::title(rule),
                            EligibilityRules::explain(view.assessment, rule, m_locale)});
        }
    }
    m_reasonList->setReasons(reasons);
    m_reasonList->setVisible(notEligible && m_whyButton->isChecked());
}

void FinancingPanel::showBankError(const FinancingView &view)
{
    const bool failed = view.bankError.has_value() && !view.bankError->isEmpty();
    setValue(m_bankErrorLabel, failed ? *view.bankError : QString());
    m_bankErrorLabel->setVisible(failed);
}

void FinancingPanel::showFigures(const FinancingView &view, const Invoice &invoice)
{
    FinancingFigures::Figures figures;
    if (view.state == PanelState::Eligible && view.quote) {
        figures.payout = view.quote->payout;
        figures.cost = view.quote->cost;
        figures.feeBasisPoints = view.quote->feeBasisPoints;
        figures.isEstimate = view.quote->isEstimate;
    } else if (isUnderway(view.state)) {
        if (!invoice.financing.payout.isZero())
            figures.payout = invoice.financing.payout;
        if (!invoice.financing.cost.isZero())
            figures.cost = invoice.financing.cost;
        figures.payoutDate = invoice.financing.payoutDate;
        figures.paidOut = view.state == PanelState::Financed || view.state == PanelState::Settled;
    }
    m_figures->setFigures(figures);
    m_figures->setVisible(!figures.isEmpty());
}

void FinancingPanel::showActions(const FinancingView &view, const Invoice &invoice)
{
    const PanelState state = view.state;
    m_bookButton->setVisible(state == PanelState::NeedsBooking);
    m_retryButton->setVisible(state == PanelState::Checking && view.quoteError.has_value());
    const bool beforeRequest = state == PanelState::Checking || state == PanelState::Eligible;
    m_emailButton->setVisible(
        beforeRequest
        || (state == PanelState::NotEligible && !view.assessment.fails(RuleId::Booked)));
    m_requestButton->setVisible(beforeRequest);
    m_requestButton->setEnabled(view.canRequest);
    // Always available while a signature is awaited: the window only shows the request, and
    // the flow sends one answer at a time.
    m_signButton->setVisible(state == PanelState::AwaitingSignature);
    m_setupButton->setVisible(state == PanelState::NotConnected);

    QString hint;
    if (!view.emailed) {
        hint = tr("Available once the invoice has been e-mailed to the customer: KBC can only "
                  "buy an invoice the customer officially received.");
    } else if (view.bankCallUnderway) {
        hint = tr("Waiting for KBC to answer the request.");
    } else if (!view.canRequest) {
        hint = tr("Available once KBC has answered.");
    }
    m_requestButton->setToolTip(view.canRequest ? tr("Ask KBC to buy this invoice") : hint);
    m_requestButton->setAccessibleDescription(m_requestButton->toolTip());
    m_requestHintLabel->setText(hint);
    m_requestHintLabel->setVisible(beforeRequest && !view.canRequest);

    if (invoice.emailed) {
        const QDate sent = invoice.emailed->sentAt.toLocalTime().date();
        setValue(m_emailedLabel,
                 tr("E-mailed to %1 on %2")
                     .arg(invoice.emailed->address, MoneyFormat::formatDate(sent, m_locale)));
    } else {
        setValue(m_emailedLabel, QString());
    }
    m_emailedLabel->setVisible(invoice.emailed.has_value() && state != PanelState::Hidden);
}

void FinancingPanel::showCountdown(const FinancingView &view, const Invoice &invoice)
{
    const QDateTime deadline = invoice.financing.signingDeadline;
    const bool counting = view.state == PanelState::AwaitingSignature && deadline.isValid();
    m_countdownLabel->setVisible(counting);
    if (!counting) {
        m_countdownTimer->stop();
        return;
    }
    // Computed from the stored deadline each time, so a moved clock shows the right value.
    const qint64 left = std::max<qint64>(0, m_desk.clock().now().secsTo(deadline));
    const QString clockText =
        QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    setValue(m_countdownLabel, tr("%1 left to sign in KBC Sign").arg(clockText));
    if (!m_countdownTimer->isActive())
        m_countdownTimer->start();
}

void FinancingPanel::onViewChanged(const QString &invoiceId)
{
    if (invoiceId == m_invoiceId)
        refresh();
}

void FinancingPanel::onBookClicked()
{
    m_desk.bookInvoice(m_invoiceId);
}

void FinancingPanel::onEmailClicked()
{
    const Invoice *invoice = m_book.find(m_invoiceId);
    if (!invoice)
        return;
    const QString id = m_invoiceId;
    const std::optional<QString> address = m_dialogs.askEmailAddress(
        this, tr("E-mail invoice"),
        tr("Send invoice %1 to this e-mail address:").arg(invoice->number),
        invoice->customer.email);
    if (!address || address->trimmed().isEmpty())
        return;
    m_desk.emailInvoice(id, address->trimmed());
}

void FinancingPanel::onRetryClicked()
{
    m_desk.prepare(m_invoiceId);
    refresh();
}

void FinancingPanel::onRequestClicked()
{
    if (m_desk.view(m_invoiceId).canRequest)
        Q_EMIT requestFinancing(m_invoiceId);
}
