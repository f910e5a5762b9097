#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ledgerlens {

// "Correct figure…" / "Add note…": the figure as printed in the display unit
// ("1,234", "(56)", "-" for nil) and an optional note. The extracted value is
// shown so the reviewer always sees what the PDF said.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CorrectionDialog(QWidget *parent = nullptr);

    // `context` names the cell ("Revenue, six months to 30 June 2024").
    void setContext(const QString &context, const QString &extractedText);
    void setValueText(const QString &text);
    void setNote(const QString &note);
    void focusNote();

    QString valueText() const;
    QString note() const;

    void accept() override;   // refuses text that is not a figure, with the reason

private:
    QLabel *m_context;
    QLabel *m_extracted;
    QLineEdit *m_value;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ledgerlens
