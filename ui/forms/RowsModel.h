#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

class QPlainTextEdit;
class QTableView;
class QWidget;

namespace casusregie::ui {

// One cell of a table of records: what is shown, the raw value it sorts by (a date sorts as a
// date, not as its text), and whether it asks for attention (an overdue date, a lapsed approval).
struct TableCell {
    QString text;
    QVariant sortKey; // invalid: sorts by the text
    bool attention = false;

    TableCell(QString shown = {}, QVariant key = {}, bool warn = false)
        : text(std::move(shown))
        , sortKey(std::move(key))
        , attention(warn)
    {
    }
};

// A read-only model for records the service returned, shown back in the client. The columns are
// fixed when it is made; the rows are replaced whole with each answer. A cell's whole text is its
// tooltip, so a long text elided in the view can still be read; a count stands right-aligned.
class RowsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RowsModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<QList<TableCell>> rows);
    // For a table whose columns follow the data (the months per phase of the annual figures).
    void setTable(QStringList headers, QList<QList<TableCell>> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QList<TableCell>> m_rows;
};

// A sortable view of such a model: rows selected whole, long text elided, Tab leaves the table.
QTableView *recordsView(const QString &objectName, RowsModel *model, QWidget *parent);

// Under such a view, the whole of the current record, one line per column: what an elided cell
// holds, readable and selectable by keyboard (a tooltip needs a mouse). Hidden while no row is.
QPlainTextEdit *recordDetail(QTableView *view, QWidget *parent);

// The model row of the row selected in such a view, whatever order it shows; -1 when none is.
int selectedModelRow(const QTableView *view);
// Selects the row of the model's row `modelRow`, wherever the view's order shows it, and scrolls to it.
void selectModelRow(QTableView *view, int modelRow);

} // namespace casusregie::ui
