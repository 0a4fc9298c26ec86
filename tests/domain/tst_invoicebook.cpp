#include "invoicebook.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FinancingStatus)

namespace {

Invoice invoiceWithId(const QString &id, qint64 cents = 1'000'000)
{
    Invoice invoice;
    invoice.id = id;
    invoice.total = Money::fromCents(cents);
    return invoice;
}

} // namespace

// The invoices in memory: ids, order, change signals and the outstanding total.
class TestInvoiceBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addKeepsOrderAndGivesIds();
    void addNothing();
    void update();
    void resetReplacesEverything();
    void outstanding_data();
    void outstanding();
};

void TestInvoiceBook::addKeepsOrderAndGivesIds()
{
    InvoiceBook book;
    QSignalSpy aboutToAdd(&book, &InvoiceBook::aboutToAdd);
    QSignalSpy added(&book, &InvoiceBook::added);

    const QStringList first = book.add({invoiceWithId(u"inv-1"_s), invoiceWithId({})});
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0), u"inv-1"_s);
    QVERIFY(!first.at(1).isEmpty());
    QVERIFY(first.at(1) != first.at(0));
    QCOMPARE(aboutToAdd.count(), 1);
    QCOMPARE(aboutToAdd.at(0), (QVariantList {qsizetype(0), qsizetype(1)}));
    QCOMPARE(added.at(0), (QVariantList {qsizetype(0), qsizetype(1)}));

    // A taken id and a repeated one both get fresh ids.
    const QStringList second =
        book.add({invoiceWithId(u"inv-1"_s), invoiceWithId(u"mine"_s), invoiceWithId(u"mine"_s)});
    QCOMPARE(second.size(), 3);
    QCOMPARE(second.at(1), u"mine"_s);
    QCOMPARE(QSet<QString>(second.cbegin(), second.cend()).size(), 3);
    QVERIFY(!first.contains(second.at(0)));
    QVERIFY(!first.contains(second.at(2)));
    QCOMPARE(added.at(1), (QVariantList {qsizetype(2), qsizetype(4)}));

    QCOMPARE(book.count(), 5);
    const QStringList all = first + second;
    for (qsizetype row = 0; row < all.size(); ++row) {
        QCOMPARE(book.at(row).id, all.at(row));
        QCOMPARE(book.indexOf(all.at(row)), row);
        QCOMPARE(book.find(all.at(row)), &book.at(row));
    }
    QCOMPARE(book.indexOf(u"missing"_s), qsizetype(-1));
    QCOMPARE(book.find(u"missing"_s), nullptr);
}

void TestInvoiceBook::addNothing()
{
    InvoiceBook book;
    QSignalSpy added(&book, &InvoiceBook::added);
    QCOMPARE(book.add({}), QStringList());
    QCOMPARE(added.count(), 0);
    QCOMPARE(book.count(), 0);
}

void TestInvoiceBook::update()
{
    InvoiceBook book;
    const QStringList ids = book.add({invoiceWithId(u"a"_s), invoiceWithId(u"b"_s)});
    QSignalSpy changed(&book, &InvoiceBook::changed);

    QVERIFY(!book.update(invoiceWithId(u"missing"_s)));
    QVERIFY(book.update(book.at(1))); // nothing changes
    QCOMPARE(changed.count(), 0);

    Invoice edited = book.at(1);
    edited.number = u"2026-0001"_s;
    QVERIFY(book.update(edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0), QVariantList {qsizetype(1)});
    QCOMPARE(book.at(1).number, u"2026-0001"_s);
    QCOMPARE(book.at(0), invoiceWithId(u"a"_s));
}

void TestInvoiceBook::resetReplacesEverything()
{
    InvoiceBook book;
    book.add({invoiceWithId(u"old"_s)});
    QSignalSpy aboutToReset(&book, &InvoiceBook::aboutToReset);
    QSignalSpy wasReset(&book, &InvoiceBook::wasReset);

    book.reset({invoiceWithId(u"x"_s), invoiceWithId(u"x"_s), invoiceWithId({})});
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(wasReset.count(), 1);
    QCOMPARE(book.count(), 3);
    QCOMPARE(book.indexOf(u"old"_s), qsizetype(-1));
    QCOMPARE(book.at(0).id, u"x"_s);
    QSet<QString> ids;
    for (const Invoice &invoice : book.invoices()) {
        QVERIFY(!invoice.id.isEmpty());
        ids.insert(invoice.id);
        QCOMPARE(book.find(invoice.id), &invoice);
    }
    QCOMPARE(ids.size(), 3);
}

void TestInvoiceBook::outstanding_data()
{
    QTest::addColumn<FinancingStatus>("status");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("counts");

    const QString eur = Money::euro();
    QTest::newRow("never requested") << FinancingStatus::None << eur << false;
    QTest::newRow("awaiting signature") << FinancingStatus::AwaitingSignature << eur << true;
    QTest::newRow("payout pending") << FinancingStatus::PayoutPending << eur << true;
    QTest::newRow("financed") << FinancingStatus::Financed << eur << true;
    QTest::newRow("settled") << FinancingStatus::Settled << eur << false;
    QTest::newRow("refused") << FinancingStatus::Refused << eur << false;
    QTest::newRow("financed in dollars") << FinancingStatus::Financed << u"USD"_s << false;
}

void TestInvoiceBook::outstanding()
{
    QFETCH(FinancingStatus, status);
    QFETCH(QString, currency);
    QFETCH(bool, counts);

    InvoiceBook book;
    Invoice financed = invoiceWithId(u"financed"_s, 2'500'000);
    financed.financing.status = FinancingStatus::Financed;
    Invoice judged = invoiceWithId(u"judged"_s);
    judged.total = Money::fromCents(1'234'567, currency);
    judged.financing.status = status;
    book.add({financed, judged});

    const Money expected = Money::fromCents(2'500'000 + (counts ? 1'234'567 : 0));
    QCOMPARE(book.outstanding(), expected);
    QVERIFY(book.outstanding().isEuro());
}

QTEST_GUILESS_MAIN(TestInvoiceBook)
#include "tst_invoicebook.moc"
