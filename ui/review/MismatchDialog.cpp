#include "MismatchDialog.h"

#include "items/ItemRoles.h"
#include "statements/StatementsPanel.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ledgerlens {

namespace {
}

MismatchDialog::MismatchDialog(ReportStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_text(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("mismatchDialog"));
    m_text->setWordWrap(true);
    m_table->setColumnCount(8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_dismiss = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dismiss, &QPushButton::clicked, this, &MismatchDialog::dismissSelected);
    connect(store, &ReportStore::mismatchedCorrectionsChanged, this, &MismatchDialog::refresh);
    resize(860, 360);
    retranslate();
}

void MismatchDialog::retranslate()
{
    setWindowTitle(tr("Corrections That No Longer Match"));
    m_table->setHorizontalHeaderLabels({tr("Report"), tr("Table"), tr("Line item"), tr("Period"), tr("Extracted then"),
                                        tr("Corrected to"), tr("Note"), tr("Page")});
    m_dismiss->setText(tr("&Dismiss Selected"));
    m_dismiss->setToolTip(tr("Drop the selected corrections for good (they are not re-applied)."));
    refresh();
}

void MismatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();  // kept between showings: it may outlive a switch
    QDialog::changeEvent(event);
}

int MismatchDialog::count() const { return m_table->rowCount(); }

void MismatchDialog::refresh()
{
    m_table->setRowCount(0);
    QStringList files;
    for (EntryId id : m_store->ids()) {
        const ReportEntry *e = m_store->entry(id);
        const QVector<Correction> list = m_store->mismatchedCorrections(id);
        if (!e || list.isEmpty())
            continue;
        const QString name = DisplayNames::report(*e);
        files << DisplayNames::fileName(e->path);
        for (int i = 0; i < list.size(); ++i) {
            const Correction &c = list[i];
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const bool value = c.field == Correction::Field::Value;
            const QStringList cells{name, tableTitle(c.table), c.rowLabel, c.columnLabel,
                                    value ? c.extractedDisplay() : c.extractedText,
                                    value ? c.correctedDisplay() : c.correctedText, c.note,
                                    c.page > 0 ? QString::number(c.page) : QString()};
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells[col]);
                item->setData(ItemRoles::EntryIdRole, id);
                item->setData(ItemRoles::MismatchIndexRole, i);
                m_table->setItem(row, col, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_text->setText(count() == 0
        ? tr("Every correction matches its report.")
        : tr("<b>%n correction(s) no longer match the report they were made on.</b> The PDF (%1) is not the "
             "version the workspace was saved with, and these figures or lines are not where they were. "
             "They are kept, saved with the workspace and listed in the audit export as \u201cmismatched\u201d: "
             "re-apply them in the tables if they still hold, then dismiss them here.",
             nullptr, count()).arg(files.join(QStringLiteral(", "))));
    m_dismiss->setEnabled(count() > 0);
}

void MismatchDialog::dismissSelected()
{
    // Highest index first per entry, so the earlier indexes stay valid.
    QList<QPair<EntryId, int>> picked;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        picked.append({m_table->item(index.row(), 0)->data(ItemRoles::EntryIdRole).toInt(),
                       m_table->item(index.row(), 0)->data(ItemRoles::MismatchIndexRole).toInt()});
    std::sort(picked.begin(), picked.end(), [](auto a, auto b) { return a.second > b.second; });
    for (const auto &p : picked)
        m_store->dismissMismatchedCorrection(p.first, p.second);
    refresh();
}

} // namespace ledgerlens
