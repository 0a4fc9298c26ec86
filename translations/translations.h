#pragma once

#include <QString>

// Where the product's compiled translations live: Qt resources linked into every program
// that links odf_translations, one file per language (":/i18n/odf_nl.qm").
namespace ProductTranslations {

// ":/i18n"
QString directory();
// "odf_nl" for "nl": the name QTranslator::load() takes, without the ".qm".
QString baseName(const QString &language);

} // namespace ProductTranslations
