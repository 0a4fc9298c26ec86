#pragma once

#include "money.h"

#include <QDate>
#include <QLocale>
#include <QWidget>

#include <optional>

class QLabel;

// What KBC pays and what it costs, large enough to read at a glance: the payout, the cost,
// the fee and the payout date, each shown only when known, and a note when the figures are
// an estimate.
class FinancingFigures final : public QWidget
{
    Q_OBJECT

public:
    struct Figures
    {
        std::optional<Money> payout;
        std::optional<Money> cost;
        std::optional<int> feeBasisPoints;
        QDate payoutDate; // invalid: not shown
        bool paidOut = false; // "KBC paid you" rather than "KBC pays you"
        bool isEstimate = false;

        bool isEmpty() const
        {
            return !payout && !cost && !feeBasisPoints && !payoutDate.isValid();
        }
        friend bool operator==(const Figures &, const Figures &) = default;
    };

    explicit FinancingFigures(QWidget *parent = nullptr);

    void setFigures(const Figures &figures);
    void setNumberLocale(const QLocale &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void display();

    Figures m_figures;
    QLocale m_locale;
    QLabel *m_payoutCaption = nullptr;
    QLabel *m_payoutLabel = nullptr;
    QLabel *m_costCaption = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_feeCaption = nullptr;
    QLabel *m_feeLabel = nullptr;
    QLabel *m_payoutDateCaption = nullptr;
    QLabel *m_payoutDateLabel = nullptr;
    QLabel *m_estimateLabel = nullptr;
};
