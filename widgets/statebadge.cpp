#include "statebadge.h"

#include "financingdesk.h"
#include "financingtexts.h"

#include <QEvent>

namespace {

struct Tone
{
    const char *background;
    const char *text;
    const char *border;
};

Tone toneOf(PanelState state)
{
    static constexpr Tone green {"#e4f3e8", "#1b5e20", "#8bc79a"};
    static constexpr Tone amber {"#fff3df", "#7a4300", "#efb45c"};
    static constexpr Tone red {"#fdeaea", "#9f1c1c", "#eb9b9b"};
    static constexpr Tone blue {"#e5effb", "#0d47a1", "#93b7e6"};
    static constexpr Tone grey {"#eeeeee", "#3d3d3d", "#bdbdbd"};
    switch (state) {
    case PanelState::Eligible:
        return green;
    case PanelState::NeedsBooking:
    case PanelState::Checking:
    case PanelState::AwaitingSignature:
    case PanelState::PayoutPending:
        return amber;
    case PanelState::NotEligible:
    case PanelState::Refused:
        return red;
    case PanelState::Financed:
        return blue;
    case PanelState::Settled:
    case PanelState::Hidden:
    case PanelState::NotConnected:
        return grey;
    }
    return grey;
}

} // namespace

StateBadge::StateBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("panelStateLabel"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont badgeFont = font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.35);
    setFont(badgeFont);
    retranslate();
}

void StateBadge::setState(PanelState state)
{
    if (m_state == state)
        return;
    m_state = state;
    const Tone tone = toneOf(state);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                 "border-radius: 5px; padding: 4px 12px; }")
                      .arg(QLatin1StringView(tone.background), QLatin1StringView(tone.text),
                           QLatin1StringView(tone.border)));
    retranslate();
}

void StateBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void StateBadge::retranslate()
{
    setAccessibleName(tr("Financing state"));
    const QString label = m_state ? FinancingTexts::stateLabel(*m_state) : QString();
    setText(label);
    setAccessibleDescription(label);
}
