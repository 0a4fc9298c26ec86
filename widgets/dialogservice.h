#pragma once

#include <QStringList>

#include <optional>

class QWidget;

// The message boxes and file dialogs the product shows, behind one interface so that tests
// can answer them in advance (see ScriptedDialogService) instead of blocking on a modal
// dialog.
class DialogService
{
public:
    enum class MessageKind { Information, Warning, Error };

    virtual ~DialogService();

    // A message with a headline (text) and an optional second paragraph with the details
    // (informativeText), e.g. a list of files.
    virtual void showMessage(QWidget *parent, MessageKind kind, const QString &title,
                             const QString &text, const QString &informativeText = {}) = 0;
    // The files the user picked to open; empty when cancelled. filter is in QFileDialog's
    // syntax ("Invoices (*.xml)").
    virtual QStringList chooseFilesToOpen(QWidget *parent, const QString &caption,
                                          const QString &directory, const QString &filter) = 0;
    // An e-mail address typed by the user, starting from suggestion; nullopt when cancelled.
    virtual std::optional<QString> askEmailAddress(QWidget *parent, const QString &title,
                                                   const QString &prompt,
                                                   const QString &suggestion) = 0;
    // A yes/no question whose "yes" button says what will happen (acceptText); true when the
    // user accepted.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText, const QString &acceptText) = 0;
};

// The real dialogs: QMessageBox, QFileDialog and QInputDialog.
class MessageBoxDialogService final : public DialogService
{
public:
    void showMessage(QWidget *parent, MessageKind kind, const QString &title, const QString &text,
                     const QString &informativeText = {}) override;
    QStringList chooseFilesToOpen(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter) override;
    std::optional<QString> askEmailAddress(QWidget *parent, const QString &title,
                                           const QString &prompt,
                                           const QString &suggestion) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &informativeText, const QString &acceptText) override;
};
