#include "banktransfertodo.h"

#include "invoice.h"
#include "moneyformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BankTransferToDo::BankTransferToDo(QWidget *parent)
    : QFrame(parent)
    , m_toDoLabel(new QLabel(this))
    , m_recordButton(new QPushButton(this))
    , m_doneButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("bankTransferToDo"));
    m_toDoLabel->setObjectName(QStringLiteral("bankTransferToDoLabel"));
    m_toDoLabel->setWordWrap(true);
    m_toDoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toDoLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #e0b040; border-radius: 4px; "
        "padding: 6px; color: #5a4000; }"));
    m_recordButton->setObjectName(QStringLiteral("customerPaidBusinessButton"));
    m_doneButton->setObjectName(QStringLiteral("passedOnToBankButton"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_doneButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toDoLabel);
    layout->addLayout(buttons);

    connect(m_recordButton, &QPushButton::clicked, this, [this] {
        // One click records one payment: the button goes away with the next update.
        m_recordButton->setEnabled(false);
        Q_EMIT customerPaidBusiness();
    });
    connect(m_doneButton, &QPushButton::clicked, this, [this] {
        m_doneButton->setEnabled(false);
        Q_EMIT passedOnToBank();
    });
    retranslate();
    setVisible(false);
}

void BankTransferToDo::showInvoice(const Invoice &invoice, const QLocale &numberLocale)
{
    m_locale = numberLocale;
    const Financing &financing = invoice.financing;
    m_amountText = MoneyFormat::format(invoice.total, m_locale);
    m_paidOnText = financing.customerPaidBusinessAt.isValid()
        ? MoneyFormat::formatDate(financing.customerPaidBusinessAt.toLocalTime().date(), m_locale)
        : QString();
    showState(invoice);
}

void BankTransferToDo::showState(const Invoice &invoice)
{
    const Financing &financing = invoice.financing;
    const bool canRecord = financing.canRecordCustomerPaidBusiness();
    const bool owes = financing.owesBank();
    m_recordButton->setVisible(canRecord);
    m_recordButton->setEnabled(canRecord);
    m_doneButton->setVisible(owes);
    m_doneButton->setEnabled(owes);
    m_toDoLabel->setVisible(owes);
    setVisible(canRecord || owes);
    retranslate();
}

void BankTransferToDo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BankTransferToDo::retranslate()
{
    //: Button: record that the customer paid the business, not KBC, for a financed invoice
    m_recordButton->setText(tr("Customer paid &me"));
    m_recordButton->setToolTip(tr("The customer paid this invoice to you instead of to KBC"));
    m_recordButton->setAccessibleName(tr("Customer paid me instead of KBC"));
    m_recordButton->setAccessibleDescription(m_recordButton->toolTip());
    //: Button: the money the customer paid has been transferred on to KBC
    m_doneButton->setText(tr("&Transferred to KBC"));
    m_doneButton->setToolTip(tr("Mark the money as passed on to KBC"));
    m_doneButton->setAccessibleName(tr("Money transferred to KBC"));
    m_doneButton->setAccessibleDescription(m_doneButton->toolTip());
    //: %1 is an amount, %2 the date the customer paid
    const QString toDo = tr("To do: transfer %1 to KBC. The customer paid you on %2, but KBC "
                            "bought this invoice, so the money belongs to KBC.")
                             .arg(m_amountText, m_paidOnText);
    m_toDoLabel->setText(toDo);
    m_toDoLabel->setAccessibleName(tr("To do"));
    m_toDoLabel->setAccessibleDescription(toDo);
}
