#include "TableRegionDialog.h"

#include "statements/FigureFormat.h"
#include "statements/StatementsPanel.h"

#include "checks/ArithmeticChecks.h"
#include "process/RegionReadJob.h"
#include "store/ReportStore.h"
#include "store/TableDecision.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ledgerlens {

TableRegionDialog::TableRegionDialog(ReportStore *store, const QString &workerProgram, const Start &start,
                                     QWidget *parent)
    : QDialog(parent), m_store(store), m_entry(start.entry), m_box(start.box),
      m_job(new RegionReadJob(workerProgram, this))
{
    setWindowTitle(tr("Use as Table"));
    m_kind = new QComboBox(this);
    for (TableKind k : allTableKinds())
        m_kind->addItem(tableTitle(k), int(k));
    m_from = new QSpinBox(this);
    m_to = new QSpinBox(this);
    for (QSpinBox *s : {m_from, m_to}) {
        s->setRange(1, qMax(1, start.pageCount));
        s->setValue(qBound(1, start.page, qMax(1, start.pageCount)));
    }
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_from);
    pages->addWidget(new QLabel(tr("to"), this));
    pages->addWidget(m_to);
    pages->addStretch();
    m_useBox = new QCheckBox(this);
    if (m_box) {
        m_useBox->setText(tr("Only the marked area of the first page (%1 × %2 points)")
                              .arg(qRound(m_box->width())).arg(qRound(m_box->height())));
        m_useBox->setChecked(true);
    } else {
        m_useBox->setText(tr("Whole pages (drag a rectangle on the page first to read only part of it)"));
        m_useBox->setEnabled(false);
    }
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Why (optional), e.g. missed by recognition"));
    auto *form = new QFormLayout;
    form->addRow(tr("Table:"), m_kind);
    form->addRow(tr("Pages:"), pages);
    form->addRow(QString(), m_useBox);
    form->addRow(tr("Note:"), m_note);

    m_preview = new QPushButton(tr("&Preview"), this);
    m_message = new QLabel(tr("Preview reads the table there, as it would land in the comparison."), this);
    m_message->setWordWrap(true);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview);
    previewRow->addWidget(m_message, 1);
    m_rows = new QTableWidget(this);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->setMinimumSize(520, 240);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Table"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(previewRow);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_buttons);

    setKind(start.kind);
    connect(m_preview, &QPushButton::clicked, this, &TableRegionDialog::preview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TableRegionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TableRegionDialog::reject);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_to->value() < v)
            m_to->setValue(v);
        invalidate();
    });
    connect(m_to, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_from->value() > v)
            m_from->setValue(v);
        invalidate();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TableRegionDialog::invalidate);
    connect(m_useBox, &QCheckBox::toggled, this, &TableRegionDialog::invalidate);
    connect(m_job, &RegionReadJob::finished, this, [this](const RegionReadJob::Result &r) {
        QStringList problems;
        for (int i = 0; i < r.problems.size(); ++i)
            problems << RegionReadJob::describe(r.problems[i], r.problemRegions[i]);
        if (!r.failure.isEmpty())
            problems << r.failure;
        onRead(region(), r.tables, problems);
    });
}

TableRegionDialog::~TableRegionDialog() = default;

TableRegion TableRegionDialog::region() const
{
    TableRegion r;
    r.kind = TableKind(m_kind->currentData().toInt());
    r.firstPage = m_from->value();
    r.lastPage = m_to->value();
    if (m_box && m_useBox->isChecked())
        r.box = m_box;
    return r;
}

void TableRegionDialog::setKind(TableKind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
}

void TableRegionDialog::setPages(int first, int last)
{
    m_to->setValue(qMax(first, last));
    m_from->setValue(first);
}

bool TableRegionDialog::isReading() const { return m_job->isRunning(); }

QString TableRegionDialog::message() const { return m_message->text(); }

void TableRegionDialog::preview()
{
    const ReportEntry *e = m_store->entry(m_entry);
    if (!e)
        return;
    m_job->cancel();
    m_preview->setEnabled(false);
    m_message->setText(tr("Reading pages %1–%2 in the helper program…").arg(m_from->value()).arg(m_to->value()));
    m_job->start(e->path, {region()});
}

void TableRegionDialog::onRead(const TableRegion &region, const QVector<Table> &tables, const QStringList &problems)
{
    m_preview->setEnabled(true);
    m_read = Table();
    m_readRegion.reset();
    const bool ok = problems.isEmpty() && !tables.isEmpty() && !tables.first().items.isEmpty();
    if (ok) {
        m_read = tables.first();
        m_readRegion = region;
        int checks = 0, failing = 0;
        for (const Check &c : ArithmeticChecks::runTable(m_read)) {
            ++checks;
            failing += !c.ok;
        }
        m_message->setText(tr("%n row(s) read from %1.", nullptr, m_read.items.size())
                               .arg(TableDecision{region.kind, region}.regionText())
                           + QLatin1Char(' ')
                           + (failing ? tr("%1 of %n arithmetic check(s) fail.", nullptr, checks).arg(failing)
                                      : tr("%n arithmetic check(s), all pass.", nullptr, checks)));
    } else {
        m_message->setText(problems.isEmpty() ? RegionReadJob::describe(RegionProblem::NoFigureRows, region)
                                              : problems.join(QLatin1Char('\n')));
    }
    showTable(m_read);
    const bool acceptNow = std::exchange(m_acceptWhenRead, false) && ok;
    emit previewDone(ok);
    if (acceptNow)
        accept();
}

namespace {
// A heading in at most three lines of `room` pixels, broken between words, the
// last elided: a printed column label ("Six months ended 30 June 2024
// (unaudited)") is longer than its figures are wide.
QString wrapHeading(const QString &text, const QFontMetrics &fm, int room)
{
    const int maxLines = 3;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    auto join = [&words](int from, int n) { return QStringList(words.mid(from, n)).join(QLatin1Char(' ')); };
    int start = 0;   // first word of the line being filled
    for (int i = 1; i <= words.size(); ++i) {
        if (i < words.size() && fm.horizontalAdvance(join(start, i - start + 1)) <= room)
            continue;
        const bool last = lines.size() == maxLines - 1 || i == words.size();
        // One word wider than the room is elided too.
        lines << fm.elidedText(join(start, last ? -1 : i - start), Qt::ElideRight, room);
        if (last)
            break;
        start = i;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TableRegionDialog::showTable(const Table &t)
{
    m_rows->clear();
    m_rows->setColumnCount(1 + int(t.columns.size()));
    m_rows->setRowCount(t.items.size());
    // Figures as the statements print them: 1,234 and (5,000), a dash for none.
    const QFontMetrics cellFm(m_rows->font());
    QVector<int> widest(t.columns.size(), 0);
    for (int r = 0; r < t.items.size(); ++r) {
        const LineItem &item = t.items[r];
        m_rows->setItem(r, 0, new QTableWidgetItem(item.label));
        for (int c = 0; c < item.cells.size() && c < t.columns.size(); ++c) {
            const QString text = FigureFormat::format(item.cells[c].value, t.unit);
            auto *cell = new QTableWidgetItem(text);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rows->setItem(r, c + 1, cell);
            widest[c] = std::max(widest[c], cellFm.horizontalAdvance(text));
        }
    }
    m_rows->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Line item")));
    const QFontMetrics headFm(m_rows->horizontalHeader()->font());
    for (int c = 0; c < t.columns.size(); ++c) {
        const int room = std::max(widest[c], headFm.horizontalAdvance(QStringLiteral("30 June 2024"))) + 8;
        auto *head = new QTableWidgetItem(wrapHeading(t.columns[c].label, headFm, room));
        head->setToolTip(t.columns[c].label);   // the label as printed, in full
        head->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rows->setHorizontalHeaderItem(c + 1, head);
        m_rows->setColumnWidth(c + 1, room + 12);
    }
    m_rows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void TableRegionDialog::invalidate()
{
    // What is shown is no longer what OK would use.
    if (m_readRegion && !(*m_readRegion == region())) {
        m_readRegion.reset();
        m_message->setText(tr("The region changed: preview it again."));
    }
}

void TableRegionDialog::accept()
{
    if (!m_readRegion || !(*m_readRegion == region())) {
        // OK before a preview: read first, then use it (or say why not).
        m_acceptWhenRead = true;
        preview();
        return;
    }
    if (!m_store->useTableRegion(m_entry, *m_readRegion, m_read, m_note->text().trimmed())) {
        m_message->setText(tr("The report is not loaded; the table was not changed."));
        return;
    }
    QDialog::accept();
}

} // namespace ledgerlens
