#include "CorrectionDialog.h"

#include "store/FigureText.h"
#include "store/WorkspaceFile.h"

#include <QDialogButtonBox>
#include <QShortcut>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ledgerlens {

CorrectionDialog::CorrectionDialog(QWidget *parent)
    : QDialog(parent), m_context(new QLabel(this)), m_extracted(new QLabel(this)),
      m_value(new QLineEdit(this)), m_note(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct Figure"));
    m_context->setWordWrap(true);
    m_extracted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_value->setPlaceholderText(tr("1,234 or (56) for a negative, - for nil"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why (optional): e.g. \"typo in the PDF, see note 5\""));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4 + 12);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Printed:"), m_extracted);
    form->addRow(tr("&Figure:"), m_value);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in the note is a new line; Ctrl+Return finishes, as in a mail client.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *finish = new QShortcut(keys, this);
        connect(finish, &QShortcut::activated, this, &CorrectionDialog::accept);
    }
    connect(m_value, &QLineEdit::textChanged, m_error, &QWidget::hide);
    resize(420, sizeHint().height());
}

void CorrectionDialog::setContext(const QString &context, const QString &extractedText)
{
    m_context->setText(context);
    m_extracted->setText(extractedText);
}

void CorrectionDialog::setValueText(const QString &text)
{
    m_value->setText(text);
    m_value->selectAll();
}

void CorrectionDialog::setNote(const QString &note) { m_note->setPlainText(note); }
void CorrectionDialog::focusNote() { m_note->setFocus(); }
QString CorrectionDialog::valueText() const { return m_value->text(); }
QString CorrectionDialog::note() const { return m_note->toPlainText().trimmed(); }

void CorrectionDialog::accept()
{
    const FigureText::Parsed parsed = FigureText::parse(m_value->text());
    if (!parsed.ok) {
        m_error->setText(parsed.error.isEmpty() ? tr("That is not a figure.") : parsed.error);
        m_error->show();
        m_value->setFocus();
        return;
    }
    // A longer note would make the workspace refuse to open (WORKSPACE_FORMAT.md).
    if (note().size() > WorkspaceFile::kMaxNoteLength) {
        m_error->setText(tr("The note is %1 characters long; a note may be at most %2.")
                             .arg(note().size()).arg(WorkspaceFile::kMaxNoteLength));
        m_error->show();
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ledgerlens
