#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

// The line above the invoice list that says how many invoices, and which, qualify for
// financing now, with a button that narrows the list to them (or widens it again).
class QualifyingBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit QualifyingBanner(QWidget *parent = nullptr);

    // The numbers of the qualifying invoices, in the order to show them.
    void setQualifyingNumbers(const QStringList &numbers);
    QStringList qualifyingNumbers() const { return m_numbers; }
    // Whether the integration with KBC is set up; while it is not, the banner says so instead.
    void setConnected(bool connected);
    // Whether the list is narrowed to the qualifying invoices right now.
    void setFilterActive(bool active);
    QString text() const;
    // The banner's only control, for the tab order.
    QWidget *actionButton() const;

Q_SIGNALS:
    void filterRequested(bool onlyQualifying);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
    QStringList m_numbers;
    bool m_filterActive = false;
    bool m_connected = true;
};
