#pragma once

#include "StoreTypes.h"
#include "domain/Decimal.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace ledgerlens {

// One reviewer change over the extracted report. The extracted value is kept
// beside the corrected one so the audit trail always shows both.
struct Correction
{
    enum class Field {
        Value,      // a figure (row + column)
        Label,      // the printed label of a row
        Canonical,  // the taxonomy key a row maps to (mapping fix)
    };

    EntryId entry = 0;
    TableKind table = TableKind::ProfitOrLoss;
    Field field = Field::Value;
    int row = -1;
    int column = -1;                        // Field::Value only, else -1

    // What the extraction printed there, recorded so the correction can be
    // re-matched (or reported as mismatched) when the PDF is re-extracted.
    QString rowLabel;                       // extracted label of the row
    QString columnLabel;                    // extracted column header (Value only)
    int page = 0;                           // source page of the figure/row, 0 = unknown

    std::optional<Decimal> extractedValue;  // Field::Value; nullopt = nil
    std::optional<Decimal> correctedValue;  // Field::Value; nullopt = nil
    QString extractedText;                  // Field::Label / Canonical
    QString correctedText;                  // Field::Label / Canonical

    QString note;
    QString user;                           // who (see currentUserName())
    QDateTime timestamp;                    // when, UTC

    // Same target (entry, table, field, row, column), whatever the values.
    bool sameTarget(const Correction &o) const;
    bool operator==(const Correction &o) const;
    // "1,234" style text of extracted/corrected, for audit lists ("—" for nil).
    QString extractedDisplay() const;
    QString correctedDisplay() const;
};

QString correctionFieldKey(Correction::Field field);   // "value", "label", "canonical"
bool correctionFieldFromKey(const QString &key, Correction::Field *field);

// The reviewer's name: $USER, else $USERNAME, else "unknown".
QString currentUserName();

} // namespace ledgerlens
