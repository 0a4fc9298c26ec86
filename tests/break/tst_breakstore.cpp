// Trying to break the store's users, company profile and integration: files written by hand
// with an old version, an unknown plan, duplicate or missing users, cut short. Each must be
// refused with a message naming the file and the field, and nothing may be written.

#include "invoicebook.h"
#include "storefile.h"
#include "storekeeper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StoreData sample()
{
    StoreData data;
    data.company.name = u"Drukkerij Verhulst BV"_s;
    data.company.vatNumber = u"BE0123456749"_s;
    data.company.countryCode = u"BE"_s;
    data.company.email = u"info@verhulst.example"_s;
    data.company.plan = PricePlan::Boost;
    data.users = {{u"u-admin"_s, u"Sofie Verhulst"_s, true},
                  {u"u-clerk"_s, u"Jonas De Smet"_s, false}};
    data.currentUserId = u"u-clerk"_s;
    data.integration.added = true;
    data.integration.authorizedAt = QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC);
    data.integration.authorizedUntil = data.integration.authorizedAt.addDays(60);
    return data;
}

} // namespace

class TestBreakStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void versionOneGetsOneAdministrator();
    void refused_data();
    void refused();
    void emptyCurrentUserAmongUsersIsRefused();
    void truncatedFileIsRefusedAndKept();

private:
    QJsonObject written() const;
    void write(const QByteArray &bytes) const;
    QString path() const { return m_directory.filePath(u"invoices.json"_s); }

    QTemporaryDir m_directory;
};

void TestBreakStore::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

QJsonObject TestBreakStore::written() const
{
    const QString error = StoreFile::save(path(), sample());
    if (!error.isEmpty())
        qWarning() << error;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestBreakStore::write(const QByteArray &bytes) const
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

void TestBreakStore::roundTrip()
{
    QVERIFY(!written().isEmpty());
    const StoreLoadResult loaded = StoreFile::load(path());
    QVERIFY2(loaded.data.has_value(), qPrintable(loaded.error));
    QCOMPARE(loaded.data->users, sample().users);
    QCOMPARE(loaded.data->currentUserId, u"u-clerk"_s);
    QCOMPARE(loaded.data->company.plan, PricePlan::Boost);
    QCOMPARE(loaded.data->integration, sample().integration);
}

void TestBreakStore::versionOneGetsOneAdministrator()
{
    QJsonObject root = written();
    root[u"version"_s] = 1;
    root.remove(u"users"_s);
    root.remove(u"current_user"_s);
    root.remove(u"integration"_s);
    QJsonObject company = root[u"company"_s].toObject();
    company.remove(u"plan"_s);
    company.remove(u"kbc_current_account"_s);
    root[u"company"_s] = company;
    write(QJsonDocument(root).toJson());
    const StoreLoadResult loaded = StoreFile::load(path());
    QVERIFY2(loaded.data.has_value(), qPrintable(loaded.error));
    QCOMPARE(loaded.data->users.size(), qsizetype(1));
    QVERIFY(loaded.data->users.constFirst().administrator);
    QCOMPARE(loaded.data->currentUserId, loaded.data->users.constFirst().id);
    QVERIFY(loaded.data->integration.added);
    QVERIFY(!loaded.data->integration.authorizedUntil.isValid());
}

void TestBreakStore::refused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown plan") << u"plan"_s << u"plan"_s;
    QTest::newRow("duplicate user id") << u"duplicate"_s << u"id"_s;
    QTest::newRow("unknown current user") << u"current"_s << u"current_user"_s;
    QTest::newRow("user without id") << u"noid"_s << u"id"_s;
    QTest::newRow("version zero") << u"version0"_s << u"version"_s;
    QTest::newRow("authorized until not a date") << u"until"_s << u"authorized_until"_s;
}

void TestBreakStore::refused()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    QJsonObject root = written();
    if (change == u"plan") {
        QJsonObject company = root[u"company"_s].toObject();
        company[u"plan"_s] = u"platinum"_s;
        root[u"company"_s] = company;
    } else if (change == u"duplicate") {
        QJsonArray users = root[u"users"_s].toArray();
        QJsonObject second = users.at(1).toObject();
        second[u"id"_s] = u"u-admin"_s;
        users[1] = second;
        root[u"users"_s] = users;
    } else if (change == u"current") {
        root[u"current_user"_s] = u"u-ghost"_s;
    } else if (change == u"noid") {
        QJsonArray users = root[u"users"_s].toArray();
        QJsonObject second = users.at(1).toObject();
        second[u"id"_s] = QString();
        users[1] = second;
        root[u"users"_s] = users;
    } else if (change == u"version0") {
        root[u"version"_s] = 0;
    } else if (change == u"until") {
        QJsonObject integration = root[u"integration"_s].toObject();
        integration[u"authorized_until"_s] = u"soon"_s;
        root[u"integration"_s] = integration;
    }
    const QByteArray bytes = QJsonDocument(root).toJson();
    write(bytes);

    const StoreLoadResult loaded = StoreFile::load(path());
    QVERIFY(!loaded.data.has_value());
    QVERIFY2(loaded.error.contains(u"invoices.json"_s), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(field), qPrintable(loaded.error));

    // A keeper that could not load writes nothing, whatever it is asked.
    InvoiceBook book;
    StoreKeeper keeper(book, path());
    QVERIFY(!keeper.load().isEmpty());
    keeper.setCurrentUserId(u"u-admin"_s);
    keeper.setIntegration({});
    QVERIFY(keeper.saveNow().isEmpty());
    QTest::qWait(20);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

// Once broken: a store with users but an empty current_user loads (StoreFile readAccess, at
// models/io/storefile.cpp:522, only checks a non-empty id), although the format says the
// current user is empty only in a store without users. The application then runs with no
// current user: nobody can add or remove the integration or edit the profile. Expected: refused
// with a message naming current_user.
void TestBreakStore::emptyCurrentUserAmongUsersIsRefused()
{
    QJsonObject root = written();
    root[u"current_user"_s] = QString();
    write(QJsonDocument(root).toJson());
    const StoreLoadResult loaded = StoreFile::load(path());
    QVERIFY2(!loaded.data.has_value(), "a store with users and no current user was accepted");
    QVERIFY2(loaded.error.contains(u"current_user"_s), qPrintable(loaded.error));
}

void TestBreakStore::truncatedFileIsRefusedAndKept()
{
    QJsonObject root = written();
    QByteArray bytes = QJsonDocument(root).toJson();
    bytes.truncate(bytes.indexOf("\"users\"") + 12);
    write(bytes);
    const StoreLoadResult loaded = StoreFile::load(path());
    QVERIFY(!loaded.data.has_value());
    QVERIFY2(loaded.error.contains(u"invoices.json"_s), qPrintable(loaded.error));
    InvoiceBook book;
    StoreKeeper keeper(book, path());
    QVERIFY(!keeper.load().isEmpty());
    keeper.setCurrentUserId(u"u-admin"_s);
    QTest::qWait(20);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

QTEST_MAIN(TestBreakStore)
#include "tst_breakstore.moc"
