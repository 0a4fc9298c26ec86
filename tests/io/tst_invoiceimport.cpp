#include "clock.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "storefile.h"
#include "storekeeper.h"
#include "ublfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInvoiceImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void goodAndBadFilesTogether();
    void duplicatesAreRefused();
    void invoicesWithoutNumberAreNotDuplicates();
    void nothingImportedLeavesTheBookAlone();
    void storeKeeperWritesAfterChanges();
    void storeKeeperKeepsBrokenFileUntouched();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_directory;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(10, 0))};
};

void TestInvoiceImport::init()
{
    QVERIFY(m_directory.isValid());
}

QString TestInvoiceImport::write(const QString &name, const QByteArray &content)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

void TestInvoiceImport::goodAndBadFilesTogether()
{
    InvoiceBook book;
    InvoiceImporter importer(book, m_clock);
    UblFixture first;
    first.number = u"2026-0001"_s;
    UblFixture second;
    second.number = u"2026-0002"_s;
    const QStringList paths {write(u"one.xml"_s, first.toXml()),
                             write(u"broken.xml"_s, "<Invoice>"),
                             write(u"two.xml"_s, second.toXml())};

    const QList<ImportOutcome> outcomes = importer.importFiles(paths);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).error, QString());
    QVERIFY(!outcomes.at(0).invoiceId.isEmpty());
    QVERIFY(outcomes.at(1).error.contains(u"broken.xml"_s));
    QCOMPARE(outcomes.at(1).invoiceId, QString());
    QCOMPARE(outcomes.at(2).number, u"2026-0002"_s);
    QCOMPARE(book.count(), 2);

    const Invoice *imported = book.find(outcomes.at(2).invoiceId);
    QVERIFY(imported);
    QCOMPARE(imported->activity.size(), 1);
    QCOMPARE(imported->activity.front().kind, ActivityEntry::Kind::Imported);
    QCOMPARE(imported->activity.front().at, m_clock.now());
    QCOMPARE(imported->activity.front().detail, u"two.xml"_s);
    QCOMPARE(imported->booking, BookingState::Booked);
    QVERIFY(!imported->emailed);
}

void TestInvoiceImport::duplicatesAreRefused()
{
    InvoiceBook book;
    InvoiceImporter importer(book, m_clock);
    const QString path = write(u"same.xml"_s, UblFixture().toXml());
    QCOMPARE(importer.importFiles({path}).front().error, QString());
    // Again later, and twice within one import.
    const QList<ImportOutcome> again = importer.importFiles({path, path});
    QVERIFY(again.at(0).error.contains(u"already"_s));
    QVERIFY(again.at(1).error.contains(u"already"_s));
    QCOMPARE(book.count(), 1);
}

void TestInvoiceImport::invoicesWithoutNumberAreNotDuplicates()
{
    InvoiceBook book;
    InvoiceImporter importer(book, m_clock);
    UblFixture fixture;
    fixture.number.clear();
    fixture.totalIncludingVat = u"3000.00"_s;
    const QString first = write(u"a.xml"_s, fixture.toXml());
    fixture.totalIncludingVat = u"4000.00"_s;
    const QString second = write(u"b.xml"_s, fixture.toXml());
    const QList<ImportOutcome> outcomes = importer.importFiles({first, second});
    QCOMPARE(outcomes.at(0).error, QString());
    QCOMPARE(outcomes.at(1).error, QString());
    QCOMPARE(book.count(), 2);
}

void TestInvoiceImport::nothingImportedLeavesTheBookAlone()
{
    InvoiceBook book;
    InvoiceImporter importer(book, m_clock);
    QSignalSpy added(&book, &InvoiceBook::added);
    const QList<ImportOutcome> outcomes =
        importer.importFiles({m_directory.filePath(u"missing.xml"_s)});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.front().error.contains(u"missing.xml"_s));
    QCOMPARE(added.count(), 0);
    QCOMPARE(book.count(), 0);
}

void TestInvoiceImport::storeKeeperWritesAfterChanges()
{
    const QString path = m_directory.filePath(u"store.json"_s);
    InvoiceBook book;
    StoreKeeper keeper(book, path);
    Company company {u"Demo BV"_s, u"BE0477472701"_s, u"BE"_s, u"info@demo.be"_s};
    QCOMPARE(keeper.startFresh(company, {}), QString());

    InvoiceImporter importer(book, m_clock);
    importer.importFiles({write(u"one.xml"_s, UblFixture().toXml())});
    // Written on the next turn of the event loop, once for the whole import.
    QTRY_COMPARE(StoreFile::load(path).data.value_or(StoreData {}).invoices.size(), 1);

    InvoiceBook reloaded;
    StoreKeeper reader(reloaded, path);
    QCOMPARE(reader.load(), QString());
    QCOMPARE(reloaded.invoices(), book.invoices());
    QCOMPARE(reader.company(), company);
}

void TestInvoiceImport::storeKeeperKeepsBrokenFileUntouched()
{
    const QByteArray garbage = "{ this is not the store";
    const QString path = write(u"broken-store.json"_s, garbage);
    InvoiceBook book;
    StoreKeeper keeper(book, path);
    const QString error = keeper.load();
    QVERIFY(error.contains(u"broken-store.json"_s));
    // Changes after a failed load are not written over the file.
    InvoiceImporter importer(book, m_clock);
    importer.importFiles({write(u"late.xml"_s, UblFixture().toXml())});
    QCOMPARE(keeper.saveNow(), QString());
    QTest::qWait(10);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestInvoiceImport)
#include "tst_invoiceimport.moc"
