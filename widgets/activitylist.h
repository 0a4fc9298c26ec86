#pragma once

#include "invoice.h"

#include <QListWidget>
#include <QLocale>

// The history of one invoice, newest first, one sentence with its date per line.
class ActivityList final : public QListWidget
{
    Q_OBJECT

public:
    explicit ActivityList(QWidget *parent = nullptr);

    void setEntries(const QList<ActivityEntry> &entries);
    void setNumberLocale(const QLocale &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<ActivityEntry> m_entries;
    QLocale m_locale;
};
