#include "ReviewPanel.h"

#include "QuietSetters.h"
#include "items/ChecksModel.h"
#include "items/CorrectionsModel.h"
#include "statements/FigureDelegate.h"
#include "store/FigureText.h"
#include "store/ReportStore.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace ledgerlens {

namespace {
// Checks read like the statements: grouped exact figures, failures in red.
class CheckDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *opt, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(opt, index);
        const int col = index.column();
        if (col == ChecksModel::ExpectedColumn || col == ChecksModel::ComputedColumn
            || col == ChecksModel::DifferenceColumn) {
            const auto v = Decimal::fromString(index.data(ItemRoles::ExactRole).toString());
            opt->text = FigureText::format(v);
            opt->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        }
        if (!index.data(ItemRoles::OkRole).toBool() && !(opt->state & QStyle::State_Selected)) {
            if (col == ChecksModel::ResultColumn || col == ChecksModel::DifferenceColumn)
                opt->palette.setColor(QPalette::Text, FigureDelegate::failedCheckColor());
            if (col == ChecksModel::ResultColumn)
                opt->font.setBold(true);
        }
    }
};

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

ReviewPanel::ReviewPanel(ReportStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_checks(new ChecksModel(store, this)),
      m_checksFilter(new QSortFilterProxyModel(this)), m_corrections(new CorrectionsModel(store, this)),
      m_tabs(new QTabWidget(this)), m_checksPage(new QWidget), m_checksView(new QTableView),
      m_correctionsView(new QTableView), m_history(new QUndoView(store->undoStack())),
      m_summary(new QLabel), m_failuresOnly(new QCheckBox)
{
    qRegisterMetaType<CheckTarget>();
    setObjectName(QStringLiteral("reviewPanel"));
    m_checksFilter->setSourceModel(m_checks);
    m_checksFilter->setFilterRole(ItemRoles::OkRole);
    m_checksView->setObjectName(QStringLiteral("checksView"));
    m_checksView->setModel(m_checksFilter);
    m_checksView->setItemDelegate(new CheckDelegate(m_checksView));
    setUpTable(m_checksView);
    m_correctionsView->setObjectName(QStringLiteral("correctionsView"));
    m_correctionsView->setModel(m_corrections);
    setUpTable(m_correctionsView);
    m_history->setObjectName(QStringLiteral("historyView"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_failuresOnly);
    auto *checksLayout = new QVBoxLayout(m_checksPage);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->setSpacing(2);
    checksLayout->addLayout(bar);
    checksLayout->addWidget(m_checksView, 1);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_checksPage, QString());
    m_tabs->addTab(m_correctionsView, QString());
    m_tabs->addTab(m_history, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_failuresOnly, &QCheckBox::toggled, this, [this](bool on) {
        // OkRole is a bool: "false" rows are the failures.
        m_checksFilter->setFilterFixedString(on ? QStringLiteral("false") : QString());
    });
    auto activate = [this](const QModelIndex &index) {
        const CheckTarget t = checkAt(index.row());
        if (t.entry)
            emit checkActivated(t);
    };
    connect(m_checksView, &QAbstractItemView::activated, this, activate);
    connect(m_checksView, &QAbstractItemView::clicked, this, activate);
    connect(m_checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [activate](const QModelIndex &index) {
                if (index.isValid())
                    activate(index);
            });
    connect(m_correctionsView, &QAbstractItemView::activated, this, &ReviewPanel::onCorrectionActivated);
    connect(m_correctionsView, &QAbstractItemView::clicked, this, &ReviewPanel::onCorrectionActivated);
    // The models follow the store row by row: every kind of change can move the counts.
    connect(m_checks, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateSummary);
    connect(m_checks, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::updateSummary);
    connect(m_checks, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::updateSummary);
    connect(m_checks, &QAbstractItemModel::layoutChanged, this, &ReviewPanel::updateSummary);
    connect(m_checks, &QAbstractItemModel::dataChanged, this, &ReviewPanel::updateSummary);
    connect(m_corrections, &QAbstractItemModel::modelReset, this, &ReviewPanel::retranslate);
    connect(m_corrections, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::retranslate);
    connect(m_corrections, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::retranslate);
    retranslate();
}

CheckTarget ReviewPanel::checkAt(int row) const
{
    CheckTarget t;
    const QModelIndex index = m_checksFilter->index(row, 0);
    if (!index.isValid())
        return t;
    t.entry = index.data(ItemRoles::EntryIdRole).toInt();
    t.table = TableKind(index.data(ItemRoles::TableKindRole).toInt());
    for (const QVariant &r : index.data(ItemRoles::RowsRole).toList())
        t.rows << r.toInt();
    t.column = index.data(ItemRoles::ColumnIndexRole).toInt();
    t.page = index.data(ItemRoles::SourcePageRole).toInt();
    return t;
}

void ReviewPanel::showChecks() { m_tabs->setCurrentWidget(m_checksPage); }
void ReviewPanel::showHistory() { m_tabs->setCurrentWidget(m_history); }

bool ReviewPanel::nextFailure()
{
    const int n = m_checksFilter->rowCount();
    const int from = m_checksView->currentIndex().row();
    for (int step = 1; step <= n; ++step) {
        const int row = (from + step + n) % n;
        if (!m_checksFilter->index(row, 0).data(ItemRoles::OkRole).toBool()) {
            showChecks();
            // setCurrentIndex emits currentRowChanged, which activates it.
            m_checksView->setCurrentIndex(m_checksFilter->index(row, 0));
            if (row == from)
                emit checkActivated(checkAt(row));
            return true;
        }
    }
    return false;
}

void ReviewPanel::onCorrectionActivated(const QModelIndex &index)
{
    if (!index.isValid() || index.data(ItemRoles::MismatchedRole).toBool())
        return;  // a mismatched correction has no cell in the current extraction
    const EntryId entry = index.data(ItemRoles::EntryIdRole).toInt();
    const TableKind table = TableKind(index.data(ItemRoles::TableKindRole).toInt());
    const int row = index.data(ItemRoles::RowRole).toInt();
    const int column = index.data(ItemRoles::ColumnIndexRole).toInt();
    if (column >= 0)
        emit cellActivated({entry, table, row, column});
    else
        emit rowActivated(entry, table, row);
}

void ReviewPanel::updateSummary()
{
    const int total = m_checks->rowCount();
    const int failed = m_checks->failedCount();
    if (total == 0)
        m_summary->setText(tr("No arithmetic checks yet: they run when a report is loaded."));
    else if (failed == 0)
        m_summary->setText(tr("All %n check(s) pass.", nullptr, total));
    else
        m_summary->setText(tr("<b style=\"color:#c62828\">%1 of %2 checks fail</b>: select one to see its figures.")
                               .arg(failed).arg(total));
    Quiet::setTabText(m_tabs, m_tabs->indexOf(m_checksPage),
                       failed ? tr("Checks (%1 failing)").arg(failed) : tr("Checks"));
}

void ReviewPanel::retranslate()
{
    m_failuresOnly->setText(tr("Failures only"));
    Quiet::setTabText(m_tabs, m_tabs->indexOf(m_correctionsView),
                       tr("Corrections (%1)").arg(m_corrections->rowCount()));
    Quiet::setTabText(m_tabs, m_tabs->indexOf(m_history), tr("History"));
    m_history->setEmptyLabel(tr("<as extracted>"));
    updateSummary();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ledgerlens
