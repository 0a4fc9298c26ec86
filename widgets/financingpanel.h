#pragma once

#include <QLocale>
#include <QWidget>

class ActivityList;
class BankTransferToDo;
class DialogService;
class FinancingDesk;
class FinancingFigures;
class InvoiceBook;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class ReasonList;
class StateBadge;
struct FinancingView;
struct Invoice;

// The KBC On Demand Financing panel for one invoice: its state as the financing desk sees
// it, why it does not qualify, what KBC would pay, and the actions that move it forward
// (book, e-mail to the customer, request financing). Shows; the desk decides.
class FinancingPanel final : public QWidget
{
    Q_OBJECT

public:
    FinancingPanel(InvoiceBook &book, FinancingDesk &desk, DialogService &dialogs,
                   QWidget *parent = nullptr);

    QString invoiceId() const { return m_invoiceId; }
    // Shows the invoice (empty: none) and asks the desk to prepare its quote.
    void showInvoice(const QString &invoiceId);
    void setNumberLocale(const QLocale &locale);
    // The first control of the panel in the tab order.
    QWidget *firstInTabOrder() const;

Q_SIGNALS:
    // The user asked to finance the invoice; only emitted when the desk allows it.
    void requestFinancing(const QString &invoiceId);
    // The user wants to confirm or decline the invoice's request in KBC Sign.
    void openKbcSign(const QString &invoiceId);
    // The integration is not set up and the user wants to set it up.
    void setupWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createContentPage();
    void retranslate();
    void refresh();
    static QString heading(const Invoice &invoice);
    void showHeading(const Invoice &invoice);
    void showReasons(const FinancingView &view);
    void showFigures(const FinancingView &view, const Invoice &invoice);
    void showActions(const FinancingView &view, const Invoice &invoice);
    void showCountdown(const FinancingView &view, const Invoice &invoice);
    void onViewChanged(const QString &invoiceId);
    void onBookClicked();
    void onEmailClicked();
    void onRequestClicked();
    void onRetryClicked();
    void showBankError(const FinancingView &view);

    InvoiceBook &m_book;
    FinancingDesk &m_desk;
    DialogService &m_dialogs;
    QLocale m_locale;
    QString m_invoiceId;

    QLabel *m_titleLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QWidget *m_contentPage = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    StateBadge *m_badge = nullptr;
    QLabel *m_messageLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QTimer *m_countdownTimer = nullptr;
    QPushButton *m_whyButton = nullptr;
    ReasonList *m_reasonList = nullptr;
    FinancingFigures *m_figures = nullptr;
    QPushButton *m_bookButton = nullptr;
    QPushButton *m_emailButton = nullptr;
    QPushButton *m_requestButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_setupButton = nullptr;
    QLabel *m_bankErrorLabel = nullptr;
    QLabel *m_emailedLabel = nullptr;
    QLabel *m_requestHintLabel = nullptr;
    QLabel *m_activityCaption = nullptr;
    ActivityList *m_activityList = nullptr;
    BankTransferToDo *m_transferToDo = nullptr;
};
