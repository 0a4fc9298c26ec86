#include "bankclient.h"
#include "bankquoteservice.h"
#include "brokenserver.h"
#include "clienttestdata.h"
#include "clock.h"
#include "financingdesk.h"
#include "financingflow.h"
#include "invoicebook.h"
#include "quoteservice.h"
#include "simulatedbank.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace BankApi;
using namespace ClientTestData;

Q_DECLARE_METATYPE(BrokenServer::Behaviour)
Q_DECLARE_METATYPE(BankApi::ErrorKind)
Q_DECLARE_METATYPE(BankApi::ErrorCode)
Q_DECLARE_METATYPE(BankApi::SignDecision)
Q_DECLARE_METATYPE(FinancingStatus)

// Readable QCOMPARE failures for the states the flow writes.
char *toString(FinancingStatus status)
{
    static const char *const names[] = {"None",     "AwaitingSignature", "PayoutPending",
                                        "Financed", "Settled",           "Refused"};
    return qstrdup(names[int(status)]);
}

char *toString(PanelState state)
{
    static const char *const names[] = {
        "Hidden",        "NeedsBooking", "NotEligible", "Checking", "Eligible", "AwaitingSignature",
        "PayoutPending", "Financed",     "Settled",     "Refused"};
    return qstrdup(names[int(state)]);
}

char *toString(ActivityEntry::Kind kind)
{
    static const char *const names[] = {"Imported",
                                        "Booked",
                                        "Emailed",
                                        "Requested",
                                        "Signed",
                                        "PaidOut",
                                        "Settled",
                                        "Refused",
                                        "Lapsed",
                                        "Declined",
                                        "CustomerPaidBusiness",
                                        "PassedOnToBank"};
    return qstrdup(names[int(kind)]);
}

namespace {

using Kind = ActivityEntry::Kind;

const QDateTime mondayMorning = at(monday, 10);
constexpr int shortTimeoutMilliseconds = 250;

// Qualifies on issueDate and for 15 working days after: payable in 30 days, to a Belgian
// company rated 1 by the simulated bank, booked and not e-mailed yet.
Invoice eligibleInvoice(const QString &number, QDate issueDate, QStringView total = u"12100.00",
                        const QString &customerNumber = customerRated(1))
{
    Invoice invoice;
    invoice.number = number;
    invoice.typeCode = u"380"_s;
    invoice.issueDate = issueDate;
    invoice.dueDate = issueDate.addDays(30);
    invoice.total = euros(total);
    invoice.paid = euros(u"0.00");
    invoice.credited = euros(u"0.00");
    invoice.customer.name = u"Brouwerij De Vlasbloem NV"_s;
    invoice.customer.countryCode = u"BE"_s;
    invoice.customer.number = customerNumber;
    return invoice;
}

QList<Kind> kinds(const QList<ActivityEntry> &activity)
{
    QList<Kind> result;
    for (const ActivityEntry &entry : activity)
        result.append(entry.kind);
    return result;
}

// Where the quotes come from: the bank itself, or the local estimate, for an invoice the
// client finds eligible and the bank will refuse, or a bank that cannot quote at all.
enum class Quotes { FromTheBank, Estimated };

// The application's financing parts around the simulated bank: one clock for the client and
// the bank, so that moving it moves both, as in the application with its bank in-process.
// The flow talks to the simulated bank, or to the given URL instead.
class Fixture final
{
public:
    explicit Fixture(const QDateTime &start = mondayMorning, Quotes source = Quotes::FromTheBank,
                     const QUrl &flowBank = {})
        : clock(start)
        , bank(clock)
        , client(flowBank.isEmpty() ? bank.url() : flowBank)
        , quotes(source == Quotes::FromTheBank
                     ? std::unique_ptr<QuoteService>(std::make_unique<BankQuoteService>(client))
                     : std::make_unique<EstimateQuoteService>(0))
        , desk(book, clock, *quotes)
        , flow(book, desk, client, clock)
    {
        client.setTimeoutMilliseconds(shortTimeoutMilliseconds);
        client.setGrant(bank.grant());
    }

    // Adds the invoice, e-mails it to the customer and asks for its quote; the test waits
    // until it can be requested.
    QString add(const Invoice &invoice)
    {
        const QString id = book.add({invoice}).constFirst();
        desk.emailInvoice(id, u"ap@vlasbloem.be"_s);
        desk.prepare(id);
        return id;
    }
    const Invoice &invoice(const QString &id) const { return *book.find(id); }
    const Financing &financing(const QString &id) const { return invoice(id).financing; }
    FinancingStatus status(const QString &id) const { return financing(id).status; }
    // Nothing on its way, to the bank or inside the flow.
    bool isIdle(const QString &id) const
    {
        return client.pendingCalls() == 0 && !flow.isUnderway(id);
    }

    ManualClock clock;
    SimulatedBank bank;
    InvoiceBook book;
    BankClient client;
    std::unique_ptr<QuoteService> quotes;
    FinancingDesk desk;
    FinancingFlow flow;
};

} // namespace

// The financing flow over real HTTP: an invoice from the request through KBC Sign, the payout
// and the customer's payment, written into the invoice and its activity log; and what the
// invoice keeps when the bank refuses, fails or has forgotten.
class TestFinancingFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestAwaitsSignature();
    void secondRequestWhileUnderwayIsIgnored();
    void fromRequestToSettlement_data();
    void fromRequestToSettlement();
    void declineFreesTheInvoice();
    void signingWindow_data();
    void signingWindow();
    void refusedByTheBank();
    void failedRequestLeavesTheInvoice_data();
    void failedRequestLeavesTheInvoice();
    void failedFollowLeavesTheRecord_data();
    void failedFollowLeavesTheRecord();
};

void TestFinancingFlow::requestAwaitsSignature()
{
    Fixture fixture;
    const QString id = fixture.add(eligibleInvoice(u"2026-0118"_s, monday));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);
    const Quote quote = *fixture.desk.view(id).quote;
    QCOMPARE(quote.isEstimate, false);
    QSignalSpy awaited(&fixture.flow, &FinancingFlow::signatureAwaited);

    fixture.flow.request(id);
    QVERIFY(fixture.flow.isUnderway(id));
    QVERIFY(fixture.desk.view(id).bankCallUnderway);
    QVERIFY(!fixture.desk.view(id).canRequest);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::AwaitingSignature);

    const Financing &financing = fixture.financing(id);
    QCOMPARE(financing.requestId, u"R-000001"_s);
    QCOMPARE(financing.requestedAt, mondayMorning);
    QCOMPARE(financing.signingDeadline, mondayMorning.addSecs(360));
    QVERIFY(!financing.payoutDate.isValid());
    QCOMPARE(financing.payout, quote.payout);
    QCOMPARE(financing.cost, quote.cost);
    const ActivityEntry &last = fixture.invoice(id).activity.constLast();
    QCOMPARE(last.kind, Kind::Requested);
    QCOMPARE(last.at, mondayMorning);
    QCOMPARE(kinds(fixture.invoice(id).activity), QList<Kind>({Kind::Emailed, Kind::Requested}));
    QCOMPARE(awaited.count(), 1);
    QCOMPARE(awaited.constFirst().constFirst().toString(), id);

    const FinancingView view = fixture.desk.view(id);
    QCOMPARE(view.state, PanelState::AwaitingSignature);
    QVERIFY(!view.bankCallUnderway);
    QVERIFY(!view.bankError.has_value());
    QVERIFY(!fixture.flow.isUnderway(id));
    QCOMPARE(fixture.desk.limitUsage().reserved, euros(u"12100.00"));
    QCOMPARE(fixture.bank.requestCount(), 1);
}

void TestFinancingFlow::secondRequestWhileUnderwayIsIgnored()
{
    Fixture fixture;
    const QString id = fixture.add(eligibleInvoice(u"2026-0118"_s, monday));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);

    // A double click.
    fixture.flow.request(id);
    fixture.flow.request(id);
    QCOMPARE(fixture.client.pendingCalls(), 1);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(fixture.isIdle(id));
    // And once more after the answer: the invoice is requested already.
    fixture.flow.request(id);
    QCOMPARE(fixture.client.pendingCalls(), 0);

    QCOMPARE(fixture.bank.requestCount(), 1);
    QCOMPARE(kinds(fixture.invoice(id).activity), QList<Kind>({Kind::Emailed, Kind::Requested}));
}

void TestFinancingFlow::fromRequestToSettlement_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("payoutDate");

    QTest::newRow("signed on a Monday, paid out on Tuesday") << monday << QDate(2026, 3, 3);
    QTest::newRow("signed on a Friday, paid out on Monday")
        << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("signed before Easter, paid out after Easter Monday")
        << QDate(2026, 4, 2) << QDate(2026, 4, 7);
}

void TestFinancingFlow::fromRequestToSettlement()
{
    QFETCH(QDate, day);
    QFETCH(QDate, payoutDate);

    Fixture fixture(at(day, 10));
    const QString id = fixture.add(eligibleInvoice(u"2026-0118"_s, day.addDays(-3)));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);
    fixture.flow.request(id);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(fixture.isIdle(id));

    fixture.clock.advanceSeconds(95);
    const QDateTime signedAt = fixture.clock.now();
    fixture.flow.sign(id, SignDecision::Accept);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::PayoutPending);
    QCOMPARE(fixture.financing(id).payoutDate, payoutDate);
    QCOMPARE(fixture.invoice(id).activity.constLast().kind, Kind::Signed);
    QCOMPARE(fixture.invoice(id).activity.constLast().at, signedAt);
    QCOMPARE(fixture.desk.view(id).state, PanelState::PayoutPending);
    QTRY_VERIFY(fixture.isIdle(id));

    // The evening before the payout date nothing has happened yet.
    fixture.clock.setNow(QDateTime(payoutDate.addDays(-1), QTime(23, 59)));
    fixture.flow.synchronize();
    QTRY_VERIFY(fixture.isIdle(id));
    QCOMPARE(fixture.status(id), FinancingStatus::PayoutPending);
    QCOMPARE(fixture.invoice(id).paid, euros(u"0.00"));

    fixture.clock.setNow(at(payoutDate, 9));
    fixture.flow.synchronize();
    QTRY_COMPARE(fixture.status(id), FinancingStatus::Financed);
    // The bank paid: the invoice counts as paid in the books.
    QCOMPARE(fixture.invoice(id).paid, fixture.invoice(id).total);
    QCOMPARE(fixture.invoice(id).activity.constLast().kind, Kind::PaidOut);
    QCOMPARE(fixture.invoice(id).activity.constLast().at, at(payoutDate, 9));
    QCOMPARE(fixture.desk.view(id).state, PanelState::Financed);
    QCOMPARE(fixture.desk.limitUsage().used, euros(u"12100.00"));
    QTRY_VERIFY(fixture.isIdle(id));

    fixture.clock.setNow(at(payoutDate.addDays(20), 14));
    fixture.flow.reportCustomerPayment(id);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::Settled);
    QCOMPARE(fixture.invoice(id).activity.constLast().at, at(payoutDate.addDays(20), 14));
    QCOMPARE(fixture.desk.view(id).state, PanelState::Settled);
    QCOMPARE(fixture.desk.limitUsage().used, euros(u"0.00"));

    QCOMPARE(
        kinds(fixture.invoice(id).activity),
        QList<Kind>({Kind::Emailed, Kind::Requested, Kind::Signed, Kind::PaidOut, Kind::Settled}));
    QCOMPARE(fixture.financing(id).requestId, u"R-000001"_s);
    QVERIFY(!fixture.desk.view(id).bankError.has_value());
    QCOMPARE(fixture.bank.requestCount(), 1);
}

void TestFinancingFlow::declineFreesTheInvoice()
{
    Fixture fixture;
    const QString id = fixture.add(eligibleInvoice(u"2026-0118"_s, monday));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);
    fixture.flow.request(id);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(fixture.isIdle(id));

    fixture.clock.advanceSeconds(30);
    fixture.flow.sign(id, SignDecision::Decline);
    QTRY_COMPARE(fixture.invoice(id).activity.constLast().kind, Kind::Declined);
    QCOMPARE(fixture.invoice(id).activity.constLast().at, mondayMorning.addSecs(30));
    QCOMPARE(fixture.status(id), FinancingStatus::None);
    // As if never requested: the invoice may be requested again.
    QCOMPARE(fixture.financing(id), Financing());
    QCOMPARE(fixture.desk.limitUsage().reserved, euros(u"0.00"));
    QTRY_VERIFY(fixture.isIdle(id));
    QCOMPARE(fixture.desk.view(id).state, PanelState::Eligible);
    QVERIFY(fixture.desk.view(id).canRequest);

    fixture.flow.request(id);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::AwaitingSignature);
    QCOMPARE(fixture.financing(id).requestId, u"R-000002"_s);
    QCOMPARE(fixture.financing(id).signingDeadline, mondayMorning.addSecs(30 + 360));
    QCOMPARE(kinds(fixture.invoice(id).activity),
             QList<Kind>({Kind::Emailed, Kind::Requested, Kind::Declined, Kind::Requested}));
    QCOMPARE(fixture.bank.requestCount(), 2);
}

void TestFinancingFlow::signingWindow_data()
{
    QTest::addColumn<int>("elapsedMilliseconds");
    // "sign", "synchronize", or "wait" for the flow's own look at what is due.
    QTest::addColumn<QString>("action");
    QTest::addColumn<FinancingStatus>("status");
    QTest::addColumn<QList<Kind>>("activity");

    const QList<Kind> requested {Kind::Emailed, Kind::Requested};
    const QList<Kind> lapsed {Kind::Emailed, Kind::Requested, Kind::Lapsed};
    QTest::newRow("signed at 5:59.999")
        << 359'999 << u"sign"_s << FinancingStatus::PayoutPending
        << QList<Kind>({Kind::Emailed, Kind::Requested, Kind::Signed});
    QTest::newRow("synchronized at 5:59.999")
        << 359'999 << u"synchronize"_s << FinancingStatus::AwaitingSignature << requested;
    QTest::newRow("signed at 6:00") << 360'000 << u"sign"_s << FinancingStatus::None << lapsed;
    QTest::newRow("signed at 6:01") << 361'000 << u"sign"_s << FinancingStatus::None << lapsed;
    QTest::newRow("synchronized at 6:00")
        << 360'000 << u"synchronize"_s << FinancingStatus::None << lapsed;
    QTest::newRow("noticed by the flow after 6:00")
        << 361'000 << u"wait"_s << FinancingStatus::None << lapsed;
}

void TestFinancingFlow::signingWindow()
{
    QFETCH(int, elapsedMilliseconds);
    QFETCH(QString, action);
    QFETCH(FinancingStatus, status);
    QFETCH(QList<Kind>, activity);

    Fixture fixture;
    const QString id = fixture.add(eligibleInvoice(u"2026-0118"_s, monday));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);
    fixture.flow.request(id);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::AwaitingSignature);
    QTRY_VERIFY(fixture.isIdle(id));
    const QDateTime deadline = fixture.financing(id).signingDeadline;

    fixture.clock.setNow(mondayMorning.addMSecs(elapsedMilliseconds));
    if (action == u"sign")
        fixture.flow.sign(id, SignDecision::Accept);
    else if (action == u"synchronize")
        fixture.flow.synchronize();
    // The flow looks every second at what is due by the clock.
    QTRY_COMPARE(kinds(fixture.invoice(id).activity), activity);
    QTRY_VERIFY(fixture.isIdle(id));
    QCOMPARE(fixture.status(id), status);
    const ActivityEntry &last = fixture.invoice(id).activity.constLast();
    if (last.kind == Kind::Lapsed) {
        // It lapsed at the deadline, whenever the flow learnt of it.
        QCOMPARE(last.at, deadline);
        QCOMPARE(fixture.financing(id), Financing());
        QCOMPARE(fixture.desk.limitUsage().reserved, euros(u"0.00"));
        QVERIFY(fixture.desk.view(id).canRequest);
    } else {
        QCOMPARE(fixture.financing(id).requestId, u"R-000001"_s);
        QCOMPARE(fixture.desk.limitUsage().reserved, euros(u"12100.00"));
    }
    QVERIFY(!fixture.desk.view(id).bankError.has_value());
}

void TestFinancingFlow::refusedByTheBank()
{
    // The client finds the invoice eligible; the bank has the customer on its refusal list.
    Fixture fixture(mondayMorning, Quotes::Estimated);
    const QString id =
        fixture.add(eligibleInvoice(u"2026-0118"_s, monday, u"12100.00", u"BE 0440.440.475"_s));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);

    fixture.flow.request(id);
    QTRY_COMPARE(fixture.status(id), FinancingStatus::Refused);
    QCOMPARE(fixture.financing(id).requestId, QString());
    QCOMPARE(kinds(fixture.invoice(id).activity), QList<Kind>({Kind::Emailed, Kind::Refused}));
    QCOMPARE(fixture.invoice(id).activity.constLast().at, mondayMorning);
    QTRY_VERIFY(fixture.isIdle(id));
    const FinancingView view = fixture.desk.view(id);
    QCOMPARE(view.state, PanelState::Refused);
    // The refusal is the state itself, not an error of the call.
    QVERIFY(!view.bankError.has_value());
    QVERIFY(!view.canRequest);
    QCOMPARE(fixture.desk.limitUsage().reserved, euros(u"0.00"));
    QCOMPARE(fixture.bank.requestCount(), 0);
}

void TestFinancingFlow::failedRequestLeavesTheInvoice_data()
{
    QTest::addColumn<bool>("brokenBank");
    QTest::addColumn<BrokenServer::Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ErrorCode>("code");

    using B = BrokenServer::Behaviour;
    QTest::newRow("nothing listens") << true << B::Absent << QByteArray()
                                     << ErrorKind::ConnectionRefused << 0 << ErrorCode::None;
    QTest::newRow("no answer in time")
        << true << B::Silent << QByteArray() << ErrorKind::Timeout << 0 << ErrorCode::None;
    QTest::newRow("500 with an error object")
        << true << B::Answer
        << BrokenServer::httpAnswer(500, R"({"error": "internal", "message": "boom"})")
        << ErrorKind::HttpError << 500 << ErrorCode::Other;
    QTest::newRow("500 without a body") << true << B::Answer << BrokenServer::httpAnswer(500, {})
                                        << ErrorKind::HttpError << 500 << ErrorCode::None;
    QTest::newRow("the connection closes")
        << true << B::Close << QByteArray() << ErrorKind::ConnectionLost << 0 << ErrorCode::None;
    // The bank counts requests this client's books do not hold.
    QTest::newRow("the bank's limit is full")
        << false << B::Answer << QByteArray() << ErrorKind::HttpError << 409
        << ErrorCode::LimitExceeded;
}

void TestFinancingFlow::failedRequestLeavesTheInvoice()
{
    QFETCH(bool, brokenBank);
    QFETCH(BrokenServer::Behaviour, behaviour);
    QFETCH(QByteArray, answer);
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    QFETCH(ErrorCode, code);

    BrokenServer server(behaviour, answer);
    QVERIFY(server.isReady());
    Fixture fixture(mondayMorning, brokenBank ? Quotes::Estimated : Quotes::FromTheBank,
                    brokenBank ? server.url() : QUrl());
    if (!brokenBank) {
        BankClient other(fixture.bank.url());
        other.setGrant(fixture.bank.grant());
        for (const QString &number : {u"1"_s, u"2"_s, u"3"_s, u"4"_s}) {
            ODF_VERIFY_OK(await<PlacedRequest>([&](const QObject *context, auto done) {
                other.requestFinancing(offer(u"other-"_s + number, u"25000.00", monday), context,
                                       std::move(done));
            }));
        }
    }
    const QString id = fixture.add(eligibleInvoice(u"2026-0118"_s, monday));
    QTRY_VERIFY(fixture.desk.view(id).canRequest);
    const Invoice before = fixture.invoice(id);
    const int requestsBefore = fixture.bank.requestCount();

    fixture.flow.request(id);
    QTRY_VERIFY(fixture.desk.view(id).bankError.has_value());
    QTRY_VERIFY(fixture.isIdle(id));

    // Nothing changed at the bank, so nothing changes in the invoice; the user sees why.
    QCOMPARE(fixture.status(id), FinancingStatus::None);
    QCOMPARE(fixture.invoice(id).activity.size(), before.activity.size());
    QVERIFY(fixture.invoice(id) == before);
    BankError expected;
    expected.kind = kind;
    expected.httpStatus = httpStatus;
    expected.code = code;
    expected.timeoutMilliseconds = shortTimeoutMilliseconds;
    const FinancingView view = fixture.desk.view(id);
    QCOMPARE(*view.bankError, expected.message());
    QVERIFY(!view.bankError->isEmpty());
    QVERIFY(!view.bankCallUnderway);
    // And may try again.
    QCOMPARE(view.state, PanelState::Eligible);
    QVERIFY(view.canRequest);
    QCOMPARE(fixture.bank.requestCount(), requestsBefore);
}

void TestFinancingFlow::failedFollowLeavesTheRecord_data()
{
    QTest::addColumn<FinancingStatus>("status");
    QTest::addColumn<bool>("brokenBank");
    QTest::addColumn<BrokenServer::Behaviour>("behaviour");
    QTest::addColumn<bool>("askedAgain");

    using B = BrokenServer::Behaviour;
    // A bank that restarted without its books answers 404 unknown-request: the invoice's
    // record is the only one left, and asking again would bring the same answer.
    QTest::newRow("forgotten, awaiting signature")
        << FinancingStatus::AwaitingSignature << false << B::Answer << false;
    QTest::newRow("forgotten, payout pending")
        << FinancingStatus::PayoutPending << false << B::Answer << false;
    QTest::newRow("forgotten, financed")
        << FinancingStatus::Financed << false << B::Answer << false;
    // A bank that cannot be reached now is asked again later.
    QTest::newRow("nothing listens, payout pending")
        << FinancingStatus::PayoutPending << true << B::Absent << true;
    QTest::newRow("no answer in time, financed")
        << FinancingStatus::Financed << true << B::Silent << true;
}

void TestFinancingFlow::failedFollowLeavesTheRecord()
{
    QFETCH(FinancingStatus, status);
    QFETCH(bool, brokenBank);
    QFETCH(BrokenServer::Behaviour, behaviour);
    QFETCH(bool, askedAgain);

    BrokenServer server(behaviour);
    QVERIFY(server.isReady());
    Fixture fixture(mondayMorning, Quotes::Estimated, brokenBank ? server.url() : QUrl());
    // Requested earlier in the morning; nothing of it is due yet by the clock.
    Invoice invoice = eligibleInvoice(u"2026-0118"_s, monday);
    invoice.financing.status = status;
    invoice.financing.requestId = u"R-000042"_s;
    invoice.financing.payout = euros(u"11991.10");
    invoice.financing.cost = euros(u"108.90");
    invoice.financing.requestedAt = mondayMorning.addSecs(-60);
    invoice.financing.signingDeadline = mondayMorning.addSecs(300);
    if (status != FinancingStatus::AwaitingSignature)
        invoice.financing.payoutDate = monday.addDays(1);
    if (status == FinancingStatus::Financed)
        invoice.paid = invoice.total;
    invoice.activity.append({invoice.financing.requestedAt, Kind::Requested, {}});
    const QString id = fixture.book.add({invoice}).constFirst();
    const Invoice before = fixture.invoice(id);

    fixture.flow.synchronize();
    QCOMPARE(fixture.client.pendingCalls(), 1);
    // A question in the background holds back none of the user's actions.
    QVERIFY(!fixture.flow.isUnderway(id));
    QTRY_VERIFY(fixture.isIdle(id));
    QVERIFY(fixture.invoice(id) == before);
    QCOMPARE(fixture.status(id), status);
    // Following happens in the background: the user is told only when they act.
    QVERIFY(!fixture.desk.view(id).bankError.has_value());

    fixture.flow.synchronize();
    QCOMPARE(fixture.client.pendingCalls(), askedAgain ? 1 : 0);
    QTRY_VERIFY(fixture.isIdle(id));
    QVERIFY(fixture.invoice(id) == before);
}

QTEST_GUILESS_MAIN(TestFinancingFlow)
#include "tst_financingflow.moc"
