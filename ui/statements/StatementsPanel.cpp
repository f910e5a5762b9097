#include "StatementsPanel.h"

#include "FigureDelegate.h"
#include "FigureFormat.h"
#include "LineItemFilter.h"
#include "LineItemHeader.h"
#include "PeriodHeader.h"
#include "TableWarningsBanner.h"

#include "QuietSetters.h"
#include "items/ComparisonModel.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace ledgerlens {

QString tableTitle(TableKind kind)
{
    switch (kind) {
    case TableKind::ProfitOrLoss: return StatementsPanel::tr("Profit or loss");
    case TableKind::ComprehensiveIncome: return StatementsPanel::tr("Comprehensive income");
    case TableKind::FinancialPosition: return StatementsPanel::tr("Financial position");
    case TableKind::CashFlows: return StatementsPanel::tr("Cash flows");
    case TableKind::RevenueMix: return StatementsPanel::tr("Revenue mix");
    case TableKind::ReceivablesAgeing: return StatementsPanel::tr("Receivables ageing");
    case TableKind::PayablesAgeing: return StatementsPanel::tr("Payables ageing");
    }
    return QString();
}

StatementsPanel::StatementsPanel(ReportStore *store, Session *session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_unitLabel = new QLabel(this);
    m_unit = new QComboBox(this);
    // Its texts change with the reports' currency ("'000" -> "RMB'000"): grow with them.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel->setBuddy(m_unit);
    m_currency = new QLabel(this);
    m_currency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_find = new QLineEdit(this);
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    bar->addWidget(m_unitLabel);
    bar->addWidget(m_unit);
    bar->addSpacing(12);
    bar->addWidget(m_currency);
    bar->addStretch(1);
    bar->addWidget(m_find);
    layout->addLayout(bar);

    // Standardised rows line companies up; "as printed" keeps every line.
    m_standardised = new QAction(this);
    m_standardised->setCheckable(true);
    m_standardised->setChecked(Settings::standardisedRows());
    connect(m_standardised, &QAction::toggled, this, [this](bool on) {
        Settings::setStandardisedRows(on);
        for (Tab &t : m_tabs)
            t.model->setStandardised(on);
    });

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setDocumentMode(true);
    layout->addWidget(m_tabWidget, 1);
    for (TableKind kind : allTableKinds())
        buildTab(kind);

    for (qint64 unit : {qint64(1000), qint64(1000000), qint64(1)})
        m_unit->addItem(QString(), unit);
    connect(m_unit, &QComboBox::activated, this,
            [this](int i) { m_session->setDisplayUnit(m_unit->itemData(i).toLongLong()); });
    connect(m_session, &Session::displayUnitChanged, this, &StatementsPanel::showDisplayUnit);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (Tab &t : m_tabs)
            t.filter->setText(text);
        for (TableKind k : allTableKinds())
            refreshTab(k);
    });
    m_tabWidget->setCurrentIndex(int(allTableKinds().indexOf(m_session->currentTable())));
    connect(m_session, &Session::currentTableChanged, this, [this](TableKind kind) {
        m_tabWidget->setCurrentIndex(int(allTableKinds().indexOf(kind)));
    });
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        const TableKind kind = allTableKinds().value(qMax(0, index), TableKind::ProfitOrLoss);
        m_session->setCurrentTable(kind);
        emit currentTableChanged(kind);
        emit currentCellChanged(currentSourceIndex());
    });
    connect(m_store, &ReportStore::reportChanged, this, &StatementsPanel::refreshCurrency);
    connect(m_store, &ReportStore::entryRemoved, this, &StatementsPanel::refreshCurrency);
    connect(m_store, &ReportStore::cleared, this, &StatementsPanel::refreshCurrency);
    retranslate();
    showDisplayUnit(m_session->displayUnit());
}

void StatementsPanel::buildTab(TableKind kind)
{
    Tab t;
    t.model = new ComparisonModel(m_store, kind, this);
    t.model->setStandardised(m_standardised->isChecked());
    t.filter = new LineItemFilter(this);
    t.filter->setSourceModel(t.model);
    t.view = new QTableView;
    t.view->setObjectName(QStringLiteral("statement_") + tableKey(kind));
    t.view->setVerticalHeader(new LineItemHeader(t.view));
    t.view->setHorizontalHeader(new PeriodHeader(t.view));
    // The model never resets while reports come and go (only on clear), so
    // the view keeps an open editor, the selection and the scroll position.
    t.view->setModel(t.filter);
    // One delegate per view: a delegate shared by views sends each view the
    // others' commit and close signals.
    t.delegate = new FigureDelegate(t.view);
    t.delegate->setDisplayUnit(m_session->displayUnit());
    t.view->setItemDelegate(t.delegate);
    // A block of figures (Shift+arrows, Shift+click, Ctrl+A) for copying; the
    // current cell still drives the source page and the review actions.
    t.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t.view->setSelectionBehavior(QAbstractItemView::SelectItems);
    t.view->setEditTriggers(QAbstractItemView::NoEditTriggers);  // the review UI turns editing on
    t.view->setShowGrid(false);
    t.view->setAlternatingRowColors(true);
    t.view->setWordWrap(false);
    t.view->setTabKeyNavigation(false);  // Ctrl+Tab switches tables; Tab leaves the view
    t.view->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t.view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t.view->horizontalHeader()->setMinimumSectionSize(84);
    // Rows are one line (no word wrap): a fixed height from the font, since
    // sizing rows to their contents measures every cell whenever rows arrive.
    QFont bold = t.view->font();
    bold.setBold(true);
    t.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t.view->verticalHeader()->setDefaultSectionSize(QFontMetrics(bold).height() + 6);
    t.view->horizontalHeader()->setStretchLastSection(false);
    t.empty = new QLabel;
    t.empty->setAlignment(Qt::AlignCenter);
    t.empty->setWordWrap(true);
    t.empty->setForegroundRole(QPalette::PlaceholderText);
    t.stack = new QStackedWidget;
    t.stack->addWidget(t.view);
    t.stack->addWidget(t.empty);
    t.page = new QWidget;
    auto *pageLayout = new QVBoxLayout(t.page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    t.banner = new TableWarningsBanner(m_store, kind, t.page);
    connect(t.banner, &TableWarningsBanner::retryRequested, this, &StatementsPanel::retryRequested);
    connect(t.banner, &TableWarningsBanner::pickRequested, this,
            [this, kind](EntryId entry) { emit pickTableRequested(entry, kind); });
    pageLayout->addWidget(t.banner);
    pageLayout->addWidget(t.stack, 1);
    m_tabWidget->addTab(t.page, QString());
    m_tabs.insert(kind, t);

    connect(t.view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, kind] {
        if (kind == currentTable())
            emit currentCellChanged(currentSourceIndex());
    });
    auto refresh = [this, kind] { refreshTab(kind); };
    connect(t.model, &QAbstractItemModel::modelReset, this, refresh);
    connect(t.model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(t.model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(t.model, &QAbstractItemModel::columnsInserted, this, refresh);
    connect(t.model, &QAbstractItemModel::columnsRemoved, this, refresh);
    refreshTab(kind);
}

void StatementsPanel::refreshTab(TableKind kind)
{
    const Tab &t = m_tabs[kind];
    const bool hasData = t.model->rowCount() > 0 && t.model->columnCount() > 0;
    const bool filteredOut = hasData && t.filter->rowCount() == 0;
    if (!hasData)
        t.empty->setText(m_store->count() == 0 ? tr("Open report PDFs (File > Open, or drop them here) to compare them.")
                                               : tr("None of the loaded reports has this table."));
    else if (filteredOut)
        t.empty->setText(tr("No line item matches \u201c%1\u201d.").arg(t.filter->text()));
    t.stack->setCurrentWidget(hasData && !filteredOut ? static_cast<QWidget *>(t.view) : t.empty);
    const int index = m_tabWidget->indexOf(t.page);
    Quiet::setTabText(m_tabWidget, index, tableTitle(kind));
    // A tab with nothing in it reads grey, but stays reachable.
    const QColor color = hasData ? QColor() : palette().color(QPalette::PlaceholderText);
    if (m_tabWidget->tabBar()->tabTextColor(index) != color)
        m_tabWidget->tabBar()->setTabTextColor(index, color);
    refreshCurrency();
}

void StatementsPanel::refreshCurrency()
{
    QStringList currencies;
    for (EntryId id : m_store->ids())
        if (const Report *r = m_store->report(id))
            if (!r->currency.isEmpty() && !currencies.contains(r->currency))
                currencies << r->currency;
    const QString unitText = FigureFormat::unitLabel(currencies.size() == 1 ? currencies.first() : QString(),
                                                     m_session->displayUnit());
    m_currency->setText(currencies.isEmpty() ? QString()
                        : currencies.size() == 1 ? tr("Figures in %1").arg(unitText)
                                                 : tr("Figures in %1 of each report's currency (%2)")
                                                       .arg(unitText, currencies.join(QStringLiteral(", "))));
    for (int i = 0; i < m_unit->count(); ++i)
        m_unit->setItemText(i, FigureFormat::unitLabel(currencies.size() == 1 ? currencies.first() : QString(),
                                                       m_unit->itemData(i).toLongLong()));
}

void StatementsPanel::retranslate()
{
    m_unitLabel->setText(tr("&Unit:"));
    m_find->setPlaceholderText(tr("Find line item (Ctrl+F)"));
    m_unit->setToolTip(tr("Display unit for every report"));
    m_standardised->setText(tr("&Standardised Rows"));
    m_standardised->setToolTip(tr("Line the reports up on the statement's standard rows: a line only one "
                                  "report prints is added into its section's \u201cOther\u201d row. "
                                  "Off: every line as printed."));
    for (TableKind k : allTableKinds())
        refreshTab(k);
}

void StatementsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

TableKind StatementsPanel::currentTable() const
{
    const int i = qMax(0, m_tabWidget->currentIndex());
    return allTableKinds().value(i, TableKind::ProfitOrLoss);
}

void StatementsPanel::setCurrentTable(TableKind kind)
{
    m_session->setCurrentTable(kind);  // the tab follows currentTableChanged
}

void StatementsPanel::nextTable()
{
    m_tabWidget->setCurrentIndex((m_tabWidget->currentIndex() + 1) % m_tabWidget->count());
}

void StatementsPanel::previousTable()
{
    const int n = m_tabWidget->count();
    m_tabWidget->setCurrentIndex((m_tabWidget->currentIndex() + n - 1) % n);
}

void StatementsPanel::setUiLanguage(const QString &code)
{
    for (Tab &t : m_tabs)
        t.model->setUiLanguage(code);
}

void StatementsPanel::showDisplayUnit(qint64 unit)
{
    for (Tab &t : m_tabs) {
        t.delegate->setDisplayUnit(unit);
        t.model->setDisplayUnit(unit);
    }
    const int i = m_unit->findData(unit);
    if (i >= 0)
        m_unit->setCurrentIndex(i);
    refreshCurrency();
    for (Tab &t : m_tabs)
        t.view->viewport()->update();
}

ComparisonModel *StatementsPanel::model(TableKind kind) const { return m_tabs.value(kind).model; }
QTableView *StatementsPanel::view(TableKind kind) const { return m_tabs.value(kind).view; }
TableWarningsBanner *StatementsPanel::warnings(TableKind kind) const { return m_tabs.value(kind).banner; }

void StatementsPanel::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

QModelIndex StatementsPanel::currentSourceIndex() const
{
    const Tab &t = m_tabs[currentTable()];
    return t.filter->mapToSource(t.view->currentIndex());
}

void StatementsPanel::selectIndex(TableKind kind, const QModelIndex &sourceIndex)
{
    Tab &t = m_tabs[kind];
    QModelIndex proxy = t.filter->mapFromSource(sourceIndex);
    if (!proxy.isValid() && !t.filter->text().isEmpty()) {
        m_find->clear();  // the figure is filtered out: show everything again
        proxy = t.filter->mapFromSource(sourceIndex);
    }
    if (!proxy.isValid())
        return;
    setCurrentTable(kind);
    t.view->setCurrentIndex(proxy);  // through the view: Shift+arrows then extend from this cell
    t.view->scrollTo(proxy, QAbstractItemView::EnsureVisible);
}

bool StatementsPanel::selectSource(EntryId entry, int page, QPointF pagePoint)
{
    QList<TableKind> order{currentTable()};
    for (TableKind k : allTableKinds())
        if (!order.contains(k))
            order << k;
    for (TableKind k : order) {
        const QModelIndex index = m_tabs[k].model->indexForSource(entry, page, pagePoint);
        if (index.isValid()) {
            selectIndex(k, index);
            return true;
        }
    }
    return false;
}

bool StatementsPanel::selectCell(const CellAddress &cell)
{
    const QModelIndex index = m_tabs[cell.table].model->indexForCell(cell);
    if (!index.isValid())
        return false;
    selectIndex(cell.table, index);
    return true;
}

} // namespace ledgerlens
