#pragma once

#include "user.h"

#include <QList>
#include <QMenu>

class QActionGroup;

// The user menu in the menu bar, titled with the current user's name: the users to switch
// between (a demo shows the product as an administrator and as a regular user), the company
// profile and the integrations. Only says what the user chose; the application applies it.
class UserMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit UserMenu(QWidget *parent = nullptr);

    // The users to switch between and the one working now; checks it without announcing.
    void setUsers(const QList<User> &users, const QString &currentUserId);
    QString currentUserId() const { return m_currentUserId; }

Q_SIGNALS:
    void userChosen(const QString &userId);
    void companyProfileWanted();
    void integrationsWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildUsers();

    QList<User> m_users;
    QString m_currentUserId;
    QAction *m_usersSection = nullptr;
    QActionGroup *m_userActions = nullptr;
    QAction *m_usersEnd = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_integrationsAction = nullptr;
};
