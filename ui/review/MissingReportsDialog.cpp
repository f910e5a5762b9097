#include "MissingReportsDialog.h"

#include "store/DisplayNames.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ledgerlens {

MissingReportsDialog::MissingReportsDialog(const QVector<Missing> &missing, QWidget *parent)
    : QDialog(parent), m_missing(missing)
{
    setObjectName(QStringLiteral("missingReports"));
    setWindowTitle(tr("Reports Not Found"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);   // thousands of rows lay out in constant time
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int i = 0; i < m_missing.size(); ++i) {
        auto *item = new QListWidgetItem(DisplayNames::isolated(m_missing[i].path), m_list);
        item->setData(Qt::UserRole, i);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_locate = buttons->addButton(tr("&Locate\u2026"), QDialogButtonBox::ActionRole);
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    m_skipAll = buttons->addButton(tr("Skip &All"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_locate, &QPushButton::clicked, this, &MissingReportsDialog::locateSelected);
    connect(m_skip, &QPushButton::clicked, this, &MissingReportsDialog::skipSelected);
    connect(m_skipAll, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &MissingReportsDialog::locateSelected);
    m_pick = [this](const QString &path) {
        return QFileDialog::getOpenFileName(this, tr("Locate %1").arg(QFileInfo(path).fileName()),
                                            QFileInfo(path).absolutePath(),
                                            tr("PDF reports (*.pdf *.PDF);;All files (*)"));
    };
    resize(640, 420);
    updateText();
}

void MissingReportsDialog::updateText()
{
    m_text->setText(tr("%n report(s) of this workspace are no longer where it says. Locate one to restore its "
                       "corrections and review status, or skip it: skipped reports keep their corrections in "
                       "the workspace.", nullptr, m_list->count()));
    const bool any = m_list->count() > 0;
    m_locate->setEnabled(any);
    m_skip->setEnabled(any);
    if (!any)
        accept();
}

void MissingReportsDialog::locateSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Missing &m = m_missing[item->data(Qt::UserRole).toInt()];
    const QString found = m_pick ? m_pick(m.path) : QString();
    if (found.isEmpty())
        return;
    m_located.insert(m.id, QFileInfo(found).absoluteFilePath());
    delete item;
    updateText();
}

void MissingReportsDialog::skipSelected()
{
    delete m_list->currentItem();
    updateText();
}

} // namespace ledgerlens
