#pragma once

#include "integration.h"
#include "integrationspage.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class BankClient;
class Clock;
class CompanyProfileDialog;
class DialogService;
class FinancingBackend;
class FinancingDesk;
class FinancingFlow;
class GrantVault;
class KbcAuthorizeWindow;
class MainWindow;
class StoreKeeper;
struct User;

// The integration with KBC On Demand Financing as the application runs it: whether the
// company may use it and has added it, the authorization in KBC Sign and its 60 days, the
// bank's access grant (kept in the vault, handed to the bank client, never written to the
// store), the users and the company profile. It answers the user menu, the Integrations page
// and the panel's invitation, warns while the authorization runs out, and holds back every
// financing action until the authorization is valid.
class IntegrationController final : public QObject
{
    Q_OBJECT

public:
    enum class StartMode {
        Quiet, // read the grant; ask nothing
        AskOnce, // read the grant; without one, open the authorization window once
        AuthorizeNow, // a demo: ask the bank for a grant at once, without a window
    };

    // How often the warning and the page look at the (possibly sped-up) clock.
    static constexpr int refreshIntervalMilliseconds = 1000;

    // Everything given must outlive the controller. With demo, the grant is never said to be
    // kept for this session only: a demo keeps it so on purpose.
    IntegrationController(StoreKeeper &store, BankClient &bank, FinancingDesk &desk,
                          FinancingFlow &flow, const Clock &clock, GrantVault &vault,
                          bool demo = false, QObject *parent = nullptr);
    ~IntegrationController() override;

    // Connects the user menu, the panel's invitation, the warning line and the status bar.
    void connectWindow(MainWindow &window, DialogService &dialogs);
    // Reads the grant kept for the company's VAT number and hands it to the bank client.
    void start(StartMode mode);

    IntegrationStatus status() const;
    // Missing while the bank client holds no grant; Expired as well once the bank said the
    // grant no longer works.
    Authorization::State authorizationState() const;
    // Added, available and authorized at least once: the desk judges and quotes invoices.
    bool isConnected() const;
    const User *currentUser() const;

    // Runs action at once while the authorization holds; otherwise opens the authorization
    // window first and runs it once the bank issued a new grant. Cancelling drops it. Without
    // the integration (removed, or no longer available) the action still runs while the
    // grant is valid, for the requests the bank already holds (the desk takes no new ones
    // then); without a valid grant it is dropped and the Integrations page is shown.
    void whenAuthorized(std::function<void()> action);
    // The bank refused a call for want of a valid grant: the next action asks first.
    void bankAskedForAuthorization();
    // Holds back every financing action of the backend until the authorization holds, and
    // asks again, then retries, when the bank refuses one for want of a grant.
    void guard(FinancingBackend &financing);

    // The locale for the dates on the Integrations page.
    void setNumberLocale(const QLocale &locale);
    void showIntegrations();
    void showCompanyProfile();
    void openAuthorizeWindow();
    void addIntegration();
    void removeIntegration();
    void switchUser(const QString &userId);
    // Looks at the clock again: the warning line, the page, the connection.
    void refresh();

    // Null until first shown.
    IntegrationsPage *integrationsPage() const;
    KbcAuthorizeWindow *authorizeWindow() const;

Q_SIGNALS:
    // The bank issued a new grant and it is in use.
    void authorized();
    // The grant was read at start (or none was kept).
    void started();

private:
    // Asks the bank for a grant, keeps it in the vault, notes its dates in the store and
    // hands it to the client; done gets the problem in the user's language, or nothing.
    // Nothing is asked while the integration is not added or not available. An answer that
    // arrives after the question was abandoned is revoked at the bank and not kept.
    void requestGrant(std::function<void(const QString &problem)> done);
    // The question to the bank in the authorization window no longer counts (cancelled, the
    // integration removed or unavailable, another VAT number): its answer is not kept.
    void abandonGrantRequest();
    // A grant the bank issued to an abandoned question, which the client now sends: revoked
    // at the bank, then the client goes back to the grant kept for the current VAT number.
    void discardGrant(const QString &grant);
    // Added and available: an authorization can be given and used.
    bool isUsable() const;
    void onAuthorizeConfirmed();
    void onSessionOnly();
    void updateConnection();
    void updateViews();
    void updateUserMenu();

    StoreKeeper &m_store;
    BankClient &m_bank;
    FinancingDesk &m_desk;
    FinancingFlow &m_flow;
    const Clock &m_clock;
    GrantVault &m_vault;
    bool m_demo = false;
    MainWindow *m_window = nullptr;
    DialogService *m_dialogs = nullptr;
    QPointer<IntegrationsPage> m_page;
    QPointer<KbcAuthorizeWindow> m_authorizeWindow;
    QPointer<CompanyProfileDialog> m_profileDialog;
    std::function<void()> m_pendingAction;
    bool m_busy = false;
    // Whether the authorization window's question is at the bank, and which one it is: an
    // answer to an earlier one is not kept.
    bool m_asking = false;
    quint64 m_grantRequest = 0;
    bool m_bankAskedAgain = false;
    bool m_sessionOnlyTold = false;
    QString m_problem;
    QLocale m_locale = QLocale(QLocale::English, QLocale::Belgium);
    QTimer m_refreshTimer;
};
