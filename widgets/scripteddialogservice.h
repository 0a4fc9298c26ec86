#pragma once

#include "dialogservice.h"

#include <QList>
#include <QString>

// A DialogService answered in advance, for tests and unattended demos: every message is
// recorded instead of shown, and every question takes the next queued answer (or is treated
// as cancelled when none is left).
class ScriptedDialogService final : public DialogService
{
public:
    struct Message
    {
        MessageKind kind = MessageKind::Information;
        QString title;
        QString text;
        QString informativeText;
    };

    void queueFilesToOpen(const QStringList &paths) { m_fileAnswers.append(paths); }
    void queueEmailAddress(const std::optional<QString> &address)
    {
        m_emailAnswers.append(address);
    }

    void queueConfirmation(bool accept) { m_confirmAnswers.append(accept); }
    // The questions asked through confirm(), as messages.
    const QList<Message> &confirmations() const { return m_confirmations; }

    const QList<Message> &messages() const { return m_messages; }
    void clearMessages() { m_messages.clear(); }
    // The addresses the product proposed when it asked, in order.
    const QStringList &emailSuggestions() const { return m_emailSuggestions; }
    int fileQuestionCount() const { return m_fileQuestionCount; }

    void showMessage(QWidget *parent, MessageKind kind, const QString &title, const QString &text,
                     const QString &informativeText = {}) override;
    QStringList chooseFilesToOpen(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter) override;
    std::optional<QString> askEmailAddress(QWidget *parent, const QString &title,
                                           const QString &prompt,
                                           const QString &suggestion) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &informativeText, const QString &acceptText) override;

private:
    QList<bool> m_confirmAnswers;
    QList<Message> m_confirmations;
    QList<Message> m_messages;
    QList<QStringList> m_fileAnswers;
    QList<std::optional<QString>> m_emailAnswers;
    QStringList m_emailSuggestions;
    int m_fileQuestionCount = 0;
};
