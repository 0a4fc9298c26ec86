#pragma once

#include <QAbstractTableModel>
#include <QLocale>

class FinancingDesk;
class InvoiceBook;

// The company's invoices as a table: display text under Qt::DisplayRole (formatted with the
// number locale), and the raw value under SortRole (cents, QDate, enum as int) for sorting
// and filtering. Follows the book row by row; a change touches one row, never a reset.
class InvoiceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        IssueDateColumn,
        DueDateColumn,
        AmountColumn,
        StatusColumn,
        FinancingColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        InvoiceIdRole,
        QualifiesRole, // bool: qualifies for financing now
    };

    InvoiceListModel(InvoiceBook &book, FinancingDesk &desk, QObject *parent = nullptr);

    void setNumberLocale(const QLocale &locale);
    QLocale numberLocale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an invoice id; an invalid index when there is none.
    QModelIndex indexOfInvoice(const QString &invoiceId, int column = NumberColumn) const;
    // Header texts follow the UI language: call after the translators changed.
    void retranslate();

private:
    static QString headerToolTip(Column column);
    void onInvoiceChanged(const QString &invoiceId);

    InvoiceBook &m_book;
    FinancingDesk &m_desk;
    QLocale m_locale;
};
