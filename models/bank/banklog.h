#pragma once

#include <QLoggingCategory>

// The simulated bank's log ("odf.bank"): the calls it serves and the decisions it takes.
// Debug output is off unless QT_LOGGING_RULES turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcBank)
