#include "scripteddialogservice.h"

void ScriptedDialogService::showMessage(QWidget *, MessageKind kind, const QString &title,
                                        const QString &text, const QString &informativeText)
{
    m_messages.append({kind, title, text, informativeText});
}

QStringList ScriptedDialogService::chooseFilesToOpen(QWidget *, const QString &, const QString &,
                                                     const QString &)
{
    ++m_fileQuestionCount;
    return m_fileAnswers.isEmpty() ? QStringList() : m_fileAnswers.takeFirst();
}

std::optional<QString> ScriptedDialogService::askEmailAddress(QWidget *, const QString &,
                                                              const QString &,
                                                              const QString &suggestion)
{
    m_emailSuggestions.append(suggestion);
    return m_emailAnswers.isEmpty() ? std::nullopt : m_emailAnswers.takeFirst();
}

bool ScriptedDialogService::confirm(QWidget *, const QString &title, const QString &text,
                                    const QString &informativeText, const QString &)
{
    m_confirmations.append({MessageKind::Information, title, text, informativeText});
    return !m_confirmAnswers.isEmpty() && m_confirmAnswers.takeFirst();
}
