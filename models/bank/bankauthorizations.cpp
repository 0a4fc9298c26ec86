#include "bankauthorizations.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

BankAuthorizations::Issued BankAuthorizations::issue(const QString &companyVatNumber,
                                                     const QDateTime &now)
{
    // 256 bits from the operating system's generator: a grant cannot be guessed.
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           qsizetype(words.size() * sizeof(quint32)));
    Issued issued;
    issued.grant = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    issued.grantedAt = now.toUTC();
    issued.expiresAt = issued.grantedAt.addDays(validityDays);

    Record record {hash(issued.grant), companyVatNumber, issued.grantedAt, issued.expiresAt};
    m_order.append(record.hash);
    m_records.insert(record.hash, std::move(record));
    ++m_revision;
    return issued;
}

BankAuthorizations::Check BankAuthorizations::check(const QString &grant,
                                                    const QDateTime &now) const
{
    if (grant.isEmpty())
        return Check::Unknown;
    const auto found = m_records.constFind(hash(grant));
    if (found == m_records.cend())
        return Check::Unknown;
    return now < found->expiresAt ? Check::Valid : Check::Expired;
}

bool BankAuthorizations::revoke(const QString &grant)
{
    if (grant.isEmpty())
        return false;
    const QByteArray key = hash(grant);
    if (m_records.remove(key) == 0)
        return false;
    m_order.removeAll(key);
    ++m_revision;
    return true;
}

QByteArray BankAuthorizations::hash(const QString &grant)
{
    return QCryptographicHash::hash(grant.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QList<BankAuthorizations::Record> BankAuthorizations::snapshot() const
{
    QList<Record> records;
    records.reserve(m_order.size());
    for (const QByteArray &key : m_order)
        records.append(m_records.value(key));
    return records;
}

void BankAuthorizations::restore(const QList<Record> &records)
{
    m_records.clear();
    m_order.clear();
    for (const Record &record : records) {
        if (!m_records.contains(record.hash))
            m_order.append(record.hash);
        m_records.insert(record.hash, record);
    }
    ++m_revision;
}
