#pragma once

#include "bankclient.h"
#include "money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QEventLoop>
#include <QString>
#include <QStringView>
#include <QTimer>

#include <optional>

// Readable QCOMPARE failures for the client's values.
char *toString(const Money &money);
namespace BankApi {
char *toString(ErrorKind kind);
char *toString(ErrorCode code);
char *toString(RequestState state);
} // namespace BankApi

// The figures the client tests share: customers whose simulated rating is known, offers, and
// times on the bank's calendar.
namespace ClientTestData {

// The bank's worked examples are dated on this Monday.
inline const QDate monday(2026, 3, 2);

// A local time on a day.
QDateTime at(QDate day, int hour = 9, int minute = 0);
Money euros(QStringView decimal);
// Valid Belgian numbers with a known simulated rating, 1 (best) to 4, by protocol section 6.2.
QString customerRated(int rating);
// An offer to a customer rated 1, issued on issueDate and payable termDays later.
BankApi::Offer offer(const QString &invoiceId, QStringView amount, QDate issueDate,
                     int termDays = 30, const QString &customerNumber = customerRated(1));

// How long a test waits for an answer that should come.
inline constexpr int answerWaitMilliseconds = 5'000;

// A Timeout error that says the test gave up waiting.
BankApi::BankError noAnswer();

// Runs one call, call(context, done), and waits for its answer, in an event loop that ends
// with the answer rather than by polling, so that a test of many calls stays fast. The context
// lives only while waiting, so an answer that comes after the wait is dropped rather than
// written into a variable that is gone.
template<typename T, typename Call>
BankApi::BankResult<T> await(Call call)
{
    std::optional<BankApi::BankResult<T>> answer;
    QEventLoop loop;
    QTimer::singleShot(answerWaitMilliseconds, &loop, &QEventLoop::quit);
    QObject context;
    call(&context, BankClient::Callback<T>([&answer, &loop](const BankApi::BankResult<T> &result) {
        answer = result;
        loop.quit();
    }));
    // Never answered inside the call, so the loop cannot miss its end.
    loop.exec();
    if (!answer)
        return noAnswer();
    return *answer;
}

// For a BankClient::Callback of any type: a description of a failed result, or "ok".
QByteArray describe(const BankApi::BankError &error);
template<typename T>
QByteArray describe(const BankApi::BankResult<T> &result)
{
    return result.isOk() ? QByteArrayLiteral("ok") : describe(result.error());
}

} // namespace ClientTestData

// Fails the test with the error's description when a call did not succeed.
#define ODF_VERIFY_OK(result)                                                                      \
    QVERIFY2((result).isOk(), ClientTestData::describe(result).constData())
