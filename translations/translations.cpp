#include "translations.h"

namespace ProductTranslations {

QString directory()
{
    return QStringLiteral(":/i18n");
}

QString baseName(const QString &language)
{
    return QStringLiteral("odf_") + language;
}

} // namespace ProductTranslations
