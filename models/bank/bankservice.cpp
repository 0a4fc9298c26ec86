#include "bankservice.h"

#include "banklog.h"
#include "bankprotocol.h"
#include "bankstatefile.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QByteArray jsonMimeType()
{
    return QByteArrayLiteral("application/json");
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QString requestPath(const QString &requestId)
{
    return u"/v1/requests/"_s + requestId;
}

} // namespace

BankService::BankService(const Clock &clock, BankParameters parameters, QObject *parent)
    : QObject(parent)
    , m_ledger(clock, std::move(parameters))
    , m_server(new QHttpServer(this))
{
    addRoutes();
}

BankService::~BankService() = default;

bool BankService::listen(quint16 port)
{
    // The loopback interface only: the simulated bank is never reachable from elsewhere.
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    if (m_port == 0) {
        qCWarning(lcBank) << "cannot listen on 127.0.0.1 port" << port;
        return false;
    }
    qCDebug(lcBank) << "listening on" << url();
    return true;
}

QUrl BankService::url() const
{
    if (m_port == 0)
        return {};
    QUrl result;
    result.setScheme(u"http"_s);
    result.setHost(u"127.0.0.1"_s);
    result.setPort(m_port);
    return result;
}

void BankService::enableSimulation(ClockMover moveClock)
{
    m_moveClock = std::move(moveClock);
}

void BankService::setAuthorizationRequired(bool required)
{
    m_authorizationRequired = required;
}

bool BankService::useStateFile(const QString &path, QString *errorMessage)
{
    if (!BankStateFile::load(path, m_ledger, errorMessage))
        return false;
    m_stateFile = path;
    return true;
}

void BankService::addRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server->route(
        u"/v1/requests/<arg>/signature"_s,
        [this](const QString &id, const QHttpServerRequest &request) {
            return serve(request, {{Method::Post, [&] { return sign(id, request.body()); }}});
        });
    m_server->route(u"/v1/requests/<arg>/customer-payment"_s,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return serve(request, {{Method::Post, [&] { return customerPays(id); }}});
                    });
    m_server->route(u"/v1/requests/<arg>/statement"_s,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return serve(request, {{Method::Get, [&] { return showStatement(id); }}});
                    });
    m_server->route(u"/v1/requests/<arg>"_s,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return serve(request, {{Method::Get, [&] { return showRequest(id); }}});
                    });
    m_server->route(u"/v1/requests"_s, [this](const QHttpServerRequest &request) {
        return serve(request,
                     {{Method::Get, [&] { return listRequests(request.query()); }},
                      {Method::Post, [&] { return placeRequest(request.body()); }}});
    });
    m_server->route(u"/v1/quotes"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Post, [&] { return quote(request.body()); }}});
    });
    m_server->route(u"/v1/statements"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Get, [&] { return listStatements(request.query()); }}});
    });
    m_server->route(u"/v1/parameters"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Get, [this] { return showParameters(); }}}, Access::Open);
    });
    m_server->route(u"/v1/limit"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Get, [this] { return showLimit(); }}});
    });
    m_server->route(u"/v1/clock"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Get, [this] { return showClock(); }}}, Access::Open);
    });
    m_server->route(u"/v1/simulation/clock"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Post, [&] { return moveClock(request.body()); }}},
                     Access::Open);
    });
    // Revoking checks the grant itself: an expired grant may still be revoked.
    m_server->route(u"/v1/authorizations/current"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Delete, [&] { return revokeAuthorization(request); }}},
                     Access::Open);
    });
    m_server->route(u"/v1/authorizations"_s, [this](const QHttpServerRequest &request) {
        return serve(request, {{Method::Post, [&] { return authorize(request.body()); }}},
                     Access::Open);
    });

    m_server->setMissingHandler([](const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder) {
        qCDebug(lcBank) << methodName(request.method()) << request.url().path() << 404;
        const BankError error = BankError::of(
            BankErrorCode::NotFound, u"There is no %1 on this bank."_s.arg(request.url().path()));
        responder.write(BankProtocol::error(error), jsonMimeType(),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

QHttpServerResponse BankService::serve(const QHttpServerRequest &request, MethodHandlers handlers,
                                       Access access)
{
    const quint64 revisionBefore = m_ledger.revision();
    const quint64 grantsBefore = m_ledger.authorizations().revision();
    Reply reply;
    QByteArray allowed;
    bool handled = false;
    std::optional<Reply> refused;
    if (access == Access::Granted)
        refused = refuseAccess(request);
    for (const auto &[method, handler] : handlers) {
        allowed +=
            (allowed.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + methodName(method);
        if (refused)
            continue;
        if (method == request.method()) {
            reply = handler();
            handled = true;
            break;
        }
    }
    if (refused) {
        reply = *refused;
        handled = true;
    } else if (!handled) {
        reply = errorReply(BankError::of(BankErrorCode::MethodNotAllowed,
                                         u"%1 %2 is not offered; use %3."_s.arg(
                                             QString::fromLatin1(methodName(request.method())),
                                             request.url().path(), QString::fromLatin1(allowed))));
    }

    QHttpServerResponse response(jsonMimeType(), reply.body,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    if (!reply.location.isEmpty())
        response.setHeader(QByteArrayLiteral("Location"), reply.location);
    if (!handled)
        response.setHeader(QByteArrayLiteral("Allow"), allowed);
    if (reply.status == 401)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer realm=\"odf-bank\""));
    // Never the headers: the Authorization header carries a secret.
    qCDebug(lcBank) << methodName(request.method()) << request.url().path() << reply.status;

    const bool booksChanged = m_ledger.revision() != revisionBefore;
    const bool grantsChanged = m_ledger.authorizations().revision() != grantsBefore;
    if ((booksChanged || grantsChanged) && !m_stateFile.isEmpty()) {
        QString message;
        if (!BankStateFile::save(m_stateFile, m_ledger, &message))
            qCWarning(lcBank) << "cannot keep the state:" << message;
    }
    if (booksChanged)
        Q_EMIT ledgerChanged();
    return response;
}

std::optional<BankService::Reply> BankService::refuseAccess(const QHttpServerRequest &request) const
{
    if (!m_authorizationRequired)
        return std::nullopt;
    const QString grant =
        BankProtocol::bearerGrant(request.value(QByteArrayLiteral("Authorization")));
    switch (m_ledger.authorizations().check(grant, m_ledger.now())) {
    case BankAuthorizations::Check::Valid:
        return std::nullopt;
    case BankAuthorizations::Check::Expired:
        return errorReply(BankError::of(
            BankErrorCode::AuthorizationExpired,
            u"The authorization has expired; authorize again through POST /v1/authorizations."_s));
    case BankAuthorizations::Check::Unknown:
        break;
    }
    return errorReply(BankError::of(
        BankErrorCode::Unauthorized,
        grant.isEmpty()
            ? u"This call needs \"Authorization: Bearer <grant>\"; get a grant through POST "
              u"/v1/authorizations."_s
            : u"The bank does not know this grant; it may have been revoked."_s));
}

BankService::Reply BankService::errorReply(const BankError &error)
{
    return {httpStatus(error.code), BankProtocol::error(error), {}};
}

BankService::Reply BankService::showParameters() const
{
    return {200, BankProtocol::parameters(m_ledger.parameters()), {}};
}

BankService::Reply BankService::showLimit()
{
    return {200, BankProtocol::limit(m_ledger.limit()), {}};
}

BankService::Reply BankService::showClock() const
{
    return {200, BankProtocol::clock(m_ledger.now(), isSimulation()), {}};
}

BankService::Reply BankService::quote(const QByteArray &body)
{
    const Outcome<InvoiceOffer> offer = BankProtocol::readOffer(body);
    if (!offer.isOk())
        return errorReply(offer.error());
    const Outcome<BankQuote> quoted = m_ledger.quote(offer.value());
    if (!quoted.isOk())
        return errorReply(quoted.error());
    return {200, BankProtocol::quote(quoted.value()), {}};
}

BankService::Reply BankService::placeRequest(const QByteArray &body)
{
    const Outcome<InvoiceOffer> offer = BankProtocol::readOffer(body);
    if (!offer.isOk())
        return errorReply(offer.error());
    const Outcome<BankLedger::Placement> placed = m_ledger.request(offer.value());
    if (!placed.isOk())
        return errorReply(placed.error());
    const FinancingRequest &request = placed.value().request;
    return {placed.value().created ? 201 : 200, BankProtocol::request(request, m_ledger.now()),
            requestPath(request.id).toUtf8()};
}

BankService::Reply BankService::listRequests(const QUrlQuery &query)
{
    QList<FinancingRequest> requests = m_ledger.requests();
    if (query.hasQueryItem(u"invoice_id"_s)) {
        const QString invoiceId = query.queryItemValue(u"invoice_id"_s, QUrl::FullyDecoded);
        requests.removeIf([&invoiceId](const FinancingRequest &request) {
            return request.invoice.invoiceId != invoiceId;
        });
    }
    return {200, BankProtocol::requestList(requests, m_ledger.now()), {}};
}

BankService::Reply BankService::showRequest(const QString &requestId)
{
    const Outcome<FinancingRequest> found = m_ledger.find(requestId);
    if (!found.isOk())
        return errorReply(found.error());
    return {200, BankProtocol::request(found.value(), m_ledger.now()), {}};
}

BankService::Reply BankService::sign(const QString &requestId, const QByteArray &body)
{
    // An unknown request is reported before a faulty body: the id is what the caller got wrong.
    if (const Outcome<FinancingRequest> found = m_ledger.find(requestId); !found.isOk())
        return errorReply(found.error());
    const Outcome<bool> decision = BankProtocol::readSignature(body);
    if (!decision.isOk())
        return errorReply(decision.error());
    const Outcome<FinancingRequest> signedRequest = m_ledger.sign(requestId, decision.value());
    if (!signedRequest.isOk())
        return errorReply(signedRequest.error());
    return {200, BankProtocol::request(signedRequest.value(), m_ledger.now()), {}};
}

BankService::Reply BankService::customerPays(const QString &requestId)
{
    const Outcome<FinancingRequest> settled = m_ledger.customerPays(requestId);
    if (!settled.isOk())
        return errorReply(settled.error());
    return {200, BankProtocol::request(settled.value(), m_ledger.now()), {}};
}

BankService::Reply BankService::showStatement(const QString &requestId)
{
    const Outcome<FinancingRequest> found = m_ledger.statement(requestId);
    if (!found.isOk())
        return errorReply(found.error());
    return {200, BankProtocol::statement(found.value()), {}};
}

BankService::Reply BankService::listStatements(const QUrlQuery &query)
{
    const auto parameter = [&query](const QString &name) {
        return BankProtocol::readDateParameter(name, query.queryItemValue(name),
                                               query.hasQueryItem(name));
    };
    const Outcome<QDate> from = parameter(u"from"_s);
    if (!from.isOk())
        return errorReply(from.error());
    const Outcome<QDate> to = parameter(u"to"_s);
    if (!to.isOk())
        return errorReply(to.error());
    if (from.value().isValid() && to.value().isValid() && from.value() > to.value()) {
        return errorReply(BankError::ofField(
            BankErrorCode::InvalidField, u"to"_s,
            u"The period ends before it starts: from %1 to %2."_s.arg(
                from.value().toString(Qt::ISODate), to.value().toString(Qt::ISODate))));
    }
    return {200,
            BankProtocol::statementList(m_ledger.statements(from.value(), to.value()), from.value(),
                                        to.value()),
            {}};
}

BankService::Reply BankService::authorize(const QByteArray &body)
{
    const Outcome<QString> company = BankProtocol::readAuthorization(body);
    if (!company.isOk())
        return errorReply(company.error());
    const BankAuthorizations::Issued issued =
        m_ledger.authorizations().issue(company.value(), m_ledger.now());
    qCDebug(lcBank) << "authorized" << company.value() << "until" << issued.expiresAt;
    return {201, BankProtocol::authorization(issued), {}};
}

BankService::Reply BankService::revokeAuthorization(const QHttpServerRequest &request)
{
    const QString grant =
        BankProtocol::bearerGrant(request.value(QByteArrayLiteral("Authorization")));
    if (!m_ledger.authorizations().revoke(grant)) {
        return errorReply(BankError::of(BankErrorCode::Unauthorized,
                                        grant.isEmpty()
                                            ? u"Say which grant to revoke: \"Authorization: Bearer "
                                              u"<grant>\"."_s
                                            : u"The bank does not know this grant."_s));
    }
    qCDebug(lcBank) << "authorization revoked";
    return {204, {}, {}};
}

BankService::Reply BankService::moveClock(const QByteArray &body)
{
    if (!isSimulation()) {
        return errorReply(BankError::of(
            BankErrorCode::SimulationDisabled,
            u"This bank was started without simulation; its clock cannot be moved."_s));
    }
    const Outcome<QDateTime> target = BankProtocol::readClockMove(body, m_ledger.now());
    if (!target.isOk())
        return errorReply(target.error());
    m_moveClock(target.value());
    qCDebug(lcBank) << "clock moved to" << target.value();
    // What the new time does to the books is applied at once, so the state file follows.
    m_ledger.catchUp();
    return {200, BankProtocol::clock(m_ledger.now(), true), {}};
}
