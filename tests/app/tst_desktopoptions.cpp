// The command line of the desktop application.

#include "desktopsession.h"

#include <QApplication>
#include <QTest>

class TestDesktopOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted();
    void refused_data();
    void refused();
};

void TestDesktopOptions::accepted()
{
    QString error;
    const auto options = DesktopSession::parse(
        {QStringLiteral("--demo"), QStringLiteral("--today"), QStringLiteral("2026-03-12"),
         QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--bank"),
         QStringLiteral("http://127.0.0.1:40401"), QStringLiteral("a.xml")},
        &error);
    QVERIFY2(options, qPrintable(error));
    QVERIFY(options->demo);
    QCOMPARE(options->today, QDate(2026, 3, 12));
    QCOMPARE(options->language, QStringLiteral("nl"));
    QCOMPARE(options->bankUrl, QUrl(QStringLiteral("http://127.0.0.1:40401")));
    QCOMPARE(options->importPaths, QStringList {QStringLiteral("a.xml")});

    const auto plain = DesktopSession::parse({}, &error);
    QVERIFY(plain);
    // Without --bank the bank runs inside the application.
    QVERIFY(plain->bankUrl.isEmpty());
}

void TestDesktopOptions::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("bank without address")
        << QStringList {QStringLiteral("--bank")} << QStringLiteral("--bank needs a value.");
    QTest::newRow("bank not http")
        << QStringList {QStringLiteral("--bank"), QStringLiteral("ftp://127.0.0.1:21")}
        << QStringLiteral("\"ftp://127.0.0.1:21\" is not the address "
                          "of a bank: use http://127.0.0.1:PORT.");
    QTest::newRow("bank no host") << QStringList {QStringLiteral("--bank"), QStringLiteral("40401")}
                                  << QStringLiteral("\"40401\" is not the address of a bank: use "
                                                    "http://127.0.0.1:PORT.");
    QTest::newRow("bad date") << QStringList {QStringLiteral("--today"),
                                              QStringLiteral("12/03/2026")}
                              << QStringLiteral("\"12/03/2026\" is not a date: use YYYY-MM-DD.");
    QTest::newRow("unknown language")
        << QStringList {QStringLiteral("--lang"), QStringLiteral("de")}
        << QStringLiteral("Unknown language \"de\": use en, nl or fr.");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--fast")} << QStringLiteral("Unknown option --fast.");
}

void TestDesktopOptions::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!DesktopSession::parse(arguments, &message));
    QCOMPARE(message, error);
}

QTEST_MAIN(TestDesktopOptions)
#include "tst_desktopoptions.moc"
