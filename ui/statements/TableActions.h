#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QMainWindow;

namespace ledgerlens {

class StatementsPanel;
struct TableData;

// Getting figures out of the comparison tables: Edit > Copy (Ctrl+C) puts the
// selected block on the clipboard as TSV + HTML with its row labels and
// column headers; File > Export Table… writes the current tab as XLSX or CSV.
class TableActions : public QObject
{
    Q_OBJECT
public:
    TableActions(StatementsPanel *statements, QMainWindow *window);

    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    void retranslate();

    // The focused item view's selection, else the current table's.
    void copy();
    // The current tab as shown (find filter applied), with the unit in each column header.
    TableData currentTable() const;
    // Export with a file dialog; exportTo() without one (".csv", else XLSX).
    bool exportDialog();
    bool exportTo(const QString &path, QString *error = nullptr);

private:
    // Headings as the view shows them, company in full: "Cloud Factory … Limited 30 Jun 2024 (RMB '000)".
    void nameColumns(TableData &table, const QVector<int> &sourceColumns) const;

    StatementsPanel *m_statements;
    QMainWindow *m_window;
    QAction *m_copy, *m_export;
};

} // namespace ledgerlens
