#pragma once

#include "rules/AnnualFigures.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The annual figures of C 12.3 from anonymised data only (P 11.7): cases received, per theme,
// per aanmeldende partij, per outcome, the average days per phase, and per month the casussen that
// entered each phase. Counts of 1 to 4 read
// "<5", so that nobody can be singled out.
class AnnualFiguresView final : public QWidget {
    Q_OBJECT
public:
    AnnualFiguresView(ServiceThread &service, int year, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names);
    void refresh();

private:
    void showFigures(const AnnualFigures &figures);
    void showMonths(const AnnualFigures &figures);

    ServiceThread &m_service;
    QHash<qint64, QString> m_partyNames;
    QSpinBox *m_yearSpinBox;
    QLabel *m_receivedLabel;
    RowsModel *m_figuresModel;
    RowsModel *m_monthModel; // per month the casussen that entered each phase
    std::optional<AnnualFigures> m_figures; // as last shown: what is printed
};

} // namespace casusregie::ui
