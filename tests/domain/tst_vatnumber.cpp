#include "vatnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Belgian VAT (enterprise) numbers in the spellings people and files use.
class TestVatNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizedBelgian_data();
    void normalizedBelgian();
    void compact_data();
    void compact();
};

void TestVatNumber::normalizedBelgian_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized"); // empty when not a valid Belgian number

    // Valid: 97 - (01234567 mod 97) = 49.
    const QString valid = u"BE0123456749"_s;
    QTest::newRow("canonical") << u"BE0123456749"_s << valid;
    QTest::newRow("spaces and dots") << u"BE 0123.456.749"_s << valid;
    QTest::newRow("lower case") << u"be0123456749"_s << valid;
    QTest::newRow("mixed case") << u"Be 0123 456 749"_s << valid;
    QTest::newRow("hyphens") << u"BE-0123-456-749"_s << valid;
    QTest::newRow("no prefix") << u"0123456749"_s << valid;
    QTest::newRow("no prefix, dots") << u"0123.456.749"_s << valid;
    QTest::newRow("surrounding white space") << u"  BE0123456749\t"_s << valid;
    QTest::newRow("no-break space") << (u"BE"_s + QChar(0x00A0) + u"0123456749"_s) << valid;
    QTest::newRow("old nine-digit form") << u"123456749"_s << valid;
    QTest::newRow("old nine-digit form with prefix") << u"BE 123.456.749"_s << valid;
    QTest::newRow("old nine-digit form, lower case") << u"be123456749"_s << valid;
    QTest::newRow("first digit 1") << u"BE 1000.000.021"_s << u"BE1000000021"_s;
    QTest::newRow("another first digit 1") << u"1234.567.894"_s << u"BE1234567894"_s;
    QTest::newRow("a bank") << u"BE 0462.920.226"_s << u"BE0462920226"_s;
    QTest::newRow("a company") << u"BE0477472701"_s << u"BE0477472701"_s;
    QTest::newRow("check number 97") << u"0000.009.797"_s << u"BE0000009797"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("white space only") << u"   "_s << QString();
    QTest::newRow("prefix only") << u"BE"_s << QString();
    QTest::newRow("wrong check digits") << u"BE0123456748"_s << QString();
    QTest::newRow("check digits swapped") << u"BE0123456794"_s << QString();
    QTest::newRow("check number 00 for 97") << u"BE0000009700"_s << QString();
    QTest::newRow("digits swapped") << u"BE0213456749"_s << QString();
    // 97 - (21234567 mod 97) = 91: right check digits, but no Belgian number starts with 2.
    QTest::newRow("first digit 2") << u"BE2123456791"_s << QString();
    QTest::newRow("first digit 9") << u"9123456749"_s << QString();
    QTest::newRow("letter inside") << u"BE0123A56749"_s << QString();
    QTest::newRow("letter at the end") << u"BE012345674X"_s << QString();
    QTest::newRow("eleven digits") << u"BE01234567490"_s << QString();
    QTest::newRow("eleven digits without prefix") << u"01234567490"_s << QString();
    QTest::newRow("eight digits") << u"BE01234567"_s << QString();
    QTest::newRow("Dutch number") << u"NL853212345B01"_s << QString();
    QTest::newRow("French prefix on a Belgian number") << u"FR0123456749"_s << QString();
    QTest::newRow("prefix at the end") << u"0123456749BE"_s << QString();
    QTest::newRow("prefix twice") << u"BEBE0123456749"_s << QString();
    QTest::newRow("underscores") << u"BE_0123_456_749"_s << QString();
    QTest::newRow("full-width digits")
        << (u"BE"_s + QString(QChar(0xFF10)) + u"123456749"_s) << QString();
    QTest::newRow("Arabic-Indic digit") << (u"BE012345674"_s + QChar(0x0669)) << QString();
}

void TestVatNumber::normalizedBelgian()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);

    QCOMPARE(VatNumber::normalizedBelgian(raw), normalized);
    QCOMPARE(VatNumber::isValidBelgian(raw), !normalized.isEmpty());
    // The canonical form is itself valid and stays the same.
    if (!normalized.isEmpty())
        QCOMPARE(VatNumber::normalizedBelgian(normalized), normalized);
}

void TestVatNumber::compact_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("compact");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("white space only") << u" \t "_s << QString();
    QTest::newRow("Belgian spelling") << u"be 0123.456.749"_s << u"BE0123456749"_s;
    QTest::newRow("hyphens") << u"BE-0123-456-749"_s << u"BE0123456749"_s;
    QTest::newRow("already compact") << u"BE0123456749"_s << u"BE0123456749"_s;
    QTest::newRow("Dutch number") << u"nl 8532.12.345.b01"_s << u"NL853212345B01"_s;
    QTest::newRow("invalid number kept") << u"BE 0123.456.748"_s << u"BE0123456748"_s;
    QTest::newRow("old nine-digit form gets no zero") << u"123.456.749"_s << u"123456749"_s;
}

void TestVatNumber::compact()
{
    QFETCH(QString, raw);
    QFETCH(QString, compact);

    QCOMPARE(VatNumber::compact(raw), compact);
}

QTEST_GUILESS_MAIN(TestVatNumber)
#include "tst_vatnumber.moc"
