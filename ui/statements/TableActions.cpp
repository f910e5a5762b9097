#include "TableActions.h"

#include "PeriodHeader.h"
#include "StatementsPanel.h"
#include "TableClipboard.h"
#include "ViewTable.h"

#include "export/TableData.h"
#include "export/TableWriters.h"
#include "items/ComparisonModel.h"
#include "session/Settings.h"
#include "store/DisplayNames.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace ledgerlens {

TableActions::TableActions(StatementsPanel *statements, QMainWindow *window)
    : QObject(window), m_statements(statements), m_window(window)
{
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &TableActions::copy);
    m_export = new QAction(this);
    connect(m_export, &QAction::triggered, this, &TableActions::exportDialog);
    // Right-click on a block offers Copy too (the review actions follow it).
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    for (TableKind kind : allTableKinds()) {
        QTableView *view = m_statements->view(kind);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({m_copy, separator});
    }
    retranslate();
}

void TableActions::retranslate()
{
    m_copy->setText(tr("Co&py"));
    m_copy->setStatusTip(tr("Copy the selected figures with their line items and columns, for a spreadsheet"));
    m_export->setText(tr("Export &Table\u2026"));
    m_export->setStatusTip(tr("Save the current table as an Excel workbook or CSV"));
}

void TableActions::copy()
{
    // Text fields and editors take Ctrl+C themselves (shortcut override); an
    // item view elsewhere (the review list) copies its own selection.
    auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    bool statementView = false;
    for (TableKind kind : allTableKinds())
        statementView = statementView || view == m_statements->view(kind);
    if (view && !statementView) {
        TableClipboard::copySelection(*view);
        return;
    }
    QVector<int> columns;
    TableData table = ViewTable::selection(*m_statements->view(m_statements->currentTable()), &columns);
    nameColumns(table, columns);
    table.cornerHeader = tr("Line item");
    TableClipboard::copy(table);
}

void TableActions::nameColumns(TableData &table, const QVector<int> &sourceColumns) const
{
    const ComparisonModel *model = m_statements->model(m_statements->currentTable());
    for (int i = 0; i < table.columnHeaders.size() && i < sourceColumns.size(); ++i) {
        // The model's heading reads the printed column label ("2024", or a year in Chinese numerals).
        const QString printed = model->headerData(sourceColumns[i], Qt::Horizontal).toString()
                                    .replace(QLatin1Char('\n'), QLatin1Char(' '));
        QString &header = table.columnHeaders[i];
        if (header.startsWith(printed))  // keep the unit TableData added: " (RMB '000)"
            header = PeriodHeader::fullTitle(*model, sourceColumns[i]) + header.mid(printed.size());
    }
}

TableData TableActions::currentTable() const
{
    const TableKind kind = m_statements->currentTable();
    QVector<int> columns;
    TableData table = ViewTable::visible(*m_statements->view(kind), tableTitle(kind), &columns);
    nameColumns(table, columns);
    table.cornerHeader = tr("Line item");
    return table;
}

bool TableActions::exportDialog()
{
    const TableData table = currentTable();
    if (table.cells.isEmpty()) {
        m_window->statusBar()->showMessage(tr("This table is empty: nothing to export."), 6000);
        return false;
    }
    const QString dir = Settings::tableExportDir();
    QString selected;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Table"),
                                                QDir(dir).filePath(table.title + QStringLiteral(".xlsx")),
                                                tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    Settings::setTableExportDir(QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::critical(m_window, tr("Table Not Exported"),
                              error.isEmpty() ? tr("%1 could not be written.").arg(path) : error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1 to %2").arg(table.title, DisplayNames::fileName(path)), 6000);
    return true;
}

bool TableActions::exportTo(const QString &path, QString *error)
{
    const TableData table = currentTable();
    if (table.cells.isEmpty()) {
        if (error)
            *error = tr("This table is empty: nothing to export.");
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return TableWriters::writeCsv(table, path, error);
    return TableWriters::writeXlsx(table, path, error);
}

} // namespace ledgerlens
