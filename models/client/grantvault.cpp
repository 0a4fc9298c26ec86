#include "grantvault.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcGrantVault, "odf.client.vault", QtWarningMsg)

// Runs done from the event loop while the context lives: never inside the call that asked.
template<typename Function>
void later(const QObject *context, Function done)
{
    QTimer::singleShot(0, context, std::move(done));
}

// The keychain is not there (or not usable at all): keep grants in memory instead.
bool meansNoKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        break;
    }
    return false;
}

QString service()
{
    return QString::fromLatin1(KeychainGrantVault::serviceName);
}

// A job that deletes itself once finished, answering only while the context lives.
template<typename Job, typename Handle>
void run(Job *job, const QString &account, const QObject *vault, const QObject *context,
         Handle handle)
{
    job->setAutoDelete(true);
    // Never a plain file in place of the keychain.
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, vault,
                     [context = QPointer<const QObject>(context),
                      handle = std::move(handle)](QKeychain::Job *finished) {
                         if (context)
                             handle(*static_cast<Job *>(finished));
                     });
    job->start();
}

} // namespace

KeychainGrantVault::KeychainGrantVault(QObject *parent)
    : GrantVault(parent)
{ }

KeychainGrantVault::~KeychainGrantVault() = default;

void KeychainGrantVault::fallBack(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    qCWarning(lcGrantVault) << "no system keychain; the access grant is kept for this session "
                               "only:"
                            << reason;
    Q_EMIT persistenceChanged(false);
}

void KeychainGrantVault::read(const QString &account, const QObject *context, ReadDone done)
{
    Q_ASSERT(context);
    if (!m_persistent) {
        later(context,
              [grant = m_session.value(account), found = m_session.contains(account),
               done = std::move(done)] {
                  done(found ? std::optional<QString>(grant) : std::nullopt);
              });
        return;
    }
    run(new QKeychain::ReadPasswordJob(service()), account, this, context,
        [this, account, done = std::move(done)](const QKeychain::ReadPasswordJob &job) {
            if (job.error() == QKeychain::NoError) {
                done(job.textData());
                return;
            }
            if (meansNoKeychain(job.error()))
                fallBack(job.errorString());
            else if (job.error() != QKeychain::EntryNotFound)
                qCWarning(lcGrantVault) << "cannot read the access grant:" << job.errorString();
            const auto kept = m_session.constFind(account);
            done(kept != m_session.cend() ? std::optional<QString>(*kept) : std::nullopt);
        });
}

void KeychainGrantVault::write(const QString &account, const QString &grant, const QObject *context,
                               WriteDone done)
{
    Q_ASSERT(context);
    if (!m_persistent) {
        m_session.insert(account, grant);
        later(context, [done = std::move(done)] { done(false); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setTextData(grant);
    run(job, account, this, context,
        [this, account, grant, done = std::move(done)](const QKeychain::WritePasswordJob &job) {
            if (job.error() == QKeychain::NoError) {
                m_session.remove(account);
                done(true);
                return;
            }
            if (meansNoKeychain(job.error()))
                fallBack(job.errorString());
            else
                qCWarning(lcGrantVault)
                    << "cannot keep the access grant in the keychain:" << job.errorString();
            // Kept for this session rather than lost.
            m_session.insert(account, grant);
            done(false);
        });
}

void KeychainGrantVault::remove(const QString &account, const QObject *context, RemoveDone done)
{
    Q_ASSERT(context);
    m_session.remove(account);
    if (!m_persistent) {
        later(context, std::move(done));
        return;
    }
    run(new QKeychain::DeletePasswordJob(service()), account, this, context,
        [this, done = std::move(done)](const QKeychain::DeletePasswordJob &job) {
            if (meansNoKeychain(job.error()))
                fallBack(job.errorString());
            else if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
                qCWarning(lcGrantVault) << "cannot remove the access grant:" << job.errorString();
            done();
        });
}

SessionGrantVault::SessionGrantVault(QObject *parent)
    : GrantVault(parent)
{ }

SessionGrantVault::~SessionGrantVault() = default;

void SessionGrantVault::read(const QString &account, const QObject *context, ReadDone done)
{
    Q_ASSERT(context);
    const auto kept = m_grants.constFind(account);
    const std::optional<QString> grant =
        kept != m_grants.cend() ? std::optional<QString>(*kept) : std::nullopt;
    later(context, [grant, done = std::move(done)] { done(grant); });
}

void SessionGrantVault::write(const QString &account, const QString &grant, const QObject *context,
                              WriteDone done)
{
    Q_ASSERT(context);
    m_grants.insert(account, grant);
    later(context, [done = std::move(done)] { done(false); });
}

void SessionGrantVault::remove(const QString &account, const QObject *context, RemoveDone done)
{
    Q_ASSERT(context);
    m_grants.remove(account);
    later(context, std::move(done));
}
