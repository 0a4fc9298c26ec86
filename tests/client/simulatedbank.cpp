#include "simulatedbank.h"

#include "bankservice.h"
#include "clock.h"

#include <optional>

struct SimulatedBank::Parts
{
    Parts(std::optional<ManualClock> ownClock, ManualClock *sharedClock)
        : own(std::move(ownClock))
        , clock(sharedClock ? *sharedClock : *own)
        , service(clock)
    { }

    std::optional<ManualClock> own; // empty when the bank runs on the test's clock
    ManualClock &clock;
    BankService service;
};

namespace {

QString start(BankService &service, ManualClock &clock, bool simulation)
{
    if (simulation)
        service.enableSimulation([&clock](const QDateTime &time) { clock.setNow(time); });
    service.listen(0);
    return service.ledger()
        .authorizations()
        .issue(SimulatedBank::companyVatNumber(), service.ledger().now())
        .grant;
}

} // namespace

SimulatedBank::SimulatedBank(const QDateTime &start, bool simulation)
    : m_parts(std::make_unique<Parts>(ManualClock(start), nullptr))
{
    m_grant = ::start(m_parts->service, m_parts->clock, simulation);
}

SimulatedBank::SimulatedBank(ManualClock &sharedClock, bool simulation)
    : m_parts(std::make_unique<Parts>(std::nullopt, &sharedClock))
{
    m_grant = ::start(m_parts->service, m_parts->clock, simulation);
}

SimulatedBank::~SimulatedBank() = default;

QString SimulatedBank::companyVatNumber()
{
    return QStringLiteral("BE0123456749");
}

QString SimulatedBank::grant() const
{
    return m_grant;
}

QString SimulatedBank::authorize()
{
    return m_parts->service.ledger()
        .authorizations()
        .issue(companyVatNumber(), m_parts->clock.now())
        .grant;
}

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

int SimulatedBank::requestCount() const
{
    return int(m_parts->service.ledger().snapshot().size());
}
