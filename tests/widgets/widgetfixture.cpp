#include "widgetfixture.h"

#include "bankclient.h"

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

#include <optional>

DeskFixture::DeskFixture()
    : clock(QDateTime(QDate(2026, 3, 12), QTime(10, 0)))
    , quotes(0)
    , desk(book, clock, quotes)
{ }

QString DeskFixture::idOf(const QString &number) const
{
    for (const Invoice &invoice : book.invoices()) {
        if (invoice.number == number)
            return invoice.id;
    }
    return {};
}

const Invoice &DeskFixture::invoice(const QString &number) const
{
    return *book.find(idOf(number));
}

Invoice eligibleInvoice(const QString &number, qint64 cents, const QString &customerName,
                        const QString &vatNumber)
{
    Invoice invoice;
    invoice.number = number;
    invoice.typeCode = QStringLiteral("380");
    invoice.issueDate = QDate(2026, 3, 5);
    invoice.dueDate = QDate(2026, 4, 4);
    invoice.total = Money::fromCents(cents);
    invoice.customer.name = customerName;
    invoice.customer.countryCode = QStringLiteral("BE");
    invoice.customer.number = vatNumber;
    return invoice;
}

namespace {

// Every invoice but drafts starts its history with the import on its invoice date.
QList<Invoice> withImport(QList<Invoice> invoices)
{
    for (Invoice &invoice : invoices) {
        if (invoice.booking == BookingState::Draft)
            continue;
        invoice.activity.prepend({QDateTime(invoice.issueDate, QTime(9, 30)),
                                  ActivityEntry::Kind::Imported, invoice.number + u".xml"});
    }
    return invoices;
}

} // namespace

QList<Invoice> sampleInvoices()
{
    using namespace SampleNumber;
    Invoice brewery = eligibleInvoice(kroon, 12'100'00, QStringLiteral("Brouwerij De Kroon NV"),
                                      QStringLiteral("BE 0477.472.701"));
    brewery.customer.email = QStringLiteral("boekhouding@dekroon.be");

    Invoice atelier = eligibleInvoice(vandamme, 4'840'00, QStringLiteral("Atelier Vandamme BV"),
                                      QStringLiteral("BE0403227515"));
    atelier.issueDate = QDate(2026, 3, 9);
    atelier.dueDate = QDate(2026, 4, 8);

    Invoice city = eligibleInvoice(leuven, 18'150'00, QStringLiteral("Stad Leuven"),
                                   QStringLiteral("0462.920.226"));
    city.customer.kind = CustomerKind::PublicBody;
    city.issueDate = QDate(2026, 3, 10);
    city.dueDate = QDate(2026, 5, 9);

    // A private person (no number), a small amount and a one-week term: three reasons.
    Invoice person = eligibleInvoice(peeters, 1'210'00, QStringLiteral("Jan Peeters"), {});
    person.customer.kind = CustomerKind::Person;
    person.issueDate = QDate(2026, 2, 20);
    person.dueDate = QDate(2026, 2, 27);

    Invoice draft = eligibleInvoice(smets, 7'260'00, QStringLiteral("Garage Smets BV"),
                                    QStringLiteral("BE0812345603"));
    draft.booking = BookingState::Draft;
    draft.issueDate = QDate(2026, 3, 11);
    draft.dueDate = QDate(2026, 4, 10);

    Invoice purchase = eligibleInvoice(supplier, 3'025'00, QStringLiteral("Drukkerij Claes"),
                                       QStringLiteral("BE0765432146"));
    purchase.direction = InvoiceDirection::Incoming;

    Invoice financed = eligibleInvoice(janssens, 9'680'00, QStringLiteral("Bouw Janssens NV"),
                                       QStringLiteral("BE0987654394"));
    financed.issueDate = QDate(2026, 2, 16);
    financed.dueDate = QDate(2026, 3, 18);
    financed.emailed = EmailRecord {QDateTime(QDate(2026, 2, 16), QTime(11, 0)),
                                    QStringLiteral("info@janssens.be")};
    financed.financing.status = FinancingStatus::Financed;
    financed.financing.payout = Money::fromCents(9'592'88);
    financed.financing.cost = Money::fromCents(87'12);
    financed.financing.payoutDate = QDate(2026, 2, 18);
    financed.activity.append({QDateTime(QDate(2026, 2, 16), QTime(11, 0)),
                              ActivityEntry::Kind::Emailed, QStringLiteral("info@janssens.be")});
    financed.activity.append(
        {QDateTime(QDate(2026, 2, 17), QTime(14, 5)), ActivityEntry::Kind::Requested, {}});
    financed.activity.append(
        {QDateTime(QDate(2026, 2, 17), QTime(14, 7)), ActivityEntry::Kind::Signed, {}});
    financed.activity.append(
        {QDateTime(QDate(2026, 2, 18), QTime(8, 0)), ActivityEntry::Kind::PaidOut, {}});

    return withImport({brewery, atelier, city, person, draft, purchase, financed});
}

QList<Invoice> moreStateInvoices(const QDateTime &now)
{
    Invoice signing =
        eligibleInvoice(QStringLiteral("2026-0146"), 6'050'00, QStringLiteral("Bakkerij Wouters"),
                        QStringLiteral("BE0765432146"));
    signing.emailed = EmailRecord {now.addSecs(-3600), QStringLiteral("info@wouters.be")};
    signing.financing.status = FinancingStatus::AwaitingSignature;
    signing.financing.payout = Money::fromCents(5'995'55);
    signing.financing.cost = Money::fromCents(54'45);
    signing.financing.requestedAt = now.addSecs(-60);
    signing.financing.signingDeadline = now.addSecs(300);

    Invoice pending =
        eligibleInvoice(QStringLiteral("2026-0147"), 3'630'00,
                        QStringLiteral("Schrijnwerkerij Maes"), QStringLiteral("BE0403227515"));
    pending.emailed = EmailRecord {now.addDays(-1), QStringLiteral("maes@example.be")};
    pending.financing.status = FinancingStatus::PayoutPending;
    pending.financing.payout = Money::fromCents(3'597'33);
    pending.financing.cost = Money::fromCents(32'67);
    pending.financing.payoutDate = QDate(2026, 3, 13);

    Invoice settled =
        eligibleInvoice(QStringLiteral("2026-0101"), 5'445'00, QStringLiteral("Transport Goossens"),
                        QStringLiteral("BE0462920226"));
    settled.issueDate = QDate(2026, 1, 12);
    settled.dueDate = QDate(2026, 2, 11);
    settled.financing.status = FinancingStatus::Settled;
    settled.financing.payout = Money::fromCents(5'395'99);
    settled.financing.cost = Money::fromCents(49'01);
    settled.financing.payoutDate = QDate(2026, 1, 14);

    Invoice refused =
        eligibleInvoice(QStringLiteral("2026-0144"), 14'520'00, QStringLiteral("Hotel Zeezicht"),
                        QStringLiteral("BE0812345603"));
    refused.emailed = EmailRecord {now.addDays(-2), QStringLiteral("info@zeezicht.be")};
    refused.financing.status = FinancingStatus::Refused;
    refused.activity.append({now.addDays(-1), ActivityEntry::Kind::Refused, {}});

    return withImport({signing, pending, settled, refused});
}

QLocale englishBelgium()
{
    return QLocale(QLocale::English, QLocale::Belgium);
}

QString saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("ODF_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return {};
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(name + u".png");
    return widget.grab().save(path) ? path : QString();
}

QString authorizeAtBank(BankClient &client, const QString &vatNumber)
{
    QObject context;
    std::optional<QString> grant;
    client.authorize(vatNumber, &context,
                     [&grant](const BankApi::BankResult<BankApi::AuthorizationGrant> &result) {
                         grant = result.isOk() ? result.value().grant : QString();
                     });
    if (!QTest::qWaitFor([&grant] { return grant.has_value(); }) || grant->isEmpty())
        return {};
    client.setGrant(*grant);
    return *grant;
}

int requestsAtBank(BankClient &client, const QString &invoiceId)
{
    QObject context;
    std::optional<int> count;
    client.requestsForInvoice(
        invoiceId, &context,
        [&count](const BankApi::BankResult<QList<BankApi::FinancingRequest>> &result) {
            count = result.isOk() ? int(result.value().size()) : -1;
        });
    if (!QTest::qWaitFor([&count] { return count.has_value(); }))
        return -2;
    return *count;
}
