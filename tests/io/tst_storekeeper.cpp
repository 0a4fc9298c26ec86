#include "invoicebook.h"
#include "storefile.h"
#include "storekeeper.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace {

const QDateTime authorizedAt(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

StoreData sample()
{
    StoreData data;
    data.company = {u"Lindeboom Interieur BV"_s,
                    u"BE0723134802"_s,
                    u"BE"_s,
                    u"boekhouding@lindeboom-interieur.be"_s,
                    PricePlan::Move,
                    true};
    data.users = {User {u"u-admin"_s, u"Sofie Verhulst"_s, true}};
    data.currentUserId = u"u-admin"_s;
    data.integration.added = true;
    Invoice invoice;
    invoice.id = u"inv-1"_s;
    invoice.number = u"2026-0142"_s;
    invoice.issueDate = QDate(2026, 3, 2);
    invoice.total = Money::fromCents(6'050'00);
    data.invoices.append(invoice);
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// The keeper writes the company, its users and the integration with the invoices, and never
// writes over a store it could not read.
class TestStoreKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsUsersAndIntegration();
    void unchangedValuesWriteNothing();
    void startFreshWithCompanyAlone();
    void failedLoadWritesNothing_data();
    void failedLoadWritesNothing();

private:
    QTemporaryDir m_directory;
};

void TestStoreKeeper::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

void TestStoreKeeper::keepsUsersAndIntegration()
{
    const QString path = m_directory.filePath(u"keeper/store.json"_s);
    StoreData data = sample();
    {
        InvoiceBook book;
        StoreKeeper keeper(book, path);
        QCOMPARE(keeper.startFresh(data), QString());
        QCOMPARE(StoreFile::load(path).data.value_or(StoreData {}), data);

        data.users.append(User {u"u-clerk"_s, u"Jonas De Smet"_s, false});
        keeper.setUsers(data.users);
        data.currentUserId = u"u-clerk"_s;
        keeper.setCurrentUserId(data.currentUserId);
        data.company.plan = PricePlan::Boost;
        keeper.setCompany(data.company);
        data.integration = IntegrationSetup {true, authorizedAt, authorizedAt.addDays(60)};
        keeper.setIntegration(data.integration);
        // Batched: the changes of one turn of the event loop are written once, after it.
        QTRY_COMPARE(StoreFile::load(path).data.value_or(StoreData {}), data);
    }

    InvoiceBook book;
    StoreKeeper reader(book, path);
    QCOMPARE(reader.load(), QString());
    QCOMPARE(reader.company(), data.company);
    QCOMPARE(reader.users(), data.users);
    QCOMPARE(reader.currentUserId(), data.currentUserId);
    QCOMPARE(reader.integration(), data.integration);
    QCOMPARE(book.invoices(), data.invoices);
}

void TestStoreKeeper::unchangedValuesWriteNothing()
{
    const QString path = m_directory.filePath(u"unchanged/store.json"_s);
    const StoreData data = sample();
    InvoiceBook book;
    StoreKeeper keeper(book, path);
    QCOMPARE(keeper.startFresh(data), QString());
    QVERIFY(QFile::remove(path));

    keeper.setCompany(data.company);
    keeper.setUsers(data.users);
    keeper.setCurrentUserId(data.currentUserId);
    keeper.setIntegration(data.integration);
    QTest::qWait(20);

    QVERIFY(!QFile::exists(path));
}

void TestStoreKeeper::startFreshWithCompanyAlone()
{
    const QString path = m_directory.filePath(u"company-alone/store.json"_s);
    const StoreData data = sample();
    InvoiceBook book;
    StoreKeeper keeper(book, path);

    QCOMPARE(keeper.startFresh(data.company, data.invoices), QString());

    const StoreLoadResult loaded = StoreFile::load(path);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.data->company, data.company);
    QCOMPARE(loaded.data->invoices, data.invoices);
    QCOMPARE(loaded.data->users, QList<User>());
    QCOMPARE(loaded.data->currentUserId, QString());
    QCOMPARE(loaded.data->integration, IntegrationSetup());
}

void TestStoreKeeper::failedLoadWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // %1 is the file

    const QString path = m_directory.filePath(u"valid.json"_s);
    QCOMPARE(StoreFile::save(path, sample()), QString());
    const QByteArray bytes = readAll(path);
    const Json valid = Json::parse(bytes.constData(), bytes.constData() + bytes.size());

    Json unknownPlan = valid;
    unknownPlan["company"]["plan"] = "premium";
    QTest::newRow("unknown plan") << QByteArray::fromStdString(unknownPlan.dump(
        2)) << uR"(%1: company.plan: "premium" is not one of "go", "move", "boost".)"_s;
    Json noId = valid;
    noId["users"][0].erase("id");
    QTest::newRow("user without id")
        << QByteArray::fromStdString(noId.dump(2)) << u"%1: users[0].id is missing."_s;
    Json emptyId = valid;
    emptyId["users"][0]["id"] = "";
    QTest::newRow("user with an empty id")
        << QByteArray::fromStdString(emptyId.dump(2))
        << u"%1: users[0].id is empty; every user needs an id."_s;
}

// A store the program cannot read is left exactly as it is: the user decides what to do.
void TestStoreKeeper::failedLoadWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_directory.filePath(u"unreadable.json"_s);
    QVERIFY(writeAll(path, content));

    InvoiceBook book;
    StoreKeeper keeper(book, path);
    QCOMPARE(keeper.load(), expected.arg(QDir::toNativeSeparators(path)));
    keeper.setCompany(Company {});
    keeper.setUsers({});
    keeper.setCurrentUserId(u"u-other"_s);
    keeper.setIntegration(IntegrationSetup {});
    QCOMPARE(keeper.saveNow(), QString());
    QTest::qWait(20);

    QCOMPARE(readAll(path), content);
}

QTEST_GUILESS_MAIN(TestStoreKeeper)

#include "tst_storekeeper.moc"
