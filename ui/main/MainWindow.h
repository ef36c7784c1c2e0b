#pragma once

#include "domain/User.h"

#include <QMainWindow>

namespace casusregie {
class Clock;
class Service;
}

namespace casusregie::ui {

class PartiesModel;

// The client's main window after login. For now it shows the covenant's parties; the casus
// work follows with the service's case commands.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Service &service, const Clock &clock, User user, const QString &databaseDescription,
               QWidget *parent = nullptr);

    void refresh();

private:
    void createMenus();
    void showAbout();

    Service &m_service;
    const Clock &m_clock;
    User m_user;
    PartiesModel *m_partiesModel;
};

} // namespace casusregie::ui
