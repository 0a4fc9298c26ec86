#include "banklog.h"

Q_LOGGING_CATEGORY(lcBank, "odf.bank", QtInfoMsg)
