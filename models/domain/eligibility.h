#pragma once

#include "bankparameters.h"
#include "invoice.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <optional>

// The rules that decide whether an invoice qualifies for On Demand Financing, checked by the
// client before anything is asked of the bank. Each rule has a stable id (used in files and
// by `odf check`) and a plain-language explanation that names the offending value.
enum class RuleId {
    // In the order of the product specification; reasons are always listed in this order.
    Amount,
    Term,
    Age,
    CustomerKind,
    VatNumber,
    Country,
    Currency,
    Direction,
    Kind,
    Paid,
    Credited,
    Booked,
    Limit,
    Once,
};

// "amount", "term", "customer-kind", ...
QString ruleIdName(RuleId rule);

// What the client needs to know besides the invoice itself.
struct EligibilityContext
{
    QDate today;
    // Financed and not yet settled, plus requests awaiting signature or payout, excluding the
    // invoice being judged. In euro.
    Money outstanding;
};

// The judgement of one invoice: the failed rules and the facts they were judged on.
struct Assessment
{
    QList<RuleId> reasons; // failed rules, in RuleId order; empty when the invoice qualifies
    Money amount; // the total incl. VAT, rounded to the cent
    std::optional<int> termDays;
    int ageWorkingDays = 0;
    // "BE" + ten digits for a valid Belgian number; otherwise as found without spaces, dots
    // and hyphens, upper case; empty when the customer has none.
    QString customerNumber;
    QString countryCode;
    InvoiceKind kind = InvoiceKind::Invoice;
    Money paid;
    Money credited;
    Money outstanding;
    FinancingStatus financingStatus = FinancingStatus::None;
    BankParameters parameters;

    bool isEligible() const { return reasons.isEmpty(); }
    bool fails(RuleId rule) const { return reasons.contains(rule); }
    // Only "book this invoice first" stands between the invoice and financing.
    bool onlyNeedsBooking() const { return reasons == QList<RuleId> {RuleId::Booked}; }
    // The failed rules with the most useful first: what can never change before what could,
    // and "book this invoice first" last, as it is a to-do rather than a refusal.
    QList<RuleId> reasonsByUsefulness() const;
    std::optional<RuleId> mostUsefulReason() const;
};

// The rules themselves. Plain code, no QObject: the same judgement serves the financing
// panel, the overview's banner and the headless check.
class EligibilityRules final
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityRules)

public:
    explicit EligibilityRules(BankParameters parameters = {});

    const BankParameters &parameters() const { return m_parameters; }

    Assessment assess(const Invoice &invoice, const EligibilityContext &context) const;

    // One sentence explaining why the rule failed, in the current UI language, with amounts
    // and dates in numberLocale.
    static QString explain(const Assessment &assessment, RuleId rule, const QLocale &numberLocale);
    // A short title for the rule, e.g. "Amount" or "Payment term".
    static QString title(RuleId rule);

private:
    BankParameters m_parameters;
};
