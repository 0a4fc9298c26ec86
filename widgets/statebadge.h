#pragma once

#include <QLabel>

#include <optional>

enum class PanelState;

// The financing state of an invoice as a coloured badge that still reads as plain text:
// green when eligible, amber while something is pending, red when it cannot be financed,
// blue when financed and grey when settled.
class StateBadge final : public QLabel
{
    Q_OBJECT

public:
    explicit StateBadge(QWidget *parent = nullptr);

    std::optional<PanelState> state() const { return m_state; }
    void setState(PanelState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<PanelState> m_state;
};
