#include "desktopsession.h"

#include "democlock.h"
#include "demodata.h"
#include "dialogservice.h"
#include "financingbackend.h"
#include "grantvault.h"
#include "integrationcontroller.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "language.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "storekeeper.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QDateTime startTime(QDate today)
{
    const QDateTime now = QDateTime::currentDateTime();
    // Keep the time of day; move the date.
    return today.isValid() ? QDateTime(today, now.time()) : now;
}

} // namespace

struct DesktopSession::Parts
{
    explicit Parts(QApplication &application)
        : translations(application)
    { }

    Translations translations;
    LanguageChoice language;
    std::unique_ptr<QTemporaryDir> demoDirectory;
    std::unique_ptr<DemoClock> clock;
    InvoiceBook book;
    std::unique_ptr<FinancingBackend> financing;
    std::unique_ptr<GrantVault> vault;
    std::unique_ptr<IntegrationController> integration;
    std::unique_ptr<StoreKeeper> store;
    std::unique_ptr<InvoiceImporter> importer;
    std::unique_ptr<MessageBoxDialogService> dialogs;
    std::unique_ptr<MainWindow> window;
};

std::optional<DesktopSession::Options> DesktopSession::parse(const QStringList &arguments,
                                                             QString *error)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool takesValue = argument == u"--store" || argument == u"--today"
            || argument == u"--lang" || argument == u"--bank";
        if (takesValue && i + 1 >= arguments.size()) {
            *error = QApplication::translate("DesktopSession", "%1 needs a value.").arg(argument);
            return std::nullopt;
        }
        if (argument == u"--demo") {
            options.demo = true;
        } else if (argument == u"--store") {
            options.storePath = arguments.at(++i);
        } else if (argument == u"--today") {
            const QString value = arguments.at(++i);
            options.today = QDate::fromString(value, Qt::ISODate);
            if (!options.today.isValid()) {
                *error = QApplication::translate("DesktopSession",
                                                 "\"%1\" is not a date: use YYYY-MM-DD.")
                             .arg(value);
                return std::nullopt;
            }
        } else if (argument == u"--lang") {
            options.language = arguments.at(++i);
            if (!Language::isSupported(options.language)) {
                *error = QApplication::translate("DesktopSession",
                                                 "Unknown language \"%1\": use en, nl or fr.")
                             .arg(options.language);
                return std::nullopt;
            }
        } else if (argument == u"--bank") {
            const QString value = arguments.at(++i);
            options.bankUrl = QUrl(value, QUrl::StrictMode);
            if (!options.bankUrl.isValid() || options.bankUrl.scheme() != u"http"
                || options.bankUrl.host().isEmpty()) {
                *error = QApplication::translate("DesktopSession",
                                                 "\"%1\" is not the address of a bank: use "
                                                 "http://127.0.0.1:PORT.")
                             .arg(value);
                return std::nullopt;
            }
        } else if (argument.startsWith(u"--")) {
            *error = QApplication::translate("DesktopSession", "Unknown option %1.").arg(argument);
            return std::nullopt;
        } else {
            options.importPaths.append(argument);
        }
    }
    return options;
}

DesktopSession::DesktopSession(QApplication &application, Options options)
    : m_parts(std::make_unique<Parts>(application))
    , m_options(std::move(options))
{
    m_parts->language = LanguageChoice::load(QSettings());
    // --lang is for this run; the remembered choice changes only through the menu.
    if (!m_options.language.isEmpty())
        m_parts->language.language = m_options.language;
    m_parts->translations.setLanguage(m_parts->language.language);

    Parts &parts = *m_parts;
    parts.clock = std::make_unique<DemoClock>(startTime(m_options.today));
    parts.importer = std::make_unique<InvoiceImporter>(parts.book, *parts.clock);
    parts.dialogs = std::make_unique<MessageBoxDialogService>();
}

DesktopSession::~DesktopSession()
{
    if (m_parts->store)
        m_parts->store->saveNow();
}

bool DesktopSession::start()
{
    Parts &parts = *m_parts;
    QString path = m_options.storePath;
    if (m_options.demo) {
        parts.demoDirectory = std::make_unique<QTemporaryDir>();
        path = parts.demoDirectory->filePath(QStringLiteral("invoices.json"));
    } else if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        path = QDir(folder).filePath(QStringLiteral("invoices.json"));
    }
    parts.store = std::make_unique<StoreKeeper>(parts.book, path);

    QString error;
    bool fresh = m_options.demo || !QFileInfo::exists(path);
    if (!fresh) {
        error = parts.store->load();
        if (!error.isEmpty()) {
            // The file stays as it is: the user's data is never overwritten by a demo.
            const auto answer = QMessageBox::warning(
                nullptr, QApplication::translate("DesktopSession", "KBC On Demand Financing"),
                QApplication::translate("DesktopSession",
                                        "Your invoices could not be opened:\n%1\n\nThe file is "
                                        "left untouched. Continue with the demo company "
                                        "instead, without saving?")
                    .arg(error),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return false;
            error.clear();
            fresh = true;
            parts.demoDirectory = std::make_unique<QTemporaryDir>();
            path = parts.demoDirectory->filePath(QStringLiteral("invoices.json"));
            parts.store = std::make_unique<StoreKeeper>(parts.book, path);
        }
    }

    // The bank keeps its books beside the store; a fresh store starts with fresh books, and
    // the demo's financed invoices are entered in them before the store is written.
    FinancingBackend::Options bank;
    bank.bankUrl = m_options.bankUrl;
    bank.bankStateFile = bankStatePath(path);
    bank.freshBooks = fresh;
    parts.financing = std::make_unique<FinancingBackend>(parts.book, *parts.clock, bank);
    const QString bankError = parts.financing->start();
    if (fresh) {
        StoreData demo = DemoData::build(parts.clock->today());
        parts.financing->adoptDemoFinancing(demo.invoices);
        error = parts.store->startFresh(std::move(demo));
    }
    for (const QString &message : {error, bankError}) {
        if (!message.isEmpty()) {
            QMessageBox::warning(
                nullptr, QApplication::translate("DesktopSession", "KBC On Demand Financing"),
                message);
        }
    }

    parts.window = std::make_unique<MainWindow>(parts.book, parts.financing->desk(),
                                                *parts.importer, *parts.dialogs);
    parts.window->setNumberLocale(parts.language.effectiveNumberLocale());
    connectLanguageMenu();

    // The grant is a secret: in the system keychain, never in the store. A demo keeps its own
    // for the session only and asks the bank for it at once, so that a presenter starts ready.
    if (m_options.demo)
        parts.vault = std::make_unique<SessionGrantVault>();
    else
        parts.vault = std::make_unique<KeychainGrantVault>();
    FinancingBackend &financing = *parts.financing;
    parts.integration = std::make_unique<IntegrationController>(
        *parts.store, financing.client(), financing.desk(), financing.flow(), *parts.clock,
        *parts.vault, m_options.demo);
    parts.integration->setNumberLocale(parts.language.effectiveNumberLocale());
    parts.integration->connectWindow(*parts.window, *parts.dialogs);
    parts.integration->guard(financing);
    financing.connectWindow(*parts.window, *parts.dialogs);
    parts.window->show();
    parts.integration->start(m_options.demo ? IntegrationController::StartMode::AuthorizeNow
                                            : IntegrationController::StartMode::AskOnce);
    if (!m_options.importPaths.isEmpty())
        parts.window->importFiles(m_options.importPaths);
    return true;
}

bool DesktopSession::isConnected() const
{
    return m_parts->integration && m_parts->integration->isConnected();
}

QString DesktopSession::bankStatePath(const QString &storePath) const
{
    const QFileInfo store(storePath);
    return store.dir().filePath(store.completeBaseName() + QStringLiteral(".bank.json"));
}

void DesktopSession::connectLanguageMenu()
{
    LanguageMenu *menu = m_parts->window->languageMenu();
    menu->setChoice(m_parts->language.language, m_parts->language.numberLocale);
    QObject::connect(menu, &LanguageMenu::languageChosen, menu, [this](const QString &language) {
        LanguageChoice choice = m_parts->language;
        choice.language = language;
        applyLanguageChoice(choice);
    });
    QObject::connect(menu, &LanguageMenu::numberLocaleChosen, menu,
                     [this](const QString &numberLocale) {
                         LanguageChoice choice = m_parts->language;
                         choice.numberLocale = numberLocale;
                         applyLanguageChoice(choice);
                     });
}

void DesktopSession::applyLanguageChoice(const LanguageChoice &choice)
{
    Parts &parts = *m_parts;
    parts.language = choice;
    QSettings settings;
    choice.save(settings);
    parts.translations.setLanguage(choice.language);
    parts.window->setNumberLocale(choice.effectiveNumberLocale());
    parts.integration->setNumberLocale(choice.effectiveNumberLocale());
    parts.window->languageMenu()->setChoice(choice.language, choice.numberLocale);
}
