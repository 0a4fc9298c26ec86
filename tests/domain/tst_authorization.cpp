#include "integration.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Authorization::State)

namespace {

// Authorized on a Monday morning; the grant runs for 60 days from then.
const QDateTime authorizedAt(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QDateTime authorizedUntil = authorizedAt.addDays(Authorization::validityDays);

// A moment days, hours, minutes and seconds after the authorization.
QDateTime after(int days, int hours = 0, int minutes = 0, int seconds = 0)
{
    return authorizedAt.addDays(days).addSecs(hours * 3600 + minutes * 60 + seconds);
}

} // namespace

// The 60-day life of the bank's access grant: valid, the week of warning, expiry.
class TestAuthorization final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void acrossTheBoundary_data();
    void acrossTheBoundary();
    void daysLeftRoundsUp_data();
    void daysLeftRoundsUp();
    void warningInLocalTime();
};

void TestAuthorization::constants()
{
    QCOMPARE(Authorization::validityDays, 60);
    QCOMPARE(Authorization::warningDays, 7);
    QCOMPARE(authorizedUntil, QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC));
}

void TestAuthorization::acrossTheBoundary_data()
{
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Authorization::State>("state");
    QTest::addColumn<int>("daysLeft");

    using S = Authorization::State;
    const auto row = [](const char *name, const QDateTime &now, S state, int daysLeft) {
        QTest::newRow(name) << authorizedUntil << now << state << daysLeft;
    };
    row("day 0, the moment of authorization", after(0), S::Valid, 60);
    row("day 0, one second later", after(0, 0, 0, 1), S::Valid, 60);
    row("day 30", after(30), S::Valid, 30);
    row("day 52 23:59", after(52, 23, 59), S::Valid, 8);
    row("day 52 23:59:59", after(52, 23, 59, 59), S::Valid, 8);
    // until - 7 days: the warning starts.
    row("day 53 exactly", after(53), S::ExpiringSoon, 7);
    row("day 53, one second later", after(53, 0, 0, 1), S::ExpiringSoon, 7);
    row("day 59 12:00", after(59, 12), S::ExpiringSoon, 1);
    row("day 59 23:59:59", after(59, 23, 59, 59), S::ExpiringSoon, 1);
    // until itself: every financing action asks to authorize again.
    row("day 60 exactly", after(60), S::Expired, 0);
    row("day 60, one second later", after(60, 0, 0, 1), S::Expired, 0);
    row("day 90", after(90), S::Expired, 0);
    // The same moments given in another time zone compare as the same moments.
    row("day 53 exactly, given in Brussels", after(53).toTimeZone(QTimeZone("Europe/Brussels")),
        S::ExpiringSoon, 7);
    row("day 60 exactly, given with an offset", after(60).toOffsetFromUtc(2 * 3600), S::Expired, 0);

    QTest::newRow("invalid until") << QDateTime() << after(10) << S::Missing << 0;
    QTest::newRow("invalid until, long after") << QDateTime() << after(900) << S::Missing << 0;
}

void TestAuthorization::acrossTheBoundary()
{
    QFETCH(QDateTime, until);
    QFETCH(QDateTime, now);
    QFETCH(Authorization::State, state);
    QFETCH(int, daysLeft);

    QCOMPARE(Authorization::state(until, now), state);
    QCOMPARE(Authorization::daysLeft(until, now), daysLeft);
}

void TestAuthorization::daysLeftRoundsUp_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<int>("daysLeft");

    constexpr qint64 day = 24 * 3600;
    QTest::newRow("one second") << qint64(1) << 1;
    QTest::newRow("one hour") << qint64(3600) << 1;
    QTest::newRow("exactly one day") << day << 1;
    QTest::newRow("one day and a second") << day + 1 << 2;
    QTest::newRow("two days less a second") << 2 * day - 1 << 2;
    QTest::newRow("exactly seven days") << 7 * day << 7;
    QTest::newRow("seven days and a second") << 7 * day + 1 << 8;
    QTest::newRow("exactly sixty days") << 60 * day << 60;
    // The clock set back before the grant was issued: never more than the 60 days granted.
    QTest::newRow("sixty days and a second") << 60 * day + 1 << 60;
    QTest::newRow("seventy days") << 70 * day << 60;
    QTest::newRow("none") << qint64(0) << 0;
    QTest::newRow("one second past") << qint64(-1) << 0;
    QTest::newRow("a day past") << -day << 0;
}

void TestAuthorization::daysLeftRoundsUp()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(int, daysLeft);
    QCOMPARE(Authorization::daysLeft(authorizedUntil, authorizedUntil.addSecs(-secondsLeft)),
             daysLeft);
}

// Held in Brussels time, the warning starts a calendar week ahead at the same time of day,
// even across the change to summer time (29 March 2026).
void TestAuthorization::warningInLocalTime()
{
    const QTimeZone brussels("Europe/Brussels");
    const QDateTime until(QDate(2026, 4, 2), QTime(9, 30), brussels);
    const QDateTime warningStarts(QDate(2026, 3, 26), QTime(9, 30), brussels);

    QCOMPARE(Authorization::state(until, warningStarts.addSecs(-1)), Authorization::State::Valid);
    QCOMPARE(Authorization::state(until, warningStarts), Authorization::State::ExpiringSoon);
    // That week is an hour short: 7 days less an hour still counts as 7 days left.
    QCOMPARE(Authorization::daysLeft(until, warningStarts), 7);
    QCOMPARE(Authorization::state(until, until), Authorization::State::Expired);
}

QTEST_GUILESS_MAIN(TestAuthorization)

#include "tst_authorization.moc"
