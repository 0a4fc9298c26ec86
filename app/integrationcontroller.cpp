#include "integrationcontroller.h"

#include "bankclient.h"
#include "clock.h"
#include "companyprofiledialog.h"
#include "dialogservice.h"
#include "financingbackend.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "grantvault.h"
#include "kbcauthorizewindow.h"
#include "mainwindow.h"
#include "storekeeper.h"
#include "usermenu.h"

#include <algorithm>

IntegrationController::IntegrationController(StoreKeeper &store, BankClient &bank,
                                             FinancingDesk &desk, FinancingFlow &flow,
                                             const Clock &clock, GrantVault &vault, bool demo,
                                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_bank(bank)
    , m_desk(desk)
    , m_flow(flow)
    , m_clock(clock)
    , m_vault(vault)
    , m_demo(demo)
{
    // Until the grant is read, nothing can be asked of the bank: following the open requests
    // would only be refused.
    m_desk.setConnected(false);
    m_flow.holdFollowUps(true);
    connect(&m_vault, &GrantVault::persistenceChanged, this, [this](bool persistent) {
        if (!persistent)
            onSessionOnly();
        updateViews();
    });
    m_refreshTimer.setInterval(refreshIntervalMilliseconds);
    connect(&m_refreshTimer, &QTimer::timeout, this, &IntegrationController::refresh);
    m_refreshTimer.start();
}

IntegrationController::~IntegrationController() = default;

IntegrationsPage *IntegrationController::integrationsPage() const
{
    return m_page;
}

KbcAuthorizeWindow *IntegrationController::authorizeWindow() const
{
    return m_authorizeWindow;
}

void IntegrationController::connectWindow(MainWindow &window, DialogService &dialogs)
{
    m_window = &window;
    m_dialogs = &dialogs;
    UserMenu *menu = window.userMenu();
    connect(menu, &UserMenu::userChosen, this, &IntegrationController::switchUser);
    connect(menu, &UserMenu::companyProfileWanted, this,
            &IntegrationController::showCompanyProfile);
    connect(&window, &MainWindow::integrationsWanted, this,
            &IntegrationController::showIntegrations);
    window.setCompanyName(m_store.company().name);
    updateUserMenu();
    updateViews();
}

void IntegrationController::start(StartMode mode)
{
    const QString account = m_store.company().vatNumber;
    m_vault.read(account, this, [this, mode](const std::optional<QString> &grant) {
        m_bank.setGrant(grant.value_or(QString()));
        updateConnection();
        updateViews();
        if (isUsable() && !m_bank.hasGrant() && mode == StartMode::AuthorizeNow) {
            // A demo follows its open requests once the bank issued the grant it asks for
            // now (or refused it).
            requestGrant([this](const QString &) { m_flow.holdFollowUps(false); });
        } else {
            m_flow.holdFollowUps(false);
            // What happened at the bank while the application was closed.
            if (isConnected())
                m_flow.synchronize();
            if (isUsable() && !m_bank.hasGrant() && mode == StartMode::AskOnce)
                openAuthorizeWindow();
        }
        Q_EMIT started();
    });
}

Authorization::State IntegrationController::authorizationState() const
{
    if (!m_bank.hasGrant())
        return Authorization::State::Missing;
    if (m_bankAskedAgain)
        return Authorization::State::Expired;
    return Authorization::state(m_store.integration().authorizedUntil, m_clock.now());
}

bool IntegrationController::isUsable() const
{
    return m_store.integration().added
        && IntegrationRules::availability(m_store.company()) == IntegrationAvailability::Available;
}

bool IntegrationController::isConnected() const
{
    return isUsable() && authorizationState() != Authorization::State::Missing;
}

const User *IntegrationController::currentUser() const
{
    for (const User &user : m_store.users()) {
        if (user.id == m_store.currentUserId())
            return &user;
    }
    return nullptr;
}

IntegrationStatus IntegrationController::status() const
{
    IntegrationStatus status;
    const IntegrationSetup &setup = m_store.integration();
    status.availability = IntegrationRules::availability(m_store.company());
    const User *user = currentUser();
    status.canManage = user && IntegrationRules::canManage(*user);
    status.added = setup.added;
    status.authorization = authorizationState();
    status.authorizedUntil = setup.authorizedUntil;
    status.daysLeft = Authorization::daysLeft(setup.authorizedUntil, m_clock.now());
    status.sessionOnly = !m_demo && !m_vault.isPersistent();
    status.busy = m_busy;
    status.problem = m_problem;
    return status;
}

void IntegrationController::whenAuthorized(std::function<void()> action)
{
    const Authorization::State state = authorizationState();
    const bool valid =
        state == Authorization::State::Valid || state == Authorization::State::ExpiringSoon;
    if (!isUsable()) {
        // No longer available (abroad, the Go plan, no KBC account): the requests the bank
        // already holds keep their state and may still be signed or followed while the grant
        // is valid; the desk, not connected, takes no new request. Without a valid grant an
        // authorization cannot be given any more, and removed there is none.
        if (valid) {
            action();
            return;
        }
        m_pendingAction = {};
        showIntegrations();
        return;
    }
    if (valid) {
        action();
        return;
    }
    // Nothing changes until the bank issued a new grant; then the action goes on as asked.
    m_pendingAction = std::move(action);
    openAuthorizeWindow();
}

void IntegrationController::bankAskedForAuthorization()
{
    if (m_bankAskedAgain)
        return;
    m_bankAskedAgain = true;
    updateViews();
}

void IntegrationController::setNumberLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_page)
        m_page->setNumberLocale(locale);
}

void IntegrationController::showIntegrations()
{
    if (!m_page) {
        m_page = new IntegrationsPage(m_window);
        m_page->setNumberLocale(m_locale);
        connect(m_page, &IntegrationsPage::addWanted, this, &IntegrationController::addIntegration);
        connect(m_page, &IntegrationsPage::removeWanted, this,
                &IntegrationController::removeIntegration);
        connect(m_page, &IntegrationsPage::authorizeWanted, this,
                &IntegrationController::openAuthorizeWindow);
    }
    m_problem.clear();
    updateViews();
    m_page->show();
    m_page->raise();
    m_page->activateWindow();
}

void IntegrationController::showCompanyProfile()
{
    const User *user = currentUser();
    auto *dialog = new CompanyProfileDialog(m_store.company(),
                                            user && IntegrationRules::canManage(*user), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profileDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Company before = m_store.company();
        const Company after = dialog->company();
        if (after == before)
            return;
        // The dialog may have been opened by an administrator before the user changed: the
        // user who saves must be allowed to.
        const User *saving = currentUser();
        if (!saving || !IntegrationRules::canManage(*saving)) {
            if (m_window) {
                m_window->showStatusMessage(tr("The company profile was not changed: only an "
                                               "administrator can change it."));
            }
            return;
        }
        m_store.setCompany(after);
        if (m_window)
            m_window->setCompanyName(after.name);
        if (after.vatNumber != before.vatNumber) {
            // A grant asked for the other number is not kept; the window asks anew for this one.
            abandonGrantRequest();
            if (m_authorizeWindow && m_authorizeWindow->isVisible())
                m_authorizeWindow->ask(after.name, after.vatNumber);
            // The grant was issued to the other number: look for one issued to this one.
            m_bank.setGrant({});
            m_vault.read(after.vatNumber, this, [this](const std::optional<QString> &grant) {
                m_bank.setGrant(grant.value_or(QString()));
                updateConnection();
                updateViews();
            });
        }
        updateConnection();
        updateViews();
    });
    dialog->open();
}

void IntegrationController::openAuthorizeWindow()
{
    if (!m_authorizeWindow) {
        m_authorizeWindow = new KbcAuthorizeWindow(m_window);
        connect(m_authorizeWindow, &KbcAuthorizeWindow::confirmed, this,
                &IntegrationController::onAuthorizeConfirmed);
        connect(m_authorizeWindow, &QDialog::rejected, this, [this] {
            // Cancelled, also while the bank is being asked: the held-back action is dropped
            // and nothing changes.
            m_pendingAction = {};
            abandonGrantRequest();
        });
    }
    const Company &company = m_store.company();
    // A window closed halfway starts afresh; an open one that is asking goes on.
    if (!m_authorizeWindow->isVisible() || !m_authorizeWindow->isWorking())
        m_authorizeWindow->ask(company.name, company.vatNumber);
    m_authorizeWindow->show();
    m_authorizeWindow->raise();
    m_authorizeWindow->activateWindow();
}

void IntegrationController::onAuthorizeConfirmed()
{
    if (!isUsable()) {
        // Removed or no longer available meanwhile: no grant is asked for.
        if (m_authorizeWindow)
            m_authorizeWindow->reject();
        return;
    }
    requestGrant([this](const QString &problem) {
        if (!m_authorizeWindow)
            return;
        if (!problem.isEmpty()) {
            m_authorizeWindow->showProblem(problem);
            return;
        }
        m_authorizeWindow->finish();
        if (auto action = std::exchange(m_pendingAction, {}))
            action();
    });
}

void IntegrationController::requestGrant(std::function<void(const QString &problem)> done)
{
    if (!isUsable())
        return;
    const QString account = m_store.company().vatNumber;
    const quint64 ticket = ++m_grantRequest;
    m_asking = true;
    m_busy = true;
    m_problem.clear();
    updateViews();
    m_bank.authorize(
        account, this,
        [this, account, ticket,
         done = std::move(done)](const BankApi::BankResult<BankApi::AuthorizationGrant> &result) {
            if (ticket != m_grantRequest) {
                // Abandoned meanwhile: the bank's access is withdrawn again, nothing is kept.
                if (result.isOk())
                    discardGrant(result.value().grant);
                return;
            }
            if (!result.isOk()) {
                m_asking = false;
                m_busy = false;
                m_problem = result.error().message();
                updateViews();
                done(m_problem);
                return;
            }
            const BankApi::AuthorizationGrant grant = result.value();
            m_vault.write(
                account, grant.grant, this, [this, account, ticket, grant, done](bool persistent) {
                    if (ticket != m_grantRequest) {
                        // Abandoned while it was being kept.
                        m_vault.remove(account, this, [this, grant] { discardGrant(grant.grant); });
                        return;
                    }
                    m_asking = false;
                    m_busy = false;
                    IntegrationSetup setup = m_store.integration();
                    setup.authorizedAt = grant.grantedAt;
                    setup.authorizedUntil = grant.expiresAt;
                    m_store.setIntegration(setup);
                    m_bank.setGrant(grant.grant);
                    m_bankAskedAgain = false;
                    if (!persistent)
                        onSessionOnly();
                    updateConnection();
                    // Quotes that failed for want of a grant are asked again, and so
                    // is the news of the requests that could not be followed.
                    m_flow.holdFollowUps(false);
                    m_desk.prepareQualifying();
                    m_flow.synchronize();
                    updateViews();
                    done({});
                    Q_EMIT authorized();
                });
        });
}

void IntegrationController::abandonGrantRequest()
{
    if (!m_asking)
        return;
    m_asking = false;
    ++m_grantRequest;
    m_busy = false;
    updateViews();
}

void IntegrationController::discardGrant(const QString &grant)
{
    // The client took the grant on the bank's answer; it is the one to revoke.
    m_bank.setGrant(grant);
    m_bank.revokeAuthorization(this, [this](const BankApi::BankResult<BankApi::Revoked> &) {
        // Revoked or not (the bank may be gone), the client sends again only the grant kept
        // for the company's current number, or none.
        m_vault.read(m_store.company().vatNumber, this, [this](const std::optional<QString> &kept) {
            m_bank.setGrant(kept.value_or(QString()));
            updateConnection();
            updateViews();
        });
    });
}

void IntegrationController::addIntegration()
{
    const IntegrationStatus now = status();
    if (!now.canManage || now.availability != IntegrationAvailability::Available || now.added)
        return;
    IntegrationSetup setup = m_store.integration();
    setup.added = true;
    m_store.setIntegration(setup);
    updateConnection();
    updateViews();
    // Setting it up goes on in KBC Sign.
    if (!m_bank.hasGrant())
        openAuthorizeWindow();
}

void IntegrationController::removeIntegration()
{
    const IntegrationStatus now = status();
    if (!now.canManage || !now.added || m_busy)
        return;
    if (m_dialogs
        && !m_dialogs->confirm(m_page ? static_cast<QWidget *>(m_page) : m_window,
                               tr("Remove KBC On Demand Financing"),
                               tr("Remove KBC On Demand Financing from your company?"),
                               tr("KBC's access to your business account is withdrawn. Invoices "
                                  "KBC already financed stay as they are."),
                               //: Button of the confirmation: remove the integration
                               tr("Remove"))) {
        return;
    }
    // The authorization window asks for an integration that is going away.
    if (m_authorizeWindow && m_authorizeWindow->isVisible())
        m_authorizeWindow->reject();
    const QString account = m_store.company().vatNumber;
    auto forget = [this, account] {
        m_vault.remove(account, this, [this] {
            m_busy = false;
            m_bank.setGrant({});
            m_bankAskedAgain = false;
            m_store.setIntegration({});
            m_pendingAction = {};
            updateConnection();
            updateViews();
        });
    };
    if (!m_bank.hasGrant()) {
        m_busy = true;
        forget();
        return;
    }
    m_busy = true;
    m_problem.clear();
    updateViews();
    m_bank.revokeAuthorization(this,
                               [this, forget](const BankApi::BankResult<BankApi::Revoked> &result) {
                                   // A grant the bank no longer accepts is as good as revoked.
                                   if (!result.isOk() && !result.error().needsAuthorization()) {
                                       m_busy = false;
                                       m_problem = result.error().message();
                                       updateViews();
                                       return;
                                   }
                                   forget();
                               });
}

void IntegrationController::switchUser(const QString &userId)
{
    if (userId == m_store.currentUserId())
        return;
    // Only one of the users can be the current one; the store would not open again otherwise.
    const QList<User> &users = m_store.users();
    if (std::none_of(users.cbegin(), users.cend(),
                     [&userId](const User &user) { return user.id == userId; })) {
        return;
    }
    m_store.setCurrentUserId(userId);
    // A profile open meanwhile follows the right of the user now working.
    if (m_profileDialog) {
        const User *user = currentUser();
        m_profileDialog->setCanEdit(user && IntegrationRules::canManage(*user));
    }
    updateUserMenu();
    updateViews();
}

void IntegrationController::refresh()
{
    updateConnection();
    updateViews();
}

void IntegrationController::onSessionOnly()
{
    if (m_demo || m_sessionOnlyTold)
        return;
    m_sessionOnlyTold = true;
    if (m_window) {
        m_window->showStatusMessage(tr("No keychain is available: the authorization is kept "
                                       "until you close the application."));
    }
}

void IntegrationController::updateConnection()
{
    m_desk.setConnected(isConnected());
    // Removed or no longer available: an authorization can no longer be given, and the action
    // waiting for it is dropped.
    if (!isUsable() && m_authorizeWindow && m_authorizeWindow->isVisible())
        m_authorizeWindow->reject();
}

void IntegrationController::updateViews()
{
    const IntegrationStatus now = status();
    if (m_page)
        m_page->setStatus(now);
    if (!m_window)
        return;
    int warningDays = -1;
    if (isConnected()) {
        if (now.authorization == Authorization::State::ExpiringSoon)
            warningDays = now.daysLeft;
        else if (now.authorization == Authorization::State::Expired)
            warningDays = 0;
    }
    m_window->setAuthorizationWarning(warningDays);
}

void IntegrationController::updateUserMenu()
{
    if (m_window)
        m_window->userMenu()->setUsers(m_store.users(), m_store.currentUserId());
}

void IntegrationController::guard(FinancingBackend &financing)
{
    financing.setActionGuard(
        [this](std::function<void()> action) { whenAuthorized(std::move(action)); },
        [this](std::function<void()> retry) {
            bankAskedForAuthorization();
            whenAuthorized(std::move(retry));
        });
}
