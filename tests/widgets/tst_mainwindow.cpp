#include "invoiceimport.h"
#include "invoicelistmodel.h"
#include "invoiceoverview.h"
#include "mainwindow.h"
#include "scripteddialogservice.h"
#include "translations.h"
#include "usermenu.h"
#include "widgetfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace SampleNumber;

namespace {

// A Peppol BIS 3.0 invoice to a Belgian company that qualifies on 12 March 2026.
QByteArray goodInvoiceXml()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>2026-0160</cbc:ID>
  <cbc:IssueDate>2026-03-11</cbc:IssueDate>
  <cbc:DueDate>2026-04-10</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Drukwerk Verhulst BV</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>BE0403227515</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Vinoteek Dewitte NV</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>BE0987654394</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>Vinoteek Dewitte NV</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">5000.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">5000.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">6050.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">6050.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
)";
}

const QString goodNumber = QStringLiteral("2026-0160");

// Marks every text that went through tr(), to find texts that miss a change of language.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u'\u2039' + QString::fromUtf8(sourceText) + u'\u203a';
    }
};

bool isMarked(const QString &text)
{
    return text.contains(u'\u2039');
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void windowHasTitleSizeAndMenus();
    void selectingARowShowsItsPanel();
    void draftToRequestThroughTheWindow();
    void importMenuReportsEveryFailedFile();
    void importMenuCancelledDoesNothing();
    void droppedXmlFilesAreImported();
    void importFilesSelectsTheFirstImported();
    void tabOrderFollowsTheScreen();
    void everyControlHasAnAccessibleName();
    void mnemonicsAndShortcutsWork();
    void languageChangeRetranslatesEverything();
    void aboutNamesTheProduct();
    void userMenuNamesTheCurrentUser();
    void authorizationWarningLine_data();
    void authorizationWarningLine();
    void notConnectedInvitesToSetUp();
    void screenshots();

private:
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("invoiceTable"));
    }
    QString stateText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("panelStateLabel"))->text();
    }
    void clickRowOf(const QString &number);
    // Writes a good and a broken invoice file; returns their paths.
    QStringList writeFiles();

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<DeskFixture> m_fixture;
    std::unique_ptr<InvoiceImporter> m_importer;
    std::unique_ptr<ScriptedDialogService> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_fixture = std::make_unique<DeskFixture>();
    m_fixture->book.add(sampleInvoices());
    m_importer = std::make_unique<InvoiceImporter>(m_fixture->book, m_fixture->clock);
    m_dialogs = std::make_unique<ScriptedDialogService>();
    m_window =
        std::make_unique<MainWindow>(m_fixture->book, m_fixture->desk, *m_importer, *m_dialogs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_importer.reset();
    m_fixture.reset();
    m_directory.reset();
}

void TestMainWindow::clickRowOf(const QString &number)
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, InvoiceListModel::NumberColumn);
        if (index.data().toString() == number) {
            table()->scrollTo(index);
            QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                              table()->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(u"no row for " + number));
}

QStringList TestMainWindow::writeFiles()
{
    const QString good = m_directory->filePath(QStringLiteral("good.xml"));
    const QString broken = m_directory->filePath(QStringLiteral("broken.xml"));
    QFile goodFile(good);
    if (!goodFile.open(QIODevice::WriteOnly) || goodFile.write(goodInvoiceXml()) < 0)
        return {};
    QFile brokenFile(broken);
    if (!brokenFile.open(QIODevice::WriteOnly) || brokenFile.write("<Invoice><cbc:ID>") < 0)
        return {};
    return {good, broken};
}

void TestMainWindow::windowHasTitleSizeAndMenus()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("KBC On Demand Financing"));
    QCOMPARE(m_window->size(), QSize(1280, 800));
    auto *import = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    QVERIFY(import->text().contains(u'&'));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(),
             QKeySequence(QKeySequence::Quit));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("aboutAction")));
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus,
             (QStringList {QStringLiteral("&File"), QStringLiteral("&Language"),
                           QStringLiteral("&User"), QStringLiteral("&Help")}));
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    QVERIFY(splitter->widget(1)->objectName() == u"financingPanel");
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("invoiceCountLabel"))->text(),
             QStringLiteral("7 invoice(s)"));
}

void TestMainWindow::selectingARowShowsItsPanel()
{
    clickRowOf(peeters);
    QCOMPARE(stateText(), QStringLiteral("Not eligible"));
    clickRowOf(janssens);
    QCOMPARE(stateText(), QStringLiteral("Financed"));
    clickRowOf(leuven);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("invoiceNumberLabel"))->text(),
             QStringLiteral("Invoice 2026-0152"));
}

void TestMainWindow::draftToRequestThroughTheWindow()
{
    clickRowOf(smets);
    QCOMPARE(stateText(), QStringLiteral("Book this invoice first"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("bookButton")),
                      Qt::LeftButton);
    QCOMPARE(stateText(), QStringLiteral("Waiting for approval"));
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    // The list follows: the draft is now booked.
    const QModelIndex status =
        table()->currentIndex().siblingAtColumn(InvoiceListModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Booked"));

    auto *request = m_window->findChild<QPushButton *>(QStringLiteral("requestFinancingButton"));
    QVERIFY(!request->isEnabled());
    m_dialogs->queueEmailAddress(QStringLiteral("info@smets.be"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("emailButton")),
                      Qt::LeftButton);
    QVERIFY(request->isEnabled());
    QSignalSpy requested(m_window.get(), &MainWindow::financingRequested);
    // Asked first, with the figures; a "no" requests nothing.
    m_dialogs->queueConfirmation(false);
    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(m_dialogs->confirmations().size(), 1);
    const ScriptedDialogService::Message question = m_dialogs->confirmations().at(0);
    QCOMPARE(question.text,
             QStringLiteral("Ask KBC to buy invoice 2026-0155 (customer: %1)?")
                 .arg(m_fixture->invoice(smets).customer.name));
    QVERIFY2(question.informativeText.contains(u"7.260,00\u00a0€"),
             qPrintable(question.informativeText));
    QCOMPARE(requested.count(), 0);
    m_dialogs->queueConfirmation(true);
    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(m_dialogs->confirmations().size(), 2);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_fixture->idOf(smets));
}

void TestMainWindow::importMenuReportsEveryFailedFile()
{
    const QStringList paths = writeFiles();
    QCOMPARE(paths.size(), 2);
    m_dialogs->queueFilesToOpen(paths);
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QCOMPARE(m_dialogs->fileQuestionCount(), 1);

    QCOMPARE(m_fixture->book.count(), 8);
    QVERIFY(!m_fixture->idOf(goodNumber).isEmpty());
    QCOMPARE(m_dialogs->messages().size(), 1);
    const ScriptedDialogService::Message message = m_dialogs->messages().at(0);
    QCOMPARE(message.kind, DialogService::MessageKind::Warning);
    QCOMPARE(message.text, QStringLiteral("1 file(s) could not be imported."));
    const QStringList lines = message.informativeText.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("1 invoice(s) imported."));
    QVERIFY2(lines.at(2).contains(u"broken.xml"), qPrintable(lines.at(2)));

    // The imported invoice is selected and shown.
    auto *overview = m_window->findChild<InvoiceOverview *>();
    QCOMPARE(overview->currentInvoiceId(), m_fixture->idOf(goodNumber));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("invoiceNumberLabel"))->text(),
             QStringLiteral("Invoice 2026-0160"));
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("invoiceCountLabel"))->text(),
             QStringLiteral("8 invoice(s)"));
}

void TestMainWindow::importMenuCancelledDoesNothing()
{
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QCOMPARE(m_dialogs->fileQuestionCount(), 1);
    QCOMPARE(m_fixture->book.count(), 7);
    QVERIFY(m_dialogs->messages().isEmpty());
}

void TestMainWindow::droppedXmlFilesAreImported()
{
    const QStringList paths = writeFiles();
    QCOMPARE(paths.size(), 2);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(paths.at(0)), QUrl::fromLocalFile(paths.at(1)),
                  QUrl::fromLocalFile(m_directory->filePath(QStringLiteral("notes.txt")))});
    const QPoint position = m_window->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(m_fixture->book.count(), 8);
    QCOMPARE(m_dialogs->messages().size(), 1);
    QVERIFY(m_dialogs->messages().at(0).informativeText.contains(u"broken.xml"));

    // Something that is no invoice file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("2026-0141"));
    QDragEnterEvent refused(position, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::importFilesSelectsTheFirstImported()
{
    const QStringList paths = writeFiles();
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("searchField")),
                     QStringLiteral("kroon"));
    m_window->importFiles({paths.at(0)});
    QVERIFY(m_dialogs->messages().isEmpty());
    QCOMPARE(m_window->findChild<InvoiceOverview *>()->currentInvoiceId(),
             m_fixture->idOf(goodNumber));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->text(), QString());
    // Importing it again is refused as a duplicate, and said so.
    m_window->importFiles({paths.at(0)});
    QCOMPARE(m_fixture->book.count(), 8);
    QCOMPARE(m_dialogs->messages().size(), 1);
    QCOMPARE(m_dialogs->messages().at(0).kind, DialogService::MessageKind::Error);
}

void TestMainWindow::tabOrderFollowsTheScreen()
{
    clickRowOf(kroon);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *button = m_window->findChild<QWidget *>(QStringLiteral("showQualifyingButton"));
    button->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int step = 0; step < 9; ++step) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    // The demo bar comes last: it is for the presenter, not part of the work on an invoice.
    QCOMPARE(
        order,
        (QStringList {QStringLiteral("showQualifyingButton"), QStringLiteral("searchField"),
                      QStringLiteral("onlyQualifyingCheck"), QStringLiteral("invoiceTable"),
                      QStringLiteral("emailButton"), QStringLiteral("activityList"),
                      QStringLiteral("demoSpeedBox"), QStringLiteral("demoNextWorkingDayButton"),
                      QStringLiteral("showQualifyingButton")}));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    clickRowOf(peeters);
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(m_window.get()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' '
                            + widget->objectName()));
    }
    for (const char *name :
         {"invoiceTable", "qualifyingBanner", "financingPanel", "panelStateLabel"}) {
        auto *widget = m_window->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
}

void TestMainWindow::mnemonicsAndShortcutsWork()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickRowOf(smets);
    // A mnemonic presses its button visibly, so the click comes a moment later.
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_fixture->invoice(smets).booking, BookingState::Booked);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));

    m_dialogs->queueEmailAddress(QStringLiteral("info@smets.be"));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(m_fixture->invoice(smets).emailed);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(m_dialogs->confirmations().size(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchField"));
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::AltModifier);
    QTRY_VERIFY(
        m_window->findChild<QCheckBox *>(QStringLiteral("onlyQualifyingCheck"))->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_dialogs->fileQuestionCount(), 1);
}

void TestMainWindow::languageChangeRetranslatesEverything()
{
    clickRowOf(kroon);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    m_fixture->book.add(moreStateInvoices(m_fixture->clock.now()));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // The application posts the change to every window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    // Texts that are data, not words of the product.
    const QStringList dataLabels {QStringLiteral("invoiceCustomerLabel"),
                                  QStringLiteral("invoiceAmountLabel"),
                                  QStringLiteral("payoutLabel"), QStringLiteral("costLabel"),
                                  QStringLiteral("payoutDateLabel")};
    const auto checkShownTexts = [&](const QString &number) {
        clickRowOf(number);
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(m_window.get()) || label->text().isEmpty()
                || dataLabels.contains(label->objectName())) {
                continue;
            }
            QVERIFY2(isMarked(label->text()),
                     qPrintable(label->objectName() + u": " + label->text()));
        }
        for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(m_window.get()) && !button->text().isEmpty())
                QVERIFY2(isMarked(button->text()), qPrintable(button->text()));
        }
        const QLabel *state = m_window->findChild<QLabel *>(QStringLiteral("panelStateLabel"));
        if (state->isVisibleTo(m_window.get()))
            QVERIFY(isMarked(state->accessibleName()));
    };
    for (const QString &number : {kroon, peeters, smets, janssens, supplier,
                                  QStringLiteral("2026-0144"), QStringLiteral("2026-0146")}) {
        checkShownTexts(number);
        if (QTest::currentTestFailed())
            break;
    }
    QVERIFY(isMarked(m_window->windowTitle()));
    for (QAction *menu : m_window->menuBar()->actions())
        QVERIFY(isMarked(menu->text()));
    QVERIFY(isMarked(m_window->findChild<QAction *>(QStringLiteral("importAction"))->text()));
    QVERIFY(isMarked(
        m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->placeholderText()));
    const QAbstractItemModel *model = table()->model();
    QVERIFY(isMarked(model->headerData(0, Qt::Horizontal).toString()));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("KBC On Demand Financing"));
    clickRowOf(kroon);
    QCOMPARE(stateText(), QStringLiteral("Eligible"));
}

void TestMainWindow::aboutNamesTheProduct()
{
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(m_dialogs->messages().size(), 1);
    QVERIFY(m_dialogs->messages().at(0).text.startsWith(u"KBC On Demand Financing"));
}

void TestMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("ODF_SCREENSHOT_DIR"))
        QSKIP("Set ODF_SCREENSHOT_DIR to save pictures of the window.");
    m_fixture->book.add(moreStateInvoices(m_fixture->clock.now()));
    const QList<QPair<QString, QString>> shots {
        {kroon, QStringLiteral("eligible")},
        {peeters, QStringLiteral("not-eligible")},
        {smets, QStringLiteral("needs-booking")},
        {janssens, QStringLiteral("financed")},
        {QStringLiteral("2026-0144"), QStringLiteral("refused")},
        {QStringLiteral("2026-0146"), QStringLiteral("awaiting-signature")},
        {supplier, QStringLiteral("purchase")},
    };
    for (const auto &[number, name] : shots) {
        clickRowOf(number);
        QTest::qWait(50);
        if (number == peeters) {
            QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("whyButton")),
                              Qt::LeftButton);
        }
        QVERIFY(!saveScreenshot(*m_window, u"window-" + name).isEmpty());
    }
    m_fixture->desk.emailInvoice(m_fixture->idOf(kroon), QStringLiteral("anna@dekroon.be"));
    clickRowOf(kroon);
    QTest::qWait(50);
    QVERIFY(!saveScreenshot(*m_window, QStringLiteral("window-eligible-emailed")).isEmpty());
}

void TestMainWindow::userMenuNamesTheCurrentUser()
{
    UserMenu *menu = m_window->userMenu();
    menu->setUsers({{QStringLiteral("u-admin"), QStringLiteral("Sofie Verhulst"), true},
                    {QStringLiteral("u-clerk"), QStringLiteral("Jonas De Smet"), false}},
                   QStringLiteral("u-admin"));
    QCOMPARE(menu->title(), QStringLiteral("Sofie Verhulst"));
    auto *admin = menu->findChild<QAction *>(QStringLiteral("userAction-u-admin"));
    auto *clerk = menu->findChild<QAction *>(QStringLiteral("userAction-u-clerk"));
    QVERIFY(admin && clerk);
    QCOMPARE(admin->text(), QStringLiteral("Sofie Verhulst (administrator)"));
    QVERIFY(admin->isChecked());
    QVERIFY(!clerk->isChecked());
    QSignalSpy chosen(menu, &UserMenu::userChosen);
    clerk->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("u-clerk"));
    QSignalSpy integrations(m_window.get(), &MainWindow::integrationsWanted);
    menu->findChild<QAction *>(QStringLiteral("integrationsAction"))->trigger();
    QCOMPARE(integrations.count(), 1);
    QSignalSpy profile(menu, &UserMenu::companyProfileWanted);
    menu->findChild<QAction *>(QStringLiteral("companyProfileAction"))->trigger();
    QCOMPARE(profile.count(), 1);
}

void TestMainWindow::authorizationWarningLine_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << -1 << QString();
    QTest::newRow("a week") << 7
                            << QStringLiteral("The KBC authorization expires in 7 days. Renew "
                                              "it in Integrations.");
    QTest::newRow("one day") << 1
                             << QStringLiteral("The KBC authorization expires in 1 day. Renew it "
                                               "in Integrations.");
    QTest::newRow("expired") << 0
                             << QStringLiteral("The KBC authorization has expired. Renew it in "
                                               "Integrations before you finance an invoice.");
}

void TestMainWindow::authorizationWarningLine()
{
    QFETCH(int, daysLeft);
    QFETCH(QString, text);
    QTranslator english;
    QVERIFY(english.load(ProductTranslations::baseName(QStringLiteral("en")),
                         ProductTranslations::directory()));
    QCoreApplication::installTranslator(&english);
    m_window->setAuthorizationWarning(daysLeft);
    auto *line = m_window->findChild<QLabel *>(QStringLiteral("authorizationWarningLabel"));
    QCOMPARE(line->isVisible(), daysLeft >= 0);
    if (daysLeft >= 0)
        QCOMPARE(line->text(), text);
    QCoreApplication::removeTranslator(&english);
}

void TestMainWindow::notConnectedInvitesToSetUp()
{
    m_fixture->desk.setConnected(false);
    clickRowOf(kroon);
    QCOMPARE(stateText(), QStringLiteral("Not connected"));
    auto *setup = m_window->findChild<QPushButton *>(QStringLiteral("setupIntegrationButton"));
    QVERIFY(setup->isVisible());
    QVERIFY(
        !m_window->findChild<QPushButton *>(QStringLiteral("requestFinancingButton"))->isVisible());
    QSignalSpy integrations(m_window.get(), &MainWindow::integrationsWanted);
    QTest::mouseClick(setup, Qt::LeftButton);
    QCOMPARE(integrations.count(), 1);
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("qualifyingBannerLabel"));
    QCOMPARE(banner->text(),
             QStringLiteral("KBC On Demand Financing is not set up: once it is, "
                            "you see here which invoices qualify."));
    m_fixture->desk.setConnected(true);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    QVERIFY(!setup->isVisible());
    QVERIFY(banner->text().contains(u"qualify for financing now"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
