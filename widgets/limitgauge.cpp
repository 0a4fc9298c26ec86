#include "limitgauge.h"

#include "bankparameters.h"
#include "moneyformat.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// The widest the gauge asks for: beside the invoice list it must leave room for the rest,
// so longer (Dutch, French) sentences wrap onto a second line instead.
constexpr int preferredMaximumWidth = 440;
constexpr int barHeight = 14;
// The fewest pixels a part that is not zero is drawn with.
constexpr int sliver = 3;

// The colours of the action buttons: used is the strong one, reserved the same hue hatched
// on a light ground, available is left empty.
const QColor usedColour(0x0a, 0x5a, 0xa5);
const QColor reservedGround(0xcf, 0xe0, 0xf3);

// The bar itself; everything it shows comes from the gauge.
class GaugeBar final : public QWidget
{
public:
    explicit GaugeBar(const LimitGauge &gauge, QWidget *parent)
        : QWidget(parent)
        , m_gauge(gauge)
    {
        setObjectName(QStringLiteral("limitGaugeBar"));
        setFixedHeight(barHeight);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath outline;
        outline.addRoundedRect(frame, 4, 4);
        painter.fillPath(outline, palette().base());
        painter.setClipPath(outline);

        const LimitGauge::Segments parts = m_gauge.segments(width());
        const QRect usedRect(0, 0, parts.used, height());
        const QRect reservedRect(parts.used, 0, parts.reserved, height());
        painter.fillRect(usedRect, usedColour);
        painter.fillRect(reservedRect, reservedGround);
        painter.fillRect(reservedRect, QBrush(usedColour, Qt::BDiagPattern));

        painter.setClipping(false);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawPath(outline);
    }

private:
    const LimitGauge &m_gauge;
};

qint64 clampedCents(const Money &money, qint64 low, qint64 high)
{
    return std::clamp(money.cents(), low, std::max(low, high));
}

} // namespace

LimitGauge::LimitGauge(QWidget *parent)
    : QWidget(parent)
    , m_limit(BankParameters {}.totalLimit)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
{
    setObjectName(QStringLiteral("limitGauge"));
    m_bar = new GaugeBar(*this, this);
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("limitGaugeText"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_textLabel);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    display();
}

Money LimitGauge::available() const
{
    const qint64 taken =
        std::max<qint64>(0, m_used.cents()) + std::max<qint64>(0, m_reserved.cents());
    return Money::fromCents(std::max<qint64>(0, m_limit.cents() - taken), m_limit.currency());
}

void LimitGauge::setFigures(const Money &used, const Money &reserved, const Money &limit)
{
    if (used == m_used && reserved == m_reserved && limit == m_limit)
        return;
    m_used = used;
    m_reserved = reserved;
    m_limit = limit;
    display();
    Q_EMIT figuresChanged();
}

void LimitGauge::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    display();
}

QString LimitGauge::text() const
{
    //: The financing limit under its bar. %1: financed, not yet paid back by the customer;
    //: %2: requested, awaiting signature or payout; %3: still free; %4: the limit. Each is
    //: an amount with its currency.
    return tr("%1 used · %2 reserved · %3 available of %4")
        .arg(MoneyFormat::format(m_used, m_locale), MoneyFormat::format(m_reserved, m_locale),
             MoneyFormat::format(available(), m_locale), MoneyFormat::format(m_limit, m_locale));
}

LimitGauge::Segments LimitGauge::segments(int width) const
{
    width = std::max(width, 0);
    const qint64 limit = m_limit.cents();
    if (limit <= 0)
        return {0, 0, width};
    const qint64 used = clampedCents(m_used, 0, limit);
    const qint64 reserved = clampedCents(m_reserved, 0, limit - used);
    // Both boundaries are rounded from the amounts, not from each other, so the parts
    // always add up to the width.
    const auto boundary = [&](qint64 cents) {
        return int(std::lround(double(cents) * width / double(limit)));
    };
    int usedEnd = boundary(used);
    int reservedEnd = boundary(used + reserved);
    if (used > 0)
        usedEnd = std::max(usedEnd, std::min(sliver, width));
    reservedEnd = std::max(reservedEnd, usedEnd);
    if (reserved > 0)
        reservedEnd = std::max(reservedEnd, std::min(usedEnd + sliver, width));
    // What is still available keeps its sliver too, taken from the parts before it.
    if (used + reserved < limit && reservedEnd > width - sliver) {
        reservedEnd = std::max(width - sliver, 0);
        usedEnd = std::min(usedEnd, reservedEnd);
    }
    return {usedEnd, reservedEnd - usedEnd, width - reservedEnd};
}

QSize LimitGauge::sizeHint() const
{
    // One line when it fits in the preferred width, two (or more) lines otherwise.
    const int oneLine = m_textLabel->fontMetrics().horizontalAdvance(m_textLabel->text()) + 2;
    const int width = std::clamp(oneLine, minimumSizeHint().width(), preferredMaximumWidth);
    return {width, heightForWidth(width)};
}

void LimitGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        display();
    QWidget::changeEvent(event);
}

void LimitGauge::display()
{
    const QString sentence = text();
    m_textLabel->setText(sentence);
    m_textLabel->setAccessibleName(sentence);
    //: Accessible name of the bar that shows how much of the financing limit is taken
    setAccessibleName(tr("KBC financing limit"));
    setAccessibleDescription(sentence);
    setToolTip(sentence);
    m_bar->setToolTip(sentence);
    m_bar->setAccessibleName(tr("KBC financing limit"));
    m_bar->setAccessibleDescription(sentence);
    m_bar->update();
    updateGeometry();
}
