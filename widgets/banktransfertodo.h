#pragma once

#include <QFrame>
#include <QLocale>

class QLabel;
class QPushButton;
struct Invoice;

// What is left to do when the customer of a sold invoice pays the business instead of KBC:
// a button to record that payment and, once recorded, a to-do "transfer EUR X to KBC" that
// stays until the user marks the money as passed on. Shows; the financing desk records.
class BankTransferToDo final : public QFrame
{
    Q_OBJECT

public:
    explicit BankTransferToDo(QWidget *parent = nullptr);

    // Shows what applies to the invoice; hides itself when nothing does.
    void showInvoice(const Invoice &invoice, const QLocale &numberLocale);

Q_SIGNALS:
    void customerPaidBusiness();
    void passedOnToBank();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showState(const Invoice &invoice);

    QLocale m_locale;
    QLabel *m_toDoLabel = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_doneButton = nullptr;
    // What the texts were made from, so that a language change can make them again.
    QString m_amountText;
    QString m_paidOnText;
};
