#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QApplication;
struct LanguageChoice;

// Everything the desktop application is made of, built from the command line: the clock,
// the invoices and their store, the simulated bank (or the address of another), the bank
// client, the financing desk and flow, the dialogs and the main window.
class DesktopSession final
{
public:
    struct Options
    {
        bool demo = false; // a fresh demo company in a temporary store
        QString storePath; // empty: the user's data folder
        QDate today; // invalid: the real date
        QString language; // empty: the remembered or the system's
        QStringList importPaths;
        // Empty: the simulated bank runs inside the application, on its clock. Otherwise the
        // base URL of a bank that runs elsewhere (e.g. odf-bank), on its own clock.
        QUrl bankUrl;
    };

    // Parses the command line; on a wrong one prints why and returns nullopt.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);

    DesktopSession(QApplication &application, Options options);
    ~DesktopSession();

    // Opens the store (or seeds it) and shows the window. Returns false when the user chose
    // to quit after a store error.
    bool start();
    // Whether the integration with KBC is set up and authorized, so that invoices are judged
    // and quoted. A demo is, a moment after start: it authorizes against the bank inside.
    bool isConnected() const;

private:
    struct Parts;
    // Applies a choice made in the Language menu at once and remembers it for the next run.
    void applyLanguageChoice(const LanguageChoice &choice);
    void connectLanguageMenu();
    QString bankStatePath(const QString &storePath) const;

    std::unique_ptr<Parts> m_parts;
    Options m_options;
};
