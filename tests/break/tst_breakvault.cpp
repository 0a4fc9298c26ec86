// Trying to make the keychain vault write the grant somewhere it should not: on a machine
// without a system keychain it must keep the grant for the session only, in memory, and say
// so; no file under the user's folders may ever hold it.

#include "grantvault.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The folders a keychain fallback could write to, all inside one temporary home.
QTemporaryDir *home = nullptr;

} // namespace

class TestBreakVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantNeverInAFile();
};

void TestBreakVault::grantNeverInAFile()
{
    const QString grant = u"grant-that-must-stay-in-memory-7f3a9c2e11"_s;
    KeychainGrantVault vault;
    QSignalSpy persistence(&vault, &GrantVault::persistenceChanged);
    QObject context;
    std::optional<bool> persistent;
    vault.write(u"BE0123456749"_s, grant, &context,
                [&persistent](bool kept) { persistent = kept; });
    QTRY_VERIFY_WITH_TIMEOUT(persistent.has_value(), 30000);
    std::optional<QString> read;
    vault.read(u"BE0123456749"_s, &context,
               [&read](const std::optional<QString> &kept) { read = kept.value_or(QString()); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(*read, grant);
    if (!*persistent) {
        // Kept for the session: said once.
        QVERIFY(!vault.isPersistent());
        QCOMPARE(persistence.size(), 1);
    }
    QSettings().sync();

    QDirIterator it(home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(grant.toUtf8()), qPrintable(file.fileName()));
    }

    bool removed = false;
    vault.remove(u"BE0123456749"_s, &context, [&removed] { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    read.reset();
    vault.read(u"BE0123456749"_s, &context,
               [&read](const std::optional<QString> &kept) { read = kept.value_or(QString()); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(*read, QString());
}

int main(int argc, char **argv)
{
    QTemporaryDir folder;
    home = &folder;
    qputenv("HOME", folder.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (folder.path() + u"/config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (folder.path() + u"/data"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (folder.path() + u"/cache"_s).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OnDemandFinancing"_s);
    QCoreApplication::setApplicationName(u"odf"_s);
    TestBreakVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_breakvault.moc"
