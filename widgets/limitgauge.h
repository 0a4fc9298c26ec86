#pragma once

#include "money.h"

#include <QLocale>
#include <QWidget>

class QLabel;

// How much of the KBC financing limit is taken, as a bar and one sentence: used (financed,
// the customer has not yet paid KBC), reserved (requests awaiting signature or payout) and
// what is still available, out of the limit. Financing is revolving, so the bar shrinks
// again when customers pay the bank.
class LimitGauge final : public QWidget
{
    Q_OBJECT

public:
    // The widths in pixels of the bar's three parts, left to right; they add up to the
    // width of the bar.
    struct Segments
    {
        int used = 0;
        int reserved = 0;
        int available = 0;

        friend bool operator==(const Segments &, const Segments &) = default;
    };

    explicit LimitGauge(QWidget *parent = nullptr);

    Money used() const { return m_used; }
    Money reserved() const { return m_reserved; }
    Money limit() const { return m_limit; }
    // The limit minus what is used and reserved; never below zero.
    Money available() const;
    // Emits figuresChanged() unless all three are what they were.
    void setFigures(const Money &used, const Money &reserved, const Money &limit);
    void setNumberLocale(const QLocale &locale);

    // The sentence under the bar, which is also the tooltip and the accessible description.
    QString text() const;
    // How a bar of `width` pixels is split. A part that is not zero keeps a sliver of a few
    // pixels, so that a small reservation does not disappear next to a large limit.
    Segments segments(int width) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void figuresChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void display();

    Money m_used;
    Money m_reserved;
    Money m_limit;
    QLocale m_locale;
    QWidget *m_bar = nullptr;
    QLabel *m_textLabel = nullptr;
};
