#pragma once

#include <QMenu>

class QActionGroup;

// The "Language" menu: the three UI languages, each named in its own language so that
// anyone can find theirs, and a "Number format" submenu that sets how amounts and dates are
// written apart from the language. Only says what the user chose; the application applies it.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Checks the entries of the current choice without announcing anything.
    // language: "en", "nl" or "fr"; numberLocale: "nl_BE", "fr_BE", "en_BE", or empty to
    // follow the language.
    void setChoice(const QString &language, const QString &numberLocale);
    QString language() const;
    QString numberLocale() const;

Q_SIGNALS:
    void languageChosen(const QString &language);
    // Empty: amounts and dates follow the language again.
    void numberLocaleChosen(const QString &numberLocale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_languages = nullptr;
    QActionGroup *m_numberLocales = nullptr;
    QMenu *m_numberMenu = nullptr;
    QAction *m_followLanguage = nullptr;
};
