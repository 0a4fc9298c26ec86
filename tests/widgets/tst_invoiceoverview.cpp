#include "invoicelistmodel.h"
#include "invoiceoverview.h"
#include "qualifyingbanner.h"
#include "widgetfixture.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace SampleNumber;

class TestInvoiceOverview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void bannerNamesTheQualifyingInvoices();
    void bannerSaysSoWhenNoneQualifies();
    void bannerFollowsTheDesk();
    void bannerButtonNarrowsAndWidens();
    void onlyQualifyingCheckFilters();
    void searchFiltersByNumberOrCustomer_data();
    void searchFiltersByNumberOrCustomer();
    void sortingByAmountUsesCents();
    void tableIsSetUpForReading();
    void clickingARowTellsTheCurrentInvoice();
    void selectInvoiceClearsFiltersThatHideIt();
    void controlsHaveAccessibleNames();
    void languageChangeKeepsTexts();

private:
    QStringList visibleNumbers() const;
    QLabel *bannerLabel() const;

    std::unique_ptr<DeskFixture> m_fixture;
    std::unique_ptr<InvoiceOverview> m_overview;
    QTableView *m_table = nullptr;
};

void TestInvoiceOverview::init()
{
    m_fixture = std::make_unique<DeskFixture>();
    m_fixture->book.add(sampleInvoices());
    m_overview = std::make_unique<InvoiceOverview>(m_fixture->book, m_fixture->desk);
    m_overview->resize(900, 500);
    m_overview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_overview.get()));
    m_table = m_overview->findChild<QTableView *>(QStringLiteral("invoiceTable"));
    QVERIFY(m_table);
}

void TestInvoiceOverview::cleanup()
{
    m_overview.reset();
    m_fixture.reset();
}

QStringList TestInvoiceOverview::visibleNumbers() const
{
    QStringList numbers;
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        numbers.append(model->index(row, InvoiceListModel::NumberColumn).data().toString());
    return numbers;
}

QLabel *TestInvoiceOverview::bannerLabel() const
{
    return m_overview->findChild<QLabel *>(QStringLiteral("qualifyingBannerLabel"));
}

void TestInvoiceOverview::bannerNamesTheQualifyingInvoices()
{
    auto *banner = m_overview->findChild<QualifyingBanner *>(QStringLiteral("qualifyingBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->qualifyingNumbers(), (QStringList {kroon, vandamme, leuven}));
    const QString text = bannerLabel()->text();
    QVERIFY2(text.startsWith(u"3 invoice"), qPrintable(text));
    QVERIFY2(text.endsWith(u"qualify for financing now: 2026-0141, 2026-0150, 2026-0152"),
             qPrintable(text));
    QCOMPARE(banner->accessibleDescription(), text);
    auto *button = banner->findChild<QPushButton *>(QStringLiteral("showQualifyingButton"));
    QVERIFY(button->isVisible());
}

void TestInvoiceOverview::bannerSaysSoWhenNoneQualifies()
{
    DeskFixture fixture;
    QList<Invoice> invoices = sampleInvoices();
    invoices.removeIf([](const Invoice &invoice) {
        return invoice.number == kroon || invoice.number == vandamme || invoice.number == leuven;
    });
    fixture.book.add(invoices);
    InvoiceOverview overview(fixture.book, fixture.desk);
    overview.show();
    QCOMPARE(overview.findChild<QLabel *>(QStringLiteral("qualifyingBannerLabel"))->text(),
             QStringLiteral("No invoice qualifies for financing right now."));
    QVERIFY(overview.findChild<QPushButton *>(QStringLiteral("showQualifyingButton"))->isHidden());
}

void TestInvoiceOverview::bannerFollowsTheDesk()
{
    m_fixture->desk.bookInvoice(m_fixture->idOf(smets));
    QVERIFY2(bannerLabel()->text().startsWith(u"4 invoice"), qPrintable(bannerLabel()->text()));
    QVERIFY(bannerLabel()->text().endsWith(u"2026-0152, 2026-0155"));

    // Three weeks later the oldest of them is too old.
    m_fixture->clock.advanceDays(15);
    m_fixture->desk.refresh();
    QVERIFY2(!bannerLabel()->text().contains(kroon), qPrintable(bannerLabel()->text()));
}

void TestInvoiceOverview::bannerButtonNarrowsAndWidens()
{
    auto *button = m_overview->findChild<QPushButton *>(QStringLiteral("showQualifyingButton"));
    auto *check = m_overview->findChild<QCheckBox *>(QStringLiteral("onlyQualifyingCheck"));
    const QString narrowText = button->text();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(check->isChecked());
    QCOMPARE(visibleNumbers(), (QStringList {kroon, vandamme, leuven}));
    QVERIFY(button->text() != narrowText);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!check->isChecked());
    QCOMPARE(visibleNumbers().size(), 7);
    QCOMPARE(button->text(), narrowText);
}

void TestInvoiceOverview::onlyQualifyingCheckFilters()
{
    auto *check = m_overview->findChild<QCheckBox *>(QStringLiteral("onlyQualifyingCheck"));
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(check->isChecked());
    QCOMPARE(visibleNumbers(), (QStringList {kroon, vandamme, leuven}));
    // An invoice that starts to qualify joins the filtered list.
    m_fixture->desk.bookInvoice(m_fixture->idOf(smets));
    QCOMPARE(visibleNumbers(), (QStringList {kroon, vandamme, leuven, smets}));
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(visibleNumbers().size(), 7);
}

void TestInvoiceOverview::searchFiltersByNumberOrCustomer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("customer, any case") << QStringLiteral("kroon") << QStringList {kroon};
    QTest::newRow("part of a number") << QStringLiteral("0150") << QStringList {vandamme};
    QTest::newRow("customers with BV") << QStringLiteral(" BV") << QStringList {vandamme, smets};
    QTest::newRow("nothing") << QStringLiteral("no such invoice") << QStringList {};
}

void TestInvoiceOverview::searchFiltersByNumberOrCustomer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, numbers);
    auto *search = m_overview->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, text);
    QCOMPARE(visibleNumbers(), numbers);
    search->clear();
    QCOMPARE(visibleNumbers().size(), 7);
}

void TestInvoiceOverview::sortingByAmountUsesCents()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int column = InvoiceListModel::AmountColumn;
    const QPoint inSection(header->sectionViewportPosition(column)
                               + header->sectionSize(column) / 2,
                           header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inSection);
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // As text "€12.100,00" would come before "€4.840,00".
    QCOMPARE(visibleNumbers(),
             (QStringList {peeters, supplier, vandamme, smets, janssens, kroon, leuven}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inSection);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(visibleNumbers().constFirst(), leuven);
}

void TestInvoiceOverview::tableIsSetUpForReading()
{
    QVERIFY(m_table->isSortingEnabled());
    QCOMPARE(m_table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(m_table->selectionMode(), QAbstractItemView::SingleSelection);
    QVERIFY(m_table->alternatingRowColors());
    QCOMPARE(qobject_cast<QSortFilterProxyModel *>(m_table->model())->sortRole(),
             int(InvoiceListModel::SortRole));
    QCOMPARE(m_table->horizontalHeader()->sectionResizeMode(InvoiceListModel::CustomerColumn),
             QHeaderView::Stretch);
    const QModelIndex amount = m_table->model()->index(0, InvoiceListModel::AmountColumn);
    QCOMPARE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    // Every column shows its text in full.
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            const QString text = m_table->model()->index(row, column).data().toString();
            QVERIFY2(m_table->columnWidth(column) >= m_table->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
    }
}

void TestInvoiceOverview::clickingARowTellsTheCurrentInvoice()
{
    QSignalSpy spy(m_overview.get(), &InvoiceOverview::currentInvoiceChanged);
    const QModelIndex row = m_table->model()->index(visibleNumbers().indexOf(leuven), 0);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(row).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), m_fixture->idOf(leuven));
    QCOMPARE(m_overview->currentInvoiceId(), m_fixture->idOf(leuven));
    // The whole row is selected.
    QCOMPARE(m_table->selectionModel()->selectedIndexes().size(),
             int(InvoiceListModel::ColumnCount));

    // Filtering the current row away moves on to a row that is still there, announced once
    // per change of the filter.
    spy.clear();
    QTest::keyClicks(m_overview->findChild<QLineEdit *>(QStringLiteral("searchField")),
                     QStringLiteral("kroon"));
    QCOMPARE(m_overview->currentInvoiceId(), m_fixture->idOf(kroon));
    QVERIFY(spy.count() <= 5);
    QCOMPARE(spy.last().at(0).toString(), m_fixture->idOf(kroon));
}

void TestInvoiceOverview::selectInvoiceClearsFiltersThatHideIt()
{
    auto *search = m_overview->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("kroon"));
    QSignalSpy spy(m_overview.get(), &InvoiceOverview::currentInvoiceChanged);
    QVERIFY(m_overview->selectInvoice(m_fixture->idOf(smets)));
    QCOMPARE(search->text(), QString());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_overview->currentInvoiceId(), m_fixture->idOf(smets));
    QVERIFY(!m_overview->selectInvoice(QStringLiteral("no such id")));
}

void TestInvoiceOverview::controlsHaveAccessibleNames()
{
    for (const char *name : {"invoiceTable", "searchField", "onlyQualifyingCheck",
                             "qualifyingBanner", "qualifyingBannerLabel", "showQualifyingButton"}) {
        auto *widget = m_overview->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QCOMPARE(m_table->accessibleName(), QStringLiteral("Invoices"));
    // The search label is the search field's buddy, so Alt+S reaches it.
    auto *search = m_overview->findChild<QLineEdit *>(QStringLiteral("searchField"));
    bool hasBuddy = false;
    for (const QLabel *label : m_overview->findChildren<QLabel *>())
        hasBuddy = hasBuddy || label->buddy() == search;
    QVERIFY(hasBuddy);
}

void TestInvoiceOverview::languageChangeKeepsTexts()
{
    const QString before = bannerLabel()->text();
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_overview.get(), &languageChange);
    QCOMPARE(bannerLabel()->text(), before);
    QCOMPARE(m_table->model()->headerData(InvoiceListModel::AmountColumn, Qt::Horizontal),
             QVariant(QStringLiteral("Total")));
}

QTEST_MAIN(TestInvoiceOverview)
#include "tst_invoiceoverview.moc"
