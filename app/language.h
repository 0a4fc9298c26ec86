#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

class QCoreApplication;
class QSettings;

// The UI languages the product ships and the Belgian number locale that goes with each.
namespace Language {

// "en", "nl" or "fr"; false for anything else.
bool isSupported(const QString &code);
// The language to start in when none was chosen: the system's when supported, else English.
QString systemDefault();
// nl -> nl_BE, fr -> fr_BE, en -> en_BE.
QLocale numberLocaleFor(const QString &code);
// "nl_BE", "fr_BE" or "en_BE": the number formats that can be chosen apart from the language.
bool isSupportedNumberLocale(const QString &name);
// The locale for amounts and dates: the chosen number format, or the language's own when
// none is chosen (empty or unknown numberLocale).
QLocale numberLocale(const QString &language, const QString &numberLocale);

} // namespace Language

// What the user chose in the Language menu, kept between runs under "ui/language" and
// "ui/numberLocale". The first run follows the system's language.
struct LanguageChoice
{
    QString language; // en, nl or fr
    QString numberLocale; // nl_BE, fr_BE, en_BE, or empty to follow the language

    static LanguageChoice load(const QSettings &settings);
    void save(QSettings &settings) const;
    QLocale effectiveNumberLocale() const { return Language::numberLocale(language, numberLocale); }
};

// The translators installed in the application: the product's own and Qt's (standard buttons
// and dialogs), for one language at a time. Installing them makes Qt send a LanguageChange
// event to every widget, which then retranslates itself.
class Translations final
{
public:
    explicit Translations(QCoreApplication &application);
    ~Translations();

    QString language() const { return m_language; }
    // Switches to the language (English for an unknown code). False when the product's
    // translation could not be loaded; the English texts show then.
    bool setLanguage(const QString &code);

private:
    void uninstall();

    QCoreApplication &m_application;
    QString m_language = QStringLiteral("en");
    QTranslator m_product;
    QTranslator m_qt;
    bool m_productInstalled = false;
    bool m_qtInstalled = false;
};
