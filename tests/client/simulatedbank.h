#pragma once

#include <QDateTime>
#include <QUrl>

#include <memory>

// The simulated bank in this process, on a free port of 127.0.0.1, with a clock that only the
// test moves. The bank's headers stay inside simulatedbank.cpp: its types share names with the
// client's, and the client may only know the bank through its protocol.
class SimulatedBank final
{
public:
    // simulation: whether POST /v1/simulation/clock may move the clock.
    explicit SimulatedBank(const QDateTime &start, bool simulation = false);
    ~SimulatedBank();

    bool isListening() const;
    QUrl url() const;

    QDateTime now() const;
    void setNow(const QDateTime &now);
    void advanceMilliseconds(qint64 milliseconds);

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};
