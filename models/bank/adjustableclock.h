#pragma once

#include "clock.h"

// The machine's time shifted by an offset that can be changed while running: the clock of the
// bank's own executable, whose simulation endpoint moves it forward for demos and tests. Time
// keeps flowing from wherever it was set.
class AdjustableClock final : public Clock
{
public:
    AdjustableClock() = default;

    QDateTime now() const override
    {
        return QDateTime::currentDateTime().addMSecs(m_offsetMilliseconds);
    }
    // From now on the clock shows time, and runs on from there.
    void setNow(const QDateTime &time)
    {
        m_offsetMilliseconds = QDateTime::currentDateTime().msecsTo(time);
    }

private:
    qint64 m_offsetMilliseconds = 0;
};
