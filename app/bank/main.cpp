#include "adjustableclock.h"
#include "bankservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

// odf-bank [--port N] [--today YYYY-MM-DD] [--simulation] [--state FILE] [--no-authorization]
// Starts the simulated bank on 127.0.0.1 and prints the URL it listens on as the first line
// of its standard output, so that a script or a test started with --port 0 can find it.
int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"odf-bank"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The simulated KBC On Demand Financing bank, an HTTP/JSON service on 127.0.0.1.\n"
        u"Calls other than GET /v1/parameters, GET /v1/clock and /v1/simulation/... need\n"
        u"\"Authorization: Bearer <grant>\", with a grant from POST /v1/authorizations\n"
        u"(body {\"company_vat_number\": \"BE0123456749\"}), valid 60 days on the bank's clock."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"The port to listen on; 0 picks a free one."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption todayOption(
        u"today"_s, u"Start the bank's clock on this day; time runs on from there."_s,
        u"YYYY-MM-DD"_s);
    const QCommandLineOption simulationOption(
        u"simulation"_s, u"Allow POST /v1/simulation/clock to move the bank's clock."_s);
    const QCommandLineOption stateOption(
        u"state"_s, u"Keep the bank's books in this JSON file across restarts."_s, u"FILE"_s);
    const QCommandLineOption openOption(
        u"no-authorization"_s,
        u"Serve every call without asking for a grant (for scripts written before grants)."_s);
    parser.addOptions({portOption, todayOption, simulationOption, stateOption, openOption});
    parser.process(application);

    QTextStream errors(stderr);
    bool portIsNumber = false;
    const uint port = parser.value(portOption).toUInt(&portIsNumber);
    if (!portIsNumber || port > 65535) {
        errors << "odf-bank: --port needs a number from 0 to 65535\n";
        return 2;
    }

    AdjustableClock clock;
    if (parser.isSet(todayOption)) {
        const QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid()) {
            errors << "odf-bank: --today needs a date written YYYY-MM-DD\n";
            return 2;
        }
        clock.setNow(QDateTime(today, QTime::currentTime()));
    }

    BankService bank(clock);
    if (parser.isSet(simulationOption))
        bank.enableSimulation([&clock](const QDateTime &time) { clock.setNow(time); });
    if (parser.isSet(openOption))
        bank.setAuthorizationRequired(false);
    if (parser.isSet(stateOption)) {
        QString message;
        if (!bank.useStateFile(parser.value(stateOption), &message)) {
            errors << "odf-bank: " << message << '\n';
            return 2;
        }
    }
    if (!bank.listen(quint16(port))) {
        errors << "odf-bank: cannot listen on 127.0.0.1 port " << port << '\n';
        return 1;
    }

    QTextStream output(stdout);
    output << bank.url().toString() << Qt::endl;
    return application.exec();
}
