// Loading and judging a large store, and reading UBL files.
#include "eligibility.h"
#include "storefile.h"
#include "ublreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const QDate today(2026, 12, 3);

// A deterministic spread of invoices over the rules: amounts, terms, ages, customers.
QList<Invoice> generateInvoices(int count)
{
    QList<Invoice> invoices;
    invoices.reserve(count);
    for (int i = 0; i < count; ++i) {
        Invoice invoice;
        invoice.id = QStringLiteral("inv-%1").arg(i);
        invoice.number = QStringLiteral("2026-%1").arg(i, 6, 10, QLatin1Char('0'));
        invoice.issueDate = today.addDays(-(i % 40));
        invoice.dueDate = invoice.issueDate.addDays(10 + (i % 130));
        invoice.total = Money::fromCents(1'000'00 + qint64(i % 3'000) * 1'000);
        const int base = 4'000'000 + i % 5'000'000; // first eight digits: 04xxxxxx
        const int check = 97 - base % 97;
        invoice.customer.name = QStringLiteral("Customer %1").arg(i % 997);
        invoice.customer.countryCode = i % 50 == 0 ? QStringLiteral("NL") : QStringLiteral("BE");
        invoice.customer.number = QStringLiteral("BE%1%2")
                                      .arg(base, 8, 10, QLatin1Char('0'))
                                      .arg(check, 2, 10, QLatin1Char('0'));
        invoice.customer.email = QStringLiteral("billing%1@example.be").arg(i % 997);
        invoice.activity.append({QDateTime(invoice.issueDate, QTime(9, 0)),
                                 ActivityEntry::Kind::Imported, QStringLiteral("demo.xml")});
        invoices.append(std::move(invoice));
    }
    return invoices;
}

QString writeStore(const QTemporaryDir &directory, int count)
{
    const QString path = directory.filePath(QStringLiteral("store.json"));
    StoreData data;
    data.company = {QStringLiteral("Bench BV"), QStringLiteral("BE0477472701"),
                    QStringLiteral("BE"), QStringLiteral("info@bench.be")};
    data.invoices = generateInvoices(count);
    const QString error = StoreFile::save(path, data);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return path;
}

void loadStore(benchmark::State &state)
{
    QTemporaryDir directory;
    const QString path = writeStore(directory, int(state.range(0)));
    for (auto _ : state) {
        StoreLoadResult result = StoreFile::load(path);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(loadStore)->Arg(100'000)->Unit(benchmark::kMillisecond);

void judgeAll(benchmark::State &state)
{
    const QList<Invoice> invoices = generateInvoices(int(state.range(0)));
    const EligibilityRules rules;
    const EligibilityContext context {today, Money::fromCents(40'000'00)};
    for (auto _ : state) {
        int eligible = 0;
        for (const Invoice &invoice : invoices)
            eligible += rules.assess(invoice, context).isEligible() ? 1 : 0;
        benchmark::DoNotOptimize(eligible);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(judgeAll)->Arg(100'000)->Unit(benchmark::kMillisecond);

QByteArray ublDocument(int lines)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
 <cbc:ID>2026-0142</cbc:ID>
 <cbc:IssueDate>2026-11-30</cbc:IssueDate>
 <cbc:DueDate>2026-12-30</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Bench BV</cbc:Name></cac:PartyName>
  <cac:PartyTaxScheme><cbc:CompanyID>BE0477472701</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Klant NV</cbc:Name></cac:PartyName>
  <cac:PostalAddress><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyTaxScheme><cbc:CompanyID>BE0123456749</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">10000.00</cbc:LineExtensionAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">12100.00</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">12100.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
)";
    for (int i = 0; i < lines; ++i) {
        xml += " <cac:InvoiceLine><cbc:ID>" + QByteArray::number(i + 1)
            + "</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>"
              "<cbc:LineExtensionAmount currencyID=\"EUR\">100.00</cbc:LineExtensionAmount>"
              "<cac:Item><cbc:Name>Consultancy</cbc:Name></cac:Item>"
              "<cac:Price><cbc:PriceAmount currencyID=\"EUR\">100.00</cbc:PriceAmount></cac:Price>"
              "</cac:InvoiceLine>\n";
    }
    return xml + "</Invoice>\n";
}

void readUbl(benchmark::State &state)
{
    const QByteArray document = ublDocument(int(state.range(0)));
    for (auto _ : state) {
        UblReadResult result = UblReader::readData(document, QStringLiteral("bench.xml"));
        if (!result.invoice)
            state.SkipWithError(qPrintable(result.error));
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * document.size());
}
BENCHMARK(readUbl)->Arg(10)->Arg(1'000);

// Files on disk, as an import reads them: 200 invoices of 10 lines, opened and read one by one.
void readUblFiles(benchmark::State &state)
{
    constexpr int fileCount = 200;
    QTemporaryDir directory;
    QStringList paths;
    const QByteArray document = ublDocument(10);
    for (int i = 0; i < fileCount; ++i) {
        const QString path = directory.filePath(QStringLiteral("invoice-%1.xml").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size()) {
            state.SkipWithError("cannot write the files");
            return;
        }
        paths.append(path);
    }
    for (auto _ : state) {
        for (const QString &path : std::as_const(paths)) {
            UblReadResult result = UblReader::readFile(path);
            if (!result.invoice)
                state.SkipWithError(qPrintable(result.error));
            benchmark::DoNotOptimize(result);
        }
    }
    state.SetItemsProcessed(state.iterations() * fileCount);
    state.SetBytesProcessed(state.iterations() * fileCount * document.size());
}
BENCHMARK(readUblFiles)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
