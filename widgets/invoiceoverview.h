#pragma once

#include <QWidget>

class FinancingDesk;
class InvoiceBook;
class InvoiceFilterModel;
class InvoiceListModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QLocale;
class QTableView;
class QualifyingBanner;

// The company's invoices: a banner with the invoices that qualify for financing now, a
// search field, an "only qualifying" switch and a sortable table. Tells which invoice the
// user is looking at through currentInvoiceChanged.
class InvoiceOverview final : public QWidget
{
    Q_OBJECT

public:
    InvoiceOverview(InvoiceBook &book, FinancingDesk &desk, QWidget *parent = nullptr);

    void setNumberLocale(const QLocale &locale);
    // The id of the invoice in the current row; empty when none.
    QString currentInvoiceId() const { return m_currentId; }
    // Makes the invoice the current row, clearing the filters when they hide it. False when
    // there is no such invoice.
    bool selectInvoice(const QString &invoiceId);
    // Makes the top row of the table current, if there is one.
    void selectFirstRow();

    QTableView *table() const { return m_table; }
    // The last control of the overview in the tab order.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    void currentInvoiceChanged(const QString &invoiceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateBanner();
    void onCurrentRowChanged();
    void setSearchText(const QString &text);
    void setOnlyQualifying(bool only);

    InvoiceBook &m_book;
    FinancingDesk &m_desk;
    InvoiceListModel *m_listModel = nullptr;
    InvoiceFilterModel *m_filterModel = nullptr;
    QualifyingBanner *m_banner = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchField = nullptr;
    QCheckBox *m_onlyQualifyingCheck = nullptr;
    QTableView *m_table = nullptr;
    QString m_currentId;
    // While a filter changes, the current row may hop through several rows; only where it
    // lands is announced.
    bool m_filtering = false;
};
