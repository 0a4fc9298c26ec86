#include "language.h"

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "odf.app.language", QtWarningMsg)

const QString languageKey = QStringLiteral("ui/language");
const QString numberLocaleKey = QStringLiteral("ui/numberLocale");

} // namespace

namespace Language {

bool isSupported(const QString &code)
{
    return code == u"en" || code == u"nl" || code == u"fr";
}

QString systemDefault()
{
    const QString code = QLocale::languageToCode(QLocale::system().language());
    return isSupported(code) ? code : QStringLiteral("en");
}

QLocale numberLocaleFor(const QString &code)
{
    if (code == u"nl")
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (code == u"fr")
        return QLocale(QLocale::French, QLocale::Belgium);
    return QLocale(QLocale::English, QLocale::Belgium);
}

bool isSupportedNumberLocale(const QString &name)
{
    return name == u"nl_BE" || name == u"fr_BE" || name == u"en_BE";
}

QLocale numberLocale(const QString &language, const QString &numberLocale)
{
    return isSupportedNumberLocale(numberLocale) ? QLocale(numberLocale)
                                                 : numberLocaleFor(language);
}

} // namespace Language

LanguageChoice LanguageChoice::load(const QSettings &settings)
{
    LanguageChoice choice;
    choice.language = settings.value(languageKey).toString();
    if (!Language::isSupported(choice.language))
        choice.language = Language::systemDefault();
    choice.numberLocale = settings.value(numberLocaleKey).toString();
    if (!Language::isSupportedNumberLocale(choice.numberLocale))
        choice.numberLocale.clear();
    return choice;
}

void LanguageChoice::save(QSettings &settings) const
{
    settings.setValue(languageKey, language);
    settings.setValue(numberLocaleKey, numberLocale);
}

Translations::Translations(QCoreApplication &application)
    : m_application(application)
{ }

Translations::~Translations()
{
    uninstall();
}

void Translations::uninstall()
{
    if (m_productInstalled)
        m_application.removeTranslator(&m_product);
    if (m_qtInstalled)
        m_application.removeTranslator(&m_qt);
    m_productInstalled = false;
    m_qtInstalled = false;
}

bool Translations::setLanguage(const QString &code)
{
    const QString language = Language::isSupported(code) ? code : QStringLiteral("en");
    uninstall();
    m_language = language;
    // English is the language of the sources; its file holds only the plural forms.
    const bool loaded =
        m_product.load(ProductTranslations::baseName(language), ProductTranslations::directory());
    if (loaded)
        m_productInstalled = m_application.installTranslator(&m_product);
    else
        qCWarning(lcLanguage) << "No product translation for" << language;
    // Qt's own texts (standard buttons, dialogs) come with Qt; English needs none.
    if (language != u"en"
        && m_qt.load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = m_application.installTranslator(&m_qt);
    }
    return loaded;
}
