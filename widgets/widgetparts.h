#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

// Small builders for the labels and buttons the product's widgets are made of, so that every
// screen creates them alike: plain text only (a customer's name is never read as markup), an
// objectName that tests and screen readers can find, and buttons that Enter does not press by
// accident.
namespace WidgetParts {

enum class Wrap { No, Yes };

// A plain-text label with its font scaled and, if asked, bold.
QLabel *label(QWidget *parent, const char *objectName, qreal scale = 1.0, bool bold = false,
              Wrap wrap = Wrap::No);
// A label for a sentence: plain text that wraps.
inline QLabel *wrappingLabel(QWidget *parent, const char *objectName, qreal scale = 1.0,
                             bool bold = false)
{
    return label(parent, objectName, scale, bold, Wrap::Yes);
}
// A push button that is never the dialog's default.
QPushButton *button(QWidget *parent, const char *objectName);

} // namespace WidgetParts

// The look of KBC Sign, the bank's phone app, for the windows that play it: the app keeps its
// own light colours whatever the desktop's theme (so every colour is given, none taken from the
// palette), a dark blue header, white cards and two wide buttons. Each part is marked by the
// dynamic property "kbcSign", which the style sheet selects on.
namespace KbcSignLook {

// The style sheet for the window that shows the app.
QString styleSheet();
// Marks a widget as one of the parts: "window", "header", "title", "subtitle", "caption",
// "card", "amount", "problem", "primary" or "secondary".
void mark(QWidget *widget, const char *part);
// The header with the app's title and subtitle, named titleName and subtitleName.
QWidget *header(QWidget *parent, const char *objectName, QLabel **title, QLabel **subtitle,
                const char *titleName, const char *subtitleName);
// A wide button of the app: "primary" (the answer the user came for) or "secondary".
QPushButton *button(QWidget *parent, const char *objectName, const char *part);

} // namespace KbcSignLook
