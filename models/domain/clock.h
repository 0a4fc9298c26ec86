#pragma once

#include <QDate>
#include <QDateTime>

// The one source of the current time. Everything that depends on time (the age of an
// invoice, the signing window, payouts, the authorization) reads a Clock handed to it, so
// that tests and demos can move time instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // The calendar date of now() in local time.
    QDate today() const { return now().toLocalTime().date(); }
};

// The real time of the machine.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// The machine's time shifted by a fixed number of seconds: a demo that starts on a chosen
// day while time keeps flowing.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetSeconds)
        : m_offsetSeconds(offsetSeconds)
    { }
    QDateTime now() const override { return QDateTime::currentDateTime().addSecs(m_offsetSeconds); }

private:
    qint64 m_offsetSeconds = 0;
};

// A clock that stands still until told to move. For tests and for a demo's fixed start.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
