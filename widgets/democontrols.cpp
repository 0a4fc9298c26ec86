#include "democontrols.h"

#include "clock.h"
#include "democlock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace {

// Often enough that the seconds shown never visibly skip at real speed.
constexpr int refreshIntervalMilliseconds = 250;

} // namespace

DemoControls::DemoControls(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("demoControls"));
    m_captionLabel = new QLabel(this);
    m_captionLabel->setObjectName(QStringLiteral("demoTimeCaption"));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("demoTimeLabel"));
    m_timeLabel->setTextFormat(Qt::PlainText);
    QFont timeFont = m_timeLabel->font();
    timeFont.setBold(true);
    m_timeLabel->setFont(timeFont);
    m_timeLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #4a3800; border: 1px solid #e0c36a; "
                       "border-radius: 4px; padding: 2px 8px; }"));
    m_speedLabel = new QLabel(this);
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("demoSpeedBox"));
    m_speedLabel->setBuddy(m_speedBox);
    for (const int speed : DemoClock::speeds)
        m_speedBox->addItem(QString(), speed);
    m_nextDayButton = new QPushButton(this);
    m_nextDayButton->setObjectName(QStringLiteral("demoNextWorkingDayButton"));
    m_nextDayButton->setAutoDefault(false);
    m_customerPaysButton = new QPushButton(this);
    m_customerPaysButton->setObjectName(QStringLiteral("demoCustomerPaysButton"));
    m_customerPaysButton->setAutoDefault(false);
    m_customerPaysButton->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(8);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_timeLabel);
    layout->addSpacing(8);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speedBox);
    layout->addWidget(m_nextDayButton);
    layout->addWidget(m_customerPaysButton);
    layout->addStretch(1);

    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { Q_EMIT speedChosen(m_speedBox->itemData(index).toInt()); });
    connect(m_nextDayButton, &QPushButton::clicked, this, &DemoControls::nextWorkingDayWanted);
    connect(m_customerPaysButton, &QPushButton::clicked, this,
            &DemoControls::customerPaymentWanted);
    m_timer->setInterval(refreshIntervalMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &DemoControls::showTime);
    m_timer->start();

    retranslate();
    showTime();
}

void DemoControls::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    showTime();
}

void DemoControls::setTimeControlsEnabled(bool enabled)
{
    m_speedLabel->setVisible(enabled);
    m_speedBox->setVisible(enabled);
    m_nextDayButton->setVisible(enabled);
}

void DemoControls::setCustomerPaymentAvailable(bool available)
{
    m_customerPaysButton->setEnabled(available);
}

void DemoControls::setSpeed(int speed)
{
    const int index = m_speedBox->findData(speed);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}

QString DemoControls::timeText() const
{
    const QDateTime now = m_clock.now().toLocalTime();
    //: Simulated date and time in the demo bar: %1 the date (with weekday), %2 the time
    return tr("%1, %2").arg(m_locale.toString(now.date(), QLocale::LongFormat),
                            m_locale.toString(now.time(), QStringLiteral("HH:mm:ss")));
}

void DemoControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DemoControls::retranslate()
{
    //: Caption before the simulated date and time of a demo
    m_captionLabel->setText(tr("Simulated time:"));
    m_timeLabel->setAccessibleName(tr("Simulated date and time"));
    //: Label of the choice how fast the simulated time runs
    m_speedLabel->setText(tr("S&peed:"));
    m_speedBox->setAccessibleName(tr("Speed of the simulated time"));
    for (int index = 0; index < m_speedBox->count(); ++index) {
        const int speed = m_speedBox->itemData(index).toInt();
        QString text;
        if (speed == 1) {
            //: Speed of the simulated time: as fast as a clock
            text = tr("Real time");
        } else {
            //: Speed of the simulated time, e.g. "60× faster"
            text = tr("%1× faster").arg(speed);
        }
        m_speedBox->setItemText(index, text);
    }
    m_nextDayButton->setText(tr("&Next working day"));
    m_nextDayButton->setAccessibleName(tr("Next working day"));
    m_nextDayButton->setToolTip(
        tr("Jump to 09:00 on the next working day, the morning KBC pays out"));
    m_customerPaysButton->setText(tr("C&ustomer pays KBC"));
    m_customerPaysButton->setAccessibleName(tr("Customer pays KBC"));
    m_customerPaysButton->setToolTip(
        tr("Play the customer of the selected financed invoice paying it to KBC"));
    showTime();
}

void DemoControls::showTime()
{
    const QString text = timeText();
    if (text == m_timeLabel->text())
        return;
    m_timeLabel->setText(text);
    m_timeLabel->setAccessibleDescription(text);
}
