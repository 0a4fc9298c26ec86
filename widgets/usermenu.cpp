#include "usermenu.h"

#include <QActionGroup>
#include <QEvent>

UserMenu::UserMenu(QWidget *parent)
    : QMenu(parent)
    , m_userActions(new QActionGroup(this))
{
    setObjectName(QStringLiteral("userMenu"));
    m_userActions->setExclusive(true);
    m_usersSection = addSection(QString());
    m_usersEnd = addSeparator();
    m_profileAction = addAction(QString());
    m_profileAction->setObjectName(QStringLiteral("companyProfileAction"));
    m_integrationsAction = addAction(QString());
    m_integrationsAction->setObjectName(QStringLiteral("integrationsAction"));

    connect(m_profileAction, &QAction::triggered, this, &UserMenu::companyProfileWanted);
    connect(m_integrationsAction, &QAction::triggered, this, &UserMenu::integrationsWanted);
    connect(m_userActions, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString id = action->data().toString();
        if (id != m_currentUserId)
            Q_EMIT userChosen(id);
    });
    retranslate();
}

void UserMenu::setUsers(const QList<User> &users, const QString &currentUserId)
{
    if (users == m_users && currentUserId == m_currentUserId)
        return;
    m_users = users;
    m_currentUserId = currentUserId;
    rebuildUsers();
}

void UserMenu::rebuildUsers()
{
    // The action that was just chosen may be the one asking for this: it goes later.
    for (QAction *action : m_userActions->actions()) {
        m_userActions->removeAction(action);
        removeAction(action);
        action->setObjectName(QString());
        action->deleteLater();
    }
    QString title;
    for (const User &user : std::as_const(m_users)) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("userAction-%1").arg(user.id));
        action->setCheckable(true);
        action->setData(user.id);
        action->setText(user.administrator
                            //: A user in the user menu: %1 is the name
                            ? tr("%1 (administrator)").arg(user.name)
                            : user.name);
        action->setChecked(user.id == m_currentUserId);
        m_userActions->addAction(action);
        insertAction(m_usersEnd, action);
        if (user.id == m_currentUserId)
            title = user.name;
    }
    //: The user menu's title when no user is known
    setTitle(title.isEmpty() ? tr("&User") : title);
}

void UserMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void UserMenu::retranslate()
{
    //: Section of the user menu listing the users one may switch to
    m_usersSection->setText(tr("Switch user"));
    m_profileAction->setText(tr("&Company profile…"));
    m_integrationsAction->setText(tr("&Integrations…"));
    m_integrationsAction->setStatusTip(tr("Add, remove and authorize KBC On Demand Financing"));
    rebuildUsers();
}
