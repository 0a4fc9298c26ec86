#include "languagemenu.h"

#include "moneyformat.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>

namespace {

struct Entry
{
    const char *code;
    const char16_t *name;
};

// Named in their own language, never translated: someone who cannot read the current
// language must still find theirs.
constexpr Entry languages[] = {
    {"en", u"English"},
    {"nl", u"Nederlands"},
    {"fr", u"Français"},
};

constexpr Entry numberLocales[] = {
    {"nl_BE", u"Nederlands (België)"},
    {"fr_BE", u"Français (Belgique)"},
    {"en_BE", u"English (Belgium)"},
};

QAction *findByCode(const QActionGroup *group, const QString &code)
{
    for (QAction *action : group->actions()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_languages(new QActionGroup(this))
    , m_numberLocales(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    for (const Entry &entry : languages) {
        QAction *action = addAction(QString::fromUtf16(entry.name));
        action->setObjectName(u"language-" + QLatin1StringView(entry.code));
        action->setData(QString(QLatin1StringView(entry.code)));
        action->setCheckable(true);
        m_languages->addAction(action);
    }
    addSeparator();

    m_numberMenu = addMenu(QString());
    m_numberMenu->setObjectName(QStringLiteral("numberFormatMenu"));
    m_followLanguage = m_numberMenu->addAction(QString());
    m_followLanguage->setObjectName(QStringLiteral("numberFormat-language"));
    m_followLanguage->setCheckable(true);
    m_numberLocales->addAction(m_followLanguage);
    m_numberMenu->addSeparator();
    // Each format shows what an amount looks like in it.
    const Money example = Money::fromCents(123456);
    for (const Entry &entry : numberLocales) {
        const QString code = QLatin1StringView(entry.code);
        QAction *action = m_numberMenu->addAction(QString::fromUtf16(entry.name) + u"  "
                                                  + MoneyFormat::format(example, QLocale(code)));
        action->setObjectName(u"numberFormat-" + code);
        action->setData(code);
        action->setCheckable(true);
        m_numberLocales->addAction(action);
    }
    m_followLanguage->setChecked(true);

    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT languageChosen(action->data().toString()); });
    connect(m_numberLocales, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT numberLocaleChosen(action->data().toString()); });
    retranslate();
}

void LanguageMenu::setChoice(const QString &language, const QString &numberLocale)
{
    if (QAction *action = findByCode(m_languages, language))
        action->setChecked(true);
    QAction *format = findByCode(m_numberLocales, numberLocale);
    (format ? format : m_followLanguage)->setChecked(true);
}

QString LanguageMenu::language() const
{
    const QAction *checked = m_languages->checkedAction();
    return checked ? checked->data().toString() : QString();
}

QString LanguageMenu::numberLocale() const
{
    const QAction *checked = m_numberLocales->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    //: Menu title; the entries are the languages, each written in its own language
    setTitle(tr("&Language"));
    //: Submenu: how amounts and dates are written, apart from the language of the texts
    m_numberMenu->setTitle(tr("&Number format"));
    //: Number format: write amounts and dates as the chosen language does
    m_followLanguage->setText(tr("Follow the language"));
}
