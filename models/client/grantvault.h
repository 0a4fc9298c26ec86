#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Keeps the bank's access grant: in the system keychain, or for this session only. The grant is
// a secret: a vault never writes it to a file of its own, a setting or a log. Every call ends in
// exactly one callback, from the event loop and never inside the call, unless the context
// object is destroyed first. The account is the company's VAT number.
class GrantVault : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const std::optional<QString> &grant)>;
    using WriteDone = std::function<void(bool persistent)>; // false: kept for this session only
    using RemoveDone = std::function<void()>;

    using QObject::QObject;

    // False once the vault knows no keychain is there (then it keeps grants in memory).
    virtual bool isPersistent() const = 0;
    // The grant kept for the account; nullopt when there is none.
    virtual void read(const QString &account, const QObject *context, ReadDone done) = 0;
    virtual void write(const QString &account, const QString &grant, const QObject *context,
                       WriteDone done) = 0;
    // Forgets the account's grant; done also when there was none.
    virtual void remove(const QString &account, const QObject *context, RemoveDone done) = 0;

Q_SIGNALS:
    void persistenceChanged(bool persistent);
};

// The system keychain through qtkeychain (the Secret Service of GNOME or KDE, the macOS
// Keychain, the Windows Credential Store), under the service "OnDemandFinancing". When the
// keychain answers NoBackendAvailable, OtherError or AccessDenied (no keychain daemon, no
// session bus, a locked keychain that cannot ask) it keeps grants in memory for the rest of
// the session and emits persistenceChanged(false). It never falls back to a plain file.
class KeychainGrantVault final : public GrantVault
{
    Q_OBJECT

public:
    static constexpr const char *serviceName = "OnDemandFinancing";

    explicit KeychainGrantVault(QObject *parent = nullptr);
    ~KeychainGrantVault() override;

    bool isPersistent() const override { return m_persistent; }
    void read(const QString &account, const QObject *context, ReadDone done) override;
    void write(const QString &account, const QString &grant, const QObject *context,
               WriteDone done) override;
    void remove(const QString &account, const QObject *context, RemoveDone done) override;

private:
    // Switches to memory for the rest of the session; persistenceChanged(false) the first time.
    void fallBack(const QString &reason);

    bool m_persistent = true;
    // Grants the keychain could not take: all of them once fallen back.
    QHash<QString, QString> m_session;
};

// Keeps grants in memory only: they are gone when the application ends. For tests, and where
// the keychain is not wanted.
class SessionGrantVault final : public GrantVault
{
    Q_OBJECT

public:
    explicit SessionGrantVault(QObject *parent = nullptr);
    ~SessionGrantVault() override;

    bool isPersistent() const override { return false; }
    void read(const QString &account, const QObject *context, ReadDone done) override;
    void write(const QString &account, const QString &grant, const QObject *context,
               WriteDone done) override;
    void remove(const QString &account, const QObject *context, RemoveDone done) override;

private:
    QHash<QString, QString> m_grants;
};
