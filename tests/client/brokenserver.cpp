#include "brokenserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int trickleIntervalMilliseconds = 50;

// Whether the buffer holds a whole call: the head and as many body bytes as it announced.
bool isComplete(const QByteArray &received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    qsizetype length = 0;
    const QList<QByteArray> lines = received.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(int(sizeof("content-length:")) - 1).trimmed().toLongLong();
    }
    return received.size() >= headEnd + 4 + length;
}

} // namespace

BrokenServer::BrokenServer(Behaviour behaviour, QByteArray answer, int delayMilliseconds,
                           QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_behaviour(behaviour)
    , m_answer(std::move(answer))
    , m_delayMilliseconds(delayMilliseconds)
{
    connect(m_server, &QTcpServer::newConnection, this, &BrokenServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return;
    m_url.setScheme(u"http"_s);
    m_url.setHost(u"127.0.0.1"_s);
    m_url.setPort(m_server->serverPort());
    // A port that was just ours and is closed again is one where nothing listens.
    if (m_behaviour == Behaviour::Absent)
        m_server->close();
}

QByteArray BrokenServer::httpAnswer(int status, const QByteArray &body,
                                    const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

void BrokenServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void BrokenServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray received = socket->property("received").toByteArray() + socket->readAll();
    socket->setProperty("received", received);
    if (!isComplete(received) || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    ++m_callCount;

    switch (m_behaviour) {
    case Behaviour::Answer:
        respond(socket);
        break;
    case Behaviour::AnswerLate:
        QTimer::singleShot(m_delayMilliseconds, socket, [this, socket] { respond(socket); });
        break;
    case Behaviour::Silent:
    case Behaviour::Absent:
        break;
    case Behaviour::Trickle: {
        socket->write(m_answer.isEmpty() ? QByteArrayLiteral(
                          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 1000000\r\n\r\n{")
                                         : m_answer);
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(trickleIntervalMilliseconds);
        break;
    }
    case Behaviour::Close:
        socket->abort();
        break;
    }
}

void BrokenServer::respond(QTcpSocket *socket)
{
    socket->write(m_answer);
    socket->disconnectFromHost();
}
