#include "clienttestdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

char *toString(const Money &money)
{
    return QTest::toString(QString(money.toDecimalString() + u' ' + money.currency()));
}

namespace BankApi {

char *toString(ErrorKind kind)
{
    static const char *const names[] = {"ConnectionRefused", "ConnectionLost", "Timeout",
                                        "NetworkError",      "HttpError",      "MalformedReply"};
    return qstrdup(names[int(kind)]);
}

char *toString(ErrorCode code)
{
    static const char *const names[] = {"None",
                                        "Other",
                                        "MalformedJson",
                                        "MissingField",
                                        "InvalidField",
                                        "Unauthorized",
                                        "AuthorizationExpired",
                                        "SimulationDisabled",
                                        "NotFound",
                                        "UnknownRequest",
                                        "MethodNotAllowed",
                                        "LimitExceeded",
                                        "AlreadyRequested",
                                        "InvalidState",
                                        "ClockBackwards",
                                        "Lapsed",
                                        "RulesNotMet",
                                        "Refused"};
    return qstrdup(names[int(code)]);
}

char *toString(RequestState state)
{
    static const char *const names[] = {"AwaitingSignature", "PayoutPending", "Financed",
                                        "Settled",           "Declined",      "Lapsed"};
    return qstrdup(names[int(state)]);
}

} // namespace BankApi

namespace ClientTestData {

QDateTime at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute));
}

Money euros(QStringView decimal)
{
    return *Money::fromDecimalString(decimal, Money::euro());
}

QString customerRated(int rating)
{
    switch (rating) {
    case 1:
        return u"BE0200000043"_s;
    case 2:
        return u"BE0200000142"_s;
    case 3:
        return u"BE0200000241"_s;
    default:
        return u"BE0200000340"_s;
    }
}

BankApi::Offer offer(const QString &invoiceId, QStringView amount, QDate issueDate, int termDays,
                     const QString &customerNumber)
{
    BankApi::Offer offer;
    offer.invoiceId = invoiceId;
    offer.invoiceNumber = u"2026-"_s + invoiceId;
    offer.customerNumber = customerNumber;
    offer.customerName = u"Brouwerij De Vlasbloem NV"_s;
    offer.amount = euros(amount);
    offer.issueDate = issueDate;
    offer.dueDate = issueDate.addDays(termDays);
    return offer;
}

BankApi::BankError noAnswer()
{
    BankApi::BankError error;
    error.kind = BankApi::ErrorKind::Timeout;
    error.detail = u"no answer within the test's wait"_s;
    return error;
}

QByteArray describe(const BankApi::BankError &error)
{
    char *kind = BankApi::toString(error.kind);
    const QByteArray text = QByteArray(kind) + ' ' + QByteArray::number(error.httpStatus) + ' '
        + error.codeName.toUtf8() + ": " + error.detail.toUtf8();
    delete[] kind;
    return text;
}

} // namespace ClientTestData
