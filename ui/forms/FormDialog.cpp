#include "forms/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casusregie::ui {

FormDialog::FormDialog(ServiceThread &service, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_form(new QFormLayout)
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_errorLabel->setObjectName(QStringLiteral("formErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a4001d;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("formButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!m_saving)
            submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::setSaveEnabled(bool enabled)
{
    m_saveEnabled = enabled;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(enabled && !m_saving);
}

void FormDialog::setSaving(bool saving)
{
    m_saving = saving;
    setSaveEnabled(m_saveEnabled);
}

void FormDialog::showError(const QString &message)
{
    m_errorLabel->setText(tr("Not saved: %1").arg(message));
    m_errorLabel->show();
}

} // namespace casusregie::ui
