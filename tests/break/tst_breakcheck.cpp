// Trying to break `odf check --json` with invoice files written by hand: amounts in odd
// spellings, a total in another currency than the document's, entities, encodings, files cut
// short. Each file gives one line; an unreadable one an error naming the file.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString invoiceTemplate = uR"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-1</cbc:ID>
  <cbc:IssueDate>2026-12-01</cbc:IssueDate>
  <cbc:DueDate>2026-12-31</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PostalAddress><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>BE0477472701</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Brouwerij De Kroon NV</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">8470.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">8470.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>
)"_s;

struct Line
{
    int exitCode = -1;
    QJsonObject object;
    QByteArray output;
};

} // namespace

class TestBreakCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void read_data();
    void read();
    void totalInAnotherCurrencyIsNotFinancedAsEuro();
    void externalEntityIsNotRead();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Line check(const QString &path);

    QTemporaryDir m_directory;
};

void TestBreakCheck::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

QString TestBreakCheck::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

Line TestBreakCheck::check(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(ODF_BINARY),
                  {u"check"_s, u"--today"_s, u"2026-12-03"_s, u"--json"_s, path});
    Line line;
    if (!process.waitForFinished(60'000))
        return line;
    line.exitCode = process.exitCode();
    line.output = process.readAllStandardOutput();
    line.object = QJsonDocument::fromJson(line.output.trimmed()).object();
    return line;
}

void TestBreakCheck::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    const QByteArray good = invoiceTemplate.toUtf8();
    auto amount = [&good](const char *value) {
        return QByteArray(good).replace(
            "currencyID=\"EUR\">8470.00</cbc:TaxInclusiveAmount>",
            QByteArray(QByteArray("currencyID=\"EUR\">") + value + "</cbc:TaxInclusiveAmount>"));
    };
    QTest::newRow("decimal comma") << amount("8470,00") << u"TaxInclusiveAmount"_s;
    QTest::newRow("thousands dots") << amount("8.470.00") << u"TaxInclusiveAmount"_s;
    QTest::newRow("exponent") << amount("8.47e3") << u"TaxInclusiveAmount"_s;
    QTest::newRow("NaN") << amount("NaN") << u"TaxInclusiveAmount"_s;
    QTest::newRow("too large") << amount("99999999999999999999999.00") << u"TaxInclusiveAmount"_s;
    QTest::newRow("no amount") << amount("") << u"TaxInclusiveAmount"_s;
    QTest::newRow("day 45 of month 13")
        << QByteArray(good).replace("<cbc:IssueDate>2026-12-01", "<cbc:IssueDate>2026-13-45")
        << u"IssueDate"_s;
    QTest::newRow("30 February") << QByteArray(good).replace("<cbc:DueDate>2026-12-31",
                                                             "<cbc:DueDate>2026-02-30")
                                 << u"DueDate"_s;
    QTest::newRow("cut short") << good.left(700) << u"XML"_s;
    QTest::newRow("empty") << QByteArray() << u"XML"_s;
    QTest::newRow("junk after the end") << good + "<junk/>" << u"XML"_s;
    QTest::newRow("other namespace")
        << QByteArray(good).replace("xsd:Invoice-2\"", "xsd:Invoice-3\"") << u"Invoice-3"_s;
    QByteArray laughs = "<!DOCTYPE Invoice [<!ENTITY a \"aaaaaaaaaa\">";
    for (int i = 0; i < 9; ++i) {
        QByteArray body;
        for (int j = 0; j < 10; ++j)
            body += i == 0 ? QByteArray("&a;") : QByteArray("&a" + QByteArray::number(i - 1) + ";");
        laughs += "<!ENTITY a" + QByteArray::number(i) + " \"" + body + "\">";
    }
    laughs += "]>\n";
    QTest::newRow("billion laughs") << QByteArray(good)
                                           .replace("?>\n", QByteArray("?>\n" + laughs))
                                           .replace("<cbc:ID>INV-1", "<cbc:ID>&a8;")
                                    << u"XML"_s;
}

void TestBreakCheck::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const QString name =
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".xml"_s;
    const Line line = check(write(name, bytes));
    QCOMPARE(line.exitCode, 2);
    QVERIFY2(line.object.contains(u"error"_s), line.output.constData());
    const QString error = line.object.value(u"error"_s).toString();
    QVERIFY2(error.contains(name), qPrintable(error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestBreakCheck::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("amount");
    const QByteArray good = invoiceTemplate.toUtf8();
    QTest::newRow("plain") << good << u"8470.00"_s;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf") + good << u"8470.00"_s;
    QTest::newRow("another prefix") << QByteArray(good)
                                           .replace("<Invoice xmlns=", "<x:Invoice xmlns:x=")
                                           .replace("</Invoice>", "</x:Invoice>")
                                    << u"8470.00"_s;
    QTest::newRow("time zone on the date")
        << QByteArray(good).replace("2026-12-01<", "2026-12-01+01:00<") << u"8470.00"_s;
    QTest::newRow("half a cent rounds away from zero")
        << QByteArray(good).replace(">8470.00</cbc:Tax", ">2499.995</cbc:Tax") << u"2500.00"_s;
    QTest::newRow("CDATA") << QByteArray(good).replace(">8470.00</cbc:Tax",
                                                       "><![CDATA[8470.00]]></cbc:Tax")
                           << u"8470.00"_s;
    auto utf16 = QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QByteArray wide = utf16(QString(invoiceTemplate).replace(u"UTF-8"_s, u"UTF-16"_s));
    QTest::newRow("UTF-16") << wide << u"8470.00"_s;
}

void TestBreakCheck::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, amount);
    const Line line = check(write(u"read.xml"_s, bytes));
    QCOMPARE(line.exitCode, 0);
    QCOMPARE(line.object.value(u"amount"_s).toString(), amount);
    QCOMPARE(line.object.value(u"number"_s).toString(), u"INV-1"_s);
    QCOMPARE(line.object.value(u"term_days"_s).toInt(), 30);
}

// Once broken: a EUR document whose TaxInclusiveAmount says currencyID="USD" is judged as a euro
// invoice and offered for financing (models/io/ublreader.cpp takes every amount in the
// document currency whatever its currencyID). Peppol forbids it (PEPPOL-EN16931-R051: every
// currencyID equals the document currency); the reader refuses a file without currency so as
// never to offer a foreign-currency invoice, and this one is that very risk. Expected: the
// file is refused as unreadable, or at least not eligible.
void TestBreakCheck::totalInAnotherCurrencyIsNotFinancedAsEuro()
{
    const QByteArray bytes =
        invoiceTemplate.toUtf8().replace("<cbc:TaxInclusiveAmount currencyID=\"EUR\">",
                                         "<cbc:TaxInclusiveAmount currencyID=\"USD\">");
    const Line line = check(write(u"dollars.xml"_s, bytes));
    QVERIFY2(line.object.contains(u"error"_s) || !line.object.value(u"eligible"_s).toBool(),
             line.output.constData());
}

// An external entity is never fetched: the file's content does not reach the output.
void TestBreakCheck::externalEntityIsNotRead()
{
    const QString secret = write(u"secret.txt"_s, "SECRET-CONTENT-4711");
    const QByteArray bytes =
        invoiceTemplate.toUtf8()
            .replace("?>\n",
                     QByteArray("?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file://"
                                + secret.toUtf8() + "\">]>\n"))
            .replace("<cbc:ID>INV-1", "<cbc:ID>&x;");
    const Line line = check(write(u"entity.xml"_s, bytes));
    QVERIFY(!line.output.contains("SECRET-CONTENT-4711"));
}

QTEST_MAIN(TestBreakCheck)
#include "tst_breakcheck.moc"
