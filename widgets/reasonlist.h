#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

// Every reason why an invoice does not qualify, one short title and one sentence each,
// wrapped to the panel's width (the "why?" details of the financing panel).
class ReasonList final : public QFrame
{
    Q_OBJECT

public:
    struct Reason
    {
        QString ruleId; // "amount", "term", ...
        QString title;
        QString explanation;

        friend bool operator==(const Reason &, const Reason &) = default;
    };

    explicit ReasonList(QWidget *parent = nullptr);

    void setReasons(const QList<Reason> &reasons);
    int count() const { return int(m_reasons.size()); }
    const Reason &reason(int row) const { return m_reasons.at(row); }
    // The reason as one line of plain text, as a screen reader says it.
    QString text(int row) const;

private:
    QVBoxLayout *m_layout = nullptr;
    QList<Reason> m_reasons;
    QList<QLabel *> m_labels;
};
