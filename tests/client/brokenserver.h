#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A local HTTP server on 127.0.0.1 that misbehaves on purpose, so that tests see how the bank
// client copes with a bank that is silent, slow, broken or not there at all.
class BrokenServer final : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Answer, // writes the answer as soon as the call has arrived, then closes
        AnswerLate, // writes the answer after delayMilliseconds
        Silent, // reads the call and never answers
        // Writes the answer, or by default the head of one that promises a long body, and then
        // one more byte of body now and then, forever.
        Trickle,
        Close, // closes the connection without a word
        Absent, // had a port, closed it: nothing listens there any more
    };

    BrokenServer(Behaviour behaviour, QByteArray answer = {}, int delayMilliseconds = 0,
                 QObject *parent = nullptr);

    QUrl url() const { return m_url; }
    bool isReady() const { return m_url.isValid(); }
    // The calls that arrived complete, answered or not.
    int callCount() const { return m_callCount; }

    // A complete HTTP/1.1 answer with the given status and body.
    static QByteArray httpAnswer(int status, const QByteArray &body,
                                 const QByteArray &contentType = "application/json");

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket);

    QTcpServer *m_server = nullptr; // child
    Behaviour m_behaviour;
    QByteArray m_answer;
    int m_delayMilliseconds = 0;
    int m_callCount = 0;
    QUrl m_url;
};
