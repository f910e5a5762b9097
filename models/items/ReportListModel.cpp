#include "ReportListModel.h"

#include "ReportWarnings.h"
#include "store/DisplayNames.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeData>
#include <utility>

namespace ledgerlens {

using namespace ItemRoles;

namespace {
const QString kMime = QStringLiteral("application/x-ledgerlens-entry");

QStringList warningTexts(const Report &r)
{
    QStringList out;
    for (const ReportWarning &w : ReportWarnings::parse(r.warnings))
        out << ReportWarnings::text(w);
    return out;
}
}

ReportListModel::ReportListModel(ReportStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_ids(store->ids())
{
    connect(store, &ReportStore::entryAboutToBeAdded, this, [this](EntryId, int index) {
        beginInsertRows({}, index, index);
    });
    connect(store, &ReportStore::entryAdded, this, [this](EntryId id, int index) {
        m_ids.insert(index, id);
        endInsertRows();
    });
    connect(store, &ReportStore::entryAboutToBeRemoved, this, [this](EntryId, int index) {
        beginRemoveRows({}, index, index);
    });
    connect(store, &ReportStore::entryRemoved, this, [this](EntryId id, int index) {
        m_ids.removeAt(index);
        m_progressed.remove(id);
        endRemoveRows();
    });
    connect(store, &ReportStore::entryAboutToBeMoved, this, [this](EntryId, int from, int to) {
        // Qt's destination is the row *before which* it lands, in the old numbering.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(store, &ReportStore::entryMoved, this, [this](EntryId, int from, int to) {
        m_ids.move(from, to);
        endMoveRows();
    });
    connect(store, &ReportStore::loadStateChanged, this, &ReportListModel::onEntryChanged);
    connect(store, &ReportStore::reportChanged, this, &ReportListModel::onEntryChanged);
    connect(store, &ReportStore::reviewStatusChanged, this, &ReportListModel::onEntryChanged);
    // A worker reports every page; the bar needs a few steps a second.
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReportListModel::showProgress);
    connect(store, &ReportStore::loadProgress, this, [this](EntryId id) {
        m_progressed.insert(id);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(store, &ReportStore::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(store, &ReportStore::cleared, this, [this] {
        m_ids = m_store->ids();
        m_progressed.clear();
        endResetModel();
    });
}

EntryId ReportListModel::entryAt(int row) const { return m_ids.value(row, 0); }
// The rows follow the store's order exactly; the store looks the id up in a
// hash (a scan here made each per-report change cost the whole list).
int ReportListModel::rowOf(EntryId id) const
{
    const int row = m_store->indexOf(id);
    return row >= 0 && row < m_ids.size() && m_ids[row] == id ? row : m_ids.indexOf(id);
}

void ReportListModel::onEntryChanged(EntryId id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReportListModel::showProgress()
{
    const QSet<EntryId> ids = std::exchange(m_progressed, {});
    for (EntryId id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, PagesColumn), index(row, StatusColumn));
    }
}

int ReportListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_ids.size(); }
int ReportListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EntryId id = m_ids[index.row()];
    const ReportEntry *e = m_store->entry(id);
    if (!e)
        return {};
    const bool ready = e->state.phase == LoadState::Ready;
    const Report &r = e->effective;
    switch (role) {
    case EntryIdRole: return id;
    case PathRole: return e->path;
    case LoadPhaseRole: return int(e->state.phase);
    case LoadProgressRole:
        if (ready)
            return 1.0;
        return e->state.pageCount > 0 ? double(e->state.pagesDone) / e->state.pageCount : 0.0;
    case FailureReasonRole: return e->state.reason;
    case ReviewedTablesRole: return m_store->reviewedTableCount(id);
    case ReviewableTablesRole: return m_store->reviewableTableCount(id);
    case PeriodEndRole: return r.periodEnd;
    case WarningsRole: return ready ? warningTexts(r) : QStringList();
    case Qt::ToolTipRole:
        // The whole reason for a failure, which the narrow column elides.
        if (index.column() == StatusColumn && e->state.phase == LoadState::Failed)
            return e->state.toText() + QLatin1Char('\n') + e->path;
        if (ready && !r.warnings.isEmpty())
            return e->path + QStringLiteral("\n\n\u2022 ") + warningTexts(r).join(QStringLiteral("\n\u2022 "));
        return e->path;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case CompanyColumn:
        return DisplayNames::report(*e);
    case StockCodeColumn: return r.stockCode;
    case PeriodColumn: return r.periodEnd.isValid() ? r.periodEnd.toString(Qt::ISODate) : QString();
    case KindColumn: return r.kind;
    case PagesColumn:
        if (ready)
            return r.pageCount;
        return e->state.pageCount > 0 ? QVariant(e->state.pageCount) : QVariant();
    case StatusColumn:
        if (ready && !r.warnings.isEmpty())
            return tr("%1 \u00b7 %n warning(s)", nullptr, int(r.warnings.size())).arg(m_store->reviewProgressText(id));
        return ready ? m_store->reviewProgressText(id) : e->state.toText();
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn: return tr("Company");
    case StockCodeColumn: return tr("Stock code");
    case PeriodColumn: return tr("Period");
    case KindColumn: return tr("Kind");
    case PagesColumn: return tr("Pages");
    case StatusColumn: return tr("Status");
    }
    return {};
}

Qt::ItemFlags ReportListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

bool ReportListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_ids.size() || destinationChild < 0 || destinationChild > m_ids.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    // The store moves one entry at a time; this model follows its signals.
    const QVector<EntryId> moving = m_ids.mid(sourceRow, count);
    int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_store->moveEntry(moving[i], target + i);
    return true;
}

Qt::DropActions ReportListModel::supportedDropActions() const { return Qt::MoveAction; }
QStringList ReportListModel::mimeTypes() const { return {kMime}; }

QMimeData *ReportListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QVector<EntryId> ids;
    for (const QModelIndex &i : indexes) {
        const EntryId id = entryAt(i.row());
        if (id && !ids.contains(id))
            ids.append(id);
    }
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(kMime, bytes);
    return mime;
}

bool ReportListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const
{
    return data && data->hasFormat(kMime) && action == Qt::MoveAction;
}

bool ReportListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    QVector<EntryId> ids;
    QDataStream in(data->data(kMime));
    in >> ids;
    // Dropped onto an item: before it; onto empty space: at the end.
    int dest = row >= 0 ? row : (parent.isValid() ? parent.row() : m_ids.size());
    for (EntryId id : ids) {
        const int from = rowOf(id);
        if (from < 0)
            continue;
        const int to = from < dest ? dest - 1 : dest;
        m_store->moveEntry(id, to);
        dest = to + 1;
    }
    // The store already moved the rows: returning false stops views removing the "source" rows.
    return false;
}

QHash<int, QByteArray> ReportListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(PathRole, "path");
    names.insert(LoadPhaseRole, "loadPhase");
    names.insert(LoadProgressRole, "loadProgress");
    names.insert(FailureReasonRole, "failureReason");
    names.insert(ReviewedTablesRole, "reviewedTables");
    names.insert(ReviewableTablesRole, "reviewableTables");
    names.insert(PeriodEndRole, "periodEnd");
    names.insert(WarningsRole, "warnings");
    return names;
}

} // namespace ledgerlens
