#include "language.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // the translation, or its plural forms
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {};
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            // The plural forms follow as <numerusform> children.
            if (!message.numerus)
                message.forms = QStringList {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

// The mnemonic letter of a text: "&Book invoice" has one, "&&" is a literal ampersand.
int mnemonicCount(QString text)
{
    text.remove(u"&&"_s);
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString translationsDirectory()
{
    return QStringLiteral(ODF_TRANSLATIONS_DIR);
}

} // namespace

// The translation files as checked in, the compiled ones as the application loads them, and
// the product's own words in Dutch and French.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theThreeLanguagesAreThere();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void compiledFilesLoad_data();
    void compiledFilesLoad();
    void productTerms_data();
    void productTerms();
    void sameStateSameWords_data();
    void sameStateSameWords();
    void pluralForms_data();
    void pluralForms();
    void switchingInstallsQtsOwnTranslations();
    void unknownLanguageFallsBackToEnglish();
    void choiceIsRemembered();
};

void TestTranslations::theThreeLanguagesAreThere()
{
    const QStringList files =
        QDir(translationsDirectory()).entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList {u"odf_en.ts"_s, u"odf_fr.ts"_s, u"odf_nl.ts"_s}));
}

void TestTranslations::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("nl") << u"odf_nl.ts"_s << u"nl_BE"_s << false;
    QTest::newRow("fr") << u"odf_fr.ts"_s << u"fr_BE"_s << false;
    QTest::newRow("en") << u"odf_en.ts"_s << u"en"_s << true;
}

void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);

    const TsFile ts = readTs(QDir(translationsDirectory()).filePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY(!ts.messages.isEmpty());
    for (const Message &message : ts.messages) {
        const QString where = message.context + u": " + message.source;
        QVERIFY2(message.type.isEmpty(), qPrintable(message.type + u" — " + where));
        QCOMPARE(message.numerus, message.source.contains(u"%n"));
        if (pluralOnly)
            QVERIFY2(message.numerus, qPrintable(where));
        // Dutch, French and English all have a singular and a plural form.
        QCOMPARE(message.forms.size(), message.numerus ? 2 : 1);
        for (const QString &form : message.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            // Every value the code fills in has its place in the translation.
            QCOMPARE(placeholders(form), placeholders(message.source));
            QCOMPARE(mnemonicCount(form), mnemonicCount(message.source));
            // The integration keeps its name in every language.
            if (message.source.contains(u"KBC On Demand Financing"))
                QVERIFY2(form.contains(u"KBC On Demand Financing"), qPrintable(form));
        }
    }
}

void TestTranslations::compiledFilesLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestTranslations::compiledFilesLoad()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(
        translator.load(ProductTranslations::baseName(language), ProductTranslations::directory()),
        qPrintable(ProductTranslations::directory() + u'/'
                   + ProductTranslations::baseName(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), language);
}

void TestTranslations::productTerms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    const QString nbsp(QChar(0x00A0));
    // The Dutch labels the product specification fixes, word for word.
    QTest::newRow("nl waiting") << u"nl"_s << u"FinancingTexts"_s << u"Waiting for approval"_s
                                << u"Wachten op goedkeuring"_s;
    QTest::newRow("nl request") << u"nl"_s << u"FinancingPanel"_s << u"Request financing"_s
                                << u"Financiering aanvragen"_s;
    QTest::newRow("nl request button") << u"nl"_s << u"FinancingPanel"_s << u"&Request financing"_s
                                       << u"&Financiering aanvragen"_s;
    QTest::newRow("nl financed") << u"nl"_s << u"FinancingTexts"_s << u"Financed"_s
                                 << u"Gefinancierd"_s;
    QTest::newRow("nl settled") << u"nl"_s << u"FinancingTexts"_s << u"Settled"_s << u"Voldaan"_s;
    QTest::newRow("nl eligible") << u"nl"_s << u"FinancingTexts"_s << u"Eligible"_s
                                 << u"Komt in aanmerking"_s;
    QTest::newRow("nl not eligible")
        << u"nl"_s << u"FinancingTexts"_s << u"Not eligible"_s << u"Komt niet in aanmerking"_s;
    // Belgian invoicing words.
    QTest::newRow("nl credit note")
        << u"nl"_s << u"InvoiceListModel"_s << u"Credit note"_s << u"Creditnota"_s;
    QTest::newRow("nl due date") << u"nl"_s << u"InvoiceListModel"_s << u"Due date"_s
                                 << u"Vervaldag"_s;
    QTest::newRow("nl booked") << u"nl"_s << u"InvoiceListModel"_s << u"Booked"_s << u"Ingeboekt"_s;
    QTest::newRow("nl VAT number")
        << u"nl"_s << u"EligibilityRules"_s << u"VAT number"_s << u"Btw-nummer"_s;
    QTest::newRow("nl payment term")
        << u"nl"_s << u"EligibilityRules"_s << u"Payment term"_s << u"Betalingstermijn"_s;
    QTest::newRow("nl advance invoice")
        << u"nl"_s << u"EligibilityRules"_s
        << u"This is an advance invoice; only final invoices can be financed."_s
        << u"Dit is een voorschotfactuur; enkel eindfacturen kunnen worden gefinancierd."_s;
    QTest::newRow("fr credit note")
        << u"fr"_s << u"InvoiceListModel"_s << u"Credit note"_s << u"Note de crédit"_s;
    QTest::newRow("fr credit notes")
        << u"fr"_s << u"EligibilityRules"_s << u"Credit notes"_s << u"Notes de crédit"_s;
    QTest::newRow("fr due date") << u"fr"_s << u"InvoiceListModel"_s << u"Due date"_s
                                 << u"Échéance"_s;
    QTest::newRow("fr booked") << u"fr"_s << u"InvoiceListModel"_s << u"Booked"_s
                               << u"Comptabilisée"_s;
    QTest::newRow("fr VAT number")
        << u"fr"_s << u"EligibilityRules"_s << u"VAT number"_s << u"Numéro de TVA"_s;
    QTest::newRow("fr payment term")
        << u"fr"_s << u"EligibilityRules"_s << u"Payment term"_s << u"Délai de paiement"_s;
    QTest::newRow("fr request") << u"fr"_s << u"FinancingPanel"_s << u"Request financing"_s
                                << u"Demander le financement"_s;
    QTest::newRow("fr waiting") << u"fr"_s << u"FinancingTexts"_s << u"Waiting for approval"_s
                                << u"En attente d'approbation"_s;
    // French puts a no-break space before a colon.
    QTest::newRow("fr search") << u"fr"_s << u"InvoiceOverview"_s << u"&Search:"_s
                               << u"&Rechercher"_s + nbsp + u":";
    QTest::newRow("fr advance invoice")
        << u"fr"_s << u"FinancingPanel"_s << u"Advance invoice %1"_s << u"Facture d'acompte %1"_s;
}

void TestTranslations::productTerms()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(
        translator.load(ProductTranslations::baseName(language), ProductTranslations::directory()));
    QCOMPARE(translator.translate(qPrintable(context), source.toUtf8().constData()), expected);
}

void TestTranslations::sameStateSameWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    for (const QString &language : {u"nl"_s, u"fr"_s}) {
        for (const QString &state :
             {u"Not eligible"_s, u"Eligible"_s, u"Awaiting signature"_s, u"Payout pending"_s,
              u"Financed"_s, u"Settled"_s, u"Refused by KBC"_s}) {
            QTest::addRow("%s %s", qPrintable(language), qPrintable(state)) << language << state;
        }
    }
}

// The list's Financing column and the panel's badge call a state by the same name.
void TestTranslations::sameStateSameWords()
{
    QFETCH(QString, language);
    QFETCH(QString, state);
    QTranslator translator;
    QVERIFY(
        translator.load(ProductTranslations::baseName(language), ProductTranslations::directory()));
    const QByteArray source = state.toUtf8();
    const QString inPanel = translator.translate("FinancingTexts", source.constData());
    QVERIFY(!inPanel.isEmpty());
    QCOMPARE(translator.translate("InvoiceListModel", source.constData()), inPanel);
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << u"en"_s << 1 << u"1 invoice"_s;
    QTest::newRow("en 32") << u"en"_s << 32 << u"32 invoices"_s;
    QTest::newRow("en 0") << u"en"_s << 0 << u"0 invoices"_s;
    QTest::newRow("nl 1") << u"nl"_s << 1 << u"1 factuur"_s;
    QTest::newRow("nl 0") << u"nl"_s << 0 << u"0 facturen"_s;
    QTest::newRow("nl 32") << u"nl"_s << 32 << u"32 facturen"_s;
    // French counts zero as singular.
    QTest::newRow("fr 0") << u"fr"_s << 0 << u"0 facture"_s;
    QTest::newRow("fr 1") << u"fr"_s << 1 << u"1 facture"_s;
    QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 factures"_s;
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    Translations translations(*QCoreApplication::instance());
    QVERIFY(translations.setLanguage(language));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n invoice(s)", nullptr, count), expected);
}

void TestTranslations::switchingInstallsQtsOwnTranslations()
{
    Translations translations(*QCoreApplication::instance());
    QVERIFY(translations.setLanguage(u"nl"_s));
    QCOMPARE(translations.language(), u"nl"_s);
    QCOMPARE(QCoreApplication::translate("FinancingTexts", "Settled"), u"Voldaan"_s);
    // Standard buttons come from Qt's own translation.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuleren"_s);

    QVERIFY(translations.setLanguage(u"fr"_s));
    QCOMPARE(QCoreApplication::translate("FinancingTexts", "Settled"), u"Réglée"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);

    QVERIFY(translations.setLanguage(u"en"_s));
    QCOMPARE(QCoreApplication::translate("FinancingTexts", "Settled"), u"Settled"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    Translations translations(*QCoreApplication::instance());
    QVERIFY(translations.setLanguage(u"de"_s));
    QCOMPARE(translations.language(), u"en"_s);
    QCOMPARE(QCoreApplication::translate("FinancingTexts", "Settled"), u"Settled"_s);
}

void TestTranslations::choiceIsRemembered()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"settings.ini"_s);
    {
        // Nothing chosen yet: the system's language, amounts as that language writes them.
        const QSettings settings(path, QSettings::IniFormat);
        const LanguageChoice first = LanguageChoice::load(settings);
        QCOMPARE(first.language, Language::systemDefault());
        QCOMPARE(first.numberLocale, QString());
        QCOMPARE(first.effectiveNumberLocale(), Language::numberLocaleFor(first.language));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        LanguageChoice {u"fr"_s, u"nl_BE"_s}.save(settings);
    }
    const QSettings settings(path, QSettings::IniFormat);
    const LanguageChoice again = LanguageChoice::load(settings);
    QCOMPARE(again.language, u"fr"_s);
    QCOMPARE(again.numberLocale, u"nl_BE"_s);
    QCOMPARE(again.effectiveNumberLocale(), QLocale(QLocale::Dutch, QLocale::Belgium));
    QCOMPARE(settings.value(u"ui/language"_s).toString(), u"fr"_s);
    QCOMPARE(settings.value(u"ui/numberLocale"_s).toString(), u"nl_BE"_s);

    // Something the program does not know is ignored, not trusted.
    {
        QSettings broken(path, QSettings::IniFormat);
        broken.setValue(u"ui/language"_s, u"klingon"_s);
        broken.setValue(u"ui/numberLocale"_s, u"ja_JP"_s);
    }
    const LanguageChoice repaired = LanguageChoice::load(QSettings(path, QSettings::IniFormat));
    QCOMPARE(repaired.language, Language::systemDefault());
    QCOMPARE(repaired.numberLocale, QString());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
