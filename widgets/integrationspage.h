#pragma once

#include "integration.h"

#include <QDateTime>
#include <QDialog>
#include <QLocale>

class QFrame;
class QLabel;
class QPushButton;

// What the Integrations page shows of KBC On Demand Financing, as the application worked it
// out: the page itself decides nothing.
struct IntegrationStatus
{
    IntegrationAvailability availability = IntegrationAvailability::Available;
    bool canManage = false; // the current user may add and remove integrations
    bool added = false;
    Authorization::State authorization = Authorization::State::Missing;
    QDateTime authorizedUntil;
    int daysLeft = 0;
    bool sessionOnly = false; // no keychain: the grant is kept for this session only
    bool busy = false; // a call to KBC is on its way
    QString problem; // the last call's failure, in the user's language; empty when none

    friend bool operator==(const IntegrationStatus &, const IntegrationStatus &) = default;
};

// The Integrations page, reached from the user menu: the integrations the company may use,
// today only KBC On Demand Financing, as a card with its availability, whether it is added,
// the state of its authorization in KBC Sign and the actions the current user may take. It
// announces what the user wants; the application carries it out and shows the outcome.
class IntegrationsPage final : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrationsPage(QWidget *parent = nullptr);

    IntegrationStatus status() const { return m_status; }
    void setStatus(const IntegrationStatus &status);
    // The locale for the dates shown, chosen apart from the UI language.
    void setNumberLocale(const QLocale &locale);

Q_SIGNALS:
    void addWanted();
    void removeWanted();
    // Authorize for the first time, or renew the authorization.
    void authorizeWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    QString authorizationText() const;

    IntegrationStatus m_status;
    QLocale m_locale;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_notOfferedLabel = nullptr;
    QFrame *m_card = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_availabilityLabel = nullptr;
    QLabel *m_authorizationLabel = nullptr;
    QLabel *m_sessionOnlyLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_adminOnlyLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_authorizeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
