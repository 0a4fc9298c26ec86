#include "simulatedbank.h"

#include "bankservice.h"
#include "clock.h"

struct SimulatedBank::Parts
{
    explicit Parts(const QDateTime &start)
        : clock(start)
        , service(clock)
    { }

    ManualClock clock;
    BankService service;
};

SimulatedBank::SimulatedBank(const QDateTime &start, bool simulation)
    : m_parts(std::make_unique<Parts>(start))
{
    if (simulation) {
        m_parts->service.enableSimulation(
            [this](const QDateTime &time) { m_parts->clock.setNow(time); });
    }
    m_parts->service.listen(0);
}

SimulatedBank::~SimulatedBank() = default;

bool SimulatedBank::isListening() const
{
    return m_parts->service.port() != 0;
}

QUrl SimulatedBank::url() const
{
    return m_parts->service.url();
}

QDateTime SimulatedBank::now() const
{
    return m_parts->clock.now();
}

void SimulatedBank::setNow(const QDateTime &now)
{
    m_parts->clock.setNow(now);
}

void SimulatedBank::advanceMilliseconds(qint64 milliseconds)
{
    m_parts->clock.setNow(m_parts->clock.now().addMSecs(milliseconds));
}
