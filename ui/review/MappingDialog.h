#pragma once

#include "domain/TableKind.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ledgerlens {

// "Fix Line Item…": the printed label of a row and the taxonomy key it maps to
// (what lines it up with the other reports' rows). The keys of the table kind
// are listed by display name; "(not mapped)" leaves the row on its own. The
// choice can be kept as a user mapping for the company's other filings.
class MappingDialog : public QDialog
{
    Q_OBJECT
public:
    MappingDialog(TableKind kind, QWidget *parent = nullptr);

    void setContext(const QString &context);
    // What the extraction printed/mapped, shown beside the fields.
    void setExtracted(const QString &label, const QString &canonical);
    void setLabel(const QString &label);
    void setCanonical(const QString &canonical);   // an unknown key is added to the list
    void setNote(const QString &note);
    // Keys offered first, under "Suggested" (an unmapped row's likely keys).
    void setSuggestions(const QStringList &keys);
    // "Use for <company>'s other filings": shown checked when a company is known.
    void setRememberFor(const QString &company, bool checked);
    bool remember() const;

    QString label() const;
    QString canonical() const;     // "" = not mapped
    QString note() const;

    QComboBox *canonicalBox() const { return m_canonical; }

private:
    QLabel *m_context;
    QLabel *m_extracted;
    QLineEdit *m_label;
    QComboBox *m_canonical;
    QPlainTextEdit *m_note;
    QCheckBox *m_remember;
    int m_suggested = 0;   // suggestion items (and their header) at the top of m_canonical
};

// "Revenue (revenue)" style text of a taxonomy key ("" = not mapped).
QString canonicalDisplayText(const QString &key);

} // namespace ledgerlens
