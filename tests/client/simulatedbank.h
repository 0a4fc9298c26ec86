#pragma once

#include <QDateTime>
#include <QUrl>

#include <memory>

class ManualClock;

// The simulated bank in this process, on a free port of 127.0.0.1, with a clock that only the
// test moves. It authorizes the test company at start: a client handed grant() through
// BankClient::setGrant is served like the application's authorized client. The bank's headers stay
// inside simulatedbank.cpp: its types share names with the client's, and the client may only know
// the bank through its protocol.
class SimulatedBank final
{
public:
    // A bank on a clock of its own, starting at start. simulation: whether
    // POST /v1/simulation/clock may move the clock.
    explicit SimulatedBank(const QDateTime &start, bool simulation = false);
    // A bank on the test's clock, as the application's bank shares the application's clock: the
    // client and the bank see one time, and moving it moves both. The clock must outlive the
    // bank.
    explicit SimulatedBank(ManualClock &sharedClock, bool simulation = false);
    ~SimulatedBank();

    bool isListening() const;
    QUrl url() const;

    // The company the bank authorizes, and the grant it issued at start (valid 60 days from
    // the start on the bank's clock).
    static QString companyVatNumber();
    QString grant() const;
    // Another grant for the company, valid 60 days from now, as POST /v1/authorizations gives.
    QString authorize();

    QDateTime now() const;
    void setNow(const QDateTime &now);
    void advanceMilliseconds(qint64 milliseconds);

    // How many requests the bank has opened, whatever became of them: what the bank saw, not
    // what the client believes it sent.
    int requestCount() const;

private:
    struct Parts;
    QString m_grant;
    std::unique_ptr<Parts> m_parts;
};
