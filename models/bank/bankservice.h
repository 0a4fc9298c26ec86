#pragma once

#include "bankledger.h"

#include <QHttpServerRequest>
#include <QObject>
#include <QUrl>

#include <functional>
#include <initializer_list>
#include <optional>
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

    // Whether every endpoint other than GET /v1/parameters, GET /v1/clock, POST
    // /v1/authorizations and /v1/simulation/... asks for "Authorization: Bearer <grant>" (401
    // "unauthorized" or "authorization-expired" without a valid one). On by default, as the
    // protocol has it. Turning it off serves every call without looking at the header, for
    // tests and demos written before grants existed; grants are still issued and revoked.
    void setAuthorizationRequired(bool required);
    bool isAuthorizationRequired() const { return m_authorizationRequired; }

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
    // Who may call a path: anyone, or only with a valid grant.
    enum class Access { Open, Granted };

    void addRoutes();
    QHttpServerResponse serve(const QHttpServerRequest &request, MethodHandlers handlers,
                              Access access = Access::Granted);
    // The 401 for a call without a valid grant; nullopt when the grant is valid.
    std::optional<Reply> refuseAccess(const QHttpServerRequest &request) const;
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
    Reply authorize(const QByteArray &body);
    Reply revokeAuthorization(const QHttpServerRequest &request);

    BankLedger m_ledger;
    QHttpServer *m_server = nullptr; // child
    quint16 m_port = 0;
    ClockMover m_moveClock;
    QString m_stateFile;
    bool m_authorizationRequired = true;
};
