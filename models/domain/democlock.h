#pragma once

#include "clock.h"

#include <array>
#include <functional>

// A clock for presentations: it starts on a chosen moment and then runs with the machine's
// time, optionally sped up, so that a six-minute signing window or a payout on the next
// working day can be shown in a meeting. The presenter may also jump ahead.
//
// The time is kept as an anchor (a moment and the real milliseconds elapsed when it was
// set) plus a speed, so that changing the speed or jumping never makes earlier readings
// drift: now() = anchor + (elapsed - elapsed at anchor) × speed.
class DemoClock final : public Clock
{
public:
    // Milliseconds of real time elapsed since some fixed point; only differences count.
    using ElapsedSource = std::function<qint64()>;

    // The speeds a presentation offers: real time, then faster.
    static constexpr std::array<int, 4> speeds {1, 10, 60, 600};

    // Starts at `start`, running at real speed. Without a source the clock reads a
    // monotonic timer of the machine, so changes of the system time do not move it; tests
    // pass their own source to move time without sleeping.
    explicit DemoClock(const QDateTime &start, ElapsedSource elapsedMilliseconds = {});

    QDateTime now() const override;

    int speed() const { return m_speed; }
    // How many seconds pass on this clock per real second; at least 1. The current time
    // carries on from where it is: only the pace changes.
    void setSpeed(int speed);

    // Continues from `moment`, at the current speed. Going back is allowed, for a demo
    // that starts over.
    void jumpTo(const QDateTime &moment);
    // Moves the current time by `seconds` (negative: back), at the current speed.
    void advance(qint64 seconds);

private:
    QDateTime timeAt(qint64 elapsed) const;

    ElapsedSource m_elapsed;
    QDateTime m_anchor;
    qint64 m_anchorElapsed = 0;
    int m_speed = 1;
};
