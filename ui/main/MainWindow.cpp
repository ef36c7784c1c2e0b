#include "main/MainWindow.h"

#include "common/Clock.h"
#include "parties/PartiesModel.h"
#include "parties/PartiesView.h"
#include "service/Service.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStringList>
#include <QTabWidget>

namespace casusregie::ui {

MainWindow::MainWindow(Service &service, const Clock &clock, User user, const QString &databaseDescription,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_partiesModel(new PartiesModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casusregie — %1").arg(m_user.displayName));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabWidget"));
    tabs->addTab(new PartiesView(m_partiesModel, tabs), tr("Parties"));
    setCentralWidget(tabs);

    QStringList roles;
    for (const Role role : m_user.roles)
        roles << enumLabel(role);
    auto *userLabel = new QLabel(tr("Logged in as %1 (%2)").arg(m_user.displayName, roles.join(QStringLiteral(", "))), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(userLabel);
    auto *databaseLabel = new QLabel(databaseDescription, this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);

    createMenus();
    resize(1100, 700);
    refresh();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casusregie"), this, &MainWindow::showAbout);
}

void MainWindow::refresh()
{
    auto parties = m_service.parties();
    if (!parties) {
        statusBar()->showMessage(tr("Could not load the parties: %1").arg(parties.error().message));
        return;
    }
    m_partiesModel->setParties(*parties, m_clock.today());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Casusregie"),
                       tr("<p><b>Casusregie</b> %1</p><p>Case management for the Zorg- en Veiligheidshuis "
                          "Rotterdam-Rijnmond.</p><p>Licensed under the EUPL-1.2.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace casusregie::ui
