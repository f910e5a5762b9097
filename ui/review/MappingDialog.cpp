#include "MappingDialog.h"

#include "taxonomy/Taxonomy.h"

#include <QComboBox>
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
      m_label(new QLineEdit(this)), m_canonical(new QComboBox(this)), m_note(new QPlainTextEdit(this))
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Extracted:"), m_extracted);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Maps to:"), m_canonical);
    form->addRow(tr("&Note:"), m_note);
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
QString MappingDialog::label() const { return m_label->text().simplified(); }
QString MappingDialog::canonical() const { return m_canonical->currentData().toString(); }
QString MappingDialog::note() const { return m_note->toPlainText().trimmed(); }

} // namespace ledgerlens
