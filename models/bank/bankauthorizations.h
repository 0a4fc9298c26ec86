#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// The access grants the simulated bank has issued (the simulated KBC Sign / KBC Business
// Dashboard authorization). A grant is a random secret handed to the client once; the bank
// keeps only its SHA-256, with the company it was issued to and when it expires, so that
// neither its memory nor its state file can give a grant away.
class BankAuthorizations final
{
public:
    static constexpr int validityDays = 60;

    // What the bank remembers of one grant.
    struct Record
    {
        QByteArray hash; // SHA-256 of the grant's UTF-8 bytes, lower-case hex
        QString companyVatNumber; // canonical "BE" + ten digits
        QDateTime grantedAt; // UTC
        QDateTime expiresAt; // grantedAt + 60 days; the grant works strictly before it

        friend bool operator==(const Record &, const Record &) = default;
    };

    // The answer to an authorization: the grant itself, which the bank forgets at once.
    struct Issued
    {
        QString grant; // 32 random bytes, base64url without padding (43 characters)
        QDateTime grantedAt;
        QDateTime expiresAt;
    };

    enum class Check {
        Valid,
        Unknown, // missing, never issued or revoked
        Expired, // issued, and now is at or after its expiry
    };

    // A new grant for the company, valid validityDays from now.
    Issued issue(const QString &companyVatNumber, const QDateTime &now);
    Check check(const QString &grant, const QDateTime &now) const;
    // Forgets the grant; false when it was not known.
    bool revoke(const QString &grant);

    static QByteArray hash(const QString &grant);

    // The whole state, to keep it across a restart: in the order the grants were issued.
    QList<Record> snapshot() const;
    void restore(const QList<Record> &records);
    // Grows with every grant issued or revoked.
    quint64 revision() const { return m_revision; }

private:
    QHash<QByteArray, Record> m_records; // by hash
    QList<QByteArray> m_order; // hashes in the order issued
    quint64 m_revision = 0;
};
