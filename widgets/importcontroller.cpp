#include "importcontroller.h"

#include "dialogservice.h"
#include "invoiceimport.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

ImportController::ImportController(InvoiceImporter &importer, DialogService &dialogs,
                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_importer(importer)
    , m_dialogs(dialogs)
    , m_dialogParent(dialogParent)
    , m_lastDirectory(QDir::homePath())
{ }

void ImportController::chooseAndImport()
{
    const QStringList paths =
        m_dialogs.chooseFilesToOpen(m_dialogParent, tr("Import invoices"), m_lastDirectory,
                                    tr("UBL invoices (*.xml);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastDirectory = QFileInfo(paths.constFirst()).absolutePath();
    importFiles(paths);
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QList<ImportOutcome> outcomes = m_importer.importFiles(paths);
    QString firstId;
    int importedCount = 0;
    QStringList failures;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.error.isEmpty()) {
            ++importedCount;
            if (firstId.isEmpty())
                firstId = outcome.invoiceId;
        } else {
            //: One line in the list of files that could not be imported
            failures.append(tr("• %1").arg(outcome.error));
        }
    }

    const QString summary = tr("%n invoice(s) imported.", nullptr, importedCount);
    Q_EMIT statusMessage(summary);
    if (!failures.isEmpty()) {
        // The count of imported invoices, a blank line, then one line per failed file.
        const QStringList lines = QStringList {summary, QString()} + failures;
        m_dialogs.showMessage(
            m_dialogParent,
            importedCount > 0 ? DialogService::MessageKind::Warning
                              : DialogService::MessageKind::Error,
            tr("Import invoices"),
            tr("%n file(s) could not be imported.", nullptr, int(failures.size())),
            lines.join(u'\n'));
    }
    if (!firstId.isEmpty())
        Q_EMIT imported(firstId);
}

QStringList ImportController::importablePaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).suffix().compare(u"xml", Qt::CaseInsensitive) == 0)
            paths.append(path);
    }
    return paths;
}
