#include "grantvault.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The wrapper with-keyring.sh says whether it started a keychain: "ready", or "unavailable:"
// and why. Unset outside the wrapper.
QString keychainSession()
{
    return qEnvironmentVariable("ODF_KEYCHAIN_SESSION");
}

constexpr int waitMilliseconds = 10'000;

std::optional<QString> readFrom(GrantVault &vault, const QString &account)
{
    std::optional<std::optional<QString>> answer;
    QObject context;
    vault.read(account, &context,
               [&answer](const std::optional<QString> &grant) { answer = grant; });
    // Never answered inside the call.
    if (answer)
        return u"answered inside the call"_s;
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, waitMilliseconds))
        return u"no answer"_s;
    return *answer;
}

std::optional<bool> writeTo(GrantVault &vault, const QString &account, const QString &grant)
{
    std::optional<bool> answer;
    QObject context;
    vault.write(account, grant, &context, [&answer](bool persistent) { answer = persistent; });
    if (answer)
        return std::nullopt;
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, waitMilliseconds))
        return std::nullopt;
    return answer;
}

bool removeFrom(GrantVault &vault, const QString &account)
{
    bool answered = false;
    QObject context;
    vault.remove(account, &context, [&answered] { answered = true; });
    if (answered)
        return false;
    return QTest::qWaitFor([&answered] { return answered; }, waitMilliseconds);
}

// Unlike any grant a test could leave behind by accident.
QString uniqueAccount()
{
    return u"BE0123456749-test-%1"_s.arg(QCoreApplication::applicationPid());
}

} // namespace

// Where the bank's access grant is kept: the session vault in memory; the keychain vault that
// falls back to memory when no keychain answers; and, under a private session bus with an
// unlocked gnome-keyring (ctest's tst_grantvault_keychain), the keychain itself.
class TestGrantVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionVault();
    void sessionVaultKeepsAccountsApart();
    void destroyedContextHearsNothing();
    void keychainFallsBackWithoutAKeychain();
    void keychainRoundTrip();
};

void TestGrantVault::sessionVault()
{
    SessionGrantVault vault;
    QSignalSpy persistence(&vault, &GrantVault::persistenceChanged);
    QVERIFY(!vault.isPersistent());
    QCOMPARE(readFrom(vault, u"BE0123456749"_s), std::nullopt);
    QCOMPARE(writeTo(vault, u"BE0123456749"_s, u"grant-1"_s), std::optional<bool>(false));
    QCOMPARE(readFrom(vault, u"BE0123456749"_s), std::optional<QString>(u"grant-1"_s));
    QCOMPARE(writeTo(vault, u"BE0123456749"_s, u"grant-2"_s), std::optional<bool>(false));
    QCOMPARE(readFrom(vault, u"BE0123456749"_s), std::optional<QString>(u"grant-2"_s));
    QVERIFY(removeFrom(vault, u"BE0123456749"_s));
    QCOMPARE(readFrom(vault, u"BE0123456749"_s), std::nullopt);
    // Removing what is not there is no error.
    QVERIFY(removeFrom(vault, u"BE0123456749"_s));
    QCOMPARE(persistence.count(), 0);
}

void TestGrantVault::sessionVaultKeepsAccountsApart()
{
    SessionGrantVault vault;
    QVERIFY(writeTo(vault, u"BE0123456749"_s, u"first"_s).has_value());
    QVERIFY(writeTo(vault, u"BE0200000043"_s, u"second"_s).has_value());
    QVERIFY(removeFrom(vault, u"BE0123456749"_s));
    QCOMPARE(readFrom(vault, u"BE0123456749"_s), std::nullopt);
    QCOMPARE(readFrom(vault, u"BE0200000043"_s), std::optional<QString>(u"second"_s));
    // Another vault is another session.
    SessionGrantVault other;
    QCOMPARE(readFrom(other, u"BE0200000043"_s), std::nullopt);
}

void TestGrantVault::destroyedContextHearsNothing()
{
    SessionGrantVault vault;
    int answers = 0;
    auto context = std::make_unique<QObject>();
    vault.write(u"BE0123456749"_s, u"grant"_s, context.get(), [&answers](bool) { ++answers; });
    vault.read(u"BE0123456749"_s, context.get(),
               [&answers](const std::optional<QString> &) { ++answers; });
    vault.remove(u"BE0123456749"_s, context.get(), [&answers] { ++answers; });
    context.reset();
    QTest::qWait(50);
    QCOMPARE(answers, 0);
    // What was asked was still done.
    QCOMPARE(readFrom(vault, u"BE0123456749"_s), std::nullopt);
}

void TestGrantVault::keychainFallsBackWithoutAKeychain()
{
    if (!keychainSession().isEmpty())
        QSKIP("runs without a session bus; this run has one with a keychain");
    // No session bus at all: nothing can answer for a keychain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/odf-no-session-bus");

    KeychainGrantVault vault;
    QSignalSpy persistence(&vault, &GrantVault::persistenceChanged);
    QVERIFY(vault.isPersistent());
    const QString account = uniqueAccount();

    QCOMPARE(writeTo(vault, account, u"the-grant"_s), std::optional<bool>(false));
    QVERIFY(!vault.isPersistent());
    QCOMPARE(persistence.count(), 1);
    QCOMPARE(persistence.constFirst().constFirst().toBool(), false);

    // Kept for the session.
    QCOMPARE(readFrom(vault, account), std::optional<QString>(u"the-grant"_s));
    QCOMPARE(writeTo(vault, account, u"the-new-grant"_s), std::optional<bool>(false));
    QCOMPARE(readFrom(vault, account), std::optional<QString>(u"the-new-grant"_s));
    QVERIFY(removeFrom(vault, account));
    QCOMPARE(readFrom(vault, account), std::nullopt);
    // Said once.
    QCOMPARE(persistence.count(), 1);

    // A vault that finds out on a read falls back just the same.
    KeychainGrantVault reading;
    QSignalSpy readingPersistence(&reading, &GrantVault::persistenceChanged);
    QCOMPARE(readFrom(reading, account), std::nullopt);
    QVERIFY(!reading.isPersistent());
    QCOMPARE(readingPersistence.count(), 1);
}

void TestGrantVault::keychainRoundTrip()
{
    const QString session = keychainSession();
    if (session.isEmpty())
        QSKIP("needs a keychain: ctest runs this as tst_grantvault_keychain, under "
              "with-keyring.sh (a private D-Bus session with an unlocked gnome-keyring)");
    if (session != u"ready")
        QSKIP(qPrintable(u"no keychain could be started here: "_s + session));

    const QString account = uniqueAccount();
    const QString grant = u"q3Xb0w6pR1kT9vYzA2cD4eF6gH8iJ0kL2mN4oP6qR8s"_s;
    {
        KeychainGrantVault vault;
        QSignalSpy persistence(&vault, &GrantVault::persistenceChanged);
        QVERIFY(vault.isPersistent());
        QCOMPARE(writeTo(vault, account, grant), std::optional<bool>(true));
        QVERIFY(vault.isPersistent());
        QCOMPARE(readFrom(vault, account), std::optional<QString>(grant));
        QCOMPARE(persistence.count(), 0);
    }
    {
        // Another vault, as after a restart, finds it in the keychain.
        KeychainGrantVault vault;
        QCOMPARE(readFrom(vault, account), std::optional<QString>(grant));
        QVERIFY(removeFrom(vault, account));
        QCOMPARE(readFrom(vault, account), std::nullopt);
        QVERIFY(vault.isPersistent());
    }
    KeychainGrantVault after;
    QCOMPARE(readFrom(after, account), std::nullopt);
    QVERIFY(after.isPersistent());
}

QTEST_GUILESS_MAIN(TestGrantVault)
#include "tst_grantvault.moc"
