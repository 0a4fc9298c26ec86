#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QByteArray> lines;
    QByteArray errors;
};

Run runCheck(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ODF_BINARY), QStringList {u"check"_s} + arguments);
    if (!process.waitForFinished(60'000))
        return {};
    Run run;
    run.exitCode = process.exitCode();
    run.lines = process.readAllStandardOutput().split('\n');
    while (!run.lines.isEmpty() && run.lines.back().isEmpty())
        run.lines.removeLast();
    run.errors = process.readAllStandardError();
    return run;
}

// A UBL invoice with the fields the rules read.
QByteArray invoiceXml(const QString &number, const QString &issueDate, const QString &dueDate,
                      const QString &amount, const QString &customerNumber)
{
    QString due =
        dueDate.isEmpty() ? QString() : u"<cbc:DueDate>"_s + dueDate + u"</cbc:DueDate>"_s;
    QString tax = customerNumber.isEmpty()
        ? QString()
        : u"<cac:PartyTaxScheme><cbc:CompanyID>"_s + customerNumber
            + u"</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"
              "</cac:PartyTaxScheme>"_s;
    const QString xml = uR"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>%1</cbc:ID>
 <cbc:IssueDate>%2</cbc:IssueDate>%3
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:AccountingCustomerParty><cac:Party>
  <cac:PartyName><cbc:Name>Klant NV</cbc:Name></cac:PartyName>
  <cac:PostalAddress><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>%4
 </cac:Party></cac:AccountingCustomerParty>
 <cac:LegalMonetaryTotal>
  <cbc:TaxInclusiveAmount currencyID="EUR">%5</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">%5</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
</Invoice>
)"_s.arg(number, issueDate, due, tax, amount);
    return xml.toUtf8();
}

} // namespace

class TestCheckCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonLine_data();
    void jsonLine();
    void exactFormat();
    void unreadableFileGivesErrorAndExitTwo();
    void messageFollowsLanguage_data();
    void messageFollowsLanguage();
    void wrongCommandLine_data();
    void wrongCommandLine();
    void samplesRunClean();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_directory;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ODF_BINARY)), ODF_BINARY);
}

QString TestCheckCommand::write(const QString &name, const QByteArray &content)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestCheckCommand::jsonLine_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QVariant>("termDays");
    QTest::addColumn<int>("age");
    QTest::addColumn<QVariant>("customerNumber");

    // --today 2026-12-03 (a Thursday).
    QTest::newRow("eligible") << invoiceXml(u"A-1"_s, u"2026-12-01"_s, u"2026-12-31"_s,
                                            u"12100.00"_s, u"BE 0477.472.701"_s)
                              << true << QStringList {} << u"12100.00"_s << QVariant(30) << 2
                              << QVariant(u"BE0477472701"_s);
    QTest::newRow("too large, short term")
        << invoiceXml(u"A-2"_s, u"2026-12-01"_s, u"2026-12-11"_s, u"30000"_s, u"0477472701"_s)
        << false << QStringList {u"amount"_s, u"term"_s} << u"30000.00"_s << QVariant(10) << 2
        << QVariant(u"BE0477472701"_s);
    QTest::newRow("no due date, no number")
        << invoiceXml(u"A-3"_s, u"2026-11-02"_s, QString(), u"2499.995"_s, QString()) << false
        << QStringList {u"term"_s, u"age"_s, u"customer-kind"_s} << u"2500.00"_s << QVariant() << 22
        << QVariant();
    QTest::newRow("invalid number kept compact")
        << invoiceXml(u"A-4"_s, u"2026-12-03"_s, u"2027-01-02"_s, u"5000.00"_s,
                      u"be 0123.456.789"_s)
        << false << QStringList {u"vat-number"_s} << u"5000.00"_s << QVariant(30) << 0
        << QVariant(u"BE0123456789"_s);
}

void TestCheckCommand::jsonLine()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, eligible);
    QFETCH(QStringList, reasons);
    QFETCH(QString, amount);
    QFETCH(QVariant, termDays);
    QFETCH(int, age);
    QFETCH(QVariant, customerNumber);

    const QString path = write(u"row.xml"_s, xml);
    const Run run = runCheck({u"--today"_s, u"2026-12-03"_s, u"--json"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 1);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.lines.front(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"file"_s).toString(), path);
    QCOMPARE(object.value(u"eligible"_s).toBool(), eligible);
    QStringList actualReasons;
    for (const QJsonValue &reason : object.value(u"reasons"_s).toArray())
        actualReasons.append(reason.toString());
    QCOMPARE(actualReasons, reasons);
    QCOMPARE(object.value(u"amount"_s).toString(), amount);
    QCOMPARE(object.value(u"currency"_s).toString(), u"EUR"_s);
    const auto nullable = [&object](const QString &key) {
        const QJsonValue value = object.value(key);
        return value.isNull() ? QVariant() : value.toVariant();
    };
    QCOMPARE(nullable(u"term_days"_s), termDays);
    QCOMPARE(object.value(u"age_working_days"_s).toInt(), age);
    QCOMPARE(nullable(u"customer_number"_s), customerNumber);
    QCOMPARE(object.value(u"message"_s).isNull(), eligible);
}

void TestCheckCommand::exactFormat()
{
    const QString path = write(u"exact.xml"_s,
                               invoiceXml(u"2026-0142"_s, u"2026-11-30"_s, u"2026-12-10"_s,
                                          u"30000.00"_s, u"BE0477472701"_s));
    const Run run = runCheck({u"--json"_s, u"--today"_s, u"2026-12-03"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QByteArray expectedStart = "{\"file\": \"" + path.toUtf8()
        + "\", \"number\": \"2026-0142\", \"eligible\": false, \"reasons\": [\"amount\", "
          "\"term\"], \"amount\": \"30000.00\", \"currency\": \"EUR\", \"term_days\": 10, "
          "\"age_working_days\": 3, \"customer_number\": \"BE0477472701\", \"message\": \"";
    QVERIFY2(run.lines.front().startsWith(expectedStart), run.lines.front().constData());
    QVERIFY(run.lines.front().endsWith("\"}"));
}

void TestCheckCommand::unreadableFileGivesErrorAndExitTwo()
{
    const QString good = write(
        u"good.xml"_s,
        invoiceXml(u"G-1"_s, u"2026-12-01"_s, u"2026-12-31"_s, u"3000.00"_s, u"BE0477472701"_s));
    const QString broken = write(u"broken.xml"_s, "<Invoice><cbc:ID>");
    const Run run = runCheck({u"--json"_s, good, broken, m_directory.filePath(u"missing.xml"_s)});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.lines.size(), 3);
    const QJsonObject brokenLine = QJsonDocument::fromJson(run.lines.at(1)).object();
    QCOMPARE(brokenLine.keys(), (QStringList {u"error"_s, u"file"_s}));
    QCOMPARE(brokenLine.value(u"file"_s).toString(), broken);
    QVERIFY(brokenLine.value(u"error"_s).toString().contains(u"broken.xml"_s));
    const QJsonObject missingLine = QJsonDocument::fromJson(run.lines.at(2)).object();
    QVERIFY(missingLine.value(u"error"_s).toString().contains(u"missing.xml"_s));
}

void TestCheckCommand::messageFollowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("amountText");
    QTest::addColumn<QString>("sentence"); // the start of the amount rule's explanation
    QTest::addColumn<QString>("verdict"); // what the line without --json says

    const QString nbsp(QChar(0x00A0));
    QTest::newRow("en") << u"en"_s << QString(u"30.000,00"_s + nbsp + u"€"_s)
                        << u"The amount including VAT is "_s << u"does not qualify: "_s;
    QTest::newRow("nl") << u"nl"_s << QString(u"€"_s + nbsp + u"30.000,00"_s)
                        << u"Het bedrag inclusief btw is "_s << u"komt niet in aanmerking: "_s;
    QTest::newRow("fr") << u"fr"_s << QString(u"30"_s + QChar(0x202F) + u"000,00"_s + nbsp + u"€"_s)
                        << u"Le montant TVA comprise est de "_s
                        << QString(u"n'est pas éligible"_s + nbsp + u": "_s);
}

void TestCheckCommand::messageFollowsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, amountText);
    QFETCH(QString, sentence);
    QFETCH(QString, verdict);

    const QString path = write(
        u"lang.xml"_s,
        invoiceXml(u"L-1"_s, u"2026-12-01"_s, u"2026-12-31"_s, u"30000.00"_s, u"BE0477472701"_s));
    const Run run =
        runCheck({u"--json"_s, u"--lang"_s, language, u"--today"_s, u"2026-12-03"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QString message =
        QJsonDocument::fromJson(run.lines.front()).object().value(u"message"_s).toString();
    QVERIFY2(message.contains(amountText), qPrintable(message));
    QVERIFY2(message.startsWith(sentence), qPrintable(message));

    const Run plain = runCheck({u"--lang"_s, language, u"--today"_s, u"2026-12-03"_s, path});
    QCOMPARE(plain.exitCode, 0);
    const QString line = QString::fromUtf8(plain.lines.front());
    QVERIFY2(line.contains(verdict), qPrintable(line));
    QVERIFY2(line.contains(amountText), qPrintable(line));
}

void TestCheckCommand::wrongCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList {u"--json"_s};
    QTest::newRow("bad date") << QStringList {u"--today"_s, u"3/12/2026"_s, u"x.xml"_s};
    QTest::newRow("date missing") << QStringList {u"x.xml"_s, u"--today"_s};
    QTest::newRow("unknown language") << QStringList {u"--lang"_s, u"de"_s, u"x.xml"_s};
    QTest::newRow("unknown option") << QStringList {u"--verbose"_s, u"x.xml"_s};
}

void TestCheckCommand::wrongCommandLine()
{
    QFETCH(QStringList, arguments);
    const Run run = runCheck(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.lines.isEmpty());
    QVERIFY(!run.errors.isEmpty());
}

void TestCheckCommand::samplesRunClean()
{
    const QDir samples(qEnvironmentVariable("ODF_SAMPLES_DIR") + u"/ubl"_s);
    if (!samples.exists())
        QSKIP("The public sample invoices are not next to this checkout; nothing to run.");
    QStringList files;
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        files.append(samples.filePath(name));
    const Run run = runCheck(QStringList {u"--json"_s, u"--today"_s, u"2026-12-03"_s} + files);
    QCOMPARE(run.lines.size(), files.size());
    bool allRead = true;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"file"_s).toString(), files.at(i));
        if (object.contains(u"error"_s))
            allRead = false;
        else
            QVERIFY(object.contains(u"reasons"_s));
    }
    QCOMPARE(run.exitCode, allRead ? 0 : 2);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
