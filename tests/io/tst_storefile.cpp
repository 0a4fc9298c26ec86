#include "storefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using Json = nlohmann::ordered_json;

Q_DECLARE_METATYPE(StoreData)

char *toString(const Money &money)
{
    return qstrdup((money.toDecimalString() + u' ' + money.currency()).toUtf8().constData());
}

namespace {

// The same moment written in the different ways a QDateTime can hold it, with milliseconds.
QDateTime moment(int variant)
{
    const QDate date = QDate(2026, 3, 2).addDays(variant);
    const QTime time(9 + variant % 8, 7 * variant % 60, variant % 60, 10 * variant % 1000);
    switch (variant % 4) {
    case 0:
        return QDateTime(date, time); // local time
    case 1:
        return QDateTime(date, time, Qt::UTC);
    case 2:
        return QDateTime(date, time, Qt::OffsetFromUTC, 5 * 3600 + 30 * 60);
    default:
        return QDateTime(date, time, QTimeZone("Europe/Brussels"));
    }
}

// Every field set, every value of every enumeration used at least once, and amounts at the
// edges of what Money holds.
StoreData fullyPopulated()
{
    StoreData data;
    data.company = {QStringLiteral("Lindeboom Interieur BV"),
                    QStringLiteral("BE0723134802"),
                    QStringLiteral("BE"),
                    QStringLiteral("boekhouding@lindeboom-interieur.be"),
                    PricePlan::Boost,
                    false};
    data.users = {User {QStringLiteral("u-admin"), QStringLiteral("Sofie Verhulst"), true},
                  User {QStringLiteral("u-clerk"), QStringLiteral("Jonas De Smet"), false},
                  User {QStringLiteral("u-2"), QString(), false}};
    data.currentUserId = QStringLiteral("u-clerk");
    data.integration = IntegrationSetup {true, moment(1), moment(1).addDays(60)};

    const qsizetype activityKinds = StoreFile::enumNames<ActivityEntry::Kind>().size();
    const QString typeCodes[] = {QStringLiteral("380"), QStringLiteral("386"),
                                 QStringLiteral("381")};
    for (int index = 0; index < int(activityKinds); ++index) {
        Invoice invoice;
        invoice.id = QStringLiteral("inv-%1").arg(index + 1);
        invoice.number = QStringLiteral("2026-%1").arg(140 + index, 4, 10, QLatin1Char('0'));
        invoice.direction = InvoiceDirection(index % 2);
        invoice.kind = InvoiceKind(index % 3);
        invoice.typeCode = typeCodes[index % 3];
        invoice.booking = BookingState(index % 2);
        invoice.issueDate = QDate(2026, 2, 27).addDays(index);
        if (index % 4 != 3)
            invoice.dueDate = invoice.issueDate.addDays(15 + 15 * index);
        const QString currency = index == 5 ? QStringLiteral("USD") : Money::euro();
        invoice.total = Money::fromCents(2'500'00 + 1'234'56 * index, currency);
        invoice.paid = Money::fromCents(index % 3 == 1 ? 100'00 * index : 0, currency);
        invoice.credited = Money::fromCents(index % 3 == 2 ? 1 : 0, currency);
        invoice.customer.name = QStringLiteral("Klant %1 NV").arg(index);
        invoice.customer.kind = CustomerKind(index % 3);
        invoice.customer.number = index % 3 == 2 ? QString() : QStringLiteral("BE 0673.138.428");
        invoice.customer.countryCode = index == 4 ? QStringLiteral("NL") : QStringLiteral("BE");
        invoice.customer.email = QStringLiteral("facturen%1@example.be").arg(index);
        if (index % 2 == 0)
            invoice.emailed = EmailRecord {moment(index), invoice.customer.email};
        invoice.financing.status = FinancingStatus(index % 6);
        if (invoice.financing.status != FinancingStatus::None) {
            invoice.financing.payout = Money::fromCents(2'470'00 + index);
            invoice.financing.cost = Money::fromCents(30'00 - index);
            invoice.financing.requestId =
                QStringLiteral("R-%1").arg(index, 6, 10, QLatin1Char('0'));
            invoice.financing.requestedAt = moment(index + 1);
            invoice.financing.signingDeadline = moment(index + 1).addSecs(360);
            invoice.financing.payoutDate = invoice.issueDate.addDays(3);
            if (index % 4 == 1)
                invoice.financing.customerPaidBusinessAt = moment(index + 2);
            if (index % 8 == 1)
                invoice.financing.passedOnToBankAt = moment(index + 3);
        }
        if (index % 3 == 0)
            invoice.sourceFile = QStringLiteral("/home/anne/Facturen/%1.xml").arg(invoice.number);
        // The first invoice has one entry of each kind; the others a few.
        const qsizetype entries = index == 0 ? activityKinds : index % 4;
        for (qsizetype entry = 0; entry < entries; ++entry) {
            invoice.activity.append({moment(index + int(entry)),
                                     ActivityEntry::Kind((index + entry) % activityKinds),
                                     entry % 2 ? QString() : invoice.customer.email});
        }
        data.invoices.append(invoice);
    }
    // Signs and the largest amount Money allows.
    data.invoices[2].total = Money::fromCents(-217'80);
    data.invoices[3].total = Money::fromCents(Money::maximumCents);
    data.invoices[4].paid = Money::fromCents(-Money::maximumCents);
    return data;
}

StoreData nonAscii()
{
    StoreData data;
    data.company = {QStringLiteral("Ébénisterie Hélène & Zoë SRL"),
                    QStringLiteral("BE0723134802"),
                    QStringLiteral("BE"),
                    QStringLiteral("hélène@ébénisterie.be"),
                    PricePlan::Go,
                    true};
    data.users = {User {QStringLiteral("é-1"), QStringLiteral("Zoë Dupré-Ñúñez"), true}};
    data.currentUserId = QStringLiteral("é-1");
    Invoice invoice;
    invoice.id = QStringLiteral("é-1");
    invoice.number = QStringLiteral("Rechnung № 2026/€-0142");
    invoice.issueDate = QDate(2026, 3, 2);
    invoice.total = Money::fromCents(3'000'00);
    invoice.customer = {QStringLiteral("Müller & Söhne – Café „Zur Brücke“ ☕ 𝄞"),
                        QStringLiteral("DE"), QStringLiteral("DE 123 456 789"),
                        CustomerKind::Company, QStringLiteral("büro@müller.de")};
    invoice.sourceFile = QStringLiteral("C:/Users/Zoë/Factures/facture-€.xml");
    invoice.activity.append({moment(0), ActivityEntry::Kind::Imported,
                             QStringLiteral("Importé depuis « facture-€.xml »")});
    data.invoices.append(invoice);
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What a store file in a path looks like in a message.
QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void compareInvoice(const Invoice &actual, const Invoice &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.direction, expected.direction);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.typeCode, expected.typeCode);
    QCOMPARE(actual.booking, expected.booking);
    QCOMPARE(actual.issueDate, expected.issueDate);
    QCOMPARE(actual.dueDate, expected.dueDate);
    QCOMPARE(actual.total, expected.total);
    QCOMPARE(actual.paid, expected.paid);
    QCOMPARE(actual.credited, expected.credited);
    QCOMPARE(actual.customer.name, expected.customer.name);
    QCOMPARE(actual.customer.kind, expected.customer.kind);
    QCOMPARE(actual.customer.number, expected.customer.number);
    QCOMPARE(actual.customer.countryCode, expected.customer.countryCode);
    QCOMPARE(actual.customer.email, expected.customer.email);
    QCOMPARE(actual.emailed.has_value(), expected.emailed.has_value());
    if (expected.emailed) {
        QCOMPARE(actual.emailed->sentAt, expected.emailed->sentAt);
        QCOMPARE(actual.emailed->address, expected.emailed->address);
    }
    QCOMPARE(actual.financing.status, expected.financing.status);
    QCOMPARE(actual.financing.requestId, expected.financing.requestId);
    QCOMPARE(actual.financing.payout, expected.financing.payout);
    QCOMPARE(actual.financing.cost, expected.financing.cost);
    QCOMPARE(actual.financing.requestedAt, expected.financing.requestedAt);
    QCOMPARE(actual.financing.signingDeadline, expected.financing.signingDeadline);
    QCOMPARE(actual.financing.payoutDate, expected.financing.payoutDate);
    QCOMPARE(actual.financing.customerPaidBusinessAt, expected.financing.customerPaidBusinessAt);
    QCOMPARE(actual.financing.passedOnToBankAt, expected.financing.passedOnToBankAt);
    QCOMPARE(actual.sourceFile, expected.sourceFile);
    QCOMPARE(actual.activity.size(), expected.activity.size());
    for (qsizetype entry = 0; entry < expected.activity.size(); ++entry) {
        QCOMPARE(actual.activity.at(entry).at, expected.activity.at(entry).at);
        QCOMPARE(actual.activity.at(entry).kind, expected.activity.at(entry).kind);
        QCOMPARE(actual.activity.at(entry).detail, expected.activity.at(entry).detail);
    }
    // Catches a field added to Invoice that the store does not know yet.
    QVERIFY(actual == expected);
}

enum class Obstacle { ReadOnlyFolder, FileSizeLimit };

} // namespace

Q_DECLARE_METATYPE(Obstacle)

class TestStoreFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void enumNames_data();
    void enumNames();
    void unknownEnumName();
    void fileLayout();

    void saveCreatesTheFolder();
    void saveReplacesThePreviousFile();
    void saveFailureKeepsThePreviousFile_data();
    void saveFailureKeepsThePreviousFile();
    void saveFailsWhenTheFolderCannotBeCreated();

    void loadErrors_data();
    void loadErrors();

    void versionOneStillLoads();
    void versionOneIsWrittenBackAsVersionTwo();
    void neverKeepsTheGrant();

private:
    QTemporaryDir m_directory;
    QByteArray m_validDocument; // fullyPopulated() as saved
};

void TestStoreFile::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString path = m_directory.filePath(QStringLiteral("valid.json"));
    QCOMPARE(StoreFile::save(path, fullyPopulated()), QString());
    m_validDocument = readAll(path);
    QVERIFY(!m_validDocument.isEmpty());
}

void TestStoreFile::roundTrip_data()
{
    QTest::addColumn<StoreData>("data");

    QTest::newRow("every field and enumeration value") << fullyPopulated();
    StoreData noInvoices = fullyPopulated();
    noInvoices.invoices.clear();
    QTest::newRow("empty invoice list") << noInvoices;
    QTest::newRow("non-ASCII names") << nonAscii();
    Invoice bare;
    bare.id = QStringLiteral("inv-1");
    StoreData nothingOptional;
    nothingOptional.invoices = {bare};
    QTest::newRow("nothing optional set") << nothingOptional;
    for (const PricePlan plan : {PricePlan::Go, PricePlan::Move, PricePlan::Boost}) {
        for (const bool account : {true, false}) {
            StoreData profile = nonAscii();
            profile.company.plan = plan;
            profile.company.hasKbcCurrentAccount = account;
            const QString name = QStringLiteral("plan %1, %2")
                                     .arg(StoreFile::enumName(plan),
                                          account ? QStringLiteral("KBC account")
                                                  : QStringLiteral("no KBC account"));
            QTest::newRow(qPrintable(name)) << profile;
        }
    }
    StoreData authorizedOnly = nonAscii();
    authorizedOnly.integration = IntegrationSetup {true, moment(3), moment(3).addDays(60)};
    QTest::newRow("integration authorized") << authorizedOnly;
    StoreData removed = nonAscii();
    removed.integration = IntegrationSetup {};
    QTest::newRow("integration not added") << removed;
}

void TestStoreFile::roundTrip()
{
    QFETCH(StoreData, data);
    const QString path = m_directory.filePath(QStringLiteral("round-trip.json"));

    QCOMPARE(StoreFile::save(path, data), QString());
    const StoreLoadResult loaded = StoreFile::load(path);

    QCOMPARE(loaded.error, QString());
    QVERIFY(loaded.data.has_value());
    QCOMPARE(loaded.data->company, data.company);
    QCOMPARE(loaded.data->company.plan, data.company.plan);
    QCOMPARE(loaded.data->company.hasKbcCurrentAccount, data.company.hasKbcCurrentAccount);
    QCOMPARE(loaded.data->users, data.users);
    QCOMPARE(loaded.data->currentUserId, data.currentUserId);
    QCOMPARE(loaded.data->integration.added, data.integration.added);
    QCOMPARE(loaded.data->integration.authorizedAt, data.integration.authorizedAt);
    QCOMPARE(loaded.data->integration.authorizedUntil, data.integration.authorizedUntil);
    QCOMPARE(loaded.data->invoices.size(), data.invoices.size());
    for (qsizetype index = 0; index < data.invoices.size(); ++index) {
        compareInvoice(loaded.data->invoices.at(index), data.invoices.at(index));
        if (QTest::currentTestFailed())
            return;
    }
    // Catches a field added to StoreData that the store does not know yet.
    QVERIFY(*loaded.data == data);
    // Saving what was loaded gives the same bytes: nothing drifts from one session to the next.
    const QString again = m_directory.filePath(QStringLiteral("round-trip-again.json"));
    QCOMPARE(StoreFile::save(again, *loaded.data), QString());
    QCOMPARE(readAll(again), readAll(path));
}

void TestStoreFile::enumNames_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &actual, const char *expected) {
        QTest::newRow(name) << actual << QString::fromLatin1(expected);
    };
    row("CustomerKind::Company", StoreFile::enumName(CustomerKind::Company), "company");
    row("CustomerKind::PublicBody", StoreFile::enumName(CustomerKind::PublicBody), "public-body");
    row("CustomerKind::Person", StoreFile::enumName(CustomerKind::Person), "person");
    row("InvoiceDirection::Outgoing", StoreFile::enumName(InvoiceDirection::Outgoing), "outgoing");
    row("InvoiceDirection::Incoming", StoreFile::enumName(InvoiceDirection::Incoming), "incoming");
    row("InvoiceKind::Invoice", StoreFile::enumName(InvoiceKind::Invoice), "invoice");
    row("InvoiceKind::AdvanceInvoice", StoreFile::enumName(InvoiceKind::AdvanceInvoice),
        "advance-invoice");
    row("InvoiceKind::CreditNote", StoreFile::enumName(InvoiceKind::CreditNote), "credit-note");
    row("BookingState::Draft", StoreFile::enumName(BookingState::Draft), "draft");
    row("BookingState::Booked", StoreFile::enumName(BookingState::Booked), "booked");
    row("FinancingStatus::None", StoreFile::enumName(FinancingStatus::None), "none");
    row("FinancingStatus::AwaitingSignature",
        StoreFile::enumName(FinancingStatus::AwaitingSignature), "awaiting-signature");
    row("FinancingStatus::PayoutPending", StoreFile::enumName(FinancingStatus::PayoutPending),
        "payout-pending");
    row("FinancingStatus::Financed", StoreFile::enumName(FinancingStatus::Financed), "financed");
    row("FinancingStatus::Settled", StoreFile::enumName(FinancingStatus::Settled), "settled");
    row("FinancingStatus::Refused", StoreFile::enumName(FinancingStatus::Refused), "refused");
    using Kind = ActivityEntry::Kind;
    row("Kind::Imported", StoreFile::enumName(Kind::Imported), "imported");
    row("Kind::Booked", StoreFile::enumName(Kind::Booked), "booked");
    row("Kind::Emailed", StoreFile::enumName(Kind::Emailed), "emailed");
    row("Kind::Requested", StoreFile::enumName(Kind::Requested), "requested");
    row("Kind::Signed", StoreFile::enumName(Kind::Signed), "signed");
    row("Kind::PaidOut", StoreFile::enumName(Kind::PaidOut), "paid-out");
    row("Kind::Settled", StoreFile::enumName(Kind::Settled), "settled");
    row("Kind::Refused", StoreFile::enumName(Kind::Refused), "refused");
    row("Kind::Lapsed", StoreFile::enumName(Kind::Lapsed), "lapsed");
    row("Kind::Declined", StoreFile::enumName(Kind::Declined), "declined");
    row("Kind::CustomerPaidBusiness", StoreFile::enumName(Kind::CustomerPaidBusiness),
        "customer-paid-business");
    row("Kind::PassedOnToBank", StoreFile::enumName(Kind::PassedOnToBank), "passed-on-to-bank");
    row("PricePlan::Go", StoreFile::enumName(PricePlan::Go), "go");
    row("PricePlan::Move", StoreFile::enumName(PricePlan::Move), "move");
    row("PricePlan::Boost", StoreFile::enumName(PricePlan::Boost), "boost");
    row("number of activity kinds", QString::number(StoreFile::enumNames<Kind>().size()), "12");
    row("number of financing states",
        QString::number(StoreFile::enumNames<FinancingStatus>().size()), "6");
}

void TestStoreFile::enumNames()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestStoreFile::unknownEnumName()
{
    QCOMPARE(StoreFile::enumFromName<FinancingStatus>(u"payout-pending"),
             std::optional(FinancingStatus::PayoutPending));
    QCOMPARE(StoreFile::enumFromName<FinancingStatus>(u"Payout-Pending"), std::nullopt);
    QCOMPARE(StoreFile::enumFromName<FinancingStatus>(u""), std::nullopt);
    QCOMPARE(StoreFile::enumName(FinancingStatus(99)), QString());
}

// The shape other programs (and people) read: pinned here so that it changes only on purpose.
void TestStoreFile::fileLayout()
{
    StoreData data;
    data.company.name = QStringLiteral("Lindeboom Interieur BV");
    data.users = {User {QStringLiteral("u-admin"), QStringLiteral("Sofie Verhulst"), true},
                  User {QStringLiteral("u-clerk"), QStringLiteral("Jonas De Smet"), false}};
    data.currentUserId = QStringLiteral("u-admin");
    data.integration.added = true;
    data.integration.authorizedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    data.integration.authorizedUntil = QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    Invoice invoice;
    invoice.id = QStringLiteral("inv-7");
    invoice.number = QStringLiteral("2026-0142");
    invoice.issueDate = QDate(2026, 3, 2);
    invoice.total = Money::fromCents(2'500'00);
    invoice.financing.status = FinancingStatus::AwaitingSignature;
    invoice.financing.requestedAt =
        QDateTime(QDate(2026, 3, 4), QTime(10, 15), Qt::OffsetFromUTC, 3600);
    invoice.activity.append({QDateTime(QDate(2026, 3, 4), QTime(10, 15), Qt::UTC),
                             ActivityEntry::Kind::PaidOut, QString()});
    data.invoices.append(invoice);
    const QString path = m_directory.filePath(QStringLiteral("layout.json"));
    QCOMPARE(StoreFile::save(path, data), QString());

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.endsWith('\n'));
    const Json document = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    const auto text = [](const Json &value) { return QString::fromStdString(value.dump()); };
    QCOMPARE(text(document.at("format")), QStringLiteral(R"("odf-store")"));
    QCOMPARE(text(document.at("version")), QStringLiteral("2"));
    QCOMPARE(text(document.at("company")),
             QStringLiteral(R"({"name":"Lindeboom Interieur BV","vatNumber":"","countryCode":"",)"
                            R"("email":"","plan":"move","kbc_current_account":true})"));
    QCOMPARE(text(document.at("users")),
             QStringLiteral(R"([{"id":"u-admin","name":"Sofie Verhulst","administrator":true},)"
                            R"({"id":"u-clerk","name":"Jonas De Smet","administrator":false}])"));
    QCOMPARE(text(document.at("current_user")), QStringLiteral(R"("u-admin")"));
    QCOMPARE(text(document.at("integration")),
             QStringLiteral(R"({"added":true,"authorized_at":"2026-03-02T09:30:00.000Z",)"
                            R"("authorized_until":"2026-05-01T09:30:00.000Z"})"));
    QStringList keys;
    for (const auto &item : document.items())
        keys.append(QString::fromStdString(item.key()));
    QCOMPARE(
        keys,
        QStringList({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("company"),
                     QStringLiteral("users"), QStringLiteral("current_user"),
                     QStringLiteral("integration"), QStringLiteral("invoices")}));
    const Json &stored = document.at("invoices").at(0);
    QCOMPARE(
        text(stored),
        QString::fromUtf8(
            R"({"id":"inv-7","number":"2026-0142","direction":"outgoing","kind":"invoice",)"
            R"("typeCode":"","booking":"booked","issueDate":"2026-03-02","dueDate":null,)"
            R"("total":{"amount":"2500.00","currency":"EUR"},)"
            R"("paid":{"amount":"0.00","currency":"EUR"},)"
            R"("credited":{"amount":"0.00","currency":"EUR"},)"
            R"("customer":{"name":"","kind":"company","number":"","countryCode":"","email":""},)"
            R"("emailed":null,"financing":{"status":"awaiting-signature","requestId":"",)"
            R"("payout":{"amount":"0.00","currency":"EUR"},)"
            R"("cost":{"amount":"0.00","currency":"EUR"},)"
            R"("requestedAt":"2026-03-04T10:15:00.000+01:00","signingDeadline":null,)"
            R"("payoutDate":null,"customerPaidBusinessAt":null,"passedOnToBankAt":null},)"
            R"("sourceFile":"",)"
            R"("activity":[{"at":"2026-03-04T10:15:00.000Z","kind":"paid-out","detail":""}]})"));
}

void TestStoreFile::saveCreatesTheFolder()
{
    const QString path = m_directory.filePath(QStringLiteral("new/nested/folder/store.json"));
    QCOMPARE(StoreFile::save(path, nonAscii()), QString());
    QVERIFY(QFile::exists(path));
    // Written as UTF-8, not escaped: the file stays readable in any editor.
    QVERIFY(readAll(path).contains(QStringLiteral("Müller").toUtf8()));
}

void TestStoreFile::saveReplacesThePreviousFile()
{
    const QString path = m_directory.filePath(QStringLiteral("replace/store.json"));
    QCOMPARE(StoreFile::save(path, fullyPopulated()), QString());
    QCOMPARE(StoreFile::save(path, nonAscii()), QString());
    const StoreLoadResult loaded = StoreFile::load(path);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.data->invoices.size(), 1);
    QCOMPARE(loaded.data->company, nonAscii().company);
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
             QStringList {QStringLiteral("store.json")});
}

void TestStoreFile::saveFailureKeepsThePreviousFile_data()
{
    QTest::addColumn<Obstacle>("obstacle");
    QTest::newRow("read-only folder") << Obstacle::ReadOnlyFolder;
#ifdef Q_OS_UNIX
    // Root writes into read-only folders; a file size limit stops root too, mid-write.
    QTest::newRow("disk refuses to grow the file") << Obstacle::FileSizeLimit;
#endif
}

void TestStoreFile::saveFailureKeepsThePreviousFile()
{
    QFETCH(Obstacle, obstacle);
    const QString folder = m_directory.filePath(QString::fromUtf8(QTest::currentDataTag()));
    const QString path = folder + QStringLiteral("/store.json");
    QCOMPARE(StoreFile::save(path, nonAscii()), QString());
    const QByteArray previous = readAll(path);

    // Much larger than the previous file, so the new one cannot fit where the old one did.
    StoreData larger = fullyPopulated();
    for (int copy = 0; copy < 6; ++copy)
        larger.invoices.append(larger.invoices);

    QString error;
    if (obstacle == Obstacle::ReadOnlyFolder) {
        QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(folder, readOnly));
        QFile probe(folder + QStringLiteral("/probe"));
        const bool stillWritable = probe.open(QIODevice::WriteOnly);
        if (!stillWritable)
            error = StoreFile::save(path, larger);
        probe.remove();
        QVERIFY(QFile::setPermissions(folder, readOnly | QFile::WriteOwner));
        if (stillWritable)
            QSKIP(
                "This user may write into read-only folders (root); the file size row covers it.");
    } else {
#ifdef Q_OS_UNIX
        rlimit original {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        rlimit limited = original;
        limited.rlim_cur = rlim_t(previous.size() + 1024);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        error = StoreFile::save(path, larger);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &original), 0);
        std::signal(SIGXFSZ, previousHandler);
#endif
    }

    QVERIFY2(error.startsWith(shownPath(path) + QStringLiteral(": the file cannot be written: ")),
             qPrintable(error));
    QCOMPARE(readAll(path), previous);
    // No half-written temporary file is left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("store.json")});
    QCOMPARE(StoreFile::load(path).error, QString());
}

void TestStoreFile::saveFailsWhenTheFolderCannotBeCreated()
{
    const QString blocker = m_directory.filePath(QStringLiteral("blocker"));
    QVERIFY(writeAll(blocker, "not a folder"));
    const QString path = blocker + QStringLiteral("/store.json");

    QCOMPARE(StoreFile::save(path, nonAscii()),
             QStringLiteral("%1: the folder %2 cannot be created.")
                 .arg(shownPath(path), shownPath(blocker)));
    QCOMPARE(readAll(blocker), QByteArray("not a folder"));
}

void TestStoreFile::loadErrors_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // %1 is the file

    const Json valid = Json::parse(m_validDocument.constData(),
                                   m_validDocument.constData() + m_validDocument.size());
    const auto changed = [&valid](const auto &change) {
        Json document = valid;
        change(document);
        return QByteArray::fromStdString(document.dump(2));
    };
    const auto row = [](const char *name, const QByteArray &content, const char *expected) {
        QTest::newRow(name) << true << content << QString::fromUtf8(expected);
    };

    QTest::newRow("missing file") << false << QByteArray()
                                  << QStringLiteral("%1: the file does not exist.");
    row("empty file", "", "%1: the file is not valid JSON (error at line 1, column 1).");
    row("garbage", "PK\x03\x04 this is a zip file",
        "%1: the file is not valid JSON (error at line 1, column 1).");
    row("truncated JSON", "{\n  \"format\": \"odf-store\",\n  \"version\": 1,\n  \"comp",
        "%1: the file is not valid JSON (error at line 4, column 8).");
    row("invalid UTF-8", "{\"format\": \"odf-store\xff\"}",
        "%1: the file is not valid JSON (error at line 1, column 22).");
    row("number out of range", "{\"format\": \"odf-store\", \"version\": 1e400}",
        "%1: the file is not valid JSON.");
    row("deeply nested lists", QByteArray(100'000, '[') + QByteArray(100'000, ']'),
        "%1: this is not an On Demand Financing store.");
    row("list at the top", "[]", "%1: this is not an On Demand Financing store.");
    row("no format marker", R"({"version": 1, "company": {}, "invoices": []})",
        "%1: this is not an On Demand Financing store.");
    row("wrong format marker", changed([](Json &d) { d["format"] = "kraft-invoices"; }),
        R"(%1: this is not an On Demand Financing store (its format is "kraft-invoices").)");
    row("newer version", changed([](Json &d) { d["version"] = 3; }),
        "%1: the store was written by a newer version of this program (store format 3; this "
        "version reads up to format 2). Update the program to open it.");
    row("far newer version", changed([](Json &d) { d["version"] = 18446744073709551615ULL; }),
        "%1: the store was written by a newer version of this program (store format "
        "18446744073709551615; this version reads up to format 2). Update the program to open "
        "it.");
    row("version zero", changed([](Json &d) { d["version"] = 0; }),
        "%1: version: 0 is not a store format version.");
    row("version as text", changed([](Json &d) { d["version"] = "2"; }),
        R"(%1: version: "2" is not a whole number.)");
    row("version as fraction", changed([](Json &d) { d["version"] = 1.5; }),
        "%1: version: 1.5 is not a whole number.");
    row("company missing", changed([](Json &d) { d.erase("company"); }), "%1: company is missing.");
    row("unknown plan", changed([](Json &d) { d["company"]["plan"] = "free"; }),
        R"(%1: company.plan: "free" is not one of "go", "move", "boost".)");
    row("plan in another case", changed([](Json &d) { d["company"]["plan"] = "Move"; }),
        R"(%1: company.plan: "Move" is not one of "go", "move", "boost".)");
    row("plan missing", changed([](Json &d) { d["company"].erase("plan"); }),
        "%1: company.plan is missing.");
    row("account as text", changed([](Json &d) { d["company"]["kbc_current_account"] = "yes"; }),
        R"(%1: company.kbc_current_account: "yes" is not true or false.)");
    row("account missing", changed([](Json &d) { d["company"].erase("kbc_current_account"); }),
        "%1: company.kbc_current_account is missing.");
    row("users missing", changed([](Json &d) { d.erase("users"); }), "%1: users is missing.");
    row("users not a list", changed([](Json &d) { d["users"] = "u-admin"; }),
        R"(%1: users: "u-admin" is not a list.)");
    row("user without id", changed([](Json &d) { d["users"][1].erase("id"); }),
        "%1: users[1].id is missing.");
    row("user with an empty id", changed([](Json &d) { d["users"][1]["id"] = ""; }),
        "%1: users[1].id is empty; every user needs an id.");
    row("user id as number", changed([](Json &d) { d["users"][0]["id"] = 7; }),
        "%1: users[0].id: 7 is not a text.");
    row("user id used twice", changed([](Json &d) { d["users"][2]["id"] = "u-admin"; }),
        R"(%1: users[2].id: "u-admin" is already the id of another user.)");
    row("role not a boolean", changed([](Json &d) { d["users"][0]["administrator"] = 1; }),
        "%1: users[0].administrator: 1 is not true or false.");
    row("current user missing", changed([](Json &d) { d.erase("current_user"); }),
        "%1: current_user is missing.");
    row("current user unknown", changed([](Json &d) { d["current_user"] = "u-gone"; }),
        R"(%1: current_user: "u-gone" is not the id of any user.)");
    row("current user empty among users", changed([](Json &d) { d["current_user"] = ""; }),
        R"(%1: current_user: "" is not the id of any user.)");
    row("current user null", changed([](Json &d) { d["current_user"] = nullptr; }),
        "%1: current_user: null is not a text.");
    row("integration missing", changed([](Json &d) { d.erase("integration"); }),
        "%1: integration is missing.");
    row("integration added as text", changed([](Json &d) { d["integration"]["added"] = "true"; }),
        R"(%1: integration.added: "true" is not true or false.)");
    row("authorized until not a date-time",
        changed([](Json &d) { d["integration"]["authorized_until"] = "in 60 days"; }),
        R"(%1: integration.authorized_until: "in 60 days" is not a date and time )"
        R"((YYYY-MM-DDThh:mm:ss with an offset such as +01:00).)");
    row("invoices not a list", changed([](Json &d) { d["invoices"] = Json::object(); }),
        "%1: invoices: {} is not a list.");
    row("invoice not an object", changed([](Json &d) { d["invoices"][4] = 42; }),
        "%1: invoices[4]: 42 is not an object.");
    row("wrong type at a nested field",
        changed([](Json &d) { d["invoices"][1]["customer"]["name"] = 5; }),
        "%1: invoices[1].customer.name: 5 is not a text.");
    row("nested field missing",
        changed([](Json &d) { d["invoices"][0]["financing"].erase("payout"); }),
        "%1: invoices[0].financing.payout is missing.");
    row("invalid date", changed([](Json &d) { d["invoices"][3]["issueDate"] = "2026-02-30"; }),
        R"(%1: invoices[3].issueDate: "2026-02-30" is not a date (YYYY-MM-DD).)");
    row("date in another format",
        changed([](Json &d) { d["invoices"][3]["dueDate"] = "2/3/2026"; }),
        R"(%1: invoices[3].dueDate: "2/3/2026" is not a date (YYYY-MM-DD).)");
    row("date as number", changed([](Json &d) { d["invoices"][3]["dueDate"] = 20260302; }),
        "%1: invoices[3].dueDate: 20260302 is not a date (YYYY-MM-DD).");
    row("invalid date-time",
        changed([](Json &d) { d["invoices"][0]["activity"][2]["at"] = "yesterday"; }),
        R"(%1: invoices[0].activity[2].at: "yesterday" is not a date and time )"
        R"((YYYY-MM-DDThh:mm:ss with an offset such as +01:00).)");
    row("date where a date-time belongs",
        changed([](Json &d) { d["invoices"][0]["emailed"]["sentAt"] = "2026-03-02"; }),
        R"(%1: invoices[0].emailed.sentAt: "2026-03-02" is not a date and time )"
        R"((YYYY-MM-DDThh:mm:ss with an offset such as +01:00).)");
    row("unknown enumeration value",
        changed([](Json &d) { d["invoices"][2]["financing"]["status"] = "paid"; }),
        R"(%1: invoices[2].financing.status: "paid" is not one of "none", )"
        R"("awaiting-signature", "payout-pending", "financed", "settled", "refused".)");
    row("enumeration in another case",
        changed([](Json &d) { d["invoices"][0]["customer"]["kind"] = "Company"; }),
        R"(%1: invoices[0].customer.kind: "Company" is not one of "company", "public-body", )"
        R"("person".)");
    row("amount with a decimal comma",
        changed([](Json &d) { d["invoices"][0]["total"]["amount"] = "2500,00"; }),
        R"(%1: invoices[0].total.amount: "2500,00" is not an amount with at most two )"
        R"(decimals, such as "2500.00".)");
    row("amount with three decimals",
        changed([](Json &d) { d["invoices"][0]["paid"]["amount"] = "12.505"; }),
        R"(%1: invoices[0].paid.amount: "12.505" is not an amount with at most two )"
        R"(decimals, such as "2500.00".)");
    row("amount as a number", changed([](Json &d) { d["invoices"][0]["total"]["amount"] = 12.5; }),
        "%1: invoices[0].total.amount: 12.5 is not an amount with at most two decimals, such "
        "as \"2500.00\".");
    row("amount too large",
        changed([](Json &d) { d["invoices"][0]["total"]["amount"] = "99999999999999999999.00"; }),
        R"(%1: invoices[0].total.amount: "99999999999999999999.00" is not an amount with at )"
        R"(most two decimals, such as "2500.00".)");
    QTest::newRow("long value cut short") << true << changed([](Json &d) {
        d["invoices"][0]["customer"] = Json::array({std::string(200, 'x')});
    })
                                          << QStringLiteral("%1: invoices[0].customer: [\"")
            + QString(58, u'x') + QStringLiteral("… is not an object.");
    row("id used twice", changed([](Json &d) { d["invoices"][5]["id"] = d["invoices"][1]["id"]; }),
        R"(%1: invoices[5].id: "inv-2" is already the id of another invoice.)");
}

void TestStoreFile::loadErrors()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_directory.filePath(QStringLiteral("broken.json"));
    QFile::remove(path);
    if (exists)
        QVERIFY(writeAll(path, content));

    const StoreLoadResult loaded = StoreFile::load(path);

    QCOMPARE(loaded.error, expected.arg(shownPath(path)));
    QVERIFY(!loaded.data.has_value());
}

// A store as the first version of the program wrote it: no plan, account, users or
// integration.
constexpr char versionOneDocument[] = R"({
  "format": "odf-store",
  "version": 1,
  "company": {
    "name": "Lindeboom Interieur BV",
    "vatNumber": "BE0723134802",
    "countryCode": "BE",
    "email": "boekhouding@lindeboom-interieur.be"
  },
  "invoices": [
    {
      "id": "inv-1", "number": "2026-0142", "direction": "outgoing", "kind": "invoice",
      "typeCode": "380", "booking": "booked", "issueDate": "2026-03-02", "dueDate": "2026-04-01",
      "total": {"amount": "6050.00", "currency": "EUR"},
      "paid": {"amount": "0.00", "currency": "EUR"},
      "credited": {"amount": "0.00", "currency": "EUR"},
      "customer": {"name": "Brasserie Dubois SRL", "kind": "company",
                   "number": "BE0477472701", "countryCode": "BE", "email": "compta@dubois.be"},
      "emailed": null,
      "financing": {"status": "none", "payout": {"amount": "0.00", "currency": "EUR"},
                    "cost": {"amount": "0.00", "currency": "EUR"}, "requestedAt": null,
                    "signingDeadline": null, "payoutDate": null},
      "sourceFile": "", "activity": []
    }
  ]
}
)";

void TestStoreFile::versionOneStillLoads()
{
    const QString path = m_directory.filePath(QStringLiteral("version-1.json"));
    QVERIFY(writeAll(path, versionOneDocument));

    const StoreLoadResult loaded = StoreFile::load(path);

    QCOMPARE(loaded.error, QString());
    QVERIFY(loaded.data.has_value());
    QCOMPARE(loaded.data->company.name, QStringLiteral("Lindeboom Interieur BV"));
    QCOMPARE(loaded.data->company.plan, PricePlan::Move);
    QCOMPARE(loaded.data->company.hasKbcCurrentAccount, true);
    QCOMPARE(loaded.data->users.size(), 1);
    const User &user = loaded.data->users.constFirst();
    QCOMPARE(user.id, QStringLiteral("u-admin"));
    QCOMPARE(user.name, QStringLiteral("Administrator"));
    QCOMPARE(user.administrator, true);
    QCOMPARE(loaded.data->currentUserId, user.id);
    QCOMPARE(loaded.data->integration.added, true);
    QCOMPARE(loaded.data->integration.authorizedAt, QDateTime());
    QCOMPARE(loaded.data->integration.authorizedUntil, QDateTime());
    QCOMPARE(loaded.data->invoices.size(), 1);
    QCOMPARE(loaded.data->invoices.constFirst().total, Money::fromCents(6'050'00));
    // Loading alone never changes the file.
    QCOMPARE(readAll(path), QByteArray(versionOneDocument));
}

void TestStoreFile::versionOneIsWrittenBackAsVersionTwo()
{
    const QString path = m_directory.filePath(QStringLiteral("version-1-upgraded.json"));
    QVERIFY(writeAll(path, versionOneDocument));
    const StoreLoadResult first = StoreFile::load(path);
    QVERIFY(first.data.has_value());

    QCOMPARE(StoreFile::save(path, *first.data), QString());

    const QByteArray bytes = readAll(path);
    const Json document = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QCOMPARE(document.at("version").get<int>(), 2);
    const StoreLoadResult second = StoreFile::load(path);
    QCOMPARE(second.error, QString());
    QVERIFY(*second.data == *first.data);
}

// The bank's access grant is a secret kept in the keychain: nothing in the store may hold it
// or anything like it, however far the integration has gone.
void TestStoreFile::neverKeepsTheGrant()
{
    StoreData data = fullyPopulated();
    data.integration = IntegrationSetup {true, moment(2), moment(2).addDays(60)};
    const QString path = m_directory.filePath(QStringLiteral("no-grant.json"));
    QCOMPARE(StoreFile::save(path, data), QString());
    const QByteArray bytes = readAll(path);
    const Json document = Json::parse(bytes.constData(), bytes.constData() + bytes.size());

    const QStringList secretWords = {QStringLiteral("grant"),    QStringLiteral("token"),
                                     QStringLiteral("secret"),   QStringLiteral("bearer"),
                                     QStringLiteral("password"), QStringLiteral("credential")};
    QStringList keys;
    const auto collect = [&keys](const auto &self, const Json &value) -> void {
        if (value.is_object()) {
            for (const auto &item : value.items()) {
                keys.append(QString::fromStdString(item.key()));
                self(self, item.value());
            }
        } else if (value.is_array()) {
            for (const Json &element : value)
                self(self, element);
        }
    };
    collect(collect, document);
    QVERIFY(keys.size() > 100);
    for (const QString &key : std::as_const(keys)) {
        for (const QString &word : secretWords)
            QVERIFY2(!key.contains(word, Qt::CaseInsensitive), qPrintable(key));
    }
    // The integration holds exactly what the app shows and decides on.
    QStringList integrationKeys;
    for (const auto &item : document.at("integration").items())
        integrationKeys.append(QString::fromStdString(item.key()));
    QCOMPARE(integrationKeys,
             QStringList({QStringLiteral("added"), QStringLiteral("authorized_at"),
                          QStringLiteral("authorized_until")}));
}

QTEST_GUILESS_MAIN(TestStoreFile)

#include "tst_storefile.moc"
