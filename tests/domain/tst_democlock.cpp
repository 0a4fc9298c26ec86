#include "democlock.h"

#include <QTest>

#include <memory>

namespace {

const QDateTime start(QDate(2026, 3, 12), QTime(10, 0));

// Real time as the test decides it: the clock reads these milliseconds.
struct FakeElapsed
{
    std::shared_ptr<qint64> milliseconds = std::make_shared<qint64>(5'000);

    DemoClock::ElapsedSource source() const
    {
        return [milliseconds = milliseconds] { return *milliseconds; };
    }
    void pass(qint64 realMilliseconds) { *milliseconds += realMilliseconds; }
};

} // namespace

// A clock for presentations: a chosen start, real time sped up, jumps ahead and back.
class TestDemoClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheGivenMoment();
    void runsAtItsSpeed_data();
    void runsAtItsSpeed();
    void speedChangeKeepsTheTimeContinuous_data();
    void speedChangeKeepsTheTimeContinuous();
    void speedIsAtLeastOne();
    void jumpToContinuesFromTheMoment();
    void jumpBackIsAllowed();
    void advanceMovesTheCurrentTime_data();
    void advanceMovesTheCurrentTime();
    void worksThroughTheClockInterface();
    void machineTimeRunsByDefault();
};

void TestDemoClock::startsAtTheGivenMoment()
{
    FakeElapsed elapsed;
    const DemoClock clock(start, elapsed.source());
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.speed(), 1);
    QCOMPARE(clock.today(), QDate(2026, 3, 12));
}

void TestDemoClock::runsAtItsSpeed_data()
{
    QTest::addColumn<int>("speed");
    QTest::addColumn<qint64>("realMilliseconds");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("real time, one second") << 1 << qint64(1'000) << start.addSecs(1);
    QTest::newRow("real time, half a second") << 1 << qint64(500) << start.addMSecs(500);
    QTest::newRow("10x, one second") << 10 << qint64(1'000) << start.addSecs(10);
    QTest::newRow("60x, one second is a minute") << 60 << qint64(1'000) << start.addSecs(60);
    QTest::newRow("60x, six seconds is a signing window")
        << 60 << qint64(6'000) << start.addSecs(6 * 60);
    QTest::newRow("600x, one second is ten minutes") << 600 << qint64(1'000) << start.addSecs(600);
    QTest::newRow("600x, a minute is ten hours")
        << 600 << qint64(60'000) << QDateTime(QDate(2026, 3, 12), QTime(20, 0));
    QTest::newRow("600x, overnight")
        << 600 << qint64(3 * 60'000) << QDateTime(QDate(2026, 3, 13), QTime(16, 0));
    QTest::newRow("no real time passed") << 600 << qint64(0) << start;
}

void TestDemoClock::runsAtItsSpeed()
{
    QFETCH(int, speed);
    QFETCH(qint64, realMilliseconds);
    QFETCH(QDateTime, expected);

    FakeElapsed elapsed;
    DemoClock clock(start, elapsed.source());
    clock.setSpeed(speed);
    QCOMPARE(clock.speed(), speed);
    elapsed.pass(realMilliseconds);
    QCOMPARE(clock.now(), expected);
}

void TestDemoClock::speedChangeKeepsTheTimeContinuous_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");

    QTest::newRow("1x to 60x") << 1 << 60;
    QTest::newRow("1x to 600x") << 1 << 600;
    QTest::newRow("60x to 10x") << 60 << 10;
    QTest::newRow("600x to 1x") << 600 << 1;
    QTest::newRow("unchanged") << 10 << 10;
}

void TestDemoClock::speedChangeKeepsTheTimeContinuous()
{
    QFETCH(int, from);
    QFETCH(int, to);

    FakeElapsed elapsed;
    DemoClock clock(start, elapsed.source());
    clock.setSpeed(from);
    elapsed.pass(2'000);
    const QDateTime before = start.addSecs(2 * from);
    QCOMPARE(clock.now(), before);

    clock.setSpeed(to);
    QCOMPARE(clock.speed(), to);
    QCOMPARE(clock.now(), before);
    elapsed.pass(3'000);
    QCOMPARE(clock.now(), before.addSecs(3 * to));
}

void TestDemoClock::speedIsAtLeastOne()
{
    FakeElapsed elapsed;
    DemoClock clock(start, elapsed.source());
    clock.setSpeed(0);
    QCOMPARE(clock.speed(), 1);
    clock.setSpeed(-60);
    QCOMPARE(clock.speed(), 1);
    elapsed.pass(1'000);
    QCOMPARE(clock.now(), start.addSecs(1));
}

void TestDemoClock::jumpToContinuesFromTheMoment()
{
    FakeElapsed elapsed;
    DemoClock clock(start, elapsed.source());
    clock.setSpeed(60);
    elapsed.pass(10'000);
    const QDateTime nextWorkingDay(QDate(2026, 3, 13), QTime(8, 0));
    clock.jumpTo(nextWorkingDay);
    QCOMPARE(clock.now(), nextWorkingDay);
    QCOMPARE(clock.speed(), 60);
    elapsed.pass(1'000);
    QCOMPARE(clock.now(), nextWorkingDay.addSecs(60));
}

void TestDemoClock::jumpBackIsAllowed()
{
    FakeElapsed elapsed;
    DemoClock clock(start, elapsed.source());
    elapsed.pass(90'000);
    clock.jumpTo(start);
    QCOMPARE(clock.now(), start);
    elapsed.pass(1'000);
    QCOMPARE(clock.now(), start.addSecs(1));
}

void TestDemoClock::advanceMovesTheCurrentTime_data()
{
    QTest::addColumn<int>("speed");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("an hour at real time") << 1 << qint64(3'600);
    QTest::newRow("a day at 600x") << 600 << qint64(86'400);
    QTest::newRow("past the signing window at 60x") << 60 << qint64(6 * 60 + 1);
    QTest::newRow("back a minute") << 10 << qint64(-60);
    QTest::newRow("nothing") << 1 << qint64(0);
}

void TestDemoClock::advanceMovesTheCurrentTime()
{
    QFETCH(int, speed);
    QFETCH(qint64, seconds);

    FakeElapsed elapsed;
    DemoClock clock(start, elapsed.source());
    clock.setSpeed(speed);
    elapsed.pass(1'500);
    const QDateTime before = start.addMSecs(1'500 * speed);
    clock.advance(seconds);
    QCOMPARE(clock.now(), before.addSecs(seconds));
    elapsed.pass(1'000);
    QCOMPARE(clock.now(), before.addSecs(seconds + speed));
}

void TestDemoClock::worksThroughTheClockInterface()
{
    FakeElapsed elapsed;
    DemoClock demo(start, elapsed.source());
    demo.setSpeed(600);
    const Clock &clock = demo;
    elapsed.pass(6 * 60'000);
    QCOMPARE(clock.now(), start.addSecs(60 * 3'600));
    QCOMPARE(clock.today(), QDate(2026, 3, 14));
}

void TestDemoClock::machineTimeRunsByDefault()
{
    const DemoClock clock(start);
    const qint64 passed = start.msecsTo(clock.now());
    QCOMPARE_GE(passed, 0);
    // Generous: only that it runs near real time, not ahead of it by whole seconds.
    QCOMPARE_LT(passed, 5'000);
}

QTEST_GUILESS_MAIN(TestDemoClock)
#include "tst_democlock.moc"
