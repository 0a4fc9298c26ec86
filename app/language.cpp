#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

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

} // namespace Language

Translations::Translations(QCoreApplication &application)
    : m_application(application)
{ }

Translations::~Translations()
{
    if (m_installed) {
        m_application.removeTranslator(&m_product);
        m_application.removeTranslator(&m_qt);
    }
}

void Translations::setLanguage(const QString &code)
{
    const QString language = Language::isSupported(code) ? code : QStringLiteral("en");
    if (m_installed) {
        m_application.removeTranslator(&m_product);
        m_application.removeTranslator(&m_qt);
        m_installed = false;
    }
    m_language = language;
    if (language == u"en")
        return;
    // A missing file leaves that translator empty, and the English text shows.
    if (!m_product.load(QStringLiteral("odf_") + language, QStringLiteral(":/i18n")))
        qWarning("No product translation for %s", qPrintable(language));
    (void)m_qt.load(QStringLiteral("qtbase_") + language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_application.installTranslator(&m_product);
    m_application.installTranslator(&m_qt);
    m_installed = true;
}
