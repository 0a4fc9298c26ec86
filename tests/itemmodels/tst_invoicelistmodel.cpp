#include "financingdesk.h"
#include "invoicebook.h"
#include "invoicefiltermodel.h"
#include "invoicelistmodel.h"
#include "quoteservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 12, 3); // a Thursday

Invoice invoice(const QString &number, const QString &customer, qint64 cents)
{
    Invoice result;
    result.number = number;
    result.customer = {customer, QStringLiteral("BE"), QStringLiteral("BE0477472701"),
                       CustomerKind::Company, QStringLiteral("accounts@example.be")};
    result.issueDate = today.addDays(-2);
    result.dueDate = result.issueDate.addDays(30);
    result.total = Money::fromCents(cents);
    return result;
}

} // namespace

class TestInvoiceListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void displayAndSortValues_data();
    void displayAndSortValues();
    void amountsAreRightAligned();
    void changeTouchesOneRow();
    void addInsertsRows();
    void filterBySearchAndQualifying_data();
    void filterBySearchAndQualifying();
    void sortsAmountsByCents();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<InvoiceBook> m_book;
    std::unique_ptr<EstimateQuoteService> m_quotes;
    std::unique_ptr<FinancingDesk> m_desk;
    std::unique_ptr<InvoiceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestInvoiceListModel::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(today, QTime(10, 0)));
    m_book = std::make_unique<InvoiceBook>();
    m_quotes = std::make_unique<EstimateQuoteService>(0);
    m_desk = std::make_unique<FinancingDesk>(*m_book, *m_clock, *m_quotes);
    m_model = std::make_unique<InvoiceListModel>(*m_book, *m_desk);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    Invoice small = invoice(QStringLiteral("2026-0001"), QStringLiteral("Brouwerij Zenne"), 900'00);
    Invoice large =
        invoice(QStringLiteral("2026-0002"), QStringLiteral("Atelier Meuse"), 12'500'00);
    Invoice draft =
        invoice(QStringLiteral("2026-0003"), QStringLiteral("Zenne Logistics"), 3'000'00);
    draft.booking = BookingState::Draft;
    m_book->add({small, large, draft});
}

void TestInvoiceListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_desk.reset();
    m_quotes.reset();
    m_book.reset();
    m_clock.reset();
}

void TestInvoiceListModel::displayAndSortValues_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sortValue");

    const QString nbsp(QChar(0x00A0));
    const QString narrow(QChar(0x202F));
    QTest::newRow("number") << "en_BE" << int(InvoiceListModel::NumberColumn) << "2026-0002"
                            << QVariant(QStringLiteral("2026-0002"));
    QTest::newRow("amount en_BE") << "en_BE" << int(InvoiceListModel::AmountColumn)
                                  << QString(u"12.500,00" + nbsp + u"€")
                                  << QVariant(qint64(12'500'00));
    QTest::newRow("amount nl_BE") << "nl_BE" << int(InvoiceListModel::AmountColumn)
                                  << QString(u"€" + nbsp + u"12.500,00")
                                  << QVariant(qint64(12'500'00));
    QTest::newRow("amount fr_BE") << "fr_BE" << int(InvoiceListModel::AmountColumn)
                                  << QString(u"12" + narrow + u"500,00" + nbsp + u"€")
                                  << QVariant(qint64(12'500'00));
    QTest::newRow("issue date nl_BE") << "nl_BE" << int(InvoiceListModel::IssueDateColumn)
                                      << "1/12/2026" << QVariant(QDate(2026, 12, 1));
    QTest::newRow("status") << "en_BE" << int(InvoiceListModel::StatusColumn) << "Booked"
                            << QVariant(1);
    QTest::newRow("financing") << "en_BE" << int(InvoiceListModel::FinancingColumn) << "Eligible"
                               << QVariant(int(PanelState::Checking));
}

void TestInvoiceListModel::displayAndSortValues()
{
    QFETCH(QString, localeName);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sortValue);

    m_model->setNumberLocale(QLocale(localeName));
    const QModelIndex index = m_model->index(1, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(InvoiceListModel::SortRole), sortValue);
    QCOMPARE(index.data(InvoiceListModel::InvoiceIdRole).toString(), m_book->at(1).id);
}

void TestInvoiceListModel::amountsAreRightAligned()
{
    const auto alignment = [this](int column) {
        return m_model->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    QCOMPARE(alignment(InvoiceListModel::AmountColumn), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(alignment(InvoiceListModel::CustomerColumn), Qt::AlignLeft | Qt::AlignVCenter);
}

void TestInvoiceListModel::changeTouchesOneRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_desk->bookInvoice(m_book->at(2).id);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        QCOMPARE(arguments.at(0).toModelIndex().row(), 2);
        QCOMPARE(arguments.at(1).toModelIndex().row(), 2);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->index(2, InvoiceListModel::StatusColumn).data().toString(),
             QStringLiteral("Booked"));
}

void TestInvoiceListModel::addInsertsRows()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_book->add({invoice(QStringLiteral("2026-0004"), QStringLiteral("Nieuwe Klant"), 4'000'00)});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestInvoiceListModel::filterBySearchAndQualifying_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("onlyQualifying");
    QTest::addColumn<QStringList>("numbers");

    QTest::newRow("everything") << QString() << false
                                << QStringList {u"2026-0001"_s, u"2026-0002"_s, u"2026-0003"_s};
    QTest::newRow("customer, any case")
        << "zenne" << false << QStringList {u"2026-0001"_s, u"2026-0003"_s};
    QTest::newRow("number") << "0002" << false << QStringList {u"2026-0002"_s};
    QTest::newRow("only qualifying") << QString() << true << QStringList {u"2026-0002"_s};
    QTest::newRow("qualifying and search") << "zenne" << true << QStringList {};
}

void TestInvoiceListModel::filterBySearchAndQualifying()
{
    QFETCH(QString, search);
    QFETCH(bool, onlyQualifying);
    QFETCH(QStringList, numbers);

    InvoiceFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(m_model.get());
    filter.setSearchText(search);
    filter.setOnlyQualifying(onlyQualifying);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, InvoiceListModel::NumberColumn).data().toString());
    QCOMPARE(shown, numbers);
}

void TestInvoiceListModel::sortsAmountsByCents()
{
    // "900,00" sorts after "12.500,00" as text; by cents it comes first.
    InvoiceFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.sort(InvoiceListModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, InvoiceListModel::NumberColumn).data().toString(),
             QStringLiteral("2026-0001"));
    QCOMPARE(filter.index(2, InvoiceListModel::NumberColumn).data().toString(),
             QStringLiteral("2026-0002"));
}

QTEST_GUILESS_MAIN(TestInvoiceListModel)
#include "tst_invoicelistmodel.moc"
