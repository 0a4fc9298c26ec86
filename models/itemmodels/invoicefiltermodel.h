#pragma once

#include <QSortFilterProxyModel>

// Sorts the invoice list by raw values and filters it by a search text (number or customer)
// and, optionally, to the invoices that qualify for financing now.
class InvoiceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InvoiceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setOnlyQualifying(bool only);
    bool onlyQualifying() const { return m_onlyQualifying; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    bool m_onlyQualifying = false;
};
