#include "desktopsession.h"
#include "invoicelistmodel.h"
#include "invoiceoverview.h"
#include "language.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QChar noBreakSpace(0x00A0);
const QChar narrowNoBreakSpace(0x202F);

// The demo on a fixed Thursday; 2026-0118 is settled and totals EUR 14,520.00.
const QDate demoDay(2026, 12, 3);
const QString settledNumber = u"2026-0118"_s;

// What the window shows of the settled invoice in one language.
struct Expected
{
    QString state; // the panel's badge
    QString bannerPhrase; // part of the banner's sentence
    QString fileMenu;
    QString languageMenu;
    QString helpMenu;
    QString dueDateHeader;
    QString countPattern; // the status bar, %1 the number of invoices
    QString activityCaption;
};

Expected english()
{
    return {u"Settled"_s,     u"invoices qualify for financing now: "_s,
            u"&File"_s,       u"&Language"_s,
            u"&Help"_s,       u"Due date"_s,
            u"%1 invoices"_s, u"Activity"_s};
}

Expected dutch()
{
    return {u"Voldaan"_s,     u"facturen komen nu in aanmerking voor financiering: "_s,
            u"&Bestand"_s,    u"&Taal"_s,
            u"&Help"_s,       u"Vervaldag"_s,
            u"%1 facturen"_s, u"Historiek"_s};
}

Expected french()
{
    return {u"Réglée"_s,
            u"factures sont actuellement éligibles au financement"_s + noBreakSpace + u": ",
            u"&Fichier"_s,
            u"&Langue"_s,
            u"&Aide"_s,
            u"Échéance"_s,
            u"%1 factures"_s,
            u"Historique"_s};
}

QString dutchAmount()
{
    return u"€"_s + noBreakSpace + u"14.520,00";
}

QString frenchAmount()
{
    return u"14"_s + narrowNoBreakSpace + u"520,00" + noBreakSpace + u"€";
}

QString englishAmount()
{
    return u"14.520,00"_s + noBreakSpace + u"€";
}

// Texts that do not fit their widget, as "objectName: text", for a window at its size.
QStringList clippedTexts(QWidget &window)
{
    QStringList clipped;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&window) || label->text().isEmpty())
            continue;
        const bool fits = label->wordWrap()
            ? label->height() >= label->heightForWidth(label->width())
            : label->width() >= label->sizeHint().width();
        if (!fits)
            clipped.append(label->objectName() + u": " + label->text());
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && !button->text().isEmpty()
            && button->width() < button->sizeHint().width()) {
            clipped.append(button->objectName() + u": " + button->text());
        }
    }
    // QTableView hides the width its cells need; its base class tells. Every column shows
    // all of its texts, but for the customer's name: that column takes the room that is
    // left, which must hold a name of 18 average characters; a longer one is elided, and
    // its tooltip holds it whole.
    const auto *table = window.findChild<QTableView *>(u"invoiceTable"_s);
    const QAbstractItemView *view = table;
    const QHeaderView *header = table->horizontalHeader();
    const int customerColumn = InvoiceListModel::CustomerColumn;
    for (int column = 0; column < header->count(); ++column) {
        const int needed = column == customerColumn
            ? std::max(header->sectionSizeHint(column),
                       table->fontMetrics().averageCharWidth() * 18)
            : std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        if (header->sectionSize(column) < needed) {
            clipped.append(u"column "_s
                           + table->model()->headerData(column, Qt::Horizontal).toString());
        }
    }
    return clipped;
}

} // namespace

// The Language menu switches the whole running application at once, remembers the choice,
// and every language fits the window.
class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuSwitchesTheWholeWindow();
    void numberFormatIsChosenApart();
    void choiceIsUsedOnTheNextRun();
    void commandLineLanguageIsForThisRunOnly();
    void nothingIsClipped_data();
    void nothingIsClipped();

private:
    // Starts the application on the demo company; the language comes from the settings
    // unless given.
    MainWindow *start(const QString &language = QString());
    void choose(const QString &actionName);
    void select(const QString &number);
    void checkWindow(const Expected &expected, const QString &amount);

    QTemporaryDir m_settingsDirectory;
    std::unique_ptr<DesktopSession> m_session;
    MainWindow *m_window = nullptr;
};

void TestLanguageSwitch::initTestCase()
{
    QVERIFY(m_settingsDirectory.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OnDemandFinancingTest"_s);
    QCoreApplication::setApplicationName(u"tst_languageswitch"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDirectory.path());
}

void TestLanguageSwitch::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(u"ui/language"_s, u"en"_s);
}

void TestLanguageSwitch::cleanup()
{
    m_window = nullptr;
    m_session.reset();
}

MainWindow *TestLanguageSwitch::start(const QString &language)
{
    m_window = nullptr;
    m_session.reset();
    DesktopSession::Options options;
    options.demo = true;
    options.today = demoDay;
    options.language = language;
    m_session = std::make_unique<DesktopSession>(*qApp, options);
    if (!m_session->start())
        return nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            m_window = window;
    }
    if (m_window)
        (void)QTest::qWaitForWindowExposed(m_window);
    // The demo authorizes against the bank inside a moment after start.
    (void)QTest::qWaitFor([this] { return m_session->isConnected(); }, 5000);
    QCoreApplication::processEvents();
    return m_window;
}

void TestLanguageSwitch::choose(const QString &actionName)
{
    auto *action = m_window->languageMenu()->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    action->trigger();
    // Qt posts the change of language to every window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY(action->isChecked());
}

void TestLanguageSwitch::select(const QString &number)
{
    const auto *table = m_window->findChild<QTableView *>(u"invoiceTable"_s);
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, InvoiceListModel::NumberColumn);
        if (index.data().toString() == number) {
            const QString id = index.data(InvoiceListModel::InvoiceIdRole).toString();
            QVERIFY(m_window->findChild<InvoiceOverview *>()->selectInvoice(id));
            return;
        }
    }
    QFAIL(qPrintable(u"no invoice "_s + number));
}

void TestLanguageSwitch::checkWindow(const Expected &expected, const QString &amount)
{
    select(settledNumber);
    QCOMPARE(m_window->findChild<QLabel *>(u"panelStateLabel"_s)->text(), expected.state);
    QCOMPARE(m_window->findChild<QLabel *>(u"activityCaption"_s)->text(), expected.activityCaption);
    QCOMPARE(m_window->findChild<QLabel *>(u"invoiceAmountLabel"_s)->text(), amount);
    const QString banner = m_window->findChild<QLabel *>(u"qualifyingBannerLabel"_s)->text();
    QVERIFY2(banner.contains(expected.bannerPhrase), qPrintable(banner));

    QStringList menus;
    for (const QAction *menu : m_window->menuBar()->actions())
        menus.append(menu->text());
    QVERIFY2(menus.contains(expected.fileMenu), qPrintable(menus.join(u' ')));
    QVERIFY2(menus.contains(expected.languageMenu), qPrintable(menus.join(u' ')));
    QVERIFY2(menus.contains(expected.helpMenu), qPrintable(menus.join(u' ')));

    const auto *table = m_window->findChild<QTableView *>(u"invoiceTable"_s);
    QCOMPARE(table->model()->headerData(InvoiceListModel::DueDateColumn, Qt::Horizontal),
             QVariant(expected.dueDateHeader));
    const int count = table->model()->rowCount();
    QCOMPARE(m_window->findChild<QLabel *>(u"invoiceCountLabel"_s)->text(),
             expected.countPattern.arg(count));
    QCOMPARE(m_window->windowTitle(), u"KBC On Demand Financing"_s);
}

void TestLanguageSwitch::menuSwitchesTheWholeWindow()
{
    QVERIFY(start());
    checkWindow(english(), englishAmount());
    if (QTest::currentTestFailed())
        return;

    choose(u"language-nl"_s);
    checkWindow(dutch(), dutchAmount());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"nl"_s);

    choose(u"language-fr"_s);
    checkWindow(french(), frenchAmount());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);

    choose(u"language-en"_s);
    checkWindow(english(), englishAmount());
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
}

void TestLanguageSwitch::numberFormatIsChosenApart()
{
    QVERIFY(start());
    choose(u"language-fr"_s);
    select(settledNumber);
    auto *amount = m_window->findChild<QLabel *>(u"invoiceAmountLabel"_s);
    QCOMPARE(amount->text(), frenchAmount());

    // Dutch amounts in a French window.
    choose(u"numberFormat-nl_BE"_s);
    QCOMPARE(amount->text(), dutchAmount());
    QCOMPARE(m_window->findChild<QLabel *>(u"panelStateLabel"_s)->text(), french().state);
    QCOMPARE(QSettings().value(u"ui/numberLocale"_s).toString(), u"nl_BE"_s);
    const auto *table = m_window->findChild<QTableView *>(u"invoiceTable"_s);
    const QModelIndex due = table->currentIndex().siblingAtColumn(InvoiceListModel::DueDateColumn);
    QVERIFY2(due.data().toString().contains(u'/'), qPrintable(due.data().toString()));

    // Switching the language keeps the chosen number format.
    choose(u"language-en"_s);
    QCOMPARE(amount->text(), dutchAmount());

    choose(u"numberFormat-language"_s);
    QCOMPARE(amount->text(), englishAmount());
    QCOMPARE(QSettings().value(u"ui/numberLocale"_s).toString(), QString());
}

void TestLanguageSwitch::choiceIsUsedOnTheNextRun()
{
    QVERIFY(start());
    choose(u"language-nl"_s);
    choose(u"numberFormat-fr_BE"_s);
    m_window = nullptr;
    m_session.reset();

    QVERIFY(start());
    QCOMPARE(m_window->languageMenu()->language(), u"nl"_s);
    QCOMPARE(m_window->languageMenu()->numberLocale(), u"fr_BE"_s);
    checkWindow(dutch(), frenchAmount());
}

void TestLanguageSwitch::commandLineLanguageIsForThisRunOnly()
{
    QSettings().setValue(u"ui/language"_s, u"nl"_s);
    QVERIFY(start(u"fr"_s));
    checkWindow(french(), frenchAmount());
    QCOMPARE(m_window->languageMenu()->language(), u"fr"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"nl"_s);
}

void TestLanguageSwitch::nothingIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("number");
    // One invoice per state of the panel that the demo holds; the longest texts are those
    // of the "Why?" list, the refusal and the hints under the buttons.
    const QStringList numbers {u"2026-0149"_s,     u"2026-0145"_s,   u"2026-0132"_s, u"2026-0141"_s,
                               u"PRO-2026-0007"_s, u"2026-0139"_s,   u"2026-0118"_s, u"2026-0142"_s,
                               u"VF2026/04417"_s,  u"CN-2026-0009"_s};
    for (const QString &language : {u"en"_s, u"nl"_s, u"fr"_s}) {
        for (const QString &number : numbers) {
            QTest::addRow("%s %s", qPrintable(language), qPrintable(number)) << language << number;
        }
    }
}

void TestLanguageSwitch::nothingIsClipped()
{
    QFETCH(QString, language);
    QFETCH(QString, number);
    QVERIFY(start(language));
    QCOMPARE(m_window->size(), QSize(1280, 800));
    select(number);
    // Let KBC's estimate arrive, then unfold every reason there is.
    const auto *busy = m_window->findChild<QWidget *>(u"busyIndicator"_s);
    QTRY_VERIFY(!busy->isVisible());
    auto *why = m_window->findChild<QAbstractButton *>(u"whyButton"_s);
    if (why->isVisible() && !why->isChecked())
        why->click();
    QCoreApplication::processEvents();
    const QStringList clipped = clippedTexts(*m_window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u" | ")));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
