#include "democlock.h"

#include <QElapsedTimer>

#include <algorithm>

namespace {

DemoClock::ElapsedSource machineElapsed()
{
    QElapsedTimer timer;
    timer.start();
    return [timer] { return timer.elapsed(); };
}

} // namespace

DemoClock::DemoClock(const QDateTime &start, ElapsedSource elapsedMilliseconds)
    : m_elapsed(elapsedMilliseconds ? std::move(elapsedMilliseconds) : machineElapsed())
    , m_anchor(start)
    , m_anchorElapsed(m_elapsed())
{ }

QDateTime DemoClock::now() const
{
    return timeAt(m_elapsed());
}

void DemoClock::setSpeed(int speed)
{
    speed = std::max(speed, 1);
    if (speed == m_speed)
        return;
    // Re-anchor at the current time before the pace changes, so that the time shown goes
    // on from the same moment. One reading of the source serves both, so no real
    // milliseconds fall between them.
    const qint64 elapsed = m_elapsed();
    m_anchor = timeAt(elapsed);
    m_anchorElapsed = elapsed;
    m_speed = speed;
}

void DemoClock::jumpTo(const QDateTime &moment)
{
    m_anchorElapsed = m_elapsed();
    m_anchor = moment;
}

void DemoClock::advance(qint64 seconds)
{
    const qint64 elapsed = m_elapsed();
    m_anchor = timeAt(elapsed).addSecs(seconds);
    m_anchorElapsed = elapsed;
}

QDateTime DemoClock::timeAt(qint64 elapsed) const
{
    return m_anchor.addMSecs((elapsed - m_anchorElapsed) * m_speed);
}
