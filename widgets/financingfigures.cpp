#include "financingfigures.h"

#include "financingtexts.h"
#include "moneyformat.h"
#include "widgetparts.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// A value keeps its caption as accessible name and its text as description, so that a
// screen reader says "KBC pays you, € 11,891.10".
void showValue(QLabel *caption, QLabel *value, const QString &text)
{
    value->setText(text);
    value->setAccessibleName(caption->text());
    value->setAccessibleDescription(text);
    caption->setVisible(!text.isEmpty());
    value->setVisible(!text.isEmpty());
}

} // namespace

FinancingFigures::FinancingFigures(QWidget *parent)
    : QWidget(parent)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
{
    setObjectName(QStringLiteral("figuresBox"));
    m_payoutCaption = WidgetParts::label(this, "payoutCaption");
    m_payoutLabel = WidgetParts::label(this, "payoutLabel", 1.6, true);
    m_costCaption = WidgetParts::label(this, "costCaption");
    m_costLabel = WidgetParts::label(this, "costLabel", 1.25);
    m_feeCaption = WidgetParts::label(this, "feeCaption");
    m_feeLabel = WidgetParts::label(this, "feeLabel");
    m_payoutDateCaption = WidgetParts::label(this, "payoutDateCaption");
    m_payoutDateLabel = WidgetParts::label(this, "payoutDateLabel");
    m_estimateLabel = WidgetParts::label(this, "estimateLabel");
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4300; }"));

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    const QList<QPair<QLabel *, QLabel *>> rows {{m_payoutCaption, m_payoutLabel},
                                                 {m_costCaption, m_costLabel},
                                                 {m_feeCaption, m_feeLabel},
                                                 {m_payoutDateCaption, m_payoutDateLabel}};
    for (int row = 0; row < rows.size(); ++row) {
        grid->addWidget(rows.at(row).first, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(rows.at(row).second, row, 1, Qt::AlignRight | Qt::AlignVCenter);
        rows.at(row).second->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    grid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(grid);
    layout->addWidget(m_estimateLabel);

    retranslate();
}

void FinancingFigures::setFigures(const Figures &figures)
{
    if (figures == m_figures)
        return;
    m_figures = figures;
    display();
}

void FinancingFigures::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    display();
}

void FinancingFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FinancingFigures::retranslate()
{
    m_costCaption->setText(tr("Financing cost"));
    //: The financing fee as a percentage of the invoice
    m_feeCaption->setText(tr("Fee"));
    m_payoutDateCaption->setText(tr("Payout date"));
    m_estimateLabel->setText(tr("Estimate: KBC confirms the exact amounts when you request "
                                "financing."));
    //: Accessible name of the note that the amounts are an estimate
    m_estimateLabel->setAccessibleName(tr("Estimate"));
    display();
}

void FinancingFigures::display()
{
    const Figures &figures = m_figures;
    //: Caption of the amount KBC paid out
    const QString paidOut = tr("KBC paid you");
    //: Caption of the amount KBC will pay out
    const QString willPay = tr("KBC pays you");
    m_payoutCaption->setText(figures.paidOut ? paidOut : willPay);
    showValue(m_payoutCaption, m_payoutLabel,
              figures.payout ? MoneyFormat::format(*figures.payout, m_locale) : QString());
    showValue(m_costCaption, m_costLabel,
              figures.cost ? MoneyFormat::format(*figures.cost, m_locale) : QString());
    showValue(m_feeCaption, m_feeLabel,
              figures.feeBasisPoints ? FinancingTexts::percentage(*figures.feeBasisPoints, m_locale)
                                     : QString());
    showValue(m_payoutDateCaption, m_payoutDateLabel,
              MoneyFormat::formatDate(figures.payoutDate, m_locale));
    m_estimateLabel->setVisible(figures.isEstimate);
}
