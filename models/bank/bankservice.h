#pragma once

#include "bankledger.h"

#include <QHttpServerRequest>
#include <QObject>
#include <QUrl>

#include <functional>
#include <initializer_list>
#include <utility>

class QHttpServer;
class QHttpServerResponse;
class QUrlQuery;

// The simulated bank as an HTTP/JSON service, the protocol of docs/bank-protocol.md. It listens
// on 127.0.0.1 only, reads the time from the clock it is given, and keeps its books in memory
// (and in a state file when given one). Runs in the thread that owns it; every call is
// answered at once, so one thread is enough.
class BankService final : public QObject
{
    Q_OBJECT

public:
    // The clock must outlive the service.
    explicit BankService(const Clock &clock, BankParameters parameters = {},
                         QObject *parent = nullptr);
    ~BankService() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port. False when the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>"; empty before listen() succeeded.
    QUrl url() const;

    // Turns on POST /v1/simulation/clock, which moves time through moveClock. Off by default:
    // a bank that anyone on the machine can move in time is for demos and tests only.
    using ClockMover = std::function<void(const QDateTime &)>;
    void enableSimulation(ClockMover moveClock);
    bool isSimulation() const { return bool(m_moveClock); }

    // Keeps the books in a JSON file: reads it now when it exists, and writes it after every
    // change. False, with a message, when the file exists but cannot be read.
    bool useStateFile(const QString &path, QString *errorMessage = nullptr);

    BankLedger &ledger() { return m_ledger; }

Q_SIGNALS:
    // The books changed: a request was made, signed, declined, paid out, settled or lapsed.
    void ledgerChanged();

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray location; // for 201 Created
    };
    using Handler = std::function<Reply()>;
    using MethodHandlers = std::initializer_list<std::pair<QHttpServerRequest::Method, Handler>>;

    void addRoutes();
    QHttpServerResponse serve(const QHttpServerRequest &request, MethodHandlers handlers);
    static Reply errorReply(const BankError &error);

    Reply showParameters() const;
    Reply showLimit();
    Reply showClock() const;
    Reply quote(const QByteArray &body);
    Reply placeRequest(const QByteArray &body);
    Reply listRequests(const QUrlQuery &query);
    Reply showRequest(const QString &requestId);
    Reply sign(const QString &requestId, const QByteArray &body);
    Reply customerPays(const QString &requestId);
    Reply showStatement(const QString &requestId);
    Reply listStatements(const QUrlQuery &query);
    Reply moveClock(const QByteArray &body);

    BankLedger m_ledger;
    QHttpServer *m_server = nullptr; // child
    quint16 m_port = 0;
    ClockMover m_moveClock;
    QString m_stateFile;
};
