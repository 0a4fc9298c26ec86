#include "reasonlist.h"

#include <QLabel>
#include <QVBoxLayout>

ReasonList::ReasonList(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("reasonList"));
    setStyleSheet(QStringLiteral("QFrame#reasonList { background: #fdf6f6; "
                                 "border: 1px solid #efcaca; border-radius: 4px; }"));
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(8);
}

void ReasonList::setReasons(const QList<Reason> &reasons)
{
    if (reasons == m_reasons && m_labels.size() == reasons.size())
        return;
    m_reasons = reasons;
    qDeleteAll(m_labels);
    m_labels.clear();
    for (qsizetype row = 0; row < m_reasons.size(); ++row) {
        const Reason &reason = m_reasons.at(row);
        auto *label = new QLabel(this);
        label->setObjectName(u"reason-" + reason.ruleId);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(reason.title.toHtmlEscaped(), reason.explanation.toHtmlEscaped()));
        label->setAccessibleName(text(int(row)));
        m_layout->addWidget(label);
        m_labels.append(label);
    }
}

QString ReasonList::text(int row) const
{
    const Reason &reason = m_reasons.at(row);
    //: A reason in the "Why?" list: %1 the rule's title, %2 the explanation
    return tr("%1: %2").arg(reason.title, reason.explanation);
}
