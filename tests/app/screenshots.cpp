// Pictures of the main window on the demo company, in every language and in every state of
// the financing panel that the demo holds, for looking at layouts and translations:
//
//     odf_screenshots DIR [LANGUAGE...]
//
// writes DIR/<language>-<state>.png at 1280×800 (scripts/screenshots.sh runs it offscreen).
// Not a test: nothing is compared, the pictures are for people.

#include "clock.h"
#include "demodata.h"
#include "dialogservice.h"
#include "financingdesk.h"
#include "invoicebook.h"
#include "invoiceimport.h"
#include "invoiceoverview.h"
#include "language.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "quoteservice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>

#include <cstdio>

namespace {

// The demo as it stands on a fixed Thursday, so that the pictures do not change with the date.
const QDate demoDay(2026, 12, 3);

struct Shot
{
    const char *name;
    const char *number; // the invoice to select
    bool openWhy = false; // unfold the "Why?" list
};

// In this order: the first picture catches the eligible invoice before KBC has answered.
const Shot shots[] = {
    {"waiting", "2026-0152"},
    {"eligible", "2026-0149"},
    {"eligible-emailed", "2026-0145"},
    {"not-eligible-why", "2026-0132", true},
    {"not-eligible-country", "2026-0141", true},
    {"book-first", "PRO-2026-0007"},
    {"financed", "2026-0139"},
    {"settled", "2026-0118"},
    {"refused", "2026-0142"},
    {"purchase", "VF2026/04417"},
    {"credit-note", "CN-2026-0009", true},
};

// One window on its own demo company, so every language starts from the same state.
class DemoWindow final
{
public:
    explicit DemoWindow(const QLocale &numberLocale)
        : m_clock(QDateTime(demoDay, QTime(10, 0)))
        , m_quotes(0)
        , m_desk(m_book, m_clock, m_quotes)
        , m_importer(m_book, m_clock)
        , m_window(m_book, m_desk, m_importer, m_dialogs)
    {
        m_book.add(DemoData::build(demoDay).invoices);
        m_window.setNumberLocale(numberLocale);
        m_window.resize(1280, 800);
        m_window.show();
        (void)QTest::qWaitForWindowExposed(&m_window);
    }

    MainWindow &window() { return m_window; }

    bool select(const QString &number)
    {
        for (const Invoice &invoice : m_book.invoices()) {
            if (invoice.number == number)
                return m_window.findChild<InvoiceOverview *>()->selectInvoice(invoice.id);
        }
        return false;
    }

private:
    ManualClock m_clock;
    InvoiceBook m_book;
    EstimateQuoteService m_quotes;
    FinancingDesk m_desk;
    InvoiceImporter m_importer;
    MessageBoxDialogService m_dialogs;
    MainWindow m_window;
};

bool save(QWidget &widget, const QString &path)
{
    if (widget.grab().save(path))
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

// The Language menu with its Number format submenu open, as one picture each.
bool saveMenus(MainWindow &window, const QString &prefix)
{
    LanguageMenu *menu = window.languageMenu();
    menu->popup(window.mapToGlobal(QPoint(200, 30)));
    QTest::qWait(50);
    bool saved = save(*menu, prefix + u"-language-menu.png");
    auto *numbers = menu->findChild<QMenu *>(QStringLiteral("numberFormatMenu"));
    numbers->popup(window.mapToGlobal(QPoint(400, 60)));
    QTest::qWait(50);
    saved = save(*numbers, prefix + u"-number-format-menu.png") && saved;
    numbers->hide();
    menu->hide();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QDir directory(arguments.isEmpty() ? QStringLiteral("screenshots")
                                             : arguments.takeFirst());
    if (!QDir().mkpath(directory.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(directory.path()));
        return 1;
    }
    const QStringList languages = arguments.isEmpty()
        ? QStringList {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")}
        : arguments;

    Translations translations(application);
    bool allSaved = true;
    for (const QString &language : languages) {
        if (!translations.setLanguage(language)) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
            return 1;
        }
        DemoWindow demo(Language::numberLocaleFor(language));
        MainWindow &window = demo.window();
        for (const Shot &shot : shots) {
            const QString number = QLatin1StringView(shot.number);
            if (!demo.select(number)) {
                std::fprintf(stderr, "no invoice %s in the demo\n", shot.number);
                allSaved = false;
                continue;
            }
            // The waiting state lasts until the next turn of the event loop.
            if (qstrcmp(shot.name, "waiting") != 0)
                QTest::qWait(30);
            if (shot.openWhy) {
                auto *why = window.findChild<QAbstractButton *>(QStringLiteral("whyButton"));
                if (why->isVisible() && !why->isChecked())
                    why->click();
                QTest::qWait(30);
            }
            const QString path =
                directory.filePath(language + u'-' + QLatin1StringView(shot.name) + u".png");
            allSaved = save(window, path) && allSaved;
        }
        allSaved = saveMenus(window, directory.filePath(language)) && allSaved;
    }
    std::printf("screenshots in %s\n", qPrintable(directory.absolutePath()));
    return allSaved ? 0 : 1;
}
