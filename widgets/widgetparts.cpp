#include "widgetparts.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace WidgetParts {

QLabel *label(QWidget *parent, const char *objectName, qreal scale, bool bold, Wrap wrap)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap == Wrap::Yes);
    if (scale != 1.0 || bold) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        label->setFont(font);
    }
    return label;
}

QPushButton *button(QWidget *parent, const char *objectName)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1StringView(objectName));
    button->setAutoDefault(false);
    return button;
}

} // namespace WidgetParts

namespace KbcSignLook {

QString styleSheet()
{
    return QStringLiteral(
        "QDialog[kbcSign=\"window\"] { background: #f3f5f8; }"
        "QFrame[kbcSign=\"header\"] { background: #003366; }"
        "QLabel { color: #1d1d1b; }"
        "QLabel[kbcSign=\"title\"] { color: #ffffff; }"
        "QLabel[kbcSign=\"subtitle\"] { color: #d3e2f2; }"
        "QLabel[kbcSign=\"caption\"] { color: #5c6670; }"
        "QLabel[kbcSign=\"amount\"] { color: #003366; }"
        "QLabel[kbcSign=\"problem\"] { color: #9f1c1c; }"
        "QFrame[kbcSign=\"card\"] { background: #ffffff; border: 1px solid #d5dde6; "
        "border-radius: 10px; }"
        "QPushButton { border-radius: 8px; padding: 10px 16px; font-weight: bold; }"
        "QPushButton:focus { border: 2px solid #f2a900; }"
        "QPushButton[kbcSign=\"primary\"] { background: #005ba8; color: #ffffff; "
        "border: 1px solid #004a8a; }"
        "QPushButton[kbcSign=\"primary\"]:hover { background: #0a6cc2; }"
        "QPushButton[kbcSign=\"primary\"]:disabled { background: #c9d1d9; color: #5f6a75; "
        "border: 1px solid #c9d1d9; }"
        "QPushButton[kbcSign=\"secondary\"] { background: #ffffff; color: #003366; "
        "border: 1px solid #003366; }"
        "QPushButton[kbcSign=\"secondary\"]:hover { background: #eaf1f8; }"
        "QPushButton[kbcSign=\"secondary\"]:disabled { color: #8a949e; "
        "border: 1px solid #c9d1d9; }");
}

void mark(QWidget *widget, const char *part)
{
    widget->setProperty("kbcSign", QString::fromLatin1(part));
}

QWidget *header(QWidget *parent, const char *objectName, QLabel **title, QLabel **subtitle,
                const char *titleName, const char *subtitleName)
{
    auto *header = new QFrame(parent);
    header->setObjectName(QLatin1StringView(objectName));
    mark(header, "header");
    *title = WidgetParts::wrappingLabel(header, titleName, 1.7, true);
    mark(*title, "title");
    *subtitle = WidgetParts::wrappingLabel(header, subtitleName);
    mark(*subtitle, "subtitle");
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(20, 22, 20, 18);
    layout->setSpacing(4);
    layout->addWidget(*title);
    layout->addWidget(*subtitle);
    return header;
}

QPushButton *button(QWidget *parent, const char *objectName, const char *part)
{
    QPushButton *button = WidgetParts::button(parent, objectName);
    mark(button, part);
    // Enter must not answer the bank by accident: only a deliberate press does.
    button->setDefault(false);
    button->setMinimumHeight(button->fontMetrics().height() + 24);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace KbcSignLook
