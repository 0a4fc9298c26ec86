#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

class QCoreApplication;

// The UI languages the product ships and the Belgian number locale that goes with each.
namespace Language {

// "en", "nl" or "fr"; false for anything else.
bool isSupported(const QString &code);
// The language to start in when none was chosen: the system's when supported, else English.
QString systemDefault();
// nl -> nl_BE, fr -> fr_BE, en -> en_BE.
QLocale numberLocaleFor(const QString &code);

} // namespace Language

// The translators installed in the application: the product's own and Qt's, for one
// language at a time. Installing them makes Qt send a LanguageChange event to every widget.
class Translations final
{
public:
    explicit Translations(QCoreApplication &application);
    ~Translations();

    QString language() const { return m_language; }
    void setLanguage(const QString &code);

private:
    QCoreApplication &m_application;
    QString m_language = QStringLiteral("en");
    QTranslator m_product;
    QTranslator m_qt;
    bool m_installed = false;
};
