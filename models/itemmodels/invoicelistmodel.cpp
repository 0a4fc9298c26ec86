#include "invoicelistmodel.h"

#include "financingdesk.h"
#include "invoicebook.h"
#include "moneyformat.h"

namespace {

QString statusText(const Invoice &invoice)
{
    // The texts of the Status column say where an invoice stands in the bookkeeping.
    if (invoice.kind == InvoiceKind::CreditNote)
        //: Status column: the document is a credit note
        return InvoiceListModel::tr("Credit note");
    if (invoice.booking == BookingState::Draft)
        //: Status column: a draft invoice, not booked yet
        return InvoiceListModel::tr("Draft");
    if (invoice.paid.isPositive() && invoice.paid < invoice.total)
        //: Status column: the customer paid part of the invoice
        return InvoiceListModel::tr("Partially paid");
    if (invoice.paid.isPositive())
        //: Status column: the invoice is paid
        return InvoiceListModel::tr("Paid");
    if (invoice.credited.isPositive())
        //: Status column: a credit note was issued against the invoice
        return InvoiceListModel::tr("Credited");
    if (invoice.emailed)
        //: Status column: the invoice was e-mailed to the customer
        return InvoiceListModel::tr("Sent");
    //: Status column: the invoice is booked (entered in the books), not sent yet
    return InvoiceListModel::tr("Booked");
}

// A number that sorts statuses in the order a user works through them.
int statusRank(const Invoice &invoice)
{
    if (invoice.kind == InvoiceKind::CreditNote)
        return 6;
    if (invoice.booking == BookingState::Draft)
        return 0;
    if (invoice.paid.isPositive())
        return invoice.paid < invoice.total ? 4 : 5;
    if (invoice.credited.isPositive())
        return 3;
    return invoice.emailed ? 2 : 1;
}

QString financingText(const FinancingView &view)
{
    switch (view.state) {
    case PanelState::Hidden:
        return {};
    case PanelState::NotConnected:
        //: Financing column: the integration with KBC is not set up
        return InvoiceListModel::tr("Not connected");
    case PanelState::NeedsBooking:
        //: Financing column, short: a draft must be booked before it can be financed
        return InvoiceListModel::tr("Book first");
    case PanelState::NotEligible:
        //: Financing column: the invoice does not qualify (same words as the panel)
        return InvoiceListModel::tr("Not eligible");
    case PanelState::Checking:
    case PanelState::Eligible:
        //: Financing column: the invoice qualifies (same words as the panel)
        return InvoiceListModel::tr("Eligible");
    case PanelState::AwaitingSignature:
        //: Financing column: the request must be confirmed in KBC Sign
        return InvoiceListModel::tr("Awaiting signature");
    case PanelState::PayoutPending:
        //: Financing column: signed, the bank pays out on the next working day
        return InvoiceListModel::tr("Payout pending");
    case PanelState::Financed:
        //: Financing column: the bank bought the invoice (same word as the panel)
        return InvoiceListModel::tr("Financed");
    case PanelState::Settled:
        //: Financing column: the customer paid the bank (same word as the panel)
        return InvoiceListModel::tr("Settled");
    case PanelState::Refused:
        //: Financing column: the bank declined to buy the invoice
        return InvoiceListModel::tr("Refused by KBC");
    }
    return {};
}

} // namespace

InvoiceListModel::InvoiceListModel(InvoiceBook &book, FinancingDesk &desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_desk(desk)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
{
    connect(&m_book, &InvoiceBook::aboutToReset, this, [this] { beginResetModel(); });
    connect(&m_book, &InvoiceBook::wasReset, this, [this] { endResetModel(); });
    connect(&m_book, &InvoiceBook::aboutToAdd, this, [this](qsizetype first, qsizetype last) {
        beginInsertRows({}, int(first), int(last));
    });
    connect(&m_book, &InvoiceBook::added, this, [this] { endInsertRows(); });
    connect(&m_desk, &FinancingDesk::viewChanged, this, &InvoiceListModel::onInvoiceChanged);
}

void InvoiceListModel::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_book.count());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &invoice = m_book.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case InvoiceIdRole:
        return invoice.id;
    case QualifiesRole:
        return invoice.financing.status == FinancingStatus::None
            && m_desk.assess(invoice).isEligible();
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == FinancingColumn) {
            const FinancingView view = m_desk.view(invoice.id);
            if (view.state == PanelState::NotEligible || view.state == PanelState::NeedsBooking) {
                if (const auto reason = view.assessment.mostUsefulReason())
                    return EligibilityRules::explain(view.assessment, *reason, m_locale);
            }
        }
        // A long name may be elided in its column; the tooltip always holds all of it.
        if (column == CustomerColumn)
            return invoice.customer.name;
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NumberColumn:
            return invoice.number;
        case CustomerColumn:
            return invoice.customer.name;
        case IssueDateColumn:
            return MoneyFormat::formatDate(invoice.issueDate, m_locale);
        case DueDateColumn:
            return MoneyFormat::formatDate(invoice.dueDate, m_locale);
        case AmountColumn:
            return MoneyFormat::format(invoice.signedTotal(), m_locale);
        case StatusColumn:
            return statusText(invoice);
        case FinancingColumn:
            return financingText(m_desk.view(invoice.id));
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case NumberColumn:
            return invoice.number;
        case CustomerColumn:
            return invoice.customer.name;
        case IssueDateColumn:
            return invoice.issueDate;
        case DueDateColumn:
            return invoice.dueDate;
        case AmountColumn:
            return invoice.signedTotal().cents();
        case StatusColumn:
            return statusRank(invoice);
        case FinancingColumn:
            return int(m_desk.view(invoice.id).state);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return headerToolTip(Column(section));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The headers are kept short so that the customer's name keeps its room in the longest
    // language; where a short header could be misread, its tooltip says it in full.
    switch (Column(section)) {
    case NumberColumn:
        //: Column header: the invoice number
        return tr("Number");
    case CustomerColumn:
        //: Column header: the customer's name
        return tr("Customer");
    case IssueDateColumn:
        //: Column header, short: the date of the invoice
        return tr("Date");
    case DueDateColumn:
        //: Column header: the date by which the customer must pay
        return tr("Due date");
    case AmountColumn:
        //: Column header, short: the invoice total including VAT
        return tr("Total");
    case StatusColumn:
        //: Column header: where the invoice stands (draft, sent, paid...)
        return tr("Status");
    case FinancingColumn:
        //: Column header: the invoice's state with KBC On Demand Financing
        return tr("Financing");
    case ColumnCount:
        break;
    }
    return {};
}

QString InvoiceListModel::headerToolTip(Column column)
{
    switch (column) {
    case IssueDateColumn:
        //: Tooltip of the column header "Date"
        return tr("Invoice date");
    case AmountColumn:
        //: Tooltip of the column header "Total"
        return tr("Total including VAT");
    case FinancingColumn:
        return tr("KBC On Demand Financing");
    default:
        return {};
    }
}

QModelIndex InvoiceListModel::indexOfInvoice(const QString &invoiceId, int column) const
{
    const qsizetype row = m_book.indexOf(invoiceId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

void InvoiceListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void InvoiceListModel::onInvoiceChanged(const QString &invoiceId)
{
    const qsizetype row = m_book.indexOf(invoiceId);
    if (row >= 0)
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}
