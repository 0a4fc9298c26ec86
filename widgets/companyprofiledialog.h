#pragma once

#include "company.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The company profile: name, country, VAT number, price plan and whether the company has a
// KBC business current account. Only an administrator may change it; anyone else sees it
// read-only, with a line saying why. On OK it checks what was typed and names the field at
// fault; company() is then the profile to keep, the VAT number in its canonical form.
class CompanyProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    CompanyProfileDialog(const Company &company, bool canEdit, QWidget *parent = nullptr);

    // The profile as entered; valid after the dialog was accepted.
    Company company() const { return m_company; }
    bool canEdit() const { return m_canEdit; }
    // The user changed while the dialog is open: editable for an administrator, read-only
    // (with the line saying why, OK disabled) for anyone else.
    void setCanEdit(bool canEdit);
    // What is wrong with the input, in the user's language; empty when it may be kept.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCountries();
    Company entered() const;

    Company m_company;
    bool m_canEdit = false;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_nameCaption = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_countryCaption = nullptr;
    QComboBox *m_countryCombo = nullptr;
    QLabel *m_vatCaption = nullptr;
    QLineEdit *m_vatEdit = nullptr;
    QLabel *m_planCaption = nullptr;
    QComboBox *m_planCombo = nullptr;
    QCheckBox *m_kbcAccountCheck = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
