#include "limitgauge.h"
#include "widgetfixture.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

Money euros(qint64 cents)
{
    return Money::fromCents(cents);
}

const Money limit = euros(100'000'00);

// Stands in for the Dutch and French translations, which are longer than English: the
// gauge must wrap them rather than grow wide or cut them off.
class LongTranslator final : public QTranslator
{
public:
    explicit LongTranslator(QString sentence)
        : m_sentence(std::move(sentence))
    { }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "LimitGauge") == 0
            && qstrcmp(sourceText, "%1 used · %2 reserved · %3 available of %4") == 0)
            return m_sentence;
        return {};
    }

private:
    QString m_sentence;
};

} // namespace

// The financing limit as a bar in three parts and one sentence, in every number locale.
class TestLimitGauge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsWithTheWholeLimitAvailable();
    void text_data();
    void text();
    void numberLocaleChangesTheText();
    void available_data();
    void available();
    void segments_data();
    void segments();
    void paintsTheParts();
    void setterNotifiesOnlyOnChange();
    void longTranslationsWrapWithinTheWidth_data();
    void longTranslationsWrapWithinTheWidth();
    void screenshots_data();
    void screenshots();

private:
    QLabel *textLabel() const { return m_gauge->findChild<QLabel *>(u"limitGaugeText"_s); }

    std::unique_ptr<LimitGauge> m_gauge;
};

void TestLimitGauge::init()
{
    m_gauge = std::make_unique<LimitGauge>();
    m_gauge->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gauge.get()));
}

void TestLimitGauge::cleanup()
{
    m_gauge.reset();
}

void TestLimitGauge::startsWithTheWholeLimitAvailable()
{
    QCOMPARE(m_gauge->objectName(), u"limitGauge"_s);
    QCOMPARE(m_gauge->limit(), limit);
    QCOMPARE(m_gauge->used(), euros(0));
    QCOMPARE(m_gauge->available(), limit);
    QCOMPARE(m_gauge->text(),
             u"0,00\u00a0€ used · 0,00\u00a0€ reserved · "
             u"100.000,00\u00a0€ available of 100.000,00\u00a0€"_s);
}

void TestLimitGauge::text_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_BE") << u"en_BE"_s << qint64(78'280'95) << qint64(9'680'00)
                           << u"78.280,95\u00a0€ used · 9.680,00\u00a0€ reserved · "
                              u"12.039,05\u00a0€ available of 100.000,00\u00a0€"_s;
    QTest::newRow("nl_BE") << u"nl_BE"_s << qint64(78'280'95) << qint64(9'680'00)
                           << u"€\u00a078.280,95 used · €\u00a09.680,00 reserved · "
                              u"€\u00a012.039,05 available of €\u00a0100.000,00"_s;
    // French: U+202F between the thousands, U+00A0 before the euro sign.
    QTest::newRow("fr_BE") << u"fr_BE"_s << qint64(78'280'95) << qint64(9'680'00)
                           << u"78\u202f280,95\u00a0€ used · 9\u202f680,00\u00a0€ reserved · "
                              u"12\u202f039,05\u00a0€ available of 100\u202f000,00\u00a0€"_s;
    QTest::newRow("nl_BE nothing financed")
        << u"nl_BE"_s << qint64(0) << qint64(0)
        << u"€\u00a00,00 used · €\u00a00,00 reserved · €\u00a0100.000,00 available of "
           u"€\u00a0100.000,00"_s;
    QTest::newRow("fr_BE limit reached")
        << u"fr_BE"_s << qint64(90'000'00) << qint64(10'000'00)
        << u"90\u202f000,00\u00a0€ used · 10\u202f000,00\u00a0€ reserved · 0,00\u00a0€ "
           u"available of 100\u202f000,00\u00a0€"_s;
    // The bank may lower the limit under what is outstanding; nothing is available then.
    QTest::newRow("en_BE over the limit")
        << u"en_BE"_s << qint64(95'000'00) << qint64(12'100'00)
        << u"95.000,00\u00a0€ used · 12.100,00\u00a0€ reserved · 0,00\u00a0€ available of "
           u"100.000,00\u00a0€"_s;
}

void TestLimitGauge::text()
{
    QFETCH(QString, locale);
    QFETCH(qint64, used);
    QFETCH(qint64, reserved);
    QFETCH(QString, expected);

    m_gauge->setNumberLocale(QLocale(locale));
    m_gauge->setFigures(euros(used), euros(reserved), limit);
    QCOMPARE(m_gauge->text(), expected);
    QCOMPARE(textLabel()->text(), expected);
    // Screen readers read the sentence both on the label and on the gauge.
    QCOMPARE(textLabel()->accessibleName(), expected);
    QCOMPARE(m_gauge->accessibleName(), u"KBC financing limit"_s);
    QCOMPARE(m_gauge->accessibleDescription(), expected);
    QCOMPARE(m_gauge->toolTip(), expected);
}

void TestLimitGauge::numberLocaleChangesTheText()
{
    m_gauge->setFigures(euros(2'500'00), euros(0), limit);
    QVERIFY(textLabel()->text().startsWith(u"2.500,00\u00a0€ used"_s));
    m_gauge->setNumberLocale(QLocale(QLocale::French, QLocale::Belgium));
    QVERIFY(textLabel()->text().startsWith(u"2\u202f500,00\u00a0€ used"_s));
    QCOMPARE(m_gauge->accessibleDescription(), textLabel()->text());
}

void TestLimitGauge::available_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<qint64>("available");

    QTest::newRow("nothing taken") << qint64(0) << qint64(0) << qint64(100'000'00);
    QTest::newRow("used and reserved")
        << qint64(78'280'95) << qint64(9'680'00) << qint64(12'039'05);
    QTest::newRow("one cent left") << qint64(99'999'99) << qint64(0) << qint64(1);
    QTest::newRow("exactly full") << qint64(50'000'00) << qint64(50'000'00) << qint64(0);
    QTest::newRow("over the limit") << qint64(95'000'00) << qint64(12'100'00) << qint64(0);
}

void TestLimitGauge::available()
{
    QFETCH(qint64, used);
    QFETCH(qint64, reserved);
    QFETCH(qint64, available);

    m_gauge->setFigures(euros(used), euros(reserved), limit);
    QCOMPARE(m_gauge->available(), euros(available));
}

void TestLimitGauge::segments_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("usedWidth");
    QTest::addColumn<int>("reservedWidth");
    QTest::addColumn<int>("availableWidth");

    const qint64 full = 100'000'00;
    QTest::newRow("typical") << qint64(78'280'95) << qint64(9'680'00) << full << 1000 << 783 << 97
                             << 120;
    QTest::newRow("nothing taken") << qint64(0) << qint64(0) << full << 1000 << 0 << 0 << 1000;
    QTest::newRow("full") << qint64(60'000'00) << qint64(40'000'00) << full << 1000 << 600 << 400
                          << 0;
    QTest::newRow("over the limit")
        << qint64(95'000'00) << qint64(12'100'00) << full << 1000 << 950 << 50 << 0;
    QTest::newRow("a cent reserved stays visible")
        << qint64(50'000'00) << qint64(1) << full << 1000 << 500 << 3 << 497;
    QTest::newRow("a cent available stays visible")
        << qint64(99'999'99) << qint64(0) << full << 1000 << 997 << 0 << 3;
    QTest::newRow("a cent used on a narrow bar")
        << qint64(1) << qint64(0) << full << 10 << 3 << 0 << 7;
    QTest::newRow("a lower limit")
        << qint64(20'000'00) << qint64(5'000'00) << qint64(50'000'00) << 440 << 176 << 44 << 220;
    QTest::newRow("no limit") << qint64(0) << qint64(0) << qint64(0) << 300 << 0 << 0 << 300;
    QTest::newRow("no width") << qint64(78'280'95) << qint64(9'680'00) << full << 0 << 0 << 0 << 0;
}

void TestLimitGauge::segments()
{
    QFETCH(qint64, used);
    QFETCH(qint64, reserved);
    QFETCH(qint64, limit);
    QFETCH(int, width);
    QFETCH(int, usedWidth);
    QFETCH(int, reservedWidth);
    QFETCH(int, availableWidth);

    m_gauge->setFigures(euros(used), euros(reserved), euros(limit));
    const LimitGauge::Segments parts = m_gauge->segments(width);
    QCOMPARE(parts.used, usedWidth);
    QCOMPARE(parts.reserved, reservedWidth);
    QCOMPARE(parts.available, availableWidth);
    QCOMPARE(parts.used + parts.reserved + parts.available, width);
}

void TestLimitGauge::paintsTheParts()
{
    m_gauge->setFigures(euros(50'000'00), euros(25'000'00), limit);
    auto *bar = m_gauge->findChild<QWidget *>(u"limitGaugeBar"_s);
    QVERIFY(bar);
    m_gauge->resize(400, m_gauge->heightForWidth(400));
    const QImage image = bar->grab().toImage();
    const int middle = image.height() / 2;
    const qreal scale = image.devicePixelRatio();
    const auto colourAt = [&](qreal fraction) {
        return image.pixelColor(int(fraction * image.width()), middle).rgb();
    };
    QCOMPARE(bar->width(), 400);
    QCOMPARE(QColor(colourAt(0.25)), QColor(0x0a, 0x5a, 0xa5));
    QCOMPARE(QColor(colourAt(0.9)), bar->palette().color(QPalette::Base));
    // The hatched part is neither of the two.
    QVERIFY(colourAt(0.625) != colourAt(0.25));
    QVERIFY(colourAt(0.625) != colourAt(0.9));
    Q_UNUSED(scale);
}

void TestLimitGauge::setterNotifiesOnlyOnChange()
{
    QSignalSpy changed(m_gauge.get(), &LimitGauge::figuresChanged);
    m_gauge->setFigures(euros(0), euros(0), limit);
    QCOMPARE(changed.count(), 0);
    m_gauge->setFigures(euros(9'680'00), euros(0), limit);
    QCOMPARE(changed.count(), 1);
    m_gauge->setFigures(euros(9'680'00), euros(0), limit);
    QCOMPARE(changed.count(), 1);
    m_gauge->setFigures(euros(9'680'00), euros(6'050'00), limit);
    QCOMPARE(changed.count(), 2);
    m_gauge->setFigures(euros(9'680'00), euros(6'050'00), euros(50'000'00));
    QCOMPARE(changed.count(), 3);
    // The number locale changes how the figures read, not the figures.
    m_gauge->setNumberLocale(QLocale(QLocale::Dutch, QLocale::Belgium));
    QCOMPARE(changed.count(), 3);
}

void TestLimitGauge::longTranslationsWrapWithinTheWidth_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("Dutch") << u"nl_BE"_s
                           << u"%1 in gebruik · %2 gereserveerd · %3 nog beschikbaar van %4"_s;
    QTest::newRow("French") << u"fr_BE"_s
                            << u"%1 utilisés · %2 réservés · %3 encore disponibles sur %4"_s;
}

void TestLimitGauge::longTranslationsWrapWithinTheWidth()
{
    QFETCH(QString, locale);
    QFETCH(QString, sentence);

    m_gauge->setNumberLocale(QLocale(locale));
    m_gauge->setFigures(euros(78'280'95), euros(9'680'00), limit);
    LongTranslator translator(sentence);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // The window hears of the new language on the next turn of the event loop.
    QTRY_VERIFY(textLabel()->text().contains(sentence.section(u' ', 1, 1)));

    const QSize hint = m_gauge->sizeHint();
    QCOMPARE_LE(hint.width(), 440);
    m_gauge->resize(hint);
    QTest::qWait(0);
    QLabel *label = textLabel();
    // All lines fit: the label got at least the height its text needs at its width.
    QCOMPARE_GE(label->height(), label->heightForWidth(label->width()));
    QCOMPARE_GE(label->height(), 2 * label->fontMetrics().lineSpacing());
    QCOMPARE(m_gauge->accessibleDescription(), label->text());
    QVERIFY(saveScreenshot(*m_gauge, u"limitgauge-long-"_s + locale).isEmpty()
            || !qEnvironmentVariableIsEmpty("ODF_SCREENSHOT_DIR"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(textLabel()->text(), m_gauge->text());
    QVERIFY(textLabel()->text().contains(u" used · "_s));
}

void TestLimitGauge::screenshots_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_BE") << u"en_BE"_s;
    QTest::newRow("nl_BE") << u"nl_BE"_s;
    QTest::newRow("fr_BE") << u"fr_BE"_s;
}

void TestLimitGauge::screenshots()
{
    QFETCH(QString, locale);
    // On a window background with some room around it, as it sits in the main window.
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    layout->setContentsMargins(16, 16, 16, 16);
    auto *gauge = new LimitGauge(&host);
    layout->addWidget(gauge);
    gauge->setNumberLocale(QLocale(locale));
    gauge->setFigures(euros(78'280'95), euros(9'680'00), limit);
    host.resize(host.sizeHint());
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QCOMPARE_LE(gauge->width(), 440);
    auto *label = gauge->findChild<QLabel *>(u"limitGaugeText"_s);
    QCOMPARE_GE(label->height(), label->heightForWidth(label->width()));
    saveScreenshot(host, u"limitgauge-"_s + locale);
}

QTEST_MAIN(TestLimitGauge)
#include "tst_limitgauge.moc"
