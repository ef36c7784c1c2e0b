#include "main/SessionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace casusregie::ui {

SessionBanner::SessionBanner(QWidget *parent)
    : QFrame(parent)
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#sessionBanner { background: #fff4ce; border: 1px solid #c8a400; }"));
    m_messageLabel->setObjectName(QStringLiteral("sessionBannerLabel"));
    m_messageLabel->setWordWrap(true);
    auto *button = new QPushButton(tr("Log in &again…"), this);
    button->setObjectName(QStringLiteral("loginAgainButton"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, &SessionBanner::loginAgainRequested);
    hide();
}

void SessionBanner::showProblem(const QString &problem)
{
    m_messageLabel->setText(tr("%1 Everything you typed is still here; log in again to continue.").arg(problem));
    show();
}

} // namespace casusregie::ui
