#include "financingpanel.h"
#include "moneyformat.h"
#include "reasonlist.h"
#include "scripteddialogservice.h"
#include "widgetfixture.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace SampleNumber;

namespace {

const QString emailFirstTooltip = QStringLiteral(
    "Available once the invoice has been e-mailed to the customer: KBC can only buy an invoice "
    "the customer officially received.");

// Fails the first request, as a bank that cannot be reached would, and quotes after that.
class FailingOnceQuoteService final : public QuoteService
{
public:
    void requestQuote(const Invoice &invoice) override
    {
        const QString id = invoice.id;
        if (m_failed) {
            const Quote quote = Pricing::estimate(invoice);
            QTimer::singleShot(0, this, [this, id, quote] { Q_EMIT quoted(id, quote); });
            return;
        }
        m_failed = true;
        QTimer::singleShot(
            0, this, [this, id] { Q_EMIT failed(id, QStringLiteral("the connection timed out")); });
    }

private:
    bool m_failed = false;
};

} // namespace

class TestFinancingPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsAPlaceholderWithoutInvoice();
    void showsTheInvoiceAtTheTop();
    void headingNamesTheKindOfDocument_data();
    void headingNamesTheKindOfDocument();
    void notEligibleShowsTheMostUsefulReasonFirst();
    void whyListsEveryReason();
    void draftIsBookedThenCheckedThenEligible();
    void eligibleShowsPayoutAndCostFromTheQuote();
    void requestWaitsForTheEmail();
    void cancelledEmailChangesNothing();
    void purchaseInvoiceOnlyShowsANote();
    void financedShowsWhatWasPaid();
    void customerWhoPaysTheBusinessLeavesATransferToDo();
    void refusedNamesWhatTheBankJudged();
    void awaitingSignatureCountsDown();
    void stateLabels_data();
    void stateLabels();
    void numberLocaleFormatsAmounts();
    void activityListsWhatHappened();
    void controlsHaveAccessibleNames();
    void followsChangesMadeElsewhere();
    void failedQuoteCanBeAskedAgain();

private:
    template<typename T = QLabel>
    T *child(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1StringView(name));
    }
    QString stateText() const { return child("panelStateLabel")->text(); }
    void show(const QString &number) { m_panel->showInvoice(m_fixture->idOf(number)); }

    std::unique_ptr<DeskFixture> m_fixture;
    std::unique_ptr<ScriptedDialogService> m_dialogs;
    std::unique_ptr<FinancingPanel> m_panel;
};

void TestFinancingPanel::init()
{
    m_fixture = std::make_unique<DeskFixture>();
    m_fixture->book.add(sampleInvoices());
    m_fixture->book.add(moreStateInvoices(m_fixture->clock.now()));
    m_dialogs = std::make_unique<ScriptedDialogService>();
    m_panel = std::make_unique<FinancingPanel>(m_fixture->book, m_fixture->desk, *m_dialogs);
    m_panel->resize(520, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestFinancingPanel::cleanup()
{
    m_panel.reset();
    m_dialogs.reset();
    m_fixture.reset();
}

void TestFinancingPanel::showsAPlaceholderWithoutInvoice()
{
    QCOMPARE(child("panelTitle")->text(), QStringLiteral("KBC On Demand Financing"));
    QVERIFY(child("panelPlaceholderLabel")->isVisible());
    QVERIFY(!child("panelStateLabel")->isVisible());
    show(kroon);
    QVERIFY(!child("panelPlaceholderLabel")->isVisible());
    m_panel->showInvoice({});
    QVERIFY(child("panelPlaceholderLabel")->isVisible());
}

void TestFinancingPanel::showsTheInvoiceAtTheTop()
{
    show(kroon);
    QCOMPARE(child("invoiceNumberLabel")->text(), QStringLiteral("Invoice 2026-0141"));
    QCOMPARE(child("invoiceCustomerLabel")->text(), QStringLiteral("Brouwerij De Kroon NV"));
    QCOMPARE(child("invoiceAmountLabel")->text(),
             MoneyFormat::format(Money::fromCents(12'100'00), englishBelgium()));
}

void TestFinancingPanel::headingNamesTheKindOfDocument_data()
{
    QTest::addColumn<InvoiceKind>("kind");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("amount");
    const QLocale locale = englishBelgium();
    QTest::newRow("invoice") << InvoiceKind::Invoice << QStringLiteral("Invoice 2026-0141")
                             << MoneyFormat::format(Money::fromCents(12'100'00), locale);
    QTest::newRow("advance invoice")
        << InvoiceKind::AdvanceInvoice << QStringLiteral("Advance invoice 2026-0141")
        << MoneyFormat::format(Money::fromCents(12'100'00), locale);
    // A credit note gives money back: its amount is shown with a minus sign.
    QTest::newRow("credit note") << InvoiceKind::CreditNote
                                 << QStringLiteral("Credit note 2026-0141")
                                 << MoneyFormat::format(Money::fromCents(-12'100'00), locale);
}

void TestFinancingPanel::headingNamesTheKindOfDocument()
{
    QFETCH(InvoiceKind, kind);
    QFETCH(QString, heading);
    QFETCH(QString, amount);
    Invoice invoice = m_fixture->invoice(kroon);
    invoice.kind = kind;
    QVERIFY(m_fixture->book.update(invoice));
    show(kroon);
    QCOMPARE(child("invoiceNumberLabel")->text(), heading);
    QCOMPARE(child("invoiceAmountLabel")->text(), amount);
    QVERIFY(amount.contains(u'-') == (kind == InvoiceKind::CreditNote));
}

void TestFinancingPanel::notEligibleShowsTheMostUsefulReasonFirst()
{
    show(peeters);
    QCOMPARE(stateText(), QStringLiteral("Not eligible"));
    const Assessment assessment = m_fixture->desk.assess(m_fixture->invoice(peeters));
    QCOMPARE(assessment.mostUsefulReason(), RuleId::CustomerKind);
    QCOMPARE(child("panelMessageLabel")->text(),
             EligibilityRules::explain(assessment, RuleId::CustomerKind, englishBelgium()));
    QVERIFY(child<QPushButton>("whyButton")->isVisible());
    QVERIFY(!child<ReasonList>("reasonList")->isVisible());
    QVERIFY(!child<QPushButton>("requestFinancingButton")->isVisible());
    QVERIFY(!child<QPushButton>("bookButton")->isVisible());
    QVERIFY(!child("payoutLabel")->isVisible());
}

void TestFinancingPanel::whyListsEveryReason()
{
    show(peeters);
    auto *why = child<QPushButton>("whyButton");
    auto *reasons = child<ReasonList>("reasonList");
    QTest::mouseClick(why, Qt::LeftButton);
    QVERIFY(reasons->isVisible());
    const Assessment assessment = m_fixture->desk.assess(m_fixture->invoice(peeters));
    QCOMPARE(reasons->count(), 3);
    const QList<RuleId> expected {RuleId::CustomerKind, RuleId::Amount, RuleId::Term};
    for (int row = 0; row < expected.size(); ++row) {
        const RuleId rule = expected.at(row);
        QCOMPARE(reasons->reason(row).ruleId, ruleIdName(rule));
        QCOMPARE(reasons->reason(row).title, EligibilityRules::title(rule));
        QCOMPARE(reasons->reason(row).explanation,
                 EligibilityRules::explain(assessment, rule, englishBelgium()));
        QCOMPARE(reasons->text(row),
                 reasons->reason(row).title + u": " + reasons->reason(row).explanation);
    }
    QTest::keyClick(why, Qt::Key_Space);
    QVERIFY(!reasons->isVisible());
    // Another invoice starts with the details closed.
    QTest::mouseClick(why, Qt::LeftButton);
    show(kroon);
    show(peeters);
    QVERIFY(!reasons->isVisible());
}

void TestFinancingPanel::draftIsBookedThenCheckedThenEligible()
{
    show(smets);
    QCOMPARE(stateText(), QStringLiteral("Book this invoice first"));
    auto *book = child<QPushButton>("bookButton");
    QVERIFY(book->isVisible());
    QVERIFY(!child<QPushButton>("emailButton")->isVisible());

    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(m_fixture->invoice(smets).booking, BookingState::Booked);
    QCOMPARE(stateText(), QStringLiteral("Waiting for approval"));
    QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(!book->isVisible());

    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    const Quote quote = Pricing::estimate(m_fixture->invoice(smets));
    QCOMPARE(child("payoutLabel")->text(), MoneyFormat::format(quote.payout, englishBelgium()));
    QCOMPARE(child("costLabel")->text(), MoneyFormat::format(quote.cost, englishBelgium()));
}

void TestFinancingPanel::eligibleShowsPayoutAndCostFromTheQuote()
{
    show(kroon);
    // Showing the invoice asks for its quote; until it arrives KBC is "checking".
    QCOMPARE(stateText(), QStringLiteral("Waiting for approval"));
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    const Quote quote = Pricing::estimate(m_fixture->invoice(kroon));
    QCOMPARE(child("payoutLabel")->text(), MoneyFormat::format(quote.payout, englishBelgium()));
    QCOMPARE(child("payoutLabel")->accessibleName(), QStringLiteral("KBC pays you"));
    QCOMPARE(child("payoutLabel")->accessibleDescription(), child("payoutLabel")->text());
    QCOMPARE(child("costLabel")->text(), MoneyFormat::format(quote.cost, englishBelgium()));
    QCOMPARE(child("costLabel")->accessibleName(), QStringLiteral("Financing cost"));
    QCOMPARE(child("payoutCaption")->text(), QStringLiteral("KBC pays you"));
    QCOMPARE(child("costCaption")->text(), QStringLiteral("Financing cost"));
    // 60 bp + 30 days + 2 rating steps of 25 bp.
    QCOMPARE(quote.feeBasisPoints, 140);
    // Belgian English writes a decimal comma.
    QCOMPARE(child("feeLabel")->text(), QStringLiteral("1,40%"));
    QVERIFY(quote.isEstimate);
    QVERIFY(child("estimateLabel")->isVisible());
    QVERIFY(child("estimateLabel")->text().startsWith(u"Estimate"));
    QVERIFY(!child("payoutDateLabel")->isVisible());
}

void TestFinancingPanel::requestWaitsForTheEmail()
{
    show(kroon);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    auto *request = child<QPushButton>("requestFinancingButton");
    auto *email = child<QPushButton>("emailButton");
    QVERIFY(request->isVisible());
    QVERIFY(!request->isEnabled());
    QCOMPARE(request->toolTip(), emailFirstTooltip);
    QCOMPARE(child("requestHintLabel")->text(), emailFirstTooltip);
    QVERIFY(child("requestHintLabel")->isVisible());
    QVERIFY(!child("emailedLabel")->isVisible());

    QSignalSpy requested(m_panel.get(), &FinancingPanel::requestFinancing);
    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(requested.count(), 0);

    m_dialogs->queueEmailAddress(QStringLiteral("  anna@dekroon.be "));
    QTest::mouseClick(email, Qt::LeftButton);
    QCOMPARE(m_dialogs->emailSuggestions(), QStringList {QStringLiteral("boekhouding@dekroon.be")});
    QCOMPARE(m_fixture->invoice(kroon).emailed->address, QStringLiteral("anna@dekroon.be"));
    QVERIFY(request->isEnabled());
    QVERIFY(!child("requestHintLabel")->isVisible());
    QVERIFY(request->toolTip() != emailFirstTooltip);
    QCOMPARE(child("emailedLabel")->text(),
             QStringLiteral("E-mailed to anna@dekroon.be on %1")
                 .arg(MoneyFormat::formatDate(QDate(2026, 3, 12), englishBelgium())));
    QVERIFY(child("emailedLabel")->isVisible());

    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_fixture->idOf(kroon));
}

void TestFinancingPanel::cancelledEmailChangesNothing()
{
    show(kroon);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    m_dialogs->queueEmailAddress(std::nullopt);
    QTest::mouseClick(child<QPushButton>("emailButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs->emailSuggestions().size(), 1);
    QVERIFY(!m_fixture->invoice(kroon).emailed);
    QVERIFY(!child<QPushButton>("requestFinancingButton")->isEnabled());
    m_dialogs->queueEmailAddress(QStringLiteral("   "));
    QTest::mouseClick(child<QPushButton>("emailButton"), Qt::LeftButton);
    QVERIFY(!m_fixture->invoice(kroon).emailed);
}

void TestFinancingPanel::purchaseInvoiceOnlyShowsANote()
{
    show(supplier);
    QVERIFY(!child("panelStateLabel")->isVisible());
    QCOMPARE(child("panelMessageLabel")->text(),
             QStringLiteral("Purchase invoices cannot be financed: KBC only buys invoices you "
                            "send to your customers."));
    for (const char *name : {"bookButton", "emailButton", "requestFinancingButton", "whyButton"})
        QVERIFY2(!child<QPushButton>(name)->isVisible(), name);
    QVERIFY(!child("payoutLabel")->isVisible());
    QVERIFY(!child<QListWidget>("activityList")->isVisible());
}

void TestFinancingPanel::financedShowsWhatWasPaid()
{
    show(janssens);
    QCOMPARE(stateText(), QStringLiteral("Financed"));
    QCOMPARE(child("payoutCaption")->text(), QStringLiteral("KBC paid you"));
    QCOMPARE(child("payoutLabel")->text(),
             MoneyFormat::format(Money::fromCents(9'592'88), englishBelgium()));
    QCOMPARE(child("costLabel")->text(),
             MoneyFormat::format(Money::fromCents(87'12), englishBelgium()));
    QCOMPARE(child("payoutDateLabel")->text(),
             MoneyFormat::formatDate(QDate(2026, 2, 18), englishBelgium()));
    QVERIFY(child("payoutDateLabel")->isVisible());
    QVERIFY(!child("estimateLabel")->isVisible());
    QVERIFY(!child<QPushButton>("requestFinancingButton")->isVisible());
    QVERIFY(!child<QPushButton>("emailButton")->isVisible());
}

void TestFinancingPanel::customerWhoPaysTheBusinessLeavesATransferToDo()
{
    show(kroon);
    // Only a financed invoice can be paid to the wrong party.
    QVERIFY(!child<QPushButton>("customerPaidBusinessButton")->isVisible());

    show(janssens);
    auto *record = child<QPushButton>("customerPaidBusinessButton");
    QVERIFY(record->isVisible());
    QVERIFY(!child("bankTransferToDoLabel")->isVisible());
    QTest::mouseClick(record, Qt::LeftButton);
    QTest::mouseClick(record, Qt::LeftButton); // a second click records nothing more

    const Invoice &recorded = m_fixture->invoice(janssens);
    QCOMPARE(recorded.financing.customerPaidBusinessAt, m_fixture->clock.now());
    QVERIFY(recorded.financing.owesBank());
    QCOMPARE(std::count_if(recorded.activity.cbegin(), recorded.activity.cend(),
                           [](const ActivityEntry &entry) {
                               return entry.kind == ActivityEntry::Kind::CustomerPaidBusiness;
                           }),
             1);
    QVERIFY(!record->isVisible());
    const QLabel *toDo = child("bankTransferToDoLabel");
    QVERIFY(toDo->isVisible());
    QVERIFY2(
        toDo->text().contains(MoneyFormat::format(Money::fromCents(9'680'00), englishBelgium())),
        qPrintable(toDo->text()));

    // The to-do stays, also on another day, until the money is passed on.
    m_fixture->clock.advanceDays(3);
    show(kroon);
    show(janssens);
    QVERIFY(child("bankTransferToDoLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("passedOnToBankButton"), Qt::LeftButton);
    QVERIFY(!m_fixture->invoice(janssens).financing.owesBank());
    QVERIFY(!child("bankTransferToDoLabel")->isVisible());
    QVERIFY(!child<QPushButton>("passedOnToBankButton")->isVisible());
    QCOMPARE(m_fixture->invoice(janssens).activity.constLast().kind,
             ActivityEntry::Kind::PassedOnToBank);
}

void TestFinancingPanel::refusedNamesWhatTheBankJudged()
{
    show(QStringLiteral("2026-0144"));
    QCOMPARE(stateText(), QStringLiteral("Refused by KBC"));
    const QString message = child("panelMessageLabel")->text();
    for (const char *part : {"no reason", "VAT number", "booking date", "payment term"})
        QVERIFY2(message.contains(QLatin1StringView(part)), qPrintable(message));
    QVERIFY(!child<QPushButton>("requestFinancingButton")->isVisible());
}

void TestFinancingPanel::awaitingSignatureCountsDown()
{
    show(QStringLiteral("2026-0146"));
    QCOMPARE(stateText(), QStringLiteral("Awaiting signature"));
    QCOMPARE(child("countdownLabel")->text(), QStringLiteral("5:00 left to sign in KBC Sign"));
    QVERIFY(child("panelMessageLabel")->text().contains(u"6 minute"));
    m_fixture->clock.advanceSeconds(61);
    QTRY_COMPARE(child("countdownLabel")->text(), QStringLiteral("3:59 left to sign in KBC Sign"));
    m_fixture->clock.advanceSeconds(600);
    QTRY_COMPARE(child("countdownLabel")->text(), QStringLiteral("0:00 left to sign in KBC Sign"));
    show(kroon);
    QVERIFY(!child("countdownLabel")->isVisible());
}

void TestFinancingPanel::stateLabels_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("label");
    QTest::newRow("payout pending")
        << QStringLiteral("2026-0147") << QStringLiteral("Payout pending");
    QTest::newRow("settled") << QStringLiteral("2026-0101") << QStringLiteral("Settled");
    QTest::newRow("financed") << janssens << QStringLiteral("Financed");
    QTest::newRow("refused") << QStringLiteral("2026-0144") << QStringLiteral("Refused by KBC");
    QTest::newRow("draft") << smets << QStringLiteral("Book this invoice first");
    QTest::newRow("not eligible") << peeters << QStringLiteral("Not eligible");
}

void TestFinancingPanel::stateLabels()
{
    QFETCH(QString, number);
    QFETCH(QString, label);
    show(number);
    QCOMPARE(stateText(), label);
    QCOMPARE(child("panelStateLabel")->accessibleName(), QStringLiteral("Financing state"));
    QCOMPARE(child("panelStateLabel")->accessibleDescription(), label);
    QVERIFY(!child("panelMessageLabel")->text().isEmpty());
}

void TestFinancingPanel::numberLocaleFormatsAmounts()
{
    const QLocale french(QLocale::French, QLocale::Belgium);
    m_panel->setNumberLocale(french);
    show(janssens);
    QCOMPARE(child("invoiceAmountLabel")->text(), QStringLiteral("9\u202f680,00\u00a0€"));
    QCOMPARE(child("payoutLabel")->text(), QStringLiteral("9\u202f592,88\u00a0€"));
    QCOMPARE(child("payoutDateLabel")->text(), MoneyFormat::formatDate(QDate(2026, 2, 18), french));
}

void TestFinancingPanel::activityListsWhatHappened()
{
    show(janssens);
    auto *activity = child<QListWidget>("activityList");
    QCOMPARE(activity->count(), 5);
    // Newest first.
    QVERIFY2(activity->item(0)->text().endsWith(u"KBC paid out the financing"),
             qPrintable(activity->item(0)->text()));
    QVERIFY(activity->item(3)->text().endsWith(u"E-mailed to info@janssens.be"));
    QVERIFY(activity->item(4)->text().endsWith(u"Imported from 2026-0120.xml"));
    QVERIFY2(activity->item(4)->text().startsWith(
                 MoneyFormat::formatDate(QDate(2026, 2, 16), englishBelgium())),
             qPrintable(activity->item(4)->text()));
}

void TestFinancingPanel::controlsHaveAccessibleNames()
{
    show(peeters);
    QCOMPARE(m_panel->accessibleName(), QStringLiteral("KBC On Demand Financing"));
    for (QWidget *widget : m_panel->findChildren<QWidget *>()) {
        const bool control = widget->focusPolicy() != Qt::NoFocus
            && !widget->objectName().startsWith(u"qt_") && widget->parentWidget()
            && !qobject_cast<QAbstractScrollArea *>(widget->parentWidget()->parentWidget());
        if (control) {
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' '
                                + widget->objectName()));
        }
    }
    for (const char *name : {"panelStateLabel", "panelMessageLabel", "payoutLabel", "costLabel",
                             "invoiceAmountLabel", "reasonList", "activityList", "busyIndicator"}) {
        auto *widget = m_panel->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
    // Every button has a mnemonic.
    for (QPushButton *button : m_panel->findChildren<QPushButton *>())
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->objectName()));
}

void TestFinancingPanel::followsChangesMadeElsewhere()
{
    show(vandamme);
    QTRY_COMPARE(stateText(), QStringLiteral("Eligible"));
    m_fixture->desk.emailInvoice(m_fixture->idOf(vandamme), QStringLiteral("info@vandamme.be"));
    QVERIFY(child<QPushButton>("requestFinancingButton")->isEnabled());
    QVERIFY(child("emailedLabel")->text().contains(u"info@vandamme.be"));

    m_fixture->book.reset({});
    QVERIFY(child("panelPlaceholderLabel")->isVisible());
}

void TestFinancingPanel::failedQuoteCanBeAskedAgain()
{
    ManualClock clock(m_fixture->clock.now());
    InvoiceBook book;
    FailingOnceQuoteService quotes;
    FinancingDesk desk(book, clock, quotes);
    const QString id = book.add({eligibleInvoice(kroon, 12'100'00, QStringLiteral("Brouwerij"),
                                                 QStringLiteral("BE0477472701"))})
                           .constFirst();
    FinancingPanel panel(book, desk, *m_dialogs);
    panel.show();
    panel.showInvoice(id);
    auto *message = panel.findChild<QLabel *>(QStringLiteral("panelMessageLabel"));
    auto *retry = panel.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(!retry->isVisible());
    QTRY_VERIFY(retry->isVisible());
    QCOMPARE(message->text(), QStringLiteral("KBC has not answered yet: the connection timed out"));
    QVERIFY(!panel.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(panel.findChild<QLabel *>(QStringLiteral("panelStateLabel"))->text(),
                 QStringLiteral("Eligible"));
    QVERIFY(!retry->isVisible());
}

QTEST_MAIN(TestFinancingPanel)
#include "tst_financingpanel.moc"
