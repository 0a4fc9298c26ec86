#pragma once

#include "storefile.h"

#include <QDate>
#include <QString>

// The built-in demo: a Belgian interior joinery and about thirty invoices that between them
// show every eligibility rule failing, the boundaries that pass, clean invoices and the bank's
// states (financed, settled, refused). The company is on the Move plan with a KBC current
// account; it has an administrator (the current user) and a clerk who is not one, and the
// integration is added but not yet authorized. The invoices live in a JSON resource with dates
// relative to a day, so the demo tells the same story on whatever day it is built.
namespace DemoData {

// The resource the demo is read from.
QString resourcePath();

// The demo company and invoices as they stand on today: invoice dates, e-mails, requests,
// payouts and settlements all fall on Belgian working days up to today. Payout and cost of
// financed invoices follow the pricing formula. Returns empty data (and logs why) only when the
// resource cannot be read, which the tests rule out.
StoreData build(QDate today);

} // namespace DemoData
