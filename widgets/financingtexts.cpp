#include "financingtexts.h"

#include "financingdesk.h"
#include "invoice.h"
#include "moneyformat.h"

#include <QLocale>

QString FinancingTexts::stateLabel(PanelState state)
{
    switch (state) {
    case PanelState::Hidden:
        //: Financing state of an invoice the business received from a supplier
        return tr("Purchase invoice");
    case PanelState::NotConnected:
        //: Financing state: the integration with KBC is not set up
        return tr("Not connected");
    case PanelState::NeedsBooking:
        //: Financing state: a draft invoice must be booked before it can be financed
        return tr("Book this invoice first");
    case PanelState::NotEligible:
        //: Financing state: the invoice does not qualify for financing
        return tr("Not eligible");
    case PanelState::Checking:
        //: Financing state: waiting for the bank's first answer
        return tr("Waiting for approval");
    case PanelState::Eligible:
        //: Financing state: the invoice qualifies for financing
        return tr("Eligible");
    case PanelState::AwaitingSignature:
        //: Financing state: the request must be confirmed in KBC Sign
        return tr("Awaiting signature");
    case PanelState::PayoutPending:
        //: Financing state: signed, the bank pays out on the next working day
        return tr("Payout pending");
    case PanelState::Financed:
        //: Financing state: the bank bought the invoice and paid the business
        return tr("Financed");
    case PanelState::Settled:
        //: Financing state: the customer paid the bank
        return tr("Settled");
    case PanelState::Refused:
        //: Financing state: the bank declined to buy the invoice
        return tr("Refused by KBC");
    }
    return {};
}

QString FinancingTexts::stateExplanation(const FinancingView &view, const Invoice &invoice,
                                         const QLocale &numberLocale)
{
    switch (view.state) {
    case PanelState::Hidden:
        return tr("Purchase invoices cannot be financed: KBC only buys invoices you send to "
                  "your customers.");
    case PanelState::NotConnected:
        return tr("KBC On Demand Financing is not set up for your company. Once an "
                  "administrator has added it in Integrations and authorized it in KBC Sign, "
                  "KBC can check which invoices it can finance.");
    case PanelState::NeedsBooking:
        return tr("This invoice is still a draft. Once it is booked, KBC can check whether it "
                  "qualifies for financing.");
    case PanelState::NotEligible:
        if (const auto reason = view.assessment.mostUsefulReason())
            return EligibilityRules::explain(view.assessment, *reason, numberLocale);
        return {};
    case PanelState::Checking:
        if (view.quoteError)
            return tr("KBC has not answered yet: %1").arg(*view.quoteError);
        return tr("KBC is checking this invoice and calculating what it would pay you.");
    case PanelState::Eligible:
        return tr("KBC can buy this invoice: it pays you the amount below on the next working "
                  "day after you sign, and collects the invoice from your customer.");
    case PanelState::AwaitingSignature:
        return tr("Confirm the request in KBC Sign within %n minute(s); after that it lapses.",
                  nullptr, view.assessment.parameters.signingWindowSeconds / 60);
    case PanelState::PayoutPending:
        if (invoice.financing.payoutDate.isValid()) {
            return tr("You signed the request. KBC pays you on %1.")
                .arg(MoneyFormat::formatDate(invoice.financing.payoutDate, numberLocale));
        }
        return tr("You signed the request. KBC pays you within 24 hours, on the next working "
                  "day.");
    case PanelState::Financed:
        return tr("KBC bought this invoice and paid you. Your customer now pays the invoice to "
                  "KBC.");
    case PanelState::Settled:
        return tr("Your customer paid KBC. This financing is complete.");
    case PanelState::Refused:
        return tr("KBC decided not to buy this invoice. KBC gives no reason; its decision was "
                  "based on the customer's VAT number, the booking date and the payment "
                  "term.");
    }
    return {};
}

QString FinancingTexts::activitySentence(const ActivityEntry &entry)
{
    using Kind = ActivityEntry::Kind;
    switch (entry.kind) {
    case Kind::Imported:
        if (entry.detail.isEmpty())
            //: Activity: the invoice was imported from a file
            return tr("Imported");
        return tr("Imported from %1").arg(entry.detail);
    case Kind::Booked:
        //: Activity: the draft invoice was booked
        return tr("Booked");
    case Kind::Emailed:
        if (entry.detail.isEmpty())
            return tr("E-mailed to the customer");
        return tr("E-mailed to %1").arg(entry.detail);
    case Kind::Requested:
        return tr("Financing requested from KBC");
    case Kind::Signed:
        return tr("Request confirmed in KBC Sign");
    case Kind::PaidOut:
        return tr("KBC paid out the financing");
    case Kind::Settled:
        return tr("The customer paid KBC");
    case Kind::Refused:
        return tr("KBC refused to finance this invoice");
    case Kind::Lapsed:
        return tr("The request lapsed: it was not confirmed in KBC Sign in time");
    case Kind::Declined:
        return tr("The request was declined in KBC Sign");
    case Kind::CustomerPaidBusiness:
        return tr("The customer paid you instead of KBC: pass the money on to KBC");
    case Kind::PassedOnToBank:
        return tr("The customer's payment was passed on to KBC");
    }
    return {};
}

QString FinancingTexts::activityLine(const ActivityEntry &entry, const QLocale &numberLocale)
{
    const QDateTime local = entry.at.toLocalTime();
    //: One line of an invoice's activity: %1 date, %2 time, %3 what happened
    return tr("%1 %2 — %3")
        .arg(MoneyFormat::formatDate(local.date(), numberLocale),
             numberLocale.toString(local.time(), QLocale::ShortFormat), activitySentence(entry));
}

QString FinancingTexts::percentage(int basisPoints, const QLocale &numberLocale)
{
    //: A percentage, e.g. "0.90%"; %1 is the number with two decimals
    return tr("%1%").arg(numberLocale.toString(double(basisPoints) / 100.0, 'f', 2));
}
