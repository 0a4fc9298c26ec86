#include "checkcommand.h"

#include "eligibility.h"
#include "language.h"
#include "ublreader.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace {

using Json = nlohmann::json;

// The translation context of the command's own sentences.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

Json jsonString(const QString &text)
{
    return Json(text.toStdString());
}

// One object on one line, keys in the given order, with ", " and ": " between items as the
// documented output shows; nlohmann escapes the values.
std::string line(const std::vector<std::pair<const char *, Json>> &fields)
{
    std::string out = "{";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += Json(fields[i].first).dump() + ": ";
        const Json &value = fields[i].second;
        if (value.is_array()) {
            out += "[";
            for (std::size_t j = 0; j < value.size(); ++j)
                out += (j > 0 ? ", " : "") + value[j].dump();
            out += "]";
        } else {
            out += value.dump();
        }
    }
    return out + "}";
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

void printLine(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

QString usage()
{
    return Text::tr("Usage: odf check [--today YYYY-MM-DD] [--json] [--lang en|nl|fr] FILE...");
}

} // namespace

namespace CheckCommand {

int run(const QStringList &arguments)
{
    // Mistakes on the command line are explained in the system's language, as --lang may
    // not have been read yet.
    Translations translations(*QCoreApplication::instance());
    translations.setLanguage(Language::systemDefault());
    QDate today = QDate::currentDate();
    bool json = false;
    QString language = QStringLiteral("en");
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--json") {
            json = true;
        } else if (argument == u"--today" || argument == u"--lang") {
            if (i + 1 >= arguments.size()) {
                print(stderr, usage());
                return 1;
            }
            const QString value = arguments.at(++i);
            if (argument == u"--lang") {
                if (!Language::isSupported(value)) {
                    print(stderr,
                          Text::tr("Unknown language \"%1\": use en, nl or fr.").arg(value));
                    return 1;
                }
                language = value;
            } else {
                today = QDate::fromString(value, Qt::ISODate);
                if (!today.isValid() || value.size() != 10) {
                    print(stderr, Text::tr("\"%1\" is not a date: use YYYY-MM-DD.").arg(value));
                    return 1;
                }
            }
        } else if (argument == u"--") {
            files += arguments.mid(i + 1);
            break;
        } else if (argument.startsWith(u"--")) {
            print(stderr, usage());
            return 1;
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty()) {
        print(stderr, usage());
        return 1;
    }

    translations.setLanguage(language);
    const QLocale numberLocale = Language::numberLocaleFor(language);
    const EligibilityRules rules;
    // A file on its own: nothing is financed or reserved yet.
    const EligibilityContext context {today, Money::fromCents(0)};

    bool allRead = true;
    for (const QString &file : std::as_const(files)) {
        const UblReadResult read = UblReader::readFile(file);
        if (!read.invoice) {
            allRead = false;
            if (json)
                printLine(line({{"file", jsonString(file)}, {"error", jsonString(read.error)}}));
            else
                print(stdout, read.error);
            continue;
        }
        const Invoice &invoice = *read.invoice;
        const Assessment assessment = rules.assess(invoice, context);
        const QString message = assessment.isEligible()
            ? QString()
            : EligibilityRules::explain(assessment, assessment.reasons.front(), numberLocale);
        if (!json) {
            print(
                stdout,
                assessment.isEligible()
                    ? Text::tr("%1: invoice %2 qualifies for financing.").arg(file, invoice.number)
                    : Text::tr("%1: invoice %2 does not qualify: %3")
                          .arg(file, invoice.number, message));
            continue;
        }
        Json reasons = Json::array();
        for (const RuleId rule : assessment.reasons)
            reasons.push_back(jsonString(ruleIdName(rule)));
        printLine(line({
            {"file", jsonString(file)},
            {"number", jsonString(invoice.number)},
            {"eligible", Json(assessment.isEligible())},
            {"reasons", reasons},
            {"amount", jsonString(assessment.amount.toDecimalString())},
            {"currency", jsonString(assessment.amount.currency())},
            {"term_days", assessment.termDays ? Json(*assessment.termDays) : Json(nullptr)},
            {"age_working_days", Json(assessment.ageWorkingDays)},
            {"customer_number",
             assessment.customerNumber.isEmpty() ? Json(nullptr)
                                                 : jsonString(assessment.customerNumber)},
            {"message", message.isEmpty() ? Json(nullptr) : jsonString(message)},
        }));
    }
    std::fflush(stdout);
    return allRead ? 0 : 2;
}

} // namespace CheckCommand
