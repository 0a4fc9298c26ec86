#pragma once

#include "money.h"

#include <QDateTime>
#include <QDialog>
#include <QLocale>

class Clock;
class QLabel;
class QPushButton;
class QTimer;

// What KBC Sign asks the user to confirm: one financing request.
struct KbcSignRequest
{
    QString companyName; // the business that is financed
    QString invoiceNumber;
    QString customerName;
    Money payout; // what KBC pays the business
    Money cost; // what the financing costs
    QDateTime deadline; // after this the request lapses

    friend bool operator==(const KbcSignRequest &, const KbcSignRequest &) = default;
};

// Stands in for the bank's phone app, KBC Sign, so that the signing step can be shown on
// one screen: the request, the time left to confirm it and the two answers. It only
// reports the answer; the caller passes it on to the bank, which owns the deadline.
//
// The time left is computed from the deadline and the clock at every refresh, so a clock
// that a test or a demo moves shows the right value at once.
class KbcSignWindow final : public QDialog
{
    Q_OBJECT

public:
    enum class Status { Empty, Waiting, Confirmed, Declined, Lapsed };
    Q_ENUM(Status)

    explicit KbcSignWindow(const Clock &clock, QWidget *parent = nullptr);

    KbcSignRequest request() const { return m_request; }
    Status status() const { return m_status; }
    // Shows a new request, waiting for an answer; the same request again changes nothing.
    void setRequest(const KbcSignRequest &request);
    void setNumberLocale(const QLocale &locale);

    // Reads the clock again and lapses the request when its time is up. A timer calls it
    // several times a second while a request waits.
    void refresh();

    QSize sizeHint() const override;

Q_SIGNALS:
    // At most one of these three per request.
    void confirmed();
    void declined();
    void lapsed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRequest();
    void showStatus();
    void answer(Status status);
    qint64 secondsLeft() const;

    const Clock &m_clock;
    KbcSignRequest m_request;
    Status m_status = Status::Empty;
    QLocale m_locale;
    QTimer *m_refreshTimer = nullptr;

    QWidget *m_header = nullptr;
    QLabel *m_appTitleLabel = nullptr;
    QLabel *m_appSubtitleLabel = nullptr;
    QLabel *m_companyCaption = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLabel *m_invoiceCaption = nullptr;
    QLabel *m_invoiceLabel = nullptr;
    QLabel *m_customerCaption = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_payoutCaption = nullptr;
    QLabel *m_payoutLabel = nullptr;
    QLabel *m_costCaption = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_timeLeftLabel = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_declineButton = nullptr;
};
