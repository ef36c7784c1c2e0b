#include "app/FirstStartDialog.h"

#include "forms/Colours.h"
#include "net/ServerProfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace casusregie::ui {

FirstStartDialog::FirstStartDialog(const QString &keepAt, const QStringList &lookedIn, QWidget *parent)
    : QDialog(parent)
    , m_keepAt(keepAt)
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Casusregie: connection profile"));
    auto *explanation = new QLabel(tr("This workstation has no connection profile for the Casusregie server yet. Ask functioneel beheer "
                                      "of the Zorg- en Veiligheidshuis for the connection profile of your organisation (werkplek.ini) "
                                      "and the server's CA certificate, or ask your IT department to install them for the whole "
                                      "workstation.\n\nLooked in:\n%1")
                                       .arg(QDir::toNativeSeparators(lookedIn.join(QLatin1Char('\n')))),
                                   this);
    explanation->setObjectName(QStringLiteral("firstStartExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setObjectName(QStringLiteral("firstStartErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(attentionStyle());
    m_errorLabel->hide();
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open connection profile…"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openProfileButton"));
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &FirstStartDialog::chooseProfile);
    connect(quit, &QPushButton::clicked, this, &FirstStartDialog::reject);
}

void FirstStartDialog::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open connection profile"), QDir::homePath(),
                                                      tr("Connection profiles (*.ini)"));
    if (!path.isEmpty())
        openProfile(path);
}

bool FirstStartDialog::openProfile(const QString &path)
{
    auto profile = ServerProfile::load(path);
    if (!profile) {
        m_errorLabel->setText(profile.error().message);
        m_errorLabel->show();
        return false;
    }
    // Kept with the CA certificate's full path, so the copy works wherever it stands.
    QDir().mkpath(QFileInfo(m_keepAt).absolutePath());
    QSaveFile kept(m_keepAt);
    if (!kept.open(QIODevice::WriteOnly | QIODevice::Text) || kept.write(profile->toIni()) < 0 || !kept.commit()) {
        m_errorLabel->setText(tr("The profile could not be kept at %1.").arg(QDir::toNativeSeparators(m_keepAt)));
        m_errorLabel->show();
        return false;
    }
    accept();
    return true;
}

} // namespace casusregie::ui
