#pragma once

#include "domain/Report.h"
#include "domain/TableRegion.h"
#include "store/StoreTypes.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ledgerlens {

class RegionReadJob;
class ReportStore;

// "Use as Table…": the analyst says which kind of table is where (pages, and
// the rectangle dragged on the page, if any), previews what the worker reads
// there (rows, figures, checks) and on OK makes it the report's table as an
// undoable review edit (ReportStore::useTableRegion).
class TableRegionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Start
    {
        EntryId entry = 0;
        TableKind kind = TableKind::ProfitOrLoss;
        int page = 1;                 // the page shown
        int pageCount = 1;
        std::optional<QRectF> box;    // the rectangle dragged on `page` (PDF points)
    };
    TableRegionDialog(ReportStore *store, const QString &workerProgram, const Start &start, QWidget *parent = nullptr);
    ~TableRegionDialog() override;

    TableRegion region() const;
    void setKind(TableKind kind);
    void setPages(int first, int last);
    // Reads the region in the worker; previewDone() when the answer is in.
    void preview();
    bool isReading() const;
    // The table the last preview read (empty when it read none).
    const Table &previewTable() const { return m_read; }
    QString message() const;
    QPushButton *previewButton() const { return m_preview; }

    void accept() override;

signals:
    void previewDone(bool ok);

private:
    void onRead(const TableRegion &region, const QVector<Table> &tables, const QStringList &problems);
    void showTable(const Table &t);
    void invalidate();

    ReportStore *m_store;
    EntryId m_entry;
    std::optional<QRectF> m_box;
    RegionReadJob *m_job;
    QComboBox *m_kind;
    QSpinBox *m_from, *m_to;
    QCheckBox *m_useBox;
    QPushButton *m_preview;
    QLabel *m_message;
    QTableWidget *m_rows;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
    Table m_read;
    std::optional<TableRegion> m_readRegion;   // the region m_read came from
    bool m_acceptWhenRead = false;
};

} // namespace ledgerlens
