#pragma once

#include <QCoreApplication>
#include <QString>

class QLocale;
struct ActivityEntry;
struct FinancingView;
struct Invoice;
enum class PanelState;

// The words that describe an invoice's financing for people: the state labels of the
// product specification and one sentence per kind of activity. Shared by the panel, its
// badge and its activity list so that one state is always called the same.
class FinancingTexts final
{
    Q_DECLARE_TR_FUNCTIONS(FinancingTexts)

public:
    // "Eligible", "Waiting for approval", "Refused by KBC", ...
    static QString stateLabel(PanelState state);
    // What the state means for this invoice and what comes next, in one or two sentences;
    // for a refusal by the rules the most useful reason.
    static QString stateExplanation(const FinancingView &view, const Invoice &invoice,
                                    const QLocale &numberLocale);
    // "E-mailed to anna@example.be", "Imported from 2026-0141.xml", ...
    static QString activitySentence(const ActivityEntry &entry);
    // One line of the activity list: when it happened and what.
    static QString activityLine(const ActivityEntry &entry, const QLocale &numberLocale);
    // A fee in basis points as a percentage with two decimals: "0.90%".
    static QString percentage(int basisPoints, const QLocale &numberLocale);
};
