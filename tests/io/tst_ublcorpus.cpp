#include "ublfixture.h"
#include "ublreader.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// The UBL reader on public sample invoices of e-invoicing projects (the folder named by
// ODF_SAMPLES_DIR, which CTest sets): every file either reads or is refused with a message
// that names it, and what the samples are known to hold comes out as such.
class TestUblCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFile_data();
    void everyFile();
    void knownFacts_data();
    void knownFacts();

private:
    QDir m_directory;
};

void TestUblCorpus::initTestCase()
{
    const QString samples = qEnvironmentVariable("ODF_SAMPLES_DIR");
    if (samples.isEmpty())
        QSKIP("ODF_SAMPLES_DIR is not set: run the test through CTest or point the variable at "
              "the folder of sample invoices.");
    m_directory = QDir(samples + u"/ubl"_s);
    if (!m_directory.exists())
        QSKIP(qPrintable(u"There are no UBL samples at %1."_s.arg(m_directory.path())));
}

void TestUblCorpus::everyFile_data()
{
    QTest::addColumn<QString>("path");

    const QStringList files = m_directory.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(u"%1 holds no files."_s.arg(m_directory.path())));
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << m_directory.filePath(file);
}

void TestUblCorpus::everyFile()
{
    QFETCH(QString, path);

    const UblReadResult result = UblReader::readFile(path);
    if (!result.invoice) {
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.startsWith(QFileInfo(path).fileName() + u": "_s),
                 qPrintable(result.error));
        return;
    }
    QCOMPARE(result.error, QString());
    const Invoice &invoice = *result.invoice;
    QCOMPARE(invoice.sourceFile, path);
    QVERIFY(invoice.issueDate.isValid());
    QCOMPARE(invoice.currency().size(), 3);
    QCOMPARE(invoice.paid.currency(), invoice.currency());
    QCOMPARE(invoice.direction, InvoiceDirection::Outgoing);
    QCOMPARE(invoice.booking, BookingState::Booked);
    QVERIFY(!invoice.emailed.has_value());
    QCOMPARE(invoice.id, QString());
}

void TestUblCorpus::knownFacts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<InvoiceKind>("kind");
    QTest::addColumn<QString>("typeCode");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<QDate>("dueDate");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<qint64>("paidCents");
    QTest::addColumn<QString>("customerName");
    QTest::addColumn<QString>("customerNumber");
    QTest::addColumn<QString>("countryCode");

    const InvoiceKind invoice = InvoiceKind::Invoice;
    const InvoiceKind creditNote = InvoiceKind::CreditNote;
    const QString euro = u"EUR"_s;
    const QString belgianCustomer = u"My Customer Company S.A."_s;

    // Standard Business Document, cbc as the default namespace, "Z" after the dates, the due
    // date only in PaymentMeans.
    QTest::newRow("SBDH envelope")
        << u"good-v11.xml"_s << invoice << u"380"_s << u"orderNumber"_s << QDate(2011, 8, 22)
        << QDate(2011, 8, 22) << euro << qint64(5157'08) << qint64(0) << u"CustomerName"_s
        << u"customerVATIN"_s << u"AT"_s;
    QTest::newRow("time zone after IssueDate, no due date, no customer number")
        << u"01.01a-INVOICE_ubl.xml"_s << invoice << u"380"_s << u"123456XX"_s << QDate(2016, 4, 4)
        << QDate() << euro << qint64(336'90) << qint64(0) << u"[Buyer name]"_s << QString()
        << u"DE"_s;
    QTest::newRow("credit note without a type code")
        << u"UBL-CreditNote-2.1-Example.ubl.xml"_s << creditNote << QString() << u"TOSL108"_s
        << QDate(2009, 12, 15) << QDate() << euro << qint64(1729'00) << qint64(1000'00)
        << u"Buyercompany ltd"_s << u"BE54321"_s << u"BE"_s;
    QTest::newRow("advance invoice in a three-decimal currency")
        << u"Prepayment.xml"_s << InvoiceKind::AdvanceInvoice << u"386"_s << u"OM-01TEST"_s
        << QDate(2025, 2, 6) << QDate(2025, 2, 13) << u"OMR"_s << qint64(11175'45)
        << qint64(1175'50) << u"Noor Electronics"_s << u"OM1234567890"_s << u"OM"_s;
    QTest::newRow("Belgian invoice with an embedded PDF")
        << u"UBLBE_BE0000000196_V01-15000001.xml"_s << invoice << u"380"_s << u"V01/15000001"_s
        << QDate(2018, 4, 9) << QDate(2018, 5, 9) << euro << qint64(484'00) << qint64(0)
        << belgianCustomer << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("Belgian credit note 381")
        << u"UBLBE_BE0000000196_V01-15000002.xml"_s << creditNote << u"381"_s << u"V01/15000002"_s
        << QDate(2018, 4, 9) << QDate() << euro << qint64(484'00) << qint64(0) << belgianCustomer
        << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("DueDate before the PaymentTerms date")
        << u"UBLBE_BE0000000196_V01-15000005.xml"_s << invoice << u"380"_s << u"V01/15000005"_s
        << QDate(2018, 4, 9) << QDate(2018, 5, 9) << euro << qint64(482'32) << qint64(0)
        << belgianCustomer << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("partly prepaid")
        << u"UBLBE_BE0000000196_V01-15000010.xml"_s << invoice << u"380"_s << u"V01/15000010"_s
        << QDate(2018, 4, 9) << QDate(2018, 5, 9) << euro << qint64(484'00) << qint64(100'00)
        << belgianCustomer << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("negative total")
        << u"UBLBE_BE0000000196_V01-15000013.xml"_s << invoice << u"380"_s << u"V01/15000013"_s
        << QDate(2018, 4, 9) << QDate(2018, 5, 9) << euro << qint64(-217'80) << qint64(0)
        << belgianCustomer << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("private customer with an endpoint of another scheme")
        << u"UBLBE_BE0000000196_V01-15000016.xml"_s << invoice << u"380"_s << u"V01/15000016"_s
        << QDate(2018, 4, 9) << QDate(2018, 5, 9) << euro << qint64(484'00) << qint64(0)
        << u"John Versmissen Jr"_s << QString() << u"BE"_s;
    QTest::newRow("US dollars") << u"UBLBE_BE0000000196_V01-15000023.xml"_s << invoice << u"380"_s
                                << u"V01/15000023"_s << QDate(2018, 4, 9) << QDate(2018, 5, 9)
                                << u"USD"_s << qint64(484'00) << qint64(0) << belgianCustomer
                                << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("Belgian Peppol invoice")
        << u"ubl_invoice.xml"_s << invoice << u"380"_s << u"V01/F2025158"_s << QDate(2025, 5, 2)
        << QDate(2025, 6, 1) << euro << qint64(14'96) << qint64(0) << u"GamaCorp nv"_s
        << u"BE0440332389"_s << u"BE"_s;
    QTest::newRow("Belgian CEN credit note")
        << u"ubl-tc434-creditnote1.xml"_s << creditNote << u"381"_s << u"018304 / 28865"_s
        << QDate(2019, 9, 23) << QDate() << euro << qint64(100'11) << qint64(0) << belgianCustomer
        << u"BE0000000295"_s << u"BE"_s;
    QTest::newRow("3 MB attachment, split payment")
        << u"FT G2G_TD01 con Allegato, Bonifico e Split Payment.xml"_s << invoice << u"380"_s
        << u"1316/85"_s << QDate(2020, 2, 13) << QDate() << euro << qint64(1520'12)
        << qint64(274'12) << u"AZIENDA USL DI MODENA"_s << u"IT02241850367"_s << u"IT"_s;
    QTest::newRow("prepaid more than the total, e-mail endpoint")
        << u"03.01a-INVOICE_ubl.xml"_s << invoice << u"380"_s << u"123456789"_s
        << QDate(2019, 2, 28) << QDate(2019, 3, 14) << euro << qint64(804'86) << qint64(1030'00)
        << u"[Buyer name]"_s << QString() << u"DE"_s;
    QTest::newRow("no buyer VAT number")
        << u"vat-category-O.xml"_s << invoice << u"380"_s << u"Vat-O"_s << QDate(2018, 8, 30)
        << QDate() << u"SEK"_s << qint64(3200'00) << qint64(0) << u"The Buyercompany"_s << QString()
        << u"NO"_s;
    QTest::newRow("large negative invoice, upper-case extension")
        << u"BIS3_Invoice_negativ.XML"_s << invoice << u"380"_s << u"12345"_s << QDate(2019, 1, 25)
        << QDate(2019, 2, 24) << u"DKK"_s << qint64(-782179'43) << qint64(0) << u"Company B"_s
        << u"DK87654321"_s << u"DK"_s;
    QTest::newRow("OpenPeppol base example")
        << u"base-example.xml"_s << invoice << u"380"_s << u"Snippet1"_s << QDate(2017, 11, 13)
        << QDate(2017, 12, 1) << euro << qint64(1656'25) << qint64(0) << u"BuyerTradingName AS"_s
        << u"SE4598375937"_s << u"SE"_s;
    QTest::newRow("OpenPeppol credit note")
        << u"base-creditnote-correction.xml"_s << creditNote << u"381"_s << u"Snippet1"_s
        << QDate(2017, 11, 13) << QDate() << euro << qint64(1656'25) << qint64(0)
        << u"BuyerTradingName AS"_s << u"SE4598375937"_s << u"SE"_s;
    QTest::newRow("Norwegian prepaid")
        << u"Norwegian-example-1.xml"_s << invoice << u"380"_s << u"TOSL108"_s << QDate(2013, 6, 30)
        << QDate(2013, 7, 20) << u"NOK"_s << qint64(1801'78) << qint64(1000'00)
        << u"The Buyercompany"_s << u"NO987654325MVA"_s << u"NO"_s;
}

void TestUblCorpus::knownFacts()
{
    QFETCH(QString, file);
    QFETCH(InvoiceKind, kind);
    QFETCH(QString, typeCode);
    QFETCH(QString, number);
    QFETCH(QDate, issueDate);
    QFETCH(QDate, dueDate);
    QFETCH(QString, currency);
    QFETCH(qint64, totalCents);
    QFETCH(qint64, paidCents);
    QFETCH(QString, customerName);
    QFETCH(QString, customerNumber);
    QFETCH(QString, countryCode);

    if (!m_directory.exists(file))
        QSKIP(qPrintable(u"The sample %1 is not in %2."_s.arg(file, m_directory.path())));

    const UblReadResult result = UblReader::readFile(m_directory.filePath(file));
    QCOMPARE(result.error, QString());
    QVERIFY(result.invoice.has_value());
    const Invoice &invoice = *result.invoice;
    QCOMPARE(invoice.kind, kind);
    QCOMPARE(invoice.typeCode, typeCode);
    QCOMPARE(invoice.number, number);
    QCOMPARE(invoice.issueDate, issueDate);
    QCOMPARE(invoice.dueDate, dueDate);
    QCOMPARE(invoice.total, Money::fromCents(totalCents, currency));
    QCOMPARE(invoice.paid, Money::fromCents(paidCents, currency));
    QCOMPARE(invoice.customer.name, customerName);
    QCOMPARE(invoice.customer.number, customerNumber);
    QCOMPARE(invoice.customer.kind,
             customerNumber.isEmpty() ? CustomerKind::Person : CustomerKind::Company);
    QCOMPARE(invoice.customer.countryCode, countryCode);
}

QTEST_GUILESS_MAIN(TestUblCorpus)
#include "tst_ublcorpus.moc"
