#include "invoicefiltermodel.h"

#include "invoicelistmodel.h"

InvoiceFilterModel::InvoiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void InvoiceFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void InvoiceFilterModel::setOnlyQualifying(bool only)
{
    if (only == m_onlyQualifying)
        return;
    m_onlyQualifying = only;
    invalidateFilter();
}

bool InvoiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_onlyQualifying) {
        const QModelIndex index = source->index(sourceRow, 0, sourceParent);
        if (!index.data(InvoiceListModel::QualifiesRole).toBool())
            return false;
    }
    if (m_searchText.isEmpty())
        return true;
    for (const int column :
         {int(InvoiceListModel::NumberColumn), int(InvoiceListModel::CustomerColumn)}) {
        const QString text = source->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
