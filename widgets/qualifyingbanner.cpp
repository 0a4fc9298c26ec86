#include "qualifyingbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

QualifyingBanner::QualifyingBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("qualifyingBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("qualifyingBannerLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("showQualifyingButton"));
    m_button->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);

    connect(m_button, &QPushButton::clicked, this,
            [this] { Q_EMIT filterRequested(!m_filterActive); });
    retranslate();
}

void QualifyingBanner::setQualifyingNumbers(const QStringList &numbers)
{
    if (numbers == m_numbers && !m_label->text().isEmpty())
        return;
    m_numbers = numbers;
    retranslate();
}

void QualifyingBanner::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    retranslate();
}

void QualifyingBanner::setFilterActive(bool active)
{
    if (active == m_filterActive)
        return;
    m_filterActive = active;
    retranslate();
}

QString QualifyingBanner::text() const
{
    return m_label->text();
}

QWidget *QualifyingBanner::actionButton() const
{
    return m_button;
}

void QualifyingBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void QualifyingBanner::retranslate()
{
    const bool any = !m_numbers.isEmpty();
    //: Separator between invoice numbers in a list
    const QString separator = tr(", ");
    QString text;
    if (!m_connected)
        text = tr("KBC On Demand Financing is not set up: once it is, you see here which "
                  "invoices qualify.");
    else if (any)
        text = tr("%n invoice(s) qualify for financing now: %1", nullptr, int(m_numbers.size()))
                   .arg(m_numbers.join(separator));
    else
        text = tr("No invoice qualifies for financing right now.");
    m_label->setText(text);
    setAccessibleName(tr("Qualifying invoices"));
    setAccessibleDescription(text);
    m_label->setAccessibleName(tr("Qualifying invoices"));
    m_label->setAccessibleDescription(text);

    m_button->setText(m_filterActive ? tr("Show &all invoices") : tr("Show &these only"));
    m_button->setAccessibleName(m_filterActive ? tr("Show all invoices")
                                               : tr("Show only the qualifying invoices"));
    // Narrowing to nothing helps nobody; widening again must stay possible.
    m_button->setVisible(any || m_filterActive);

    setStyleSheet(any ? QStringLiteral("QFrame#qualifyingBanner { background: #e4f3e8; "
                                       "border: 1px solid #8bc79a; border-radius: 5px; }")
                      : QStringLiteral("QFrame#qualifyingBanner { background: palette(base); "
                                       "border: 1px solid palette(mid); border-radius: 5px; }"));
}
