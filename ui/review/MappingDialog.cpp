#include "MappingDialog.h"

#include "taxonomy/Taxonomy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStandardItemModel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ledgerlens {

QString canonicalDisplayText(const QString &key)
{
    if (key.isEmpty())
        return MappingDialog::tr("(not mapped)");
    const QString name = Taxonomy::builtin().displayName(key);
    return name.isEmpty() || name == key ? key : QStringLiteral("%1 (%2)").arg(name, key);
}

MappingDialog::MappingDialog(TableKind kind, QWidget *parent)
    : QDialog(parent), m_context(new QLabel(this)), m_extracted(new QLabel(this)),
      m_label(new QLineEdit(this)), m_canonical(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_remember(new QCheckBox(this))
{
    setObjectName(QStringLiteral("mappingDialog"));
    setWindowTitle(tr("Fix Line Item"));
    m_context->setWordWrap(true);
    m_extracted->setWordWrap(true);
    m_extracted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("label"));
    m_canonical->setObjectName(QStringLiteral("canonical"));
    m_canonical->addItem(canonicalDisplayText(QString()), QString());
    for (const QString &key : Taxonomy::builtin().keys(kind))
        m_canonical->addItem(canonicalDisplayText(key), key);
    // Long lists: typing a few letters finds the key.
    m_canonical->setEditable(false);
    m_canonical->setMaxVisibleItems(20);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why (optional)"));
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 12);

    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Extracted:"), m_extracted);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Maps to:"), m_canonical);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void MappingDialog::setContext(const QString &context) { m_context->setText(context); }

void MappingDialog::setExtracted(const QString &label, const QString &canonical)
{
    m_extracted->setText(tr("\u201c%1\u201d \u2192 %2").arg(label, canonicalDisplayText(canonical)));
}

void MappingDialog::setLabel(const QString &label) { m_label->setText(label); }

void MappingDialog::setCanonical(const QString &canonical)
{
    int i = m_canonical->findData(canonical);
    if (i < 0) {
        m_canonical->addItem(canonicalDisplayText(canonical), canonical);
        i = m_canonical->count() - 1;
    }
    m_canonical->setCurrentIndex(i);
}

void MappingDialog::setNote(const QString &note) { m_note->setPlainText(note); }

void MappingDialog::setSuggestions(const QStringList &keys)
{
    const QString current = canonical();
    for (; m_suggested > 0; --m_suggested)
        m_canonical->removeItem(0);
    if (keys.isEmpty()) {
        setCanonical(current);
        return;
    }
    // A header, the suggested keys, then a separator above the full list.
    m_canonical->insertSeparator(0);
    for (int i = int(keys.size()) - 1; i >= 0; --i)
        m_canonical->insertItem(0, canonicalDisplayText(keys[i]), keys[i]);
    m_canonical->insertItem(0, tr("Suggested:"));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_canonical->model()))
        model->item(0)->setEnabled(false);
    m_suggested = int(keys.size()) + 2;
    // The current key keeps its place in the full list below.
    const int at = m_canonical->findData(current, Qt::UserRole);
    int below = -1;
    for (int i = m_suggested; i < m_canonical->count() && below < 0; ++i)
        if (m_canonical->itemData(i).toString() == current)
            below = i;
    m_canonical->setCurrentIndex(below >= 0 ? below : at);
}

void MappingDialog::setRememberFor(const QString &company, bool checked)
{
    m_remember->setText(tr("&Use this key for the other filings of %1").arg(company));
    m_remember->setChecked(checked);
    m_remember->setVisible(!company.isEmpty());
}

bool MappingDialog::remember() const { return !m_remember->text().isEmpty() && m_remember->isChecked(); }
QString MappingDialog::label() const { return m_label->text().simplified(); }
QString MappingDialog::canonical() const { return m_canonical->currentData().toString(); }
QString MappingDialog::note() const { return m_note->toPlainText().trimmed(); }

} // namespace ledgerlens
