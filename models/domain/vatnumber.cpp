#include "vatnumber.h"

namespace VatNumber {

QString compact(QStringView raw)
{
    QString result;
    result.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == u'/')
            continue;
        result.append(c.toUpper());
    }
    return result;
}

QString normalizedBelgian(QStringView raw)
{
    QString digits = compact(raw);
    if (digits.startsWith(u"BE"))
        digits.remove(0, 2);
    if (digits.size() == 9)
        digits.prepend(u'0');
    if (digits.size() != 10)
        return {};
    for (const QChar c : std::as_const(digits)) {
        if (c < u'0' || c > u'9')
            return {};
    }
    if (digits.front() != u'0' && digits.front() != u'1')
        return {};
    const int firstEight = QStringView(digits).left(8).toInt();
    const int check = QStringView(digits).right(2).toInt();
    if (check != 97 - firstEight % 97)
        return {};
    return QStringLiteral("BE") + digits;
}

} // namespace VatNumber
