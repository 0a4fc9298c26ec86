#pragma once

#include <QObject>
#include <QStringList>

class DialogService;
class InvoiceImporter;
class QMimeData;
class QWidget;

// Importing invoice files the way the user asks for it (the Import menu or a drop), and
// telling the user how it went: how many invoices came in and, for every file that could
// not be read, why.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    // dialogParent is the window the dialogs belong to.
    ImportController(InvoiceImporter &importer, DialogService &dialogs, QWidget *dialogParent,
                     QObject *parent = nullptr);

    // Asks which files to import, then imports them.
    void chooseAndImport();
    void importFiles(const QStringList &paths);

    // The local .xml files among dragged data; empty when there are none.
    static QStringList importablePaths(const QMimeData *data);

Q_SIGNALS:
    // At least one invoice was imported; the first of them.
    void imported(const QString &firstInvoiceId);
    // A short confirmation for the status bar.
    void statusMessage(const QString &message);

private:
    InvoiceImporter &m_importer;
    DialogService &m_dialogs;
    QWidget *m_dialogParent = nullptr;
    QString m_lastDirectory;
};
