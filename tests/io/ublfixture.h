#pragma once

#include "invoice.h"

#include <QByteArray>
#include <QString>

// A small Peppol BIS 3.0 invoice for the reader's tests, written from parts so that each test
// row changes only what it is about. Every part is XML written inside the document element,
// where the prefixes cbc: and cac: are declared; an empty part leaves its element out.
struct UblFixture
{
    QString root = QStringLiteral("Invoice"); // or "CreditNote"
    QString leading; // right after the start tag of the document element
    QString number = QStringLiteral("INV-2026-0042");
    QString issueDate = QStringLiteral("2026-03-02");
    QString dueDate = QStringLiteral("2026-04-01");
    QString typeCode = QStringLiteral("380"); // InvoiceTypeCode or CreditNoteTypeCode
    QString currency = QStringLiteral("EUR");
    QString supplierParty = supplierPartyWith(defaultSupplierParty());
    QString customerParty = customerPartyWith(defaultCustomerParty());
    QString paymentMeans; // whole cac:PaymentMeans elements
    QString totalIncludingVat = QStringLiteral("12100.00");
    QString totalCurrency = QStringLiteral("EUR"); // currencyID of the amounts
    QString prepaidAmount;
    QString trailing; // right before the end tag of the document element

    QByteArray toXml() const;

    // The content of a cac:Party: a Belgian company with every number and an e-mail address.
    static QString defaultCustomerParty();
    static QString defaultSupplierParty();
    static QString customerPartyWith(const QString &partyContent);
    static QString supplierPartyWith(const QString &partyContent);
    static QString paymentMeansWith(const QString &content);
};

// Readable values in the messages of failed comparisons.
char *toString(const Money &money);
char *toString(InvoiceKind kind);
char *toString(CustomerKind kind);
