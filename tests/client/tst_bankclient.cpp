#include "bankclient.h"
#include "brokenserver.h"
#include "clienttestdata.h"
#include "simulatedbank.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace BankApi;
using namespace ClientTestData;

Q_DECLARE_METATYPE(BankApi::ErrorKind)
Q_DECLARE_METATYPE(BankApi::ErrorCode)
Q_DECLARE_METATYPE(BankApi::RequestState)
Q_DECLARE_METATYPE(BankApi::SignDecision)
Q_DECLARE_METATYPE(BankApi::ClockMove)
Q_DECLARE_METATYPE(BrokenServer::Behaviour)

namespace {

const QDateTime mondayMorning = at(monday);
// Short, so that a bank that does not answer costs the suite a fraction of a second.
constexpr int shortTimeoutMilliseconds = 250;
// A client and the simulated bank it talks to, each call made and waited for in one step.
class Fixture final
{
public:
    explicit Fixture(const QDateTime &start = mondayMorning, bool simulation = false)
        : bank(start, simulation)
        , client(bank.url())
    {
        client.setGrant(bank.grant());
    }

    BankResult<PlacedRequest> place(const Offer &offer)
    {
        return await<PlacedRequest>([&](const QObject *context, auto done) {
            client.requestFinancing(offer, context, std::move(done));
        });
    }
    BankResult<FinancingRequest> sign(const QString &requestId, SignDecision decision)
    {
        return await<FinancingRequest>([&](const QObject *context, auto done) {
            client.sign(requestId, decision, context, std::move(done));
        });
    }
    BankResult<FinancingRequest> show(const QString &requestId)
    {
        return await<FinancingRequest>([&](const QObject *context, auto done) {
            client.request(requestId, context, std::move(done));
        });
    }
    BankResult<FinancingRequest> customerPays(const QString &requestId)
    {
        return await<FinancingRequest>([&](const QObject *context, auto done) {
            client.reportCustomerPayment(requestId, context, std::move(done));
        });
    }
    BankResult<PriceQuote> quote(const Offer &offer)
    {
        return await<PriceQuote>([&](const QObject *context, auto done) {
            client.quote(offer, context, std::move(done));
        });
    }
    BankResult<LimitStatus> limit()
    {
        return await<LimitStatus>(
            [&](const QObject *context, auto done) { client.limit(context, std::move(done)); });
    }
    BankResult<QList<FinancingRequest>> requests()
    {
        return await<QList<FinancingRequest>>(
            [&](const QObject *context, auto done) { client.requests(context, std::move(done)); });
    }
    BankResult<QList<FinancingRequest>> requestsForInvoice(const QString &invoiceId)
    {
        return await<QList<FinancingRequest>>([&](const QObject *context, auto done) {
            client.requestsForInvoice(invoiceId, context, std::move(done));
        });
    }
    BankResult<CostStatement> statement(const QString &requestId)
    {
        return await<CostStatement>([&](const QObject *context, auto done) {
            client.statement(requestId, context, std::move(done));
        });
    }
    BankResult<StatementPeriod> statements(QDate from, QDate to)
    {
        return await<StatementPeriod>([&](const QObject *context, auto done) {
            client.statements(from, to, context, std::move(done));
        });
    }
    BankResult<ClockStatus> moveClock(const ClockMove &move)
    {
        return await<ClockStatus>([&](const QObject *context, auto done) {
            client.moveSimulatedClock(move, context, std::move(done));
        });
    }

    // Requests the offer and accepts it in KBC Sign; the id, or empty when a step failed.
    QString placeAndSign(const Offer &offer)
    {
        const BankResult<PlacedRequest> placed = place(offer);
        if (!placed.isOk())
            return {};
        const QString id = placed.value().request.id;
        return sign(id, SignDecision::Accept).isOk() ? id : QString();
    }

    SimulatedBank bank;
    BankClient client;
};

// Starts one call by the name a data row gives, and reports only whether it failed and how:
// the rows about failures share their shape whatever the call would have returned.
using FailureCallback = std::function<void(const std::optional<BankError> &)>;

void startCall(BankClient &client, const QString &call, const QObject *context,
               const FailureCallback &done)
{
    const auto forward = [done](const auto &result) {
        done(result.isOk() ? std::nullopt : std::optional<BankError>(result.error()));
    };
    const QString requestId = u"R-000001"_s;
    if (call == u"parameters")
        client.parameters(context, forward);
    else if (call == u"request financing")
        client.requestFinancing(offer(u"inv-1"_s, u"12100.00", monday), context, forward);
    else if (call == u"request")
        client.request(requestId, context, forward);
    else if (call == u"sign")
        client.sign(requestId, SignDecision::Accept, context, forward);
    else if (call == u"customer payment")
        client.reportCustomerPayment(requestId, context, forward);
    else if (call == u"statement")
        client.statement(requestId, context, forward);
    else
        QFAIL("unknown call in the test data");
}

QByteArray parametersJson(const QByteArray &extraMembers = {})
{
    return R"({"currency": "EUR", "minimum_amount": "2500.00", "maximum_amount": "25000.00",)"
           R"( "minimum_term_days": 15, "maximum_term_days": 120,)"
           R"( "maximum_age_working_days": 15, "total_limit": "100000.00",)"
           R"( "signing_window_seconds": 360)"
        + extraMembers + "}";
}

QByteArray requestJson(const QByteArray &state)
{
    return R"({"id": "R-000001", "invoice_id": "inv-1", "invoice_number": "2026-inv-1",)"
           R"( "customer_number": "BE0200000043", "customer_name": null, "currency": "EUR",)"
           R"( "amount": "12100.00", "issue_date": "2026-03-02", "due_date": "2026-04-01",)"
           R"( "term_days": 30, "fee_basis_points": 90, "fee_percent": "0.90",)"
           R"( "cost": "108.90", "payout": "11991.10", "state": ")"
        + state
        + R"(", "requested_at": "2026-03-02T09:00:00.000Z",)"
          R"( "signing_deadline": "2026-03-02T09:06:00.000Z", "seconds_to_sign": 360,)"
          R"( "signed_at": null, "declined_at": null, "lapsed_at": null,)"
          R"( "payout_date": null, "settled_at": null})";
}

} // namespace

// The client of the bank protocol over real HTTP on 127.0.0.1: every call against the
// simulated bank and the values it returns, and how failures of a bank that misbehaves turn
// into BankErrors.
class TestBankClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameters_data();
    void parameters();
    void clock_data();
    void clock();
    void quote_data();
    void quote();
    void requestThenRepeat();
    void requestsForInvoice_data();
    void requestsForInvoice();
    void unknownRequest_data();
    void unknownRequest();
    void signingWindow_data();
    void signingWindow();
    void signatureRepeated_data();
    void signatureRepeated();
    void payoutOnTheNextBankingDay_data();
    void payoutOnTheNextBankingDay();
    void customerPaymentSettles();
    void statement();
    void statementsForAPeriod_data();
    void statementsForAPeriod();
    void statementsForAPeriodThatEndsBeforeItStarts();
    void limit_data();
    void limit();
    void refused_data();
    void refused();
    void rulesNotMet_data();
    void rulesNotMet();
    void invalidOffer_data();
    void invalidOffer();
    void moveSimulatedClock_data();
    void moveSimulatedClock();
    void moveSimulatedClockBackwards();
    void moveSimulatedClockWithoutSimulation();
    void transportFailure_data();
    void transportFailure();
    void unknownMembersAreIgnored();
    void errorMessage_data();
    void errorMessage();
    void destroyedContextNeverHearsTheAnswer_data();
    void destroyedContextNeverHearsTheAnswer();
    void pendingCallsReturnToZero_data();
    void pendingCallsReturnToZero();
    void callsWithoutAGrantNeedAuthorization_data();
    void callsWithoutAGrantNeedAuthorization();
    void authorizeThenUse();
    void expiredGrantNeedsAuthorization();
    void revokeAuthorization();
    void revokeWithoutAKnownGrant();
    void grantIsNeverLogged();
};

void TestBankClient::parameters_data()
{
    QTest::addColumn<QString>("basePath");

    QTest::newRow("base URL as announced") << QString();
    QTest::newRow("base URL with a trailing slash") << u"/"_s;
}

void TestBankClient::parameters()
{
    QFETCH(QString, basePath);

    SimulatedBank bank(mondayMorning);
    QVERIFY(bank.isListening());
    QUrl url = bank.url();
    url.setPath(basePath);
    BankClient client(url);
    client.setGrant(bank.grant());
    QCOMPARE(client.baseUrl(), url);

    const BankResult<BankParameters> answer = await<BankParameters>(
        [&](const QObject *context, auto done) { client.parameters(context, std::move(done)); });
    ODF_VERIFY_OK(answer);
    const BankParameters &parameters = answer.value();
    QCOMPARE(parameters.minimumAmount, euros(u"2500.00"));
    QCOMPARE(parameters.maximumAmount, euros(u"25000.00"));
    QCOMPARE(parameters.minimumTermDays, 15);
    QCOMPARE(parameters.maximumTermDays, 120);
    QCOMPARE(parameters.maximumAgeWorkingDays, 15);
    QCOMPARE(parameters.totalLimit, euros(u"100000.00"));
    QCOMPARE(parameters.signingWindowSeconds, 360);
    // The client's defaults are the bank's numbers.
    QVERIFY(parameters == BankParameters());
}

void TestBankClient::clock_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("bankingDay");
    QTest::addColumn<QDate>("nextBankingDay");

    QTest::newRow("Monday") << mondayMorning << true << QDate(2026, 3, 3);
    QTest::newRow("Friday") << at(QDate(2026, 3, 6), 16, 30) << true << QDate(2026, 3, 9);
    QTest::newRow("Saturday") << at(QDate(2026, 3, 7)) << false << QDate(2026, 3, 9);
    QTest::newRow("Good Friday") << at(QDate(2026, 4, 3), 11) << false << QDate(2026, 4, 7);
    QTest::newRow("26 December") << at(QDate(2025, 12, 26)) << false << QDate(2025, 12, 29);
}

void TestBankClient::clock()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, bankingDay);
    QFETCH(QDate, nextBankingDay);

    Fixture fixture(now);
    const BankResult<ClockStatus> answer = await<ClockStatus>(
        [&](const QObject *context, auto done) { fixture.client.clock(context, std::move(done)); });
    ODF_VERIFY_OK(answer);
    QCOMPARE(answer.value().now, now);
    QCOMPARE(answer.value().now.timeSpec(), Qt::UTC);
    QCOMPARE(answer.value().today, now.date());
    QCOMPARE(answer.value().bankingDay, bankingDay);
    QCOMPARE(answer.value().nextBankingDay, nextBankingDay);
    QCOMPARE(answer.value().simulation, false);
}

void TestBankClient::quote_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("customerNumber");
    QTest::addColumn<QString>("canonicalNumber");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<int>("termDays");
    QTest::addColumn<int>("ageWorkingDays");
    QTest::addColumn<int>("feeBasisPoints");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("payout");

    // The worked examples of protocol section 6.4, on Monday 2 March 2026:
    // fee = 60 + term + 25 per rating step above 1 + 0 / 10 / 20 by age.
    QTest::newRow("12,100.00, rating 1, 30 days, 0 days old")
        << u"12100.00"_s << customerRated(1) << customerRated(1) << monday << 30 << 0 << 90
        << u"108.90"_s << u"11991.10"_s;
    QTest::newRow("14,520.00, rating 2, 30 days, 6 days old, number spelled with dots")
        << u"14520.00"_s << u"BE 0200.000.142"_s << customerRated(2) << QDate(2026, 2, 20) << 30
        << 6 << 125 << u"181.50"_s << u"14338.50"_s;
    QTest::newRow("25,000.00, rating 3, 120 days, 11 days old")
        << u"25000.00"_s << customerRated(3) << customerRated(3) << QDate(2026, 2, 13) << 120 << 11
        << 250 << u"625.00"_s << u"24375.00"_s;
    QTest::newRow("2,500.01, rating 4, 15 days, 0 days old")
        << u"2500.01"_s << customerRated(4) << customerRated(4) << monday << 15 << 0 << 150
        << u"37.50"_s << u"2462.51"_s;
    QTest::newRow("2,505.00: 22.545 rounds up to 22.55")
        << u"2505.00"_s << u"0200-000-043"_s << customerRated(1) << monday << 30 << 0 << 90
        << u"22.55"_s << u"2482.45"_s;
}

void TestBankClient::quote()
{
    QFETCH(QString, amount);
    QFETCH(QString, customerNumber);
    QFETCH(QString, canonicalNumber);
    QFETCH(QDate, issueDate);
    QFETCH(int, termDays);
    QFETCH(int, ageWorkingDays);
    QFETCH(int, feeBasisPoints);
    QFETCH(QString, cost);
    QFETCH(QString, payout);

    Fixture fixture;
    const BankResult<PriceQuote> answer =
        fixture.quote(offer(u"inv-0118"_s, amount, issueDate, termDays, customerNumber));
    ODF_VERIFY_OK(answer);
    const PriceQuote &quote = answer.value();
    QCOMPARE(quote.invoiceId, u"inv-0118"_s);
    QCOMPARE(quote.invoiceNumber, u"2026-inv-0118"_s);
    QCOMPARE(quote.customerNumber, canonicalNumber);
    QCOMPARE(quote.amount, euros(amount));
    QCOMPARE(quote.termDays, termDays);
    QCOMPARE(quote.ageWorkingDays, ageWorkingDays);
    QCOMPARE(quote.feeBasisPoints, feeBasisPoints);
    QCOMPARE(quote.cost, euros(cost));
    QCOMPARE(quote.payout, euros(payout));
    QCOMPARE(quote.quotedAt, mondayMorning);
    QCOMPARE(quote.validOn, monday);

    const Quote shown = quote.toQuote();
    QCOMPARE(shown.payout, euros(payout));
    QCOMPARE(shown.cost, euros(cost));
    QCOMPARE(shown.feeBasisPoints, feeBasisPoints);
    QCOMPARE(shown.isEstimate, false);

    // A quote reserves nothing.
    const BankResult<LimitStatus> limit = fixture.limit();
    ODF_VERIFY_OK(limit);
    QCOMPARE(limit.value().reserved, euros(u"0.00"));
}

void TestBankClient::requestThenRepeat()
{
    Fixture fixture;
    const Offer invoice =
        offer(u"inv-0118"_s, u"14520.00", QDate(2026, 2, 20), 30, u"BE 0200.000.142"_s);

    const BankResult<PlacedRequest> first = fixture.place(invoice);
    ODF_VERIFY_OK(first);
    QCOMPARE(first.value().isNew, true);
    const FinancingRequest &request = first.value().request;
    QCOMPARE(request.id, u"R-000001"_s);
    QCOMPARE(request.invoiceId, u"inv-0118"_s);
    QCOMPARE(request.invoiceNumber, u"2026-inv-0118"_s);
    QCOMPARE(request.customerNumber, u"BE0200000142"_s);
    QCOMPARE(request.customerName, u"Brouwerij De Vlasbloem NV"_s);
    QCOMPARE(request.amount, euros(u"14520.00"));
    QCOMPARE(request.issueDate, QDate(2026, 2, 20));
    QCOMPARE(request.dueDate, QDate(2026, 3, 22));
    QCOMPARE(request.termDays, 30);
    QCOMPARE(request.feeBasisPoints, 125);
    QCOMPARE(request.cost, euros(u"181.50"));
    QCOMPARE(request.payout, euros(u"14338.50"));
    QCOMPARE(request.state, RequestState::AwaitingSignature);
    QCOMPARE(request.requestedAt, mondayMorning);
    QCOMPARE(request.signingDeadline, mondayMorning.addSecs(360));
    QCOMPARE(request.secondsToSign, std::optional<int>(360));
    QVERIFY(!request.signedAt.isValid());
    QVERIFY(!request.declinedAt.isValid());
    QVERIFY(!request.lapsedAt.isValid());
    QVERIFY(!request.payoutDate.isValid());
    QVERIFY(!request.settledAt.isValid());
    QCOMPARE(financingStatus(request.state), FinancingStatus::AwaitingSignature);

    // The answer was lost, say, and the client asks again: the same request, not a new one.
    fixture.bank.advanceMilliseconds(100'500);
    const BankResult<PlacedRequest> repeat = fixture.place(invoice);
    ODF_VERIFY_OK(repeat);
    QCOMPARE(repeat.value().isNew, false);
    QCOMPARE(repeat.value().request.id, request.id);
    QCOMPARE(repeat.value().request.requestedAt, request.requestedAt);
    QCOMPARE(repeat.value().request.signingDeadline, request.signingDeadline);
    QCOMPARE(repeat.value().request.payout, request.payout);
    // 259.5 seconds left, rounded up.
    QCOMPARE(repeat.value().request.secondsToSign, std::optional<int>(260));

    const BankResult<FinancingRequest> shown = fixture.show(request.id);
    ODF_VERIFY_OK(shown);
    QCOMPARE(shown.value().id, request.id);
    QCOMPARE(shown.value().state, RequestState::AwaitingSignature);

    const BankResult<LimitStatus> limit = fixture.limit();
    ODF_VERIFY_OK(limit);
    QCOMPARE(limit.value().total, euros(u"100000.00"));
    QCOMPARE(limit.value().used, euros(u"0.00"));
    QCOMPARE(limit.value().reserved, euros(u"14520.00"));
    QCOMPARE(limit.value().available, euros(u"85480.00"));
    QCOMPARE(fixture.bank.requestCount(), 1);
}

void TestBankClient::requestsForInvoice_data()
{
    QTest::addColumn<QString>("invoiceId");

    // The id travels in the query and must arrive as it was written.
    QTest::newRow("plain") << u"inv-0118"_s;
    QTest::newRow("space and ampersand") << u"inv 7 & co"_s;
    QTest::newRow("plus and equals") << u"a+b=c"_s;
    QTest::newRow("slash and question mark") << u"2026/03?x"_s;
    QTest::newRow("hash and percent") << u"#1 100%41"_s;
    QTest::newRow("not ASCII") << u"facture-été-№5"_s;
}

void TestBankClient::requestsForInvoice()
{
    QFETCH(QString, invoiceId);

    Fixture fixture;
    ODF_VERIFY_OK(fixture.place(offer(u"inv-other"_s, u"5000.00", monday)));
    const BankResult<PlacedRequest> placed = fixture.place(offer(invoiceId, u"12100.00", monday));
    ODF_VERIFY_OK(placed);
    ODF_VERIFY_OK(fixture.place(offer(u"inv-third"_s, u"2500.00", monday)));

    const BankResult<QList<FinancingRequest>> ofInvoice = fixture.requestsForInvoice(invoiceId);
    ODF_VERIFY_OK(ofInvoice);
    QCOMPARE(ofInvoice.value().size(), 1);
    QCOMPARE(ofInvoice.value().constFirst().id, placed.value().request.id);
    QCOMPARE(ofInvoice.value().constFirst().invoiceId, invoiceId);
    QCOMPARE(ofInvoice.value().constFirst().invoiceNumber, u"2026-"_s + invoiceId);

    const BankResult<QList<FinancingRequest>> none = fixture.requestsForInvoice(u"inv-none"_s);
    ODF_VERIFY_OK(none);
    QCOMPARE(none.value().size(), 0);

    // Every request, in the order it was made.
    const BankResult<QList<FinancingRequest>> all = fixture.requests();
    ODF_VERIFY_OK(all);
    QStringList ids;
    for (const FinancingRequest &request : all.value())
        ids.append(request.invoiceId);
    QCOMPARE(ids, QStringList({u"inv-other"_s, invoiceId, u"inv-third"_s}));
}

void TestBankClient::unknownRequest_data()
{
    QTest::addColumn<QString>("call");

    QTest::newRow("request") << u"request"_s;
    QTest::newRow("sign") << u"sign"_s;
    QTest::newRow("customer payment") << u"customer payment"_s;
    QTest::newRow("statement") << u"statement"_s;
}

void TestBankClient::unknownRequest()
{
    QFETCH(QString, call);

    Fixture fixture;
    std::optional<std::optional<BankError>> answer;
    QObject context;
    startCall(fixture.client, call, &context,
              [&answer](const std::optional<BankError> &error) { answer = error; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), answerWaitMilliseconds);
    QVERIFY(answer->has_value());
    const BankError &error = **answer;
    QCOMPARE(error.kind, ErrorKind::HttpError);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.code, ErrorCode::UnknownRequest);
    QCOMPARE(error.codeName, u"unknown-request"_s);
    QVERIFY(error.is(ErrorCode::UnknownRequest));
    QVERIFY(!error.detail.isEmpty());
    QVERIFY(!error.message().isEmpty());
}

void TestBankClient::signingWindow_data()
{
    QTest::addColumn<int>("elapsedMilliseconds");
    QTest::addColumn<SignDecision>("decision");
    QTest::addColumn<bool>("inTime");
    QTest::addColumn<RequestState>("state");

    // The window is half-open: [requested_at, requested_at + 6:00).
    const SignDecision accept = SignDecision::Accept;
    const SignDecision decline = SignDecision::Decline;
    QTest::newRow("accepted at once") << 0 << accept << true << RequestState::PayoutPending;
    QTest::newRow("accepted at 5:59.999")
        << 359'999 << accept << true << RequestState::PayoutPending;
    QTest::newRow("declined at 5:59.999") << 359'999 << decline << true << RequestState::Declined;
    QTest::newRow("accepted at 6:00") << 360'000 << accept << false << RequestState::Lapsed;
    QTest::newRow("accepted at 6:01") << 361'000 << accept << false << RequestState::Lapsed;
    QTest::newRow("declined at 6:00") << 360'000 << decline << false << RequestState::Lapsed;
}

void TestBankClient::signingWindow()
{
    QFETCH(int, elapsedMilliseconds);
    QFETCH(SignDecision, decision);
    QFETCH(bool, inTime);
    QFETCH(RequestState, state);

    Fixture fixture;
    const Offer invoice = offer(u"inv-1"_s, u"12100.00", monday);
    const BankResult<PlacedRequest> placed = fixture.place(invoice);
    ODF_VERIFY_OK(placed);
    const FinancingRequest &request = placed.value().request;

    fixture.bank.advanceMilliseconds(elapsedMilliseconds);
    const QDateTime signingTime = fixture.bank.now();
    const BankResult<FinancingRequest> signature = fixture.sign(request.id, decision);
    QCOMPARE(signature.isOk(), inTime);
    if (!inTime) {
        QCOMPARE(signature.error().kind, ErrorKind::HttpError);
        QCOMPARE(signature.error().httpStatus, 410);
        QCOMPARE(signature.error().code, ErrorCode::Lapsed);
        QVERIFY(!signature.error().message().isEmpty());
    }

    const BankResult<FinancingRequest> shown = fixture.show(request.id);
    ODF_VERIFY_OK(shown);
    const FinancingRequest &after = shown.value();
    QCOMPARE(after.state, state);
    QCOMPARE(after.secondsToSign, std::optional<int>());
    QCOMPARE(after.signingDeadline, request.signingDeadline);
    switch (state) {
    case RequestState::PayoutPending:
        QCOMPARE(signature.value().state, state);
        QCOMPARE(after.signedAt, signingTime);
        QCOMPARE(after.payoutDate, QDate(2026, 3, 3));
        break;
    case RequestState::Declined:
        QCOMPARE(signature.value().state, state);
        QCOMPARE(after.declinedAt, signingTime);
        QVERIFY(!after.payoutDate.isValid());
        break;
    case RequestState::Lapsed:
        QCOMPARE(after.lapsedAt, request.signingDeadline);
        QVERIFY(!after.signedAt.isValid());
        break;
    default:
        QFAIL("no such row");
    }

    // A declined or lapsed request frees its reservation, and the invoice may be requested
    // again: a new request with a new deadline.
    const BankResult<LimitStatus> limit = fixture.limit();
    ODF_VERIFY_OK(limit);
    const bool reserved = state == RequestState::PayoutPending;
    QCOMPARE(limit.value().reserved, euros(reserved ? u"12100.00" : u"0.00"));
    const BankResult<PlacedRequest> again = fixture.place(invoice);
    ODF_VERIFY_OK(again);
    QCOMPARE(again.value().isNew, !reserved);
    QCOMPARE(again.value().request.id, reserved ? request.id : u"R-000002"_s);
    if (!reserved)
        QCOMPARE(again.value().request.signingDeadline, signingTime.addSecs(360));
}

void TestBankClient::signatureRepeated_data()
{
    QTest::addColumn<SignDecision>("first");
    QTest::addColumn<SignDecision>("second");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<RequestState>("state");

    const SignDecision accept = SignDecision::Accept;
    const SignDecision decline = SignDecision::Decline;
    QTest::newRow("accepted twice")
        << accept << accept << ErrorCode::None << RequestState::PayoutPending;
    QTest::newRow("declined twice")
        << decline << decline << ErrorCode::None << RequestState::Declined;
    QTest::newRow("accepted, then declined")
        << accept << decline << ErrorCode::InvalidState << RequestState::PayoutPending;
    QTest::newRow("declined, then accepted")
        << decline << accept << ErrorCode::InvalidState << RequestState::Declined;
}

void TestBankClient::signatureRepeated()
{
    QFETCH(SignDecision, first);
    QFETCH(SignDecision, second);
    QFETCH(ErrorCode, error);
    QFETCH(RequestState, state);

    Fixture fixture;
    const BankResult<PlacedRequest> placed = fixture.place(offer(u"inv-1"_s, u"12100.00", monday));
    ODF_VERIFY_OK(placed);
    const QString id = placed.value().request.id;
    const BankResult<FinancingRequest> once = fixture.sign(id, first);
    ODF_VERIFY_OK(once);

    fixture.bank.advanceMilliseconds(10'000);
    const BankResult<FinancingRequest> twice = fixture.sign(id, second);
    if (error == ErrorCode::None) {
        // A repeat after a lost answer is answered like the first.
        ODF_VERIFY_OK(twice);
        QCOMPARE(twice.value().state, state);
        QCOMPARE(twice.value().signedAt, once.value().signedAt);
        QCOMPARE(twice.value().declinedAt, once.value().declinedAt);
    } else {
        QVERIFY(!twice.isOk());
        QCOMPARE(twice.error().httpStatus, 409);
        QCOMPARE(twice.error().code, error);
        QVERIFY(!twice.error().message().isEmpty());
    }
    const BankResult<FinancingRequest> shown = fixture.show(id);
    ODF_VERIFY_OK(shown);
    QCOMPARE(shown.value().state, state);
}

void TestBankClient::payoutOnTheNextBankingDay_data()
{
    QTest::addColumn<QDate>("signingDay");
    QTest::addColumn<QDate>("payoutDate");

    QTest::newRow("Monday: Tuesday") << monday << QDate(2026, 3, 3);
    QTest::newRow("Friday: Monday") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("Thursday before Easter: Tuesday after Easter Monday")
        << QDate(2026, 4, 2) << QDate(2026, 4, 7);
    QTest::newRow("24 December 2025: 29 December") << QDate(2025, 12, 24) << QDate(2025, 12, 29);
    QTest::newRow("31 December 2025: 2 January 2026") << QDate(2025, 12, 31) << QDate(2026, 1, 2);
}

void TestBankClient::payoutOnTheNextBankingDay()
{
    QFETCH(QDate, signingDay);
    QFETCH(QDate, payoutDate);

    Fixture fixture(at(signingDay, 16));
    const QString id = fixture.placeAndSign(offer(u"inv-1"_s, u"12100.00", signingDay));
    QVERIFY(!id.isEmpty());
    const BankResult<FinancingRequest> signedRequest = fixture.show(id);
    ODF_VERIFY_OK(signedRequest);
    QCOMPARE(signedRequest.value().state, RequestState::PayoutPending);
    QCOMPARE(signedRequest.value().payoutDate, payoutDate);

    // The bank pays from 00:00 of the payout date, not a millisecond earlier.
    fixture.bank.setNow(QDateTime(payoutDate, QTime(0, 0)).addMSecs(-1));
    const BankResult<FinancingRequest> evening = fixture.show(id);
    ODF_VERIFY_OK(evening);
    QCOMPARE(evening.value().state, RequestState::PayoutPending);

    fixture.bank.setNow(QDateTime(payoutDate, QTime(0, 0)));
    const BankResult<FinancingRequest> paidOut = fixture.show(id);
    ODF_VERIFY_OK(paidOut);
    QCOMPARE(paidOut.value().state, RequestState::Financed);
    QCOMPARE(paidOut.value().payoutDate, payoutDate);
    QCOMPARE(financingStatus(paidOut.value().state), FinancingStatus::Financed);

    const BankResult<LimitStatus> limit = fixture.limit();
    ODF_VERIFY_OK(limit);
    QCOMPARE(limit.value().used, euros(u"12100.00"));
    QCOMPARE(limit.value().reserved, euros(u"0.00"));
}

void TestBankClient::customerPaymentSettles()
{
    Fixture fixture;
    const QString id = fixture.placeAndSign(offer(u"inv-1"_s, u"12100.00", monday));
    QVERIFY(!id.isEmpty());

    // Not paid out yet: the customer cannot pay the bank.
    const BankResult<FinancingRequest> early = fixture.customerPays(id);
    QVERIFY(!early.isOk());
    QCOMPARE(early.error().httpStatus, 409);
    QCOMPARE(early.error().code, ErrorCode::InvalidState);

    fixture.bank.setNow(at(QDate(2026, 3, 3)));
    const BankResult<LimitStatus> financed = fixture.limit();
    ODF_VERIFY_OK(financed);
    QCOMPARE(financed.value().used, euros(u"12100.00"));
    QCOMPARE(financed.value().available, euros(u"87900.00"));

    fixture.bank.setNow(at(QDate(2026, 3, 20), 14));
    const BankResult<FinancingRequest> settled = fixture.customerPays(id);
    ODF_VERIFY_OK(settled);
    QCOMPARE(settled.value().state, RequestState::Settled);
    QCOMPARE(settled.value().settledAt, at(QDate(2026, 3, 20), 14));
    QCOMPARE(financingStatus(settled.value().state), FinancingStatus::Settled);

    // Revolving: the settled amount no longer counts.
    const BankResult<LimitStatus> freed = fixture.limit();
    ODF_VERIFY_OK(freed);
    QCOMPARE(freed.value().used, euros(u"0.00"));
    QCOMPARE(freed.value().available, euros(u"100000.00"));

    fixture.bank.advanceMilliseconds(60'000);
    const BankResult<FinancingRequest> repeat = fixture.customerPays(id);
    ODF_VERIFY_OK(repeat);
    QCOMPARE(repeat.value().state, RequestState::Settled);
    QCOMPARE(repeat.value().settledAt, settled.value().settledAt);
}

void TestBankClient::statement()
{
    Fixture fixture;
    const QString id = fixture.placeAndSign(
        offer(u"inv-0118"_s, u"14520.00", QDate(2026, 2, 20), 30, customerRated(2)));
    QVERIFY(!id.isEmpty());
    const QDateTime signedAt = fixture.bank.now();

    const BankResult<CostStatement> early = fixture.statement(id);
    QVERIFY(!early.isOk());
    QCOMPARE(early.error().httpStatus, 409);
    QCOMPARE(early.error().code, ErrorCode::InvalidState);

    fixture.bank.setNow(at(QDate(2026, 3, 3)));
    const BankResult<CostStatement> financed = fixture.statement(id);
    ODF_VERIFY_OK(financed);
    const CostStatement &statement = financed.value();
    QCOMPARE(statement.requestId, id);
    QCOMPARE(statement.invoiceId, u"inv-0118"_s);
    QCOMPARE(statement.invoiceNumber, u"2026-inv-0118"_s);
    QCOMPARE(statement.customerNumber, customerRated(2));
    QCOMPARE(statement.customerName, u"Brouwerij De Vlasbloem NV"_s);
    QCOMPARE(statement.state, RequestState::Financed);
    QCOMPARE(statement.amount, euros(u"14520.00"));
    QCOMPARE(statement.feeBasisPoints, 125);
    QCOMPARE(statement.cost, euros(u"181.50"));
    QCOMPARE(statement.payout, euros(u"14338.50"));
    QCOMPARE(statement.issueDate, QDate(2026, 2, 20));
    QCOMPARE(statement.dueDate, QDate(2026, 3, 22));
    QCOMPARE(statement.termDays, 30);
    QCOMPARE(statement.requestedAt, mondayMorning);
    QCOMPARE(statement.signedAt, signedAt);
    QCOMPARE(statement.payoutDate, QDate(2026, 3, 3));
    QVERIFY(!statement.settledAt.isValid());

    ODF_VERIFY_OK(fixture.customerPays(id));
    const BankResult<CostStatement> settled = fixture.statement(id);
    ODF_VERIFY_OK(settled);
    QCOMPARE(settled.value().state, RequestState::Settled);
    QCOMPARE(settled.value().settledAt, at(QDate(2026, 3, 3)));
    QCOMPARE(settled.value().cost, euros(u"181.50"));
}

void TestBankClient::statementsForAPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("invoiceIds");
    QTest::addColumn<QString>("totalAmount");
    QTest::addColumn<QString>("totalCost");
    QTest::addColumn<QString>("totalPayout");

    // Paid out on Tuesday 3 (a), Wednesday 4 (b) and Thursday 5 March (c); 90 bp each.
    const QStringList all {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("the whole month") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << all
                                     << u"27100.00"_s << u"243.90"_s << u"26856.10"_s;
    QTest::newRow("one day") << QDate(2026, 3, 4) << QDate(2026, 3, 4) << QStringList {u"b"_s}
                             << u"12100.00"_s << u"108.90"_s << u"11991.10"_s;
    QTest::newRow("open start") << QDate() << QDate(2026, 3, 4) << QStringList {u"a"_s, u"b"_s}
                                << u"22100.00"_s << u"198.90"_s << u"21901.10"_s;
    QTest::newRow("open end") << QDate(2026, 3, 4) << QDate() << QStringList {u"b"_s, u"c"_s}
                              << u"17100.00"_s << u"153.90"_s << u"16946.10"_s;
    QTest::newRow("both ends open")
        << QDate() << QDate() << all << u"27100.00"_s << u"243.90"_s << u"26856.10"_s;
    QTest::newRow("nothing paid out") << QDate(2026, 4, 1) << QDate(2026, 4, 30) << QStringList()
                                      << u"0.00"_s << u"0.00"_s << u"0.00"_s;
}

void TestBankClient::statementsForAPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, invoiceIds);
    QFETCH(QString, totalAmount);
    QFETCH(QString, totalCost);
    QFETCH(QString, totalPayout);

    Fixture fixture;
    // Signed on Monday, Tuesday and Wednesday; the one signed last is requested first, so
    // the order by payout date is not the order of the requests.
    const BankResult<PlacedRequest> c = fixture.place(offer(u"c"_s, u"5000.00", monday));
    ODF_VERIFY_OK(c);
    QVERIFY(!fixture.placeAndSign(offer(u"a"_s, u"10000.00", monday)).isEmpty());
    fixture.bank.setNow(at(QDate(2026, 3, 3)));
    QVERIFY(!fixture.placeAndSign(offer(u"b"_s, u"12100.00", monday)).isEmpty());
    fixture.bank.setNow(at(QDate(2026, 3, 4)));
    // Its signing window closed long ago; a request made anew is signed today.
    QVERIFY(!fixture.placeAndSign(offer(u"c"_s, u"5000.00", monday)).isEmpty());
    // Settled statements count as well.
    fixture.bank.setNow(at(QDate(2026, 3, 6)));
    ODF_VERIFY_OK(fixture.customerPays(u"R-000002"_s));

    const BankResult<StatementPeriod> answer = fixture.statements(from, to);
    ODF_VERIFY_OK(answer);
    const StatementPeriod &period = answer.value();
    QCOMPARE(period.from, from);
    QCOMPARE(period.to, to);
    QStringList ids;
    for (const CostStatement &statement : period.statements)
        ids.append(statement.invoiceId);
    QCOMPARE(ids, invoiceIds);
    QCOMPARE(period.totalAmount, euros(totalAmount));
    QCOMPARE(period.totalCost, euros(totalCost));
    QCOMPARE(period.totalPayout, euros(totalPayout));
}

void TestBankClient::statementsForAPeriodThatEndsBeforeItStarts()
{
    Fixture fixture;
    const BankResult<StatementPeriod> answer =
        fixture.statements(QDate(2026, 3, 31), QDate(2026, 3, 1));
    QVERIFY(!answer.isOk());
    QCOMPARE(answer.error().httpStatus, 400);
    QCOMPARE(answer.error().code, ErrorCode::InvalidField);
    QCOMPARE(answer.error().field, u"to"_s);
    QVERIFY(!answer.error().message().isEmpty());
}

void TestBankClient::limit_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("secondFits");
    QTest::addColumn<QString>("available");

    // On top of 75,000.00 already reserved. Each of the two fits on its own.
    QTest::newRow("together above the limit")
        << u"20000.00"_s << u"10000.00"_s << false << u"5000.00"_s;
    QTest::newRow("together exactly at the limit")
        << u"20000.00"_s << u"5000.00"_s << true << u"0.00"_s;
    QTest::newRow("one cent above the limit")
        << u"20000.00"_s << u"5000.01"_s << false << u"5000.00"_s;
}

void TestBankClient::limit()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, secondFits);
    QFETCH(QString, available);

    Fixture fixture;
    // Financed, reserved by a signature, and awaiting one: all three count.
    const QString financed = fixture.placeAndSign(offer(u"inv-1"_s, u"25000.00", monday));
    QVERIFY(!financed.isEmpty());
    fixture.bank.setNow(at(QDate(2026, 3, 3)));
    QVERIFY(!fixture.placeAndSign(offer(u"inv-2"_s, u"25000.00", monday)).isEmpty());
    ODF_VERIFY_OK(fixture.place(offer(u"inv-3"_s, u"25000.00", monday)));
    const BankResult<LimitStatus> before = fixture.limit();
    ODF_VERIFY_OK(before);
    QCOMPARE(before.value().used, euros(u"25000.00"));
    QCOMPARE(before.value().reserved, euros(u"50000.00"));
    QCOMPARE(before.value().available, euros(u"25000.00"));

    ODF_VERIFY_OK(fixture.place(offer(u"inv-4"_s, first, monday)));
    const BankResult<PlacedRequest> placed = fixture.place(offer(u"inv-5"_s, second, monday));
    QCOMPARE(placed.isOk(), secondFits);
    if (!secondFits) {
        QCOMPARE(placed.error().kind, ErrorKind::HttpError);
        QCOMPARE(placed.error().httpStatus, 409);
        QCOMPARE(placed.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(placed.error().codeName, u"limit-exceeded"_s);
        QVERIFY(!placed.error().message().isEmpty());
    }
    const BankResult<LimitStatus> after = fixture.limit();
    ODF_VERIFY_OK(after);
    QCOMPARE(after.value().total, euros(u"100000.00"));
    QCOMPARE(after.value().used, euros(u"25000.00"));
    QCOMPARE(after.value().available, euros(available));
    QCOMPARE(after.value().used + after.value().reserved + after.value().available,
             euros(u"100000.00"));

    // A settlement frees room again.
    ODF_VERIFY_OK(fixture.customerPays(financed));
    const BankResult<PlacedRequest> retried = fixture.place(offer(u"inv-5"_s, second, monday));
    ODF_VERIFY_OK(retried);
}

void TestBankClient::refused_data()
{
    QTest::addColumn<QString>("customerNumber");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<int>("termDays");

    // The refusal list, and rating 4 beyond 90 days or 10 working days.
    QTest::newRow("BE0440440475") << u"BE0440440475"_s << monday << 30;
    QTest::newRow("BE 0440.440.475 as written") << u"BE 0440.440.475"_s << monday << 30;
    QTest::newRow("BE0880880853") << u"BE0880880853"_s << monday << 30;
    QTest::newRow("BE1010101085") << u"BE1010101085"_s << monday << 30;
    QTest::newRow("rating 4, 91 days") << customerRated(4) << monday << 91;
    QTest::newRow("rating 4, 11 working days old") << customerRated(4) << QDate(2026, 2, 13) << 30;
}

void TestBankClient::refused()
{
    QFETCH(QString, customerNumber);
    QFETCH(QDate, issueDate);
    QFETCH(int, termDays);

    Fixture fixture;
    const Offer invoice = offer(u"inv-1"_s, u"12100.00", issueDate, termDays, customerNumber);
    const BankResult<PriceQuote> quote = fixture.quote(invoice);
    const BankResult<PlacedRequest> placed = fixture.place(invoice);
    QVERIFY(!quote.isOk());
    QVERIFY(!placed.isOk());
    for (const BankError &error : {quote.error(), placed.error()}) {
        QCOMPARE(error.kind, ErrorKind::HttpError);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, ErrorCode::Refused);
        QVERIFY(error.is(ErrorCode::Refused));
        // No reason is given, so none is read.
        QCOMPARE(error.rules, QStringList());
        QVERIFY(!error.message().isEmpty());
    }
    // A refused invoice leaves no trace at the bank.
    QCOMPARE(fixture.bank.requestCount(), 0);
}

void TestBankClient::rulesNotMet_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<int>("termDays");
    QTest::addColumn<QString>("customerNumber");
    QTest::addColumn<QStringList>("rules");

    const QString ok = u"12100.00"_s;
    const QString eur = u"EUR"_s;
    const QString rated1 = customerRated(1);
    QTest::newRow("amount") << u"2499.99"_s << eur << monday << 30 << rated1
                            << QStringList {u"amount"_s};
    QTest::newRow("term") << ok << eur << monday << 14 << rated1 << QStringList {u"term"_s};
    QTest::newRow("age: 16 working days")
        << ok << eur << QDate(2026, 2, 6) << 30 << rated1 << QStringList {u"age"_s};
    QTest::newRow("vat-number") << ok << eur << monday << 30 << u"BE0200000044"_s
                                << QStringList {u"vat-number"_s};
    QTest::newRow("currency alone")
        << u"30000.00"_s << u"USD"_s << monday << 10 << rated1 << QStringList {u"currency"_s};
    QTest::newRow("all that fail, in the specification's order")
        << u"30000.00"_s << eur << QDate(2026, 2, 6) << 200 << QString()
        << QStringList {u"amount"_s, u"term"_s, u"age"_s, u"vat-number"_s};
}

void TestBankClient::rulesNotMet()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QDate, issueDate);
    QFETCH(int, termDays);
    QFETCH(QString, customerNumber);
    QFETCH(QStringList, rules);

    Fixture fixture;
    Offer invoice = offer(u"inv-1"_s, u"0.00", issueDate, termDays, customerNumber);
    invoice.amount = *Money::fromDecimalString(amount, currency);
    const BankResult<PriceQuote> quote = fixture.quote(invoice);
    const BankResult<PlacedRequest> placed = fixture.place(invoice);
    QVERIFY(!quote.isOk());
    QVERIFY(!placed.isOk());
    for (const BankError &error : {quote.error(), placed.error()}) {
        QCOMPARE(error.kind, ErrorKind::HttpError);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, ErrorCode::RulesNotMet);
        QCOMPARE(error.codeName, u"rules-not-met"_s);
        QCOMPARE(error.rules, rules);
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(!error.message().isEmpty());
    }
    QCOMPARE(fixture.bank.requestCount(), 0);
}

void TestBankClient::invalidOffer_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    // What the client sends for values an invoice may lack: null, which the bank names.
    QTest::newRow("no due date") << u"due date"_s << ErrorCode::MissingField << u"due_date"_s;
    QTest::newRow("no issue date") << u"issue date"_s << ErrorCode::MissingField << u"issue_date"_s;
    QTest::newRow("no invoice id") << u"invoice id"_s << ErrorCode::InvalidField << u"invoice_id"_s;
}

void TestBankClient::invalidOffer()
{
    QFETCH(QString, change);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    Fixture fixture;
    Offer invoice = offer(u"inv-1"_s, u"12100.00", monday);
    if (change == u"due date")
        invoice.dueDate = QDate();
    else if (change == u"issue date")
        invoice.issueDate = QDate();
    else
        invoice.invoiceId.clear();
    const BankResult<PlacedRequest> placed = fixture.place(invoice);
    QVERIFY(!placed.isOk());
    QCOMPARE(placed.error().httpStatus, 400);
    QCOMPARE(placed.error().code, code);
    QCOMPARE(placed.error().field, field);
    QVERIFY(placed.error().message().contains(field));
}

void TestBankClient::moveSimulatedClock_data()
{
    QTest::addColumn<ClockMove>("move");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("bankingDay");
    QTest::addColumn<QDate>("nextBankingDay");

    // From Friday 6 March 2026, 10:00.
    const QDate friday(2026, 3, 6);
    QTest::newRow("to a time") << ClockMove::toTime(at(friday, 15, 30)) << at(friday, 15, 30)
                               << true << QDate(2026, 3, 9);
    const QDateTime withOffset(friday, QTime(18, 0), Qt::OffsetFromUTC, 3 * 3600);
    QTest::newRow("to a time with an offset")
        << ClockMove::toTime(withOffset) << withOffset << true << QDate(2026, 3, 9);
    QTest::newRow("by 359 seconds")
        << ClockMove::bySeconds(359) << at(friday, 10).addSecs(359) << true << QDate(2026, 3, 9);
    QTest::newRow("by a day") << ClockMove::byDays(1) << at(QDate(2026, 3, 7), 10) << false
                              << QDate(2026, 3, 9);
    QTest::newRow("to the next banking day")
        << ClockMove::toNextBankingDay() << at(QDate(2026, 3, 9), 9) << true << QDate(2026, 3, 10);
}

void TestBankClient::moveSimulatedClock()
{
    QFETCH(ClockMove, move);
    QFETCH(QDateTime, now);
    QFETCH(bool, bankingDay);
    QFETCH(QDate, nextBankingDay);

    Fixture fixture(at(QDate(2026, 3, 6), 10), true);
    const BankResult<ClockStatus> moved = fixture.moveClock(move);
    ODF_VERIFY_OK(moved);
    QCOMPARE(moved.value().now, now);
    QCOMPARE(moved.value().today, now.toLocalTime().date());
    QCOMPARE(moved.value().bankingDay, bankingDay);
    QCOMPARE(moved.value().nextBankingDay, nextBankingDay);
    QCOMPARE(moved.value().simulation, true);
    QCOMPARE(fixture.bank.now(), now);
}

void TestBankClient::moveSimulatedClockBackwards()
{
    Fixture fixture(mondayMorning, true);
    const BankResult<ClockStatus> moved =
        fixture.moveClock(ClockMove::toTime(mondayMorning.addMSecs(-1)));
    QVERIFY(!moved.isOk());
    QCOMPARE(moved.error().httpStatus, 409);
    QCOMPARE(moved.error().code, ErrorCode::ClockBackwards);
    QVERIFY(!moved.error().message().isEmpty());
    QCOMPARE(fixture.bank.now(), mondayMorning);
}

void TestBankClient::moveSimulatedClockWithoutSimulation()
{
    Fixture fixture(mondayMorning, false);
    const BankResult<ClockStatus> moved = fixture.moveClock(ClockMove::toNextBankingDay());
    QVERIFY(!moved.isOk());
    QCOMPARE(moved.error().kind, ErrorKind::HttpError);
    QCOMPARE(moved.error().httpStatus, 403);
    QCOMPARE(moved.error().code, ErrorCode::SimulationDisabled);
    QVERIFY(!moved.error().message().isEmpty());
    QCOMPARE(fixture.bank.now(), mondayMorning);
}

void TestBankClient::transportFailure_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<BrokenServer::Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ErrorCode>("code");

    using B = BrokenServer::Behaviour;
    const QString get = u"parameters"_s;
    const QString post = u"request financing"_s;
    const auto http = [](int status, const QByteArray &body,
                         const QByteArray &type = "application/json") {
        return BrokenServer::httpAnswer(status, body, type);
    };
    const QByteArray none;

    QTest::newRow("nothing listens")
        << get << B::Absent << none << ErrorKind::ConnectionRefused << 0 << ErrorCode::None;
    QTest::newRow("nothing listens, POST")
        << post << B::Absent << none << ErrorKind::ConnectionRefused << 0 << ErrorCode::None;
    QTest::newRow("silent") << get << B::Silent << none << ErrorKind::Timeout << 0
                            << ErrorCode::None;
    QTest::newRow("silent, POST") << post << B::Silent << none << ErrorKind::Timeout << 0
                                  << ErrorCode::None;
    QTest::newRow("answers after the time limit")
        << get << B::AnswerLate << http(200, parametersJson()) << ErrorKind::Timeout << 0
        << ErrorCode::None;
    QTest::newRow("trickles and never finishes")
        << get << B::Trickle << none << ErrorKind::Timeout << 0 << ErrorCode::None;
    QTest::newRow("closes without a word")
        << get << B::Close << none << ErrorKind::ConnectionLost << 0 << ErrorCode::None;
    QTest::newRow("closes without a word, POST")
        << post << B::Close << none << ErrorKind::ConnectionLost << 0 << ErrorCode::None;
    const QByteArray truncated = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 500\r\nConnection: close\r\n\r\n{\"currency\"";
    QTest::newRow("closes in the middle of the answer")
        << get << B::Answer << truncated << ErrorKind::ConnectionLost << 0 << ErrorCode::None;
    // Qt takes a first line that is not an HTTP status line for a connection that broke.
    QTest::newRow("not HTTP at all") << get << B::Answer << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                                     << ErrorKind::ConnectionLost << 0 << ErrorCode::None;
    QTest::newRow("500 with an error object")
        << get << B::Answer << http(500, R"({"error": "internal", "message": "boom"})")
        << ErrorKind::HttpError << 500 << ErrorCode::Other;
    QTest::newRow("500 without a body")
        << get << B::Answer << http(500, {}) << ErrorKind::HttpError << 500 << ErrorCode::None;
    QTest::newRow("503 with a web page")
        << post << B::Answer << http(503, "<html><body>Down</body></html>", "text/html")
        << ErrorKind::HttpError << 503 << ErrorCode::None;
    QTest::newRow("409 with a code of the protocol")
        << post << B::Answer
        << http(409, R"({"error": "limit-exceeded", "message": "full", "extra": [1]})")
        << ErrorKind::HttpError << 409 << ErrorCode::LimitExceeded;
    QTest::newRow("200 that is not JSON")
        << get << B::Answer << http(200, "<html>Welcome</html>", "text/html")
        << ErrorKind::MalformedReply << 0 << ErrorCode::None;
    QTest::newRow("200 with a JSON array") << get << B::Answer << http(200, "[1, 2, 3]")
                                           << ErrorKind::MalformedReply << 0 << ErrorCode::None;
    QTest::newRow("200 with an empty body")
        << get << B::Answer << http(200, {}) << ErrorKind::MalformedReply << 0 << ErrorCode::None;
    QTest::newRow("200 with members missing")
        << get << B::Answer << http(200, R"({"currency": "EUR"})") << ErrorKind::MalformedReply << 0
        << ErrorCode::None;
    QByteArray numberAmount = parametersJson();
    numberAmount.replace(R"("2500.00")", "2500");
    QTest::newRow("200 with an amount as a JSON number")
        << get << B::Answer << http(200, numberAmount) << ErrorKind::MalformedReply << 0
        << ErrorCode::None;
    QByteArray oneDecimal = parametersJson();
    oneDecimal.replace(R"("2500.00")", R"("2500.0")");
    QTest::newRow("200 with an amount with one decimal")
        << get << B::Answer << http(200, oneDecimal) << ErrorKind::MalformedReply << 0
        << ErrorCode::None;
    QByteArray fraction = parametersJson();
    fraction.replace("360", "360.5");
    QTest::newRow("200 with a fraction for a whole number")
        << get << B::Answer << http(200, fraction) << ErrorKind::MalformedReply << 0
        << ErrorCode::None;
    QTest::newRow("201 with a state the protocol does not know")
        << post << B::Answer << http(201, requestJson("pondering")) << ErrorKind::MalformedReply
        << 0 << ErrorCode::None;
    const QByteArray huge =
        R"({"x": ")" + QByteArray(int(BankClient::maximumAnswerBytes) + 1024, 'x') + R"("})";
    QTest::newRow("an answer larger than the protocol can produce")
        << get << B::Answer << http(200, huge) << ErrorKind::MalformedReply << 0 << ErrorCode::None;
    const QByteArray hugeHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: 5000000\r\n\r\n{";
    QTest::newRow("an answer announced larger than the protocol can produce")
        << get << B::Trickle << hugeHead << ErrorKind::MalformedReply << 0 << ErrorCode::None;
    QTest::newRow("400 with a code of the protocol")
        << post << B::Answer
        << http(400, R"({"error": "missing-field", "field": "due_date", "message": "no"})")
        << ErrorKind::HttpError << 400 << ErrorCode::MissingField;
    QTest::newRow("404 without a body")
        << get << B::Answer << http(404, {}) << ErrorKind::HttpError << 404 << ErrorCode::None;
    QTest::newRow("401 unauthorized")
        << post << B::Answer << http(401, R"({"error": "unauthorized", "message": "no"})")
        << ErrorKind::HttpError << 401 << ErrorCode::Unauthorized;
    QTest::newRow("401 authorization expired")
        << get << B::Answer << http(401, R"({"error": "authorization-expired", "message": "old"})")
        << ErrorKind::HttpError << 401 << ErrorCode::AuthorizationExpired;
    // A challenge as other servers send it: Qt must not swallow the answer.
    const QByteArray expiredBody = R"({"error": "authorization-expired"})";
    const QByteArray challenged = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                                  "WWW-Authenticate: Bearer realm=\"kbc\"\r\nContent-Length: "
        + QByteArray::number(expiredBody.size()) + "\r\nConnection: close\r\n\r\n" + expiredBody;
    QTest::newRow("401 with a bearer challenge")
        << get << B::Answer << challenged << ErrorKind::HttpError << 401
        << ErrorCode::AuthorizationExpired;
}

void TestBankClient::transportFailure()
{
    QFETCH(QString, call);
    QFETCH(BrokenServer::Behaviour, behaviour);
    QFETCH(QByteArray, answer);
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    QFETCH(ErrorCode, code);

    // A late answer comes well after the time limit, and still before the test gives up.
    BrokenServer server(behaviour, answer, 4 * shortTimeoutMilliseconds);
    QVERIFY(server.isReady());
    BankClient client(server.url());
    client.setTimeoutMilliseconds(shortTimeoutMilliseconds);
    QCOMPARE(client.timeoutMilliseconds(), shortTimeoutMilliseconds);

    std::optional<std::optional<BankError>> result;
    QObject context;
    QElapsedTimer elapsed;
    elapsed.start();
    startCall(client, call, &context,
              [&result](const std::optional<BankError> &error) { result = error; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), answerWaitMilliseconds);
    QVERIFY2(result->has_value(), "the call succeeded");
    const BankError &error = **result;
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.code, code);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.message().contains(u"%1"));
    if (kind == ErrorKind::Timeout) {
        QCOMPARE(error.timeoutMilliseconds, shortTimeoutMilliseconds);
        // Timers may fire a little early, never much.
        QVERIFY2(elapsed.elapsed() >= shortTimeoutMilliseconds * 9 / 10,
                 QByteArray::number(elapsed.elapsed()).constData());
    } else {
        QCOMPARE(error.timeoutMilliseconds, 0);
    }
    if (kind != ErrorKind::HttpError)
        QVERIFY(!error.detail.isEmpty());
    QCOMPARE(client.pendingCalls(), 0);
}

void TestBankClient::unknownMembersAreIgnored()
{
    // A newer bank may add members; the client reads what it knows.
    BrokenServer server(BrokenServer::Behaviour::Answer,
                        BrokenServer::httpAnswer(
                            200, parametersJson(R"(, "overdraft": {"allowed": [true, null]})")));
    QVERIFY(server.isReady());
    BankClient client(server.url());
    const BankResult<BankParameters> answer = await<BankParameters>(
        [&](const QObject *context, auto done) { client.parameters(context, std::move(done)); });
    ODF_VERIFY_OK(answer);
    QVERIFY(answer.value() == BankParameters());
    QCOMPARE(server.callCount(), 1);
}

void TestBankClient::errorMessage_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("shows");

    QTest::newRow("connection refused")
        << ErrorKind::ConnectionRefused << 0 << ErrorCode::None << QString();
    QTest::newRow("connection lost")
        << ErrorKind::ConnectionLost << 0 << ErrorCode::None << QString();
    QTest::newRow("timeout") << ErrorKind::Timeout << 0 << ErrorCode::None << u"2"_s;
    QTest::newRow("network error")
        << ErrorKind::NetworkError << 0 << ErrorCode::None << u"the detail"_s;
    QTest::newRow("malformed reply")
        << ErrorKind::MalformedReply << 0 << ErrorCode::None << QString();
    const ErrorCode codes[] = {ErrorCode::None,
                               ErrorCode::Other,
                               ErrorCode::MalformedJson,
                               ErrorCode::MissingField,
                               ErrorCode::InvalidField,
                               ErrorCode::Unauthorized,
                               ErrorCode::AuthorizationExpired,
                               ErrorCode::SimulationDisabled,
                               ErrorCode::NotFound,
                               ErrorCode::UnknownRequest,
                               ErrorCode::MethodNotAllowed,
                               ErrorCode::LimitExceeded,
                               ErrorCode::AlreadyRequested,
                               ErrorCode::InvalidState,
                               ErrorCode::ClockBackwards,
                               ErrorCode::Lapsed,
                               ErrorCode::RulesNotMet,
                               ErrorCode::Refused};
    for (const ErrorCode code : codes) {
        char *name = BankApi::toString(code);
        const int status = code == ErrorCode::None || code == ErrorCode::Other ? 500 : 400;
        QTest::addRow("HTTP error %s", name) << ErrorKind::HttpError << status << code << QString();
        delete[] name;
    }
    QTest::newRow("server error") << ErrorKind::HttpError << 503 << ErrorCode::None << u"503"_s;
    QTest::newRow("missing field")
        << ErrorKind::HttpError << 400 << ErrorCode::MissingField << u"due_date"_s;
}

void TestBankClient::errorMessage()
{
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    QFETCH(ErrorCode, code);
    QFETCH(QString, shows);

    BankError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.code = code;
    error.timeoutMilliseconds = 1'500;
    error.detail = u"the detail"_s;
    error.field = u"due_date"_s;
    const QString message = error.message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(u'%'), qPrintable(message));
    QVERIFY2(message.contains(shows), qPrintable(message));
}

void TestBankClient::destroyedContextNeverHearsTheAnswer_data()
{
    QTest::addColumn<QString>("bank");

    QTest::newRow("the bank answers") << u"simulated"_s;
    QTest::newRow("the bank answers late") << u"late"_s;
    // The default time limit is ten seconds: an answer within the wait below comes from the
    // call being abandoned, not from its time running out.
    QTest::newRow("the bank is silent") << u"silent"_s;
}

void TestBankClient::destroyedContextNeverHearsTheAnswer()
{
    QFETCH(QString, bank);

    std::unique_ptr<SimulatedBank> simulated;
    std::unique_ptr<BrokenServer> broken;
    QUrl url;
    if (bank == u"simulated") {
        simulated = std::make_unique<SimulatedBank>(mondayMorning);
        url = simulated->url();
    } else {
        broken = std::make_unique<BrokenServer>(
            bank == u"late" ? BrokenServer::Behaviour::AnswerLate : BrokenServer::Behaviour::Silent,
            BrokenServer::httpAnswer(200, parametersJson()), 200);
        url = broken->url();
    }
    BankClient client(url);
    QCOMPARE(client.timeoutMilliseconds(), BankClient::defaultTimeoutMilliseconds);

    int abandonedAnswers = 0;
    int liveAnswers = 0;
    auto doomed = std::make_unique<QObject>();
    QObject alive;
    client.parameters(doomed.get(), [&abandonedAnswers](const BankResult<BankParameters> &) {
        ++abandonedAnswers;
    });
    // Calls of other contexts go on. A silent bank would keep this one waiting for ten seconds.
    const bool answered = bank != u"silent";
    if (answered)
        client.parameters(&alive,
                          [&liveAnswers](const BankResult<BankParameters> &) { ++liveAnswers; });
    QCOMPARE(client.pendingCalls(), answered ? 2 : 1);
    doomed.reset();

    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCalls(), 0, 3'000);
    QCOMPARE(abandonedAnswers, 0);
    QCOMPARE(liveAnswers, answered ? 1 : 0);
}

void TestBankClient::pendingCallsReturnToZero_data()
{
    QTest::addColumn<QString>("bank");

    QTest::newRow("the bank answers") << u"simulated"_s;
    QTest::newRow("nothing listens") << u"absent"_s;
    QTest::newRow("the bank is silent") << u"silent"_s;
}

void TestBankClient::pendingCallsReturnToZero()
{
    QFETCH(QString, bank);

    std::unique_ptr<SimulatedBank> simulated;
    std::unique_ptr<BrokenServer> broken;
    QUrl url;
    if (bank == u"simulated") {
        simulated = std::make_unique<SimulatedBank>(mondayMorning);
        url = simulated->url();
    } else {
        broken = std::make_unique<BrokenServer>(
            bank == u"absent" ? BrokenServer::Behaviour::Absent : BrokenServer::Behaviour::Silent);
        url = broken->url();
    }
    BankClient client(url);
    client.setTimeoutMilliseconds(shortTimeoutMilliseconds);
    if (simulated)
        client.setGrant(simulated->grant());

    int answers = 0;
    int failures = 0;
    const auto count = [&answers, &failures](const auto &result) {
        ++answers;
        failures += result.isOk() ? 0 : 1;
    };
    QCOMPARE(client.pendingCalls(), 0);
    client.parameters(this, count);
    client.clock(this, count);
    client.limit(this, count);
    client.requests(this, count);
    QCOMPARE(client.pendingCalls(), 4);
    // Answers arrive from the event loop, never inside the call that asked.
    QCOMPARE(answers, 0);

    QTRY_COMPARE_WITH_TIMEOUT(answers, 4, answerWaitMilliseconds);
    QCOMPARE(client.pendingCalls(), 0);
    QCOMPARE(failures, bank == u"simulated" ? 0 : 4);
}

void TestBankClient::callsWithoutAGrantNeedAuthorization_data()
{
    QTest::addColumn<QString>("call");

    for (const char *call : {"request financing", "request", "sign", "statement"})
        QTest::newRow(call) << QString::fromLatin1(call);
}

void TestBankClient::callsWithoutAGrantNeedAuthorization()
{
    QFETCH(QString, call);

    SimulatedBank bank(mondayMorning);
    BankClient client(bank.url());
    QVERIFY(!client.hasGrant());

    std::optional<std::optional<BankError>> result;
    QObject context;
    startCall(client, call, &context,
              [&result](const std::optional<BankError> &error) { result = error; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), answerWaitMilliseconds);
    QVERIFY2(result->has_value(), "the call succeeded");
    const BankError &error = **result;
    QCOMPARE(error.kind, ErrorKind::HttpError);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, ErrorCode::Unauthorized);
    QCOMPARE(error.codeName, u"unauthorized"_s);
    QVERIFY(error.needsAuthorization());
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(bank.requestCount(), 0);

    // The parameters need no grant.
    const BankResult<BankParameters> parameters = await<BankParameters>(
        [&](const QObject *context, auto done) { client.parameters(context, std::move(done)); });
    ODF_VERIFY_OK(parameters);
}

void TestBankClient::authorizeThenUse()
{
    SimulatedBank bank(mondayMorning);
    BankClient client(bank.url());
    const BankResult<AuthorizationGrant> granted =
        await<AuthorizationGrant>([&](const QObject *context, auto done) {
            client.authorize(u"BE 0123.456.749"_s, context, std::move(done));
        });
    ODF_VERIFY_OK(granted);
    const AuthorizationGrant &grant = granted.value();
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43,}$"_s).match(grant.grant).hasMatch(),
             "not an opaque url-safe grant");
    QVERIFY(grant.grant != bank.grant());
    QCOMPARE(grant.grantedAt, mondayMorning);
    QCOMPARE(grant.grantedAt.timeSpec(), Qt::UTC);
    QCOMPARE(grant.expiresAt, mondayMorning.toUTC().addDays(60));
    // The client sends it from now on.
    QVERIFY(client.hasGrant());

    const BankResult<PlacedRequest> placed = await<PlacedRequest>([&](const QObject *context,
                                                                      auto done) {
        client.requestFinancing(offer(u"inv-1"_s, u"12100.00", monday), context, std::move(done));
    });
    ODF_VERIFY_OK(placed);
    QVERIFY(placed.value().isNew);

    // A grant kept from before works just as well.
    BankClient restarted(bank.url());
    restarted.setGrant(grant.grant);
    QVERIFY(restarted.hasGrant());
    const BankResult<LimitStatus> kept = await<LimitStatus>(
        [&](const QObject *context, auto done) { restarted.limit(context, std::move(done)); });
    ODF_VERIFY_OK(kept);
    restarted.setGrant(QString());
    QVERIFY(!restarted.hasGrant());
    const BankResult<LimitStatus> without = await<LimitStatus>(
        [&](const QObject *context, auto done) { restarted.limit(context, std::move(done)); });
    QVERIFY(!without.isOk());
    QVERIFY(without.error().is(ErrorCode::Unauthorized));

    // A bad company number is the caller's mistake, not a missing authorization.
    const BankResult<AuthorizationGrant> refused =
        await<AuthorizationGrant>([&](const QObject *context, auto done) {
            restarted.authorize(u"BE0123456748"_s, context, std::move(done));
        });
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, ErrorCode::InvalidField);
    QCOMPARE(refused.error().field, u"company_vat_number"_s);
    QVERIFY(!refused.error().needsAuthorization());
    QVERIFY(!restarted.hasGrant());
}

void TestBankClient::expiredGrantNeedsAuthorization()
{
    Fixture fixture;
    const QDateTime expiry = mondayMorning.toUTC().addDays(60);

    // One second before the end of the 60 days: still served.
    fixture.bank.setNow(expiry.addSecs(-1));
    const BankResult<LimitStatus> lastSecond = fixture.limit();
    ODF_VERIFY_OK(lastSecond);

    fixture.bank.setNow(expiry);
    const BankResult<LimitStatus> limit = fixture.limit();
    QVERIFY(!limit.isOk());
    QCOMPARE(limit.error().httpStatus, 401);
    QCOMPARE(limit.error().code, ErrorCode::AuthorizationExpired);
    QCOMPARE(limit.error().codeName, u"authorization-expired"_s);
    QVERIFY(limit.error().needsAuthorization());
    BankError unauthorized = limit.error();
    unauthorized.code = ErrorCode::Unauthorized;
    QVERIFY(limit.error().message() != unauthorized.message());
    const QDate today = expiry.date();
    const BankResult<PlacedRequest> placed = fixture.place(offer(u"inv-1"_s, u"12100.00", today));
    QVERIFY(!placed.isOk());
    QVERIFY(placed.error().needsAuthorization());
    QCOMPARE(fixture.bank.requestCount(), 0);

    // Authorized again, the same call goes through.
    const BankResult<AuthorizationGrant> renewed =
        await<AuthorizationGrant>([&](const QObject *context, auto done) {
            fixture.client.authorize(SimulatedBank::companyVatNumber(), context, std::move(done));
        });
    ODF_VERIFY_OK(renewed);
    const BankResult<PlacedRequest> placedAgain =
        fixture.place(offer(u"inv-1"_s, u"12100.00", today));
    ODF_VERIFY_OK(placedAgain);
    QVERIFY(placedAgain.value().isNew);
    QCOMPARE(fixture.bank.requestCount(), 1);
}

void TestBankClient::revokeAuthorization()
{
    Fixture fixture;
    const QString grant = fixture.bank.grant();
    QVERIFY(fixture.client.hasGrant());
    const QString other = fixture.bank.authorize();

    const BankResult<Revoked> revocation = await<Revoked>([&](const QObject *context, auto done) {
        fixture.client.revokeAuthorization(context, std::move(done));
    });
    ODF_VERIFY_OK(revocation);
    QVERIFY(!fixture.client.hasGrant());
    const BankResult<LimitStatus> without = fixture.limit();
    QVERIFY(!without.isOk());
    QVERIFY(without.error().is(ErrorCode::Unauthorized));

    // The revoked grant no longer works; the other one still does.
    fixture.client.setGrant(grant);
    const BankResult<LimitStatus> revoked = fixture.limit();
    QVERIFY(!revoked.isOk());
    QCOMPARE(revoked.error().code, ErrorCode::Unauthorized);
    QVERIFY(revoked.error().needsAuthorization());
    fixture.client.setGrant(other);
    const BankResult<LimitStatus> stillValid = fixture.limit();
    ODF_VERIFY_OK(stillValid);
}

void TestBankClient::revokeWithoutAKnownGrant()
{
    Fixture fixture;
    fixture.client.setGrant(u"never-issued"_s);
    const BankResult<Revoked> unknown = await<Revoked>([&](const QObject *context, auto done) {
        fixture.client.revokeAuthorization(context, std::move(done));
    });
    QVERIFY(!unknown.isOk());
    QVERIFY(unknown.error().needsAuthorization());
    // A failed revocation leaves the grant in place.
    QVERIFY(fixture.client.hasGrant());

    fixture.client.setGrant(QString());
    const BankResult<Revoked> none = await<Revoked>([&](const QObject *context, auto done) {
        fixture.client.revokeAuthorization(context, std::move(done));
    });
    QVERIFY(!none.isOk());
    QCOMPARE(none.error().code, ErrorCode::Unauthorized);
}

namespace {

QStringList loggedLines;

void keepLogLine(QtMsgType, const QMessageLogContext &, const QString &message)
{
    loggedLines.append(message);
}

} // namespace

void TestBankClient::grantIsNeverLogged()
{
    // Everything the client and the bank log, debug output included.
    QLoggingCategory::setFilterRules(u"odf.*.debug=true"_s);
    loggedLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLogLine);
    const auto restored = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });

    SimulatedBank bank(mondayMorning);
    BankClient client(bank.url());
    const BankResult<AuthorizationGrant> granted =
        await<AuthorizationGrant>([&](const QObject *context, auto done) {
            client.authorize(SimulatedBank::companyVatNumber(), context, std::move(done));
        });
    ODF_VERIFY_OK(granted);
    const QString grant = granted.value().grant;
    const BankResult<LimitStatus> used = await<LimitStatus>(
        [&](const QObject *context, auto done) { client.limit(context, std::move(done)); });
    ODF_VERIFY_OK(used);
    bank.setNow(mondayMorning.toUTC().addDays(60));
    QVERIFY(!await<LimitStatus>([&](const QObject *context, auto done) {
                 client.limit(context, std::move(done));
             }).isOk());
    const BankResult<Revoked> revocation = await<Revoked>([&](const QObject *context, auto done) {
        client.revokeAuthorization(context, std::move(done));
    });
    ODF_VERIFY_OK(revocation);

    qInstallMessageHandler(previous);
    QVERIFY2(loggedLines.size() >= 6, qPrintable(loggedLines.join(u'\n')));
    for (const QString &line : std::as_const(loggedLines))
        QVERIFY2(!line.contains(grant), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestBankClient)
#include "tst_bankclient.moc"
