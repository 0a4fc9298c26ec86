#include "invoiceoverview.h"

#include "financingdesk.h"
#include "invoicebook.h"
#include "invoicefiltermodel.h"
#include "invoicelistmodel.h"
#include "qualifyingbanner.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

InvoiceOverview::InvoiceOverview(InvoiceBook &book, FinancingDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_desk(desk)
    , m_listModel(new InvoiceListModel(book, desk, this))
    , m_filterModel(new InvoiceFilterModel(this))
    , m_banner(new QualifyingBanner(this))
    , m_searchLabel(new QLabel(this))
    , m_searchField(new QLineEdit(this))
    , m_onlyQualifyingCheck(new QCheckBox(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("invoiceOverview"));
    m_filterModel->setSourceModel(m_listModel);

    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    // Files dropped anywhere on the window are imported, also over the search field.
    m_searchField->setAcceptDrops(false);
    m_searchLabel->setBuddy(m_searchField);
    m_onlyQualifyingCheck->setObjectName(QStringLiteral("onlyQualifyingCheck"));

    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_filterModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InvoiceListModel::CustomerColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u'0') * 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoiceListModel::NumberColumn, Qt::AscendingOrder);

    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, m_searchField, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_searchField, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_onlyQualifyingCheck);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    // Top to bottom, as the overview reads.
    setTabOrder(m_banner->actionButton(), m_searchField);
    setTabOrder(m_searchField, m_onlyQualifyingCheck);
    setTabOrder(m_onlyQualifyingCheck, m_table);

    connect(m_searchField, &QLineEdit::textChanged, this, &InvoiceOverview::setSearchText);
    connect(m_onlyQualifyingCheck, &QCheckBox::toggled, this, &InvoiceOverview::setOnlyQualifying);
    connect(m_banner, &QualifyingBanner::filterRequested, m_onlyQualifyingCheck,
            &QCheckBox::setChecked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoiceOverview::onCurrentRowChanged);
    // Filtering or a reset can take the current row away without a currentRowChanged.
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this,
            &InvoiceOverview::onCurrentRowChanged);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this,
            &InvoiceOverview::onCurrentRowChanged);
    connect(&m_desk, &FinancingDesk::summaryChanged, this, &InvoiceOverview::updateBanner);

    retranslate();
    updateBanner();
}

void InvoiceOverview::setNumberLocale(const QLocale &locale)
{
    m_listModel->setNumberLocale(locale);
}

bool InvoiceOverview::selectInvoice(const QString &invoiceId)
{
    const QModelIndex source = m_listModel->indexOfInvoice(invoiceId);
    if (!source.isValid())
        return false;
    QModelIndex row = m_filterModel->mapFromSource(source);
    if (!row.isValid()) {
        m_searchField->clear();
        m_onlyQualifyingCheck->setChecked(false);
        row = m_filterModel->mapFromSource(source);
    }
    if (!row.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(row);
    return true;
}

void InvoiceOverview::selectFirstRow()
{
    const QModelIndex first = m_filterModel->index(0, 0);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QWidget *InvoiceOverview::lastInTabOrder() const
{
    return m_table;
}

void InvoiceOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InvoiceOverview::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_searchField->setPlaceholderText(tr("Invoice number or customer"));
    m_searchField->setAccessibleName(tr("Search invoices"));
    m_searchField->setAccessibleDescription(tr("Shows the invoices whose number or customer "
                                               "contains the text"));
    m_onlyQualifyingCheck->setText(tr("Only &qualifying"));
    m_onlyQualifyingCheck->setAccessibleName(tr("Only qualifying invoices"));
    m_onlyQualifyingCheck->setToolTip(tr("Show only the invoices that qualify for financing "
                                         "now"));
    m_table->setAccessibleName(tr("Invoices"));
    m_listModel->retranslate();
}

void InvoiceOverview::updateBanner()
{
    QStringList numbers;
    for (const QString &id : m_desk.qualifyingIds()) {
        if (const Invoice *invoice = m_book.find(id))
            numbers.append(invoice->number);
    }
    m_banner->setConnected(m_desk.isConnected());
    m_banner->setQualifyingNumbers(numbers);
}

void InvoiceOverview::onCurrentRowChanged()
{
    if (m_filtering)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id = current.isValid()
        ? current.siblingAtColumn(0).data(InvoiceListModel::InvoiceIdRole).toString()
        : QString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentInvoiceChanged(id);
}

void InvoiceOverview::setSearchText(const QString &text)
{
    m_filtering = true;
    m_filterModel->setSearchText(text);
    m_filtering = false;
    onCurrentRowChanged();
}

void InvoiceOverview::setOnlyQualifying(bool only)
{
    m_filtering = true;
    m_filterModel->setOnlyQualifying(only);
    m_filtering = false;
    m_banner->setFilterActive(only);
    onCurrentRowChanged();
}
