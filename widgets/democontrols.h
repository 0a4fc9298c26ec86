#pragma once

#include <QLocale>
#include <QWidget>

class Clock;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

// The presenter's controls for the simulated time: the simulated date and time, always in
// view, how fast time runs, a jump to the morning of the next working day (when KBC pays
// out), and "the customer pays KBC" for the selected financed invoice. It shows the clock it
// is given and forwards the presenter's choices; it moves nothing itself.
class DemoControls final : public QWidget
{
    Q_OBJECT

public:
    explicit DemoControls(const Clock &clock, QWidget *parent = nullptr);

    void setNumberLocale(const QLocale &locale);
    // Whether time can be sped up and moved here (it can when the bank runs inside the
    // application, on the same clock).
    void setTimeControlsEnabled(bool enabled);
    // Whether the selected invoice is financed, so that its customer can pay KBC.
    void setCustomerPaymentAvailable(bool available);
    // Shows the speed without announcing it.
    void setSpeed(int speed);

    // The date and time as shown.
    QString timeText() const;

Q_SIGNALS:
    // Simulated seconds per real second.
    void speedChosen(int speed);
    void nextWorkingDayWanted();
    void customerPaymentWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTime();

    const Clock &m_clock;
    QLocale m_locale;
    QTimer *m_timer = nullptr;
    QLabel *m_captionLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speedBox = nullptr;
    QPushButton *m_nextDayButton = nullptr;
    QPushButton *m_customerPaysButton = nullptr;
};
