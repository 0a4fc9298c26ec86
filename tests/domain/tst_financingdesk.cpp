#include "financingdesk.h"
#include "invoicebook.h"
#include "quoteservice.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FinancingStatus)
Q_DECLARE_METATYPE(PanelState)

// Readable QCOMPARE failures for panel states.
char *toString(PanelState state)
{
    const char *names[] = {
        "Hidden",   "NotConnected",      "NeedsBooking",  "NotEligible", "Checking",
        "Eligible", "AwaitingSignature", "PayoutPending", "Financed",    "Settled",
        "Refused"};
    return qstrdup(names[int(state)]);
}

namespace {

const QDateTime startOfTest(QDate(2026, 3, 16), QTime(10, 0)); // a Monday morning

Money euros(QStringView text)
{
    return *Money::fromDecimalString(text, Money::euro());
}

// Qualifies on startOfTest: EUR 10,000.00, issued the Tuesday before, payable in 30 days.
Invoice qualifyingInvoice(QStringView total = u"10000.00")
{
    Invoice invoice;
    invoice.number = u"2026-0042"_s;
    invoice.typeCode = u"380"_s;
    invoice.issueDate = QDate(2026, 3, 10);
    invoice.dueDate = invoice.issueDate.addDays(30);
    invoice.total = euros(total);
    invoice.customer.name = u"Brouwerij De Klok NV"_s;
    invoice.customer.countryCode = u"BE"_s;
    invoice.customer.number = u"BE0123456749"_s;
    return invoice;
}

// A bank whose answers the test gives by hand, to decide when they arrive.
class ManualQuoteService final : public QuoteService
{
    Q_OBJECT

public:
    using QuoteService::QuoteService;

    void requestQuote(const Invoice &invoice) override { requests.append(invoice); }
    // Answers with the estimate for the figures the request was made for.
    void answer(qsizetype request)
    {
        const Invoice &invoice = requests.at(request);
        Q_EMIT quoted(invoice.id, Pricing::estimate(invoice));
    }
    void refuse(qsizetype request, const QString &message)
    {
        Q_EMIT failed(requests.at(request).id, message);
    }

    QList<Invoice> requests;
};

// A desk over a book, a clock standing still at startOfTest and a quote service.
struct Fixture
{
    explicit Fixture(
        std::unique_ptr<QuoteService> service = std::make_unique<EstimateQuoteService>(0))
        : quotes(std::move(service))
        , desk(book, clock, *quotes)
    { }

    QString add(Invoice invoice) { return book.add({std::move(invoice)}).constFirst(); }
    PanelState state(const QString &id) const { return desk.view(id).state; }
    Invoice invoice(const QString &id) const { return *book.find(id); }
    void change(const QString &id, const std::function<void(Invoice &)> &edit)
    {
        Invoice changed = *book.find(id);
        edit(changed);
        QVERIFY(book.update(changed));
    }

    ManualClock clock {startOfTest};
    InvoiceBook book;
    std::unique_ptr<QuoteService> quotes;
    FinancingDesk desk;
};

std::unique_ptr<ManualQuoteService> manualService()
{
    return std::make_unique<ManualQuoteService>();
}

} // namespace

// The per-invoice financing logic: what the panel shows, and how booking, e-mailing, quotes,
// other invoices and time change it.
class TestFinancingDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialState_data();
    void initialState();
    void unknownInvoice();
    void checkingThenEligible();
    void canRequestNeedsQuoteAndEmail();
    void prepareAsksOnlyWhenUseful();
    void bookInvoiceMovesToEligible();
    void bookingAnInvoiceThatStillFails();
    void outstandingExcludesTheInvoicesOwnReservation();
    void movingTheClockMakesAnInvoiceTooOld();
    void quoteFollowsTheFiguresItWasMadeFor_data();
    void quoteFollowsTheFiguresItWasMadeFor();
    void lateQuoteForOldFiguresIsDropped();
    void quoteFailureIsShownAndRetried();
    void resetForgetsQuotes();
    void qualifyingIds();
    void notConnectedAsksNothing();
};

void TestFinancingDesk::initialState_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<FinancingStatus>("status");
    QTest::addColumn<PanelState>("state");

    const FinancingStatus none = FinancingStatus::None;
    QTest::newRow("qualifying") << QString() << none << PanelState::Checking;
    QTest::newRow("purchase") << u"purchase"_s << none << PanelState::Hidden;
    QTest::newRow("purchase draft") << u"purchase draft"_s << none << PanelState::Hidden;
    QTest::newRow("draft") << u"draft"_s << none << PanelState::NeedsBooking;
    QTest::newRow("draft too large") << u"draft too large"_s << none << PanelState::NotEligible;
    QTest::newRow("too large") << u"too large"_s << none << PanelState::NotEligible;
    QTest::newRow("private person") << u"private person"_s << none << PanelState::NotEligible;
    QTest::newRow("awaiting signature")
        << QString() << FinancingStatus::AwaitingSignature << PanelState::AwaitingSignature;
    QTest::newRow("payout pending")
        << QString() << FinancingStatus::PayoutPending << PanelState::PayoutPending;
    QTest::newRow("financed") << QString() << FinancingStatus::Financed << PanelState::Financed;
    QTest::newRow("settled") << QString() << FinancingStatus::Settled << PanelState::Settled;
    QTest::newRow("refused") << QString() << FinancingStatus::Refused << PanelState::Refused;
}

void TestFinancingDesk::initialState()
{
    QFETCH(QString, change);
    QFETCH(FinancingStatus, status);
    QFETCH(PanelState, state);

    Invoice invoice = qualifyingInvoice();
    if (change.contains(u"purchase"))
        invoice.direction = InvoiceDirection::Incoming;
    if (change.contains(u"draft"))
        invoice.booking = BookingState::Draft;
    if (change.contains(u"too large"))
        invoice.total = euros(u"30000.00");
    if (change.contains(u"private person"))
        invoice.customer.kind = CustomerKind::Person;
    invoice.financing.status = status;

    Fixture fixture;
    const QString id = fixture.add(invoice);
    const FinancingView view = fixture.desk.view(id);
    QCOMPARE(view.invoiceId, id);
    QCOMPARE(view.state, state);
    QVERIFY(!view.quote.has_value());
    QVERIFY(!view.quoteError.has_value());
    QVERIFY(!view.emailed);
    QVERIFY(!view.canRequest);
}

void TestFinancingDesk::unknownInvoice()
{
    Fixture fixture;
    fixture.add(qualifyingInvoice());
    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);

    const FinancingView view = fixture.desk.view(u"missing"_s);
    QCOMPARE(view.invoiceId, u"missing"_s);
    QCOMPARE(view.state, PanelState::Hidden);
    QVERIFY(!view.canRequest);

    fixture.desk.prepare(u"missing"_s);
    fixture.desk.bookInvoice(u"missing"_s);
    fixture.desk.emailInvoice(u"missing"_s, u"ap@example.be"_s);
    QTest::qWait(10);
    QCOMPARE(viewChanged.count(), 0);
}

void TestFinancingDesk::checkingThenEligible()
{
    Fixture fixture;
    const QString id = fixture.add(qualifyingInvoice());
    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);

    QCOMPARE(fixture.state(id), PanelState::Checking);
    fixture.desk.prepare(id);
    // The answer arrives later, as it would from the bank.
    QCOMPARE(fixture.state(id), PanelState::Checking);
    QTRY_COMPARE(fixture.state(id), PanelState::Eligible);
    QVERIFY(viewChanged.contains(QVariantList {id}));

    const FinancingView view = fixture.desk.view(id);
    QVERIFY(view.assessment.isEligible());
    QVERIFY(view.quote.has_value());
    QCOMPARE(*view.quote, Pricing::estimate(fixture.invoice(id)));
    QVERIFY(view.quote->isEstimate);
    QCOMPARE(view.quote->payout + view.quote->cost, euros(u"10000.00"));
    // Not e-mailed to the customer yet: the bank cannot buy it.
    QVERIFY(!view.emailed);
    QVERIFY(!view.canRequest);

    viewChanged.clear();
    fixture.desk.emailInvoice(id, u"ap@deklok.be"_s);
    QVERIFY(viewChanged.contains(QVariantList {id}));
    const FinancingView emailed = fixture.desk.view(id);
    QCOMPARE(emailed.state, PanelState::Eligible);
    QVERIFY(emailed.emailed);
    QVERIFY(emailed.canRequest);
    QCOMPARE(emailed.quote, view.quote);

    const Invoice invoice = fixture.invoice(id);
    QVERIFY(invoice.emailed.has_value());
    QCOMPARE(invoice.emailed->address, u"ap@deklok.be"_s);
    QCOMPARE(invoice.emailed->sentAt, startOfTest);
    QCOMPARE(invoice.customer.email, u"ap@deklok.be"_s);
    QCOMPARE(invoice.activity.size(), 1);
    QCOMPARE(invoice.activity.constLast().kind, ActivityEntry::Kind::Emailed);
    QCOMPARE(invoice.activity.constLast().at, startOfTest);
    QCOMPARE(invoice.activity.constLast().detail, u"ap@deklok.be"_s);
}

void TestFinancingDesk::canRequestNeedsQuoteAndEmail()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    const QString id = fixture.add(qualifyingInvoice());

    fixture.desk.emailInvoice(id, u"ap@deklok.be"_s);
    fixture.desk.prepare(id);
    QCOMPARE(fixture.state(id), PanelState::Checking);
    QVERIFY(fixture.desk.view(id).emailed);
    QVERIFY(!fixture.desk.view(id).canRequest);

    service.answer(0);
    QCOMPARE(fixture.state(id), PanelState::Eligible);
    QVERIFY(fixture.desk.view(id).canRequest);

    // Quoted and e-mailed, but no longer eligible: nothing to request.
    fixture.change(id, [](Invoice &invoice) { invoice.paid = euros(u"0.01"); });
    QCOMPARE(fixture.state(id), PanelState::NotEligible);
    QVERIFY(!fixture.desk.view(id).canRequest);
}

void TestFinancingDesk::prepareAsksOnlyWhenUseful()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    const QString id = fixture.add(qualifyingInvoice());

    fixture.desk.prepare(id);
    fixture.desk.prepare(id); // already on its way
    QCOMPARE(service.requests.size(), 1);
    QCOMPARE(service.requests.constFirst().id, id);
    service.answer(0);
    fixture.desk.prepare(id); // already known
    QCOMPARE(service.requests.size(), 1);

    Invoice tooLarge = qualifyingInvoice(u"30000.00");
    const QString tooLargeId = fixture.add(tooLarge);
    fixture.desk.prepare(tooLargeId);
    Invoice draft = qualifyingInvoice();
    draft.booking = BookingState::Draft;
    const QString draftId = fixture.add(draft);
    fixture.desk.prepare(draftId);
    Invoice refused = qualifyingInvoice();
    refused.financing.status = FinancingStatus::Refused;
    fixture.desk.prepare(fixture.add(refused));
    fixture.desk.prepare(u"missing"_s);
    QCOMPARE(service.requests.size(), 1);
}

void TestFinancingDesk::bookInvoiceMovesToEligible()
{
    Fixture fixture;
    Invoice draft = qualifyingInvoice();
    draft.booking = BookingState::Draft;
    const QString id = fixture.add(draft);
    QCOMPARE(fixture.state(id), PanelState::NeedsBooking);
    QVERIFY(fixture.desk.view(id).assessment.onlyNeedsBooking());
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList());

    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);
    QSignalSpy summaryChanged(&fixture.desk, &FinancingDesk::summaryChanged);
    fixture.clock.advanceSeconds(90);
    fixture.desk.bookInvoice(id);

    QCOMPARE(fixture.state(id), PanelState::Checking);
    QVERIFY(viewChanged.contains(QVariantList {id}));
    QVERIFY(summaryChanged.count() >= 1);
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList {id});

    const Invoice booked = fixture.invoice(id);
    QCOMPARE(booked.booking, BookingState::Booked);
    QCOMPARE(booked.activity.size(), 1);
    QCOMPARE(booked.activity.constLast().kind, ActivityEntry::Kind::Booked);
    QCOMPARE(booked.activity.constLast().at, startOfTest.addSecs(90));

    // Booking asks for the quote by itself.
    QTRY_COMPARE(fixture.state(id), PanelState::Eligible);

    // Booking twice logs nothing more.
    fixture.desk.bookInvoice(id);
    QCOMPARE(fixture.invoice(id).activity.size(), 1);
}

void TestFinancingDesk::bookingAnInvoiceThatStillFails()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    Invoice draft = qualifyingInvoice();
    draft.booking = BookingState::Draft;
    draft.dueDate = draft.issueDate.addDays(10);
    const QString id = fixture.add(draft);
    QCOMPARE(fixture.state(id), PanelState::NotEligible);

    fixture.desk.bookInvoice(id);
    QCOMPARE(fixture.invoice(id).booking, BookingState::Booked);
    QCOMPARE(fixture.state(id), PanelState::NotEligible);
    QCOMPARE(fixture.desk.view(id).assessment.reasons, QList<RuleId> {RuleId::Term});
    QCOMPARE(service.requests.size(), 0);
}

void TestFinancingDesk::outstandingExcludesTheInvoicesOwnReservation()
{
    Fixture fixture;
    QStringList financed;
    for (int index = 0; index < 3; ++index) {
        Invoice invoice = qualifyingInvoice(u"25000.00");
        invoice.financing.status = FinancingStatus::Financed;
        financed.append(fixture.add(invoice));
    }
    Invoice awaiting = qualifyingInvoice(u"25000.00");
    awaiting.financing.status = FinancingStatus::AwaitingSignature;
    const QString awaitingId = fixture.add(awaiting);
    Invoice settled = qualifyingInvoice(u"25000.00");
    settled.financing.status = FinancingStatus::Settled;
    fixture.add(settled);
    const QString newId = fixture.add(qualifyingInvoice(u"25000.00"));
    QCOMPARE(fixture.book.outstanding(), euros(u"100000.00"));

    // The request awaiting signature is judged against the others only.
    const Assessment ownReservation = fixture.desk.view(awaitingId).assessment;
    QCOMPARE(ownReservation.outstanding, euros(u"75000.00"));
    QVERIFY(!ownReservation.fails(RuleId::Limit));
    QVERIFY(ownReservation.fails(RuleId::Once));
    QCOMPARE(fixture.state(awaitingId), PanelState::AwaitingSignature);

    // A new invoice finds the limit used up.
    const Assessment full = fixture.desk.view(newId).assessment;
    QCOMPARE(full.outstanding, euros(u"100000.00"));
    QCOMPARE(full.reasons, QList<RuleId> {RuleId::Limit});
    QCOMPARE(fixture.state(newId), PanelState::NotEligible);
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList());

    // A settlement frees the room again, and the invoice waiting for it hears of it.
    QSignalSpy summaryChanged(&fixture.desk, &FinancingDesk::summaryChanged);
    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);
    fixture.change(financed.constFirst(),
                   [](Invoice &invoice) { invoice.financing.status = FinancingStatus::Settled; });
    QVERIFY(viewChanged.contains(QVariantList {newId}));
    QVERIFY(summaryChanged.count() >= 1);
    QCOMPARE(fixture.desk.view(newId).assessment.outstanding, euros(u"75000.00"));
    QCOMPARE(fixture.state(newId), PanelState::Checking);
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList {newId});

    // The request awaiting signature lapses: its room comes back too.
    fixture.change(awaitingId,
                   [](Invoice &invoice) { invoice.financing.status = FinancingStatus::None; });
    QCOMPARE(fixture.desk.view(newId).assessment.outstanding, euros(u"50000.00"));
    // Changing an invoice that reserves nothing leaves the others alone.
    viewChanged.clear();
    fixture.change(newId, [](Invoice &invoice) { invoice.number = u"2026-0099"_s; });
    QCOMPARE(viewChanged.count(), 1);
    // A new reservation takes some of it.
    fixture.add([] {
        Invoice invoice = qualifyingInvoice(u"2500.00");
        invoice.financing.status = FinancingStatus::PayoutPending;
        return invoice;
    }());
    QCOMPARE(fixture.desk.view(newId).assessment.outstanding, euros(u"52500.00"));
    QCOMPARE(fixture.state(newId), PanelState::Checking);
}

void TestFinancingDesk::movingTheClockMakesAnInvoiceTooOld()
{
    Fixture fixture;
    Invoice invoice = qualifyingInvoice();
    invoice.issueDate = startOfTest.date();
    invoice.dueDate = invoice.issueDate.addDays(30);
    const QString id = fixture.add(invoice);
    fixture.desk.prepare(id);
    QTRY_COMPARE(fixture.state(id), PanelState::Eligible);

    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);
    QSignalSpy summaryChanged(&fixture.desk, &FinancingDesk::summaryChanged);

    // The 15th working day after Monday 16 March 2026, with Easter Monday on 6 April.
    fixture.clock.setNow(QDateTime(QDate(2026, 4, 7), QTime(9, 0)));
    fixture.desk.refresh();
    QVERIFY(viewChanged.contains(QVariantList {id}));
    QCOMPARE(summaryChanged.count(), 1);
    QCOMPARE(fixture.desk.view(id).assessment.ageWorkingDays, 15);
    QCOMPARE(fixture.state(id), PanelState::Eligible);
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList {id});

    // One minute past midnight: the 16th.
    viewChanged.clear();
    fixture.clock.setNow(QDateTime(QDate(2026, 4, 8), QTime(0, 1)));
    fixture.desk.refresh();
    QVERIFY(viewChanged.contains(QVariantList {id}));
    QCOMPARE(summaryChanged.count(), 2);
    const FinancingView view = fixture.desk.view(id);
    QCOMPARE(view.assessment.ageWorkingDays, 16);
    QCOMPARE(view.assessment.reasons, QList<RuleId> {RuleId::Age});
    QCOMPARE(view.state, PanelState::NotEligible);
    QVERIFY(!view.canRequest);
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList());
}

void TestFinancingDesk::quoteFollowsTheFiguresItWasMadeFor_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("dropped");

    QTest::newRow("total") << u"total"_s << true;
    QTest::newRow("due date") << u"due date"_s << true;
    QTest::newRow("issue date") << u"issue date"_s << true;
    QTest::newRow("customer number") << u"customer number"_s << true;
    QTest::newRow("invoice number") << u"invoice number"_s << false;
    QTest::newRow("e-mailed") << u"e-mailed"_s << false;
}

void TestFinancingDesk::quoteFollowsTheFiguresItWasMadeFor()
{
    QFETCH(QString, change);
    QFETCH(bool, dropped);

    Fixture fixture;
    const QString id = fixture.add(qualifyingInvoice());
    fixture.desk.prepare(id);
    QTRY_COMPARE(fixture.state(id), PanelState::Eligible);
    const Quote first = *fixture.desk.view(id).quote;

    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);
    if (change == u"e-mailed") {
        fixture.desk.emailInvoice(id, u"ap@deklok.be"_s);
    } else {
        fixture.change(id, [&change](Invoice &invoice) {
            if (change == u"total")
                invoice.total = euros(u"12000.00");
            else if (change == u"due date")
                invoice.dueDate = invoice.dueDate.addDays(30);
            else if (change == u"issue date")
                invoice.issueDate = invoice.issueDate.addDays(1);
            else if (change == u"customer number")
                invoice.customer.number = u"BE0477472701"_s;
            else if (change == u"invoice number")
                invoice.number = u"2026-0043"_s;
        });
    }
    QVERIFY(viewChanged.contains(QVariantList {id}));

    if (!dropped) {
        QCOMPARE(fixture.state(id), PanelState::Eligible);
        QCOMPARE(fixture.desk.view(id).quote, std::optional<Quote>(first));
        return;
    }
    QCOMPARE(fixture.state(id), PanelState::Checking);
    QVERIFY(!fixture.desk.view(id).quote.has_value());

    // The desk asks for a new quote by itself.
    QTRY_COMPARE(fixture.state(id), PanelState::Eligible);
    const Invoice changed = fixture.invoice(id);
    QCOMPARE(*fixture.desk.view(id).quote, Pricing::estimate(changed));
    QCOMPARE(fixture.desk.view(id).quote->payout + fixture.desk.view(id).quote->cost,
             changed.total);
}

void TestFinancingDesk::lateQuoteForOldFiguresIsDropped()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    const QString id = fixture.add(qualifyingInvoice());

    fixture.desk.prepare(id);
    QCOMPARE(service.requests.size(), 1);
    // The total changes while the bank is still answering for the old one.
    fixture.change(id, [](Invoice &invoice) { invoice.total = euros(u"12000.00"); });
    service.answer(0);

    QCOMPARE(fixture.state(id), PanelState::Checking);
    QVERIFY(!fixture.desk.view(id).quote.has_value());
    // The desk asks again, for the figures the invoice has now.
    QCOMPARE(service.requests.size(), 2);
    QCOMPARE(service.requests.at(1).total, euros(u"12000.00"));

    service.answer(1);
    QCOMPARE(fixture.state(id), PanelState::Eligible);
    QCOMPARE(*fixture.desk.view(id).quote, Pricing::estimate(fixture.invoice(id)));
}

void TestFinancingDesk::quoteFailureIsShownAndRetried()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    const QString id = fixture.add(qualifyingInvoice());
    QSignalSpy viewChanged(&fixture.desk, &FinancingDesk::viewChanged);

    fixture.desk.prepare(id);
    service.refuse(0, u"The bank could not be reached."_s);
    QVERIFY(viewChanged.contains(QVariantList {id}));
    FinancingView view = fixture.desk.view(id);
    QCOMPARE(view.state, PanelState::Checking);
    QCOMPARE(view.quoteError, std::optional<QString>(u"The bank could not be reached."_s));
    QVERIFY(!view.canRequest);

    fixture.desk.prepare(id);
    QCOMPARE(service.requests.size(), 2);
    QVERIFY(!fixture.desk.view(id).quoteError.has_value());
    service.answer(1);
    view = fixture.desk.view(id);
    QCOMPARE(view.state, PanelState::Eligible);
    QVERIFY(!view.quoteError.has_value());
}

void TestFinancingDesk::resetForgetsQuotes()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    const QString id = fixture.add(qualifyingInvoice());
    fixture.desk.prepare(id);
    service.answer(0);
    QCOMPARE(fixture.state(id), PanelState::Eligible);

    QSignalSpy summaryChanged(&fixture.desk, &FinancingDesk::summaryChanged);
    Invoice reloaded = fixture.invoice(id);
    fixture.book.reset({reloaded});
    QCOMPARE(summaryChanged.count(), 1);
    QCOMPARE(fixture.state(id), PanelState::Checking);

    // A request made before a reload answers for an invoice that may no longer exist.
    fixture.desk.prepare(id);
    QCOMPARE(service.requests.size(), 2);
    reloaded.total = euros(u"20000.00");
    fixture.book.reset({reloaded});
    service.answer(1);
    QCOMPARE(fixture.state(id), PanelState::Checking);
    QVERIFY(!fixture.desk.view(id).quote.has_value());
}

void TestFinancingDesk::qualifyingIds()
{
    Fixture fixture;
    QSignalSpy summaryChanged(&fixture.desk, &FinancingDesk::summaryChanged);

    const QString first = fixture.add(qualifyingInvoice());
    QCOMPARE(summaryChanged.count(), 1);
    Invoice draft = qualifyingInvoice();
    draft.booking = BookingState::Draft;
    const QString draftId = fixture.add(draft);
    Invoice purchase = qualifyingInvoice();
    purchase.direction = InvoiceDirection::Incoming;
    fixture.add(purchase);
    fixture.add(qualifyingInvoice(u"30000.00"));
    const QString last = fixture.add(qualifyingInvoice(u"2500.00"));
    Invoice financed = qualifyingInvoice();
    financed.financing.status = FinancingStatus::Financed;
    fixture.add(financed);
    Invoice refused = qualifyingInvoice();
    refused.financing.status = FinancingStatus::Refused;
    fixture.add(refused);

    QCOMPARE(fixture.desk.qualifyingIds(), (QStringList {first, last}));

    fixture.desk.bookInvoice(draftId);
    QCOMPARE(fixture.desk.qualifyingIds(), (QStringList {first, draftId, last}));
}

void TestFinancingDesk::notConnectedAsksNothing()
{
    Fixture fixture(manualService());
    auto &service = static_cast<ManualQuoteService &>(*fixture.quotes);
    fixture.desk.setConnected(false);
    QVERIFY(!fixture.desk.isConnected());
    const QString id = fixture.add(qualifyingInvoice());
    Invoice financed = qualifyingInvoice(u"5000.00");
    financed.number = u"2026-0043"_s;
    financed.financing.status = FinancingStatus::Financed;
    financed.financing.requestId = u"req-1"_s;
    const QString financedId = fixture.add(financed);
    Invoice purchase = qualifyingInvoice();
    purchase.number = u"INK-1"_s;
    purchase.direction = InvoiceDirection::Incoming;
    const QString purchaseId = fixture.add(purchase);

    fixture.desk.prepare(id);
    fixture.desk.prepareQualifying();
    QCOMPARE(service.requests.size(), 0);
    QCOMPARE(fixture.state(id), PanelState::NotConnected);
    QVERIFY(!fixture.desk.view(id).canRequest);
    // What the bank already holds keeps its state; a purchase invoice has no panel anyway.
    QCOMPARE(fixture.state(financedId), PanelState::Financed);
    QCOMPARE(fixture.state(purchaseId), PanelState::Hidden);
    QVERIFY(fixture.desk.qualifyingIds().isEmpty());

    // Connected: every qualifying invoice is quoted.
    QSignalSpy changed(&fixture.desk, &FinancingDesk::viewChanged);
    fixture.desk.setConnected(true);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(fixture.state(id), PanelState::Checking);
    QCOMPARE(service.requests.size(), 1);
    service.answer(0);
    QCOMPARE(fixture.state(id), PanelState::Eligible);
    QCOMPARE(fixture.desk.qualifyingIds(), QStringList {id});

    // Disconnected again: an answer still on its way is dropped.
    fixture.desk.setConnected(false);
    QCOMPARE(fixture.state(id), PanelState::NotConnected);
}

QTEST_GUILESS_MAIN(TestFinancingDesk)
#include "tst_financingdesk.moc"
