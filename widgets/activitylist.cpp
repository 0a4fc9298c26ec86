#include "activitylist.h"

#include "financingtexts.h"
#include "invoice.h"

#include <QEvent>

ActivityList::ActivityList(QWidget *parent)
    : QListWidget(parent)
    , m_locale(QLocale(QLocale::English, QLocale::Belgium))
{
    setObjectName(QStringLiteral("activityList"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setUniformItemSizes(false);
    setFocusPolicy(Qt::TabFocus);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Compact: a handful of lines, scrolling beyond.
    setMaximumHeight(fontMetrics().height() * 9);
    rebuild();
}

void ActivityList::setEntries(const QList<ActivityEntry> &entries)
{
    if (entries == m_entries && count() == entries.size())
        return;
    m_entries = entries;
    rebuild();
}

void ActivityList::setNumberLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    rebuild();
}

void ActivityList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QListWidget::changeEvent(event);
}

void ActivityList::rebuild()
{
    //: Accessible name of the history of the invoice
    setAccessibleName(tr("Activity"));
    clear();
    for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry)
        addItem(FinancingTexts::activityLine(*entry, m_locale));
    if (m_entries.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing has happened to this invoice yet."), this);
        none->setFlags(Qt::NoItemFlags);
    }
}
