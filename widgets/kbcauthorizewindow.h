#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// Stands in for KBC Sign when the company authorizes KBC On Demand Financing to access its
// KBC business account: it names the company, says what is allowed and for how long, and
// takes the answer. Confirm announces confirmed() and waits while the application asks the
// bank; the application then closes it (finish()) or shows why it did not work
// (showProblem()). Cancel, or closing the window, rejects it and changes nothing.
class KbcAuthorizeWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit KbcAuthorizeWindow(QWidget *parent = nullptr);

    // The company that authorizes, by name and VAT number; starts a new question.
    void ask(const QString &companyName, const QString &vatNumber);
    bool isWorking() const { return m_working; }
    // The bank issued the grant: the window closes as accepted.
    void finish();
    // The bank did not issue it: the reason, in the user's language; the user may try again.
    void showProblem(const QString &message);

Q_SIGNALS:
    void confirmed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setWorking(bool working);

    bool m_working = false;
    QString m_vatNumber;
    QLabel *m_appTitleLabel = nullptr;
    QLabel *m_appSubtitleLabel = nullptr;
    QLabel *m_companyCaption = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLabel *m_vatLabel = nullptr;
    QLabel *m_permissionLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
