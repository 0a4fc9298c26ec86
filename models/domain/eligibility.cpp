#include "eligibility.h"

#include "belgiancalendar.h"
#include "moneyformat.h"
#include "vatnumber.h"

#include <algorithm>

QString ruleIdName(RuleId rule)
{
    switch (rule) {
    case RuleId::Amount:
        return QStringLiteral("amount");
    case RuleId::Term:
        return QStringLiteral("term");
    case RuleId::Age:
        return QStringLiteral("age");
    case RuleId::CustomerKind:
        return QStringLiteral("customer-kind");
    case RuleId::VatNumber:
        return QStringLiteral("vat-number");
    case RuleId::Country:
        return QStringLiteral("country");
    case RuleId::Currency:
        return QStringLiteral("currency");
    case RuleId::Direction:
        return QStringLiteral("direction");
    case RuleId::Kind:
        return QStringLiteral("kind");
    case RuleId::Paid:
        return QStringLiteral("paid");
    case RuleId::Credited:
        return QStringLiteral("credited");
    case RuleId::Booked:
        return QStringLiteral("booked");
    case RuleId::Limit:
        return QStringLiteral("limit");
    case RuleId::Once:
        return QStringLiteral("once");
    }
    return {};
}

QList<RuleId> Assessment::reasonsByUsefulness() const
{
    // What the invoice is comes first (it can never change), then who it is for, then the
    // figures, then what time or other invoices may still change, and the to-do last.
    static const RuleId order[] = {
        RuleId::Direction, RuleId::Kind,         RuleId::Once,    RuleId::Credited,  RuleId::Paid,
        RuleId::Currency,  RuleId::CustomerKind, RuleId::Country, RuleId::VatNumber, RuleId::Amount,
        RuleId::Term,      RuleId::Age,          RuleId::Limit,   RuleId::Booked,
    };
    QList<RuleId> sorted;
    for (const RuleId rule : order) {
        if (reasons.contains(rule))
            sorted.append(rule);
    }
    return sorted;
}

std::optional<RuleId> Assessment::mostUsefulReason() const
{
    const QList<RuleId> sorted = reasonsByUsefulness();
    if (sorted.isEmpty())
        return std::nullopt;
    return sorted.front();
}

EligibilityRules::EligibilityRules(BankParameters parameters)
    : m_parameters(std::move(parameters))
{ }

Assessment EligibilityRules::assess(const Invoice &invoice, const EligibilityContext &context) const
{
    Assessment result;
    result.parameters = m_parameters;
    result.amount = invoice.total;
    result.termDays = invoice.paymentTermDays();
    result.ageWorkingDays = BelgianCalendar::workingDaysAfter(invoice.issueDate, context.today);
    const QString belgian = VatNumber::normalizedBelgian(invoice.customer.number);
    result.customerNumber =
        belgian.isEmpty() ? VatNumber::compact(invoice.customer.number) : belgian;
    result.countryCode = invoice.customer.countryCode;
    result.kind = invoice.kind;
    result.paid = invoice.paid;
    result.credited = invoice.credited;
    result.outstanding = context.outstanding;
    result.financingStatus = invoice.financing.status;

    QList<RuleId> &reasons = result.reasons;
    const bool euro = invoice.total.isEuro();

    // amount: incl. VAT, both ends included; euro invoices only (others fail 'currency').
    if (euro
        && (invoice.total < m_parameters.minimumAmount
            || invoice.total > m_parameters.maximumAmount)) {
        reasons.append(RuleId::Amount);
    }
    // term: invoice date -> due date in calendar days, both ends included; none fails.
    if (!result.termDays || *result.termDays < m_parameters.minimumTermDays
        || *result.termDays > m_parameters.maximumTermDays) {
        reasons.append(RuleId::Term);
    }
    // age: working days after the invoice date up to and including today.
    if (result.ageWorkingDays > m_parameters.maximumAgeWorkingDays)
        reasons.append(RuleId::Age);
    // customer-kind: never a private person; no number at all counts as one, and a number
    // that is only spaces, dots and hyphens is no number.
    if (invoice.customer.isPrivatePerson())
        reasons.append(RuleId::CustomerKind);
    // vat-number: judged only when there is a number to judge.
    if (!result.customerNumber.isEmpty() && belgian.isEmpty())
        reasons.append(RuleId::VatNumber);
    if (invoice.customer.countryCode.compare(u"BE", Qt::CaseInsensitive) != 0)
        reasons.append(RuleId::Country);
    if (!euro)
        reasons.append(RuleId::Currency);
    if (invoice.direction != InvoiceDirection::Outgoing)
        reasons.append(RuleId::Direction);
    if (invoice.kind != InvoiceKind::Invoice)
        reasons.append(RuleId::Kind);
    if (invoice.paid.isPositive())
        reasons.append(RuleId::Paid);
    if (invoice.credited.isPositive())
        reasons.append(RuleId::Credited);
    if (invoice.booking != BookingState::Booked)
        reasons.append(RuleId::Booked);
    // limit: outstanding + this invoice must stay within the total, included; euro only.
    if (euro && context.outstanding.isEuro()
        && context.outstanding + invoice.total > m_parameters.totalLimit) {
        reasons.append(RuleId::Limit);
    }
    if (invoice.financing.isTaken())
        reasons.append(RuleId::Once);
    return result;
}

QString EligibilityRules::title(RuleId rule)
{
    switch (rule) {
    case RuleId::Amount:
        //: Why? list, rule title: the invoice total including VAT
        return tr("Amount");
    case RuleId::Term:
        //: Why? list, rule title: days between invoice date and due date
        return tr("Payment term");
    case RuleId::Age:
        //: Why? list, rule title: how many working days ago the invoice was issued
        return tr("Invoice age");
    case RuleId::CustomerKind:
        //: Why? list, rule title: company, public body or private person
        return tr("Customer type");
    case RuleId::VatNumber:
        //: Why? list, rule title: the customer's Belgian VAT (enterprise) number
        return tr("VAT number");
    case RuleId::Country:
        //: Why? list, rule title
        return tr("Customer country");
    case RuleId::Currency:
        //: Why? list, rule title: the currency of the invoice
        return tr("Currency");
    case RuleId::Direction:
        //: Why? list, rule title: only invoices sent to customers can be financed
        return tr("Sales invoice");
    case RuleId::Kind:
        //: Why? list, rule title: invoice, advance invoice or credit note
        return tr("Invoice type");
    case RuleId::Paid:
        //: Why? list, rule title: payments already received on the invoice
        return tr("Payments");
    case RuleId::Credited:
        //: Why? list, rule title: credit notes issued against the invoice
        return tr("Credit notes");
    case RuleId::Booked:
        //: Why? list, rule title: whether the invoice is booked or still a draft
        return tr("Booking");
    case RuleId::Limit:
        //: Why? list, rule title: the EUR 100,000 total the bank finances at most
        return tr("Financing limit");
    case RuleId::Once:
        //: Why? list, rule title: an invoice can be financed only once
        return tr("Financed before");
    }
    return {};
}

QString EligibilityRules::explain(const Assessment &a, RuleId rule, const QLocale &locale)
{
    const BankParameters &p = a.parameters;
    const auto money = [&locale](const Money &m) { return MoneyFormat::format(m, locale); };
    switch (rule) {
    case RuleId::Amount:
        if (a.amount > p.maximumAmount) {
            return tr("The amount including VAT is %1; it must be between %2 and %3. An invoice "
                      "cannot be financed in part.")
                .arg(money(a.amount), money(p.minimumAmount), money(p.maximumAmount));
        }
        return tr("The amount including VAT is %1; it must be between %2 and %3.")
            .arg(money(a.amount), money(p.minimumAmount), money(p.maximumAmount));
    case RuleId::Term:
        if (!a.termDays) {
            return tr("The invoice has no due date, so no payment term; the term must be between "
                      "%1 and %2 days.")
                .arg(p.minimumTermDays)
                .arg(p.maximumTermDays);
        }
        return tr("The payment term is %n day(s); it must be between %1 and %2 days.", nullptr,
                  *a.termDays)
            .arg(p.minimumTermDays)
            .arg(p.maximumTermDays);
    case RuleId::Age:
        return tr("The invoice is %n working day(s) old; it may be at most %1 working days old.",
                  nullptr, a.ageWorkingDays)
            .arg(p.maximumAgeWorkingDays);
    case RuleId::CustomerKind:
        if (a.customerNumber.isEmpty()) {
            return tr("The customer has no VAT or enterprise number, so it counts as a private "
                      "person; only invoices to companies and public bodies can be financed.");
        }
        return tr("The customer is a private person; only invoices to companies and public "
                  "bodies can be financed.");
    case RuleId::VatNumber:
        return tr("The customer's number %1 is not a valid Belgian VAT number.")
            .arg(a.customerNumber);
    case RuleId::Country:
        if (a.countryCode.isEmpty())
            return tr("The customer's country is unknown; only customers in Belgium (BE) qualify.");
        return tr("The customer's country code is %1; only customers in Belgium (BE) qualify.")
            .arg(a.countryCode);
    case RuleId::Currency:
        return tr("The invoice is in %1; only invoices in euro (EUR) qualify.")
            .arg(a.amount.currency());
    case RuleId::Direction:
        return tr("This is a purchase invoice; only sales invoices can be financed.");
    case RuleId::Kind:
        if (a.kind == InvoiceKind::CreditNote)
            return tr("This is a credit note; only invoices can be financed.");
        return tr("This is an advance invoice; only final invoices can be financed.");
    case RuleId::Paid:
        return tr("%1 of this invoice has already been paid; only unpaid invoices qualify.")
            .arg(money(a.paid));
    case RuleId::Credited:
        return tr("%1 of this invoice has been credited; only invoices without credit notes "
                  "qualify.")
            .arg(money(a.credited));
    case RuleId::Booked:
        return tr("This invoice is a draft: book this invoice first.");
    case RuleId::Limit: {
        const Money available = std::max(p.totalLimit - a.outstanding, Money::fromCents(0));
        return tr("Financing %1 would exceed the limit of %2: %3 is already financed or "
                  "requested, so %4 is still available.")
            .arg(money(a.amount), money(p.totalLimit), money(a.outstanding), money(available));
    }
    case RuleId::Once:
        return tr("This invoice has already been financed; an invoice can be financed only once.");
    }
    return {};
}
