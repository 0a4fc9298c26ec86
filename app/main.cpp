#include "checkcommand.h"
#include "desktopsession.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OnDemandFinancing"));
    QCoreApplication::setApplicationName(QStringLiteral("odf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODF_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // The headless check needs no display: it runs on a core application.
    if (argc > 1 && std::strcmp(argv[1], "check") == 0) {
        QCoreApplication application(argc, argv);
        setIdentity();
        return CheckCommand::run(QCoreApplication::arguments().mid(2));
    }

    QApplication application(argc, argv);
    setIdentity();
    QString error;
    const auto options = DesktopSession::parse(QCoreApplication::arguments().mid(1), &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::fprintf(stderr,
                     "Usage: odf [--demo] [--store FILE] [--today YYYY-MM-DD] "
                     "[--lang en|nl|fr] [--bank http://127.0.0.1:PORT] [INVOICE.xml...]\n"
                     "       odf check [--today YYYY-MM-DD] [--json] "
                     "[--lang en|nl|fr] FILE...\n");
        return 1;
    }
    DesktopSession session(application, *options);
    if (!session.start())
        return 1;
    return application.exec();
}
