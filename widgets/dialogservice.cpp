#include "dialogservice.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>

DialogService::~DialogService() = default;

void MessageBoxDialogService::showMessage(QWidget *parent, MessageKind kind, const QString &title,
                                          const QString &text, const QString &informativeText)
{
    QMessageBox::Icon icon = QMessageBox::Information;
    switch (kind) {
    case MessageKind::Information:
        icon = QMessageBox::Information;
        break;
    case MessageKind::Warning:
        icon = QMessageBox::Warning;
        break;
    case MessageKind::Error:
        icon = QMessageBox::Critical;
        break;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    // Shown as written: file names and errors may contain characters that look like markup.
    if (!informativeText.isEmpty())
        box.setInformativeText(Qt::convertFromPlainText(informativeText, Qt::WhiteSpaceNormal));
    box.exec();
}

QStringList MessageBoxDialogService::chooseFilesToOpen(QWidget *parent, const QString &caption,
                                                       const QString &directory,
                                                       const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

std::optional<QString> MessageBoxDialogService::askEmailAddress(QWidget *parent,
                                                                const QString &title,
                                                                const QString &prompt,
                                                                const QString &suggestion)
{
    bool accepted = false;
    const QString address =
        QInputDialog::getText(parent, title, prompt, QLineEdit::Normal, suggestion, &accepted,
                              Qt::WindowFlags(), Qt::ImhEmailCharactersOnly);
    if (!accepted)
        return std::nullopt;
    return address;
}

bool MessageBoxDialogService::confirm(QWidget *parent, const QString &title, const QString &text,
                                      const QString &informativeText, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(informativeText);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}
