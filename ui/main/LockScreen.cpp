#include "main/LockScreen.h"

#include "forms/Colours.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casusregie::ui {

LockScreen::LockScreen(const QString &displayName, QWidget *parent)
    : QWidget(parent)
    , m_passwordEdit(new QLineEdit(this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(tr("Casusregie is locked"), this);
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    title->setFont(bigger);
    auto *explanation = new QLabel(tr("The screen was locked so that nobody else can read the case data. Type the password of "
                                      "%1 to continue; everything you typed is still there.")
                                       .arg(displayName),
                                   this);
    explanation->setObjectName(QStringLiteral("lockExplanationLabel"));
    explanation->setWordWrap(true);
    m_passwordEdit->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_unlockButton->setObjectName(QStringLiteral("unlockScreenButton"));
    m_unlockButton->setDefault(true);
    m_messageLabel->setObjectName(QStringLiteral("unlockMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(attentionStyle());

    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);

    auto *panel = new QWidget(this);
    panel->setFixedWidth(480); // a wrapped explanation needs a width to be measured against
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(title);
    panelLayout->addWidget(explanation);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_messageLabel);
    panelLayout->addWidget(m_unlockButton, 0, Qt::AlignRight);

    // Centred by stretches, not by alignment: an aligned widget gets its plain size hint, which
    // leaves no room for the wrapped explanation's second and third lines.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);

    const auto submit = [this]() {
        if (m_unlockButton->isEnabled())
            Q_EMIT unlockRequested(m_passwordEdit->text());
    };
    connect(m_unlockButton, &QPushButton::clicked, this, submit);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, submit);
}

void LockScreen::prepare()
{
    showRefusal(QString());
}

void LockScreen::showRefusal(const QString &message)
{
    m_messageLabel->setText(message);
    m_passwordEdit->clear();
    m_passwordEdit->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    m_unlockButton->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    if (!busy)
        m_passwordEdit->setFocus();
}

} // namespace casusregie::ui
